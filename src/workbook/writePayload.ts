/**
 * What a sheet plan turns into on the wire: blocks of rows, each written with one numberFormat
 * array, one values array and one formulas array per formula column, each block small enough for
 * one request. Both ports build their writes from this, so the in-memory port's sync and byte
 * counts are the Office.js adapter's.
 *
 * Text safety (a value a clerk or a notice wrote must never become a formula): in a "@" column
 * Excel keeps whatever is written as text, and the number format is written before the values;
 * in any other column a string is sent with Excel's quote prefix "'" (as if typed with a leading
 * apostrophe: stored as the same text, shown without the apostrophe).
 */
import { rangeAddress } from './a1';
import type { CellValue, SheetPlan } from './plan';

/** Excel on the web refuses a request over 5 MB; 4 MB leaves room for the rest of the batch
 *  (formats, table, layout) and for the JSON envelope. */
export const MAX_REQUEST_BYTES = 4 * 1024 * 1024;

export type WireValue = string | number | boolean;

export interface FormulaColumnWrite {
  /** A1 address of this column within the block. */
  address: string;
  formulas: WireValue[][];
}

export interface BlockWrite {
  /** A1 address of the block: all columns, rows [row, row + rowCount). */
  address: string;
  row: number;
  rowCount: number;
  numberFormat: string[][];
  /** null = leave the cell alone (a formula column's cell, written through `formulas`). */
  values: (WireValue | null)[][];
  formulaColumns: FormulaColumnWrite[];
  /** UTF-8 size of the JSON of the three arrays. */
  bytes: number;
}

export interface SheetWrite {
  sheet: string;
  /** In order; the header row is in the first. */
  blocks: BlockWrite[];
  /** Header + data rows. */
  tableAddress: string;
  headerRow: number;
  rowCount: number;
  colCount: number;
  bytes: number;
}

export const TEXT_FORMAT = '@';
const GENERAL = 'General';

export function isTextColumn(numberFormat: string | undefined): boolean {
  return numberFormat === TEXT_FORMAT;
}

/** The wire value of a string written into a cell that is not formatted as text. */
export function quotePrefixed(s: string): string {
  return `'${s}`;
}

/** One plan cell as sent: text stays text whatever the column. */
export function wireValue(v: CellValue, column: { numberFormat?: string; kind?: string }): WireValue {
  if (v === null) return '';
  if (isTextColumn(column.numberFormat)) return typeof v === 'string' ? v : String(v);
  if (typeof v !== 'string') return v;
  // In a formula column "=…" is a formula and a leading "'" already marks text (the merge
  // sends a clerk's constant text that way: it cannot be told from a formula otherwise).
  if (column.kind === 'formula' && (v.startsWith('=') || v.startsWith("'"))) return v;
  return v === '' ? '' : quotePrefixed(v);
}

export function sheetWrite(plan: SheetPlan, maxBytes: number = MAX_REQUEST_BYTES): SheetWrite {
  const headerRow = plan.headerRow ?? 0;
  const cols = plan.columns;
  const colCount = cols.length;
  const formulaCols = cols.map((c, i) => (c.kind === 'formula' ? i : -1)).filter((i) => i >= 0);
  const formats = cols.map((c) => c.numberFormat ?? GENERAL);
  const headerFormats = cols.map(() => TEXT_FORMAT);

  // Wire rows: header first (always text), then the data rows.
  const allRows: { values: (WireValue | null)[]; formulas: WireValue[]; formats: string[]; bytes: number }[] = [];
  const pushRow = (values: (WireValue | null)[], formulas: WireValue[], fmts: string[]) => {
    // As serialised: each row of each 2-D array plus its separating comma; formulas go one
    // column at a time, so each is a one-element row of its own. (+2 per array for its brackets.)
    let bytes = utf8Length(JSON.stringify(values)) + 1 + utf8Length(JSON.stringify(fmts)) + 1;
    for (const f of formulas) bytes += utf8Length(JSON.stringify([f])) + 1;
    allRows.push({ values, formulas, formats: fmts, bytes });
  };
  pushRow(cols.map((c) => c.header), [], headerFormats);
  for (const row of plan.rows) {
    const values = cols.map((c, i) => (c.kind === 'formula' ? null : wireValue(row[i] ?? null, c)));
    const formulas = formulaCols.map((i) => wireValue(row[i] ?? null, cols[i]));
    pushRow(values, formulas, formats);
  }

  const blocks: BlockWrite[] = [];
  let start = 0;
  while (start < allRows.length) {
    let end = start;
    const brackets = 2 * (2 + formulaCols.length);
    let bytes = brackets;
    while (end < allRows.length && (end === start || bytes + allRows[end].bytes <= maxBytes)) bytes += allRows[end++].bytes;
    const slice = allRows.slice(start, end);
    const row = headerRow + start;
    blocks.push({
      address: rangeAddress(row, 0, slice.length, colCount),
      row,
      rowCount: slice.length,
      numberFormat: slice.map((r) => r.formats),
      values: slice.map((r) => r.values),
      formulaColumns: formulaCols.map((c, j) => ({
        address: rangeAddress(start === 0 ? row + 1 : row, c, start === 0 ? slice.length - 1 : slice.length, 1),
        formulas: (start === 0 ? slice.slice(1) : slice).map((r) => [r.formulas[j]]),
      })).filter((f) => f.formulas.length > 0),
      bytes,
    });
    start = end;
  }
  const rowCount = allRows.length;
  return {
    sheet: plan.name,
    blocks,
    tableAddress: rangeAddress(headerRow, 0, rowCount, colCount),
    headerRow,
    rowCount,
    colCount,
    bytes: blocks.reduce((s, b) => s + b.bytes, 0),
  };
}

/** UTF-8 byte count without TextEncoder allocations (runs on 10,000-row plans). */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}
