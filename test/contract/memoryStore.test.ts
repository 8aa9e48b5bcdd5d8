/** The in-memory double (test/support/memoryWorkbook.ts) keeps the store contract. */
import { createMemoryWorkbook, type MemoryWorkbook } from '../support/memoryWorkbook';
import { lookFrom, storeContract, within, type SheetLayout, type StoreUnderTest } from './storeContract';

function layoutOf(wb: MemoryWorkbook, name: string): SheetLayout {
  const s = wb.sheet(name)!;
  const m = s.pageLayout?.margins;
  const formats = s.formats.map((f) => ({
    range: f.range,
    look: {
      ...(f.bold !== undefined ? { bold: f.bold } : {}),
      ...(f.fontSize !== undefined ? { fontSize: f.fontSize } : {}),
      ...(f.fill ? { fill: f.fill.toUpperCase() } : {}),
      ...(f.horizontal ? { horizontal: f.horizontal } : {}),
      ...(f.borders ? { borders: true } : {}),
    },
  }));
  return {
    merges: [...s.merges].sort(),
    showGridlines: s.showGridlines,
    rowHeights: Object.fromEntries(s.rowHeights),
    rowBreaks: [...(s.pageLayout?.rowBreaks ?? [])].sort((a, b) => a - b),
    ...(m ? { margins: { left: m.left, right: m.right, top: m.top, bottom: m.bottom } } : {}),
    centerHorizontally: s.pageLayout?.centerHorizontally === true,
    look: (address) => lookFrom(formats, address),
  };
}

function underTest(wb: MemoryWorkbook): StoreUnderTest {
  return {
    store: wb,
    layout: async (name) => layoutOf(wb, name),
    type: async (sheet, address, value) => wb.setCell(sheet, address, value),
    names: async () => new Map([...wb.names].map(([n, v]) => [n, v.formula])),
    reopen: async () => underTest(wb),
    sheetState: async (name) => {
      const s = wb.sheet(name);
      if (!s) throw new Error(`no sheet ${name}`);
      return {
        protected: s.protection !== undefined,
        hidden: s.hidden,
        locked: (address) => s.protection !== undefined && !s.protection.unlocked.some((u) => within(address, u)),
      };
    },
  };
}

storeContract('in-memory double', { make: async () => underTest(createMemoryWorkbook()) });
