/**
 * 打印进展情况表 over seed 002's June workbook: the paper's rows are the engine's items and
 * statuses; the add-in replaces its own earlier paper but never a clerk's sheet of the same name
 * (it writes the next free name and says so); 打印设置 is written once and then only edited.
 */
import { NoFiguresError, readMonthReport } from '../../../src/app/print/readMonthReport';
import { PrintError, writePrintSheet, type PrintRequest } from '../../../src/app/print/writePrintSheet';
import { readProgress } from '../../../src/app/progress/refreshProgress';
import { importOnly } from '../progressView/workbookWithFigures';
import { DEFAULT_CHOICE } from '../../../src/domain/report/paper';
import { PRINT_SETTINGS_SHEET } from '../../../src/workbook/print/printSettingsSheet';
import { FIGURES_SHEET } from '../../../src/workbook/progress/layout';
import { seed002Workbook } from './seed002';

jest.setTimeout(60_000);

const june: PrintRequest = { year: 2024, month: 6, choice: DEFAULT_CHOICE };

test('the paper lists every item the engine judged, with the engine’s status, in the decomposition’s order', async () => {
  const wb = await seed002Workbook();
  const out = await writePrintSheet(wb, { ...june, choice: { grouping: 'status', filter: null, paper: 'A4' } });
  expect(out.sheet).toBe('1-6月进展表-按状态');
  const { report } = await readProgress(wb, 6);
  expect(out.items).toBe(report.items.length);
  const values = wb.values(out.sheet);
  const header = values[3];
  const status = header.indexOf('状态');
  const rows = values.slice(4).filter((r) => r[status] !== null && r[status] !== '');
  expect(rows).toHaveLength(report.items.length);
  const printed = rows.map((r) => r[status]).sort();
  const engine = out.report.items.map((i) => i.status).sort();
  expect(printed).toEqual(engine);
  // 年度考核 / 季度考核 only where the engine says 不适用.
  expect(engine.filter((s) => s === '不适用' || s === '年度考核' || s === '季度考核')).toHaveLength(report.items.filter((i) => i.status === '不适用').length);
  // The first rows of the 滞后 group: 固定资产投资 and 社会消费品零售总额 (task 1) come first.
  expect(values[4][0]).toBe(`滞后（${report.items.filter((i) => i.status === '滞后').length}项）`);
  expect(rows[0].slice(0, 2)).toEqual(['1', '固定资产投资']);
});

test('qualitative targets read as the document states them; items of the decomposition come first, in its order', async () => {
  const wb = await seed002Workbook();
  const { report } = await readMonthReport(wb, { year: 2024, month: 6 });
  const seqs = report.items.map((i) => i.seq).filter((s): s is string => s !== null);
  expect(seqs.map(Number)).toEqual([...seqs.map(Number)].sort((a, b) => a - b));
  expect(report.items.findIndex((i) => i.seq === null)).toBe(seqs.length);
  const fire = report.items.find((i) => i.seq === '11' && i.kind === 'bottomline')!;
  expect(fire.statement).toBe('不发生较大及以上安全生产事故');
  expect(report.items.filter((i) => i.livelihood && i.seq !== null).map((i) => i.seq)).toEqual(expect.arrayContaining(['48', '67']));
});

test('writing the same choice again replaces the add-in’s own sheet; a clerk’s sheet of that name is left alone', async () => {
  const wb = await seed002Workbook();
  const first = await writePrintSheet(wb, june);
  expect(first).toMatchObject({ sheet: '1-6月进展表-按类别', replaced: false, clerkSheetKept: null, settingsCreated: true });
  const again = await writePrintSheet(wb, june);
  expect(again).toMatchObject({ sheet: '1-6月进展表-按类别', replaced: true, clerkSheetKept: null, settingsCreated: false });
  expect(wb.sheetNames().filter((n) => n.startsWith('1-6月进展表'))).toEqual(['1-6月进展表-按类别']);

  // The clerk's own sheet, named as the unit grouping's paper would be.
  wb.setCell('1-6月进展表-按牵头单位', 'A1', '我自己的汇总');
  const unit = await writePrintSheet(wb, { ...june, choice: { ...DEFAULT_CHOICE, grouping: 'unit' } });
  expect(unit).toMatchObject({ sheet: '1-6月进展表-按牵头单位(2)', clerkSheetKept: '1-6月进展表-按牵头单位', replaced: false });
  expect(wb.values('1-6月进展表-按牵头单位')).toEqual([['我自己的汇总']]);
  // Next time the add-in's "(2)" is its own: replaced, the clerk's still untouched.
  const unitAgain = await writePrintSheet(wb, { ...june, choice: { ...DEFAULT_CHOICE, grouping: 'unit' } });
  expect(unitAgain).toMatchObject({ sheet: '1-6月进展表-按牵头单位(2)', replaced: true });
  expect(wb.values('1-6月进展表-按牵头单位')).toEqual([['我自己的汇总']]);
});

test('when every name is a clerk’s, nothing is written and the clerk is told what to do', async () => {
  const wb = await seed002Workbook();
  const name = '1-6月进展表-按状态';
  wb.setCell(name, 'A1', '我的');
  for (let i = 2; i <= 9; i++) wb.setCell(`${name}(${i})`, 'A1', '我的');
  const calls = wb.calls.length;
  const error = await writePrintSheet(wb, { ...june, choice: { ...DEFAULT_CHOICE, grouping: 'status' } }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(PrintError);
  expect((error as Error).message).toBe(`工作簿中已有您自己的“${name}”工作表，以及“${name}(2)”到“${name}(9)”，打印表未写入。请把不用的工作表删除或改名后再生成。`);
  expect(wb.calls.slice(calls).map((c) => c.op)).not.toContain('apply');
});

test('打印设置 is written once with the unit and issue given; later prints edit those two cells only', async () => {
  const wb = await seed002Workbook();
  await writePrintSheet(wb, { ...june, maker: '区政府督查室', issue: '5' });
  const settings = () => Object.fromEntries(wb.values(PRINT_SETTINGS_SHEET).map((r) => [r[0], r[1]]));
  expect(settings()).toMatchObject({ 制表单位: '区政府督查室', 期数: '5', 主送单位: '各有关单位' });
  // The clerk rewrites a phrase; the next print keeps it and changes only the issue number.
  const phraseRow = wb.values(PRINT_SETTINGS_SHEET).findIndex((r) => r[0] === '下步措施1') + 1;
  wb.setCell(PRINT_SETTINGS_SHEET, `B${phraseRow}`, '紧盯固定资产投资，逐个项目排出开工时间表');
  const out = await writePrintSheet(wb, { ...june, issue: '6' });
  expect(out.settings).toMatchObject({ maker: '区政府督查室', issue: '6' });
  expect(out.settings.nextSteps[0]).toBe('紧盯固定资产投资，逐个项目排出开工时间表');
  expect(settings()).toMatchObject({ 制表单位: '区政府督查室', 期数: '6', 下步措施1: '紧盯固定资产投资，逐个项目排出开工时间表' });
  expect(wb.values(out.sheet)[1][0]).toBe('第6期\u3000\u3000制表单位：区政府督查室\u3000\u3000数据截至：2024年6月30日');
});

test('存在问题 and 下步措施 columns the clerk adds to 月度填报 are printed; before 进度 is built there is nothing to print', async () => {
  const wb = await seed002Workbook();
  const values = wb.values(FIGURES_SHEET);
  const extra = values[2].length;
  const letter = (c: number) => String.fromCharCode(65 + Math.floor(c / 26) - 1) + String.fromCharCode(65 + (c % 26));
  wb.setCell(FIGURES_SHEET, `${letter(extra)}3`, '存在问题');
  wb.setCell(FIGURES_SHEET, `${letter(extra + 1)}3`, '下步措施');
  const row = values.findIndex((r) => r[0] === '9-1') + 1;
  wb.setCell(FIGURES_SHEET, `${letter(extra)}${row}`, '企业用工需求下降');
  wb.setCell(FIGURES_SHEET, `${letter(extra + 1)}${row}`, '举办专场招聘会');
  const out = await writePrintSheet(wb, { ...june, choice: { ...DEFAULT_CHOICE, filter: 'lagging' } });
  const sheet = wb.values(out.sheet);
  expect(sheet[3].slice(-2)).toEqual(['存在问题', '下步措施']);
  const jobs = sheet.find((r) => r[1] === '新增城镇就业')!;
  expect(jobs.slice(-2)).toEqual(['企业用工需求下降', '举办专场招聘会']);

  await expect(writePrintSheet(await importOnly(), june)).rejects.toBeInstanceOf(NoFiguresError);
});
