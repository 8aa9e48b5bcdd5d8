/**
 * How the Office.js adapter cuts a sheet's cells (src/workbook/sheetCells.ts) into requests:
 * blocks of rows, each written with one numberFormat array and one values array per run of
 * columns, and one formulas array per formula column, each block small enough for one request
 * (Excel on the web refuses 5 MB). A fill-down column is written in its header and first data row
 * only, then filled down with one Range.autoFill per run of adjacent such columns: the 进度
 * sheet's ~7 KB of formulas per row would otherwise make the request grow with the rows.
 *
 * Text safety on the wire: in a "@" column Excel keeps whatever is written as text, and the number
 * format is written before the values; in any other column text is sent with Excel's quote prefix
 * "'" (as if typed with a leading apostrophe: stored as the same text, shown without it).
 */
import { rangeAddress } from '../workbook/a1';
import { TEXT_FORMAT, isFormula, type Cell, type SheetCells } from '../workbook/sheetCells';

/** Excel on the web refuses a request over 5 MB; 4 MB leaves room for the rest of the batch
 *  (formats, table, layout) and for the JSON envelope. */
export const MAX_REQUEST_BYTES = 4 * 1024 * 1024;

export type WireValue = string | number | boolean;

export interface FormulaColumnWrite {
  /** A1 address of this column within the block. */
  address: string;
  formulas: WireValue[][];
}

/** Values and number formats of a run of adjacent columns over some rows of a block. */
export interface CellsWrite {
  address: string;
  numberFormat: string[][];
  /** null = leave the cell alone (a formula column's cell, written through `formulas`). */
  values: (WireValue | null)[][];
}

/** A run of adjacent fillDown columns: its first data row is written (cells and formulas of the
 *  same block), then Range.autoFill(destination, 'FillDefault') copies it, formulas shifted and
 *  number format included, to every data row. */
export interface FillDownWrite {
  source: string;
  /** The same columns over every data row, the source row included. */
  destination: string;
}

export interface BlockWrite {
  /** A1 address of the block: all columns, rows [row, row + rowCount). */
  address: string;
  row: number;
  rowCount: number;
  /** In order, number format before values in each. One per run of columns: a sheet without
   *  fillDown columns has one, over the whole block; fillDown columns are written in their
   *  header and first data row only. */
  cells: CellsWrite[];
  formulaColumns: FormulaColumnWrite[];
  /** After the cells and formulas: the fills (in the block holding the first data row). */
  fills: FillDownWrite[];
  /** UTF-8 size of the JSON of the arrays (and of the fills' addresses). */
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

/** Office.js's Excel.AutoFillType.fillDefault: what the fill handle does. */
export const FILL_DEFAULT = 'FillDefault';

/** A cell as sent through range.values (formulas go through range.formulas): text stays text
 *  whatever the column's format; "" empties a cell. */
export function wireValue(cell: Cell, numberFormat: string): WireValue {
  if (cell === null) return '';
  if (typeof cell !== 'object') return cell;
  if ('formula' in cell) return cell.formula;
  return numberFormat === TEXT_FORMAT || cell.text === '' ? cell.text : `'${cell.text}`;
}

interface ColumnRun {
  start: number;
  count: number;
  fill: boolean;
}

interface WireRow {
  values: (WireValue | null)[];
  /** One per formula column (header row: none). */
  formulas: WireValue[];
  formats: string[];
  bytes: number;
}

export function requestBlocks(sheet: SheetCells, maxBytes: number = MAX_REQUEST_BYTES): SheetWrite {
  const { headerRow, colCount, dataRows } = sheet;
  // A column is a formula column when any of its cells is a formula (formulas go per column).
  const formulaCols: number[] = [];
  for (let c = 0; c < colCount; c++) if (sheet.rows.some((row) => isFormula(row[c]))) formulaCols.push(c);
  const fills = Array.from({ length: colCount }, () => false);
  for (const f of sheet.fills) for (let c = f.firstCol; c < f.firstCol + f.colCount; c++) fills[c] = true;
  const runs: ColumnRun[] = [];
  fills.forEach((fill, i) => {
    const last = runs[runs.length - 1];
    if (last && last.fill === fill) last.count++;
    else runs.push({ start: i, count: 1, fill });
  });
  const fillRuns = dataRows > 1 ? runs.filter((r) => r.fill) : [];
  // Wire row r (0 = header) is written in column c unless c is filled down and r is past the
  // first data row.
  const writes = (r: number, c: number) => r <= 1 || !fills[c];
  const runWrites = (r: number, run: ColumnRun) => r <= 1 || !run.fill;
  const formats = sheet.numberFormats;
  const headerFormats = formats.map(() => TEXT_FORMAT);
  const fillOf = (run: ColumnRun): FillDownWrite => ({
    source: rangeAddress(headerRow + 1, run.start, 1, run.count),
    destination: rangeAddress(headerRow + 1, run.start, dataRows, run.count),
  });

  const allRows: WireRow[] = [];
  const pushRow = (values: (WireValue | null)[], formulas: WireValue[], fmts: string[]) => {
    const r = allRows.length;
    // As serialised: each row of each 2-D array plus its separating comma; formulas go one
    // column at a time, so each is a one-element row of its own. (+2 per array for its brackets.)
    let bytes = 0;
    for (const run of runs) {
      if (!runWrites(r, run)) continue;
      const end = run.start + run.count;
      const whole = run.start === 0 && end === colCount;
      bytes += utf8Length(JSON.stringify(whole ? values : values.slice(run.start, end))) + 1;
      bytes += utf8Length(JSON.stringify(whole ? fmts : fmts.slice(run.start, end))) + 1;
    }
    formulas.forEach((f, j) => {
      if (writes(r, formulaCols[j])) bytes += utf8Length(JSON.stringify([f])) + 1;
    });
    if (r === 1) for (const run of fillRuns) bytes += fillBytes(fillOf(run));
    allRows.push({ values, formulas, formats: fmts, bytes });
  };
  const formulaCol = new Set(formulaCols);
  pushRow(sheet.header.map((h) => wireValue(h, TEXT_FORMAT)), [], headerFormats);
  for (const row of sheet.rows) {
    // A formula column's constant (a clerk's text kept by the merge) goes through `formulas` too.
    const values = row.map((cell, i) => (formulaCol.has(i) ? null : wireValue(cell, formats[i])));
    const formulas = formulaCols.map((i) => wireValue(row[i], formats[i]));
    pushRow(values, formulas, formats);
  }

  const blocks: BlockWrite[] = [];
  const brackets = 2 * (2 * runs.length + formulaCols.length);
  let start = 0;
  while (start < allRows.length) {
    let end = start;
    let bytes = brackets;
    while (end < allRows.length && (end === start || bytes + allRows[end].bytes <= maxBytes)) bytes += allRows[end++].bytes;
    const row = headerRow + start;
    // The rows [a, b) of this block a column (run) is written in.
    const span = (written: (r: number) => boolean): [number, number] => {
      let a = start;
      while (a < end && !written(a)) a++;
      let b = a;
      while (b < end && written(b)) b++;
      return [a, b];
    };
    const cells: CellsWrite[] = [];
    for (const run of runs) {
      const [a, b] = span((r) => runWrites(r, run));
      if (b <= a) continue;
      const slice = allRows.slice(a, b);
      const whole = run.start === 0 && run.count === colCount;
      const part = <T>(xs: T[]) => (whole ? xs : xs.slice(run.start, run.start + run.count));
      cells.push({
        address: rangeAddress(headerRow + a, run.start, b - a, run.count),
        numberFormat: slice.map((r) => part(r.formats)),
        values: slice.map((r) => part(r.values)),
      });
    }
    const formulaColumns: FormulaColumnWrite[] = [];
    formulaCols.forEach((c, j) => {
      const [a, b] = span((r) => r >= 1 && writes(r, c));
      if (b <= a) return;
      formulaColumns.push({
        address: rangeAddress(headerRow + a, c, b - a, 1),
        formulas: allRows.slice(a, b).map((r) => [r.formulas[j]]),
      });
    });
    blocks.push({
      address: rangeAddress(row, 0, end - start, colCount),
      row,
      rowCount: end - start,
      cells,
      formulaColumns,
      fills: start <= 1 && end > 1 ? fillRuns.map(fillOf) : [],
      bytes,
    });
    start = end;
  }
  const rowCount = allRows.length;
  return {
    sheet: sheet.name,
    blocks,
    tableAddress: rangeAddress(headerRow, 0, rowCount, colCount),
    headerRow,
    rowCount,
    colCount,
    bytes: blocks.reduce((s, b) => s + b.bytes, 0),
  };
}

/** What a fill costs on the wire: its two addresses and the fill type. */
function fillBytes(f: FillDownWrite): number {
  return utf8Length(JSON.stringify([f.source, f.destination, FILL_DEFAULT])) + 1;
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
