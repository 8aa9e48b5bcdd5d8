/** The Office.js adapter, over the fake Excel object model, keeps the store contract. */
import { createOfficeWorkbook } from '../../src/excel/officeWorkbook';
import { parseCell } from '../../src/workbook/a1';
import { FakeExcel, isUnlocked } from '../excel/fakeExcel';
import { lookFrom, storeContract, type CellLook, type SheetLayout, type StoreUnderTest } from './storeContract';

let fake: FakeExcel | undefined;

/** What the adapter set through Office.js, as the plan's words. */
function lookOf(prop: string, value: unknown): CellLook {
  if (prop === 'bold') return { bold: value === true };
  if (prop === 'size') return { fontSize: value as number };
  if (prop === 'fill') return { fill: String(value).toUpperCase() };
  if (prop === 'horizontal') return { horizontal: String(value).toLowerCase() as CellLook['horizontal'] };
  return {};
}

function layoutOf(f: FakeExcel, name: string): SheetLayout {
  const s = f.sheet(name)!;
  const formats = s.formats.map((x) => ({ range: x.address, look: lookOf(x.prop, x.value) }));
  // Borders: all four edges set to a continuous line.
  const edges = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'];
  const bordered = [...new Set(s.formats.map((x) => x.address))].filter((a) =>
    edges.every((e) => s.formats.some((x) => x.address === a && x.prop === `border.${e}.style` && x.value === 'Continuous')),
  );
  const inch = (p: string) => s.margins[p] / 72;
  return {
    merges: [...s.merges].sort(),
    showGridlines: s.showGridlines,
    rowHeights: Object.fromEntries(s.rowHeights),
    rowBreaks: [...s.pageBreaks].sort((a, b) => a - b),
    ...(s.margins.leftMargin !== undefined
      ? { margins: { left: inch('leftMargin'), right: inch('rightMargin'), top: inch('topMargin'), bottom: inch('bottomMargin') } }
      : {}),
    centerHorizontally: s.centerHorizontally === true,
    look: (address) => lookFrom([...formats, ...bordered.map((range) => ({ range, look: { borders: true } }))], address),
  };
}

function underTest(f: FakeExcel): StoreUnderTest {
  const t: StoreUnderTest = {
    store: createOfficeWorkbook(),
    layout: async (name) => layoutOf(f, name),
    // The clerk types into Excel: "=…" in a General cell is a formula.
    type: async (sheet, address, value) => {
      const s = f.sheet(sheet) ?? f.addSheet(sheet);
      const { row, col } = parseCell(address);
      const isFormula = typeof value === 'string' && value.startsWith('=');
      s.cells.set(`${row}:${col}`, isFormula ? { value: '#CALC', formula: value, numberFormat: 'General' } : { value, numberFormat: 'General' });
    },
    names: async () => new Map([...f.names].map(([n, v]) => [n, v.reference])),
    reopen: async () => t,
    sheetState: async (name) => {
      const s = f.sheet(name);
      if (!s) throw new Error(`no sheet ${name}`);
      return {
        protected: s.protection !== undefined,
        hidden: s.visibility === 'Hidden',
        locked: (address) => {
          const { row, col } = parseCell(address);
          return s.protection !== undefined && !isUnlocked(s, row, col);
        },
      };
    },
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
