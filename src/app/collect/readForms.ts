/**
 * Returned forms, from wherever they come: an .xlsx or .csv file the clerk picks, a sheet of this
 * workbook (a form moved in from the unit's workbook, or one the add-in wrote), or the selected
 * range (a form pasted in). Each is read by src/workbook/collect/readReturnedForm.ts.
 */
import { csvRows } from '../../domain/progress/figuresFile';
import { decodeText } from '../../sources/decodeText';
import { FORM_SHEET } from '../../workbook/collect/formSheet';
import { COLLECT_SHEETS } from '../../workbook/collect/layout';
import { readReturnedForm, type ReturnedForm } from '../../workbook/collect/readReturnedForm';
import { FIGURES_SHEET, PROGRESS_SHEET, RULES_SHEET } from '../../workbook/progress/layout';
import { INDICATORS_SHEET, TASKS_SHEET } from '../../workbook/vocabulary';
import type { LiveWorkbook, WorkbookStore } from '../port';
import { FilesLoadError, type LoadFileWorkbooks } from './fileWorkbooks';

/** The add-in's own sheets: never offered as a returned form. */
const OWN_SHEETS = new Set<string>([TASKS_SHEET, INDICATORS_SHEET, FIGURES_SHEET, RULES_SHEET, PROGRESS_SHEET, ...COLLECT_SHEETS]);

/** The sheets of the workbook that may hold a returned form. */
export async function formSheetsIn(store: WorkbookStore): Promise<string[]> {
  return (await store.listSheets()).filter((s) => !OWN_SHEETS.has(s));
}

export async function readFormSheet(store: WorkbookStore, sheet: string): Promise<ReturnedForm> {
  const [snap] = await store.readSheets([sheet]);
  return readReturnedForm(snap?.values ?? [], sheet);
}

export async function readFormSelection(host: Pick<LiveWorkbook, 'readSelection'>): Promise<ReturnedForm> {
  const range = await host.readSelection();
  const col = /^([A-Z]+)/.exec(range.address)?.[1] ?? 'A';
  let c = 0;
  for (const ch of col) c = c * 26 + ch.charCodeAt(0) - 64;
  return readReturnedForm(range.values, `选中的区域 ${range.sheet}!${range.address}`, range.firstRow, c - 1);
}

/** A picked file: .csv (UTF-8 or GBK) or .xlsx (its 填报表 sheet, else its first). */
export async function readFormFile(name: string, bytes: Uint8Array, loadFiles: LoadFileWorkbooks): Promise<ReturnedForm> {
  if (/\.csv$/i.test(name)) {
    // Each row at its own line, so a message names the line the clerk sees in the file.
    const grid: string[][] = [];
    for (const r of csvRows(decodeText(bytes, name).text)) grid[r.row - 1] = r.cells;
    return readReturnedForm(Array.from(grid, (r) => r ?? []), name);
  }
  let files;
  try {
    files = await loadFiles();
  } catch (e) {
    throw new FilesLoadError(e);
  }
  const store = await files.open(bytes, name);
  const sheets = await store.listSheets();
  const sheet = sheets.includes(FORM_SHEET) ? FORM_SHEET : sheets[0];
  const [snap] = sheet ? await store.readSheets([sheet]) : [];
  return readReturnedForm(snap?.values ?? [], name);
}
