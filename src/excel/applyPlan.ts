/**
 * Writes a WorkbookPlan inside one Excel.run with a fixed number of context.sync() calls:
 *
 *   syncs = 2 + Σ over the plan's sheets of (request blocks of that sheet) + (1 if it has edits)
 *
 * - 1: load what exists (the sheets, the tables and names of the plan, each sheet's tables), with
 *   the add-in's events turned off (its own writes must not make the pane re-read);
 * - 1 at the end: events on again.
 * - then each sheet's writes are queued and sent with one sync. A sheet whose values, formulas
 *   and number formats exceed MAX_REQUEST_BYTES (4 MB; Excel on the web refuses requests over
 *   5 MB) is split into row blocks with a sync between blocks: ceil(bytes / 4 MB) − 1 extra syncs.
 * One sync per sheet rather than one for all sheets, so that a failure can tell the clerk exactly
 * which sheets were written: Office.js batches are not transactions. For the import (2 sheets,
 * under 4 MB each, i.e. up to about 10,000 indicators) that is 3 syncs whatever the row count.
 *
 * Names first: the sheets the plan creates are added and the workbook names defined in the batch
 * of the first sheet, before any formula is written, so no formula is ever entered while a name
 * it uses is missing (Excel would show #NAME? and, with calculation suspended, keep it).
 *
 * Order within a sheet: suspend calculation and screen updating; old tables become plain ranges
 * (a table cannot be created over another) and the sheet is cleared; the text columns get their
 * "@" number format BEFORE the values, so "=…", "+…", "-…", "@…" from a document stay text; the
 * header and rows go as one 2-D values array per block and run of columns (formula columns through
 * `formulas`); a fillDown column's first data row is written and then filled down with
 * Range.autoFill, in the same batch (no sync of its own), so the 进度 sheet's ~7 KB of formulas
 * per row are sent once, not per row;
 * then the table over the written range, widths, wrap, alignment, freeze panes, conditional
 * formats, data validation, page layout, then the locks of a protected sheet (its inputs unlocked,
 * the sheet protected) and a hidden tab. Cell edits go last, in one batch of their own.
 *
 * Nothing is caught and logged: any failure becomes a WorkbookError that says what was written.
 */
import { writingSheetMessage } from '../app/messages';
import { WorkbookError, type ApplyReport } from '../app/port';
import { hostReason } from '../app/workbookFailure';
import { rangeAddress } from '../workbook/a1';
import { SHEET_MARK_NAME, editedSheets, touchedSheets, type CellValue, type PageLayoutPlan, type RangeFormatPlan, type SheetPlan, type WorkbookPlan } from '../workbook/plan';
import { sheetCells, wholeColumn, type SheetCells } from '../workbook/sheetCells';
import { FILL_DEFAULT, MAX_REQUEST_BYTES, requestBlocks, utf8Length, wireValue, type SheetWrite } from './requestBlocks';

/**
 * A plan's width counts Chinese characters at the default 11 pt font; Office.js takes points
 * (RangeFormat.columnWidth, office-js#187). A CJK glyph is 1 em: 11 pt on paper, and 15 px
 * (11.25 pt) on a 96-dpi screen, where the font's em is rounded to whole pixels; a cell adds
 * 5 px of padding (2 px each side and the gridline: ECMA-376 Part 1, 18.3.1.13 <col width>).
 * Taking the screen's 11.25 pt, text that fits on screen also fits on paper, and a column of
 * n characters holds n characters, not a third more (15 pt each, the earlier rule).
 */
export const POINTS_PER_CHAR = 11.25;
export const CELL_PADDING_POINTS = 3.75;

export function columnWidthPoints(chars: number): number {
  return chars * POINTS_PER_CHAR + CELL_PADDING_POINTS;
}

/** What a write cost: the adapter's own report (benchmarks read it; use cases never see it). */
export interface WriteCost {
  syncs: number;
  /** Bytes of values, formulas and number formats in each request. */
  requestBytes: number[];
}

export async function applyPlan(
  context: Excel.RequestContext,
  plan: WorkbookPlan,
  onProgress?: (message: string) => void,
  cost: WriteCost = { syncs: 0, requestBytes: [] },
): Promise<ApplyReport> {
  const written: string[] = [];
  let current: string | undefined;
  let rowsWritten = 0;
  let pending = 0;
  const sync = async () => {
    cost.syncs++;
    cost.requestBytes.push(pending);
    pending = 0;
    await context.sync();
  };

  // The add-in's own writes would fire the change events it listens to (the pane would re-read
  // half-written sheets): off for the write, on again whatever happens (ExcelApi 1.8).
  context.runtime.enableEvents = false;
  try {
    const wb = context.workbook;
    // Round trip 1: what exists already.
    const found = plan.sheets.map((p) => {
      const sheet = wb.worksheets.getItemOrNullObject(p.name);
      sheet.load('name');
      sheet.tables.load('items/name');
      // A protected sheet (a form written earlier) refuses every write until unprotected.
      sheet.protection.load('protected');
      const table = p.table ? wb.tables.getItemOrNullObject(p.table.name) : undefined;
      table?.load('name');
      // The sheet's mark (a print sheet the add-in wrote): replaced or removed with the content.
      const mark = sheet.names.getItemOrNullObject(SHEET_MARK_NAME);
      mark.load('name');
      return { sheet, table, mark };
    });
    const names = (plan.names ?? []).map((n) => {
      const item = wb.names.getItemOrNullObject(n.name);
      item.load('name');
      return item;
    });
    await sync();

    // The sheets the plan creates exist, and the names are defined, before any formula.
    const sheets = plan.sheets.map((p, i) => (found[i].sheet.isNullObject ? wb.worksheets.add(p.name) : found[i].sheet));
    names.forEach((item) => {
      if (!item.isNullObject) item.delete();
    });
    for (const n of plan.names ?? []) wb.names.add(n.name, n.formula, n.comment);

    for (const [i, p] of plan.sheets.entries()) {
      current = p.name;
      const cells = sheetCells(p);
      const write = requestBlocks(cells);
      const sheet = sheets[i];
      const deferred: SheetWrite['blocks'][number]['formulaColumns'] = [];
      prepareSheet(context, sheet, !found[i].sheet.isNullObject, found[i].table, p);
      if (!found[i].mark.isNullObject) found[i].mark.delete();
      for (const [b, block] of write.blocks.entries()) {
        if (b > 0) {
          await sync();
          context.application.suspendApiCalculationUntilNextSync();
        }
        pending += block.bytes;
        onProgress?.(writingSheetMessage(p.name, p.rows.length, { index: b + 1, of: write.blocks.length }));
        for (const c of block.cells) {
          const range = sheet.getRange(c.address);
          range.numberFormat = c.numberFormat;
          range.values = c.values;
        }
        // A clerk's formula with a structured reference ("=[@目标值]*2") is refused outside its
        // table: such columns are written once the table exists (finishSheet).
        for (const fc of block.formulaColumns) {
          if (usesStructuredReference(fc.formulas)) deferred.push(fc);
          else sheet.getRange(fc.address).formulas = fc.formulas;
        }
        // The fill handle: formulas (relative rows shifted) and number formats of the first data
        // row to every row, queued in the same batch (ExcelApi 1.9, the manifest's minimum).
        for (const fill of block.fills) sheet.getRange(fill.source).autoFill(fill.destination, FILL_DEFAULT);
      }
      finishSheet(sheet, p, cells, write, deferred);
      await sync();
      written.push(p.name);
      rowsWritten += p.rows.length;
      current = undefined;
    }
    if (plan.sheets.length === 0 && (plan.names?.length ?? 0) > 0) await sync();
    if ((plan.edits?.length ?? 0) > 0 || (plan.tableRows?.length ?? 0) > 0) {
      // Cell edits and appended rows may take several requests: on a failure their sheets may
      // hold some of them.
      current = editedSheets(plan).join('、');
      await writeEdits(context, plan, (bytes) => (pending += bytes), sync);
    }
    return { sheetsWritten: written, rowsWritten };
  } catch (error) {
    if (error instanceof WorkbookError) throw error;
    const partial = current === undefined ? [] : current.split('、');
    const notStarted = touchedSheets(plan).filter((n) => !written.includes(n) && !partial.includes(n));
    throw new WorkbookError({ code: 'write-failed', written, partial: current, notStarted, reason: hostReason(error) });
  } finally {
    await restoreEvents(context, sync);
  }
}

/** Events on again, in a batch of their own after the writes (so that none of the add-in's own
 *  changes raises an event): in this context or, when its batch is broken, in a fresh one. */
async function restoreEvents(context: Excel.RequestContext, sync: () => Promise<void>): Promise<void> {
  try {
    context.runtime.enableEvents = true;
    await sync();
  } catch {
    await Excel.run(async (fresh) => {
      fresh.runtime.enableEvents = true;
      await fresh.sync();
    });
  }
}

/** A value written into a cell whose format is the clerk's: text always with the quote prefix,
 *  which keeps any text text in every format. */
function editWire(v: CellValue): string | number | boolean {
  return v === null ? '' : typeof v === 'string' ? (v === '' ? '' : `'${v}`) : v;
}

/** Cell edits, then rows appended to tables (Table.rows.add, ExcelApi 1.1: the table grows and
 *  its columns' formats and validation come with it), in requests under the size limit. */
async function writeEdits(context: Excel.RequestContext, plan: WorkbookPlan, count: (bytes: number) => void, sync: () => Promise<void>): Promise<void> {
  let bytes = 0;
  const queue = async (size: number, write: () => void) => {
    if (bytes > 0 && bytes + size > MAX_REQUEST_BYTES) {
      await sync();
      bytes = 0;
    }
    write();
    count(size);
    bytes += size;
  };
  for (const e of plan.edits ?? []) {
    const wire = editWire(e.value);
    await queue(utf8Length(JSON.stringify([[wire]])) + e.address.length + e.sheet.length, () => {
      context.workbook.worksheets.getItem(e.sheet).getRange(e.address).values = [[wire]];
    });
  }
  for (const t of plan.tableRows ?? []) {
    if (t.rows.length === 0) continue;
    const rows = t.rows.map((r) => r.map(editWire));
    await queue(utf8Length(JSON.stringify(rows)), () => context.workbook.tables.getItem(t.table).rows.add(undefined, rows));
  }
  await sync();
}

/** Empties an existing sheet (formats, conditional formats and validation included). */
function prepareSheet(context: Excel.RequestContext, sheet: Excel.Worksheet, existed: boolean, table: Excel.Table | undefined, p: SheetPlan): void {
  context.application.suspendApiCalculationUntilNextSync();
  context.application.suspendScreenUpdatingUntilNextSync();
  // A table of the plan's name elsewhere in the workbook would make the name taken.
  if (table && !table.isNullObject) table.convertToRange();
  if (!existed) return;
  for (const t of sheet.tables.items) {
    if (!table || table.isNullObject || t.name !== table.name) t.convertToRange();
  }
  if (sheet.protection.protected) sheet.protection.unprotect();
  const all = sheet.getRange();
  all.conditionalFormats.clearAll();
  all.dataValidation.clear();
  all.clear('All');
  sheet.freezePanes.unfreeze();
  // A sheet laid out like paper forgets its earlier layout: merged blocks, row heights (its notes
  // row may now be a data row) and manual page breaks.
  if (p.merges !== undefined) all.unmerge();
  if (p.autofitRows) all.format.useStandardHeight = true;
  if (p.pageLayout?.rowBreaks !== undefined) sheet.horizontalPageBreaks.removePageBreaks();
}

const BORDER_EDGES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideHorizontal', 'InsideVertical'] as const;

function formatRange(sheet: Excel.Worksheet, f: RangeFormatPlan): void {
  const format = sheet.getRange(f.range).format;
  if (f.bold !== undefined) format.font.bold = f.bold;
  if (f.fontSize !== undefined) format.font.size = f.fontSize;
  if (f.fill) format.fill.color = f.fill;
  if (f.horizontal) format.horizontalAlignment = f.horizontal === 'center' ? 'Center' : f.horizontal === 'right' ? 'Right' : 'Left';
  if (f.vertical) format.verticalAlignment = f.vertical === 'center' ? 'Center' : 'Top';
  if (f.wrap !== undefined) format.wrapText = f.wrap;
  if (f.borders) {
    for (const edge of BORDER_EDGES) {
      const border = format.borders.getItem(edge);
      border.style = 'Continuous';
      border.weight = 'Thin';
      border.color = '#000000';
    }
  }
}

/** Inches (the plan's, as the file format counts them) to points (Office.js). */
const points = (inches: number) => inches * 72;

function setPageExtras(sheet: Excel.Worksheet, p: PageLayoutPlan): void {
  const pl = sheet.pageLayout;
  if (p.margins) {
    pl.leftMargin = points(p.margins.left);
    pl.rightMargin = points(p.margins.right);
    pl.topMargin = points(p.margins.top);
    pl.bottomMargin = points(p.margins.bottom);
    pl.headerMargin = points(p.margins.header);
    pl.footerMargin = points(p.margins.footer);
  }
  if (p.centerHorizontally !== undefined) pl.centerHorizontally = p.centerHorizontally;
  // PageBreakCollection.add takes the first cell below the break: row r starts a page.
  for (const r of p.rowBreaks ?? []) if (r > 0) sheet.horizontalPageBreaks.add(rangeAddress(r, 0, 1, 1));
}

/** Whether a formula column holds a structured reference (Table[Column], [@Column]). */
function usesStructuredReference(formulas: unknown[][]): boolean {
  return formulas.some(([f]) => typeof f === 'string' && f.startsWith('=') && f.replace(/"[^"]*"/g, '').includes('['));
}

function finishSheet(sheet: Excel.Worksheet, p: SheetPlan, cells: SheetCells, write: SheetWrite, deferred: SheetWrite['blocks'][number]['formulaColumns']): void {
  for (const free of cells.free) {
    const cell = sheet.getRange(free.address);
    if (free.numberFormat) cell.numberFormat = [[free.numberFormat]];
    if (free.cell !== null && typeof free.cell === 'object' && 'formula' in free.cell) cell.formulas = [[free.cell.formula]];
    else cell.values = [[wireValue(free.cell, free.numberFormat ?? 'General')]];
    if (free.bold) cell.format.font.bold = true;
  }
  if (p.table) {
    const table = sheet.tables.add(write.tableAddress, true);
    table.name = p.table.name;
    if (p.table.style) table.style = p.table.style;
  }
  for (const fc of deferred) sheet.getRange(fc.address).formulas = fc.formulas;
  const dataTop = write.headerRow;
  p.columns.forEach((c, i) => {
    const column = sheet.getRange(wholeColumn(i));
    column.format.columnWidth = columnWidthPoints(c.width);
    if (c.wrap) column.format.wrapText = true;
    if (c.align) {
      sheet.getRange(rangeAddress(dataTop, i, write.rowCount, 1)).format.horizontalAlignment =
        c.align === 'center' ? 'Center' : c.align === 'right' ? 'Right' : 'Left';
    }
  });
  // Wrapped rows read better with every cell at the top of its row, and each row as tall as its
  // wrapped text (ExcelApi 1.2): rows a rewrite shortened or lengthened would keep their old height.
  const body = sheet.getRange(write.tableAddress);
  body.format.verticalAlignment = 'Top';
  if (p.columns.some((c) => c.wrap)) body.format.autofitRows();

  const fr = p.freezeRows ?? 0;
  const fc = p.freezeColumns ?? 0;
  if (fr > 0 && fc > 0) sheet.freezePanes.freezeAt(sheet.getRange(rangeAddress(0, 0, fr, fc)));
  else if (fr > 0) sheet.freezePanes.freezeRows(fr);
  else if (fc > 0) sheet.freezePanes.freezeColumns(fc);

  for (const cf of p.conditionalFormats ?? []) {
    const format = sheet.getRange(cf.range).conditionalFormats.add('Custom');
    format.custom.rule.formula = cf.formula;
    if (cf.fill) format.custom.format.fill.color = cf.fill;
    if (cf.fontColor) format.custom.format.font.color = cf.fontColor;
    if (cf.bold) format.custom.format.font.bold = true;
  }
  for (const v of p.validations ?? []) {
    const dv = sheet.getRange(v.range).dataValidation;
    dv.rule =
      v.rule.type === 'decimal'
        ? { decimal: { formula1: -9.99e307, formula2: 9.99e307, operator: 'Between' } }
        : { list: { inCellDropDown: true, source: v.rule.values.join(',') } };
    dv.errorAlert = { message: v.errorMessage, showAlert: true, style: 'Stop', title: '输入有误' };
  }
  if (p.pageLayout) {
    const pl = sheet.pageLayout;
    pl.orientation = p.pageLayout.orientation === 'landscape' ? 'Landscape' : 'Portrait';
    pl.paperSize = p.pageLayout.paper;
    if (p.pageLayout.printTitleRows) pl.setPrintTitleRows(p.pageLayout.printTitleRows);
    // A sheet wider than a page (月度填报) keeps its ID and name on every page across.
    if (p.pageLayout.printTitleColumns) pl.setPrintTitleColumns(p.pageLayout.printTitleColumns);
    // 进度 prints only the columns a leader reads; its working columns stay on screen.
    if (p.pageLayout.printArea) pl.setPrintArea(p.pageLayout.printArea);
    const hf = pl.headersFooters.defaultForAllPages;
    if (p.pageLayout.centerHeader) hf.centerHeader = p.pageLayout.centerHeader;
    if (p.pageLayout.centerFooter) hf.centerFooter = p.pageLayout.centerFooter;
    // One page wide, as many pages tall as the rows need: both counts, since Excel keeps a count
    // it is not given and starts a fit at 1 × 1 (the whole sheet on one page); 0 is "automatic",
    // the file format's fitToHeight="0", which the .xlsx adapter writes too. Otherwise 100 %, pages
    // across: set rather than left, since clearing a sheet keeps its page layout.
    pl.zoom = p.pageLayout.fitToWidth ? { horizontalFitToPages: 1, verticalFitToPages: 0 } : { scale: 100 };
    setPageExtras(sheet, p.pageLayout);
  }
  for (const f of cells.formats) formatRange(sheet, f);
  for (const m of cells.merges) sheet.getRange(m).merge(false);
  // The rows Excel does not fit (a merged cell never is; the table's rows were fitted above).
  for (const h of cells.rowHeights) sheet.getRange(`${h.row + 1}:${h.row + 1}`).format.rowHeight = h.height;
  if (p.showGridlines !== undefined) sheet.showGridlines = p.showGridlines;
  if (p.mark !== undefined) sheet.names.add(SHEET_MARK_NAME, `="${p.mark.replace(/"/g, '""')}"`);
  if (cells.unlocked) {
    // Every cell is locked by default: the inputs are unlocked, then the sheet protected
    // (ExcelApi 1.2). No password; the unit may still widen columns and rows.
    for (const address of cells.unlocked) sheet.getRange(address).format.protection.locked = false;
    sheet.protection.protect({ allowFormatColumns: true, allowFormatRows: true });
  }
  if (cells.hidden) sheet.visibility = 'Hidden';
  if (p.activate) {
    sheet.position = 0;
    sheet.activate();
  }
}
