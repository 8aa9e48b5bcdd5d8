/**
 * The Excel API level the add-in is written for. The manifest declares ExcelApi 1.9 as its
 * minimum (page layout and print titles need it; Excel 2021 and Microsoft 365 have it), so every
 * call in src/excel/ may use 1.9 members directly; anything newer must sit behind
 * `isExcelApiSupported('1.x')`.
 */
import { WorkbookError } from '../app/port';

export const MIN_EXCEL_API = '1.9';

export function isExcelApiSupported(version: string): boolean {
  return typeof Office !== 'undefined' && Office.context?.requirements?.isSetSupported('ExcelApi', version) === true;
}

/** Before any Excel.run: a clear message instead of a failure deep inside a write. */
export function requireMinimumExcelApi(): void {
  if (!isExcelApiSupported(MIN_EXCEL_API)) throw new WorkbookError({ code: 'api-too-old', required: MIN_EXCEL_API });
}
