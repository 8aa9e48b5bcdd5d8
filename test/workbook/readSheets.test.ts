import { describeFinding } from '../../src/app/messages';
import { indicatorsSheetPlan } from '../../src/workbook/indicatorsSheet';
import type { CellValue, SheetPlan } from '../../src/workbook/plan';
import { readIndicators } from '../../src/workbook/readIndicators';
import { readTasks } from '../../src/workbook/readTasks';
import { tasksSheetPlan } from '../../src/workbook/tasksSheet';
import { indicator, sampleResult } from './sampleResult';

const sheetOf = (plan: SheetPlan) => ({ name: plan.name, values: [plan.columns.map((c) => c.header) as CellValue[], ...plan.rows.map((r) => r.slice())] });

describe('readTasks', () => {
  it('reads back exactly the tasks that were written', () => {
    const r = sampleResult();
    expect(readTasks(sheetOf(tasksSheetPlan(r.tasks)))).toEqual({ tasks: r.tasks, findings: [] });
  });

  it('accepts units the clerk separated with commas and ignores rows without 序号', () => {
    const sheet = sheetOf(tasksSheetPlan(sampleResult().tasks));
    sheet.values[1][4] = '区发改局，区统计局; 区财政局';
    sheet.values.push([null, '一行备注']);
    const { tasks, findings } = readTasks(sheet);
    expect(tasks[0].units).toEqual(['区发改局', '区统计局', '区财政局']);
    expect(tasks).toHaveLength(3);
    expect(findings).toEqual([]);
  });

  it('names the sheet when it has no header', () => {
    expect(readTasks({ name: '目标任务', values: [['随便写的']] }).findings.map(describeFinding)).toEqual(['目标任务工作表中找不到表头“序号”，请确认前10行中有表头行。']);
  });
});

describe('readIndicators', () => {
  const r = sampleResult();
  const plan = indicatorsSheetPlan(r.indicators, r.qualitative, new Set(['48']));

  it('reads back the indicators and qualitative items that were written', () => {
    const out = readIndicators(sheetOf(plan));
    expect(out.findings).toEqual([]);
    expect(out.indicators).toEqual(r.indicators);
    expect(out.qualitative).toEqual([{ ...r.qualitative[0], key: '48-Q1' }]);
  });

  it('refuses a target typed as text, naming the cell (not read as zero)', () => {
    const sheet = sheetOf(indicatorsSheetPlan([indicator('1-1'), indicator('1-2'), indicator('1-3'), indicator('1-4'), indicator('1-5'), indicator('1-6')], []));
    sheet.values[6][5] = '约5亿';
    const out = readIndicators(sheet);
    expect(out.findings.map(describeFinding)).toEqual(['指标!F7：目标值“约5亿”不是数字']);
    expect(out.findings[0]).toMatchObject({ code: 'not-a-number', sheet: '指标', cell: 'F7', id: '1-6' });
    expect(out.indicators.map((i) => i.id)).toEqual(['1-1', '1-2', '1-3', '1-4', '1-5']);
  });

  it('accepts a figure stored as plain numeric text, refuses "5,600" and unknown words', () => {
    const sheet = sheetOf(indicatorsSheetPlan([indicator('1-1'), indicator('1-2'), indicator('1-3')], []));
    sheet.values[1][5] = ' 7.5 ';
    sheet.values[2][5] = '5,600';
    sheet.values[3][3] = '增速';
    sheet.values[3][4] = '大于';
    const out = readIndicators(sheet);
    expect(out.indicators.map((i) => [i.id, i.target])).toEqual([['1-1', 7.5]]);
    expect(out.findings.map(describeFinding)).toEqual([
      '指标!F3：目标值“5,600”不是数字',
      '指标!D4：类型“增速”应为增长、水平、底线、相对、节点之一',
      '指标!E4：比较“大于”应为以上、以内、左右、等于之一',
    ]);
  });

  it('finds the columns by header after the clerk moved them and added a title row', () => {
    const base = sheetOf(plan);
    const moved = { name: '指标', values: [['标题'], ...base.values.map((row) => [row[11], ...row.slice(0, 11), '备注'])] };
    const out = readIndicators(moved);
    expect(out.findings).toEqual([]);
    expect(out.indicators).toEqual(r.indicators);
  });

  it('says which cell is empty when a quantified row has no target', () => {
    const sheet = sheetOf(indicatorsSheetPlan([indicator('1-1')], []));
    sheet.values[1][5] = null;
    expect(readIndicators(sheet).findings.map(describeFinding)).toEqual(['指标!F2：目标值为空']);
  });
});
