/**
 * The one host-neutral step between a plan and a host: which cell holds what. Every store
 * (Office.js, an .xlsx file, the test double) applies a SheetPlan through this, so they agree on
 * addresses, the header row, what is text and what is a formula, and which formula columns are
 * filled down; each adapter then only makes its own host's calls (and Office.js cuts them into
 * requests, src/excel/requestBlocks.ts).
 *
 * Text safety: a string from a document or a clerk is `{ text }`, whatever it starts with; only
 * a formula column's "=…" is a `{ formula }`. A host writes `{ text }` so that it stays text ("@"
 * number format, Excel's quote prefix, or a string cell in a file).
 */
import { rangeAddress, columnLetter, parseRange } from './a1';
import { rowShifter } from './formulaShift';
import type { CellValue, ColumnPlan, RangeFormatPlan, RowHeightPlan, SheetPlan } from './plan';

export type Cell = null | number | boolean | { text: string } | { formula: string };

export const TEXT_FORMAT = '@';
export const GENERAL_FORMAT = 'General';

export function isText(cell: Cell): cell is { text: string } {
  return cell !== null && typeof cell === 'object' && 'text' in cell;
}

export function isFormula(cell: Cell): cell is { formula: string } {
  return cell !== null && typeof cell === 'object' && 'formula' in cell;
}

/** A run of adjacent fill-down columns: the first data row is written, then filled down. */
export interface FillRun {
  firstCol: number;
  colCount: number;
  /** The first data row of these columns. */
  source: string;
  /** The same columns over every data row, the source row included. */
  destination: string;
}

export interface FreeCell {
  address: string;
  cell: Cell;
  numberFormat?: string;
  bold?: boolean;
}

export interface SheetCells {
  name: string;
  /** 0-based sheet row of the header; data rows follow it. */
  headerRow: number;
  dataRows: number;
  colCount: number;
  /** Header and data rows, e.g. "A3:AK265" (the table's range). */
  tableAddress: string;
  /** Number format of each column's data cells (the header is always text). */
  numberFormats: string[];
  header: Cell[];
  /** dataRows × colCount. A fill-down column holds its formula in the first row only. */
  rows: Cell[][];
  fills: FillRun[];
  /** Cells outside the table (titles, settings), after the table is written. */
  free: FreeCell[];
  /** Formats of blocks of cells, in order, after the columns' widths, wrap and alignment. */
  formats: RangeFormatPlan[];
  /** Merged blocks, none overlapping another. */
  merges: string[];
  /** Rows of a fixed height, by row. */
  rowHeights: RowHeightPlan[];
  /** A protected sheet's unlocked ranges (the inputs); null: the sheet is not protected. */
  unlocked: string[] | null;
  /** The sheet's tab is hidden. */
  hidden: boolean;
  /** The formula of fill-down column `col` in data row `row` (0-based), as the fill leaves it. */
  filledFormula(col: number, row: number): string;
}

/** One plan value in a column, as a cell. */
export function cellOf(v: CellValue, column: Pick<ColumnPlan, 'kind' | 'numberFormat'>): Cell {
  if (v === null) return null;
  if (column.numberFormat === TEXT_FORMAT) return v === '' ? null : { text: typeof v === 'string' ? v : String(v) };
  if (typeof v !== 'string') return v;
  if (v === '') return null;
  if (column.kind === 'formula') {
    if (v.startsWith('=')) return { formula: v };
    // The merge sends a clerk's constant text in a formula column with Excel's quote prefix:
    // it cannot be told from a formula otherwise.
    if (v.startsWith("'")) return { text: v.slice(1) };
  }
  return { text: v };
}

/** A free cell's value or formula. */
export function freeCellOf(free: NonNullable<SheetPlan['cells']>[number]): Cell {
  if (free.formula) return { formula: free.formula };
  const v = free.value;
  if (v === null || v === '') return null;
  if (typeof v !== 'string') return free.numberFormat === TEXT_FORMAT ? { text: String(v) } : v;
  return { text: v };
}

export function sheetCells(plan: SheetPlan): SheetCells {
  const headerRow = plan.headerRow ?? 0;
  const cols = plan.columns;
  const colCount = cols.length;
  const dataRows = plan.rows.length;
  const fill = cols.map((c) => c.kind === 'formula' && c.fillDown === true);
  const rows: Cell[][] = plan.rows.map((row, r) => cols.map((c, i) => (r > 0 && fill[i] ? null : cellOf(row[i] ?? null, c))));

  const fills: FillRun[] = [];
  if (dataRows > 1) {
    for (let i = 0; i < colCount; i++) {
      if (!fill[i]) continue;
      const last = fills[fills.length - 1];
      if (last && last.firstCol + last.colCount === i) last.colCount++;
      else fills.push({ firstCol: i, colCount: 1, source: '', destination: '' });
    }
    for (const f of fills) {
      f.source = rangeAddress(headerRow + 1, f.firstCol, 1, f.colCount);
      f.destination = rangeAddress(headerRow + 1, f.firstCol, dataRows, f.colCount);
    }
  }

  const shifters = new Map<number, (delta: number) => string>();
  const filledFormula = (col: number, row: number): string => {
    const first = rows[0]?.[col];
    if (!isFormula(first)) return '';
    if (row === 0) return first.formula;
    let shift = shifters.get(col);
    if (!shift) shifters.set(col, (shift = rowShifter(first.formula)));
    return shift(row);
  };

  return {
    name: plan.name,
    headerRow,
    dataRows,
    colCount,
    tableAddress: rangeAddress(headerRow, 0, dataRows + 1, colCount),
    numberFormats: cols.map((c) => c.numberFormat ?? GENERAL_FORMAT),
    header: cols.map((c) => ({ text: c.header })),
    rows,
    fills,
    free: (plan.cells ?? []).map((f) => ({ address: f.address, cell: freeCellOf(f), numberFormat: f.numberFormat, bold: f.bold })),
    formats: plan.formats ?? [],
    merges: checkedMerges(plan),
    rowHeights: [...(plan.rowHeights ?? [])].sort((a, b) => a.row - b.row),
    unlocked: plan.protection ? [...plan.protection.unlocked] : null,
    hidden: plan.hidden === true,
    filledFormula,
  };
}

/** Merged blocks may not overlap (Excel refuses to merge into a merged block): a plan that does
 *  is a bug of the add-in, caught here before any host is touched. */
function checkedMerges(plan: SheetPlan): string[] {
  const merges = plan.merges ?? [];
  const areas = merges.map((m) => parseRange(m));
  areas.forEach((a, i) => {
    for (let j = 0; j < i; j++) {
      const b = areas[j];
      if (a.row < b.row + b.rowCount && b.row < a.row + a.rowCount && a.col < b.col + b.colCount && b.col < a.col + a.colCount) {
        throw new Error(`${plan.name}: merged blocks ${merges[j]} and ${merges[i]} overlap`);
      }
    }
  });
  return merges;
}

/** "A:A" for column i: widths and wrap go on whole columns, so rows typed later get them too. */
export function wholeColumn(i: number): string {
  const l = columnLetter(i);
  return `${l}:${l}`;
}
