/**
 * The checks (核对) a clerk makes on reported figures before anyone sees a table: what they read,
 * what they answer. Pure data. Each rule lives in rules/<rule>.ts and answers Findings with the
 * stable rule code (the `rule` of `cli check`), the indicator, the period, a severity and the
 * cell or file row concerned; the clerk's words are made by describeFinding (src/app/messages.ts).
 *
 * Errors (错误) must be corrected. Warnings (警告) may stand with a written explanation.
 */
import type { Finding } from '../findings';
import type { ItemSettings, ProgressItem } from '../progress/types';

/** The stable codes of the checks, in the order the issue lists them. */
export const CHECK_RULES = ['missing', 'falling', 'sum', 'unit', 'swing', 'bound', 'future', 'text', 'percent', 'duplicate', 'source'] as const;
export type CheckRule = (typeof CHECK_RULES)[number];

/** Where a figure was read: a cell of a sheet, or a row of a file. */
export interface FigurePlace {
  sheet?: string;
  cell?: string;
  file?: string;
  row?: number;
}

/** One figure as reported, before it is trusted. */
export interface ReportedFigure {
  id: string;
  /** 1..12: the figure is the cumulative value (or cumulative growth) up to the end of this month. */
  month: number;
  /** As typed: a number, or text ("约5亿", "6.5%"). */
  raw: number | string;
  /** 当月值 (the month alone), where the form or file gives it: the sum check uses it. */
  current?: number | null;
  /** Who reported it ("区统计局", a lead unit); '' for the workbook's own 月度填报. */
  source: string;
  place: FigurePlace;
}

/** An indicator or item to check, with its settings and its lead unit (牵头单位). */
export interface CheckItem {
  item: ProgressItem;
  settings: ItemSettings;
  /** 牵头单位 ('' when none is known). */
  owner: string;
  /** Where each month's figure belongs (the cell of 月度填报), when the figures are in a sheet:
   *  a missing figure is shown at its empty cell. */
  places?: ReadonlyMap<number, FigurePlace>;
}

/** Thresholds a clerk can edit in 规则. */
export interface CheckRules {
  /** A growth rate moving more than this many points from the month before asks for a reason. */
  swingPp: number;
  /** A completion rate above this (a fraction: 3 = 300 %) is implausible. */
  completionBound: number;
  /** A figure this many times the target or last month is certainly in the wrong unit (an
   *  error); a factor of 10 or more is a probable slip (a warning). The 规则 row of the progress
   *  sheets (与目标或上期相差X倍以上). */
  unitSlipRatio: number;
  /** January and February are reported together as 1-2月 (the first period is February). */
  mergeJanFeb: boolean;
}

export const DEFAULT_CHECK_RULES: CheckRules = { swingPp: 30, completionBound: 3, unitSlipRatio: 1000, mergeJanFeb: true };

export interface CheckInput {
  items: readonly CheckItem[];
  /** The figures in force (the workbook's 月度填报, or the rows of a figures file), duplicates and
   *  text included: the checks are there to find them. */
  figures: readonly ReportedFigure[];
  /** Figures another source reported for the same indicators (a second unit, the statistics
   *  bureau): compared, never used. */
  otherSources?: readonly ReportedFigure[];
  /** Indicator ID → the source whose figure is authoritative (chosen per indicator). */
  authority?: ReadonlyMap<string, string>;
  /** The reporting month 1..12 (with 1-2月 merged, 1 reads as 2). */
  month: number;
  rules: CheckRules;
}

/** A check finding: a Finding with code 'check', its rule and the month concerned. */
export type CheckFinding = Finding & { code: 'check'; rule: CheckRule; id: string; month: number };

/** A finding of `rule` about a figure or an item. */
export function checkFinding(
  rule: CheckRule,
  severity: 'error' | 'warning',
  subject: { item: ProgressItem; owner: string } | { id: string; name?: string; owner?: string },
  month: number,
  mergeJanFeb: boolean,
  rest: Omit<Partial<Finding>, 'code' | 'rule' | 'severity' | 'id' | 'month'> = {},
): CheckFinding {
  const id = 'item' in subject ? subject.item.id : subject.id;
  const name = 'item' in subject ? subject.item.name : subject.name;
  const owner = 'item' in subject ? subject.owner : subject.owner;
  return {
    ...rest,
    code: 'check',
    rule,
    severity,
    id,
    ...(name ? { name } : {}),
    ...(owner ? { owner } : {}),
    month,
    period: rest.period ?? (mergeJanFeb && month === 2 ? '1-2' : String(month)),
  };
}
