/** @jest-environment jsdom */
/**
 * The 导入 view driven the way a clerk drives it, with the use cases replaced by recording fakes
 * (the real use cases with the in-memory workbook are exercised in App.test.tsx).
 */
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { ImportOutcome, ImportPreview, ImportSource } from '../../src/app/importTypes';
import { WorkbookError, type WorkbookHost } from '../../src/app/port';
import type { ImportUseCases } from '../../src/taskpane/useImport';
import { ImportView } from '../../src/taskpane/views/ImportView';
import { indicator, previewOf, renderInPane, task } from './helpers';

const port = {} as WorkbookHost; // the fakes below never touch it

const outcome: ImportOutcome = {
  tasks: { added: 2, updated: 0, unchanged: 0, kept: 0, removed: 0 },
  indicators: { added: 2, updated: 0, unchanged: 0, kept: 0, removed: 0 },
  changes: ['任务 1：新增', '指标 2-1：新增'],
  written: { tasks: 2, indicators: 2, qualitative: 0 },
  planYear: 2024,
};

function samplePreview(): ImportPreview {
  return previewOf(
    [task('1', '地区生产总值增长7.5%以上', { leadUnit: '发改局' }), task('2', '新增城镇就业5600人以上', { leadUnit: '人社局' })],
    [indicator('1-1', '1', '地区生产总值', 7.5, '%', { kind: 'growth' }), indicator('2-1', '2', '新增城镇就业', 5600, '人')],
    [{ ref: '2-1', reason: '“5600”与“人”分在两行' }],
  );
}

function fakes(preview: ImportPreview | Error = samplePreview(), write: ImportOutcome | Error = outcome) {
  const seen: { sources: ImportSource[]; written: ImportPreview[] } = { sources: [], written: [] };
  const useCases: ImportUseCases = {
    previewImport: async (source) => {
      seen.sources.push(source);
      if (preview instanceof Error) throw preview;
      return preview;
    },
    writeImport: async (_port, p, onProgress) => {
      seen.written.push(p);
      onProgress?.('正在写入“指标”…');
      if (write instanceof Error) throw write;
      return write;
    },
  };
  return { useCases, seen };
}

async function pasteAndParse(text: string) {
  fireEvent.change(screen.getByRole('textbox', { name: '粘贴文本或表格' }), { target: { value: text } });
  fireEvent.click(screen.getByRole('button', { name: '解析' }));
  await screen.findByTestId('preview-counts');
}

test('pasted text → preview with the counts, the tasks and each indicator with its figure', async () => {
  const { useCases, seen } = fakes();
  renderInPane(<ImportView port={port} useCases={useCases} />);
  await pasteAndParse('序号\t目标任务\n1\t地区生产总值增长7.5%以上');

  expect(seen.sources).toEqual([{ kind: 'text', text: '序号\t目标任务\n1\t地区生产总值增长7.5%以上', name: '粘贴的文本' }]);
  expect(screen.getByTestId('preview-counts').textContent).toBe('任务 2 项，量化指标 2 个，定性目标 0 个，需核对 1 处');
  expect(screen.getByText('不低于 7.5%')).toBeTruthy();
  expect(screen.getByText('不低于 5600人')).toBeTruthy();
  expect(screen.getByText('需核对：“5600”与“人”分在两行')).toBeTruthy();
});

test('the clerk corrects a target value, then writes: the write gets the corrected figure and the outcome is shown', async () => {
  const { useCases, seen } = fakes();
  renderInPane(<ImportView port={port} useCases={useCases} />);
  await pasteAndParse('x');

  fireEvent.click(screen.getByRole('button', { name: '修改指标：新增城镇就业' }));
  const editor = screen.getByRole('group', { name: '修改指标：新增城镇就业' });
  fireEvent.change(within(editor).getByRole('textbox', { name: '目标值' }), { target: { value: '６０００' } });
  fireEvent.click(within(editor).getByRole('button', { name: '确定' }));

  expect(screen.getByText('不低于 6000人')).toBeTruthy();
  expect(screen.getByTestId('preview-counts').textContent).toContain('需核对 0 处');

  fireEvent.click(screen.getByRole('button', { name: '写入工作簿' }));
  await screen.findByText('已写入工作簿');
  expect(seen.written).toHaveLength(1);
  expect(seen.written[0].result.indicators.find((i) => i.id === '2-1')?.target).toBe(6000);
  expect(screen.getByText('• 指标 2-1：新增')).toBeTruthy();
});

test('a figure that is not a number is refused in the editor and nothing changes', async () => {
  const { useCases } = fakes();
  renderInPane(<ImportView port={port} useCases={useCases} />);
  await pasteAndParse('x');

  fireEvent.click(screen.getByRole('button', { name: '修改指标：地区生产总值' }));
  const editor = screen.getByRole('group', { name: '修改指标：地区生产总值' });
  fireEvent.change(within(editor).getByRole('textbox', { name: '目标值' }), { target: { value: '约7.5' } });
  fireEvent.click(within(editor).getByRole('button', { name: '确定' }));

  expect(within(editor).getByText('目标值须为数字，例如 7.5 或 5600。')).toBeTruthy();
  expect(screen.getByText('不低于 7.5%')).toBeTruthy();
});

test('removing a wrongly extracted indicator keeps it out of the write', async () => {
  const { useCases, seen } = fakes();
  renderInPane(<ImportView port={port} useCases={useCases} />);
  await pasteAndParse('x');

  fireEvent.click(screen.getByRole('button', { name: '删除指标：地区生产总值' }));
  expect(screen.getByTestId('preview-counts').textContent).toContain('量化指标 1 个');
  fireEvent.click(screen.getByRole('button', { name: '写入工作簿' }));
  await screen.findByText('已写入工作簿');
  expect(seen.written[0].result.indicators.map((i) => i.id)).toEqual(['2-1']);
});

test('the clerk corrects a task’s 牵头单位 before writing', async () => {
  const { useCases, seen } = fakes();
  renderInPane(<ImportView port={port} useCases={useCases} />);
  await pasteAndParse('x');

  fireEvent.click(screen.getByRole('button', { name: '修改第 2 项的牵头单位' }));
  fireEvent.change(screen.getByRole('textbox', { name: '修改第 2 项的牵头单位' }), { target: { value: '区人社局' } });
  fireEvent.click(screen.getByRole('button', { name: '确定' }));
  expect(screen.getByText('牵头单位：区人社局')).toBeTruthy();

  fireEvent.click(screen.getByRole('button', { name: '写入工作簿' }));
  await screen.findByText('已写入工作簿');
  expect(seen.written[0].result.tasks.find((t) => t.seq === '2')?.leadUnit).toBe('区人社局');
});

test('an empty paste shows the Chinese error and calls nothing', async () => {
  const { useCases, seen } = fakes();
  renderInPane(<ImportView port={port} useCases={useCases} />);
  fireEvent.change(screen.getByRole('textbox', { name: '粘贴文本或表格' }), { target: { value: '  \n ' } });
  fireEvent.click(screen.getByRole('button', { name: '解析' }));

  expect((await screen.findByRole('alert')).textContent).toContain('粘贴框是空的');
  expect(seen.sources).toEqual([]);
});

test('a parse error from the use case (table without recognisable headers) is shown as written', async () => {
  const { useCases } = fakes(new Error('粘贴的文本第 1 行：找不到表头（序号、目标任务、牵头单位…）。'));
  renderInPane(<ImportView port={port} useCases={useCases} />);
  fireEvent.change(screen.getByRole('textbox', { name: '粘贴文本或表格' }), { target: { value: 'a\tb' } });
  fireEvent.click(screen.getByRole('button', { name: '解析' }));

  expect((await screen.findByRole('alert')).textContent).toContain('粘贴的文本第 1 行：找不到表头（序号、目标任务、牵头单位…）。');
  // The source choice stays, with the pasted text, so the clerk can fix it rather than paste again.
  expect((screen.getByRole('textbox', { name: '粘贴文本或表格' }) as HTMLTextAreaElement).value).toBe('a\tb');
});

test('a WorkbookError on write shows what was written, once; the preview stays for a retry', async () => {
  const failure = new WorkbookError({ code: 'write-failed', written: ['目标任务'], partial: '指标', notStarted: [], reason: { code: 'AccessDenied' } });
  const { useCases, seen } = fakes(samplePreview(), failure);
  renderInPane(<ImportView port={port} useCases={useCases} />);
  await pasteAndParse('x');
  fireEvent.click(screen.getByRole('button', { name: '写入工作簿' }));

  const alert = await screen.findByRole('alert');
  expect(alert.textContent).toContain('写入失败：已写入“目标任务”工作表，“指标”工作表未写完（可能只写入了一部分）。原因：没有权限修改（工作簿或工作表可能受保护）');
  expect(alert.textContent!.split('目标任务')).toHaveLength(2);
  fireEvent.click(screen.getByRole('button', { name: '写入工作簿' }));
  await waitFor(() => expect(seen.written).toHaveLength(2));
});

test('something thrown that is not an Error gets the generic message, not a blank pane', async () => {
  const useCases: ImportUseCases = {
    previewImport: () => Promise.reject('boom'),
    writeImport: () => Promise.reject('boom'),
  };
  renderInPane(<ImportView port={port} useCases={useCases} />);
  fireEvent.click(screen.getByRole('button', { name: '使用选中区域' }));
  expect((await screen.findByRole('alert')).textContent).toContain('发生了未知错误');
});

test('document text is shown literally: markup and formulas are not interpreted', async () => {
  const hostile = previewOf(
    [task('1', '<b>x</b><img src=x onerror=alert(1)>', { leadUnit: '=1+1' })],
    [indicator('1-1', '1', '<i>产值</i>', 5, '亿元', { quote: '=HYPERLINK("http://evil")' })],
  );
  const { useCases } = fakes(hostile);
  const { container } = renderInPane(<ImportView port={port} useCases={useCases} />);
  await pasteAndParse('x');

  expect(screen.getByText('<b>x</b><img src=x onerror=alert(1)>', { exact: false })).toBeTruthy();
  expect(screen.getByText('牵头单位：=1+1')).toBeTruthy();
  expect(screen.getByText('<i>产值</i>')).toBeTruthy();
  expect(screen.getByText('=HYPERLINK("http://evil")', { exact: false })).toBeTruthy();
  expect(container.querySelector('b, img, i')).toBeNull();
});

test('while parsing a spinner shows the progress; a picked file is read into bytes', async () => {
  let release!: (p: ImportPreview) => void;
  const sources: ImportSource[] = [];
  const useCases: ImportUseCases = {
    previewImport: (source) => {
      sources.push(source);
      return new Promise((resolve) => (release = resolve));
    },
    writeImport: async () => outcome,
  };
  renderInPane(<ImportView port={port} useCases={useCases} />);
  const file = new File([new Uint8Array([0xef, 0xbb, 0xbf, 0x31])], '分解.txt', { type: 'text/plain' });
  fireEvent.change(screen.getByLabelText('选择 .docx 或 .txt 文件'), { target: { files: [file] } });

  expect(await screen.findByText('正在读取 分解.txt…')).toBeTruthy();
  expect(sources[0]).toMatchObject({ kind: 'file', name: '分解.txt' });
  expect(Array.from((sources[0] as { bytes: Uint8Array }).bytes)).toEqual([0xef, 0xbb, 0xbf, 0x31]);
  await act(async () => release(samplePreview()));
  expect(screen.getByTestId('preview-counts')).toBeTruthy();
});

test('a long notice shows 20 tasks first and the rest on 显示更多', async () => {
  const tasks = Array.from({ length: 45 }, (_, i) => task(String(i + 1), `任务${i + 1}`));
  const { useCases } = fakes(previewOf(tasks, []));
  const { container } = renderInPane(<ImportView port={port} useCases={useCases} />);
  await pasteAndParse('x');

  expect(container.querySelectorAll('[data-task-seq]')).toHaveLength(20);
  fireEvent.click(screen.getByRole('button', { name: '显示更多（已显示 20 / 45）' }));
  fireEvent.click(screen.getByRole('button', { name: '显示更多（已显示 40 / 45）' }));
  expect(container.querySelectorAll('[data-task-seq]')).toHaveLength(45);
});
