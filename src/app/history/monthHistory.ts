/**
 * The months of the year as they were and as they are: closing a month (its snapshot into the
 * hidden 历史 sheet), reading a closed month back (to print its table and bulletin again as they
 * were), an item's month-by-month trend, and the escalation due from consecutive months behind.
 * A closed month is read from its snapshot; an open one is judged from the figures now.
 */
import { compileProgress } from '../../domain/progress/compiled';
import { figureOf } from '../../domain/progress/figureCell';
import { judgedMonth, periodLabel, periodsUpTo, reportingMonth } from '../../domain/progress/months';
import type { ProgressStatus } from '../../domain/progress/types';
import { escalations, type Escalation } from '../../domain/history/escalation';
import { closedMonths, historySheetPlan, readHistory, type HistoryRow } from '../../workbook/collect/historySheet';
import { CHANGES_SHEET, CHECK_SHEET, HISTORY_SHEET } from '../../workbook/collect/layout';
import { readOwners } from '../../workbook/collect/owners';
import { explanations, readCheckSheet } from '../../workbook/collect/checkSheet';
import { INDICATORS_SHEET, TASKS_SHEET } from '../../workbook/vocabulary';
import type { SheetSnapshot, WorkbookStore } from '../port';
import { PROGRESS_INPUT_SHEETS, progressInputs, PROGRESS_INPUT_READ, defaultMonth } from '../progress/progressInputs';
import { CHECK_SHEETS, checkReportOf } from '../check/runCheck';

/** Every sheet the history needs, in one call. */
export const HISTORY_SHEETS: readonly string[] = [...new Set([...PROGRESS_INPUT_SHEETS, ...CHECK_SHEETS, HISTORY_SHEET, CHANGES_SHEET, CHECK_SHEET])];

/** One period of an item: its figure and judgement then. */
export interface TrendPoint {
  month: number;
  label: string;
  value: number | string | null;
  completion: number | null;
  timeProgress: number | null;
  gap: number | null;
  status: ProgressStatus | '';
  /** From the month's snapshot (closed) or judged from today's figures. */
  closed: boolean;
}

export interface ItemTrend {
  id: string;
  name: string;
  unit: string;
  target: number | null;
  kind: string;
  points: TrendPoint[];
}

export interface MonthsView {
  /** Months closed, in order. */
  closed: number[];
  mergeJanFeb: boolean;
  /** The items due an escalation at the month judged. */
  escalations: Escalation[];
  /** Every item, for the trend's choice. */
  items: { id: string; name: string }[];
}

const STATUS_WORDS: readonly string[] = ['已完成', '正常', '预警', '滞后', '未填报', '不适用'];
const asStatus = (s: string): ProgressStatus | '' => (STATUS_WORDS.includes(s) ? (s as ProgressStatus) : '');

/** Each item's status in each period up to `month`: the snapshot where the month is closed, else
 *  the judgement of today's figures. */
function statusesOf(snaps: readonly SheetSnapshot[], month: number) {
  const read = progressInputs([...snaps]);
  const merged = read.rules.mergeJanFeb;
  const m = reportingMonth(month, merged);
  const history = readHistory(snaps.find((s) => s.name === HISTORY_SHEET));
  const closed = closedMonths(history);
  const snapshot = new Map(history.map((h) => [`${h.month}|${h.id}`, h]));
  const engine = compileProgress(read.inputs, read.rules);
  const periods = periodsUpTo(m, merged);
  const judged = new Map(periods.filter((p) => !closed.has(p)).map((p) => [p, engine.judge(p)]));
  return { read, merged, m, closed, snapshot, judged, periods };
}

export function monthsViewOf(snaps: readonly SheetSnapshot[], month?: number): MonthsView {
  const by = new Map(snaps.map((s) => [s.name, s]));
  const read0 = progressInputs([...snaps]);
  const { read, merged, m, closed, snapshot, judged, periods } = statusesOf(snaps, month ?? defaultMonth(read0));
  const owners = readOwners(by.get(INDICATORS_SHEET), by.get(TASKS_SHEET));
  const series = read.inputs.map(({ item, settings }, i) => {
    const statuses = new Map<number, ProgressStatus>();
    for (const p of periods) {
      // Only the periods this item is judged in (a quarterly figure at quarter ends).
      if (item.kind !== 'milestone' && judgedMonth(p, settings.frequency) !== p) continue;
      const s = closed.has(p) ? asStatus(snapshot.get(`${p}|${item.id}`)?.status ?? '') : judged.get(p)!.statusOf(i);
      if (s !== '') statuses.set(p, s);
    }
    return { id: item.id, name: item.name, owner: owners.ownerOf(item.id, item.task), statuses };
  });
  return {
    closed: [...closed].sort((a, b) => a - b),
    mergeJanFeb: merged,
    escalations: escalations(series, periods.filter((p) => p <= m), read.rules),
    items: read.inputs.map(({ item }) => ({ id: item.id, name: item.name })),
  };
}

export async function loadMonthsView(store: WorkbookStore, month?: number): Promise<MonthsView> {
  return monthsViewOf(await store.readSheets(HISTORY_SHEETS, PROGRESS_INPUT_READ), month);
}

/** An item's figures and judgements month by month up to `month`. */
export function itemTrendOf(snaps: readonly SheetSnapshot[], id: string, month: number): ItemTrend | null {
  const { read, merged, closed, snapshot, judged, periods } = statusesOf(snaps, month);
  const i = read.inputs.findIndex((x) => x.item.id === id);
  if (i < 0) return null;
  const { item, settings, figures } = read.inputs[i];
  const points: TrendPoint[] = [];
  for (const p of periods) {
    if (item.kind !== 'milestone' && judgedMonth(p, settings.frequency) !== p) continue;
    const label = periodLabel(p, merged);
    const h = closed.has(p) ? snapshot.get(`${p}|${id}`) : undefined;
    if (h) {
      points.push({ month: p, label, value: h.value, completion: h.completion, timeProgress: h.timeProgress, gap: h.gap, status: asStatus(h.status), closed: true });
      continue;
    }
    const j = judged.get(p)!.item(i);
    points.push({ month: p, label, value: figureOf(figures[p]), completion: j.completion, timeProgress: j.timeProgress, gap: j.gap, status: j.status, closed: false });
  }
  return { id, name: item.name, unit: item.unit, target: item.target, kind: item.kind, points };
}

export async function loadItemTrend(store: WorkbookStore, id: string, month: number): Promise<ItemTrend | null> {
  return itemTrendOf(await store.readSheets(HISTORY_SHEETS, PROGRESS_INPUT_READ), id, month);
}

/** A closed month as it was (the rows of its snapshot), for printing its table again; null when the
 *  month has not been closed. */
export function monthSnapshotOf(snaps: readonly SheetSnapshot[], month: number): HistoryRow[] | null {
  const rows = readHistory(snaps.find((s) => s.name === HISTORY_SHEET)).filter((h) => h.month === month);
  return rows.length > 0 ? rows : null;
}

export async function loadMonthSnapshot(store: WorkbookStore, month: number): Promise<HistoryRow[] | null> {
  return monthSnapshotOf(await store.readSheets([HISTORY_SHEET]), month);
}

export interface CloseOptions {
  month: number;
  now: string;
  who: string;
  /** Close although check errors are open (the clerk has been told). */
  force?: boolean;
}

export type CloseOutcome =
  | { done: true; month: number; items: number }
  | { done: false; reason: 'closed'; month: number }
  | { done: false; reason: 'open-errors'; month: number; errors: number };

/** Closes a month: its snapshot (figures, statuses, notes, explanations) into 历史. A month closes
 *  once; later changes to its figures are logged in 修改记录. */
export async function closeMonth(store: WorkbookStore, options: CloseOptions, onProgress?: (m: string) => void): Promise<CloseOutcome> {
  const snaps = await store.readSheets(HISTORY_SHEETS, PROGRESS_INPUT_READ);
  const by = new Map(snaps.map((s) => [s.name, s]));
  const read = progressInputs([...snaps]);
  const merged = read.rules.mergeJanFeb;
  const m = reportingMonth(options.month, merged);
  const history = readHistory(by.get(HISTORY_SHEET));
  if (closedMonths(history).has(m)) return { done: false, reason: 'closed', month: m };
  // The errors of this month and before: a later month's figures (closing late) are not this
  // month's business.
  const errors = checkReportOf(snaps, m).findings.filter((f) => f.severity === 'error' && f.rule !== 'future' && f.month <= m).length;
  if (errors > 0 && !options.force) return { done: false, reason: 'open-errors', month: m, errors };
  const owners = readOwners(by.get(INDICATORS_SHEET), by.get(TASKS_SHEET));
  const explained = explanations(readCheckSheet(by.get(CHECK_SHEET)));
  const judgement = compileProgress(read.inputs, read.rules).judge(m);
  const rows: HistoryRow[] = read.inputs.map(({ item, settings, figures }, i) => {
    const j = judgement.item(i);
    const notes = [...explained].filter(([k]) => k.endsWith(`|${item.id}|${m}`)).map(([, t]) => t);
    return {
      month: m,
      id: item.id,
      task: item.task ?? '',
      name: item.name,
      target: item.target,
      unit: item.unit,
      owner: owners.ownerOf(item.id, item.task),
      value: item.kind === 'milestone' ? settings.milestoneStatus : j.month > 0 ? figureOf(figures[j.month]) : null,
      valueMonth: item.kind === 'milestone' ? 0 : j.month,
      completion: j.completion,
      timeProgress: j.timeProgress,
      gap: j.gap,
      status: j.status,
      reason: j.reason,
      note: settings.note,
      explanation: notes.join('；'),
      closedAt: options.now,
      closedBy: options.who,
    };
  });
  await store.apply({ sheets: [historySheetPlan(by.get(HISTORY_SHEET), rows)] }, onProgress);
  return { done: true, month: m, items: rows.length };
}
