/**
 * The WorkbookPort over Office.js: each port call is one Excel.run.
 *
 * Round trips (context.sync() calls) per call, whatever the row count:
 *   readSheets 1 · readSelection 2 · select 1 · onSheetsChanged 2 ·
 *   apply 1 + one per sheet (+1 per extra 4 MB block; see applyPlan.ts).
 */
import { WorkbookError, type ApplyReport, type RangeSnapshot, type SheetSnapshot, type WorkbookPort } from '../app/port';
import { readFailureMessage } from '../app/writeMessages';
import { parseRange, rangeAddress } from '../workbook/a1';
import type { CellValue, WorkbookPlan } from '../workbook/plan';
import { applyPlan } from './applyPlan';
import { reasonOf } from './officeErrors';
import { requireMinimumExcelApi } from './requirements';
import { splitAddress } from './sheetAddress';

/** A selection bigger than this is not a decomposition table; refusing it keeps the pane alive. */
const MAX_SELECTION_CELLS = 200_000;

export function createOfficeWorkbook(): WorkbookPort {
  return {
    async readSheets(names: string[], withFormulas = false): Promise<SheetSnapshot[]> {
      requireMinimumExcelApi();
      try {
        return await Excel.run(async (context) => {
          const found = names.map((name) => {
            const sheet = context.workbook.worksheets.getItemOrNullObject(name);
            sheet.load('name');
            // valuesOnly: cells that only carry a format (the "@" of empty rows) do not count.
            const used = sheet.getUsedRangeOrNullObject(true);
            if (withFormulas) used.load('values,formulas,rowIndex,columnIndex');
            else used.load('values,rowIndex,columnIndex');
            return { name, sheet, used };
          });
          await context.sync();
          return found
            .filter((f) => !f.sheet.isNullObject)
            .map((f): SheetSnapshot => {
              if (f.used.isNullObject) return withFormulas ? { name: f.name, values: [], formulas: [] } : { name: f.name, values: [] };
              const snap: SheetSnapshot = { name: f.name, values: fromA1(f.used.values as CellValue[][], f.used.rowIndex, f.used.columnIndex, null) };
              if (withFormulas) snap.formulas = fromA1(f.used.formulas as string[][], f.used.rowIndex, f.used.columnIndex, '');
              return snap;
            });
        });
      } catch (error) {
        throw asWorkbookError(error, () => readFailureMessage(names.map((n) => `“${n}”`).join('、') + '工作表', reasonOf(error)));
      }
    },

    async readSelection(): Promise<RangeSnapshot> {
      requireMinimumExcelApi();
      try {
        return await Excel.run(async (context) => {
          const selected = context.workbook.getSelectedRange();
          selected.load('address');
          const used = selected.worksheet.getUsedRangeOrNullObject(true);
          used.load('address');
          await context.sync();
          const { sheet, range } = splitAddress(selected.address);
          // Whole columns selected (a click on the column letters) mean "the table in them":
          // keep to the part of the selection that holds anything.
          const area = used.isNullObject ? undefined : intersect(parseRange(range), parseRange(splitAddress(used.address).range));
          if (!area) throw new WorkbookError(`选中的区域 ${sheet}!${range} 是空的：请选中包含表头行的整个表格。`);
          if (area.rowCount * area.colCount > MAX_SELECTION_CELLS) {
            throw new WorkbookError(`选中的区域 ${sheet}!${range} 太大（超过 ${MAX_SELECTION_CELLS} 个单元格）：请只选中目标任务表格。`);
          }
          const address = rangeAddress(area.row, area.col, area.rowCount, area.colCount);
          const values = selected.worksheet.getRange(address);
          values.load('values');
          await context.sync();
          return { sheet, address, firstRow: area.row + 1, values: values.values as CellValue[][] };
        });
      } catch (error) {
        throw asWorkbookError(error, () => readFailureMessage('选中的区域', reasonOf(error)));
      }
    },

    async apply(plan: WorkbookPlan, onProgress?: (message: string) => void): Promise<ApplyReport> {
      requireMinimumExcelApi();
      try {
        return await Excel.run((context) => applyPlan(context, plan, onProgress));
      } catch (error) {
        // applyPlan says what was written; this covers Excel.run itself failing.
        throw asWorkbookError(error, () => `写入失败：工作簿未被修改。原因：${reasonOf(error)}`);
      }
    },

    async select(sheetName: string, address: string): Promise<void> {
      requireMinimumExcelApi();
      try {
        await Excel.run(async (context) => {
          const sheet = context.workbook.worksheets.getItem(sheetName);
          sheet.activate();
          sheet.getRange(address).select();
          await context.sync();
        });
      } catch (error) {
        throw asWorkbookError(error, () => `无法选中“${sheetName}”工作表的 ${address}。原因：${reasonOf(error)}`);
      }
    },

    async onSheetsChanged(names: string[], handler: () => void): Promise<() => void> {
      requireMinimumExcelApi();
      try {
        const registered = await Excel.run(async (context) => {
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
        return () => {
          if (registered.length === 0) return;
          // The handlers live in the context they were added with; removing needs that context.
          void Excel.run(registered[0].context, async (context) => {
            registered.forEach((r) => r.remove());
            await context.sync();
          });
        };
      } catch (error) {
        throw asWorkbookError(error, () => `无法监视${names.map((n) => `“${n}”`).join('、')}工作表的修改。原因：${reasonOf(error)}`);
      }
    },
  };
}

function asWorkbookError(error: unknown, message: () => string): WorkbookError {
  return error instanceof WorkbookError ? error : new WorkbookError(message());
}

/** Values of a used range that starts at (row, col) → values from A1, padded with `fill`. */
function fromA1<T>(values: T[][], row: number, col: number, fill: T): T[][] {
  const pad = (r: T[]) => (col > 0 ? [...Array.from({ length: col }, () => fill), ...r] : r);
  const width = (values[0]?.length ?? 0) + col;
  return [...Array.from({ length: row }, () => Array.from({ length: width }, () => fill)), ...values.map(pad)];
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
