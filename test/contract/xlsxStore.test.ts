/**
 * The .xlsx file adapter keeps the store contract, each step read back from the saved file; and
 * every file it saves in the contract opens in Excel without a repair prompt (the ECMA-376
 * schemas and Excel's own rules, schemas/ooxml/validate-xlsx.sh).
 */
import type ExcelJS from 'exceljs';
import { parseCell } from '../../src/workbook/a1';
import { createXlsxWorkbook, openXlsxWorkbook, type XlsxWorkbook } from '../../src/xlsx/xlsxWorkbook';
import { validateXlsx, validatorMissing } from '../support/validateXlsx';
import { storeContract, type StoreUnderTest } from './storeContract';

jest.setTimeout(60_000);

const saved: Uint8Array[] = [];

function underTest(file: XlsxWorkbook): StoreUnderTest {
  return {
    store: file,
    type: async (sheet, address, value) => {
      const ws = file.book.getWorksheet(sheet) ?? file.book.addWorksheet(sheet);
      const { row, col } = parseCell(address);
      const isFormula = typeof value === 'string' && value.startsWith('=');
      ws.getCell(row + 1, col + 1).value = isFormula ? ({ formula: value.slice(1) } as ExcelJS.CellFormulaValue) : value;
    },
    names: async () => new Map(file.definedNames().filter((n) => n.sheet === undefined).map((n) => [n.name, n.formula])),
    reopen: async () => {
      const bytes = await file.save();
      saved.push(bytes);
      return underTest(await openXlsxWorkbook(bytes, '测试.xlsx'));
    },
  };
}

storeContract('.xlsx file adapter', { make: async () => underTest(createXlsxWorkbook()) });

test('every file saved above validates against the SpreadsheetML schemas and Excel’s rules', () => {
  if (validatorMissing() && !process.env.CI) return console.warn(`validate-xlsx skipped: ${validatorMissing()} missing`);
  expect(saved.length).toBeGreaterThan(5);
  for (const bytes of saved) {
    const { ok, report } = validateXlsx(bytes);
    if (!ok) throw new Error(report);
  }
});
