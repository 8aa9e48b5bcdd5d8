/** The in-memory double (test/support/memoryWorkbook.ts) keeps the store contract. */
import { createMemoryWorkbook, type MemoryWorkbook } from '../support/memoryWorkbook';
import { storeContract, type StoreUnderTest } from './storeContract';

function underTest(wb: MemoryWorkbook): StoreUnderTest {
  return {
    store: wb,
    type: async (sheet, address, value) => wb.setCell(sheet, address, value),
    names: async () => new Map([...wb.names].map(([n, v]) => [n, v.formula])),
    reopen: async () => underTest(wb),
  };
}

storeContract('in-memory double', { make: async () => underTest(createMemoryWorkbook()) });
