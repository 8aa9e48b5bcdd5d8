/**
 * A WorkbookPort held in memory: the unit tests, the browser e2e harness and the benchmarks run
 * the use cases against it. It behaves like Excel where that matters to the clerk (a "=…" typed
 * into a General cell becomes a formula, the same text in a "@" cell stays text, a leading "'"
 * makes text) so a plan that would turn document text into a formula is caught here, and it
 * records every call with the syncs and payload bytes the Office.js adapter would spend on it
 * (both build their writes from src/workbook/writePayload.ts).
 *
 * Dependency-free and browser-safe: no Node API.
 */
import { parseCell, parseRange, rangeAddress } from '../workbook/a1';
import { rowShifter } from '../workbook/formulaShift';
import type { CellValue, ConditionalFormatPlan, PageLayoutPlan, SheetPlan, ValidationPlan, WorkbookPlan } from '../workbook/plan';
import { MAX_REQUEST_BYTES, TEXT_FORMAT, sheetWrite, utf8Length, wireValue, type WireValue } from '../workbook/writePayload';
import { WorkbookError, type ApplyReport, type RangeSnapshot, type SheetSnapshot, type WorkbookPort } from './port';
import { readFailureMessage, writeFailureMessage, writingSheetMessage } from './writeMessages';

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
}

export interface MemoryTable {
  name: string;
  sheet: string;
  address: string;
  style?: string;
}

export type MemoryOp = 'readSheets' | 'readSelection' | 'apply' | 'select' | 'onSheetsChanged';

export interface MemoryCall {
  op: MemoryOp;
  /** Sheets named by the call. */
  sheets: string[];
  /** context.sync() calls the Office.js adapter makes for it. */
  syncs: number;
  /** JSON size (UTF-8) of what would be sent (writes) or received (reads). */
  bytes: number;
  /** For apply: the request blocks, each under MAX_REQUEST_BYTES. */
  blocks?: number;
}

export interface MemoryFailure {
  op: MemoryOp;
  /** apply only: how many of the plan's sheets are written before it fails. */
  afterSheets?: number;
  reason: string;
}

export interface MemoryWorkbookInit {
  sheets?: { name: string; values: CellValue[][]; formulas?: (string | null)[][]; numberFormats?: (string | null)[][] }[];
  selection?: { sheet: string; address: string };
}

export interface MemoryWorkbook extends WorkbookPort {
  readonly calls: MemoryCall[];
  readonly tables: Map<string, MemoryTable>;
  readonly names: Map<string, { formula: string; comment?: string }>;
  /** Sum of the syncs of every recorded call. */
  totalSyncs(): number;
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
  });
  const key = (r: number, c: number) => `${r}:${c}`;
  const cellAt = (s: MemorySheet, r: number, c: number): MemoryCell => {
    let cell = s.cells.get(key(r, c));
    if (!cell) {
      cell = { value: null };
      s.cells.set(key(r, c), cell);
    }
    return cell;
  };

  /** Excel's reading of a value written through range.values (or typed). */
  const setValue = (cell: MemoryCell, v: WireValue | null, asFormula = false) => {
    if (v === null) return; // Office.js: null leaves the cell as it is
    delete cell.formula;
    if (typeof v !== 'string') {
      cell.value = v;
      return;
    }
    if (v.startsWith("'")) {
      cell.value = v.slice(1);
      return;
    }
    if (cell.numberFormat === TEXT_FORMAT && !asFormula) {
      cell.value = v;
      return;
    }
    if (v.startsWith('=')) {
      cell.formula = v;
      cell.value = null;
      return;
    }
    if (/^[+-]?\d+(\.\d+)?$/.test(v.trim())) {
      cell.value = Number(v);
      return;
    }
    if (/^[+\-@]/.test(v)) {
      // Excel takes "+x", "-x" and "@x" typed into a General cell as the start of a formula.
      cell.formula = v.startsWith('@') ? `=${v.slice(1)}` : `=${v}`;
      cell.value = null;
      return;
    }
    cell.value = v;
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

  /** Range.autoFill(destination, 'FillDefault') from a one-row source, as Excel does it: each
   *  formula with its relative rows shifted (the same function the plans are checked against),
   *  constants copied, the number format copied. So this workbook holds what Excel would, not
   *  what the plan says: a plan whose rows are not the fill of its first row shows here. */
  function fillDown(s: MemorySheet, fill: { source: string; destination: string }): void {
    const from = parseRange(fill.source);
    const to = parseRange(fill.destination);
    for (let c = 0; c < from.colCount; c++) {
      const source = cellAt(s, from.row, from.col + c);
      const shift = source.formula ? rowShifter(source.formula) : undefined;
      for (let r = to.row; r < to.row + to.rowCount; r++) {
        if (r === from.row) continue;
        const cell = cellAt(s, r, to.col + c);
        if (source.numberFormat !== undefined) cell.numberFormat = source.numberFormat;
        if (shift) {
          cell.formula = shift(r - from.row);
          cell.value = null;
        } else {
          delete cell.formula;
          cell.value = source.value;
        }
      }
    }
  }

  function applySheet(plan: SheetPlan, onProgress?: (message: string) => void): { rows: number; syncs: number; bytes: number; blocks: number } {
    const write = sheetWrite(plan, MAX_REQUEST_BYTES);
    // An old table of the same name, wherever it is, becomes a plain range (values kept), as
    // table.convertToRange() does in Excel.
    tables.delete(plan.table?.name ?? '\u0000');
    let sheet = find(plan.name);
    if (sheet) {
      for (const [n, t] of tables) if (t.sheet === plan.name) tables.delete(n);
      const fresh = newSheet(plan.name);
      Object.assign(sheet, fresh);
    } else {
      sheet = newSheet(plan.name);
      sheets.push(sheet);
    }
    const s = sheet;
    for (const [b, block] of write.blocks.entries()) {
      onProgress?.(writingSheetMessage(plan.name, plan.rows.length, { index: b + 1, of: write.blocks.length }));
      for (const cells of block.cells) {
        const at = parseRange(cells.address);
        cells.numberFormat.forEach((row, r) => row.forEach((nf, c) => (cellAt(s, at.row + r, at.col + c).numberFormat = nf)));
        cells.values.forEach((row, r) => row.forEach((v, c) => setValue(cellAt(s, at.row + r, at.col + c), v)));
      }
      for (const fc of block.formulaColumns) {
        const at = parseRange(fc.address);
        fc.formulas.forEach(([f], r) => setValue(cellAt(s, at.row + r, at.col), f, true));
      }
      for (const fill of block.fills) fillDown(s, fill);
    }
    for (const free of plan.cells ?? []) {
      const at = parseCell(free.address);
      const cell = cellAt(s, at.row, at.col);
      if (free.numberFormat) cell.numberFormat = free.numberFormat;
      if (free.formula) setValue(cell, free.formula, true);
      else setValue(cell, wireValue(free.value, { numberFormat: cell.numberFormat }));
      if (free.bold) cell.bold = true;
    }
    if (plan.table) {
      tables.set(plan.table.name, { name: plan.table.name, sheet: plan.name, address: write.tableAddress, style: plan.table.style });
    }
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
    if (plan.activate) {
      active = plan.name;
      sheets.splice(sheets.indexOf(s), 1);
      sheets.unshift(s);
    }
    return { rows: plan.rows.length, syncs: write.blocks.length, bytes: write.bytes, blocks: write.blocks.length };
  }

  const port: MemoryWorkbook = {
    calls,
    tables,
    names,
    selections,

    async readSheets(wanted: string[], withFormulas = false): Promise<SheetSnapshot[]> {
      const f = takeFailure('readSheets');
      if (f) throw new WorkbookError(readFailureMessage(wanted.map((n) => `“${n}”`).join('、') + '工作表', f.reason));
      const out: SheetSnapshot[] = [];
      for (const name of wanted) {
        const s = find(name);
        if (!s) continue;
        const snap: SheetSnapshot = { name, values: valuesOf(s) };
        if (withFormulas) snap.formulas = formulasOf(s);
        out.push(snap);
      }
      calls.push({ op: 'readSheets', sheets: wanted, syncs: 1, bytes: utf8Length(JSON.stringify(out)) });
      return out;
    },

    async readSelection(): Promise<RangeSnapshot> {
      const f = takeFailure('readSelection');
      if (f) throw new WorkbookError(readFailureMessage('选中的区域', f.reason));
      if (!selection) throw new WorkbookError('没有选中的区域：请先在工作表中选中要导入的表格。');
      const s = find(selection.sheet);
      const sel = parseRange(selection.address);
      // Like the adapter: whole columns or rows shrink to the part that holds anything.
      const used = s ? usedSize(s) : { rows: 0, cols: 0 };
      const at = { ...sel, rowCount: Math.max(0, Math.min(sel.rowCount, used.rows - sel.row)), colCount: Math.max(0, Math.min(sel.colCount, used.cols - sel.col)) };
      if (!s || at.rowCount === 0 || at.colCount === 0) {
        throw new WorkbookError(`选中的区域 ${selection.sheet}!${selection.address} 是空的：请选中包含表头行的整个表格。`);
      }
      const values = grid(s, at.row, at.col, at.rowCount, at.colCount, (c) => (c ? c.value : null));
      const snap: RangeSnapshot = {
        sheet: selection.sheet,
        address: rangeAddress(at.row, at.col, at.rowCount, at.colCount),
        firstRow: at.row + 1,
        values,
      };
      // The adapter first reads the selection's address and the used range, then the values.
      calls.push({ op: 'readSelection', sheets: [selection.sheet], syncs: 2, bytes: utf8Length(JSON.stringify(values)) });
      return snap;
    },

    async apply(plan: WorkbookPlan, onProgress?: (message: string) => void): Promise<ApplyReport> {
      const f = takeFailure('apply');
      const written: string[] = [];
      let syncs = 1; // loading what exists: sheets, tables, names
      let bytes = 0;
      let blocks = 0;
      let rows = 0;
      for (const [i, sp] of plan.sheets.entries()) {
        if (f && (f.afterSheets ?? 0) <= i) {
          calls.push({ op: 'apply', sheets: plan.sheets.map((p) => p.name), syncs: syncs + 1, bytes, blocks });
          throw new WorkbookError(
            writeFailureMessage(written, sp.name, plan.sheets.slice(i + 1).map((p) => p.name), f.reason),
            written,
          );
        }
        const r = applySheet(sp, onProgress);
        syncs += r.syncs;
        bytes += r.bytes;
        blocks += r.blocks;
        rows += r.rows;
        written.push(sp.name);
      }
      for (const n of plan.names ?? []) names.set(n.name, { formula: n.formula, comment: n.comment });
      calls.push({ op: 'apply', sheets: plan.sheets.map((p) => p.name), syncs, bytes, blocks });
      return { sheetsWritten: written, rowsWritten: rows, syncs };
    },

    async select(sheet: string, address: string): Promise<void> {
      if (!find(sheet)) throw new WorkbookError(`找不到“${sheet}”工作表，无法选中${address}。`);
      selections.push({ sheet, address });
      active = sheet;
      calls.push({ op: 'select', sheets: [sheet], syncs: 1, bytes: 0 });
    },

    async onSheetsChanged(wanted: string[], handler: () => void): Promise<() => void> {
      const entry = { sheets: new Set(wanted), handler };
      handlers.push(entry);
      // The adapter loads the sheets (one sync) and registers the handlers (one more).
      calls.push({ op: 'onSheetsChanged', sheets: wanted, syncs: 2, bytes: 0 });
      return () => {
        const i = handlers.indexOf(entry);
        if (i >= 0) handlers.splice(i, 1);
      };
    },

    totalSyncs: () => calls.reduce((n, c) => n + c.syncs, 0),
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
      const cell = cellAt(s, at.row, at.col);
      if (value === null) {
        cell.value = null;
        delete cell.formula;
      } else setValue(cell, value);
      for (const h of [...handlers]) if (h.sheets.has(sheetName)) h.handler();
    },
    failNext: (f) => {
      failure = f;
    },
  };
  return port;
}

