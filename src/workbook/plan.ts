/**
 * Sheet layouts as plain data ("plans"). A plan says what a sheet must look like; sheetCells.ts
 * turns it into cells, and each store (Office.js in src/excel/, an .xlsx file in src/xlsx/, the
 * test double) only makes its host's calls. Nothing here touches a host, so plans are built and
 * asserted on in unit tests.
 */

/** A value written to a cell. Strings are written as text (never parsed as a formula) unless the
 *  column is a formula column; null leaves the cell empty. */
export type CellValue = string | number | boolean | null;

export interface ColumnPlan {
  /** Header text (also the table column name). */
  header: string;
  /** Width in characters of Chinese text at 11 pt: the column holds that many (the adapter
   *  converts to points, 11.25 pt each plus 3.75 pt of cell padding: columnWidthPoints in
   *  src/excel/applyPlan.ts). A Latin letter or digit takes about half. */
  width: number;
  /** Wrap long text. */
  wrap?: boolean;
  /** Excel number format; text columns use "@" so "=1+1" stays text. */
  numberFormat?: string;
  /** 'text' (default): values are written as text. 'number': numbers. 'formula': the row values
   *  are formulas (strings starting with "="), written through range.formulas. */
  kind?: 'text' | 'number' | 'formula';
  /** Horizontal alignment. */
  align?: 'left' | 'center' | 'right';
  /** Kind 'formula' only: every data row's formula is the first data row's with its relative row
   *  references shifted, as Excel's fill handle shifts them (src/workbook/formulaShift.ts). Only
   *  the first row's formula is read from `rows` (the others may be null); a host fills it down
   *  (Office.js: Range.autoFill, ExcelApi 1.9; a file: shared formulas), so neither the plan nor
   *  the request grows with the formulas. */
  fillDown?: boolean;
}

export interface ConditionalFormatPlan {
  /** A1 address relative to the sheet, e.g. "L2:L200". */
  range: string;
  /** Formula for the top-left cell of the range, e.g. '=$L2="滞后"'. */
  formula: string;
  fill?: string;
  fontColor?: string;
  bold?: boolean;
}

export interface ValidationPlan {
  range: string;
  /** Decimal numbers only, or one of a list. */
  rule: { type: 'decimal' } | { type: 'list'; values: string[] };
  /** Message shown when the clerk types something else (Chinese). */
  errorMessage: string;
}

export interface NamePlan {
  name: string;
  /** e.g. "=规则!$B$2" */
  formula: string;
  comment?: string;
}

export interface PageLayoutPlan {
  orientation: 'landscape' | 'portrait';
  paper: 'A4' | 'A3';
  /** Rows repeated at the top of each printed page, e.g. "$1:$2". */
  printTitleRows?: string;
  /** Columns repeated at the left of each printed page, e.g. "$A:$C",
   *  for a sheet printed across several pages (fitToWidth off). Office.js:
   *  pageLayout.setPrintTitleColumns (ExcelApi 1.9). */
  printTitleColumns?: string;
  centerHeader?: string;
  centerFooter?: string;
  /** One page wide, scaled down as needed; otherwise printed at 100 % across pages. */
  fitToWidth?: boolean;
  /** The part printed, e.g. "$A$1:$N$265", when working columns to the
   *  right should stay on screen but off paper. Office.js: pageLayout.setPrintArea (ExcelApi 1.9). */
  printArea?: string;
  /** Rows (0-based, in the sheet) that start a new printed page. When given, the sheet's manual
   *  page breaks are exactly these (an empty list removes earlier ones). Office.js:
   *  horizontalPageBreaks (ExcelApi 1.9); a file: <rowBreaks>. */
  rowBreaks?: number[];
  /** Margins in inches (the file format's unit; Office.js takes points). Default: Excel's
   *  "Normal" margins (0.7 left and right, 0.75 top and bottom, 0.3 header and footer). */
  margins?: PageMargins;
  /** Centre the printed area between the left and right margins. */
  centerHorizontally?: boolean;
}

export interface PageMargins {
  left: number;
  right: number;
  top: number;
  bottom: number;
  header: number;
  footer: number;
}

/** How a block of cells looks, applied after the values, the column widths and the table (so it
 *  wins over a column's alignment and wrap). For free-form sheets such as the leaders' paper. */
export interface RangeFormatPlan {
  /** A1 address relative to the sheet, e.g. "A4:M4". */
  range: string;
  bold?: boolean;
  /** Font size in points (the workbook's default is 11). */
  fontSize?: number;
  /** Background, "#RRGGBB". */
  fill?: string;
  horizontal?: 'left' | 'center' | 'right';
  vertical?: 'top' | 'center';
  wrap?: boolean;
  /** Thin black borders on every edge of every cell of the range (a printed grid that does not
   *  depend on gridlines). */
  borders?: boolean;
}

/** A row given its own height, in points: rows whose text Excel does not fit by itself (a merged
 *  cell is never autofitted) or a title in a larger font. */
export interface RowHeightPlan {
  /** 0-based sheet row. */
  row: number;
  height: number;
}

/** A protected sheet (a fill-in form): every cell is locked except the ranges listed, so a unit
 *  can type its figures and notes but not change an ID, a target or a formula. No password: the
 *  protection keeps honest hands off the wrong cells, it is not a secret. */
export interface ProtectionPlan {
  /** A1 ranges left unlocked, e.g. "H4:J40" (the inputs). */
  unlocked: string[];
}

export interface SheetPlan {
  name: string;
  /** The Excel table over header + rows (omitted for free-form sheets such as 规则). */
  table?: { name: string; style?: string };
  columns: ColumnPlan[];
  /** Data rows (without the header). */
  rows: CellValue[][];
  /** Row index (0-based, in the sheet) of the header; rows above it hold titles. Default 0. */
  headerRow?: number;
  /** Free cells outside the table (titles, rule values), A1 address → value or formula. */
  cells?: { address: string; value: CellValue; formula?: string; numberFormat?: string; bold?: boolean }[];
  freezeRows?: number;
  freezeColumns?: number;
  conditionalFormats?: ConditionalFormatPlan[];
  validations?: ValidationPlan[];
  pageLayout?: PageLayoutPlan;
  /** Put the sheet first / activate it after writing. */
  activate?: boolean;
  /** Formats of blocks of cells, in order (a later one wins where they overlap). */
  formats?: RangeFormatPlan[];
  /** Merged blocks ("A1:M1"); the value is the top-left cell's. Office.js: Range.merge (1.2). */
  merges?: string[];
  /** Rows of a fixed height. */
  rowHeights?: RowHeightPlan[];
  /** Rows other than rowHeights' start from the standard height: a rewritten sheet forgets the
   *  heights of its earlier content (a notes row that is now a data row), and Excel fits the
   *  table's rows to their wrapped text as for every plan (RangeFormat.useStandardHeight 1.7,
   *  autofitRows 1.2). A file stores no height for them (Excel fits them when it opens it). */
  autofitRows?: boolean;
  /** false hides the gridlines on screen (Worksheet.showGridlines, ExcelApi 1.8): a sheet meant
   *  to be read like paper. Left as it is when omitted. */
  showGridlines?: boolean;
  /** A word the sheet carries as its own, kept in the saved workbook (a name scoped to the sheet,
   *  SHEET_MARK_NAME, whose value is this text): how the add-in knows a sheet is one it wrote
   *  (a print sheet) and not a clerk's sheet of the same name. A sheet written without it loses
   *  an earlier mark. Read back with ReadOptions.marks. */
  mark?: string;
  /** Lock every cell but the unlocked ranges and protect the sheet. A sheet written without it
   *  is left unprotected (a protected sheet of the same name is unprotected before it is
   *  rewritten). */
  protection?: ProtectionPlan;
  /** Hide the sheet's tab (the add-in's own records, e.g. a month's snapshot). The clerk can still
   *  unhide it in Excel; nothing depends on it staying hidden. */
  hidden?: boolean;
}

/** The sheet-scoped workbook name that holds a sheet's mark (SheetPlan.mark). */
export const SHEET_MARK_NAME = 'TM_SHEET_MARK';

/** One cell written into a sheet that is otherwise left as it is (a figure entered into
 *  月度填报): a number as a number, a string always as text (never a formula), null clears. */
export interface CellEdit {
  sheet: string;
  /** A1 address of one cell. */
  address: string;
  value: CellValue;
}

/** Rows appended to a table below its last row (new indicators in 月度填报), the rest of the sheet
 *  left as it is: one value per table column, strings as text, null empty. */
export interface TableRows {
  sheet: string;
  table: string;
  rows: CellValue[][];
}

export interface WorkbookPlan {
  /** Sheets whose whole content the plan gives (created, or cleared and rewritten). */
  sheets: SheetPlan[];
  /** Workbook names, defined before any formula of the plan is written. */
  names?: NamePlan[];
  /** Cells written after the sheets, into sheets that must exist. */
  edits?: CellEdit[];
  /** Rows appended to existing tables, after the edits. */
  tableRows?: TableRows[];
}

/** The sheets a plan writes into, in the order it writes them: its sheets, then the sheets of its
 *  cell edits and appended rows (a failure names what was not started from this). */
export function touchedSheets(plan: WorkbookPlan): string[] {
  const out = plan.sheets.map((s) => s.name);
  for (const name of editedSheets(plan)) if (!out.includes(name)) out.push(name);
  return out;
}

/** The sheets of a plan's cell edits and appended table rows, each once. */
export function editedSheets(plan: WorkbookPlan): string[] {
  return [...new Set([...(plan.edits ?? []).map((e) => e.sheet), ...(plan.tableRows ?? []).map((t) => t.sheet)])];
}
