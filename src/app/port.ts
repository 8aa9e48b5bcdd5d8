/**
 * The workbook port every use case is written against, split by what a host can do:
 *
 * - a **store** reads sheets and applies a plan. Every host is one: Excel through Office.js
 *   (src/excel/), an .xlsx file (src/xlsx/, the command line), the in-memory double of the tests
 *   (test/support/memoryWorkbook.ts), WPS later.
 * - a **live view** has a user in front of it: a selection, a cell to select, change events. Only
 *   Excel (and the test double) has one.
 *
 * A use case asks for the smallest of the two it needs (the import of a file needs a store; the
 * import of the selected range a live host). Nothing here is an Office.js notion: how many
 * round trips a host spends, or how it cuts its requests, is that adapter's own report.
 */
import type { CellValue, WorkbookPlan } from '../workbook/plan';
import type { WorkbookFailure } from './workbookFailure';
import { describeFailure } from './messages';

/** What is in a sheet now: the used range's values (text as shown, numbers as numbers). */
export interface SheetSnapshot {
  name: string;
  /** Values of the used range starting at A1 (row 0 = sheet row 1). A formula's value is its
   *  last computed result, or null where the host has none (a file written without results). */
  values: CellValue[][];
  /** Formulas of the same range ("" where there is none, the value's text for a constant), when
   *  asked for. */
  formulas?: string[][];
  /** Number formats of the same range ("General", "0.0%", "m/d" …), when asked for: what a clerk
   *  typed can then be read as meant ("6.5%" is stored as 0.065 formatted as a percentage). */
  numberFormats?: string[][];
  /** The sheet's mark (SheetPlan.mark: the add-in wrote it), null for a sheet without one; read
   *  when asked for. */
  mark?: string | null;
}

export interface ReadOptions {
  /** Also read the formulas (the merge keeps a clerk's formula columns): of every sheet read, or
   *  of the sheets named. */
  formulas?: boolean | readonly string[];
  /** Also read the number formats of the sheets named. */
  numberFormats?: readonly string[];
  /** Also read each sheet's mark (a print sheet the add-in wrote, or a clerk's of that name). */
  marks?: boolean;
}

/** Whether the read asked for the number formats of this sheet. */
export function wantsNumberFormats(options: ReadOptions, sheet: string): boolean {
  return options.numberFormats?.includes(sheet) === true;
}

/** Whether the read asked for the formulas of this sheet. */
export function wantsFormulas(options: ReadOptions, sheet: string): boolean {
  return options.formulas === true || (Array.isArray(options.formulas) && options.formulas.includes(sheet));
}

export interface RangeSnapshot {
  sheet: string;
  /** A1 address of the selection, e.g. "A1:F80". */
  address: string;
  /** 1-based worksheet row of the first row. */
  firstRow: number;
  values: CellValue[][];
}

/** What a write did. On failure the WorkbookError says what was written instead. */
export interface ApplyReport {
  sheetsWritten: string[];
  rowsWritten: number;
}

/** Reads sheets and applies plans: every host. */
export interface WorkbookStore {
  /** The names of the workbook's sheets, in tab order (hidden ones included). */
  listSheets(): Promise<string[]>;
  /** Snapshots of the named sheets that exist (missing ones are absent from the result). */
  readSheets(names: readonly string[], options?: ReadOptions): Promise<SheetSnapshot[]>;
  /** Writes the plan: creates or replaces the sheets' content, tables, formats; defines the names
   *  before any formula that uses them is written; applies the cell edits. */
  apply(plan: WorkbookPlan, onProgress?: (message: string) => void): Promise<ApplyReport>;
}

/** What only a host with a user in front of it can do. */
export interface LiveWorkbook {
  /** The current selection's values (for "use the selected range"). */
  readSelection(): Promise<RangeSnapshot>;
  /** Selects a cell or range (click-through from the task pane). */
  select(sheet: string, address: string): Promise<void>;
  /** Calls the handler when a cell of one of the sheets changes; returns an unsubscribe. */
  onSheetsChanged(sheets: readonly string[], handler: () => void): Promise<() => void>;
}

/** Excel with a clerk at it: the task pane's host. */
export type WorkbookHost = WorkbookStore & LiveWorkbook;

/** A read or write failed. `failure` is the structure (what, where, what was written); the
 *  message is the clerk's words for it, made by describeFailure (src/app/messages.ts). */
export class WorkbookError extends Error {
  constructor(readonly failure: WorkbookFailure) {
    super(describeFailure(failure));
    this.name = 'WorkbookError';
    Object.setPrototypeOf(this, new.target.prototype);
  }

  /** Sheets written completely before the failure (empty if nothing). */
  get written(): string[] {
    return this.failure.code === 'write-failed' ? this.failure.written : [];
  }
}
