/**
 * The workbook port over Office.js: a store and a live view (Excel with a clerk at it). Each port
 * call is one Excel.run.
 *
 * Round trips (context.sync() calls) per call, whatever the row count:
 *   listSheets 1 · readSheets 1 + one per 4 MB of values read (readBlocks.ts) · readSelection 2 ·
 *   select 1 · onSheetsChanged 2 · apply 2 + one per sheet (+1 per extra 4 MB block, +1 for cell
 *   edits; see applyPlan.ts).
 * They are this adapter's own report (`onCost`), for benchmarks and tests; use cases never see
 * them.
 */
import { WorkbookError, type ApplyReport, type RangeSnapshot, type ReadOptions, type SheetSnapshot, type WorkbookHost } from '../app/port';
import { hostReason } from '../app/workbookFailure';
import { parseRange, rangeAddress } from '../workbook/a1';
import { touchedSheets, type CellValue, type WorkbookPlan } from '../workbook/plan';
import { applyPlan, type WriteCost } from './applyPlan';
import { readSheetsInBlocks } from './readBlocks';
import { requireMinimumExcelApi } from './requirements';
import { runExcel } from './runExcel';
import { splitAddress } from './sheetAddress';

/** A selection bigger than this is not a decomposition table; refusing it keeps the pane alive. */
const MAX_SELECTION_CELLS = 200_000;

export type OfficeOp = 'listSheets' | 'readSheets' | 'readSelection' | 'apply' | 'select' | 'onSheetsChanged';

/** What one port call cost in Excel: round trips and the size of each request sent. */
export interface OfficeCost extends WriteCost {
  op: OfficeOp;
}

export interface OfficeWorkbookOptions {
  /** Called after each port call with its cost (benchmarks, sync-count tests). */
  onCost?: (cost: OfficeCost) => void;
}

export function createOfficeWorkbook(options: OfficeWorkbookOptions = {}): WorkbookHost {
  const report = (op: OfficeOp, syncs: number, requestBytes: number[] = []) => options.onCost?.({ op, syncs, requestBytes });

  return {
    async listSheets(): Promise<string[]> {
      requireMinimumExcelApi();
      try {
        const out = await runExcel(async (context) => {
          const sheets = context.workbook.worksheets;
          sheets.load('items/name');
          await context.sync();
          return sheets.items.map((s) => s.name);
        });
        report('listSheets', 1);
        return out;
      } catch (error) {
        throw asWorkbookError(error, () => new WorkbookError({ code: 'read-failed', sheets: [], reason: hostReason(error) }));
      }
    },

    async readSheets(names: readonly string[], readOptions: ReadOptions = {}): Promise<SheetSnapshot[]> {
      requireMinimumExcelApi();
      let syncs = 0;
      try {
        const out = await runExcel((context) => readSheetsInBlocks(context, names, readOptions, () => syncs++));
        report('readSheets', syncs);
        return out;
      } catch (error) {
        report('readSheets', syncs);
        throw asWorkbookError(error, () => new WorkbookError({ code: 'read-failed', sheets: [...names], reason: hostReason(error) }));
      }
    },

    async readSelection(): Promise<RangeSnapshot> {
      requireMinimumExcelApi();
      try {
        const out = await runExcel(async (context) => {
          const selected = context.workbook.getSelectedRange();
          selected.load('address');
          const used = selected.worksheet.getUsedRangeOrNullObject(true);
          used.load('address');
          await context.sync();
          const { sheet, range } = splitAddress(selected.address);
          // Whole columns selected (a click on the column letters) mean "the table in them":
          // keep to the part of the selection that holds anything.
          const area = used.isNullObject ? undefined : intersect(parseRange(range), parseRange(splitAddress(used.address).range));
          if (!area) throw new WorkbookError({ code: 'selection-empty', sheet, address: range });
          if (area.rowCount * area.colCount > MAX_SELECTION_CELLS) {
            throw new WorkbookError({ code: 'selection-too-large', sheet, address: range, limit: MAX_SELECTION_CELLS });
          }
          const address = rangeAddress(area.row, area.col, area.rowCount, area.colCount);
          const values = selected.worksheet.getRange(address);
          values.load('values');
          await context.sync();
          return { sheet, address, firstRow: area.row + 1, values: values.values as CellValue[][] };
        });
        report('readSelection', 2);
        return out;
      } catch (error) {
        throw asWorkbookError(error, () => new WorkbookError({ code: 'read-failed', sheets: [], selection: true, reason: hostReason(error) }));
      }
    },

    async apply(plan: WorkbookPlan, onProgress?: (message: string) => void): Promise<ApplyReport> {
      requireMinimumExcelApi();
      const cost: WriteCost = { syncs: 0, requestBytes: [] };
      try {
        return await runExcel((context) => applyPlan(context, plan, onProgress, cost));
      } catch (error) {
        // applyPlan says what was written; this covers Excel.run itself failing.
        throw asWorkbookError(error, () => new WorkbookError({ code: 'write-failed', written: [], notStarted: touchedSheets(plan), reason: hostReason(error) }));
      } finally {
        report('apply', cost.syncs, cost.requestBytes);
      }
    },

    async select(sheetName: string, address: string): Promise<void> {
      requireMinimumExcelApi();
      try {
        await runExcel(async (context) => {
          const sheet = context.workbook.worksheets.getItem(sheetName);
          sheet.activate();
          sheet.getRange(address).select();
          await context.sync();
        });
        report('select', 1);
      } catch (error) {
        throw asWorkbookError(error, () => new WorkbookError({ code: 'select-failed', sheet: sheetName, address, reason: hostReason(error) }));
      }
    },

    async onSheetsChanged(names: readonly string[], handler: () => void): Promise<() => void> {
      requireMinimumExcelApi();
      try {
        const registered = await runExcel(async (context) => {
          const sheets = names.map((name) => {
            const sheet = context.workbook.worksheets.getItemOrNullObject(name);
            sheet.load('name');
            return sheet;
          });
          await context.sync();
          const results = sheets
            .filter((s) => !s.isNullObject)
            .map((s) =>
              s.onChanged.add(async () => {
                handler();
              }),
            );
          await context.sync();
          return results;
        });
        report('onSheetsChanged', 2);
        return () => {
          if (registered.length === 0) return;
          // The handlers live in the context they were added with; removing needs that context.
          void Excel.run(registered[0].context, async (context) => {
            registered.forEach((r) => r.remove());
            await context.sync();
          });
        };
      } catch (error) {
        throw asWorkbookError(error, () => new WorkbookError({ code: 'watch-failed', sheets: [...names], reason: hostReason(error) }));
      }
    },
  };
}

function asWorkbookError(error: unknown, make: () => WorkbookError): WorkbookError {
  return error instanceof WorkbookError ? error : make();
}

function intersect(
  a: { row: number; col: number; rowCount: number; colCount: number },
  b: { row: number; col: number; rowCount: number; colCount: number },
) {
  const row = Math.max(a.row, b.row);
  const col = Math.max(a.col, b.col);
  const endRow = Math.min(a.row + a.rowCount, b.row + b.rowCount);
  const endCol = Math.min(a.col + a.colCount, b.col + b.colCount);
  if (endRow <= row || endCol <= col) return undefined;
  return { row, col, rowCount: endRow - row, colCount: endCol - col };
}
