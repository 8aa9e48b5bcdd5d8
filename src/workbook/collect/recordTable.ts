/**
 * The record tables of collecting and checking (报送明细, 报送情况, 核对, 历史, 修改记录): rows read
 * by header, and the sheet written back whole with the clerk's own columns kept beside the rows
 * they belong to. The add-in never drops a row of these: a plan built here carries every row the
 * caller passes, and callers pass every existing row (updated or as it was) plus the new ones.
 */
import { clerkColumns, columnLayout } from '../merge';
import type { CellValue, ColumnPlan, SheetPlan } from '../plan';
import { cellText, locateTable, type SheetContent } from '../sheetTable';

export interface RecordRow<K extends string> {
  /** The add-in's columns, by key. */
  values: Record<K, CellValue>;
  /** 0-based data row of the table (the order rows were read in). */
  index: number;
  /** 1-based worksheet row. */
  row: number;
}

/** The rows of a record sheet, by header (any column order; trailing blank rows dropped). The
 *  first header locates the table. */
export function readRecords<K extends string>(snap: SheetContent | undefined, headers: Record<K, string>): RecordRow<K>[] {
  const keys = Object.keys(headers) as K[];
  const table = snap ? locateTable(snap, headers[keys[0]]) : undefined;
  if (!table) return [];
  return table.rows
    .map((row, index) => {
      const values = {} as Record<K, CellValue>;
      for (const k of keys) {
        const c = table.column.get(headers[k]);
        values[k] = c === undefined ? null : (row[c] ?? null);
      }
      return { values, index, row: table.headerRow + 2 + index };
    })
    .filter((r) => keys.some((k) => cellText(r.values[k]) !== ''));
}

/** Text of a record cell. */
export const recordText = (v: CellValue | undefined): string => cellText(v);

/** A number in a record cell, or null. */
export function recordNumber(v: CellValue | undefined): number | null {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  const s = cellText(v);
  return s !== '' && /^[-+]?\d+(\.\d+)?$/.test(s) ? Number(s) : null;
}

/**
 * The plan of a record sheet with the clerk's columns of `existing` kept: `from[i]` is the
 * existing data row (RecordRow.index) that plan row i continues, undefined for a new row. A clerk
 * column's values follow their row.
 */
export function keepRecordColumns(plan: SheetPlan, existing: SheetContent | undefined, from: readonly (number | undefined)[]): SheetPlan {
  const table = existing ? locateTable(existing, plan.columns[0].header) : undefined;
  if (!table || !existing) return plan;
  const clerk = clerkColumns(table, existing, plan.columns.map((c) => c.header));
  if (clerk.length === 0) return plan;
  const layout = columnLayout(plan, table, clerk, true);
  return {
    ...plan,
    columns: layout.columns,
    rows: plan.rows.map((row, i) => {
      const j = from[i];
      return layout(row, clerk.map((c) => (j === undefined ? null : c.values[j])));
    }),
  };
}

/** Columns from headers with widths and kinds: text unless listed as numbers. */
export function recordColumns<K extends string>(
  headers: Record<K, string>,
  spec: Partial<Record<K, Partial<ColumnPlan>>>,
): ColumnPlan[] {
  return (Object.keys(headers) as K[]).map((k) => ({ header: headers[k], width: 6, numberFormat: '@', ...spec[k] }));
}
