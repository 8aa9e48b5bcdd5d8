/**
 * The small workbook port that every use case is written against. Two implementations:
 * src/excel/officeWorkbook.ts (Office.js, one Excel.run per call, constant context.sync() count)
 * and src/app/memoryWorkbook.ts (in memory, records every call and sync: unit tests, the browser
 * e2e harness, benchmarks).
 */
import type { CellValue, WorkbookPlan } from '../workbook/plan';

/** What is in a sheet now: the used range's values (text as shown, numbers as numbers). */
export interface SheetSnapshot {
  name: string;
  /** Values of the used range starting at A1 (row 0 = sheet row 1). */
  values: CellValue[][];
  /** Formulas of the same range ("" where none), only when asked for. */
  formulas?: string[][];
}

export interface RangeSnapshot {
  sheet: string;
  /** A1 address of the selection, e.g. "A1:F80". */
  address: string;
  /** 1-based worksheet row of the first row. */
  firstRow: number;
  values: CellValue[][];
}

/** What a write did: the clerk is told exactly what was written if anything fails. */
export interface ApplyReport {
  sheetsWritten: string[];
  rowsWritten: number;
  syncs: number;
}

export interface WorkbookPort {
  /** Snapshots of the named sheets that exist (missing ones are absent from the result). One
   *  round trip whatever the number of sheets. */
  readSheets(names: string[], withFormulas?: boolean): Promise<SheetSnapshot[]>;
  /** The current selection's values (for "use the selected range"). */
  readSelection(): Promise<RangeSnapshot>;
  /** Writes the plan: creates or replaces the sheets' content, tables, formats, names. */
  apply(plan: WorkbookPlan, onProgress?: (message: string) => void): Promise<ApplyReport>;
  /** Selects a cell or range (click-through from the task pane). */
  select(sheet: string, address: string): Promise<void>;
  /** Calls the handler when a cell of one of the sheets changes; returns an unsubscribe. */
  onSheetsChanged(sheets: string[], handler: () => void): Promise<() => void>;
}

/** A write or read failed; message is Chinese, for the clerk. */
export class WorkbookError extends Error {
  constructor(
    message: string,
    /** What had been written before the failure (empty if nothing). */
    readonly written: string[] = [],
  ) {
    super(message);
    this.name = 'WorkbookError';
  }
}
