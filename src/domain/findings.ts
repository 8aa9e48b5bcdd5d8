/**
 * A finding: something in the workbook or in the figures that the clerk must look at, as data. A
 * code says what it is, the sheet and cell where it is, and the values it concerns. The words a
 * clerk reads are made from it in one place (describeFinding, src/app/messages.ts); the pane
 * filters and links findings by code and cell and never parses a message back.
 */

import type { CheckRule } from './reconcile/types';

export type FindingCode =
  /** A sheet the add-in reads has no header row with its key column in the first rows. */
  | 'header-missing'
  /** A sheet lacks a column the add-in needs. */
  | 'column-missing'
  /** A key (序号, 指标ID) appears twice; only the first row is read. */
  | 'duplicate-key'
  /** A cell holds a word outside its column's list (类型, 比较, 方案). */
  | 'not-a-word'
  /** A cell that must hold a number holds text. */
  | 'not-a-number'
  /** An indicator row without a target. */
  | 'empty-target'
  /** A figure cell of 月度填报 holds text ("约5亿"): never read as zero. */
  | 'figure-not-number'
  /** The reporting month cell is not 1..12. */
  | 'month-invalid'
  /** An amount typed as a percentage ("6.5%" where the row holds 亿元). */
  | 'figure-percent'
  /** A figure 1,000× off its target or the period before: a probable 万元/亿元 slip to correct
   *  (value: the engine's sentence). */
  | 'figure-unit-slip'
  /** An indicator ID typed into 比较对象 that Excel turned into a date ("1-1" → 1月1日). */
  | 'compare-date'
  /** A figures file (CSV or .xlsx): empty, a wrong header, a row of the wrong width, an empty
   *  cell, a bad period, a period of another year, a value that is not a number, a repeated row. */
  | 'file-empty'
  | 'file-header'
  | 'file-columns'
  | 'file-empty-cell'
  | 'file-bad-period'
  | 'file-wrong-year'
  | 'file-not-number'
  | 'file-out-of-range'
  | 'file-duplicate'
  /** A figure for an ID the workbook does not hold, or for a month it has no column for. */
  | 'figure-unknown-id'
  | 'figure-no-column'
  /** A figure differs from the one the workbook already holds (not written until decided). */
  | 'figure-conflict'
  /** A check (核对) of reported figures: `rule` says which (src/domain/reconcile/). */
  | 'check'
  /** A returned form (填报表) without a 指标ID column: it cannot be read by ID. */
  | 'form-no-id-column';

export type Severity = 'error' | 'warning' | 'info';

export interface Finding {
  code: FindingCode;
  severity: Severity;
  /** Sheet and A1 cell the finding is about, where there is one. */
  sheet?: string;
  cell?: string;
  /** The indicator or task concerned, and its name as the clerk knows it. */
  id?: string;
  name?: string;
  /** The column (header) or rule (label) concerned. */
  header?: string;
  /** What the cell holds, as text. */
  value?: string;
  /** The words the cell may hold. */
  allowed?: readonly string[];
  /** The period of a figure: "6" or "1-2" (months). */
  period?: string;
  /** What the add-in did about it ("已按宣城方案计算"), when it did something. */
  fallback?: string;
  /** A file the finding is in (a figures file) and its 1-based row. */
  file?: string;
  row?: number;
  /** The value it would replace (a conflict), or the figure of the month before (a check). */
  previous?: string;
  /** A check's rule (code 'check'). */
  rule?: CheckRule;
  /** The month concerned, 1..12 (a check: the period end). */
  month?: number;
  /** The lead unit (牵头单位) responsible for the figure. */
  owner?: string;
  /** What the figure should be or was expected near: a sum, the value meant by "6.5%". */
  expected?: string;
  /** A month's own figure (当月值) beside a cumulative one. */
  current?: string;
  /** How many times larger (or, below 1, smaller) than the reference a figure is. */
  factor?: number;
  /** The other source of a figure ("区统计局"), and whether it is the authoritative one. */
  source?: string;
  authoritative?: boolean;
}

/** "月度填报!F7" — how a finding's place is written and how the pane selects it. */
export function findingPlace(f: Pick<Finding, 'sheet' | 'cell'>): string | null {
  return f.sheet && f.cell ? `${f.sheet}!${f.cell}` : null;
}
