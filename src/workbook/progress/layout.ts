/**
 * Where things are in the three progress sheets. Formulas address cells by these letters, readers
 * find values by them: one place, so the two never drift apart.
 */
import { columnLetter } from '../a1';

export const FIGURES_SHEET = '月度填报';
export const FIGURES_TABLE = '月度填报表';
export const PROGRESS_SHEET = '进度';
export const PROGRESS_TABLE = '进度表';
export const RULES_SHEET = '规则';

/** 月度填报: row 1 holds the reporting month, row 2 the month each figure column ends,
 *  row 3 the header, data from row 4. */
export const FIGURES_HEADER_ROW = 2;
export const FIGURES_FIRST_DATA_ROW = 4;
export const MONTH_CELL = '$B$1';
/** The year of the plan (年度): titles say it; the clerk may change it. */
export const YEAR_CELL = '$D$1';

/** Settings columns of 月度填报, in order; the figure columns follow. */
export const FIGURE_SETTING_HEADERS = [
  '指标ID',
  '指标名称',
  '单位',
  '口径',
  '频率',
  '越低越好',
  '左右容差',
  '一季度末计划',
  '上半年计划',
  '前三季度计划',
  '全年计划',
  '计划启动月',
  '完成时限(月)',
  '比较对象',
  '推进状态',
  '进展说明',
] as const;

const at = (h: (typeof FIGURE_SETTING_HEADERS)[number]) => columnLetter(FIGURE_SETTING_HEADERS.indexOf(h));

export const FC = {
  id: at('指标ID'),
  name: at('指标名称'),
  unit: at('单位'),
  basis: at('口径'),
  frequency: at('频率'),
  lower: at('越低越好'),
  tolerance: at('左右容差'),
  q1: at('一季度末计划'),
  q4: at('全年计划'),
  planned: at('计划启动月'),
  due: at('完成时限(月)'),
  compare: at('比较对象'),
  status: at('推进状态'),
  note: at('进展说明'),
} as const;

export const FIRST_FIGURE_COL = FIGURE_SETTING_HEADERS.length;

/** Months that are separate periods: 1-2月 merged or not. */
export function periodMonths(mergeJanFeb: boolean): number[] {
  const out: number[] = [];
  for (let m = mergeJanFeb ? 2 : 1; m <= 12; m++) out.push(m);
  return out;
}

export function periodHeader(m: number, mergeJanFeb: boolean): string {
  return mergeJanFeb && m === 2 ? '1-2月' : `${m}月`;
}

/** Letters of the first and last figure column for a layout. */
export function figureColumns(mergeJanFeb: boolean): { first: string; last: string } {
  const n = periodMonths(mergeJanFeb).length;
  return { first: columnLetter(FIRST_FIGURE_COL), last: columnLetter(FIRST_FIGURE_COL + n - 1) };
}

/** Words of the settings columns. */
export const FREQUENCY_WORDS = { monthly: '月度', quarterly: '季度', yearly: '年度' } as const;
export const YES_WORD = '是';
export const NO_WORD = '否';
export const MILESTONE_WORDS = ['未启动', '推进中', '已完成'] as const;

/** Names of the 规则 cells (ASCII: HyperFormula, the test engine, refuses other names). */
export const RULE_NAMES = {
  month: 'TM_MONTH',
  year: 'TM_YEAR',
  preset: 'TM_PRESET',
  mode: 'TM_MODE',
  yellowPp: 'TM_YELLOW_PP',
  redPp: 'TM_RED_PP',
  yellowRel: 'TM_YELLOW_REL',
  redRel: 'TM_RED_REL',
  gapYellowPp: 'TM_GAP_YELLOW',
  gapRedPp: 'TM_GAP_RED',
  missed: 'TM_MISSED',
  tolerance: 'TM_TOLERANCE',
  slip: 'TM_SLIP',
  swing: 'TM_SWING',
  bound: 'TM_BOUND',
  remind: 'TM_REMIND',
  superviseBehind: 'TM_SUPERVISE_Y',
  superviseRed: 'TM_SUPERVISE_R',
  interview: 'TM_INTERVIEW',
} as const;

/** Sheet names in formulas are always quoted: Chinese names are not valid bare identifiers in
 *  every engine. */
export function sheetRef(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'!`;
}
