/**
 * The print sheet's plan: what a leader reads and in what layout. The title and the data-date
 * line above the summary, the header row repeated on every page, the groups with their headings
 * (a new page for each kind of target), "—" for a figure the target has no use for, blank for one
 * not reported, a figure to check instead of "完成500000%", and notes that explain the marks.
 */
import { PRINT_HEADER_ROW, PRINT_MARK, printSheetName, printSheetPlan } from '../../../src/workbook/print/printSheet';
import type { SheetPlan } from '../../../src/workbook/plan';
import { report, reportItem } from '../../domain/report/reportItems';

const month = report([
  reportItem('1-1', { progress: { name: '地区生产总值', kind: 'growth', unit: '%', target: 7.5, actual: 7.6, gap: 0.1, completion: null, status: '正常' }, method: '差距' }),
  reportItem('9-1', { progress: { name: '新增城镇就业', unit: '人', target: 5600, actual: 2330, completion: 0.416071, gap: -8.3929 }, note: '二季度招聘会延期' }),
  reportItem('50-2', { progress: { name: '实际到位资金', unit: '亿元', target: 39, actual: 195000, completion: 5000, gap: 499950, status: '预警' }, suspect: true }),
  reportItem('20-1', { progress: { name: '新增市场主体', status: '未填报', actual: null, completion: null, gap: null } }),
  reportItem('12-1', { statement: '启动长岭消防救援站建设', progress: { kind: 'milestone', status: '正常', actual: null, target: null, cmp: null, unit: '' }, method: '节点', dueMonth: 9 }),
]);
const rowOf = (plan: SheetPlan, id: string) => plan.rows.find((r) => r[1] === month.items.find((i) => i.progress.id === id)!.statement)!;
const header = (plan: SheetPlan) => plan.columns.map((c) => c.header);

test('one sheet per choice, named by the months, the grouping, the filter and the paper', () => {
  expect(printSheetName(month, { grouping: 'kind', filter: null, paper: 'A4' })).toBe('1-6月进展表-按类别');
  expect(printSheetName(month, { grouping: 'unit', filter: 'lagging', paper: 'A3' })).toBe('1-6月进展表-按牵头单位-仅滞后预警-A3');
  expect(printSheetName({ month: 2, mergeJanFeb: true }, { grouping: 'leader', filter: 'livelihood', paper: 'A4' })).toBe('1-2月进展表-按牵头领导-仅民生实事');
  for (const m of [2, 12]) expect(printSheetName({ month: m, mergeJanFeb: true }, { grouping: 'status', filter: 'livelihood', paper: 'A3' }).length).toBeLessThanOrEqual(31);
});

test('the columns a leader reads, and no IDs or working columns', () => {
  const plan = printSheetPlan(month, { grouping: 'kind', filter: null, paper: 'A4' }, '表', { maker: '区政府督查室', issue: '6' });
  expect(header(plan)).toEqual(['序号', '指标/任务', '单位', '年度目标', '1-6月累计', '同比增长（%）', '完成进度', '序时进度', '差距（百分点）', '状态', '牵头领导', '牵头单位', '进展情况']);
  // Grouped by unit, the unit is the group's heading, not a column.
  expect(header(printSheetPlan(month, { grouping: 'unit', filter: null, paper: 'A4' }, '表', { maker: '', issue: '' }))).not.toContain('牵头单位');
  // Without a note of the clerk's, no empty 进展情况 column.
  const silent = report(month.items.filter((i) => i.note === ''));
  expect(header(printSheetPlan(silent, { grouping: 'kind', filter: null, paper: 'A4' }, '表', { maker: '', issue: '' }))).not.toContain('进展情况');
});

test('title, issue, unit, data date and summary above the header; the header repeats on every page', () => {
  const plan = printSheetPlan(month, { grouping: 'kind', filter: null, paper: 'A3' }, '表', { maker: '区政府督查室', issue: '6' });
  const cell = (a: string) => plan.cells!.find((c) => c.address === a)?.value;
  expect(cell('A1')).toBe('2024年1-6月《政府工作报告》目标任务进展情况表');
  expect(cell('A2')).toBe('第6期\u3000\u3000制表单位：区政府督查室\u3000\u3000数据截至：2024年6月30日');
  expect(cell('A3')).toBe('共5项：已完成0项（0.0%）、达到序时进度2项（40.0%）、预警1项（20.0%）、滞后1项（20.0%）、未报送1项（20.0%）。');
  expect(plan.headerRow).toBe(PRINT_HEADER_ROW);
  expect(plan.pageLayout).toMatchObject({ orientation: 'landscape', paper: 'A3', printTitleRows: '$4:$4', fitToWidth: true, centerFooter: '第&P页 共&N页' });
  expect(plan.showGridlines).toBe(false);
  expect(plan.mark).toBe(PRINT_MARK);
  expect(plan.merges).toEqual(expect.arrayContaining(['A1:M1', 'A2:M2', 'A3:M3']));
});

test('each kind of target is a group that starts a page of its own; lagging first within it', () => {
  const plan = printSheetPlan(month, { grouping: 'kind', filter: null, paper: 'A4' }, '表', { maker: '', issue: '' });
  const headings = plan.rows.map((r, i) => ({ r, row: PRINT_HEADER_ROW + 1 + i })).filter(({ r }) => r.slice(1).every((v) => v === null));
  expect(headings.map(({ r }) => r[0])).toEqual(['一、主要经济指标（1项）', '二、量化指标（3项）', '三、重点项目和节点任务（1项）']);
  expect(plan.pageLayout!.rowBreaks).toEqual(headings.slice(1).map((h) => h.row));
  const quantified = plan.rows.slice(plan.rows.indexOf(headings[1].r) + 1, plan.rows.indexOf(headings[2].r)).map((r) => r[1]);
  expect(quantified).toEqual(['新增城镇就业', '实际到位资金', '新增市场主体']);
  expect(plan.merges).toEqual(expect.arrayContaining(headings.map(({ row }) => `A${row + 1}:M${row + 1}`)));
});

test('“—” where the target has no use for a figure, blank where it was not reported, 待核实 for a figure out of scale', () => {
  const plan = printSheetPlan(month, { grouping: 'kind', filter: null, paper: 'A4' }, '表', { maker: '', issue: '' });
  const at = (id: string) => Object.fromEntries(header(plan).map((h, i) => [h, rowOf(plan, id)[i]]));
  expect(at('1-1')).toMatchObject({ 序号: '1', 年度目标: '增长7.5%以上', '1-6月累计': '—', '同比增长（%）': 7.6, 完成进度: '—', 序时进度: '—', '差距（百分点）': 0.1, 状态: '正常' });
  expect(at('9-1')).toMatchObject({ 年度目标: '5600人以上', '1-6月累计': 2330, 完成进度: 0.416071, 序时进度: 0.5, '差距（百分点）': -8.3929, 状态: '滞后', 进展情况: '二季度招聘会延期' });
  expect(at('50-2')).toMatchObject({ '1-6月累计': 195000, 完成进度: '待核实', '差距（百分点）': '待核实', 状态: '预警' });
  expect(at('20-1')).toMatchObject({ '1-6月累计': null, 完成进度: null, '差距（百分点）': null, 状态: '未填报' });
  expect(at('12-1')).toMatchObject({ 年度目标: '9月底前完成', '1-6月累计': '—', 完成进度: '—', 状态: '正常' });
  // A figure column is wide enough for its widest figure (a number never wraps).
  const cumulative = plan.columns.find((c) => c.header === '1-6月累计')!;
  expect(cumulative.width).toBeGreaterThanOrEqual(Math.ceil('195000'.length * 0.55 + 1));
});

test('a filter that leaves nothing says so in one row; the notes explain the marks and that the paper is a snapshot', () => {
  const none = report([month.items[0]]);
  const plan = printSheetPlan(none, { grouping: 'unit', filter: 'lagging', paper: 'A4' }, '表', { maker: '', issue: '' });
  expect(plan.rows).toEqual([['本期没有滞后和预警事项', ...Array.from({ length: plan.columns.length - 1 }, () => null)]]);
  const notes = plan.cells!.filter((c) => String(c.value).match(/^(注：)?\d\./)).map((c) => String(c.value));
  expect(notes.join('')).toContain('“—”表示');
  expect(notes.join('')).toContain('空白表示本月未报送数据');
  expect(notes.join('')).toContain('数据快照');
  // Every note row has a height for its wrapped text (Excel does not fit a merged cell).
  for (const n of plan.cells!.filter((c) => notes.includes(String(c.value)))) {
    const row = Number(n.address.slice(1)) - 1;
    expect(plan.rowHeights!.some((h) => h.row === row)).toBe(true);
  }
});
