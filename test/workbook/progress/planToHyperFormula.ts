/**
 * Loads WorkbookPlan sheets into HyperFormula (a real formula engine) the way the Office adapter
 * writes them: header at `headerRow`, rows below, free cells, names. Text cells get HyperFormula's
 * apostrophe so "5" or "=1+1" stay text, as the adapter's "@" format keeps them in Excel.
 */
import { HyperFormula } from 'hyperformula';
import { parseCell } from '../../../src/workbook/a1';
import type { CellValue, NamePlan, SheetPlan } from '../../../src/workbook/plan';

type Raw = string | number | boolean | null;

function asText(v: CellValue): Raw {
  if (typeof v === 'string') return `'${v}`;
  return v;
}

export function sheetGrid(plan: SheetPlan): Raw[][] {
  const grid: Raw[][] = [];
  const put = (r: number, c: number, v: Raw) => {
    while (grid.length <= r) grid.push([]);
    grid[r][c] = v;
  };
  const h = plan.headerRow ?? 0;
  plan.columns.forEach((col, c) => put(h, c, `'${col.header}`));
  plan.rows.forEach((row, i) =>
    row.forEach((v, c) => {
      const kind = plan.columns[c]?.kind ?? 'text';
      put(h + 1 + i, c, kind === 'formula' && typeof v === 'string' && v.startsWith('=') ? v : kind === 'text' ? asText(v) : v);
    }),
  );
  for (const cell of plan.cells ?? []) {
    const { row, col } = parseCell(cell.address);
    put(row, col, cell.formula ?? (typeof cell.value === 'string' ? asText(cell.value) : cell.value));
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
