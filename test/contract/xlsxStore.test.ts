/**
 * The .xlsx file adapter keeps the store contract, each step read back from the saved file; and
 * every file it saves in the contract opens in Excel without a repair prompt (the ECMA-376
 * schemas and Excel's own rules, schemas/ooxml/validate-xlsx.sh).
 */
import type ExcelJS from 'exceljs';
import { parseCell } from '../../src/workbook/a1';
import { createXlsxWorkbook, openXlsxWorkbook, type XlsxWorkbook } from '../../src/xlsx/xlsxWorkbook';
import { validateXlsx, validatorMissing } from '../support/validateXlsx';
import { storeContract, type CellLook, type SheetLayout, type StoreUnderTest } from './storeContract';

jest.setTimeout(60_000);

const saved: Uint8Array[] = [];

function layoutOf(file: XlsxWorkbook, name: string): SheetLayout {
  const ws = file.book.getWorksheet(name)!;
  const rowHeights: Record<number, number> = {};
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    if (row.height !== undefined && row.height !== null) rowHeights[r - 1] = row.height;
  });
  const m = ws.pageSetup.margins;
  const breaks = (ws as unknown as { rowBreaks: { id: number }[] }).rowBreaks ?? [];
  return {
    merges: (ws.model.merges ?? []).slice().sort(),
    showGridlines: ws.views?.[0]?.showGridLines !== false,
    rowHeights,
    // A break's id is the last row of a page (1-based): the next row starts the page.
    rowBreaks: breaks.map((b) => b.id).sort((a, b) => a - b),
    ...(m ? { margins: { left: m.left, right: m.right, top: m.top, bottom: m.bottom } } : {}),
    centerHorizontally: ws.pageSetup.horizontalCentered === true,
    look: (address) => {
      const cell = ws.getCell(address);
      const fill = cell.fill as ExcelJS.FillPattern | undefined;
      const b = cell.border;
      const look: CellLook = {};
      if (cell.font?.bold !== undefined) look.bold = cell.font.bold;
      if (cell.font?.size !== undefined) look.fontSize = cell.font.size;
      if (fill?.fgColor?.argb) look.fill = `#${fill.fgColor.argb.slice(2)}`;
      if (cell.alignment?.horizontal) look.horizontal = cell.alignment.horizontal as CellLook['horizontal'];
      if (b && ['top', 'bottom', 'left', 'right'].every((e) => b[e as 'top']?.style === 'thin')) look.borders = true;
      return look;
    },
  };
}

function underTest(file: XlsxWorkbook): StoreUnderTest {
  return {
    store: file,
    layout: async (name) => layoutOf(file, name),
    type: async (sheet, address, value) => {
      const ws = file.book.getWorksheet(sheet) ?? file.book.addWorksheet(sheet);
      const { row, col } = parseCell(address);
      const isFormula = typeof value === 'string' && value.startsWith('=');
      ws.getCell(row + 1, col + 1).value = isFormula ? ({ formula: value.slice(1) } as ExcelJS.CellFormulaValue) : value;
    },
    names: async () => new Map(file.definedNames().filter((n) => n.sheet === undefined).map((n) => [n.name, n.formula])),
    sheetState: async (name) => {
      const ws = file.book.getWorksheet(name);
      if (!ws) throw new Error(`no sheet ${name}`);
      const isProtected = (ws as unknown as { sheetProtection?: { sheet?: boolean } | null }).sheetProtection?.sheet === true;
      return {
        protected: isProtected,
        hidden: ws.state === 'hidden',
        // A cell is locked unless its style says locked = false (the file format's default).
        locked: (address) => {
          const { row, col } = parseCell(address);
          return isProtected && ws.getCell(row + 1, col + 1).protection?.locked !== false;
        },
      };
    },
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
