/**
 * What a leader holds: a PDF LibreOffice printed, read back page by page with poppler-utils
 * (pdfinfo, pdftotext), and the text each printed cell of a sheet should show, to check that
 * nothing is cut off (a row too short for its wrapped text, a number wider than its column).
 */
import { execFileSync } from 'node:child_process';
import ExcelJS from 'exceljs';

export interface PdfPage {
  width: number;
  height: number;
  /** The page's text in drawing order (pdftotext -raw): a cell's wrapped lines follow each other. */
  text: string;
}

export function pdfPages(pdf: string): PdfPage[] {
  const info = execFileSync('pdfinfo', ['-f', '1', '-l', '9999', pdf], { encoding: 'utf8' });
  const sizes = [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/g)].map((m) => ({ width: Number(m[1]), height: Number(m[2]) }));
  return sizes.map((size, i) => ({
    ...size,
    text: execFileSync('pdftotext', ['-raw', '-f', String(i + 1), '-l', String(i + 1), pdf, '-'], { encoding: 'utf8' }),
  }));
}

/** Text without any white space: how a cell's text is compared with a page's, whatever the line
 *  breaks of its wrapping. */
export const squeeze = (s: string) => s.replace(/\s+/g, '');

/** What a cell shows: text as it is, a number in the formats the print sheets use. */
export function shownText(value: ExcelJS.CellValue, format: string | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'number') return String(value);
  const f = format ?? 'General';
  if (f === '0.0%') return `${(value * 100).toFixed(1)}%`;
  if (f === '+0.0;-0.0;0.0') return value > 0 ? `+${value.toFixed(1)}` : value < 0 ? value.toFixed(1) : '0.0';
  if (f === '0.0') return value.toFixed(1);
  return String(value);
}

/** The text of every non-empty cell of a sheet (a merged block once), with its address. */
export async function sheetTexts(xlsx: Uint8Array, sheet: string): Promise<{ address: string; text: string }[]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(xlsx as unknown as ArrayBuffer);
  const ws = book.getWorksheet(sheet);
  if (!ws) throw new Error(`no sheet ${sheet}`);
  const out: { address: string; text: string }[] = [];
  ws.eachRow({ includeEmpty: false }, (row) =>
    row.eachCell({ includeEmpty: false }, (cell) => {
      if (cell.isMerged && cell.master !== cell) return;
      const text = shownText(cell.value, cell.numFmt);
      if (text.trim() !== '') out.push({ address: cell.address, text });
    }),
  );
  return out;
}

/** Cells whose text appears whole on no page. */
export function cutOff(cells: { address: string; text: string }[], pages: PdfPage[]): string[] {
  const squeezed = pages.map((p) => squeeze(p.text));
  return cells.filter((c) => !squeezed.some((p) => p.includes(squeeze(c.text)))).map((c) => `${c.address}: ${c.text}`);
}
