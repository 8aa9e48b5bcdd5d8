/** @jest-environment jsdom */
/**
 * The 进度 tab over a workbook built the clerk's way (pasted table → import → 生成进度表 → figures
 * typed into 月度填报): the lagging list by lead unit, click-through to 进度, live updates on a
 * typed figure, and a figure typed as text.
 */
import { act, fireEvent, screen, within } from '@testing-library/react';
import { createMemoryWorkbook } from '../support/memoryWorkbook';
import { FIGURES_SHEET, PROGRESS_SHEET } from '../../src/workbook/progress/layout';
import { ProgressView } from '../../src/taskpane/views/ProgressView';
import { LIVE_DEBOUNCE_MS } from '../../src/taskpane/useProgress';
import { figureCell, importOnly, importedWorkbook } from '../app/progressView/workbookWithFigures';
import { renderInPane } from './helpers';

jest.setTimeout(30_000);

const lagging = () => screen.getByRole('region', { name: /^滞后/ });

test('a lagging item appears under its lead unit with its reason; a click selects its row in 进度', async () => {
  const wb = await importedWorkbook(6);
  wb.setCell(FIGURES_SHEET, figureCell(wb, '1-1', 6), 1000);
  renderInPane(<ProgressView port={wb} />);

  await screen.findByText('累计完成17.9%，低于序时进度50.0%共32.1个百分点');
  expect(screen.getByTestId('time-progress').textContent).toBe('报告月份 6月，序时进度 50.0%');
  expect(within(screen.getByTestId('status-counts')).getByText('滞后 1')).toBeTruthy();
  const unit = within(lagging()).getByRole('region', { name: '区人社局' });
  const row = within(unit).getByRole('button', { name: /新增城镇就业/ });
  expect(row.textContent).toContain('滞后');

  fireEvent.click(row);
  await act(async () => undefined);
  const progressRow = wb.values(PROGRESS_SHEET).findIndex((r) => r[0] === '1-1') + 1;
  expect(wb.selections).toEqual([{ sheet: PROGRESS_SHEET, address: `A${progressRow}:N${progressRow}` }]);
});

test('a figure typed into 月度填报 updates the view by itself (change event, debounced)', async () => {
  const wb = await importedWorkbook(6);
  renderInPane(<ProgressView port={wb} />);
  await screen.findByTestId('status-counts');
  // No figure yet: what to do next, not an all-clear.
  expect(screen.getByTestId('next-step').textContent).toContain('还没有填报数字');
  expect(screen.queryByText('没有滞后的指标。')).toBeNull();
  jest.useFakeTimers();
  try {
    // Two quick edits: one re-read after the clerk pauses, not two.
    act(() => wb.setCell(FIGURES_SHEET, figureCell(wb, '2-1', 6), 5));
    act(() => wb.setCell(FIGURES_SHEET, figureCell(wb, '2-1', 6), 6.5));
    const reads = wb.calls.filter((c) => c.op === 'readSheets').length;
    await act(async () => {
      jest.advanceTimersByTime(LIVE_DEBOUNCE_MS + 10);
    });
    expect(wb.calls.filter((c) => c.op === 'readSheets').length).toBe(reads + 1);
  } finally {
    jest.useRealTimers();
  }
  const unit = await within(await screen.findByRole('region', { name: /^滞后/ })).findByRole('region', { name: '区工信局' });
  expect(unit.textContent).toContain('累计增速6.5%，低于目标8.0%共1.5个百分点');
});

test('a figure typed as text is listed with its cell and the indicator’s name, and selects it', async () => {
  const wb = await importedWorkbook(6);
  const cell = figureCell(wb, '3-1', 6);
  wb.setCell(FIGURES_SHEET, cell, '约5亿');
  renderInPane(<ProgressView port={wb} />);
  const box = await screen.findByTestId('figure-errors');
  const link = within(box).getByRole('button', { name: new RegExp(`^${FIGURES_SHEET}!${cell}：指标3-1（固定资产投资[^）]*）的6月数值“约5亿”不是数字`) });
  fireEvent.click(link);
  await act(async () => undefined);
  expect(wb.selections).toEqual([{ sheet: FIGURES_SHEET, address: cell }]);
});

test('changing the month rebuilds the sheets: the reporting-month cell follows', async () => {
  const wb = await importedWorkbook(6);
  renderInPane(<ProgressView port={wb} />);
  const select = await screen.findByRole('combobox', { name: '报告月份' });
  expect(Array.from((select as HTMLSelectElement).options).map((o) => o.text)[0]).toBe('1-2月');
  fireEvent.change(select, { target: { value: '9' } });
  await screen.findByText(/^已生成进度表：报告月份9月/);
  expect(wb.values(FIGURES_SHEET)[0][1]).toBe(9);
  expect(screen.getByTestId('time-progress').textContent).toBe('报告月份 9月，序时进度 75.0%');
});

test('without 指标 the view asks for an import first', async () => {
  renderInPane(<ProgressView port={createMemoryWorkbook()} />);
  expect((await screen.findByText(/请先在“导入”中导入目标任务/)).textContent).toBeTruthy();
  expect(screen.queryByRole('button', { name: '生成/更新进度表' })).toBeNull();
});

test('after an import, 生成/更新进度表 builds the sheets and says what it did', async () => {
  const wb = await importOnly();
  renderInPane(<ProgressView port={wb} />);
  // Before 进度 is built: the next step, and no counts that would read as an all-clear.
  expect((await screen.findByTestId('next-step')).textContent).toMatch(/已导入4个指标，还没有生成进度表/);
  expect(screen.queryByTestId('status-counts')).toBeNull();
  fireEvent.click(screen.getByRole('button', { name: '生成/更新进度表' }));
  const done = await screen.findByText(/^已生成进度表：报告月份.*4个指标/);
  expect(done.textContent).toMatch(/规则、月度填报、进度/);
  expect(wb.sheetNames()).toEqual(expect.arrayContaining(['规则', FIGURES_SHEET, PROGRESS_SHEET]));
  expect(screen.queryByText(/还没有生成进度表/)).toBeNull();
  // The new 月度填报 is watched too: a figure typed there shows without a reload.
  await act(async () => wb.setCell(FIGURES_SHEET, figureCell(wb, '1-1', Number(wb.values(FIGURES_SHEET)[0][1])), 200));
  await within(await screen.findByRole('region', { name: /^滞后/ }, { timeout: 3000 })).findByRole('region', { name: '区人社局' }, { timeout: 3000 });
});

test('stops listening to the workbook when the view goes away', async () => {
  const wb = await importedWorkbook(6);
  const view = renderInPane(<ProgressView port={wb} />);
  await screen.findByTestId('status-counts');
  view.unmount();
  const reads = wb.calls.filter((c) => c.op === 'readSheets').length;
  wb.setCell(FIGURES_SHEET, figureCell(wb, '1-1', 6), 1000);
  await new Promise((r) => setTimeout(r, LIVE_DEBOUNCE_MS + 50));
  expect(wb.calls.filter((c) => c.op === 'readSheets').length).toBe(reads);
});

test('a read that fails once shows its error, which goes at the next read that succeeds (a clerk typing never keeps an error bar)', async () => {
  const wb = await importedWorkbook(6);
  wb.failNext({ op: 'readSheets', code: 'InvalidOperationInCellEditMode' });
  renderInPane(<ProgressView port={wb} />);
  expect((await screen.findByRole('alert')).textContent).toContain('正在编辑单元格');
  act(() => wb.setCell(FIGURES_SHEET, figureCell(wb, '1-1', 6), 1000));
  await screen.findByText('累计完成17.9%，低于序时进度50.0%共32.1个百分点', {}, { timeout: 3000 });
  expect(screen.queryByRole('alert')).toBeNull();
});
