/**
 * Finds a table's header row and columns in a SheetSnapshot by header words, so readers and the
 * merge work whatever order the clerk has dragged the columns into and whatever columns they added.
 */
import { cellAddress } from './a1';
import type { CellValue } from './plan';

/** What a sheet holds now, as read back from the workbook. The same shape as the port's
 *  SheetSnapshot (src/app/port.ts), declared here because workbook/ may not import app/. */
export interface SheetContent {
  name: string;
  /** Used-range values from A1 (row 0 = sheet row 1). */
  values: CellValue[][];
  /** Formulas of the same cells ("" or the value where there is none), when read. */
  formulas?: string[][];
}

export interface LocatedTable {
  /** 0-based row of the header in the snapshot. */
  headerRow: number;
  /** Header text of each column ("" for a column without one), by 0-based column. */
  headers: string[];
  /** Column of each non-empty header (the first one when a header repeats). */
  column: Map<string, number>;
  /** Data rows below the header (trailing empty rows dropped), as in the snapshot. */
  rows: CellValue[][];
}

/** How far down a clerk may have put titles above the table. */
const HEADER_SEARCH_ROWS = 10;

export function cellText(v: CellValue | undefined): string {
  if (v === null || v === undefined) return '';
  return String(v).trim();
}

export function isBlankRow(row: CellValue[]): boolean {
  return row.every((v) => cellText(v) === '');
}

/** The table whose header row contains `keyHeader`, or undefined when the sheet has none. */
export function locateTable(snapshot: SheetContent, keyHeader: string): LocatedTable | undefined {
  const limit = Math.min(snapshot.values.length, HEADER_SEARCH_ROWS);
  for (let r = 0; r < limit; r++) {
    const row = snapshot.values[r] ?? [];
    if (!row.some((v) => cellText(v) === keyHeader)) continue;
    const width = Math.max(...snapshot.values.map((x) => x.length), 0);
    const headers = Array.from({ length: width }, (_, c) => cellText(row[c]));
    const column = new Map<string, number>();
    headers.forEach((h, c) => {
      if (h !== '' && !column.has(h)) column.set(h, c);
    });
    const rows = snapshot.values.slice(r + 1).map((x) => Array.from({ length: width }, (_, c) => x[c] ?? null));
    while (rows.length > 0 && isBlankRow(rows[rows.length - 1])) rows.pop();
    return { headerRow: r, headers, column, rows };
  }
  return undefined;
}

/** "F7": the cell of data row i (0-based, below the header) and column c. */
export function cellAt(table: LocatedTable, i: number, c: number): string {
  return cellAddress(table.headerRow + 1 + i, c);
}
