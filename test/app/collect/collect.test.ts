/**
 * Collecting on the in-memory workbook, as a clerk does it: the month's forms per lead unit
 * (written as sheets the clerk moves out), a unit filling one in (the locked cells refuse it),
 * the form read back whatever the unit did to its rows, merged into 月度填报 with 报送明细 and
 * 报送情况 written, and a conflict that waits for the clerk's decision.
 */
import { unitFormsOf, loadUnitForms, writeFormSheets } from '../../../src/app/collect/unitForms';
import { applyMerge, previewMerge, type MergeOptions } from '../../../src/app/collect/mergeForms';
import { loadReportingStatus } from '../../../src/app/collect/reportingStatus';
import { describeFinding } from '../../../src/app/messages';
import { loadBulletin } from '../../../src/app/print/loadBulletin';
import { parseCell } from '../../../src/workbook/a1';
import { formSheetName, FORM_HEADER_ROW } from '../../../src/workbook/collect/formSheet';
import { REPORTS_SHEET, STATUS_SHEET } from '../../../src/workbook/collect/layout';
import { NO_OWNER } from '../../../src/workbook/collect/owners';
import { readReturnedForm } from '../../../src/workbook/collect/readReturnedForm';
import type { CellValue } from '../../../src/workbook/plan';
import { FIGURES_SHEET } from '../../../src/workbook/progress/layout';
import type { MemoryWorkbook } from '../../support/memoryWorkbook';
import { figureCell, importedWorkbook } from '../progressView/workbookWithFigures';

const options: MergeOptions = { month: 6, now: '2024-07-05 09:30', who: '张科员' };

/** The form sheet's cell of item `id` under `header`. */
function formCell(wb: MemoryWorkbook, sheet: string, id: string, header: string): string {
  const values = wb.values(sheet);
  const c = values[FORM_HEADER_ROW].indexOf(header);
  const r = values.findIndex((row, i) => i > FORM_HEADER_ROW && row[0] === id);
  if (c < 0 || r < 0) throw new Error(`${sheet} has no ${id}/${header}`);
  return `${String.fromCharCode(65 + c)}${r + 1}`;
}

async function withMay(): Promise<MemoryWorkbook> {
  const wb = await importedWorkbook(6);
  wb.setCell(FIGURES_SHEET, figureCell(wb, '1-1', 5), 2300);
  return wb;
}

describe('the month\'s forms', () => {
  test('one per lead unit, in the decomposition\'s order, each with only its items and May prefilled', async () => {
    const forms = await loadUnitForms(await withMay(), 6, 2024);
    expect(forms.map((f) => [f.unit, f.items.map((i) => i.id)])).toEqual([
      ['区人社局', ['1-1']],
      ['区工信局', ['2-1']],
      ['区发改局', ['3-1']],
      [NO_OWNER, ['4-1']],
    ]);
    expect(forms[0].items[0]).toEqual(expect.objectContaining({ name: '新增城镇就业', target: '5600人以上', unit: '人', basis: '累计值', last: 2300, lastPeriod: '5月', due: true }));
    expect(forms[1].items[0].target).toBe('增长8%以上');
  });

  test('written as protected sheets: a unit can type its figure and notes, not over an ID or a target', async () => {
    const wb = await withMay();
    await writeFormSheets(wb, await loadUnitForms(wb, 6, 2024));
    const sheet = formSheetName('区人社局');
    expect(wb.sheetNames()).toContain(sheet);
    expect(wb.sheet(sheet)!.protection).toBeDefined();
    expect(() => wb.setCell(sheet, formCell(wb, sheet, '1-1', '指标ID'), '9-9')).toThrow(/受保护/);
    expect(() => wb.setCell(sheet, formCell(wb, sheet, '1-1', '目标'), '1人')).toThrow(/受保护/);
    wb.setCell(sheet, formCell(wb, sheet, '1-1', '本月数值'), 2800);
    wb.setCell(sheet, formCell(wb, sheet, '1-1', '进展情况'), '新增就业2800人');
    const form = readReturnedForm(wb.values(sheet), sheet);
    expect([form.unit, form.year, form.month]).toEqual(['区人社局', 2024, 6]);
    expect(form.rows).toEqual([expect.objectContaining({ id: '1-1', total: 2800, progress: '新增就业2800人' })]);
  });
});

describe('reading a returned form', () => {
  /** A unit's form as a grid: its rows re-ordered, one deleted, a column moved, signed. */
  const grid = (): CellValue[][] => [
    ['2024年6月目标任务进展情况填报表'],
    ['填报单位', '区发改局', null, null, null, '报告月份', '2024-06'],
    [],
    [],
    ['下步措施', '本月数值', '指标ID', '指标名称', '进展情况'],
    ['抓开工', 61.5, '3-1', '固定资产投资', '完成61.5亿元'],
    [null, '约3亿', '9-9', '不存在的指标', null],
    [],
    ['填报人', '李四', null, '审核人', '王五', null, '单位负责人', '赵六'],
    ['联系电话', '0730-1234567', null, '填报日期', 45478],
  ];

  test('by indicator ID, whatever the unit did to the rows and columns; the sign-off by its labels', () => {
    const form = readReturnedForm(grid(), '发改局.xlsx');
    expect(form.unit).toBe('区发改局');
    expect(form.signOff).toEqual({ 填报人: '李四', 审核人: '王五', 单位负责人: '赵六', 联系电话: '0730-1234567', 填报日期: '2024-07-05' });
    expect(form.rows.map((r) => [r.id, r.total, r.progress, r.measures, r.row, r.cell])).toEqual([
      ['3-1', 61.5, '完成61.5亿元', '抓开工', 6, 'B6'],
      ['9-9', '约3亿', '', '', 7, 'B7'],
    ]);
  });

  test('a figures file (id,period,value,note) is a form too, each row with its own month', () => {
    const form = readReturnedForm([['id', 'period', 'value', 'note'], ['1-1', '2024-05', 2300, ''], ['1-1', '2024-06', '2800', '好']], '统计局.csv');
    expect(form.rows.map((r) => [r.month, r.total, r.progress])).toEqual([[5, 2300, ''], [6, 2800, '好']]);
  });

  test('a sheet without 指标ID is refused in words', () => {
    const form = readReturnedForm([['名称', '数值'], ['就业', 1]], '随便.xlsx');
    expect(form.findings.map(describeFinding)).toEqual(['《随便.xlsx》中找不到“指标ID”列：请使用本加载项生成的填报表，或在表头加上“指标ID”列']);
  });
});

describe('merging', () => {
  const form = (total: CellValue, progress = '进展顺利') =>
    readReturnedForm([['填报单位', '区人社局', '报告月份', '2024-06'], ['填报人', '张三'], ['指标ID', '本月数值', '进展情况'], ['1-1', total, progress]], '人社局.xlsx');

  test('fills an empty cell, records the form row, and marks the unit reported with its sign-off', async () => {
    const wb = await withMay();
    const preview = await previewMerge(wb, [form(2800)], options);
    expect(preview.conflicts).toEqual([]);
    expect(preview.writes.map((w) => [w.kind, w.id, w.after])).toEqual([['figure', '1-1', 2800], ['note', '1-1', '进展顺利']]);
    const done = await applyMerge(wb, preview, new Map(), options);
    expect(done).toEqual(expect.objectContaining({ done: true, cells: 2, records: 1 }));
    expect(wb.cell(FIGURES_SHEET, figureCell(wb, '1-1', 6))?.value).toBe(2800);
    expect(wb.values(REPORTS_SHEET)[1].slice(0, 6)).toEqual([6, '1-1', '新增城镇就业', '区人社局', 2800, null]);
    const status = await loadReportingStatus(wb, 6);
    const hr = status.units.find((u) => u.unit === '区人社局')!;
    expect([hr.state, hr.due, hr.reported, hr.signOff.填报人, hr.received]).toEqual(['done', 1, 1, '张三', '2024-07-05 09:30']);
    expect(status.toChase.map((u) => u.unit)).toEqual(['区工信局', '区发改局', NO_OWNER]);
    expect(wb.values(STATUS_SHEET).map((r) => r.slice(0, 6))).toContainEqual([6, '区人社局', 1, 1, 0, '已报送']);
  });

  test('a different figure already there is a conflict: nothing is written until the clerk decides', async () => {
    const wb = await withMay();
    const cell = figureCell(wb, '1-1', 6);
    wb.setCell(FIGURES_SHEET, cell, 2700);
    const preview = await previewMerge(wb, [form(2800, '')], options);
    expect(preview.conflicts.map((w) => [w.cell, w.before, w.after])).toEqual([[cell, 2700, 2800]]);
    const applies = wb.calls.filter((c) => c.op === 'apply').length;
    expect(await applyMerge(wb, preview, new Map(), options)).toEqual(expect.objectContaining({ done: false, reason: 'undecided' }));
    expect(wb.calls.filter((c) => c.op === 'apply').length).toBe(applies);
    await applyMerge(wb, preview, new Map([[preview.conflicts[0].key, 'reject']]), options);
    expect(wb.cell(FIGURES_SHEET, cell)?.value).toBe(2700);
    // Rejected, yet recorded: the unit's 2800 stays in 报送明细.
    expect(wb.values(REPORTS_SHEET)[1][4]).toBe(2800);
    const again = await previewMerge(wb, [form(2800, '')], options);
    await applyMerge(wb, again, new Map([[again.conflicts[0].key, 'accept']]), options);
    expect(wb.cell(FIGURES_SHEET, cell)?.value).toBe(2800);
  });

  test('a cell typed into after the preview: nothing is written, the clerk previews again', async () => {
    const wb = await withMay();
    const preview = await previewMerge(wb, [form(2800)], options);
    wb.setCell(FIGURES_SHEET, figureCell(wb, '1-1', 6), 2750);
    expect(await applyMerge(wb, preview, new Map(), options)).toEqual(expect.objectContaining({ done: false, reason: 'stale' }));
    expect(wb.cell(FIGURES_SHEET, figureCell(wb, '1-1', 6))?.value).toBe(2750);
    expect(wb.sheetNames()).not.toContain(REPORTS_SHEET);
  });

  test('text in a figure is recorded and shown for the unit to correct, never written', async () => {
    const wb = await withMay();
    const preview = await previewMerge(wb, [form('约2800人', '')], options);
    expect(preview.writes).toEqual([]);
    expect(preview.findings.map(describeFinding)).toEqual(['《人社局.xlsx》第4行：指标1-1（新增城镇就业）6月数值“约2800人”不是数字，请只填数字（单位见“单位”列）']);
    expect(preview.records.map((r) => r.total)).toEqual(['约2800人']);
  });

  test('the clerk\'s own 进展说明 is not replaced silently; the add-in\'s earlier note is', async () => {
    const wb = await withMay();
    await applyMerge(wb, await previewMerge(wb, [form(2800, '五月进展')], options), new Map(), options);
    const july = readReturnedForm([['填报单位', '区人社局', '报告月份', '2024-07'], ['指标ID', '本月数值', '进展情况'], ['1-1', 3300, '七月进展']], '人社局7月.xlsx');
    expect((await previewMerge(wb, [july], options)).conflicts).toEqual([]);
    const note = parseCell(figureCell(wb, '1-1', 6));
    const noteCell = `P${note.row + 1}`;
    wb.setCell(FIGURES_SHEET, noteCell, '科员自己写的说明');
    expect((await previewMerge(wb, [july], options)).conflicts.map((w) => [w.kind, w.before])).toEqual([['note', '科员自己写的说明']]);
  });

  test('forms for every unit: the units that have not reported are the ones to chase', async () => {
    const wb = await withMay();
    const forms = unitFormsOf(await wb.readSheets(['目标任务', '指标', '月度填报', '规则']), 6, 2024);
    expect(forms).toHaveLength(4);
    const status = await loadReportingStatus(wb, 6);
    expect(status.units.map((u) => [u.unit, u.state, u.missing.map((m) => m.id)])).toEqual([
      ['区人社局', 'none', ['1-1']],
      ['区工信局', 'none', ['2-1']],
      ['区发改局', 'none', ['3-1']],
      [NO_OWNER, 'none', ['4-1']],
    ]);
  });
});

test('a merge whose write fails says exactly what was written, and a second try completes it', async () => {
  const wb = await withMay();
  const form = readReturnedForm([['填报单位', '区人社局', '报告月份', '2024-06'], ['指标ID', '本月数值'], ['1-1', 2800]], '人社局.xlsx');
  const preview = await previewMerge(wb, [form], options);
  // Excel refuses the second sheet of the write (报送情况), after 报送明细 is written.
  wb.failNext({ op: 'apply', afterSheets: 1, code: 'GeneralException' });
  const error = await applyMerge(wb, preview, new Map(), options).catch((e: unknown) => e);
  expect((error as Error).message).toBe('写入失败：已写入“报送明细”工作表，“报送情况”工作表未写完（可能只写入了一部分），“月度填报”工作表未写入。原因：Excel 内部错误');
  expect(wb.cell(FIGURES_SHEET, figureCell(wb, '1-1', 6))?.value ?? null).toBeNull();
  const again = await applyMerge(wb, await previewMerge(wb, [form], options), new Map(), options);
  expect(again).toEqual(expect.objectContaining({ done: true, cells: 1 }));
  expect(wb.cell(FIGURES_SHEET, figureCell(wb, '1-1', 6))?.value).toBe(2800);
});

test('the bulletin says who has not reported from 报送情况 once forms come back, and counts the open check errors', async () => {
  const wb = await withMay();
  const form = readReturnedForm([['填报单位', '区人社局', '报告月份', '2024-06'], ['填报人', '张三'], ['指标ID', '本月数值'], ['1-1', 2800]], '人社局.xlsx');
  await applyMerge(wb, await previewMerge(wb, [form], options), new Map(), options);
  wb.setCell(FIGURES_SHEET, figureCell(wb, '2-1', 6), '约8%');
  const { text, openCheckErrors } = await loadBulletin(wb, { year: 2024, month: 6 });
  // 区工信局 reported (a figure in words is reported, and is a check error to correct).
  expect(text).toContain('本月有1个牵头单位未报送或未报全数据：区发改局（1项）。');
  expect(text).not.toMatch(/区人社局（/);
  expect(openCheckErrors).toBe(1);
});
