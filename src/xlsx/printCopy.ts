/**
 * The copy of a saved workbook that LibreOffice prints to PDF: only the sheets handed to leaders,
 * laid out as Excel shows them. LibreOffice draws no Excel table style and, converting headless,
 * does not grow rows to their wrapped text; Excel does both by itself. So this copy writes the
 * header rows bold on a light fill with thin borders, and each row's height for its wrapped text
 * (constant text, and the text a formula shows, read from a recalculated copy; a merged cell's
 * text over the merged width, in its own font size). A row the plan gave a height keeps it. The
 * workbook the clerk gets is never changed: a written height would stop Excel growing the row
 * later.
 */
import ExcelJS from 'exceljs';
import { parseRange } from '../workbook/a1';
import { linesHeight, wrappedLines } from '../workbook/textLines';
import { openXlsxWorkbook } from './xlsxWorkbook';


/** Chinese characters a file column width holds (the inverse of fileColumnWidth). */
const charsOf = (fileWidth: number) => ((fileWidth * 7 + 5) * 0.75 - 3.75) / 11.25;

export interface PrintCopyOptions {
  /** The sheets to print, in the workbook's order; the others are hidden. */
  sheets: readonly string[];
  /** What a formula cell shows after recalculation (sheet, 1-based row and column). */
  shown?: (sheet: string, row: number, col: number) => string | undefined;
}

export async function printCopy(bytes: Uint8Array, options: PrintCopyOptions): Promise<Uint8Array> {
  const store = await openXlsxWorkbook(bytes, 'print');
  const book = store.book;
  const printed = new Set(options.sheets);
  for (const ws of book.worksheets) {
    if (!printed.has(ws.name)) {
      ws.state = 'hidden';
      continue;
    }
    emulateTables(ws);
    fitRows(ws, options.shown);
  }
  // The first printed sheet is the active one (a hidden sheet cannot be, and LibreOffice prints
  // the active sheet even when it is hidden).
  const first = book.worksheets.find((w) => printed.has(w.name));
  if (first) store.setActiveSheet(first.name);
  // LibreOffice prints a hidden sheet's print area as well: the hidden sheets have none.
  store.keepDefinedNames((n) => n.sheet === undefined || printed.has(n.sheet) || !n.name.startsWith('_xlnm.Print'));
  return store.save();
}

function emulateTables(ws: ExcelJS.Worksheet): void {
  const thin = { style: 'thin' as const, color: { argb: 'FFBFBFBF' } };
  for (const t of ws.getTables() as unknown as { table: { tableRef?: string; ref?: string } }[]) {
    const ref = t.table.tableRef ?? t.table.ref;
    if (!ref) continue;
    const at = parseRange(ref);
    for (let r = at.row; r < at.row + at.rowCount; r++) {
      for (let c = at.col; c < at.col + at.colCount; c++) {
        const cell = ws.getCell(r + 1, c + 1);
        cell.border = { top: thin, left: thin, bottom: thin, right: thin };
        if (r === at.row) {
          cell.font = { ...(cell.font ?? {}), bold: true };
          cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
        }
      }
    }
  }
}

function fitRows(ws: ExcelJS.Worksheet, shown: PrintCopyOptions['shown']): void {
  // Merged blocks by their top-left cell: the text wraps over the block's width.
  const merged = new Map<string, number>();
  for (const m of (ws.model.merges ?? []) as string[]) {
    const at = parseRange(m);
    let width = 0;
    for (let c = at.col; c < at.col + at.colCount; c++) width += charsOf(ws.getColumn(c + 1).width ?? 8.43) + 1 / 3;
    merged.set(`${at.row + 1}:${at.col + 1}`, width);
  }
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    // A height the workbook gives (a title, a merged note) was worked out for it: kept.
    if (row.height !== undefined && row.height !== null) return;
    let height = 0;
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (!cell.alignment?.wrapText || (cell.isMerged && cell.master !== cell)) return;
      const isFormula = typeof cell.formula === 'string' && cell.formula !== '';
      const text = isFormula ? shown?.(ws.name, r, c) : shownText(cell);
      if (!text) return;
      const size = cell.font?.size ?? 11;
      const chars = merged.get(`${r}:${c}`) ?? charsOf(ws.getColumn(c).width ?? 8.43);
      const lines = wrappedLines(text, chars, size);
      if (lines > 1 || size > 11) height = Math.max(height, linesHeight(lines, size));
    });
    if (height > 0) row.height = height;
  });
}

/** A constant cell's text about as Excel shows it: a number in its format's decimals (what
 *  matters is its length), text as it is. */
function shownText(cell: ExcelJS.Cell): string | undefined {
  const v = cell.value;
  if (v === null || v === undefined) return undefined;
  if (typeof v !== 'number') return String(v);
  const format = cell.numFmt ?? 'General';
  const decimals = /0\.(0+)/.exec(format)?.[1].length ?? 0;
  if (format.includes('%')) return `${(v * 100).toFixed(decimals)}%`;
  if (/0\.0/.test(format)) return v.toFixed(decimals);
  return String(v);
}
