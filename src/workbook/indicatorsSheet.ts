/**
 * Plan of the 指标 sheet: one row per quantified indicator and one per qualitative (checkable
 * but figure-less) item, so issue 3 reads every target to follow from one table.
 */
import type { Indicator, Qualitative } from '../domain/model';
import { qualitativeKeys } from './keys';
import type { CellValue, ColumnPlan, SheetPlan } from './plan';
import { listPageLayout } from './pageLayouts';
import {
  CMP_WORDS,
  INDICATORS_SHEET,
  INDICATORS_TABLE,
  INDICATOR_HEADERS as H,
  STATUS_WORDS,
  TYPE_WORDS,
  YES,
} from './vocabulary';

const TEXT = '@';

/** Widths in Chinese characters (a column of n holds n; digits take about half). The sum (85,
 *  about 1001 pt) prints fitted to A4 landscape at about 74 %, so A4 is kept: the paper every
 *  office printer holds, and what the leaders are handed for every other list. */
export const INDICATOR_COLUMNS: ColumnPlan[] = [
  { header: H.id, width: 5, numberFormat: TEXT },
  { header: H.task, width: 5, numberFormat: TEXT, align: 'center' },
  { header: H.name, width: 16, numberFormat: TEXT, wrap: true },
  { header: H.kind, width: 3, numberFormat: TEXT, align: 'center' },
  { header: H.cmp, width: 3, numberFormat: TEXT, align: 'center' },
  { header: H.target, width: 4, kind: 'number', numberFormat: 'General', align: 'right' },
  { header: H.max, width: 3, kind: 'number', numberFormat: 'General', align: 'right' },
  { header: H.unit, width: 4, numberFormat: TEXT, align: 'center' },
  { header: H.livelihood, width: 5, numberFormat: TEXT, align: 'center' },
  { header: H.quote, width: 28, numberFormat: TEXT, wrap: true },
  { header: H.line, width: 4, kind: 'number', align: 'right' },
  // "新通知中已无此项" takes two lines rather than widening the printed page.
  { header: H.status, width: 5, numberFormat: TEXT, wrap: true },
];

export function indicatorRow(ind: Indicator, status: string = STATUS_WORDS.added): CellValue[] {
  return [
    ind.id,
    ind.task,
    ind.name,
    TYPE_WORDS[ind.kind],
    CMP_WORDS[ind.cmp],
    ind.target,
    ind.max,
    ind.unit === '' ? null : ind.unit,
    ind.livelihood ? YES : null,
    ind.quote,
    ind.line,
    status,
  ];
}

/** A qualitative item has no figure: 比较, 目标值, 上限 and 单位 stay empty. Its 民生实事 flag is
 *  the task's, which the model keeps on the task only. */
export function qualitativeRow(q: Qualitative, key: string, livelihood: boolean, status: string = STATUS_WORDS.added): CellValue[] {
  return [key, q.task, q.name, TYPE_WORDS[q.type], null, null, null, null, livelihood ? YES : null, q.quote, q.line, status];
}

export function indicatorsSheetPlan(
  indicators: Indicator[],
  qualitative: Qualitative[],
  /** 序号 of the tasks marked 民生实事, to flag their qualitative rows too. */
  livelihoodTasks: ReadonlySet<string> = new Set(),
): SheetPlan {
  const keys = qualitativeKeys(qualitative);
  return {
    name: INDICATORS_SHEET,
    table: { name: INDICATORS_TABLE, style: 'TableStyleLight9' },
    columns: INDICATOR_COLUMNS,
    rows: byLine(
      indicators.map((i) => ({ line: i.line, row: indicatorRow(i) })),
      qualitative.map((q, k) => ({ line: q.line, row: qualitativeRow(q, keys[k], q.task !== null && livelihoodTasks.has(q.task)) })),
    ),
    freezeRows: 1,
    freezeColumns: 1,
    pageLayout: listPageLayout('目标任务指标表'),
  };
}

/** Interleaves the two lists in document order so a task's qualitative items sit beside its
 *  indicators (each list is already in document order; ties keep indicators first). */
function byLine(a: { line: number; row: CellValue[] }[], b: { line: number; row: CellValue[] }[]): CellValue[][] {
  const out: CellValue[][] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i].line <= b[j].line)) out.push(a[i++].row);
    else out.push(b[j++].row);
  }
  return out;
}
