/**
 * Benchmark of the monthly engine: 10,000 indicators × 12 reporting months (issue 3: part of
 * `npm run bench`, figure in the README). Run alone: `npx tsx bench/progress.bench.ts`.
 */
import { computeProgress, type ProgressInput } from '../src/domain/progress/evaluate';
import { RULE_PRESETS } from '../src/domain/progress/rules';
import { defaultSettings } from '../src/domain/progress/settings';
import type { FigureRow, ProgressItem } from '../src/domain/progress/types';
import { round, timeMedian, type BenchRow } from './report';

const KINDS: Omit<ProgressItem, 'id' | 'task'>[] = [
  { name: '新增城镇就业', kind: 'level', cmp: '>=', target: 5600, max: null, unit: '人' },
  { name: '地区生产总值', kind: 'growth', cmp: '>=', target: 7.5, max: null, unit: '%' },
  { name: '一般公共预算收入', kind: 'growth', cmp: '~', target: 2.2, max: null, unit: '%' },
  { name: '城镇调查失业率', kind: 'level', cmp: '<=', target: 5.5, max: null, unit: '%' },
  { name: '较大安全事故', kind: 'bottomline', cmp: null, target: null, max: null, unit: '' },
  { name: '完成小学改扩建', kind: 'milestone', cmp: null, target: null, max: null, unit: '' },
];

export function buildInputs(n: number): ProgressInput[] {
  let seed = 42;
  const rand = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  return Array.from({ length: n }, (_, i) => {
    const item: ProgressItem = { ...KINDS[i % KINDS.length], id: `${i + 1}-1`, task: String(i + 1) };
    const figures: FigureRow = [null];
    for (let m = 1; m <= 12; m++) figures.push(rand() < 0.1 ? null : Math.round((item.target ?? 1) * (m / 12) * (0.6 + rand() * 0.8) * 100) / 100);
    const settings = { ...defaultSettings(item), milestoneStatus: item.kind === 'milestone' ? ('推进中' as const) : null };
    return { item, settings, figures };
  });
}

function allMonths(inputs: ProgressInput[]): number {
  let results = 0;
  for (let month = 1; month <= 12; month++) results += computeProgress(inputs, RULE_PRESETS['银川'], month).items.length;
  return results;
}

export default async function progressBench(): Promise<BenchRow[]> {
  const inputs = buildInputs(10_000);
  const ms = timeMedian(() => allMonths(inputs), 5, 1);
  return [
    { bench: 'progress', case: '10,000 indicators × 12 months', metric: 'time', value: round(ms), unit: 'ms', note: `${round((ms * 1000) / 120_000, 1)} µs per judgement` },
  ];
}

// Run alone (`npx tsx bench/progress.bench.ts`): print the row. Under bench/run.ts it is imported.
if (require.main === module) {
  void progressBench().then((rows) => rows.forEach((r) => process.stdout.write(`${r.bench}: ${r.case}: ${r.value} ${r.unit} (${r.note})\n`)));
}
