/**
 * Parse speed: seed 002 as it is, and a synthetic decomposition (002's table, rows repeated and
 * renumbered) at 1×, 10× and 100× the seed's size. Linear growth shows as a per-MB time that stays
 * flat: the "growth" row is time(100×) / (100 × time(1×)), 1.0 being perfectly linear.
 */
import { parseText } from '../src/domain/parse';
import { seed002Text, syntheticDecomposition } from '../test/badInput/inputs';
import { round, timeMedian, type BenchRow } from './report';

const utf8Bytes = (s: string) => Buffer.byteLength(s, 'utf8');

/** Median CPU time (user + system, ms) of `fn` over `runs` runs. */
function cpuMedian(fn: () => unknown, runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const before = process.cpuUsage();
    fn();
    const used = process.cpuUsage(before);
    times.push((used.user + used.system) / 1000);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

/** Synthetic text of about `factor` × the seed's bytes. */
function syntheticOfSize(targetBytes: number): string {
  const one = utf8Bytes(syntheticDecomposition(1));
  return syntheticDecomposition(Math.max(1, Math.round(targetBytes / one)));
}

export default async function parseBench(): Promise<BenchRow[]> {
  const seed = seed002Text();
  const seedBytes = utf8Bytes(seed);
  const rows: BenchRow[] = [];
  const firstStarted = performance.now();
  parseText(seed, '002.txt');
  const firstMs = performance.now() - firstStarted;
  const seedMs = timeMedian(() => parseText(seed, '002.txt'), 21, 5);
  // CPU time of the process (all its threads) per parse: on a machine shared with other work the
  // wall-clock median mostly measures waiting for a core; this does not.
  const cpuMs = cpuMedian(() => parseText(seed, '002.txt'), 21);
  const seedResult = parseText(seed, '002.txt');
  rows.push({
    bench: 'parse',
    case: `seed 002 (${round(seedBytes / 1024, 0)} KB)`,
    metric: 'time',
    value: round(seedMs),
    unit: 'ms',
    note: `warm median of 21; ${seedResult.tasks.length} tasks, ${seedResult.indicators.length} indicators, ${seedResult.qualitative.length} qualitative`,
  });
  rows.push({ bench: 'parse', case: 'seed 002, CPU time per parse', metric: 'cpu', value: round(cpuMs), unit: 'ms', note: 'median of 21, warm' });
  rows.push({ bench: 'parse', case: 'seed 002, first parse in the process', metric: 'time', value: round(firstMs), unit: 'ms', note: 'regexes compiled, JIT cold' });

  const perMb: Record<number, number> = {};
  for (const factor of [1, 10, 100]) {
    const text = syntheticOfSize(seedBytes * factor);
    const bytes = utf8Bytes(text);
    // The 100× text takes seconds a parse: one timed run (the smaller sizes warmed the JIT).
    let tasks = 0;
    const ms = timeMedian(() => (tasks = parseText(text, 'synthetic.txt').tasks.length), factor === 100 ? 1 : 5, factor === 100 ? 0 : 1);
    perMb[factor] = ms / (bytes / 1024 / 1024);
    rows.push({
      bench: 'parse',
      case: `synthetic decomposition ${factor}× seed (${round(bytes / 1024 / 1024, 2)} MB, ${tasks} tasks)`,
      metric: 'time',
      value: round(ms),
      unit: 'ms',
      note: `${round(perMb[factor])} ms/MB`,
    });
  }
  rows.push({
    bench: 'parse',
    case: 'growth 1× → 100× (per-MB time ratio; 1.0 = linear)',
    metric: 'ratio',
    value: round(perMb[100] / perMb[1], 2),
    unit: '×',
  });
  return rows;
}
