/**
 * Months closed and reprinted as they were: the snapshot in the hidden 历史 sheet, a later change
 * to a closed month logged (by a merge with who merged, by typing found at the next check), the
 * item's month-by-month trend, and the escalation due from months behind.
 */
import { applyMerge, previewMerge } from '../../../src/app/collect/mergeForms';
import { runCheck } from '../../../src/app/check/runCheck';
import { UNKNOWN_EDITOR } from '../../../src/app/history/closedChanges';
import { closeMonth, itemTrendOf, loadMonthSnapshot, loadMonthsView, HISTORY_SHEETS } from '../../../src/app/history/monthHistory';
import { refreshProgressSheets } from '../../../src/app/progress/refreshProgress';
import { CHANGES_SHEET, HISTORY_SHEET } from '../../../src/workbook/collect/layout';
import { readReturnedForm } from '../../../src/workbook/collect/readReturnedForm';
import { FIGURES_SHEET } from '../../../src/workbook/progress/layout';
import type { MemoryWorkbook } from '../../support/memoryWorkbook';
import { figureCell, importedWorkbook } from '../progressView/workbookWithFigures';

const options = { now: '2024-07-05 09:30', who: '张科员' };

/** 新增城镇就业 5600 人 by month (银川: 10–30 pp behind 预警, more 滞后). */
async function workbook(figures: Record<number, number>, month = 6): Promise<MemoryWorkbook> {
  const wb = await importedWorkbook(month);
  for (const [m, v] of Object.entries(figures)) {
    wb.setCell(FIGURES_SHEET, figureCell(wb, '1-1', Number(m)), v);
    // The other units report on time, on schedule: no check error stands in the way of a close.
    for (const [id, value] of [['2-1', 8.5], ['3-1', (120 * Number(m)) / 12], ['4-1', (30 * Number(m)) / 12]] as const) {
      wb.setCell(FIGURES_SHEET, figureCell(wb, id, Number(m)), value);
    }
  }
  return wb;
}

test('closing a month keeps its table in the hidden 历史 sheet, as it was, whatever changes later', async () => {
  const wb = await workbook({ 5: 1500, 6: 1600 });
  expect(await closeMonth(wb, { month: 6, ...options })).toEqual({ done: true, month: 6, items: 4 });
  expect(wb.sheet(HISTORY_SHEET)!.hidden).toBe(true);
  wb.setCell(FIGURES_SHEET, figureCell(wb, '1-1', 6), 2900);
  await refreshProgressSheets(wb, { month: 7 });
  const june = (await loadMonthSnapshot(wb, 6))!;
  const jobs = june.find((r) => r.id === '1-1')!;
  expect([jobs.value, jobs.status, jobs.reason, jobs.owner, jobs.closedBy]).toEqual([1600, '预警', '累计完成28.6%，低于序时进度50.0%共21.4个百分点', '区人社局', '张科员']);
  expect(await loadMonthSnapshot(wb, 5)).toBeNull();
  expect(await closeMonth(wb, { month: 6, ...options })).toEqual({ done: false, reason: 'closed', month: 6 });
});

test('open check errors stop a close unless the clerk closes anyway', async () => {
  const wb = await workbook({ 6: 2330 });
  wb.setCell(FIGURES_SHEET, figureCell(wb, '3-1', 6), '约60亿');
  expect(await closeMonth(wb, { month: 6, ...options })).toEqual({ done: false, reason: 'open-errors', month: 6, errors: 1 });
  expect(await closeMonth(wb, { month: 6, ...options })).toEqual(expect.objectContaining({ reason: 'open-errors' }));
  expect(wb.sheetNames()).not.toContain(HISTORY_SHEET);
  expect((await closeMonth(wb, { month: 6, ...options, force: true })).done).toBe(true);
});

test('a later change to a closed month is logged: by a merge with who merged, by typing at the next check', async () => {
  const wb = await workbook({ 5: 2300, 6: 2330 });
  await closeMonth(wb, { month: 6, ...options });
  const form = readReturnedForm([['填报单位', '区人社局', '报告月份', '2024-06'], ['指标ID', '本月数值'], ['1-1', 2400]], '人社局更正.xlsx');
  const preview = await previewMerge(wb, [form], { month: 6, ...options });
  expect(preview.conflicts.map((w) => [w.before, w.after, w.closed])).toEqual([[2330, 2400, true]]);
  await applyMerge(wb, preview, new Map([[preview.conflicts[0].key, 'accept']]), options);
  wb.setCell(FIGURES_SHEET, figureCell(wb, '1-1', 6), 2450);
  const run = await runCheck(wb, { now: '2024-07-08 10:00' });
  expect(run.logged).toBe(1);
  const [header, ...log] = wb.values(CHANGES_SHEET);
  expect(header).toEqual(['记录时间', '月份', '指标ID', '指标名称', '原值', '新值', '修改人', '方式']);
  expect(log).toEqual([
    ['2024-07-05 09:30', 6, '1-1', '新增城镇就业', 2330, 2400, '张科员', '合并填报表《人社局更正.xlsx》'],
    ['2024-07-08 10:00', 6, '1-1', '新增城镇就业', 2400, 2450, UNKNOWN_EDITOR, '手工修改（核对时发现）'],
  ]);
  // Found once: the next check logs nothing more.
  expect((await runCheck(wb, { now: '2024-07-09 10:00' })).logged).toBe(0);
});

test('an item\'s trend: each month\'s figure, completion and 序时进度, closed months from their snapshot', async () => {
  const wb = await workbook({ 2: 900, 3: 1300, 4: 1500, 5: 1700 }, 5);
  await closeMonth(wb, { month: 3, ...options });
  wb.setCell(FIGURES_SHEET, figureCell(wb, '1-1', 3), 1400);
  const trend = itemTrendOf(await wb.readSheets(HISTORY_SHEETS), '1-1', 5)!;
  expect(trend.points.map((p) => [p.label, p.value, p.completion === null ? null : Math.round(p.completion * 1000) / 10, Math.round((p.timeProgress ?? 0) * 1000) / 10, p.status, p.closed])).toEqual([
    ['1-2月', 900, 16.1, 16.7, '正常', false],
    ['3月', 1300, 23.2, 25, '正常', true],
    ['4月', 1500, 26.8, 33.3, '正常', false],
    ['5月', 1700, 30.4, 41.7, '预警', false],
  ]);
});

test('the escalation due: months behind in a row, closed months as they were judged', async () => {
  // 银川: Feb–Mar 10–30 pp behind (预警), Apr–Jun more than 30 pp (滞后): three reds, a 约谈.
  const wb = await workbook({ 2: 100, 3: 150, 4: 160, 5: 250, 6: 300 });
  expect((await loadMonthsView(wb, 6)).escalations.find((e) => e.id === '1-1')).toEqual(expect.objectContaining({ step: '约谈', behind: 5, red: 3, reason: '连续3个月滞后', owner: '区人社局' }));
  // April closed as 滞后 stays 滞后, though its figure is raised later.
  expect((await closeMonth(wb, { month: 4, ...options })).done).toBe(true);
  wb.setCell(FIGURES_SHEET, figureCell(wb, '1-1', 4), 2000);
  const view = await loadMonthsView(wb, 6);
  expect(view.closed).toEqual([4]);
  expect(view.escalations.find((e) => e.id === '1-1')).toEqual(expect.objectContaining({ step: '约谈', red: 3 }));
  // Before April, the item was only behind: a 提醒 in February (one yellow month).
  expect((await loadMonthsView(wb, 2)).escalations.find((e) => e.id === '1-1')).toEqual(expect.objectContaining({ step: '提醒', behind: 1, red: 0 }));
});
