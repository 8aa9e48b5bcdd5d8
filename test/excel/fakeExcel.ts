/**
 * A small fake of the Excel JavaScript object model: just the members src/excel/ calls, with
 * Office.js's batching made strict so the adapter's mistakes show:
 * - every method call and property write is queued and runs at context.sync(), in order;
 * - a loaded property (isNullObject, values, address…) throws when read before the sync that
 *   loads it;
 * - a sync whose queued values/formulas/number formats exceed 5 MB is refused, like Excel on
 *   the web;
 * - `failSync = n` makes the n-th sync throw (nothing of that batch is applied).
 * Range.autoFill fills down as the fill handle does (src/workbook/formulaShift.ts shifts the rows).
 * Cells behave like Excel's: a string written into a "@" cell stays text, "=…", "+…", "-…" and
 * "@…" written into a General cell become formulas, a leading "'" makes text; a formula entered
 * while a workbook name it uses does not exist shows #NAME? (nothing recalculates it later).
 * Sheet names follow Excel's rules: a name over 31 characters or with : \ / ? * [ ] is refused.
 *
 * And what real Excel does that an add-in must cope with (issue 10):
 * - while the clerk edits a cell (`startEdit()`), every sync fails with
 *   InvalidOperationInCellEditMode, unless the run asked `{ delayForCellEdit: true }` on a host with
 *   ExcelApi 1.11, whose syncs then wait until the edit ends (`endEdit()`);
 * - the add-in's own writes fire the worksheet change events it listens to, unless it turned them
 *   off (`context.runtime.enableEvents = false`, which lasts until turned back on);
 * - a response over 5 MB (the values a sync loads) is refused, like a request;
 * - `pageLayout.zoom = { horizontalFitToPages: 1 }` leaves the vertical count at Excel's default 1:
 *   the whole sheet on one page; `verticalFitToPages: 0` is "automatic";
 * - a formula with a structured reference ("[@目标值]", "指标表[目标值]") outside the table it
 *   names is refused (InvalidArgument);
 * - text written through `values` into a General cell is read as if typed: "6.5%" becomes 0.065
 *   formatted "0.0%", "1-1" becomes a date (January 1st of this year) formatted "m/d".
 *
 * Paper layout: merged blocks (merging keeps the top-left value only), block formats, row heights
 * (whole rows "5:5"), autofit, gridlines, manual page breaks, margins, and names scoped to a sheet.
 * - a protected sheet refuses, as Excel does (AccessDenied), any write to a cell that is not
 *   unlocked, a clear, and a change of locks, until Worksheet.protection.unprotect().
 */
import { rowShifter } from '../../src/workbook/formulaShift';
import { namesUsed } from '../support/formulaNames';

export interface FakeCell {
  value: unknown;
  formula?: string;
  numberFormat: string;
}

export interface FakeSheet {
  name: string;
  cells: Map<string, FakeCell>;
  columnWidths: Map<string, number>;
  wrap: Set<string>;
  freeze?: { rows: number; columns: number };
  printTitleRows?: string;
  printTitleColumns?: string;
  printArea?: string;
  /** The last pageLayout.zoom set, e.g. { horizontalFitToPages: 1 } or { scale: 100 }. */
  zoom?: unknown;
  /** What Excel prints with: pages wide and tall (0 = automatic), or undefined for a scale. */
  fit?: { wide: number; tall: number };
  /** Rows whose height was fitted to their content (format.autofitRows), as range addresses. */
  autofitRows: string[];
  orientation?: string;
  paperSize?: string;
  centerHeader?: string;
  centerFooter?: string;
  conditionalFormats: { address: string; formula?: string; fill?: string }[];
  validations: { address: string; rule: unknown }[];
  handlers: (() => Promise<void> | void)[];
  /** Names scoped to this sheet (worksheet.names, ExcelApi 1.4). */
  names: Map<string, { reference: string }>;
  merges: string[];
  showGridlines: boolean;
  /** Row heights set (points), by 0-based row; a reset to the standard height empties it. */
  rowHeights: Map<number, number>;
  /** 0-based rows that start a printed page (manual breaks). */
  pageBreaks: number[];
  margins: Record<string, number>;
  centerHorizontally?: boolean;
  /** Block formats as set: range, property ("bold", "size", "fill", "border.EdgeTop" …), value. */
  formats: { address: string; prop: string; value: unknown }[];
  /** Worksheet.protection.protect(options) was called (and not unprotect()). */
  protection?: { options: unknown };
  /** Ranges set to format.protection.locked = false. */
  unlocked: string[];
  /** Worksheet.visibility, when set. */
  visibility?: string;
}

export interface FakeOp {
  sync: number;
  kind: string;
  sheet?: string;
  address?: string;
}

const REQUEST_LIMIT = 5 * 1024 * 1024;

export class FakeExcel {
  sheets: FakeSheet[] = [];
  tables = new Map<string, { sheet: string; address: string; style?: string }>();
  names = new Map<string, { reference: string; comment?: string }>();
  /** Ops as executed, with the number of the sync that sent them. */
  log: FakeOp[] = [];
  syncs = 0;
  /** Bytes of values/formulas/numberFormat sent by each sync. */
  syncBytes: number[] = [];
  failSync?: number;
  selection?: { sheet: string; address: string };
  /** Highest ExcelApi version the "host" supports, e.g. '1.9' or '1.11'. */
  apiVersion: string | number = '1.9';
  /** Bytes of values/formulas loaded by each sync (the response), and those refused as too big. */
  responseBytes: number[] = [];
  refusedResponses: number[] = [];
  /** runtime.enableEvents: false once the add-in turns its events off, until it turns them on. */
  eventsEnabled = true;
  /** Change events fired, per sheet, in order (the add-in's writes and the clerk's typing). */
  events: { sheet: string; source: 'add-in' | 'clerk' }[] = [];
  /** Called before each sync runs (with its number): what the clerk does in Excel between two
   *  batches of the add-in. */
  beforeSync?: (sync: number) => void;
  /** Whether the clerk is editing a cell now (see startEdit/endEdit). */
  editing = false;
  private editDone: Promise<void> = Promise.resolve();
  private finishEdit: () => void = () => undefined;
  private savedGlobals: { Excel: unknown; Office: unknown } | undefined;

  install(): this {
    const g = globalThis as Record<string, unknown>;
    this.savedGlobals = { Excel: g.Excel, Office: g.Office };
    g.Excel = {
      run: async (a: unknown, b?: unknown) => {
        if (typeof a === 'function') return (a as (ctx: FakeContext) => Promise<unknown>)(new FakeContext(this));
        // Excel.run(context, fn) reuses the context of an earlier run (removing event handlers).
        if (a instanceof FakeContext) return (b as (ctx: FakeContext) => Promise<unknown>)(a);
        // Excel.run(options, fn): { delayForCellEdit } (ExcelApi 1.11).
        return (b as (ctx: FakeContext) => Promise<unknown>)(new FakeContext(this, a as RunOptions));
      },
    };
    g.Office = {
      context: { requirements: { isSetSupported: (name: string, v: string) => name === 'ExcelApi' && minor(v) <= minor(this.apiVersion) } },
    };
    return this;
  }

  uninstall(): void {
    const g = globalThis as Record<string, unknown>;
    g.Excel = this.savedGlobals?.Excel;
    g.Office = this.savedGlobals?.Office;
  }

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  addSheet(name: string, values: unknown[][] = []): FakeSheet {
    const s: FakeSheet = {
      name,
      cells: new Map(),
      columnWidths: new Map(),
      wrap: new Set(),
      conditionalFormats: [],
      validations: [],
      handlers: [],
      autofitRows: [],
      names: new Map(),
      merges: [],
      showGridlines: true,
      rowHeights: new Map(),
      pageBreaks: [],
      margins: {},
      formats: [],
      unlocked: [],
    };
    this.sheets.push(s);
    values.forEach((row, r) => row.forEach((v, c) => v !== null && v !== undefined && s.cells.set(key(r, c), { value: v, numberFormat: 'General' })));
    return s;
  }

  cell(sheet: string, address: string): FakeCell | undefined {
    const { row, col } = parseCell(address);
    return this.sheet(sheet)?.cells.get(key(row, col));
  }

  /** The used range's values from A1. */
  values(sheet: string): unknown[][] {
    const s = this.sheet(sheet);
    if (!s) return [];
    const u = used(s);
    if (!u) return [];
    return grid(u.row + u.rowCount, u.col + u.colCount, 0, 0, (r, c) => s.cells.get(key(r, c))?.value ?? null);
  }

  fireChanged(sheet: string, source: 'add-in' | 'clerk' = 'clerk'): Promise<void[]> {
    this.events.push({ sheet, source });
    return Promise.all(this.sheet(sheet)!.handlers.map(async (h) => h()));
  }

  /** The clerk starts typing into a cell (Excel's edit mode). */
  startEdit(): void {
    this.editing = true;
    this.editDone = new Promise((resolve) => (this.finishEdit = resolve));
  }

  /** The clerk presses Enter: delayed batches run now. */
  endEdit(): void {
    this.editing = false;
    this.finishEdit();
  }

  /** Waits for a sync delayed by a cell edit (delayForCellEdit). */
  waitForEdit(): Promise<void> {
    return this.editDone;
  }

  /** A clerk typing a value into a cell, as Excel reads it, and the change event it fires. */
  async type(sheetName: string, address: string, value: unknown): Promise<void> {
    const s = this.sheet(sheetName) ?? this.addSheet(sheetName);
    const { row, col } = parseCell(address);
    const k = key(row, col);
    const cell = s.cells.get(k) ?? { value: null, numberFormat: 'General' };
    s.cells.set(k, cell);
    // Typed right beside a table (the next column or the row below), the table grows over it.
    for (const t of this.tables.values()) {
      if (t.sheet !== sheetName) continue;
      const a = parseRange(t.address);
      if (col === a.col + a.colCount && row >= a.row && row < a.row + a.rowCount) t.address = rangeText({ ...a, colCount: a.colCount + 1 });
      else if (row === a.row + a.rowCount && col >= a.col && col < a.col + a.colCount) t.address = rangeText({ ...a, rowCount: a.rowCount + 1 });
    }
    writeCell(cell, value, false, this.names, this.tables, sheetName, row, col);
    if (s.handlers.length > 0) await this.fireChanged(sheetName, 'clerk');
  }
}

/** The minor number of an API set version: "1.11" → 11 (1.11 is after 1.9). */
function minor(version: string | number): number {
  return Number(String(version).split('.')[1] ?? 0);
}

interface RunOptions {
  delayForCellEdit?: boolean;
}

// ---- context and batching ----

/** Kinds of op that change cells: Excel fires the sheet's onChanged after them. */
const CHANGES = new Set(['values', 'formulas', 'clear', 'autoFill']);
const RESPONSE_LIMIT = 5 * 1024 * 1024;

class FakeContext {
  readonly workbook: FakeWorkbook;
  readonly application: { suspendApiCalculationUntilNextSync(): void; suspendScreenUpdatingUntilNextSync(): void };
  readonly runtime: { enableEvents: boolean };
  queue: { kind: string; sheet?: string; address?: string; bytes: number; run: () => void }[] = [];
  /** Loads of this batch: their bytes count toward the response, their values are set after it. */
  pendingLoads: { bytes: number; commit: () => void }[] = [];

  constructor(
    readonly fake: FakeExcel,
    readonly options: RunOptions = {},
  ) {
    this.workbook = new FakeWorkbook(this);
    this.application = {
      suspendApiCalculationUntilNextSync: () => this.enqueue('suspendCalculation', () => undefined),
      suspendScreenUpdatingUntilNextSync: () => this.enqueue('suspendScreenUpdating', () => undefined),
    };
    const runtime = {} as { enableEvents: boolean };
    Object.defineProperty(runtime, 'enableEvents', {
      set: (v: boolean) => this.enqueue('runtime.enableEvents', () => (fake.eventsEnabled = v)),
      get: () => fake.eventsEnabled,
    });
    this.runtime = runtime;
  }

  enqueue(kind: string, run: () => void, where: { sheet?: string; address?: string } = {}, bytes = 0): void {
    this.queue.push({ kind, ...where, bytes, run });
  }

  async sync(): Promise<void> {
    const fake = this.fake;
    if (fake.editing) {
      if (!(this.options.delayForCellEdit && minor(fake.apiVersion) >= 11)) {
        throw Object.assign(new Error('The operation is not allowed while the cell is being edited.'), { code: 'InvalidOperationInCellEditMode' });
      }
      await fake.waitForEdit();
    }
    fake.syncs++;
    fake.beforeSync?.(fake.syncs);
    const batch = this.queue;
    this.queue = [];
    this.pendingLoads = [];
    const bytes = batch.reduce((n, op) => n + op.bytes, 0);
    fake.syncBytes.push(bytes);
    if (fake.failSync === fake.syncs) throw Object.assign(new Error('The request failed (simulated).'), { code: 'GeneralException' });
    if (bytes > REQUEST_LIMIT) throw Object.assign(new Error('The request payload size has exceeded the limit.'), { code: 'RequestPayloadSizeLimitExceeded' });
    const changed = new Set<string>();
    for (const op of batch) {
      op.run();
      fake.log.push({ sync: fake.syncs, kind: op.kind, sheet: op.sheet, address: op.address });
      if (CHANGES.has(op.kind) && op.sheet) changed.add(op.sheet);
    }
    const response = this.pendingLoads.reduce((n, l) => n + l.bytes, 0);
    if (response > RESPONSE_LIMIT) {
      fake.refusedResponses.push(response);
      throw Object.assign(new Error('The response payload size has exceeded the limit.'), { code: 'ResponsePayloadSizeLimitExceeded' });
    }
    fake.responseBytes.push(response);
    for (const l of this.pendingLoads) l.commit();
    // Excel raises onChanged for the add-in's own writes too, after the batch, unless the add-in
    // turned its events off.
    if (fake.eventsEnabled) {
      for (const sheet of changed) {
        if ((fake.sheet(sheet)?.handlers.length ?? 0) > 0) void fake.fireChanged(sheet, 'add-in');
      }
    }
  }
}

/** A loadable property: readable only after the sync that ran the load. */
class Loaded<T> {
  private value: T | undefined;
  private ready = false;
  set(v: T) {
    this.value = v;
    this.ready = true;
  }
  get(what: string): T {
    if (!this.ready) throw new Error(`PropertyNotLoaded: ${what} read before context.sync()`);
    return this.value as T;
  }
}

class FakeWorkbook {
  readonly worksheets: FakeWorksheets;
  readonly tables: { getItemOrNullObject(name: string): FakeTable; getItem(name: string): { rows: { add(index: number | null | undefined, values: unknown[][]): void } } };
  readonly names: {
    getItemOrNullObject(name: string): FakeNamedItem;
    add(name: string, reference: string, comment?: string): void;
  };

  constructor(private ctx: FakeContext) {
    this.worksheets = new FakeWorksheets(ctx);
    this.tables = {
      getItemOrNullObject: (name) => new FakeTable(ctx, name),
      // Table.rows.add(null, values): rows below the table, which grows over them; each new cell
      // takes its column's number format from the row above, as a new table row does.
      getItem: (name) => ({
        rows: {
          add: (index, values) =>
            ctx.enqueue(
              'values',
              () => {
                const t = ctx.fake.tables.get(name);
                if (!t) throw Object.assign(new Error(`ItemNotFound: ${name}`), { code: 'ItemNotFound' });
                if (index !== null && index !== undefined) throw new Error('the fake adds rows at the end only');
                const s = ctx.fake.sheet(t.sheet)!;
                const a = parseRange(t.address);
                t.address = rangeText({ ...a, rowCount: a.rowCount + values.length });
                values.forEach((row, k) =>
                  row.forEach((x, c) => {
                    const r = a.row + a.rowCount + k;
                    const above = s.cells.get(key(a.row + a.rowCount - 1, a.col + c));
                    const cell: FakeCell = { value: null, numberFormat: above?.numberFormat ?? 'General' };
                    s.cells.set(key(r, a.col + c), cell);
                    writeCell(cell, x, false, ctx.fake.names, ctx.fake.tables, t.sheet, r, a.col + c);
                  }),
                );
              },
              { sheet: ctx.fake.tables.get(name)?.sheet },
              Buffer.byteLength(JSON.stringify(values)),
            ),
        },
      }),
    };
    this.names = {
      getItemOrNullObject: (name) => new FakeNamedItem(ctx, name, () => ctx.fake.names),
      add: (name, reference, comment) =>
        ctx.enqueue('addName', () => {
          if (ctx.fake.names.has(name)) throw new Error(`name ${name} exists`);
          ctx.fake.names.set(name, { reference, comment });
        }),
    };
  }

  getSelectedRange(): FakeRange {
    const sel = this.ctx.fake.selection;
    if (!sel) throw new Error('no selection');
    return new FakeRange(this.ctx, new FakeWorksheet(this.ctx, sel.sheet, false), sel.address);
  }
}

class FakeWorksheets {
  private loaded = new Loaded<FakeWorksheet[]>();
  constructor(private ctx: FakeContext) {}
  load(_props?: string): void {
    this.ctx.enqueue('loadWorksheets', () => this.loaded.set(this.ctx.fake.sheets.map((s) => new FakeWorksheet(this.ctx, s.name, false))));
  }
  get items(): FakeWorksheet[] {
    return this.loaded.get('worksheets.items');
  }
  getItemOrNullObject(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, name, true);
  }
  getItem(name: string): FakeWorksheet {
    this.ctx.enqueue('getItem', () => {
      if (!this.ctx.fake.sheet(name)) throw Object.assign(new Error(`ItemNotFound: ${name}`), { code: 'ItemNotFound' });
    });
    return new FakeWorksheet(this.ctx, name, false);
  }
  add(name: string): FakeWorksheet {
    this.ctx.enqueue('addSheet', () => {
      if (name.length === 0 || name.length > 31 || /[:\\/?*[\]]/.test(name)) {
        throw Object.assign(new Error('The argument is invalid or missing or has an incorrect format.'), { code: 'InvalidArgument' });
      }
      if (this.ctx.fake.sheet(name)) throw new Error(`sheet ${name} exists`);
      this.ctx.fake.addSheet(name);
    }, { sheet: name });
    return new FakeWorksheet(this.ctx, name, false);
  }
}

class FakeWorksheet {
  private nullness = new Loaded<boolean>();
  readonly tables: { load(p: string): void; readonly items: FakeTable[]; add(address: string, hasHeaders: boolean): FakeTable };
  readonly freezePanes: { freezeRows(n: number): void; freezeColumns(n: number): void; freezeAt(r: FakeRange): void; unfreeze(): void };
  readonly pageLayout: Record<string, unknown>;
  readonly onChanged: { add(h: () => Promise<void>): { context: FakeContext; remove(): void } };
  readonly names: { getItemOrNullObject(name: string): FakeNamedItem; add(name: string, reference: string): void };
  readonly horizontalPageBreaks: { add(range: string): void; removePageBreaks(): void };
  readonly protection: { load(p?: string): void; readonly protected: boolean; protect(options?: unknown): void; unprotect(): void };

  constructor(
    private ctx: FakeContext,
    readonly sheetName: string,
    nullable: boolean,
  ) {
    const fake = ctx.fake;
    const model = () => {
      const s = fake.sheet(sheetName);
      if (!s) throw Object.assign(new Error(`ItemNotFound: ${sheetName}`), { code: 'ItemNotFound' });
      return s;
    };
    ctx.enqueue('resolveSheet', () => this.nullness.set(!fake.sheet(sheetName)));
    if (!nullable) this.nullness.set(false);
    const items = new Loaded<FakeTable[]>();
    this.tables = {
      load: () =>
        ctx.enqueue('loadTables', () =>
          items.set([...fake.tables].filter(([, t]) => t.sheet === sheetName).map(([n]) => new FakeTable(ctx, n, true))),
        ),
      get items() {
        return items.get('tables.items');
      },
      add: (address, hasHeaders) => {
        const initialName = `表${fake.tables.size + 1}`;
        const t = new FakeTable(ctx, initialName, true);
        ctx.enqueue('addTable', () => {
          if (!hasHeaders) throw new Error('expected headers');
          model();
          for (const [n, other] of fake.tables) {
            if (other.sheet === sheetName && overlaps(other.address, address)) throw new Error(`table overlaps ${n}`);
          }
          fake.tables.set(initialName, { sheet: sheetName, address });
        }, { sheet: sheetName, address });
        return t;
      },
    };
    const setFreeze = (rows: number, columns: number) => ctx.enqueue('freeze', () => (model().freeze = { rows, columns }), { sheet: sheetName });
    this.freezePanes = {
      freezeRows: (n) => setFreeze(n, 0),
      freezeColumns: (n) => setFreeze(0, n),
      freezeAt: (r) => {
        const a = parseRange(r.addressInSheet);
        setFreeze(a.row + a.rowCount, a.col + a.colCount);
      },
      unfreeze: () => ctx.enqueue('unfreeze', () => delete model().freeze, { sheet: sheetName }),
    };
    const layoutProp = (prop: 'orientation' | 'paperSize') => ({
      set: (v: string) => ctx.enqueue(`pageLayout.${prop}`, () => (model()[prop] = v), { sheet: sheetName }),
      enumerable: true,
    });
    const hf: Record<string, unknown> = {};
    Object.defineProperty(hf, 'centerHeader', { set: (v: string) => ctx.enqueue('header', () => (model().centerHeader = v)) });
    Object.defineProperty(hf, 'centerFooter', { set: (v: string) => ctx.enqueue('footer', () => (model().centerFooter = v)) });
    this.pageLayout = {
      setPrintTitleRows: (rows: string) => ctx.enqueue('printTitleRows', () => (model().printTitleRows = rows), { sheet: sheetName }),
      setPrintTitleColumns: (columns: string) => ctx.enqueue('printTitleColumns', () => (model().printTitleColumns = columns), { sheet: sheetName }),
      setPrintArea: (area: string) => ctx.enqueue('printArea', () => (model().printArea = area), { sheet: sheetName }),
      headersFooters: { defaultForAllPages: hf },
    };
    Object.defineProperty(this.pageLayout, 'orientation', layoutProp('orientation'));
    Object.defineProperty(this.pageLayout, 'paperSize', layoutProp('paperSize'));
    Object.defineProperty(this.pageLayout, 'zoom', {
      set: (v: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number }) =>
        ctx.enqueue(
          'zoom',
          () => {
            const m = model();
            m.zoom = v;
            // Excel keeps the count it is not given: a new fit starts from 1 by 1 (one page in all).
            if (v.scale !== undefined) m.fit = undefined;
            else m.fit = { wide: v.horizontalFitToPages ?? m.fit?.wide ?? 1, tall: v.verticalFitToPages ?? m.fit?.tall ?? 1 };
          },
          { sheet: sheetName },
        ),
    });
    for (const m of ['leftMargin', 'rightMargin', 'topMargin', 'bottomMargin', 'headerMargin', 'footerMargin']) {
      Object.defineProperty(this.pageLayout, m, { set: (v: number) => ctx.enqueue(`pageLayout.${m}`, () => (model().margins[m] = v), { sheet: sheetName }) });
    }
    Object.defineProperty(this.pageLayout, 'centerHorizontally', {
      set: (v: boolean) => ctx.enqueue('pageLayout.centerHorizontally', () => (model().centerHorizontally = v), { sheet: sheetName }),
    });
    // A sheet that does not exist (a null object's chain) has no names: every lookup is null.
    const scoped = () => fake.sheet(sheetName)?.names;
    this.names = {
      getItemOrNullObject: (name) => new FakeNamedItem(ctx, name, scoped),
      add: (name, reference) =>
        ctx.enqueue('sheet.names.add', () => {
          const names = model().names;
          if (names.has(name)) throw Object.assign(new Error(`name ${name} exists`), { code: 'ItemAlreadyExists' });
          names.set(name, { reference });
        }, { sheet: sheetName }),
    };
    this.horizontalPageBreaks = {
      add: (range) =>
        ctx.enqueue('pageBreak.add', () => {
          const { row, col } = parseRange(range);
          if (col !== 0) throw Object.assign(new Error('page break not in column A'), { code: 'InvalidArgument' });
          model().pageBreaks.push(row);
        }, { sheet: sheetName, address: range }),
      removePageBreaks: () => ctx.enqueue('pageBreak.removeAll', () => (model().pageBreaks = []), { sheet: sheetName }),
    };
    const isProtected = new Loaded<boolean>();
    this.protection = {
      load: () => ctx.enqueue('loadProtection', () => isProtected.set(fake.sheet(sheetName)?.protection !== undefined)),
      get protected() {
        return isProtected.get('protection.protected');
      },
      protect: (options) =>
        ctx.enqueue('protection.protect', () => {
          const s = model();
          if (s.protection) throw Object.assign(new Error('The sheet is already protected.'), { code: 'InvalidOperation' });
          s.protection = { options };
        }, { sheet: sheetName }),
      unprotect: () => ctx.enqueue('protection.unprotect', () => delete model().protection, { sheet: sheetName }),
    };
    this.onChanged = {
      add: (h) => {
        ctx.enqueue('onChanged.add', () => model().handlers.push(h), { sheet: sheetName });
        return { context: ctx, remove: () => ctx.enqueue('onChanged.remove', () => model().handlers.splice(model().handlers.indexOf(h), 1)) };
      },
    };
  }

  get isNullObject(): boolean {
    return this.nullness.get(`worksheet ${this.sheetName}.isNullObject`);
  }
  get name(): string {
    this.nullness.get('worksheet.name');
    return this.sheetName;
  }
  set showGridlines(v: boolean) {
    this.ctx.enqueue('showGridlines', () => {
      const s = this.ctx.fake.sheet(this.sheetName);
      if (!s) throw Object.assign(new Error(`ItemNotFound: ${this.sheetName}`), { code: 'ItemNotFound' });
      s.showGridlines = v;
    }, { sheet: this.sheetName });
  }
  set position(v: number) {
    this.ctx.enqueue('position', () => {
      const s = this.ctx.fake.sheet(this.sheetName)!;
      const list = this.ctx.fake.sheets;
      list.splice(list.indexOf(s), 1);
      list.splice(v, 0, s);
    });
  }
  load(_props?: string): void {}
  set visibility(v: string) {
    this.ctx.enqueue('visibility', () => {
      const s = this.ctx.fake.sheet(this.sheetName)!;
      if (v !== 'Visible' && this.ctx.fake.sheets.filter((x) => x !== s && (x.visibility ?? 'Visible') === 'Visible').length === 0) {
        throw Object.assign(new Error('A workbook must keep one visible sheet.'), { code: 'InvalidOperation' });
      }
      s.visibility = v;
    }, { sheet: this.sheetName });
  }
  activate(): void {
    this.ctx.enqueue('activate', () => undefined, { sheet: this.sheetName });
  }
  getRange(address?: string): FakeRange {
    return new FakeRange(this.ctx, this, address ?? 'A1:XFD1048576');
  }
  getRangeByIndexes(row: number, col: number, rowCount: number, colCount: number): FakeRange {
    return new FakeRange(this.ctx, this, rangeText({ row, col, rowCount, colCount }));
  }
  getUsedRangeOrNullObject(_valuesOnly?: boolean): FakeRange {
    return new FakeRange(this.ctx, this, undefined);
  }
}

class FakeRange {
  private loadedValues = new Loaded<{
    address: string;
    values: unknown[][];
    formulas: unknown[][];
    numberFormat?: unknown[][];
    rowIndex: number;
    columnIndex: number;
    rowCount?: number;
    columnCount?: number;
    isNull: boolean;
  }>();
  readonly format: Record<string, unknown>;
  readonly conditionalFormats: { add(type: string): unknown; clearAll(): void };
  readonly dataValidation: Record<string, unknown>;

  /** `address` undefined = the used range, resolved when loaded. */
  constructor(
    private ctx: FakeContext,
    readonly worksheet: FakeWorksheet,
    private addr: string | undefined,
  ) {
    const sheetName = worksheet.sheetName;
    const model = () => {
      const s = ctx.fake.sheet(sheetName);
      if (!s) throw Object.assign(new Error(`ItemNotFound: ${sheetName}`), { code: 'ItemNotFound' });
      return s;
    };
    const at = { sheet: sheetName, address: addr };
    const fmt = (name: string, apply: (s: FakeSheet, v: unknown) => void) => ({
      set: (v: unknown) => ctx.enqueue(`format.${name}`, () => apply(model(), v), at),
    });
    const record = (prop: string) => (s: FakeSheet, v: unknown) => s.formats.push({ address: this.addressInSheet, prop, value: v });
    const borders: Record<string, unknown> = {
      getItem: (edge: string) => {
        const border: Record<string, unknown> = {};
        for (const prop of ['style', 'weight', 'color']) Object.defineProperty(border, prop, fmt(`border.${edge}.${prop}`, record(`border.${edge}.${prop}`)));
        return border;
      },
    };
    this.format = {
      font: {},
      fill: {},
      borders,
      autofitRows: () => ctx.enqueue('format.autofitRows', () => model().autofitRows.push(this.addressInSheet), at),
    };
    Object.defineProperty(this.format, 'columnWidth', fmt('columnWidth', (s, v) => s.columnWidths.set(this.addressInSheet, v as number)));
    Object.defineProperty(this.format, 'wrapText', fmt('wrapText', (s, v) => {
      s.wrap.add(this.addressInSheet);
      record('wrap')(s, v);
    }));
    Object.defineProperty(this.format, 'horizontalAlignment', fmt('horizontalAlignment', record('horizontal')));
    Object.defineProperty(this.format, 'verticalAlignment', fmt('verticalAlignment', record('vertical')));
    Object.defineProperty(this.format, 'rowHeight', fmt('rowHeight', (s, v) => {
      const a = parseRange(this.addressInSheet);
      for (let r = a.row; r < a.row + a.rowCount; r++) s.rowHeights.set(r, v as number);
    }));
    Object.defineProperty(this.format, 'useStandardHeight', fmt('useStandardHeight', (s, v) => {
      if (v === true) s.rowHeights.clear();
    }));
    Object.defineProperty(this.format.font, 'bold', fmt('bold', record('bold')));
    Object.defineProperty(this.format.font, 'size', fmt('size', record('size')));
    Object.defineProperty(this.format.fill, 'color', fmt('fill', record('fill')));
    const protection: Record<string, unknown> = {};
    Object.defineProperty(protection, 'locked', fmt('protection.locked', (s, v) => {
      if (s.protection) throw accessDenied(sheetName);
      if (v === false) s.unlocked.push(this.addressInSheet);
      else s.unlocked = s.unlocked.filter((a) => a !== this.addressInSheet);
    }));
    this.format.protection = protection;
    this.conditionalFormats = {
      add: (type: string) => {
        const entry: { address: string; formula?: string; fill?: string } = { address: this.addressInSheet };
        ctx.enqueue('conditionalFormats.add', () => {
          if (type !== 'Custom') throw new Error('unexpected type');
          model().conditionalFormats.push(entry);
        }, at);
        const rule = {} as Record<string, unknown>;
        Object.defineProperty(rule, 'formula', { set: (v: string) => ctx.enqueue('cf.formula', () => (entry.formula = v)) });
        const fill = {} as Record<string, unknown>;
        Object.defineProperty(fill, 'color', { set: (v: string) => ctx.enqueue('cf.fill', () => (entry.fill = v)) });
        return { custom: { rule, format: { fill, font: {} } } };
      },
      clearAll: () => ctx.enqueue('conditionalFormats.clearAll', () => (model().conditionalFormats = []), at),
    };
    this.dataValidation = { clear: () => ctx.enqueue('dataValidation.clear', () => (model().validations = []), at) };
    Object.defineProperty(this.dataValidation, 'rule', { set: (rule: unknown) => ctx.enqueue('dataValidation.rule', () => model().validations.push({ address: this.addressInSheet, rule }), at) });
    Object.defineProperty(this.dataValidation, 'errorAlert', { set: () => ctx.enqueue('dataValidation.errorAlert', () => undefined, at) });
  }

  get addressInSheet(): string {
    return this.addr ?? '';
  }

  private loadProps: string | undefined;

  load(props?: string): void {
    this.loadProps = props;
    this.ctx.enqueue('load', () => {
      const s = this.ctx.fake.sheet(this.worksheet.sheetName);
      const a = this.addr ? parseRange(this.addr) : s ? used(s) : undefined;
      if (!s || !a) {
        this.loadedValues.set({ address: '', values: [], formulas: [], rowIndex: 0, columnIndex: 0, isNull: true });
        return;
      }
      if (a.rowCount * a.colCount > 1_000_000) {
        // Whole columns: only the address is of use (the adapter never loads their values).
        this.loadedValues.set({ address: `${quoteSheet(s.name)}!${bareAddress(this.addr!)}`, values: [], formulas: [], rowIndex: a.row, columnIndex: a.col, isNull: false });
        return;
      }
      const values = grid(a.rowCount, a.colCount, a.row, a.col, (r, c) => s.cells.get(key(r, c))?.value ?? '');
      const formulas = grid(a.rowCount, a.colCount, a.row, a.col, (r, c) => {
        const cell = s.cells.get(key(r, c));
        return cell?.formula ?? cell?.value ?? '';
      });
      const numberFormat = grid(a.rowCount, a.colCount, a.row, a.col, (r, c) => s.cells.get(key(r, c))?.numberFormat ?? 'General');
      const address = `${quoteSheet(s.name)}!${rangeText(a)}`;
      const wanted = (this.loadProps ?? 'values,formulas,numberFormat').split(',').map((p) => p.trim());
      const sent = [wanted.includes('values') ? values : [], wanted.includes('formulas') ? formulas : [], wanted.includes('numberFormat') ? numberFormat : []];
      this.ctx.pendingLoads.push({
        bytes: Buffer.byteLength(JSON.stringify(sent)),
        commit: () =>
          this.loadedValues.set({ address, values, formulas, numberFormat, rowIndex: a.row, columnIndex: a.col, rowCount: a.rowCount, columnCount: a.colCount, isNull: false }),
      });
    });
  }

  get isNullObject(): boolean {
    return this.loadedValues.get('range.isNullObject').isNull;
  }
  get values(): unknown[][] {
    return this.loadedValues.get('range.values').values;
  }
  set values(v: unknown[][]) {
    const at = this.addr ? parseRange(this.addr) : { row: 0, col: 0 };
    this.write('values', v, (cell, x, r, c) => writeCell(cell, x, false, this.ctx.fake.names, this.ctx.fake.tables, this.worksheet.sheetName, at.row + r, at.col + c));
  }
  get formulas(): unknown[][] {
    return this.loadedValues.get('range.formulas').formulas;
  }
  set formulas(v: unknown[][]) {
    const at = this.addr ? parseRange(this.addr) : { row: 0, col: 0 };
    this.write('formulas', v, (cell, x, r, c) => writeCell(cell, x, true, this.ctx.fake.names, this.ctx.fake.tables, this.worksheet.sheetName, at.row + r, at.col + c));
  }
  get numberFormat(): unknown[][] {
    return this.loadedValues.get('range.numberFormat').numberFormat ?? [];
  }
  set numberFormat(v: unknown[][]) {
    this.write('numberFormat', v, (cell, x) => {
      if (x !== null) cell.numberFormat = String(x);
    });
  }
  get address(): string {
    return this.loadedValues.get('range.address').address;
  }
  get rowIndex(): number {
    return this.loadedValues.get('range.rowIndex').rowIndex;
  }
  get rowCount(): number {
    return this.loadedValues.get('range.rowCount').rowCount ?? 0;
  }
  get columnCount(): number {
    return this.loadedValues.get('range.columnCount').columnCount ?? 0;
  }
  get columnIndex(): number {
    return this.loadedValues.get('range.columnIndex').columnIndex;
  }

  clear(_applyTo?: string): void {
    this.ctx.enqueue('clear', () => {
      const s = this.ctx.fake.sheet(this.worksheet.sheetName)!;
      if (s.protection) throw accessDenied(s.name);
      const a = parseRange(this.addressInSheet);
      // Clearing formats locks the cells again (Excel's default).
      s.unlocked = s.unlocked.filter((u) => !overlaps(u, this.addressInSheet));
      for (const k of [...s.cells.keys()]) {
        const [r, c] = k.split(':').map(Number);
        if (r >= a.row && r < a.row + a.rowCount && c >= a.col && c < a.col + a.colCount) s.cells.delete(k);
      }
      // Clearing formats keeps merged blocks, row heights and page breaks (as in Excel): the
      // adapter must undo those itself.
      s.formats = s.formats.filter((f) => !overlaps(f.address, this.addressInSheet));
    }, { sheet: this.worksheet.sheetName, address: this.addr });
  }

  /** Range.autoFill(destination, 'FillDefault') from a source at the top of the destination:
   *  formulas shifted as the fill handle shifts them, constants and number formats copied. */
  autoFill(destination?: string | FakeRange, type?: string): void {
    const sheetName = this.worksheet.sheetName;
    const dest = typeof destination === 'string' ? destination : destination?.addressInSheet;
    if (!dest) throw new Error('autoFill without a destination needs ExcelApi Preview');
    const from = parseRange(this.addressInSheet);
    const to = parseRange(dest);
    if (to.row !== from.row || to.col !== from.col || to.colCount !== from.colCount || to.rowCount < from.rowCount) {
      throw Object.assign(new Error(`autoFill: ${dest} does not extend ${this.addressInSheet} down`), { code: 'InvalidArgument' });
    }
    this.ctx.enqueue('autoFill', () => {
      if (type !== 'FillDefault') throw new Error(`unexpected fill type ${type}`);
      const s = this.ctx.fake.sheet(sheetName);
      if (!s) throw new Error(`ItemNotFound: ${sheetName}`);
      const shifters = new Map<FakeCell, (delta: number) => string>();
      const shifted = (src: FakeCell, delta: number) => {
        let shift = shifters.get(src);
        if (!shift) shifters.set(src, (shift = rowShifter(src.formula!)));
        return shift(delta);
      };
      for (let c = 0; c < from.colCount; c++) {
        for (let r = from.rowCount; r < to.rowCount; r++) {
          const src = s.cells.get(key(from.row + (r % from.rowCount), from.col + c));
          const k = key(to.row + r, to.col + c);
          if (!src) {
            s.cells.delete(k);
            continue;
          }
          const delta = r - (r % from.rowCount);
          s.cells.set(k, src.formula ? { value: src.value, formula: shifted(src, delta), numberFormat: src.numberFormat } : { ...src });
        }
      }
    }, { sheet: sheetName, address: dest }, Buffer.byteLength(JSON.stringify([this.addressInSheet, dest, type])));
  }

  /** Range.merge (ExcelApi 1.2): one block; Excel keeps the top-left value only. */
  merge(across?: boolean): void {
    const sheetName = this.worksheet.sheetName;
    this.ctx.enqueue('merge', () => {
      if (across) throw new Error('merge across rows is not used');
      const s = this.ctx.fake.sheet(sheetName)!;
      const a = parseRange(this.addressInSheet);
      for (const m of s.merges) if (overlaps(m, this.addressInSheet)) throw Object.assign(new Error(`merge overlaps ${m}`), { code: 'MergedRangeConflict' });
      for (const k of [...s.cells.keys()]) {
        const [r, c] = k.split(':').map(Number);
        if (r >= a.row && r < a.row + a.rowCount && c >= a.col && c < a.col + a.colCount && (r !== a.row || c !== a.col)) s.cells.delete(k);
      }
      s.merges.push(this.addressInSheet);
    }, { sheet: sheetName, address: this.addressInSheet });
  }

  unmerge(): void {
    const sheetName = this.worksheet.sheetName;
    this.ctx.enqueue('unmerge', () => {
      const s = this.ctx.fake.sheet(sheetName)!;
      s.merges = s.merges.filter((m) => !overlaps(m, this.addressInSheet));
    }, { sheet: sheetName, address: this.addressInSheet });
  }

  select(): void {
    this.ctx.enqueue('select', () => undefined, { sheet: this.worksheet.sheetName, address: this.addr });
  }

  private write(kind: string, v: unknown[][], apply: (cell: FakeCell, x: unknown, r: number, c: number) => void): void {
    const a = parseRange(this.addressInSheet);
    if (v.length !== a.rowCount || v.some((row) => row.length !== a.colCount)) {
      throw new Error(`${kind}: array ${v.length}×${v[0]?.length} does not match ${this.addressInSheet}`);
    }
    const sheetName = this.worksheet.sheetName;
    this.ctx.enqueue(kind, () => {
      const s = this.ctx.fake.sheet(sheetName);
      if (!s) throw new Error(`ItemNotFound: ${sheetName}`);
      if (s.protection) {
        for (let r = 0; r < a.rowCount; r++) for (let c = 0; c < a.colCount; c++) if (!isUnlocked(s, a.row + r, a.col + c)) throw accessDenied(sheetName);
      }
      v.forEach((row, r) =>
        row.forEach((x, c) => {
          const k = key(a.row + r, a.col + c);
          let cell = s.cells.get(k);
          if (!cell) {
            cell = { value: null, numberFormat: 'General' };
            s.cells.set(k, cell);
          }
          apply(cell, x, r, c);
        }),
      );
    }, { sheet: sheetName, address: this.addressInSheet }, Buffer.byteLength(JSON.stringify(v)));
  }
}

class FakeTable {
  private nullness = new Loaded<boolean>();
  currentName: string;
  constructor(
    private ctx: FakeContext,
    name: string,
    known = false,
  ) {
    this.currentName = name;
    if (known) this.nullness.set(false);
    else ctx.enqueue('resolveTable', () => this.nullness.set(!ctx.fake.tables.has(name)));
  }
  get isNullObject(): boolean {
    return this.nullness.get('table.isNullObject');
  }
  get name(): string {
    return this.currentName;
  }
  set name(v: string) {
    const old = this.currentName;
    this.currentName = v;
    this.ctx.enqueue('table.name', () => {
      const t = this.ctx.fake.tables.get(old)!;
      if (this.ctx.fake.tables.has(v)) throw new Error(`table name ${v} taken`);
      this.ctx.fake.tables.delete(old);
      this.ctx.fake.tables.set(v, t);
    });
  }
  set style(v: string) {
    this.ctx.enqueue('table.style', () => (this.ctx.fake.tables.get(this.currentName)!.style = v));
  }
  load(_p?: string): void {}
  convertToRange(): void {
    this.ctx.enqueue('table.convertToRange', () => this.ctx.fake.tables.delete(this.currentName));
  }
}

class FakeNamedItem {
  private nullness = new Loaded<boolean>();
  private loadedFormula = new Loaded<string>();
  constructor(
    private ctx: FakeContext,
    private itemName: string,
    /** The collection the name is looked up in: the workbook's, or a sheet's (undefined when the
     *  sheet does not exist). */
    private scope: () => Map<string, { reference: string }> | undefined,
  ) {
    ctx.enqueue('resolveName', () => {
      const item = scope()?.get(itemName);
      this.nullness.set(!item);
      this.loadedFormula.set(item?.reference ?? '');
    });
  }
  get isNullObject(): boolean {
    return this.nullness.get('name.isNullObject');
  }
  get formula(): string {
    if (this.nullness.get('name.formula')) throw new Error('name.formula read on a null object');
    return this.loadedFormula.get('name.formula');
  }
  load(_p?: string): void {}
  delete(): void {
    this.ctx.enqueue('name.delete', () => this.scope()?.delete(this.itemName));
  }
}

// ---- cells and addresses ----

/** Excel's reading of what is written into a cell (or typed): see the header comment. */
function writeCell(
  cell: FakeCell,
  x: unknown,
  asFormula: boolean,
  names: ReadonlyMap<string, unknown>,
  tables: ReadonlyMap<string, { sheet: string; address: string }>,
  sheet: string,
  row: number,
  col: number,
): void {
  if (x === null) return;
  delete cell.formula;
  if (typeof x !== 'string') {
    cell.value = x;
    return;
  }
  if (x.startsWith("'")) cell.value = x.slice(1);
  else if (cell.numberFormat === '@' && !asFormula) cell.value = x;
  else if (/^[=+\-@]/.test(x) && !/^[+-]?\d+(\.\d+)?$/.test(x) && !(!asFormula && PERCENT.test(x))) {
    const formula = x.startsWith('=') ? x : `=${x}`;
    const structured = /\[@|\[#This Row\]|([\p{L}_][\p{L}\p{N}_.]*)\[/u.exec(formula.replace(/"[^"]*"/g, ''));
    if (structured && !inTable(tables, sheet, row, col, structured[1])) {
      throw Object.assign(new Error('The argument is invalid or missing or has an incorrect format.'), { code: 'InvalidArgument' });
    }
    cell.formula = formula;
    cell.value = namesUsed(cell.formula).some((n) => !names.has(n)) ? '#NAME?' : '#CALC';
  } else if (/^[+-]?\d+(\.\d+)?$/.test(x)) cell.value = Number(x);
  else if (PERCENT.test(x)) {
    // "6.5%" typed into a General cell: the number 0.065, shown as a percentage.
    cell.value = Number(x.replace('%', '')) / 100;
    if (cell.numberFormat === 'General') cell.numberFormat = '0.0%';
  } else if (DAY_MONTH.test(x)) {
    // "1-1" or "3/12" typed into a General cell: a date of this year (month-day), Excel's serial.
    const [m, d] = x.split(/[-/]/).map(Number);
    cell.value = (Date.UTC(new Date().getFullYear(), m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000;
    if (cell.numberFormat === 'General') cell.numberFormat = 'm/d';
  } else cell.value = x;
}

const PERCENT = /^[+-]?\d+(\.\d+)?%$/;
const DAY_MONTH = /^(0?[1-9]|1[0-2])[-/](0?[1-9]|[12]\d|3[01])$/;

/** Whether (row, col) is inside a table (the named one, when a name is given). */
function inTable(tables: ReadonlyMap<string, { sheet: string; address: string }>, sheet: string, row: number, col: number, name?: string): boolean {
  for (const [n, t] of tables) {
    if (t.sheet !== sheet || (name && n !== name)) continue;
    const a = parseRange(t.address);
    if (row >= a.row && row < a.row + a.rowCount && col >= a.col && col < a.col + a.colCount) return true;
  }
  return false;
}

const key = (r: number, c: number) => `${r}:${c}`;

function accessDenied(sheet: string): Error {
  return Object.assign(new Error(`The cell or chart you're trying to change is on a protected sheet (${sheet}).`), { code: 'AccessDenied' });
}

/** Whether cell (r, c) of a sheet is in one of its unlocked ranges. */
export function isUnlocked(s: FakeSheet, r: number, c: number): boolean {
  return s.unlocked.some((address) => {
    const a = parseRange(address);
    return r >= a.row && r < a.row + a.rowCount && c >= a.col && c < a.col + a.colCount;
  });
}

function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
  return n - 1;
}

function colLetters(i: number): string {
  let n = i + 1;
  let s = '';
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

function parseCell(a: string): { row: number; col: number } {
  const m = /^\$?([A-Z]+)\$?(\d+)$/i.exec(a)!;
  return { row: Number(m[2]) - 1, col: colIndex(m[1]) };
}

function parseRange(address: string): { row: number; col: number; rowCount: number; colCount: number } {
  const bare = address.slice(address.lastIndexOf('!') + 1);
  const [a, b] = bare.split(':');
  if (b && /^[A-Z]+$/i.test(a) && /^[A-Z]+$/i.test(b)) {
    return { row: 0, col: colIndex(a), rowCount: 1_048_576, colCount: colIndex(b) - colIndex(a) + 1 };
  }
  if (b && /^\d+$/.test(a) && /^\d+$/.test(b)) {
    return { row: Number(a) - 1, col: 0, rowCount: Number(b) - Number(a) + 1, colCount: 16_384 };
  }
  const s = parseCell(a);
  const e = b ? parseCell(b) : s;
  return { row: s.row, col: s.col, rowCount: e.row - s.row + 1, colCount: e.col - s.col + 1 };
}

function rangeText(a: { row: number; col: number; rowCount: number; colCount: number }): string {
  return `${colLetters(a.col)}${a.row + 1}:${colLetters(a.col + a.colCount - 1)}${a.row + a.rowCount}`;
}

function bareAddress(a: string): string {
  return a.slice(a.lastIndexOf('!') + 1);
}

function quoteSheet(name: string): string {
  return /^[A-Za-z0-9_]+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

function used(s: FakeSheet) {
  let r0 = Infinity;
  let c0 = Infinity;
  let r1 = -1;
  let c1 = -1;
  for (const [k, cell] of s.cells) {
    if ((cell.value === null || cell.value === '') && !cell.formula) continue;
    const [r, c] = k.split(':').map(Number);
    r0 = Math.min(r0, r);
    c0 = Math.min(c0, c);
    r1 = Math.max(r1, r);
    c1 = Math.max(c1, c);
  }
  return r1 < 0 ? undefined : { row: r0, col: c0, rowCount: r1 - r0 + 1, colCount: c1 - c0 + 1 };
}

function grid<T>(rows: number, cols: number, r0: number, c0: number, f: (r: number, c: number) => T): T[][] {
  return Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => f(r0 + r, c0 + c)));
}

function overlaps(a: string, b: string): boolean {
  const x = parseRange(a);
  const y = parseRange(b);
  return x.row < y.row + y.rowCount && y.row < x.row + x.rowCount && x.col < y.col + y.colCount && y.col < x.col + x.colCount;
}
