/**
 * The shape every bench/*.bench.ts returns, and the helpers they share. A bench module's default
 * export is `async () => BenchRow[]`; bench/run.ts runs them all, prints one table and writes
 * bench/results.json (the figures quoted in the README).
 */
import type { OfficeCost } from '../src/excel/officeWorkbook';
import { MAX_REQUEST_BYTES } from '../src/excel/requestBlocks';

export interface BenchRow {
  /** The bench file's topic: "parse", "import", "bundle", "progress"… */
  bench: string;
  /** What was measured, in words: "seed 002 (120 KB)". */
  case: string;
  /** "time", "syncs", "payload", "gzip"… */
  metric: string;
  value: number;
  /** "ms", "bytes", "KB", "×"… */
  unit: string;
  note?: string;
}

export type Bench = () => Promise<BenchRow[]>;

/** What one operation cost: the rows "syncs" and "payload" from the Office.js adapter's own report
 *  (over the fake Excel of test/excel/fakeExcel.ts) and "time", the add-in's own work over the
 *  in-memory double. */
export function portCostRows(
  bench: string,
  label: string,
  costs: readonly OfficeCost[],
  ms: number,
  notes: { syncs: string; time: string },
): BenchRow[] {
  const syncs = costs.reduce((s, c) => s + c.syncs, 0);
  const apply = costs.filter((c) => c.op === 'apply');
  const bytes = apply.reduce((s, c) => s + c.requestBytes.reduce((a, b) => a + b, 0), 0);
  const blocks = apply.reduce((s, c) => s + c.requestBytes.filter((b) => b > 0).length, 0);
  return [
    { bench, case: label, metric: 'syncs', value: syncs, unit: '', note: notes.syncs },
    {
      bench,
      case: label,
      metric: 'payload',
      value: round(bytes / 1024),
      unit: 'KB',
      note: `${blocks} blocks, ≤ ${round(MAX_REQUEST_BYTES / 1024 / 1024)} MB each`,
    },
    { bench, case: label, metric: 'time', value: round(ms), unit: 'ms', note: notes.time },
  ];
}

/** Median wall time of `runs` calls after `warmup` unmeasured ones (JIT, caches). */
export function timeMedian(fn: () => unknown, runs = 5, warmup = 1): number {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return median(times);
}

export async function timeMedianAsync(fn: () => Promise<unknown>, runs = 5, warmup = 1): Promise<number> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  return median(times);
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;
