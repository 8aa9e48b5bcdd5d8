/** @jest-environment jsdom */
/**
 * The task pane app over the real import use cases and the in-memory workbook: what the e2e
 * harness does in a browser, here in jsdom. The pasted table is built by the test.
 */
import { fireEvent, screen, within } from '@testing-library/react';
import { TextDecoder } from 'util';
import { createMemoryWorkbook } from '../support/memoryWorkbook';
import type { CellValue } from '../../src/workbook/plan';
import { App } from '../../src/taskpane/App';
import { renderInPane } from './helpers';

// Fluent UI in jsdom on a busy 2-core machine: the first render alone can take seconds.
jest.setTimeout(30_000);

// Browsers (and the Office webviews) have TextDecoder; jsdom does not expose it.
if (typeof globalThis.TextDecoder === 'undefined') Object.assign(globalThis, { TextDecoder });

const pasted = [
  '序号\t目标任务\t牵头领导\t牵头单位\t责任单位',
  '1\t新增城镇就业5600人以上\t张  三\t区人社局\t区人社局、区财政局',
  '2\t规模工业增加值增长8%以上\t李四\t区工信局\t区工信局',
].join('\n');

/** The 指标 sheet as records keyed by its header row. */
function sheetRecords(values: CellValue[][]): Record<string, CellValue>[] {
  const headerIndex = values.findIndex((row) => row.includes('目标值'));
  const header = values[headerIndex] ?? [];
  return values.slice(headerIndex + 1).map((row) => Object.fromEntries(header.map((h, i) => [String(h), row[i]])));
}

async function parsePasted(text: string) {
  fireEvent.change(screen.getByRole('textbox', { name: '粘贴文本或表格' }), { target: { value: text } });
  fireEvent.click(screen.getByRole('button', { name: '解析' }));
  await screen.findByTestId('preview-counts', {}, { timeout: 5000 });
}

test('paste → preview → correct a target → write: the workbook holds the corrected figure', async () => {
  const port = createMemoryWorkbook();
  renderInPane(<App port={port} />);
  await parsePasted(pasted);

  expect(screen.getByTestId('preview-counts').textContent).toMatch(/^任务 2 项，量化指标 2 个，定性目标 0 个，需核对 \d+ 处$/);
  expect(screen.getByText('不低于 5600人')).toBeTruthy();

  fireEvent.click(screen.getByRole('button', { name: '修改指标：新增城镇就业' }));
  const editor = screen.getByRole('group', { name: '修改指标：新增城镇就业' });
  fireEvent.change(within(editor).getByRole('textbox', { name: '目标值' }), { target: { value: '6000' } });
  fireEvent.click(within(editor).getByRole('button', { name: '确定' }));
  fireEvent.click(screen.getByRole('button', { name: '写入工作簿' }));
  await screen.findByText('已写入工作簿', {}, { timeout: 5000 });

  const rows = sheetRecords(port.values('指标'));
  const employment = rows.find((r) => String(r['指标名称'] ?? r['名称'] ?? '').includes('新增城镇就业'));
  expect(employment?.['目标值']).toBe(6000);
  expect(port.sheetNames()).toEqual(expect.arrayContaining(['目标任务', '指标']));
});

test('a write the workbook refuses shows the Chinese message and keeps the preview', async () => {
  const port = createMemoryWorkbook();
  renderInPane(<App port={port} />);
  await parsePasted(pasted);
  port.failNext({ op: 'apply', afterSheets: 1, reason: '工作表受保护' });
  fireEvent.click(screen.getByRole('button', { name: '写入工作簿' }));

  const alert = await screen.findByRole('alert', {}, { timeout: 5000 });
  expect(alert.textContent).toContain('工作表受保护');
  // The written sheet is named once, not once in the message and again in a list below it.
  expect(alert.textContent?.match(/目标任务/g)).toHaveLength(1);
  expect(screen.getByRole('button', { name: '写入工作簿' })).toBeTruthy();
});

test('使用选中区域 reads the selection of the workbook', async () => {
  const values = pasted.split('\n').map((line) => line.split('\t'));
  const port = createMemoryWorkbook({ sheets: [{ name: 'Sheet1', values }], selection: { sheet: 'Sheet1', address: 'A1:E3' } });
  renderInPane(<App port={port} />);
  fireEvent.click(screen.getByRole('button', { name: '使用选中区域' }));
  await screen.findByTestId('preview-counts', {}, { timeout: 5000 });
  expect(screen.getByTestId('preview-counts').textContent).toContain('任务 2 项');
});

test('the 进度 tab explains it comes after importing, and the import in progress survives a tab switch', async () => {
  renderInPane(<App port={createMemoryWorkbook()} />);
  await parsePasted(pasted);
  fireEvent.click(screen.getByRole('tab', { name: '进度' }));
  expect(await screen.findByText(/请先在“导入”中导入目标任务/)).toBeTruthy();
  fireEvent.click(screen.getByRole('tab', { name: '导入' }));
  expect(screen.getByTestId('preview-counts')).toBeTruthy();
});

test('a table without recognisable headers: the use case’s Chinese message, and the paste box stays', async () => {
  renderInPane(<App port={createMemoryWorkbook()} />);
  fireEvent.change(screen.getByRole('textbox', { name: '粘贴文本或表格' }), {
    target: { value: '编号\t事项名称\t编码\n1\t城市道路占用挖掘审批\t0001\n2\t户外广告设置审批\t0002' },
  });
  fireEvent.click(screen.getByRole('button', { name: '解析' }));

  const alert = await screen.findByRole('alert', {}, { timeout: 5000 });
  expect(alert.textContent).toMatch(/表头|没有找到目标任务/);
  expect(screen.getByRole('textbox', { name: '粘贴文本或表格' })).toBeTruthy();
});

test('an empty file: a Chinese message that names the file', async () => {
  renderInPane(<App port={createMemoryWorkbook()} />);
  const empty = new File([], '空白通知.txt', { type: 'text/plain' });
  fireEvent.change(screen.getByLabelText('选择 .docx 或 .txt 文件'), { target: { files: [empty] } });

  const alert = await screen.findByRole('alert', {}, { timeout: 5000 });
  expect(alert.textContent).toContain('空白通知.txt');
});

test('importing the same table again reports that nothing changed; the first import does not say so', async () => {
  const port = createMemoryWorkbook();
  renderInPane(<App port={port} />);
  await parsePasted(pasted);
  fireEvent.click(screen.getByRole('button', { name: '写入工作簿' }));
  await screen.findByText('已写入工作簿', {}, { timeout: 5000 });
  expect(screen.queryByText(/没有变更/)).toBeNull();

  fireEvent.click(screen.getByRole('button', { name: '导入其他来源' }));
  // The pasted text is still in the box.
  fireEvent.click(screen.getByRole('button', { name: '解析' }));
  await screen.findByTestId('preview-counts', {}, { timeout: 5000 });
  fireEvent.click(screen.getByRole('button', { name: '写入工作簿' }));
  await screen.findByText('已写入工作簿', {}, { timeout: 5000 });
  expect(screen.getByText('与工作簿中已有内容相同，没有变更。')).toBeTruthy();
});

test('after the write, the outcome speaks the preview’s words and leads on to 生成进度表, with the document’s year', async () => {
  const port = createMemoryWorkbook();
  renderInPane(<App port={port} />);
  await parsePasted(`关于印发2025年《政府工作报告》重点工作任务分解的通知\n${pasted}`);
  fireEvent.click(screen.getByRole('button', { name: '写入工作簿' }));
  await screen.findByText('已写入工作簿', {}, { timeout: 5000 });
  expect(screen.getByTestId('outcome-written').textContent).toBe('写入任务 2 项，量化指标 2 个、定性目标 0 个（“指标”表中一行一个）。');

  fireEvent.click(screen.getByRole('button', { name: '下一步：生成进度表' }));
  await screen.findByText(/^已生成进度表/, {}, { timeout: 10_000 });
  expect(port.sheetNames()).toEqual(expect.arrayContaining(['规则', '月度填报', '进度']));
  // The year of the document is the workbook's 年度: the titles say it, the clerk may change it.
  expect(port.values('月度填报')[0].slice(2, 4)).toEqual(['年度', 2025]);
  expect((screen.getByRole('textbox', { name: '年度' }) as HTMLInputElement).value).toBe('2025');
});
