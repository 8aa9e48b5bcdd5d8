/**
 * The workbook store over an .xlsx file (exceljs): the command line's host. Open an existing
 * workbook or start a new one, read sheets, apply plans with the same meaning as in Excel (see
 * writeSheet.ts), save. Like the Office.js adapter it writes sheet by sheet, so a failure says
 * which sheets were written; nothing reaches the file until `save`.
 *
 * Browser-safe (no Node API): the bytes come in and go out as Uint8Array.
 */
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import { writingSheetMessage } from '../app/messages';
import { WorkbookError, wantsFormulas, wantsNumberFormats, type ApplyReport, type ReadOptions, type SheetSnapshot, type WorkbookStore } from '../app/port';
import { hostReason } from '../app/workbookFailure';
import { parseCell, parseRange, rangeAddress } from '../workbook/a1';
import { SHEET_MARK_NAME, editedSheets, touchedSheets, type CellValue, type SheetPlan, type WorkbookPlan } from '../workbook/plan';
import { sheetCells } from '../workbook/sheetCells';
import { readDefinedNames, writeDefinedNames, type DefinedName } from './definedNames';
import { readSheet } from './readSheet';
import { readRowBreaks } from './rowBreaks';
import { bare, writeSheet } from './writeSheet';

export interface XlsxWorkbook extends WorkbookStore {
  /** The sheets in tab order. */
  sheetNames(): string[];
  /** The workbook names as they will be saved (print areas and titles included). */
  definedNames(): readonly DefinedName[];
  /** The exceljs model, for a rendering step that lays out a copy (never for use cases). */
  readonly book: ExcelJS.Workbook;
  /** The sheet the saved workbook opens on (and LibreOffice prints from). */
  setActiveSheet(name: string): void;
  /** Drops the names `keep` refuses (a print copy drops the print areas of hidden sheets). */
  keepDefinedNames(keep: (name: DefinedName) => boolean): void;
  save(): Promise<Uint8Array>;
}

const PRINT_AREA = '_xlnm.Print_Area';
const PRINT_TITLES = '_xlnm.Print_Titles';

/** A new, empty workbook. */
export function createXlsxWorkbook(): XlsxWorkbook {
  return wrap(new ExcelJS.Workbook(), []);
}

/** An existing workbook; a file that is not one gets a WorkbookError naming it. */
export async function openXlsxWorkbook(bytes: Uint8Array, fileName: string): Promise<XlsxWorkbook> {
  const book = new ExcelJS.Workbook();
  let names: DefinedName[];
  let breaks: Map<string, number[]>;
  try {
    const files = unzipSync(bytes);
    names = readDefinedNames(files);
    breaks = readRowBreaks(files);
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    throw new WorkbookError({ code: 'file-unreadable', file: fileName, reason: hostReason(error) });
  }
  for (const ws of book.worksheets) for (const id of breaks.get(ws.name) ?? []) ws.getRow(id).addPageBreak(0, 16384);
  // exceljs moves print areas into pageSetup (and rewrites them badly): the names hold them.
  for (const ws of book.worksheets) if (ws.pageSetup) delete ws.pageSetup.printArea;
  return wrap(book, names);
}

function wrap(book: ExcelJS.Workbook, initialNames: DefinedName[]): XlsxWorkbook {
  let names = initialNames;
  let active: string | undefined;
  // Formulas are saved without results: Excel computes them all on opening.
  book.calcProperties.fullCalcOnLoad = true;

  const worksheet = (name: string) => book.worksheets.find((w) => w.name === name);

  /** Replaces (or creates) a sheet: a sheet the plan gives is written whole, as in Excel. */
  function applySheet(plan: SheetPlan): void {
    const cells = sheetCells(plan);
    // A table of the plan's name on another sheet would make the name taken: drop it (its cells
    // stay, as table.convertToRange() leaves them).
    if (plan.table) {
      for (const ws of book.worksheets) {
        if (ws.name !== plan.name && ws.getTable(plan.table.name)) ws.removeTable(plan.table.name);
      }
    }
    const old = worksheet(plan.name);
    const ws = book.addWorksheet(old ? `__tm_${book.worksheets.length + 1}` : plan.name);
    if (old) {
      // The new sheet takes the old one's place among the tabs.
      tab(ws).orderNo = tab(old).orderNo;
      book.removeWorksheet(old.id);
      ws.name = plan.name;
    }
    writeSheet(ws, plan, cells);
    if (plan.activate) {
      tab(ws).orderNo = Math.min(...book.worksheets.map((w) => tab(w).orderNo)) - 1;
      active = plan.name;
    }
    // The sheet's print titles, area and mark, as local names.
    names = names.filter((n) => n.sheet !== plan.name || (n.name !== PRINT_AREA && n.name !== PRINT_TITLES && n.name !== SHEET_MARK_NAME));
    if (plan.mark !== undefined) names.push({ name: SHEET_MARK_NAME, formula: `"${plan.mark.replace(/"/g, '""')}"`, sheet: plan.name });
    const p = plan.pageLayout;
    const ref = `'${plan.name.replace(/'/g, "''")}'!`;
    const titles = [p?.printTitleColumns, p?.printTitleRows].filter((t): t is string => !!t).map((t) => `${ref}${t}`);
    if (titles.length > 0) names.push({ name: PRINT_TITLES, formula: titles.join(','), sheet: plan.name });
    if (p?.printArea) names.push({ name: PRINT_AREA, formula: `${ref}${p.printArea}`, sheet: plan.name });
  }

  const store: XlsxWorkbook = {
    book,

    async listSheets(): Promise<string[]> {
      return book.worksheets.map((w) => w.name);
    },

    async readSheets(wanted: readonly string[], options: ReadOptions = {}): Promise<SheetSnapshot[]> {
      const out: SheetSnapshot[] = [];
      for (const name of wanted) {
        const ws = worksheet(name);
        if (!ws) continue;
        const snap = readSheet(ws, wantsFormulas(options, name), wantsNumberFormats(options, name));
        if (options.marks) snap.mark = markOf(names, name);
        out.push(snap);
      }
      return out;
    },

    async apply(plan: WorkbookPlan, onProgress?: (message: string) => void): Promise<ApplyReport> {
      const written: string[] = [];
      let current: string | undefined;
      let rows = 0;
      try {
        // Names first, as in Excel: no formula is written before a name it uses exists.
        for (const n of plan.names ?? []) {
          names = names.filter((x) => !(x.name === n.name && x.sheet === undefined));
          names.push({ name: n.name, formula: bare(n.formula), comment: n.comment });
        }
        for (const sp of plan.sheets) {
          current = sp.name;
          onProgress?.(writingSheetMessage(sp.name, sp.rows.length));
          applySheet(sp);
          written.push(sp.name);
          rows += sp.rows.length;
          current = undefined;
        }
        if ((plan.edits?.length ?? 0) > 0 || (plan.tableRows?.length ?? 0) > 0) current = editedSheets(plan).join('、');
        for (const e of plan.edits ?? []) {
          const ws = worksheet(e.sheet);
          if (!ws) throw Object.assign(new Error(e.sheet), { code: 'ItemNotFound' });
          const at = parseCell(e.address);
          ws.getCell(at.row + 1, at.col + 1).value = e.value === '' ? null : e.value;
        }
        for (const t of plan.tableRows ?? []) appendTableRows(worksheet(t.sheet), t.table, t.rows);
      } catch (error) {
        const partial = current === undefined ? [] : current.split('、');
        const notStarted = touchedSheets(plan).filter((n) => !written.includes(n) && !partial.includes(n));
        throw new WorkbookError({ code: 'write-failed', written, partial: current, notStarted, reason: fileReason(error) });
      }
      return { sheetsWritten: written, rowsWritten: rows };
    },

    sheetNames: () => book.worksheets.map((w) => w.name),
    setActiveSheet: (name) => {
      active = name;
    },
    keepDefinedNames: (keep) => {
      names = names.filter(keep);
    },
    definedNames: () => names,

    async save(): Promise<Uint8Array> {
      const tabs = book.worksheets;
      const activeTab = Math.max(0, active ? tabs.findIndex((w) => w.name === active) : 0);
      book.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab, visibility: 'visible' }];
      // exceljs writes its own (lossy) names; the block is replaced by the adapter's.
      (book.definedNames as unknown as { model: unknown[] }).model = [];
      for (const ws of tabs) if (ws.pageSetup) ws.pageSetup.printTitlesRow = ws.pageSetup.printTitlesColumn = undefined;
      const raw = new Uint8Array(await book.xlsx.writeBuffer());
      return writeDefinedNames(raw, names);
    },
  };
  return store;
}

/** Rows below a table, the table grown over them (its range in the file: ref and autoFilter),
 *  each cell taking the format of the table's last row, as Excel gives a new table row. */
function appendTableRows(ws: ExcelJS.Worksheet | undefined, name: string, rows: CellValue[][]): void {
  const table = ws?.getTable(name) as unknown as { table: { tableRef?: string; ref?: string; autoFilterRef?: string } } | undefined;
  const ref = table?.table.tableRef ?? table?.table.ref;
  if (!ws || !table || !ref) throw Object.assign(new Error(name), { code: 'ItemNotFound' });
  const at = parseRange(ref);
  rows.forEach((row, k) =>
    row.forEach((v, c) => {
      const cell = ws.getCell(at.row + at.rowCount + k + 1, at.col + c + 1);
      const above = ws.getCell(at.row + at.rowCount, at.col + c + 1);
      cell.style = { ...above.style };
      cell.value = v === '' ? null : v;
    }),
  );
  const grown = rangeAddress(at.row, at.col, at.rowCount + rows.length, at.colCount);
  table.table.tableRef = grown;
  table.table.autoFilterRef = grown;
  // The last row's data validation comes with the new rows, as Excel extends it with the table.
  const validations = (ws as unknown as { dataValidations: { model: Record<string, unknown> } }).dataValidations.model;
  for (let c = at.col; c < at.col + at.colCount; c++) {
    const rule = validationAt(validations, at.row + at.rowCount - 1, c);
    if (rule) for (let k = 0; k < rows.length; k++) validations[rangeAddress(at.row + at.rowCount + k, c, 1, 1)] = rule;
  }
}

/** The validation of a cell: keyed by the cell itself (a file read back) or by a range holding it. */
function validationAt(model: Record<string, unknown>, row: number, col: number): unknown {
  const own = model[rangeAddress(row, col, 1, 1)];
  if (own) return own;
  for (const [address, rule] of Object.entries(model)) {
    if (!rule || !/^[A-Z]+\d+(:[A-Z]+\d+)?$/.test(address)) continue;
    const r = parseRange(address);
    if (row >= r.row && row < r.row + r.rowCount && col >= r.col && col < r.col + r.colCount) return rule;
  }
  return undefined;
}

/** The text of a sheet's mark name ("\"进展情况表\"" → 进展情况表), null without one. */
function markOf(names: readonly DefinedName[], sheet: string): string | null {
  const n = names.find((x) => x.sheet === sheet && x.name === SHEET_MARK_NAME);
  const m = n ? /^"((?:[^"]|"")*)"$/.exec(n.formula.trim()) : null;
  return m ? m[1].replace(/""/g, '"') : null;
}

/** A worksheet's place among the tabs: exceljs sorts by orderNo (absent from its typings). */
const tab = (ws: ExcelJS.Worksheet) => ws as unknown as { orderNo: number };

/** exceljs refuses a bad sheet name with an English sentence; say it as Excel's code does. */
function fileReason(error: unknown) {
  const reason = hostReason(error);
  if (!reason.code && reason.text && /worksheet name|sheet name/i.test(reason.text)) return { code: 'InvalidArgument', text: reason.text };
  return reason;
}
