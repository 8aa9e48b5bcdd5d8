/**
 * Writes what the in-memory port holds (src/app/memoryWorkbook.ts) to an .xlsx file with exceljs,
 * as the Office.js adapter (src/excel/applyPlan.ts) would leave it in Excel: the same cells (text
 * stays text, formulas stay formulas), number formats, widths, wrap, alignment, frozen panes,
 * Excel tables, conditional formats, data validation, workbook names and page layout. A Node/dev
 * tool: it renders the workbook for a look in a real spreadsheet program (LibreOffice → PDF → PNG,
 * scripts/render-workbook.ts) and must never be imported by the task pane.
 *
 * Going through the memory port rather than the plans keeps one reading of "what Excel makes of a
 * written value" (the port's), and lets a picture show what a clerk typed afterwards (setCell).
 */
import ExcelJS from 'exceljs';
import { createMemoryWorkbook, type MemorySheet, type MemoryTable, type MemoryWorkbook } from '../app/memoryWorkbook';
import { parseRange } from '../workbook/a1';
import type { ConditionalFormatPlan, PageLayoutPlan, ValidationPlan, WorkbookPlan } from '../workbook/plan';

export interface XlsxOptions {
  /**
   * LibreOffice draws no Excel table style: the header row then looks like any data row. With
   * this set, each table's header row is written bold with a light fill and the table gets thin
   * borders, close to what TableStyleLight* shows in Excel. For pictures only: the adapter writes
   * neither (the table style does it), so the default is off.
   */
  emulateTableStyle?: boolean;
  /**
   * Write row heights that fit wrapped text. Excel sizes a row to its wrapped text by itself;
   * LibreOffice converting headless does not (every row stays one line tall and the text is cut),
   * so pictures need the heights written. For pictures only: a written height is fixed, Excel
   * would no longer grow the row when the clerk types more. `true` measures constant text;
   * a function also gives the text a formula shows (e.g. read back from a recalculated copy).
   */
  rowHeights?: boolean | ((sheet: string, row: number, col: number) => string | undefined);
}

/** The adapter's width rule (columnWidthPoints in src/excel/applyPlan.ts, kept there because
 *  src/xlsx must not import the Office.js layer): 11.25 pt per Chinese character plus 3.75 pt of
 *  cell padding. */
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
const bare = (formula: string) => (formula.startsWith('=') ? formula.slice(1) : formula);
const argb = (hex: string) => `FF${hex.replace('#', '').toUpperCase()}`;

/** Builds the exceljs workbook; `memoryWorkbookToXlsx` serialises it. */
export function memoryWorkbookToExcelJs(source: MemoryWorkbook, options: XlsxOptions = {}): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'target-monitor';
  // Formulas go without cached results: Excel computes them all on opening.
  wb.calcProperties.fullCalcOnLoad = true;
  const order = source.sheetNames();
  for (const name of order) {
    const sheet = source.sheet(name);
    if (!sheet) continue;
    const tables = [...source.tables.values()].filter((t) => t.sheet === name);
    writeSheet(wb, sheet, tables, options);
  }
  const active = source.activeSheet();
  const activeTab = Math.max(0, active ? order.indexOf(active) : 0);
  wb.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab, visibility: 'visible' }];
  // exceljs writes a print area as '$A1:$N265', which LibreOffice ignores: written here instead.
  const printAreas = order.flatMap((name, localSheetId) => {
    const area = source.sheet(name)?.pageLayout?.printArea;
    return area ? [{ name: '_xlnm.Print_Area', formula: `'${name.replace(/'/g, "''")}'!${area}`, localSheetId }] : [];
  });
  addNames(wb, [...[...source.names.entries()].map(([n, v]) => ({ name: n, formula: v.formula })), ...printAreas]);
  return wb;
}

export async function memoryWorkbookToXlsx(source: MemoryWorkbook, options: XlsxOptions = {}): Promise<Buffer> {
  const wb = memoryWorkbookToExcelJs(source, options);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** A plan as the adapter would write it into an empty workbook. */
export async function planToXlsx(plan: WorkbookPlan, options: XlsxOptions = {}): Promise<Buffer> {
  const memory = createMemoryWorkbook();
  await memory.apply(plan);
  return memoryWorkbookToXlsx(memory, options);
}

function writeSheet(wb: ExcelJS.Workbook, s: MemorySheet, tables: MemoryTable[], options: XlsxOptions): void {
  const ws = wb.addWorksheet(s.name);
  const cells = [...s.cells.entries()].map(([k, cell]) => {
    const [r, c] = k.split(':').map(Number);
    return { r, c, cell };
  });

  // Tables first: exceljs writes the header and rows itself; the cells below then overwrite them
  // with exactly what the port holds (values, formulas, formats).
  for (const t of tables) {
    const at = parseRange(t.address);
    const headerOf = (c: number) => {
      const v = s.cells.get(`${at.row}:${c}`)?.value;
      return v === null || v === undefined ? `列${c + 1}` : String(v);
    };
    ws.addTable({
      name: t.name,
      ref: t.address.split(':')[0],
      headerRow: true,
      totalsRow: false,
      style: { theme: (t.style ?? 'TableStyleLight9') as ExcelJS.TableStyleProperties['theme'], showRowStripes: true },
      columns: Array.from({ length: at.colCount }, (_, c) => ({ name: headerOf(at.col + c), filterButton: true })),
      // Placeholder rows of the right size: the real content is written cell by cell below.
      rows: Array.from({ length: Math.max(at.rowCount - 1, 1) }, () => Array.from({ length: at.colCount }, () => null)),
    });
  }

  const body = bodyRange(s, tables);
  for (const { r, c, cell } of cells) {
    const xc = ws.getCell(r + 1, c + 1);
    if (cell.formula) xc.value = { formula: bare(cell.formula) } as ExcelJS.CellFormulaValue;
    // Excel keeps no empty string: a "" written through range.values leaves the cell empty.
    else if (cell.value === null || cell.value === '') xc.value = null;
    // A string is stored as a string ("=1+1" included): exceljs never parses it as a formula.
    else xc.value = cell.value;
    if (cell.numberFormat && cell.numberFormat !== 'General') xc.numFmt = cell.numberFormat;
    if (cell.bold) xc.font = { ...(xc.font ?? {}), bold: true };
  }

  // Widths and wrap go on whole columns (as the adapter sets them on A:A…); alignment on the
  // table's rows only, every table cell at the top of its row.
  for (const [c, width] of s.columnWidths) ws.getColumn(c + 1).width = fileColumnWidth(width);
  // Column style first (rows typed later wrap too); it is copied into the existing cells, which
  // are then given their own alignment.
  for (const c of s.wrapColumns) ws.getColumn(c + 1).alignment = { wrapText: true };
  const lastRow = Math.max(body ? body.row + body.rowCount : 0, ...cells.map((x) => x.r + 1));
  const lastCol = Math.max(s.columnWidths.size, ...cells.map((x) => x.c + 1));
  for (let r = 0; r < lastRow; r++) {
    for (let c = 0; c < lastCol; c++) {
      const inBody = body !== undefined && r >= body.row && r < body.row + body.rowCount && c < body.col + body.colCount;
      const wrap = s.wrapColumns.has(c);
      const align = inBody ? s.alignments.get(c) : undefined;
      if (!wrap && !inBody) continue;
      const xc = ws.getCell(r + 1, c + 1);
      xc.alignment = {
        ...(wrap ? { wrapText: true } : {}),
        ...(align ? { horizontal: align as ExcelJS.Alignment['horizontal'] } : {}),
        ...(inBody ? { vertical: 'top' as const } : {}),
      };
      if (options.emulateTableStyle && inBody && tables.length > 0) {
        const thin = { style: 'thin' as const, color: { argb: 'FFBFBFBF' } };
        xc.border = { top: thin, left: thin, bottom: thin, right: thin };
        if (r === body!.row) {
          xc.font = { ...(xc.font ?? {}), bold: true };
          xc.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
        }
      }
    }
  }
  if (options.rowHeights) setRowHeights(ws, s, options.rowHeights);

  if (s.freezeRows > 0 || s.freezeColumns > 0) {
    ws.views = [{ state: 'frozen', xSplit: s.freezeColumns, ySplit: s.freezeRows, topLeftCell: topLeft(s), activeCell: 'A1' }];
  }
  s.conditionalFormats.forEach((cf, i) => addConditionalFormat(ws, cf, i + 1));
  for (const v of s.validations) addValidation(ws, v);
  if (s.pageLayout) setPageLayout(ws, s.pageLayout);
}

/** Lines a text takes in a column of `planWidth` Chinese characters: a CJK glyph is 1, any
 *  other character about 0.55 (11 pt font), and the column holds planWidth of them. */
export function wrappedLines(text: string, planWidth: number): number {
  const room = Math.max(1, planWidth);
  return text.split(/\r?\n/).reduce((n, part) => {
    let w = 0;
    for (const ch of part) w += ch.charCodeAt(0) <= 0xff ? 0.55 : 1;
    return n + Math.max(1, Math.ceil(w / room));
  }, 0);
}

function setRowHeights(ws: ExcelJS.Worksheet, s: MemorySheet, shown: XlsxOptions['rowHeights']): void {
  const lines = new Map<number, number>();
  for (const [k, cell] of s.cells) {
    const [r, c] = k.split(':').map(Number);
    if (!s.wrapColumns.has(c)) continue;
    const text = cell.formula ? (typeof shown === 'function' ? shown(s.name, r, c) : undefined) : cell.value === null ? undefined : String(cell.value);
    if (!text) continue;
    lines.set(r, Math.max(lines.get(r) ?? 1, wrappedLines(text, s.columnWidths.get(c) ?? 8)));
  }
  for (const [r, n] of lines) if (n > 1) ws.getRow(r + 1).height = n * 14.5 + 2;
}

/** The first cell below and right of the frozen panes. */
function topLeft(s: MemorySheet): string {
  let col = '';
  let n = s.freezeColumns + 1;
  while (n > 0) {
    col = String.fromCharCode(65 + ((n - 1) % 26)) + col;
    n = Math.floor((n - 1) / 26);
  }
  return `${col}${s.freezeRows + 1}`;
}

/**
 * The range the adapter aligns: the table (header + rows). A sheet without a table (规则) still
 * has a header row; the port does not keep its index, so it is the first row filled across every
 * planned column (the title rows above it fill only a few).
 */
function bodyRange(s: MemorySheet, tables: MemoryTable[]): { row: number; col: number; rowCount: number; colCount: number } | undefined {
  if (tables.length > 0) return parseRange(tables[0].address);
  const width = s.columnWidths.size;
  if (width === 0) return undefined;
  let header = -1;
  let last = -1;
  for (const k of s.cells.keys()) last = Math.max(last, Number(k.split(':')[0]));
  for (let r = 0; r <= last && header < 0; r++) {
    let filled = 0;
    for (let c = 0; c < width; c++) {
      const cell = s.cells.get(`${r}:${c}`);
      if (cell && (cell.formula || (cell.value !== null && cell.value !== ''))) filled++;
    }
    if (filled === width) header = r;
  }
  if (header < 0) return undefined;
  return { row: header, col: 0, rowCount: last - header + 1, colCount: width };
}

function addConditionalFormat(ws: ExcelJS.Worksheet, cf: ConditionalFormatPlan, priority: number): void {
  const style: Partial<ExcelJS.Style> = {};
  // In a differential format a solid fill's colour is its bgColor (as Excel itself writes it).
  if (cf.fill) style.fill = { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(cf.fill) } };
  if (cf.fontColor || cf.bold) style.font = { ...(cf.fontColor ? { color: { argb: argb(cf.fontColor) } } : {}), ...(cf.bold ? { bold: true } : {}) };
  ws.addConditionalFormatting({
    ref: cf.range,
    rules: [{ type: 'expression', priority, formulae: [bare(cf.formula)], style }],
  });
}

function addValidation(ws: ExcelJS.Worksheet, v: ValidationPlan): void {
  const common = { allowBlank: true, showErrorMessage: true, errorStyle: 'error', errorTitle: '输入有误', error: v.errorMessage };
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
    // One page wide, as many pages tall as needed (fitToHeight 0 = automatic).
    ...(p.fitToWidth ? { fitToPage: true, fitToWidth: 1, fitToHeight: 0 } : {}),
    ...(p.printTitleRows ? { printTitlesRow: p.printTitleRows.replace(/\$/g, '') } : {}),
    ...(p.printTitleColumns ? { printTitlesColumn: p.printTitleColumns.replace(/\$/g, '') } : {}),
    // Excel's default ("Normal") margins, in inches: the adapter sets none, so these are what a
    // sheet it wrote prints with.
    margins: { left: 0.7, right: 0.7, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
  };
  ws.headerFooter = {
    ...(p.centerHeader ? { oddHeader: `&C${p.centerHeader}` } : {}),
    ...(p.centerFooter ? { oddFooter: `&C${p.centerFooter}` } : {}),
  };
}

/**
 * Workbook names. exceljs keeps names as sets of cells and drops whole-column references such as
 * '指标'!$F:$F (the kind the 进度 formulas use), so the names are added to the model it renders,
 * text as the plan wrote it.
 */
function addNames(wb: ExcelJS.Workbook, names: { name: string; formula: string; localSheetId?: number }[]): void {
  const dn = wb.definedNames as unknown as { model: { name: string; ranges: string[] }[] };
  const proto = Object.getPrototypeOf(dn) as object;
  const own = Object.getOwnPropertyDescriptor(proto, 'model');
  if (!own?.get) throw new Error('exceljs: definedNames.model not found (version changed?)');
  const getter = own.get;
  Object.defineProperty(dn, 'model', {
    configurable: true,
    get: () => [...(getter.call(dn) as { name: string; ranges: string[] }[]), ...names.map((n) => ({ name: n.name, ranges: [bare(n.formula)], localSheetId: n.localSheetId }))],
    set: (value) => own.set?.call(dn, value),
  });
}
