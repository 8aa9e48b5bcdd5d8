import { indicatorsSheetPlan } from '../../src/workbook/indicatorsSheet';
import { tasksSheetPlan } from '../../src/workbook/tasksSheet';
import { INDICATOR_HEADERS, TASK_HEADERS } from '../../src/workbook/vocabulary';
import { indicator, qualitative, sampleResult } from './sampleResult';

/** Characters a header takes: a Latin letter or digit about half a Chinese one. */
const headerChars = (h: string) => [...h].reduce((n, ch) => n + (ch.charCodeAt(0) <= 0xff ? 0.55 : 1), 0);

describe('目标任务 plan', () => {
  const plan = tasksSheetPlan(sampleResult().tasks);

  it('has the columns of the decomposition, in order, as table 目标任务表', () => {
    expect(plan.name).toBe('目标任务');
    expect(plan.table?.name).toBe('目标任务表');
    expect(plan.columns.map((c) => c.header)).toEqual(['序号', '目标任务', '牵头领导', '牵头单位', '责任单位', '责任人', '完成时限', '民生实事', '来源行', '导入状态']);
  });

  it('formats every text column as "@" so document text never becomes a formula', () => {
    const textCols = plan.columns.filter((c) => c.header !== TASK_HEADERS.line);
    expect(textCols.every((c) => c.numberFormat === '@')).toBe(true);
  });

  it('gives the task text a wide wrapped column and every header room for its words and filter button', () => {
    const text = plan.columns.find((c) => c.header === '目标任务')!;
    expect(text.wrap).toBe(true);
    // Seed 002's median task (36 characters) on one line.
    expect(text.width).toBeGreaterThanOrEqual(36);
    // A column of n holds n characters; the filter button (16 px) takes about one more (15 px),
    // the cell padding (5 px) the rest.
    for (const c of plan.columns) expect(c.width).toBeGreaterThanOrEqual(headerChars(c.header) + 1);
  });

  it('freezes the header and prints A4 landscape with the header on every page', () => {
    expect(plan.freezeRows).toBe(1);
    expect(plan.pageLayout).toMatchObject({ orientation: 'landscape', paper: 'A4', printTitleRows: '$1:$1' });
    expect(plan.pageLayout?.centerFooter).toContain('&P');
  });

  it('writes one row per task: lists joined with 、, 民生实事 as 是, status 新增', () => {
    expect(plan.rows).toHaveLength(3);
    expect(plan.rows[0]).toEqual(['1', '地区生产总值增长7.5%以上', '彭伟', '区发改局', '区发改局、区统计局', '张三、李四', null, null, 770, '新增']);
    expect(plan.rows[2][6]).toBe('2024年12月');
    expect(plan.rows[2][7]).toBe('是');
  });
});

describe('指标 plan', () => {
  const r = sampleResult();
  const plan = indicatorsSheetPlan(r.indicators, r.qualitative, new Set(['48']));
  const col = (h: string) => plan.columns.findIndex((c) => c.header === h);

  it('has the indicator columns as table 指标表', () => {
    expect(plan.table?.name).toBe('指标表');
    expect(plan.columns.map((c) => c.header)).toEqual(['指标ID', '任务序号', '指标名称', '类型', '比较', '目标值', '上限', '单位', '民生实事', '原文', '来源行', '导入状态']);
    expect(plan.freezeRows).toBe(1);
    expect(plan.pageLayout?.printTitleRows).toBe('$1:$1');
    for (const c of plan.columns) expect(c.width).toBeGreaterThanOrEqual(headerChars(c.header) + 1);
  });

  it('keeps figures as numbers and everything else as "@" text', () => {
    for (const c of plan.columns) {
      if ([INDICATOR_HEADERS.target, INDICATOR_HEADERS.max, INDICATOR_HEADERS.line].includes(c.header as never)) expect(c.kind).toBe('number');
      else expect(c.numberFormat).toBe('@');
    }
  });

  it('writes kind and comparison in Chinese and a qualitative item as a row without a figure', () => {
    expect(plan.rows[0].slice(0, 8)).toEqual(['1-1', '1', '地区生产总值', '增长', '以上', 7.5, null, '%']);
    expect(plan.rows[1][col('类型')]).toBe('水平');
    const q = plan.rows[2];
    expect(q[col('指标ID')]).toBe('48-Q1');
    expect(q[col('类型')]).toBe('节点');
    expect([q[col('比较')], q[col('目标值')], q[col('上限')], q[col('单位')]]).toEqual([null, null, null, null]);
    expect(q[col('民生实事')]).toBe('是');
  });

  it('puts a qualitative item next to the indicators of the same part of the document', () => {
    const p = indicatorsSheetPlan([indicator('1-1'), indicator('3-1')], [qualitative('2')]);
    expect(p.rows.map((row) => row[0])).toEqual(['1-1', '2-Q1', '3-1']);
  });

  it('writes a range like 1-2家 with its upper bound and ~ as 左右', () => {
    const p = indicatorsSheetPlan([indicator('5-1', { target: 1, max: 2, unit: '家', cmp: '~', kind: 'level' })], []);
    expect(p.rows[0].slice(3, 8)).toEqual(['水平', '左右', 1, 2, '家']);
  });
});
