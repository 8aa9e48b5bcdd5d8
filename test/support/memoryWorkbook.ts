/**
 * A workbook host held in memory: a test double of Excel for the unit tests, the browser e2e
 * harness and the benchmarks (never imported by production code: the layering test enforces it).
 * It applies plans through the same host-neutral step as every adapter (src/workbook/sheetCells.ts)
 * and behaves like Excel where that matters to the clerk:
 * - "=…" typed into a General cell becomes a formula; the same text in a "@" cell stays text; a
 *   leading "'" makes text; "+x", "-x", "@x" typed into a General cell start a formula;
 * - a formula entered while a workbook name it uses does not exist shows #NAME?;
 * - a fill-down column is filled as the fill handle fills it (src/workbook/formulaShift.ts);
 * - a protected sheet refuses typing (and cell edits) into a cell that is not unlocked.
 * It records every call (`calls`) and can make the next call fail (`failNext`), as Excel can.
 *
 * Dependency-free and browser-safe: no Node API.
 */
import { writingSheetMessage } from '../../src/app/messages';
import { WorkbookError, wantsFormulas, wantsNumberFormats, type ApplyReport, type RangeSnapshot, type ReadOptions, type SheetSnapshot, type WorkbookHost } from '../../src/app/port';
import { parseCell, parseRange, rangeAddress } from '../../src/workbook/a1';
import { editedSheets, touchedSheets, type CellValue, type ConditionalFormatPlan, type PageLayoutPlan, type RangeFormatPlan, type SheetPlan, type ValidationPlan, type WorkbookPlan } from '../../src/workbook/plan';
import { TEXT_FORMAT, sheetCells, type Cell } from '../../src/workbook/sheetCells';
import { namesUsed } from './formulaNames';

export interface MemoryCell {
  value: CellValue;
  formula?: string;
  numberFormat?: string;
  bold?: boolean;
}

export interface MemorySheet {
  name: string;
  /** Keyed "row:col" (0-based). */
  cells: Map<string, MemoryCell>;
  /** Column widths in Chinese characters, by 0-based column. */
  columnWidths: Map<number, number>;
  wrapColumns: Set<number>;
  alignments: Map<number, string>;
  freezeRows: number;
  freezeColumns: number;
  conditionalFormats: ConditionalFormatPlan[];
  validations: ValidationPlan[];
  pageLayout?: PageLayoutPlan;
  /** Formats of blocks of cells, in the order applied. */
  formats: RangeFormatPlan[];
  merges: string[];
  /** Fixed row heights (points) by 0-based row. */
  rowHeights: Map<number, number>;
  /** Rows fit their text (the plan's autofitRows). */
  autofitRows: boolean;
  showGridlines: boolean;
  /** The sheet's mark (SheetPlan.mark), null when it has none. */
  mark: string | null;
  /** A protected sheet's unlocked ranges; undefined: not protected. */
  protection?: { unlocked: string[] };
  hidden: boolean;
}

export interface MemoryTable {
  name: string;
  sheet: string;
  address: string;
  style?: string;
}

export type MemoryOp = 'listSheets' | 'readSheets' | 'readSelection' | 'apply' | 'select' | 'onSheetsChanged';

export interface MemoryCall {
  op: MemoryOp;
  /** Sheets named by the call. */
  sheets: string[];
}

export interface MemoryFailure {
  op: MemoryOp;
  /** apply only: how many of the plan's sheets are written before it fails. */
  afterSheets?: number;
  /** The host's error code, e.g. "GeneralException" (the default when no reason is given). */
  code?: string;
  /** The host's own words (Office localises them: Chinese here). */
  reason?: string;
}

export interface MemoryWorkbookInit {
  sheets?: { name: string; values: CellValue[][]; formulas?: (string | null)[][]; numberFormats?: (string | null)[][] }[];
  selection?: { sheet: string; address: string };
}

export interface MemoryWorkbook extends WorkbookHost {
  readonly calls: MemoryCall[];
  readonly tables: Map<string, MemoryTable>;
  readonly names: Map<string, { formula: string; comment?: string }>;
  sheetNames(): string[];
  sheet(name: string): MemorySheet | undefined;
  cell(sheet: string, address: string): MemoryCell | undefined;
  /** The used range's values from A1, as readSheets returns them. */
  values(sheet: string): CellValue[][];
  activeSheet(): string | undefined;
  /** Cells selected through the port, in order. */
  readonly selections: { sheet: string; address: string }[];
  /** What readSelection returns next. */
  setSelection(sheet: string, address: string): void;
  /** A clerk typing into a cell: "=…" becomes a formula unless the cell is formatted "@";
   *  handlers of onSheetsChanged for that sheet are called. */
  setCell(sheet: string, address: string, value: CellValue): void;
  /** The next call of `op` fails like Excel would (once). */
  failNext(failure: MemoryFailure): void;
}

export function createMemoryWorkbook(initial: MemoryWorkbookInit = {}): MemoryWorkbook {
  const sheets: MemorySheet[] = [];
  const tables = new Map<string, MemoryTable>();
  const names = new Map<string, { formula: string; comment?: string }>();
  const calls: MemoryCall[] = [];
  const selections: { sheet: string; address: string }[] = [];
  const handlers: { sheets: Set<string>; handler: () => void }[] = [];
  let selection = initial.selection;
  let active: string | undefined;
  let failure: MemoryFailure | undefined;

  const find = (name: string) => sheets.find((s) => s.name === name);
  const newSheet = (name: string): MemorySheet => ({
    name,
    cells: new Map(),
    columnWidths: new Map(),
    wrapColumns: new Set(),
    alignments: new Map(),
    freezeRows: 0,
    freezeColumns: 0,
    conditionalFormats: [],
    validations: [],
    formats: [],
    merges: [],
    rowHeights: new Map(),
    autofitRows: false,
    showGridlines: true,
    mark: null,
    hidden: false,
  });
  const key = (r: number, c: number) => `${r}:${c}`;
  const isLocked = (s: MemorySheet, r: number, c: number) =>
    s.protection !== undefined &&
    !s.protection.unlocked.some((u) => {
      const a = parseRange(u);
      return r >= a.row && r < a.row + a.rowCount && c >= a.col && c < a.col + a.colCount;
    });
  const cellAt = (s: MemorySheet, r: number, c: number): MemoryCell => {
    let cell = s.cells.get(key(r, c));
    if (!cell) {
      cell = { value: null };
      s.cells.set(key(r, c), cell);
    }
    return cell;
  };

  /** A formula entered now: #NAME? while a name it uses is missing (nothing recalculates it). */
  const missingName = (formula: string) => namesUsed(formula).some((n) => !names.has(n));
  const enterFormula = (cell: MemoryCell, formula: string, nameMissing = missingName(formula)) => {
    cell.formula = formula;
    cell.value = nameMissing ? '#NAME?' : null;
  };

  /** Excel's reading of a string typed into a cell (or written through range.values). */
  const typeValue = (cell: MemoryCell, v: CellValue) => {
    delete cell.formula;
    if (typeof v !== 'string') {
      cell.value = v;
      return;
    }
    if (v.startsWith("'")) cell.value = v.slice(1);
    else if (cell.numberFormat === TEXT_FORMAT) cell.value = v;
    else if (v.startsWith('=')) enterFormula(cell, v);
    else if (/^[+-]?\d+(\.\d+)?$/.test(v.trim())) cell.value = Number(v);
    // Excel takes "+x", "-x" and "@x" typed into a General cell as the start of a formula.
    else if (/^[+\-@]/.test(v)) enterFormula(cell, v.startsWith('@') ? `=${v.slice(1)}` : `=${v}`);
    else cell.value = v;
  };

  /** A cell of a plan, written as the Office.js adapter writes it. */
  const writeCell = (cell: MemoryCell, c: Cell) => {
    delete cell.formula;
    if (c === null) cell.value = null;
    else if (typeof c !== 'object') cell.value = c;
    else if ('formula' in c) enterFormula(cell, c.formula);
    else cell.value = c.text;
  };

  const usedSize = (s: MemorySheet) => {
    let rows = 0;
    let cols = 0;
    for (const [k, cell] of s.cells) {
      if ((cell.value === null || cell.value === '') && !cell.formula) continue;
      const [r, c] = k.split(':').map(Number);
      rows = Math.max(rows, r + 1);
      cols = Math.max(cols, c + 1);
    }
    return { rows, cols };
  };
  const grid = (s: MemorySheet, r0: number, c0: number, rows: number, cols: number, pick: (cell: MemoryCell | undefined) => CellValue) =>
    Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => pick(s.cells.get(key(r0 + r, c0 + c)))));
  const valuesOf = (s: MemorySheet) => {
    const { rows, cols } = usedSize(s);
    return grid(s, 0, 0, rows, cols, (cell) => (cell ? cell.value : null));
  };
  const formulasOf = (s: MemorySheet) => {
    const { rows, cols } = usedSize(s);
    return grid(s, 0, 0, rows, cols, (cell) => (cell?.formula ?? (cell && cell.value !== null ? String(cell.value) : ''))) as string[][];
  };

  const takeFailure = (op: MemoryOp) => {
    if (failure && failure.op === op) {
      const f = failure;
      failure = undefined;
      return f;
    }
    return undefined;
  };
  const reason = (f: MemoryFailure) => ({ code: f.code ?? (f.reason ? undefined : 'GeneralException'), text: f.reason });
  /** Excel refuses a sheet name of more than 31 characters or with one of : \ / ? * [ ]. */
  const sheetNameProblem = (name: string) => (name.length === 0 || name.length > 31 || /[:\\/?*[\]]/.test(name) ? { code: 'InvalidArgument' } : undefined);

  for (const s of initial.sheets ?? []) {
    const sheet = newSheet(s.name);
    sheets.push(sheet);
    s.values.forEach((row, r) =>
      row.forEach((v, c) => {
        const f = s.formulas?.[r]?.[c];
        const nf = s.numberFormats?.[r]?.[c];
        if (v === null && !f && !nf) return;
        const cell = cellAt(sheet, r, c);
        if (nf) cell.numberFormat = nf;
        cell.value = v;
        if (f && f.startsWith('=')) cell.formula = f;
      }),
    );
  }

  function applySheet(plan: SheetPlan): void {
    const cells = sheetCells(plan);
    // An old table of the same name, wherever it is, becomes a plain range (values kept), as
    // table.convertToRange() does in Excel.
    tables.delete(plan.table?.name ?? '\u0000');
    let sheet = find(plan.name);
    if (sheet) {
      for (const [n, t] of tables) if (t.sheet === plan.name) tables.delete(n);
      // Cleared as Excel clears a sheet: the gridlines setting stays unless the plan gives one.
      const gridlines = sheet.showGridlines;
      Object.assign(sheet, newSheet(plan.name), { showGridlines: gridlines });
    } else {
      sheet = newSheet(plan.name);
      sheets.push(sheet);
    }
    const s = sheet;
    const h = cells.headerRow;
    cells.header.forEach((c, col) => {
      const cell = cellAt(s, h, col);
      cell.numberFormat = TEXT_FORMAT;
      writeCell(cell, c);
    });
    // A filled column's formulas differ from the first row's in their row numbers only, so they
    // use the same names: looked up once per column.
    const filled = new Map<number, boolean>();
    for (const f of cells.fills) for (let c = f.firstCol; c < f.firstCol + f.colCount; c++) filled.set(c, missingName(cells.filledFormula(c, 0)));
    cells.rows.forEach((row, r) =>
      row.forEach((c, col) => {
        const cell = cellAt(s, h + 1 + r, col);
        cell.numberFormat = cells.numberFormats[col];
        // The fill handle: the first row's formula, relative rows shifted, to every row.
        const nameMissing = filled.get(col);
        if (r > 0 && nameMissing !== undefined) enterFormula(cell, cells.filledFormula(col, r), nameMissing);
        else writeCell(cell, c);
      }),
    );
    for (const free of cells.free) {
      const at = parseCell(free.address);
      const cell = cellAt(s, at.row, at.col);
      if (free.numberFormat) cell.numberFormat = free.numberFormat;
      writeCell(cell, free.cell);
      if (free.bold) cell.bold = true;
    }
    if (plan.table) tables.set(plan.table.name, { name: plan.table.name, sheet: plan.name, address: cells.tableAddress, style: plan.table.style });
    plan.columns.forEach((c, i) => {
      s.columnWidths.set(i, c.width);
      if (c.wrap) s.wrapColumns.add(i);
      if (c.align) s.alignments.set(i, c.align);
    });
    s.freezeRows = plan.freezeRows ?? 0;
    s.freezeColumns = plan.freezeColumns ?? 0;
    s.conditionalFormats = [...(plan.conditionalFormats ?? [])];
    s.validations = [...(plan.validations ?? [])];
    s.pageLayout = plan.pageLayout;
    s.formats = [...cells.formats];
    s.merges = [...cells.merges];
    for (const m of cells.merges) {
      // Excel keeps the top-left value of a merged block only.
      const at = parseRange(m);
      for (let r = at.row; r < at.row + at.rowCount; r++) {
        for (let c = at.col; c < at.col + at.colCount; c++) if (r !== at.row || c !== at.col) s.cells.delete(key(r, c));
      }
    }
    s.rowHeights = new Map(cells.rowHeights.map((h) => [h.row, h.height]));
    s.autofitRows = plan.autofitRows === true;
    if (plan.showGridlines !== undefined) s.showGridlines = plan.showGridlines;
    s.mark = plan.mark ?? null;
    s.protection = cells.unlocked ? { unlocked: cells.unlocked } : undefined;
    s.hidden = cells.hidden;
    if (plan.activate) {
      active = plan.name;
      sheets.splice(sheets.indexOf(s), 1);
      sheets.unshift(s);
    }
  }

  const port: MemoryWorkbook = {
    calls,
    tables,
    names,
    selections,

    async listSheets(): Promise<string[]> {
      calls.push({ op: 'listSheets', sheets: [] });
      const f = takeFailure('listSheets');
      if (f) throw new WorkbookError({ code: 'read-failed', sheets: [], reason: reason(f) });
      return sheets.map((s) => s.name);
    },

    async readSheets(wanted: readonly string[], options: ReadOptions = {}): Promise<SheetSnapshot[]> {
      calls.push({ op: 'readSheets', sheets: [...wanted] });
      const f = takeFailure('readSheets');
      if (f) throw new WorkbookError({ code: 'read-failed', sheets: [...wanted], reason: reason(f) });
      const out: SheetSnapshot[] = [];
      for (const name of wanted) {
        const s = find(name);
        if (!s) continue;
        const snap: SheetSnapshot = { name, values: valuesOf(s) };
        if (wantsFormulas(options, name)) snap.formulas = formulasOf(s);
        if (wantsNumberFormats(options, name)) {
          const { rows, cols } = usedSize(s);
          snap.numberFormats = grid(s, 0, 0, rows, cols, (cell) => cell?.numberFormat ?? 'General') as string[][];
        }
        if (options.marks) snap.mark = s.mark;
        out.push(snap);
      }
      return out;
    },

    async readSelection(): Promise<RangeSnapshot> {
      calls.push({ op: 'readSelection', sheets: selection ? [selection.sheet] : [] });
      const f = takeFailure('readSelection');
      if (f) throw new WorkbookError({ code: 'read-failed', sheets: [], selection: true, reason: reason(f) });
      if (!selection) throw new WorkbookError({ code: 'no-selection' });
      const s = find(selection.sheet);
      const sel = parseRange(selection.address);
      // Like the adapter: whole columns or rows shrink to the part that holds anything.
      const used = s ? usedSize(s) : { rows: 0, cols: 0 };
      const at = { ...sel, rowCount: Math.max(0, Math.min(sel.rowCount, used.rows - sel.row)), colCount: Math.max(0, Math.min(sel.colCount, used.cols - sel.col)) };
      if (!s || at.rowCount === 0 || at.colCount === 0) throw new WorkbookError({ code: 'selection-empty', sheet: selection.sheet, address: selection.address });
      return {
        sheet: selection.sheet,
        address: rangeAddress(at.row, at.col, at.rowCount, at.colCount),
        firstRow: at.row + 1,
        values: grid(s, at.row, at.col, at.rowCount, at.colCount, (c) => (c ? c.value : null)),
      };
    },

    async apply(plan: WorkbookPlan, onProgress?: (message: string) => void): Promise<ApplyReport> {
      calls.push({ op: 'apply', sheets: plan.sheets.map((p) => p.name) });
      const f = takeFailure('apply');
      const written: string[] = [];
      // As the adapter: the names first, then the sheets one by one.
      for (const n of plan.names ?? []) names.set(n.name, { formula: n.formula, comment: n.comment });
      let rows = 0;
      for (const [i, sp] of plan.sheets.entries()) {
        const failed = f && (f.afterSheets ?? 0) <= i ? reason(f) : sheetNameProblem(sp.name);
        if (failed) {
          throw new WorkbookError({ code: 'write-failed', written, partial: sp.name, notStarted: touchedSheets(plan).slice(i + 1), reason: failed });
        }
        onProgress?.(writingSheetMessage(sp.name, sp.rows.length));
        applySheet(sp);
        rows += sp.rows.length;
        written.push(sp.name);
      }
      for (const e of plan.edits ?? []) {
        const s = find(e.sheet);
        if (!s) throw new WorkbookError({ code: 'write-failed', written, partial: editedSheets(plan).join('、'), notStarted: [], reason: { code: 'ItemNotFound' } });
        const at = parseCell(e.address);
        if (isLocked(s, at.row, at.col)) throw new WorkbookError({ code: 'write-failed', written, partial: editedSheets(plan).join('、'), notStarted: [], reason: { code: 'AccessDenied' } });
        const cell = cellAt(s, at.row, at.col);
        delete cell.formula;
        cell.value = e.value === '' ? null : e.value;
      }
      for (const t of plan.tableRows ?? []) {
        const table = tables.get(t.table);
        const s = find(t.sheet);
        if (!table || !s) throw new WorkbookError({ code: 'write-failed', written, notStarted: [], reason: { code: 'ItemNotFound' } });
        const at = parseRange(table.address);
        t.rows.forEach((row, k) =>
          row.forEach((v, c) => {
            const cell = cellAt(s, at.row + at.rowCount + k, at.col + c);
            delete cell.formula;
            cell.value = v === '' ? null : v;
          }),
        );
        table.address = rangeAddress(at.row, at.col, at.rowCount + t.rows.length, at.colCount);
      }
      return { sheetsWritten: written, rowsWritten: rows };
    },

    async select(sheet: string, address: string): Promise<void> {
      calls.push({ op: 'select', sheets: [sheet] });
      if (!find(sheet)) throw new WorkbookError({ code: 'select-failed', sheet, address, reason: { code: 'ItemNotFound' } });
      selections.push({ sheet, address });
      active = sheet;
    },

    async onSheetsChanged(wanted: readonly string[], handler: () => void): Promise<() => void> {
      calls.push({ op: 'onSheetsChanged', sheets: [...wanted] });
      const entry = { sheets: new Set(wanted), handler };
      handlers.push(entry);
      return () => {
        const i = handlers.indexOf(entry);
        if (i >= 0) handlers.splice(i, 1);
      };
    },

    sheetNames: () => sheets.map((s) => s.name),
    sheet: (name) => find(name),
    cell: (sheet, address) => {
      const s = find(sheet);
      const at = parseCell(address);
      return s?.cells.get(key(at.row, at.col));
    },
    values: (name) => {
      const s = find(name);
      return s ? valuesOf(s) : [];
    },
    activeSheet: () => active,
    setSelection: (sheet, address) => {
      selection = { sheet, address };
    },
    setCell: (sheetName, address, value) => {
      let s = find(sheetName);
      if (!s) {
        s = newSheet(sheetName);
        sheets.push(s);
      }
      const at = parseCell(address);
      // Excel refuses typing into a locked cell of a protected sheet (a form's ID or target).
      if (isLocked(s, at.row, at.col)) throw new Error(`您试图更改的单元格 ${sheetName}!${address} 位于受保护的工作表中`);
      const cell = cellAt(s, at.row, at.col);
      if (value === null) {
        cell.value = null;
        delete cell.formula;
      } else typeValue(cell, value);
      for (const h of [...handlers]) if (h.sheets.has(sheetName)) h.handler();
    },
    failNext: (f) => {
      failure = f;
    },
  };
  return port;
}
