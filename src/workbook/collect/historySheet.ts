/**
 * 历史 (a hidden sheet): the snapshot of each closed month, one row per item: what the month's
 * table and bulletin said (the figure, completion, 序时进度, gap, status and reason) and the notes,
 * with the item as it stood then (name, target, unit, lead unit), so the month can be printed
 * again exactly as it was after the targets, figures or rules have changed. Rows are only added.
 */
import type { CellValue, SheetPlan } from '../plan';
import type { SheetContent } from '../sheetTable';
import { HISTORY_HEADERS as H, HISTORY_SHEET, HISTORY_TABLE } from './layout';
import { keepRecordColumns, readRecords, recordColumns, recordNumber, recordText } from './recordTable';

export interface HistoryRow {
  month: number;
  id: string;
  task: string;
  name: string;
  target: number | null;
  unit: string;
  owner: string;
  value: number | string | null;
  valueMonth: number;
  completion: number | null;
  timeProgress: number | null;
  gap: number | null;
  status: string;
  reason: string;
  note: string;
  explanation: string;
  closedAt: string;
  closedBy: string;
}

const KEYS = Object.keys(H) as (keyof typeof H)[];

export function readHistory(snap: SheetContent | undefined): HistoryRow[] {
  return readRecords(snap, H)
    .map(({ values: v }) => ({
      month: recordNumber(v.month) ?? 0,
      id: recordText(v.id),
      task: recordText(v.task),
      name: recordText(v.name),
      target: recordNumber(v.target),
      unit: recordText(v.unit),
      owner: recordText(v.owner),
      value: typeof v.value === 'number' ? v.value : recordText(v.value) === '' ? null : recordText(v.value),
      valueMonth: recordNumber(v.valueMonth) ?? 0,
      completion: recordNumber(v.completion),
      timeProgress: recordNumber(v.timeProgress),
      gap: recordNumber(v.gap),
      status: recordText(v.status),
      reason: recordText(v.reason),
      note: recordText(v.note),
      explanation: recordText(v.explanation),
      closedAt: recordText(v.closedAt),
      closedBy: recordText(v.closedBy),
    }))
    .filter((r) => r.id !== '' && r.month >= 1 && r.month <= 12);
}

/** The months that have been closed. */
export function closedMonths(rows: readonly HistoryRow[]): Set<number> {
  return new Set(rows.map((r) => r.month));
}

function row(r: HistoryRow): CellValue[] {
  const blank = (s: string) => (s === '' ? null : s);
  const v: Record<keyof typeof H, CellValue> = {
    ...r,
    task: blank(r.task),
    unit: blank(r.unit),
    owner: blank(r.owner),
    reason: blank(r.reason),
    note: blank(r.note),
    explanation: blank(r.explanation),
  };
  return KEYS.map((k) => v[k]);
}

export function historySheetPlan(existing: SheetContent | undefined, added: readonly HistoryRow[]): SheetPlan {
  const old = readRecords(existing, H);
  const plan: SheetPlan = {
    name: HISTORY_SHEET,
    table: { name: HISTORY_TABLE, style: 'TableStyleLight1' },
    columns: recordColumns(H, {
      month: { width: 3, kind: 'number', numberFormat: 'General' },
      target: { width: 5, kind: 'number', numberFormat: 'General' },
      value: { width: 5, kind: 'number', numberFormat: 'General' },
      valueMonth: { width: 3, kind: 'number', numberFormat: 'General' },
      completion: { width: 5, kind: 'number', numberFormat: '0.0%' },
      timeProgress: { width: 5, kind: 'number', numberFormat: '0.0%' },
      gap: { width: 5, kind: 'number', numberFormat: '0.0' },
      name: { width: 12 },
      reason: { width: 20 },
      note: { width: 16 },
      explanation: { width: 16 },
      closedAt: { width: 8 },
    }),
    rows: [...old.map((o) => KEYS.map((k) => o.values[k])), ...added.map(row)],
    freezeRows: 1,
    hidden: true,
  };
  return keepRecordColumns(plan, existing, [...old.map((o) => o.index), ...added.map(() => undefined)]);
}
