/** @jest-environment jsdom */
/**
 * The preview at task-pane width: the parser's remarks folded away, the indicator editor's 比较
 * choices short enough for a half-width field, and the editor brought into view above the sticky
 * write bar.
 */
import { fireEvent, screen, within } from '@testing-library/react';
import type { ImportPreview } from '../../src/app/importTypes';
import type { DuplicateGroup } from '../../src/domain/duplicates';
import { PreviewPanel } from '../../src/taskpane/views/PreviewPanel';
import { indicator, previewOf, renderInPane, task } from './helpers';

jest.setTimeout(30_000);

function withRemarks(): ImportPreview {
  const p = previewOf(
    [task('1', '地区生产总值增长7.5%以上'), task('2', '确保区本级财政科学技术支出占当年本级财政一般公共预算支出比重达到4.6%以上')],
    [
      indicator('1-1', '1', '地区生产总值', 7.5, '%', { kind: 'growth' }),
      indicator('2-1', '2', '确保区本级财政科学技术支出占当年本级财政一般公共预算支出比重', 4.6, '%'),
    ],
    [{ ref: '2-1', reason: '指标名称较长，可能包含多余文字，请核对' }],
  );
  p.result.diagnostics = [
    { level: 'warning', ref: '2-1', line: 2, message: '第2行“确保区本级财政科学技术支出…”：指标名称较长，可能包含多余文字，请核对' },
    { level: 'warning', line: 9, message: '第9行：表格只有一列，已按正文处理' },
    { level: 'info', message: '共读取 12 行' },
  ];
  return p;
}

function renderPreview(preview: ImportPreview, onMergeDuplicate: (g: DuplicateGroup) => void = () => undefined) {
  return renderInPane(
    <PreviewPanel
      preview={preview}
      edited={new Set()}
      writing={null}
      onEditIndicator={() => undefined}
      onRemoveIndicator={() => undefined}
      onEditLeadUnit={() => undefined}
      onMergeDuplicate={onMergeDuplicate}
      onWrite={() => undefined}
      onCancel={() => undefined}
    />,
  );
}

test('the parser’s remarks are folded behind a toggle; the uncertain indicator keeps its own warning', () => {
  renderPreview(withRemarks());
  const toggle = screen.getByRole('button', { name: '解析提示 2 条' });
  expect(toggle.getAttribute('aria-expanded')).toBe('false');
  expect(screen.queryByText(/表格只有一列/)).toBeNull();

  const row = document.querySelector('[data-indicator-id="2-1"]') as HTMLElement;
  expect(within(row).getByLabelText('需核对')).toBeTruthy();
  expect(within(row).getByText('需核对：指标名称较长，可能包含多余文字，请核对')).toBeTruthy();

  fireEvent.click(toggle);
  expect(toggle.getAttribute('aria-expanded')).toBe('true');
  expect(screen.getByText('第9行：表格只有一列，已按正文处理')).toBeTruthy();
  // info lines are not remarks for the clerk
  expect(screen.queryByText('共读取 12 行')).toBeNull();
  fireEvent.click(toggle);
  expect(screen.queryByText(/表格只有一列/)).toBeNull();
});

test('no remarks, no toggle', () => {
  renderPreview(previewOf([task('1', '地区生产总值增长7.5%以上')], [indicator('1-1', '1', '地区生产总值', 7.5, '%')]));
  expect(screen.queryByRole('button', { name: /解析提示/ })).toBeNull();
});

describe('the indicator editor', () => {
  const scrolled: { element: Element; options: unknown }[] = [];
  const original = Element.prototype.scrollIntoView;
  beforeEach(() => {
    scrolled.length = 0;
    Element.prototype.scrollIntoView = function (this: Element, options?: unknown) {
      scrolled.push({ element: this, options });
    } as Element['scrollIntoView'];
  });
  afterEach(() => {
    Element.prototype.scrollIntoView = original;
  });

  function openEditor(name: string): HTMLElement {
    fireEvent.click(screen.getByRole('button', { name: `修改指标：${name}` }));
    return screen.getByRole('group', { name: `修改指标：${name}` });
  }

  test('比较 offers short words; the document’s words for the chosen one show under the field', () => {
    renderPreview(withRemarks());
    const editor = openEditor('地区生产总值');
    const select = within(editor).getByRole('combobox', { name: /^比较/ }) as HTMLSelectElement;
    expect(Array.from(select.options).map((o) => o.text)).toEqual(['不低于', '不超过', '左右', '等于']);
    expect(within(editor).getByText('原文“以上”“突破”')).toBeTruthy();
    fireEvent.change(select, { target: { value: '<=' } });
    expect(within(editor).getByText('原文“以内”“控制在”')).toBeTruthy();
    expect(within(editor).queryByText('原文“以上”“突破”')).toBeNull();
  });

  test('opening it scrolls the whole editor into view, clear of the sticky write bar', () => {
    renderPreview(withRemarks());
    const editor = openEditor('地区生产总值');
    expect(scrolled).toEqual([{ element: editor, options: { block: 'nearest' } }]);
    // scroll-margin keeps 确定/取消 above the bar rather than flush with the pane's bottom edge.
    expect(getComputedStyle(editor).scrollMarginBottom).toBe('64px');
  });
});

test('an item to check far down a long preview is one click away: the list opens to it and it gets the focus', () => {
  // 45 tasks: the 41st is past two pages of 20 (“显示更多” twice).
  const tasks = Array.from({ length: 45 }, (_, i) => task(String(i + 1), `第${i + 1}项新增城镇就业${100 + i}人以上`));
  const indicators = tasks.map((t, i) => indicator(`${t.seq}-1`, t.seq, '新增城镇就业', 100 + i, '人'));
  renderPreview(previewOf(tasks, indicators, [{ ref: '41-1', reason: '“141”与“人”分在两行' }]));
  expect(document.querySelector('[data-ref="41-1"]')).toBeNull();
  fireEvent.click(screen.getByRole('button', { name: '需核对 1 处：逐一查看' }));
  fireEvent.click(within(screen.getByTestId('check-list')).getByRole('button', { name: /指标41-1：“141”与“人”分在两行/ }));
  const row = document.querySelector('[data-ref="41-1"]') as HTMLElement;
  expect(row).not.toBeNull();
  expect(document.activeElement).toBe(row);
});

test('a remark that names an item is a link to it', () => {
  renderPreview(withRemarks());
  fireEvent.click(screen.getByRole('button', { name: '解析提示 2 条' }));
  fireEvent.click(screen.getByRole('button', { name: /^第2行“确保区本级财政科学技术支出…”/ }));
  expect(document.activeElement).toBe(document.querySelector('[data-ref="2-1"]'));
});

test('the same target stated in several places is shown once, with the lines, to merge', () => {
  const merged: DuplicateGroup[] = [];
  const gdp = (id: string, line: number) => ({ ...indicator(id, null, '地区生产总值', 7.5, '%', { kind: 'growth' as const }), line });
  renderPreview(previewOf([], [gdp('L1471-1', 1471), gdp('L1636-1', 1636), indicator('L1500-1', null, '新增城镇就业', 5600, '人')], []), (g) => merged.push(g));
  fireEvent.click(screen.getByRole('button', { name: '同一目标出现在多处（1 组）' }));
  expect(within(screen.getByTestId('duplicates')).getByText('地区生产总值：第1471、1636行')).toBeTruthy();
  fireEvent.click(screen.getByRole('button', { name: '合并为一项' }));
  expect(merged.map((g) => [g.first.id, g.others.map((o) => o.id)])).toEqual([['L1471-1', ['L1636-1']]]);
});
