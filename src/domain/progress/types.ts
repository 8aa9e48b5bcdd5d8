/**
 * What the monthly progress engine works on and what it answers (issue 3). Pure data.
 *
 * Every rule here has a twin Excel formula in src/workbook/progress/progressFormulas.ts; a test
 * (test/workbook/progress/formulaAgreement.test.ts) evaluates both and asserts they agree.
 */
import type { Cmp, IndicatorKind, QualitativeType } from '../model';

/** The six words a clerk sees in the 状态 column, in the order of a bulletin. */
export type ProgressStatus = '已完成' | '正常' | '预警' | '滞后' | '未填报' | '不适用';
export const STATUSES: readonly ProgressStatus[] = ['已完成', '正常', '预警', '滞后', '未填报', '不适用'];

export type Frequency = 'monthly' | 'quarterly' | 'yearly';
export type MilestoneStatus = '未启动' | '推进中' | '已完成';
export type ItemKind = IndicatorKind | QualitativeType;

/** One row to follow: an Indicator, or a Qualitative item with its workbook key. */
export interface ProgressItem {
  id: string;
  task: string | null;
  name: string;
  kind: ItemKind;
  /** null for qualitative items. */
  cmp: Cmp | null;
  target: number | null;
  max: number | null;
  unit: string;
}

/** What the clerk may change per row of 月度填报. */
export interface ItemSettings {
  frequency: Frequency;
  /** A decline or a ceiling: lower figures are better. For a growth target with a positive
   *  figure this turns "下降3%" into the signed target −3. */
  lowerIsBetter: boolean;
  /** Half-width of a 左右 band, in the target's unit (pp for rates); null = the rules' default. */
  tolerance: number | null;
  /** Planned cumulative share at the end of each quarter (fractions, e.g. [0.2,0.45,0.7,1]);
   *  null = even (months elapsed / 12). Between quarter ends the share is interpolated. */
  quarterPlan: [number, number, number, number] | null;
  /** Milestone: the month it should have started by (未启动 then = 预警). */
  plannedMonth: number | null;
  /** Milestone: the month it must be done by; null = December (or the task's 完成时限). */
  dueMonth: number | null;
  /** Relative target: the id of the indicator compared with, or a typed figure. */
  compareWith: string | number | null;
  milestoneStatus: MilestoneStatus | null;
  note: string;
}

/** How lagging is judged; every field is a named, clerk-editable cell of 规则. */
export interface ProgressRules {
  preset: RulePresetName;
  /** Amount targets: 'pp' grades the shortfall behind 序时进度 in percentage points; 'relative'
   *  grades it as a fraction of 序时进度 (三亚: within 50% yellow, beyond red). */
  completionMode: 'pp' | 'relative';
  /** Shortfall (pp) above which an amount target is 预警 / 滞后 ('pp' mode). */
  yellowPp: number;
  redPp: number;
  /** Relative shortfall (fraction) above which an amount target is 预警 / 滞后 ('relative'). */
  yellowRel: number;
  redRel: number;
  /** Growth/rate/relative targets: shortfall in pp above which 预警 / 滞后. */
  gapYellowPp: number;
  gapRedPp: number;
  /** N due months in a row without a figure → 滞后 (0 = off: missing stays 未填报). */
  missedMonthsRed: number;
  /** Default half-width of a 左右 band (pp or unit). */
  defaultTolerance: number;
  /** A figure this many times larger (or smaller) than the target or the previous period is
   *  flagged as a probable 万元/亿元 slip. */
  unitSlipRatio: number;
  /** January and February are reported together as 1-2月. */
  mergeJanFeb: boolean;
  /** Checks (核对): a growth rate moving more than this many points from the period before
   *  needs a reason; a completion rate above this fraction (3 = 300 %) is implausible. */
  swingPp: number;
  completionBound: number;
  /** Escalation (提醒 → 督办 → 约谈) from consecutive months behind: N months in a row 预警 or
   *  worse give a 提醒 (remindAfter) or a 督办 (superviseAfterBehind); N months in a row 滞后 give
   *  a 督办 (superviseAfterRed) or a 约谈 (interviewAfterRed). 0 = that step is off. */
  remindAfter: number;
  superviseAfterBehind: number;
  superviseAfterRed: number;
  interviewAfterRed: number;
}

export type RulePresetName = '宣城' | '银川' | '三亚' | '自定义';

/** A figure cell as read: a number, text the clerk typed (an error to show), or nothing. */
export type FigureCell = number | string | null;

/** Figures of one item by month: index 1..12 (index 0 unused). Cumulative values or
 *  cumulative growth rates, whichever the item is judged on. */
export type FigureRow = FigureCell[];

/** One item to judge with the clerk's settings and figures. */
export interface ProgressInput {
  item: ProgressItem;
  settings: ItemSettings;
  /** Index 1..12; missing entries are empty. */
  figures: FigureRow;
}

/** The judgement of one item for the reporting month, with the item's own fields. */
export interface ItemProgress extends Pick<ProgressItem, 'id' | 'task' | 'name' | 'kind' | 'cmp' | 'target' | 'unit'> {
  /** The figure of the period judged (null when missing or not a number). */
  actual: number | null;
  /** The period judged (1..12), 0 when nothing is due yet. */
  month: number;
  /** 序时进度 (planned share) for this item, a fraction; null when not applicable. */
  timeProgress: number | null;
  /** Amount targets: actual / target. */
  completion: number | null;
  /** Percentage points: completion − 序时进度 for amounts; actual − target for growth, rate,
   *  band and relative targets (never a ratio of two growth rates). */
  gap: number | null;
  /** Ceiling targets: ceiling − actual (in the unit; pp for rates). */
  margin: number | null;
  status: ProgressStatus;
  reason: string;
  /** The figure is probably in the wrong unit (万元 for 亿元, 1,000× off): a cell to correct,
   *  not a result (status 预警, no completion claimed). */
  unitSlip: boolean;
}

export interface ProgressReport {
  /** "YYYY-MM" or the month number as given. */
  month: number;
  /** months elapsed / 12 (1-2月 = 2/12). */
  timeProgress: number;
  items: ItemProgress[];
}
