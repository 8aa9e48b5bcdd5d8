/**
 * A figures file saved from Excel (.xlsx): the first sheet's rows as text, for the same checks as
 * a CSV (src/domain/progress/figuresFile.ts). Excel turns "2024-06" typed into a cell into a date:
 * such a date is read back as the period it was typed as.
 */
import ExcelJS from 'exceljs';
import { WorkbookError } from '../app/port';
import { hostReason } from '../app/workbookFailure';
import type { FileRow } from '../domain/progress/figuresFile';

function text(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return `${v.getUTCFullYear()}-${String(v.getUTCMonth() + 1).padStart(2, '0')}`;
  if (typeof v === 'object') {
    const o = v as unknown as Record<string, unknown>;
    if (Array.isArray(o.richText)) return (o.richText as { text: string }[]).map((t) => t.text).join('');
    if ('result' in o) return text(o.result as ExcelJS.CellValue);
    if (typeof o.text === 'string') return o.text;
    if (typeof o.error === 'string') return o.error;
    return '';
  }
  return String(v).trim();
}

export async function readFiguresWorkbook(bytes: Uint8Array, fileName: string): Promise<FileRow[]> {
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    throw new WorkbookError({ code: 'file-unreadable', file: fileName, reason: hostReason(error) });
  }
  const ws = book.worksheets[0];
  const rows: FileRow[] = [];
  ws?.eachRow({ includeEmpty: false }, (row, r) => {
    const cells: string[] = [];
    for (let c = 1; c <= row.cellCount; c++) cells.push(text(row.getCell(c).value));
    while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
    if (cells.length === 0 || cells[0].startsWith('#')) return;
    rows.push({ row: r, cells });
  });
  return rows;
}
