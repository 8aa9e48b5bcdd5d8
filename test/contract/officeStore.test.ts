/** The Office.js adapter, over the fake Excel object model, keeps the store contract. */
import { createOfficeWorkbook } from '../../src/excel/officeWorkbook';
import { parseCell } from '../../src/workbook/a1';
import { FakeExcel } from '../excel/fakeExcel';
import { storeContract, type StoreUnderTest } from './storeContract';

let fake: FakeExcel | undefined;

function underTest(f: FakeExcel): StoreUnderTest {
  const t: StoreUnderTest = {
    store: createOfficeWorkbook(),
    // The clerk types into Excel: "=…" in a General cell is a formula.
    type: async (sheet, address, value) => {
      const s = f.sheet(sheet) ?? f.addSheet(sheet);
      const { row, col } = parseCell(address);
      const isFormula = typeof value === 'string' && value.startsWith('=');
      s.cells.set(`${row}:${col}`, isFormula ? { value: '#CALC', formula: value, numberFormat: 'General' } : { value, numberFormat: 'General' });
    },
    names: async () => new Map([...f.names].map(([n, v]) => [n, v.reference])),
    reopen: async () => t,
  };
  return t;
}

storeContract('Office.js adapter over the fake Excel', {
  make: async () => {
    fake = new FakeExcel().install();
    return underTest(fake);
  },
  done: () => {
    fake?.uninstall();
    fake = undefined;
  },
});
