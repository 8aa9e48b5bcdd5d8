import { indicatorsSheetPlan } from '../../src/workbook/indicatorsSheet';
import { mergeSheet, type MergeSpec } from '../../src/workbook/merge';
import type { CellValue, SheetPlan } from '../../src/workbook/plan';
import { tasksSheetPlan } from '../../src/workbook/tasksSheet';
import { indicator, sampleResult, task } from './sampleResult';

const taskSpec: MergeSpec = { keyHeader: '序号', statusHeader: '导入状态', label: (k) => `任务${k}`, quietHeaders: ['来源行'] };
const indicatorSpec: MergeSpec = { keyHeader: '指标ID', statusHeader: '导入状态', label: (k) => `指标${k}`, quietHeaders: ['来源行'] };

/** The sheet as the first import left it: header + rows, read back as Excel would show them. */
function sheetOf(plan: SheetPlan): { name: string; values: CellValue[][] } {
  return { name: plan.name, values: [plan.columns.map((c) => c.header), ...plan.rows.map((r) => r.slice())] };
}

/** Inserts a clerk column at `at` with a header and one value per data row. */
function withColumn(sheet: { name: string; values: CellValue[][] }, at: number, header: CellValue, values: CellValue[]) {
  return { name: sheet.name, values: sheet.values.map((row, i) => [...row.slice(0, at), i === 0 ? header : values[i - 1] ?? null, ...row.slice(at)]) };
}

const col = (plan: SheetPlan, h: string) => plan.columns.findIndex((c) => c.header === h);
const rowOf = (plan: SheetPlan, key: string, keyHeader = '序号') => plan.rows.find((r) => r[col(plan, keyHeader)] === key)!;

describe('mergeSheet', () => {
  const first = tasksSheetPlan(sampleResult().tasks);

  it('takes the plan as it is into a workbook without the sheet: every row 新增', () => {
    const m = mergeSheet(first, undefined, taskSpec);
    expect(m.counts).toEqual({ added: 3, updated: 0, unchanged: 0, kept: 0, removed: 0 });
    expect(m.plan.rows.every((r) => r[col(m.plan, '导入状态')] === '新增')).toBe(true);
    expect(m.changes).toEqual([]);
  });

  it('is idempotent: importing the same notice again leaves every row unchanged and reports nothing', () => {
    const once = mergeSheet(first, undefined, taskSpec).plan;
    const again = mergeSheet(tasksSheetPlan(sampleResult().tasks), sheetOf(once), taskSpec);
    expect(again.counts).toEqual({ added: 0, updated: 0, unchanged: 3, kept: 0, removed: 0 });
    expect(again.changes).toEqual([]);
    expect(again.plan.columns.map((c) => c.header)).toEqual(first.columns.map((c) => c.header));
    const third = mergeSheet(tasksSheetPlan(sampleResult().tasks), sheetOf(again.plan), taskSpec);
    expect(third.plan.rows).toEqual(again.plan.rows);
  });

  it('keeps a column the clerk added in the middle of the table, in place, with its values', () => {
    const sheet = withColumn(sheetOf(first), 2, '督办意见', ['抓紧', null, '重点督办']);
    const m = mergeSheet(tasksSheetPlan(sampleResult().tasks), sheet, taskSpec);
    expect(m.plan.columns.map((c) => c.header).slice(0, 4)).toEqual(['序号', '目标任务', '督办意见', '牵头领导']);
    expect(rowOf(m.plan, '1')[2]).toBe('抓紧');
    expect(rowOf(m.plan, '48')[2]).toBe('重点督办');
    expect(m.counts.unchanged).toBe(3);
  });

  it('keeps a clerk column at the right end and one with no header under Excel’s name 列N', () => {
    let sheet = withColumn(sheetOf(first), 10, '备注', ['已上报', null, null]);
    sheet = withColumn(sheet, 11, null, [null, 'x', null]);
    const m = mergeSheet(tasksSheetPlan(sampleResult().tasks), sheet, taskSpec);
    expect(m.plan.columns.map((c) => c.header).slice(10)).toEqual(['备注', '列12']);
    expect(rowOf(m.plan, '2')[11]).toBe('x');
  });

  it('reports a changed unit in Chinese and marks the row 已更新', () => {
    const r = sampleResult();
    const before = indicatorsSheetPlan(r.indicators, r.qualitative);
    const corrected = r.indicators.map((i) => (i.id === '2-1' ? { ...i, unit: '万人', target: 0.56 } : i));
    const m = mergeSheet(indicatorsSheetPlan(corrected, r.qualitative), sheetOf(before), indicatorSpec);
    expect(m.changes).toEqual(['指标2-1：目标值由“5600”改为“0.56”', '指标2-1：单位由“人”改为“万人”']);
    expect(m.counts).toEqual({ added: 0, updated: 1, unchanged: 2, kept: 0, removed: 0 });
    expect(rowOf(m.plan, '2-1', '指标ID')[col(m.plan, '导入状态')]).toBe('已更新');
  });

  it('reports 责任单位 changes as “由…改为…”, a new deadline as 新填, and does not report a shifted 来源行', () => {
    const corrected = sampleResult().tasks.map((t) =>
      t.seq === '2' ? { ...t, units: ['区人社局', '区财政局'], line: 999 } : t.seq === '1' ? { ...t, deadline: '2024年6月' } : t,
    );
    const m = mergeSheet(tasksSheetPlan(corrected), sheetOf(first), taskSpec);
    expect(m.changes).toEqual(['任务1：完成时限新填“2024年6月”', '任务2：责任单位由“区人社局”改为“区人社局、区财政局”']);
    expect(rowOf(m.plan, '2')[col(m.plan, '来源行')]).toBe(999);
  });

  it('keeps a vanished row that carries a clerk figure (marked), drops one without, appends new rows', () => {
    const r = sampleResult();
    const before = indicatorsSheetPlan([...r.indicators, indicator('3-1')], r.qualitative);
    const sheet = withColumn(sheetOf(before), 12, '1-6月实际', [3.8, 2900, null, null]);
    // The corrected notice drops 1-1 (figure entered) and 3-1 (nothing entered), adds 4-1.
    const next = indicatorsSheetPlan([r.indicators[1], indicator('4-1')], r.qualitative);
    const m = mergeSheet(next, sheet, indicatorSpec);
    expect(m.counts).toEqual({ added: 1, updated: 0, unchanged: 2, kept: 1, removed: 1 });
    const kept = rowOf(m.plan, '1-1', '指标ID');
    expect(kept[col(m.plan, '1-6月实际')]).toBe(3.8);
    expect(kept[col(m.plan, '导入状态')]).toBe('新通知中已无此项');
    expect(kept[col(m.plan, '原文')]).toBe('地区生产总值增长7.5%以上');
    expect(m.plan.rows.find((row) => row[0] === '3-1')).toBeUndefined();
    expect(m.plan.rows[m.plan.rows.length - 1][0]).toBe('4-1');
    expect(m.changes).toEqual(['指标1-1：新通知中已无此项，因有另加的数据而保留', '指标3-1：新通知中已无此项，已删除', '指标4-1：新增']);
  });

  it('keeps a clerk formula as a formula', () => {
    const sheet = { ...withColumn(sheetOf(first), 10, '完成率', [0.5, null, null]) };
    const formulas = sheet.values.map((row, i) => row.map((v, c) => (c === 10 && i === 1 ? '=I2/100' : v === null ? '' : String(v))));
    const m = mergeSheet(tasksSheetPlan(sampleResult().tasks), { ...sheet, formulas }, taskSpec);
    expect(m.plan.columns[10]).toMatchObject({ header: '完成率', kind: 'formula' });
    expect(rowOf(m.plan, '1')[10]).toBe('=I2/100');
  });

  it('keeps text that only looks like a formula as text (its value equals its “formula”)', () => {
    const sheet = withColumn(sheetOf(first), 10, '备注', ['=见附件', null, null]);
    const formulas = sheet.values.map((row) => row.map((v) => (v === null ? '' : String(v))));
    const m = mergeSheet(tasksSheetPlan(sampleResult().tasks), { ...sheet, formulas }, taskSpec);
    expect(m.plan.columns[10].kind).toBe('text');
    expect(rowOf(m.plan, '1')[10]).toBe('=见附件');
  });

  it('keeps a row the clerk added without a 序号, and a title above the header', () => {
    const base = sheetOf(first);
    const sheet = { name: base.name, values: [['2024年目标任务（区政府办）'], [], ...base.values, ['', '补充：另报市里'], [], []] };
    const m = mergeSheet(tasksSheetPlan(sampleResult().tasks), sheet, taskSpec);
    expect(m.plan.headerRow).toBe(2);
    expect(m.plan.freezeRows).toBe(3);
    expect(m.plan.pageLayout?.printTitleRows).toBe('$3:$3');
    expect(m.plan.cells).toEqual([{ address: 'A1', value: '2024年目标任务（区政府办）' }]);
    expect(m.plan.rows).toHaveLength(4);
    expect(m.plan.rows[3][1]).toBe('补充：另报市里');
    expect(m.counts.unchanged).toBe(3);
  });

  it('works whatever order the clerk dragged the columns into', () => {
    const base = sheetOf(first);
    const swapped = { name: base.name, values: base.values.map((row) => [row[1], row[0], ...row.slice(2)]) };
    const m = mergeSheet(tasksSheetPlan(sampleResult().tasks), swapped, taskSpec);
    expect(m.counts).toEqual({ added: 0, updated: 0, unchanged: 3, kept: 0, removed: 0 });
  });

  it('treats a task whose 序号 appears twice in the sheet once, and the duplicate as vanished', () => {
    const base = sheetOf(tasksSheetPlan([task('1'), task('1')]));
    const m = mergeSheet(tasksSheetPlan([task('1')]), base, taskSpec);
    expect(m.counts).toEqual({ added: 0, updated: 0, unchanged: 1, kept: 0, removed: 1 });
  });
});
