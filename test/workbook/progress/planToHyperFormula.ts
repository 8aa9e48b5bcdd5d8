/**
 * Loads WorkbookPlan sheets into HyperFormula (a real formula engine) the way every host writes
 * them, through the host-neutral cells step (src/workbook/sheetCells.ts): header at `headerRow`,
 * rows below with fill-down columns filled as the fill handle fills them, free cells, names. Text
 * cells get HyperFormula's apostrophe so "5" or "=1+1" stay text, as the hosts keep them.
 */
import { HyperFormula } from 'hyperformula';
import { parseCell } from '../../../src/workbook/a1';
import type { CellValue, NamePlan, SheetPlan } from '../../../src/workbook/plan';
import { sheetCells, type Cell } from '../../../src/workbook/sheetCells';

type Raw = string | number | boolean | null;

function raw(c: Cell): Raw {
  if (c === null || typeof c !== 'object') return c;
  return 'formula' in c ? c.formula : `'${c.text}`;
}

export function sheetGrid(plan: SheetPlan): Raw[][] {
  const grid: Raw[][] = [];
  const put = (r: number, c: number, v: Raw) => {
    while (grid.length <= r) grid.push([]);
    grid[r][c] = v;
  };
  const cells = sheetCells(plan);
  const h = cells.headerRow;
  const filled = new Set(cells.fills.flatMap((f) => Array.from({ length: f.colCount }, (_, k) => f.firstCol + k)));
  cells.header.forEach((c, col) => put(h, col, raw(c)));
  cells.rows.forEach((row, i) => row.forEach((c, col) => put(h + 1 + i, col, i > 0 && filled.has(col) ? cells.filledFormula(col, i) : raw(c))));
  for (const free of cells.free) {
    const { row, col } = parseCell(free.address);
    put(row, col, raw(free.cell));
  }
  const width = Math.max(...grid.map((r) => r.length));
  return grid.map((r) => Array.from({ length: width }, (_, c) => (r[c] === undefined ? null : r[c])));
}

export function buildHyperFormula(sheets: SheetPlan[], names: NamePlan[] = []): HyperFormula {
  const hf = HyperFormula.buildEmpty({ licenseKey: 'gpl-v3', useArrayArithmetic: true });
  for (const s of sheets) hf.addSheet(s.name);
  // Names first, so formulas that use them parse against an existing name.
  for (const n of names) hf.addNamedExpression(n.name, n.formula);
  hf.suspendEvaluation();
  for (const s of sheets) hf.setSheetContent(hf.getSheetId(s.name)!, sheetGrid(s));
  hf.resumeEvaluation();
  return hf;
}

/** Values of a sheet as the port would read them (errors become their text, e.g. "#VALUE!"). */
export function sheetValues(hf: HyperFormula, name: string): CellValue[][] {
  return hf.getSheetValues(hf.getSheetId(name)!).map((row) =>
    row.map((v) => (v !== null && typeof v === 'object' ? `${(v as { value: string }).value}:${(v as { message?: string }).message ?? ''}` : (v as CellValue))),
  );
}
