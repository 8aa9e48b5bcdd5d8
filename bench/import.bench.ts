/**
 * Round trips and payload of the import through the Office.js adapter over the fake Excel (the
 * adapter's own report), and the add-in's own time over the in-memory double, for 10, 1,000 and
 * 10,000 indicators: first import, then the same source again (the merge path a corrected notice
 * takes). Syncs should stay constant while the payload grows, in blocks under Excel on the web's
 * 5 MB request limit.
 */
import { previewImport, writeImport } from '../src/app/importTargets';
import { createOfficeWorkbook, type OfficeCost } from '../src/excel/officeWorkbook';
import { FakeExcel } from '../test/excel/fakeExcel';
import { createMemoryWorkbook } from '../test/support/memoryWorkbook';
import { tsv, type Row } from '../test/badInput/inputs';
import { portCostRows, type BenchRow } from './report';

/** A decomposition table as pasted from Excel: one task, one quantified indicator per row. */
export function tableWithIndicators(n: number): string {
  const rows: Row[] = Array.from({ length: n }, (_, i) => ({
    seq: String(i + 1),
    task: `第${i + 1}片区新增城镇就业${1000 + i}人以上`,
    leader: '彭伟',
    lead: '区人社局',
    units: '各镇、区财政局',
  }));
  return tsv(rows);
}

export default async function importBench(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const n of [10, 1_000, 10_000]) {
    const source = { kind: 'text' as const, text: tableWithIndicators(n) };
    const memory = createMemoryWorkbook();
    const fake = new FakeExcel().install();
    const costs: OfficeCost[] = [];
    const office = createOfficeWorkbook({ onCost: (c) => costs.push(c) });
    try {
      for (const pass of ['import', 're-import'] as const) {
        const t0 = performance.now();
        const preview = await previewImport(source);
        if (preview.result.indicators.length !== n) {
          throw new Error(`expected ${n} indicators, the parser found ${preview.result.indicators.length}`);
        }
        await writeImport(memory, preview);
        const ms = performance.now() - t0;
        costs.length = 0;
        await writeImport(office, preview);
        const label = `${pass}, ${n.toLocaleString('en')} indicators`;
        rows.push(...portCostRows('import', label, costs, ms, { syncs: `read ${costs[0].syncs} + write ${costs[1].syncs}`, time: 'parse + merge + in-memory store' }));
      }
    } finally {
      fake.uninstall();
    }
  }
  return rows;
}
