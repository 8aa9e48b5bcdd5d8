/**
 * A worksheet of an .xlsx as the port's snapshot: the used range's values from A1 (numbers as
 * numbers, text as text, a formula's cached result or null where the file has none) and, when
 * asked, the formulas ("=…"; a constant's own text elsewhere), as Office.js reports them.
 */
import type ExcelJS from 'exceljs';
import type { SheetSnapshot } from '../app/port';
import type { CellValue } from '../workbook/plan';

/** Excel's serial day number of a date (1900 system: day 0 is 1899-12-30). */
function serial(d: Date): number {
  return (d.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000;
}

function scalar(v: unknown): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  if (v instanceof Date) return serial(v);
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (Array.isArray(o.richText)) return (o.richText as { text: string }[]).map((t) => t.text).join('');
    if (typeof o.error === 'string') return o.error;
    if ('formula' in o || 'sharedFormula' in o) return scalar(o.result);
    if (typeof o.text === 'string') return o.text;
  }
  return null;
}

/** The cell's formula with "=", or undefined for a constant. */
function formulaOf(cell: ExcelJS.Cell): string | undefined {
  const f = cell.formula as string | undefined;
  return typeof f === 'string' && f !== '' ? `=${f}` : undefined;
}

export function readSheet(ws: ExcelJS.Worksheet, withFormulas: boolean, withFormats = false): SheetSnapshot {
  const cells: { r: number; c: number; value: CellValue; formula?: string; format: string }[] = [];
  let rows = 0;
  let cols = 0;
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      // A merged block's other cells report the top-left cell's value in exceljs; Excel's are empty.
      if (cell.isMerged && cell.master !== cell) return;
      const formula = formulaOf(cell);
      const value = scalar(cell.value);
      if (formula === undefined && (value === null || value === '')) return;
      cells.push({ r: r - 1, c: c - 1, value, formula, format: cell.numFmt || 'General' });
      rows = Math.max(rows, r);
      cols = Math.max(cols, c);
    });
  });
  const values: CellValue[][] = Array.from({ length: rows }, () => Array.from({ length: cols }, () => null));
  const formulas: string[][] | undefined = withFormulas ? Array.from({ length: rows }, () => Array.from({ length: cols }, () => '')) : undefined;
  const formats: string[][] | undefined = withFormats ? Array.from({ length: rows }, () => Array.from({ length: cols }, () => 'General')) : undefined;
  for (const x of cells) {
    values[x.r][x.c] = x.value;
    if (formulas) formulas[x.r][x.c] = x.formula ?? (x.value === null ? '' : String(x.value));
    if (formats) formats[x.r][x.c] = x.format;
  }
  return { name: ws.name, values, ...(formulas ? { formulas } : {}), ...(formats ? { numberFormats: formats } : {}) };
}
