/**
 * Updating a sheet the clerk types into (月度填报, 规则) without rewriting it: only the cells the
 * add-in owns are written, and only where they differ from the plan; rows the sheet lacks are
 * appended to its table. The clerk's cells (figures, settings, notes, their own columns) are never
 * written, so a figure typed while the add-in works, or by a co-author of a shared workbook, is
 * never overwritten by the add-in's copy of it.
 *
 * When the sheet is not laid out as the plan (another version, a column the clerk moved in
 * between, the 1-2月 layout switched), there is no safe way to update it in place: the answer is
 * null and the caller writes the sheet whole (keeping the clerk's columns; keepClerkColumns.ts).
 */
import { cellAddress, parseCell } from './a1';
import { shiftFormulaRows } from './formulaShift';
import type { CellEdit, CellValue, SheetPlan, TableRows } from './plan';
import { cellOf, isFormula, sheetCells, type Cell } from './sheetCells';
import { cellText, type SheetContent } from './sheetTable';

export interface SheetUpdate {
  edits: CellEdit[];
  tableRows: TableRows[];
}

export interface OwnedCells {
  /** Header of the key column (指标ID, 规则). */
  key: string;
  /** Headers of the columns the add-in owns and keeps up to date in existing rows. */
  columns: readonly string[];
}

/** The value a cell of the plan puts in the sheet, as a read returns it. */
function shown(cell: Cell): CellValue {
  if (cell === null || typeof cell !== 'object') return cell;
  return 'text' in cell ? cell.text : null;
}

function same(a: CellValue | undefined, b: CellValue): boolean {
  if (typeof a === 'number' && typeof b === 'number') return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
  return cellText(a ?? null) === cellText(b);
}

export function sheetUpdate(plan: SheetPlan, existing: SheetContent, owned: OwnedCells): SheetUpdate | null {
  const cells = sheetCells(plan);
  const h = cells.headerRow;
  const headers = plan.columns.map((c) => c.header);
  const sheetHeaders = (existing.values[h] ?? []).map((v) => cellText(v));
  // The plan's columns first, in order: the clerk's own columns may only follow them.
  if (headers.some((header, c) => sheetHeaders[c] !== header)) return null;
  const keyCol = headers.indexOf(owned.key);
  if (keyCol < 0) return null;
  // An owned formula that differs (when formulas were read) means another version of the sheet.
  // Excel may give a sheet name back without the quotes the plan put around it.
  const formulaDiffers = (r: number, c: number, f: string) => existing.formulas !== undefined && unquoted(existing.formulas[r]?.[c] ?? '') !== unquoted(f);

  const edits: CellEdit[] = [];
  const edit = (r: number, c: number, value: CellValue) => edits.push({ sheet: plan.name, address: cellAddress(r, c), value });
  const differs = (r: number, c: number, want: CellValue) => !same(existing.values[r]?.[c], want);

  // Free cells (titles, the reporting month, the month row) are the add-in's.
  for (const free of cells.free) {
    const { row: r, col: c } = parseCell(free.address);
    if (isFormula(free.cell)) {
      if (formulaDiffers(r, c, free.cell.formula)) return null;
    } else if (differs(r, c, shown(free.cell))) edit(r, c, shown(free.cell));
  }

  const rowOf = new Map<string, number>();
  for (let r = h + 1; r < existing.values.length; r++) {
    const k = cellText(existing.values[r]?.[keyCol]);
    if (k !== '' && !rowOf.has(k)) rowOf.set(k, r);
  }
  const ownedCols = owned.columns.map((header) => headers.indexOf(header)).filter((c) => c >= 0);
  const appended: CellValue[][] = [];
  for (const [i, row] of plan.rows.entries()) {
    const r = rowOf.get(cellText(row[keyCol] ?? null));
    if (r === undefined) {
      // A row the sheet lacks goes below its table, whole (nobody has typed in it yet).
      appended.push(plan.columns.map((col, c) => (col.kind === 'formula' ? null : shown(cellOf(row[c] ?? null, col)))));
      continue;
    }
    for (const c of ownedCols) {
      const planned = i === 0 || !cells.fills.some((f) => c >= f.firstCol && c < f.firstCol + f.colCount) ? cells.rows[i][c] : { formula: cells.filledFormula(c, i) };
      if (isFormula(planned)) {
        if (formulaDiffers(r, c, shiftedTo(planned.formula, r - (h + 1 + i)))) return null;
      } else if (differs(r, c, shown(planned))) edit(r, c, shown(planned));
    }
  }
  // Rows cannot be appended where there is no table to grow, nor formula columns filled into them.
  if (appended.length > 0 && (!plan.table || plan.columns.some((c) => c.kind === 'formula'))) return null;
  return { edits, tableRows: appended.length > 0 ? [{ sheet: plan.name, table: plan.table!.name, rows: appended }] : [] };
}

/** 'sheet'!A1 → sheet!A1 where the name needs no quotes (letters, digits, CJK). */
function unquoted(formula: string): string {
  return formula.replace(/'([\p{L}\p{N}_.]+)'!/gu, '$1!');
}

/** A row's formula where the row actually is (the clerk may have sorted the sheet). */
function shiftedTo(formula: string, delta: number): string {
  return delta === 0 ? formula : shiftFormulaRows(formula, delta);
}
