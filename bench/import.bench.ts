/**
 * Round trips and payload of the import through the recording in-memory port (its sync and byte
 * counts are the Office.js adapter's: both build their writes from src/workbook/writePayload.ts),
 * for 10, 1,000 and 10,000 indicators: first import, then the same source again (the merge path a
 * corrected notice takes). Syncs should stay constant while the payload grows, in blocks under
 * Excel on the web's 5 MB request limit.
 */
import { previewImport, writeImport } from '../src/app/importTargets';
import { createMemoryWorkbook } from '../src/app/memoryWorkbook';
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
    const port = createMemoryWorkbook();
    for (const pass of ['import', 're-import'] as const) {
      const before = port.calls.length;
      const t0 = performance.now();
      const preview = await previewImport(source, port);
      if (preview.result.indicators.length !== n) {
        throw new Error(`expected ${n} indicators, the parser found ${preview.result.indicators.length}`);
      }
      const outcome = await writeImport(port, preview);
      const ms = performance.now() - t0;
      const label = `${pass}, ${n.toLocaleString('en')} indicators`;
      rows.push(...portCostRows('import', label, port.calls.slice(before), ms, { syncs: `use case reports ${outcome.syncs}`, time: 'parse + merge + memory port' }));
    }
  }
  return rows;
}
