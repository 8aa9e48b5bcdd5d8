/**
 * One sheet of a plan written into an .xlsx worksheet (exceljs) with the meaning it has in Excel:
 * the cells of src/workbook/sheetCells.ts (text as strings, formulas as formulas, a fill-down
 * column as one shared formula), number formats, widths, wrap, alignment, frozen panes, the
 * table, conditional formats, data validation, page layout, the locks of a protected sheet and a
 * hidden tab. Print titles and the print area are workbook names, kept by the adapter
 * (definedNames.ts).
 */
import type ExcelJS from 'exceljs';
import { parseRange, rangeAddress } from '../workbook/a1';
import type { ConditionalFormatPlan, PageLayoutPlan, RangeFormatPlan, SheetPlan, ValidationPlan } from '../workbook/plan';
import { GENERAL_FORMAT, TEXT_FORMAT, type Cell, type SheetCells } from '../workbook/sheetCells';
import { fullStructuredReferences } from './structuredReferences';

/** The Office.js adapter's width rule: 11.25 pt per Chinese character plus 3.75 pt of padding. */
const POINTS_PER_CHAR = 11.25;
const CELL_PADDING_POINTS = 3.75;

/** The file format counts widths in digits "0" of the default font (Calibri 11: 7 px), plus 5 px
 *  of padding (ECMA-376 Part 1, 18.3.1.13; 1 px = 0.75 pt): n characters, 15n + 5 px, are
 *  15n / 7 digit widths. */
export function fileColumnWidth(planWidth: number): number {
  const px = (planWidth * POINTS_PER_CHAR + CELL_PADDING_POINTS) / 0.75;
  return Math.round(((px - 5) / 7) * 100) / 100;
}

/** Paper sizes of the file format (ECMA-376 ST_PaperSize). */
const PAPER = { A4: 9, A3: 8 } as const;

/** A plan's formula ("=…") as the file stores it (without "="). */
export const bare = (formula: string) => (formula.startsWith('=') ? formula.slice(1) : formula);
const argb = (hex: string) => `FF${hex.replace('#', '').toUpperCase()}`;

function valueOf(cell: Cell, table?: string): ExcelJS.CellValue {
  if (cell === null) return null;
  if (typeof cell !== 'object') return cell;
  if ('formula' in cell) return { formula: table ? fullStructuredReferences(bare(cell.formula), table) : bare(cell.formula) } as ExcelJS.CellFormulaValue;
  // A string is stored as a string ("=1+1" included): exceljs never parses it as a formula.
  return cell.text;
}

export function writeSheet(ws: ExcelJS.Worksheet, plan: SheetPlan, cells: SheetCells): void {
  const h = cells.headerRow;
  if (plan.table) addTable(ws, plan, cells);

  cells.header.forEach((c, col) => {
    const x = ws.getCell(h + 1, col + 1);
    x.value = valueOf(c);
    x.numFmt = TEXT_FORMAT;
  });
  const fillCols = new Set<number>();
  for (const f of cells.fills) {
    for (let col = f.firstCol; col < f.firstCol + f.colCount; col++) {
      fillCols.add(col);
      // One shared formula per column: the file holds the first row's formula once and Excel
      // (or LibreOffice) shifts it for every row, as the fill handle would.
      const range = rangeAddress(h + 1, col, cells.dataRows, 1);
      ws.fillFormula(range, bare(cells.filledFormula(col, 0)));
    }
  }
  cells.rows.forEach((row, r) =>
    row.forEach((c, col) => {
      const x = ws.getCell(h + 2 + r, col + 1);
      if (!fillCols.has(col)) x.value = valueOf(c, plan.table?.name);
      const nf = cells.numberFormats[col];
      if (nf !== GENERAL_FORMAT) x.numFmt = nf;
    }),
  );
  for (const free of cells.free) {
    const at = parseRange(free.address);
    const x = ws.getCell(at.row + 1, at.col + 1);
    x.value = valueOf(free.cell);
    if (free.numberFormat && free.numberFormat !== GENERAL_FORMAT) x.numFmt = free.numberFormat;
    if (free.bold) x.font = { ...(x.font ?? {}), bold: true };
  }

  // Widths and wrap on whole columns (rows typed later wrap too); alignment on the table's rows,
  // every table cell at the top of its row, as the Office.js adapter leaves them.
  plan.columns.forEach((c, i) => {
    const column = ws.getColumn(i + 1);
    column.width = fileColumnWidth(c.width);
    if (c.wrap) column.alignment = { wrapText: true };
  });
  for (let r = h; r <= h + cells.dataRows; r++) {
    plan.columns.forEach((c, i) => {
      const x = ws.getCell(r + 1, i + 1);
      x.alignment = {
        ...(c.wrap ? { wrapText: true } : {}),
        ...(c.align ? { horizontal: c.align } : {}),
        vertical: 'top',
      };
    });
  }

  for (const f of cells.formats) formatRange(ws, f);
  for (const m of cells.merges) ws.mergeCells(m);
  // Rows of a fixed height; the others get none, and Excel fits them to their text on opening.
  for (const h of cells.rowHeights) ws.getRow(h.row + 1).height = h.height;

  const fr = plan.freezeRows ?? 0;
  const fc = plan.freezeColumns ?? 0;
  const gridlines = plan.showGridlines === false ? { showGridLines: false } : {};
  if (fr > 0 || fc > 0) ws.views = [{ state: 'frozen', xSplit: fc, ySplit: fr, topLeftCell: rangeAddress(fr, fc, 1, 1), activeCell: 'A1', ...gridlines }];
  else if (plan.showGridlines === false) ws.views = [{ state: 'normal', showGridLines: false }];
  (plan.conditionalFormats ?? []).forEach((cf, i) => addConditionalFormat(ws, cf, i + 1));
  for (const v of plan.validations ?? []) addValidation(ws, v);
  if (plan.pageLayout) setPageLayout(ws, plan.pageLayout);
  if (cells.unlocked) protect(ws, cells.unlocked);
  if (cells.hidden) ws.state = 'hidden';
}

/** The inputs unlocked, the sheet protected without a password (as the Office.js adapter does:
 *  columns and rows may still be resized). */
function protect(ws: ExcelJS.Worksheet, unlocked: readonly string[]): void {
  for (const address of unlocked) {
    const a = parseRange(address);
    for (let r = a.row; r < a.row + a.rowCount; r++) {
      for (let c = a.col; c < a.col + a.colCount; c++) {
        const cell = ws.getCell(r + 1, c + 1);
        cell.protection = { ...(cell.protection ?? {}), locked: false };
      }
    }
  }
  // What Worksheet.protect('', options) sets, without its promise (no password, nothing to hash).
  (ws as unknown as { sheetProtection: object }).sheetProtection = { sheet: true, formatColumns: true, formatRows: true };
}

const THIN = { style: 'thin' as const, color: { argb: 'FF000000' } };

/** A block's format, cell by cell (exceljs styles cells, not ranges); each cell gets objects of
 *  its own, since exceljs shares a style object between the cells it was copied to. */
function formatRange(ws: ExcelJS.Worksheet, f: RangeFormatPlan): void {
  const at = parseRange(f.range);
  for (let r = at.row; r < at.row + at.rowCount; r++) {
    for (let c = at.col; c < at.col + at.colCount; c++) {
      const x = ws.getCell(r + 1, c + 1);
      if (f.bold !== undefined || f.fontSize !== undefined) {
        x.font = { ...(x.font ?? {}), ...(f.bold !== undefined ? { bold: f.bold } : {}), ...(f.fontSize !== undefined ? { size: f.fontSize } : {}) };
      }
      if (f.fill) x.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(f.fill) } };
      if (f.horizontal !== undefined || f.vertical !== undefined || f.wrap !== undefined) {
        x.alignment = {
          ...(x.alignment ?? {}),
          ...(f.horizontal !== undefined ? { horizontal: f.horizontal } : {}),
          ...(f.vertical !== undefined ? { vertical: f.vertical === 'center' ? 'middle' : 'top' } : {}),
          ...(f.wrap !== undefined ? { wrapText: f.wrap } : {}),
        };
      }
      if (f.borders) x.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
    }
  }
}

function addTable(ws: ExcelJS.Worksheet, plan: SheetPlan, cells: SheetCells): void {
  const at = parseRange(cells.tableAddress);
  ws.addTable({
    name: plan.table!.name,
    ref: rangeAddress(at.row, at.col, 1, 1),
    headerRow: true,
    totalsRow: false,
    style: { theme: (plan.table!.style ?? 'TableStyleLight9') as ExcelJS.TableStyleProperties['theme'], showRowStripes: true },
    columns: plan.columns.map((c) => ({ name: c.header, filterButton: true })),
    // Placeholder rows of the right size (a table holds at least one row): the real content is
    // written cell by cell after it.
    rows: Array.from({ length: Math.max(cells.dataRows, 1) }, () => plan.columns.map(() => null)),
  });
}

function addConditionalFormat(ws: ExcelJS.Worksheet, cf: ConditionalFormatPlan, priority: number): void {
  const style: Partial<ExcelJS.Style> = {};
  // In a differential format a solid fill's colour is its bgColor (as Excel itself writes it).
  if (cf.fill) style.fill = { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(cf.fill) } };
  if (cf.fontColor || cf.bold) style.font = { ...(cf.fontColor ? { color: { argb: argb(cf.fontColor) } } : {}), ...(cf.bold ? { bold: true } : {}) };
  ws.addConditionalFormatting({ ref: cf.range, rules: [{ type: 'expression', priority, formulae: [bare(cf.formula)], style }] });
}

function addValidation(ws: ExcelJS.Worksheet, v: ValidationPlan): void {
  // errorStyle left out: "stop" is the file format's default (exceljs would write any word given).
  const common = { allowBlank: true, showErrorMessage: true, errorTitle: '输入有误', error: v.errorMessage };
  const rule =
    v.rule.type === 'decimal'
      ? { type: 'decimal', operator: 'between', formulae: [-9.99e307, 9.99e307], ...common }
      : { type: 'list', formulae: [`"${v.rule.values.join(',')}"`], ...common };
  // Worksheet.dataValidations (a range address → rule) is exceljs's own, absent from its typings.
  (ws as unknown as { dataValidations: { add(address: string, rule: object): void } }).dataValidations.add(v.range, rule);
}

function setPageLayout(ws: ExcelJS.Worksheet, p: PageLayoutPlan): void {
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: PAPER[p.paper] as ExcelJS.PageSetup['paperSize'],
    orientation: p.orientation,
    // One page wide, as many pages tall as needed (fitToHeight 0 = automatic); otherwise 100 %.
    ...(p.fitToWidth ? { fitToPage: true, fitToWidth: 1, fitToHeight: 0 } : { fitToPage: false, scale: 100 }),
    // Excel's default ("Normal") margins, in inches, unless the plan gives its own: the Office.js
    // adapter sets none then, so these are what a sheet it wrote prints with.
    margins: p.margins ?? { left: 0.7, right: 0.7, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
    ...(p.centerHorizontally ? { horizontalCentered: true } : {}),
  };
  // The file's break sits below the last row of a page: row r (0-based) starts a page when the
  // break is on the row above it (1-based row r).
  for (const r of p.rowBreaks ?? []) if (r > 0) ws.getRow(r).addPageBreak(0, 16384);
  ws.headerFooter = {
    ...(p.centerHeader ? { oddHeader: `&C${p.centerHeader}` } : {}),
    ...(p.centerFooter ? { oddFooter: `&C${p.centerFooter}` } : {}),
  };
}
