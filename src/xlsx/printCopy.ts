/**
 * The copy of a saved workbook that LibreOffice prints to PDF: only the sheets handed to leaders,
 * laid out as Excel shows them. LibreOffice draws no Excel table style and, converting headless,
 * does not grow rows to their wrapped text; Excel does both by itself. So this copy writes the
 * header rows bold on a light fill with thin borders, and each row's height for its wrapped text
 * (constant text, and the text a formula shows, read from a recalculated copy). The workbook the
 * clerk gets is never changed: a written height would stop Excel growing the row later.
 */
import ExcelJS from 'exceljs';
import { parseRange } from '../workbook/a1';
import { openXlsxWorkbook } from './xlsxWorkbook';

/** Lines a text takes in a column `chars` Chinese characters wide: a CJK glyph is 1, any other
 *  character about 0.55 (11 pt font). */
export function wrappedLines(text: string, chars: number): number {
  const room = Math.max(1, chars);
  return text.split(/\r?\n/).reduce((n, part) => {
    let w = 0;
    for (const ch of part) w += ch.charCodeAt(0) <= 0xff ? 0.55 : 1;
    // A tenth of a character of slack: a column of n characters holds n, whatever the rounding
    // of its width in the file.
    return n + Math.max(1, Math.ceil(w / room - 0.1));
  }, 0);
}

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
  // The first printed sheet is the active one (a hidden sheet cannot be).
  const first = book.worksheets.findIndex((w) => printed.has(w.name));
  book.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: Math.max(0, first), visibility: 'visible' }];
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
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    let lines = 1;
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (!cell.alignment?.wrapText) return;
      const isFormula = typeof cell.formula === 'string' && cell.formula !== '';
      const text = isFormula ? shown?.(ws.name, r, c) : cell.value === null || cell.value === undefined ? undefined : String(cell.value);
      if (!text) return;
      lines = Math.max(lines, wrappedLines(text, charsOf(ws.getColumn(c).width ?? 8.43)));
    });
    if (lines > 1) row.height = lines * 14.5 + 2;
  });
}
