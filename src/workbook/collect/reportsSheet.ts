/**
 * 报送明细: what each returned form brought, row by row: the figure, the month's own figure
 * (当月值), a milestone's state, and the unit's three notes (进展情况, 存在问题, 下步措施), with the
 * form it came from and when. Rows are only ever added: a form sent again adds its rows, and the
 * latest row of a month, indicator and unit is the one that counts.
 */
import type { CellValue, SheetPlan } from '../plan';
import type { SheetContent } from '../sheetTable';
import { REPORTS_HEADERS as H, REPORTS_SHEET, REPORTS_TABLE } from './layout';
import { keepRecordColumns, readRecords, recordColumns, recordNumber, recordText } from './recordTable';

export interface ReportRecord {
  month: number;
  id: string;
  name: string;
  /** The unit (or source) that reported it. */
  source: string;
  /** The cumulative figure as reported: a number, text as typed, or null. */
  total: number | string | null;
  current: number | null;
  /** A milestone's 推进状态 ('' for a figure). */
  status: string;
  progress: string;
  problems: string;
  measures: string;
  /** The form: a file name, a sheet, or "选中区域". */
  file: string;
  /** When it was merged: "2024-07-05 09:30". */
  received: string;
}

export function readReports(snap: SheetContent | undefined): ReportRecord[] {
  return readRecords(snap, H)
    .map(({ values: v }) => {
      const total = v.total;
      return {
        month: recordNumber(v.month) ?? 0,
        id: recordText(v.id),
        name: recordText(v.name),
        source: recordText(v.source),
        total: typeof total === 'number' ? total : recordText(total) === '' ? null : recordText(total),
        current: recordNumber(v.current),
        status: recordText(v.status),
        progress: recordText(v.progress),
        problems: recordText(v.problems),
        measures: recordText(v.measures),
        file: recordText(v.file),
        received: recordText(v.received),
      };
    })
    .filter((r) => r.id !== '' && r.month >= 1 && r.month <= 12);
}

export const reportKey = (r: Pick<ReportRecord, 'month' | 'id' | 'source'>) => `${r.month}\u0000${r.id}\u0000${r.source}`;

/** The latest record of each month, indicator and unit (rows are in the order they were added). */
export function latestReports(records: readonly ReportRecord[]): ReportRecord[] {
  const latest = new Map<string, ReportRecord>();
  for (const r of records) latest.set(reportKey(r), r);
  return [...latest.values()];
}

function row(r: ReportRecord): CellValue[] {
  const blank = (s: string) => (s === '' ? null : s);
  return [r.month, r.id, blank(r.name), blank(r.source), r.total, r.current, blank(r.status), blank(r.progress), blank(r.problems), blank(r.measures), blank(r.file), blank(r.received)];
}

/** The sheet with every existing row as it was and `added` after them. */
export function reportsSheetPlan(existing: SheetContent | undefined, added: readonly ReportRecord[]): SheetPlan {
  const old = readRecords(existing, H);
  const plan: SheetPlan = {
    name: REPORTS_SHEET,
    table: { name: REPORTS_TABLE, style: 'TableStyleLight1' },
    columns: recordColumns(H, {
      month: { width: 3, kind: 'number', numberFormat: 'General', align: 'center' },
      id: { width: 5 },
      name: { width: 12, wrap: true },
      source: { width: 8, wrap: true },
      total: { width: 6, kind: 'number', numberFormat: 'General', align: 'right' },
      current: { width: 6, kind: 'number', numberFormat: 'General', align: 'right' },
      status: { width: 4 },
      progress: { width: 16, wrap: true },
      problems: { width: 12, wrap: true },
      measures: { width: 12, wrap: true },
      file: { width: 10, wrap: true },
      received: { width: 8 },
    }),
    // Existing rows go back exactly as read (every add-in column), the new ones after them.
    rows: [...old.map((o) => (Object.keys(H) as (keyof typeof H)[]).map((k) => o.values[k])), ...added.map(row)],
    freezeRows: 1,
    freezeColumns: 3,
  };
  return keepRecordColumns(plan, existing, [...old.map((o) => o.index), ...added.map(() => undefined)]);
}
