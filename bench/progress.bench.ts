/**
 * Benchmark of the monthly engine: 10,000 indicators × 12 reporting months (issues 3 and 12).
 * Before and after in one run, so the ratio is not spoiled by a machine busier in one run than in
 * another:
 * - reference: the readable per-item engine (evaluateItem) as computeProgress ran it before the
 *   compiled form: one call per month, the id → figures map rebuilt on each, every reason written;
 * - compiled: compileProgress once, then judgeAll (twelve months in one call, status codes and
 *   numbers, no reason sentence);
 * - the rows a pane shows: the compiled judgement plus the reasons of 200 rows;
 * - computeProgress (the facade that still writes every reason) for one month.
 * Run alone: `npx tsx bench/progress.bench.ts`.
 */
import { compileProgress } from '../src/domain/progress/compiled';
import { computeProgress, evaluateItem, type ProgressInput } from '../src/domain/progress/evaluate';
import { RULE_PRESETS } from '../src/domain/progress/rules';
import { defaultSettings } from '../src/domain/progress/settings';
import type { FigureRow, ItemKind, ProgressItem, ProgressRules } from '../src/domain/progress/types';
import type { Cmp } from '../src/domain/model';
import { median, round, timeMedian, type BenchRow } from './report';

const RULES: ProgressRules = RULE_PRESETS['银川'];
const ITEMS = 10_000;
const SHOWN_ROWS = 200;

/** Every item is built by the same literal, so all share one object shape as the sheet readers
 *  give them (objects spread from different templates each get their own shape, and the engine's
 *  reads of them turn slow: the old bench measured that, not the engine). */
function item(i: number, name: string, kind: ItemKind, cmp: Cmp | null, target: number | null, unit: string): ProgressItem {
  return { id: `${i + 1}-1`, task: String(i + 1), name, kind, cmp, target, max: null, unit };
}

const KINDS: [string, ItemKind, Cmp | null, number | null, string][] = [
  ['新增城镇就业', 'level', '>=', 5600, '人'],
  ['地区生产总值', 'growth', '>=', 7.5, '%'],
  ['一般公共预算收入', 'growth', '~', 2.2, '%'],
  ['城镇调查失业率', 'level', '<=', 5.5, '%'],
  ['较大安全事故', 'bottomline', null, null, ''],
  ['完成小学改扩建', 'milestone', null, null, ''],
];

export function buildInputs(n: number): ProgressInput[] {
  let seed = 42;
  const rand = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  const inputs: ProgressInput[] = [];
  for (let i = 0; i < n; i++) {
    const [name, kind, cmp, target, unit] = KINDS[i % KINDS.length];
    const it = item(i, name, kind, cmp, target, unit);
    const figures: FigureRow = [null];
    for (let m = 1; m <= 12; m++) figures.push(rand() < 0.1 ? null : Math.round((target ?? 1) * (m / 12) * (0.6 + rand() * 0.8) * 100) / 100);
    const settings = defaultSettings(it);
    if (kind === 'milestone') settings.milestoneStatus = '推进中';
    inputs.push({ item: it, settings, figures });
  }
  return inputs;
}

/** The engine before the compiled form, month by month. */
function referenceYear(inputs: ProgressInput[]): number {
  let judged = 0;
  for (let month = 1; month <= 12; month++) {
    const byId = new Map<string, FigureRow>();
    for (const input of inputs) byId.set(input.item.id, input.figures);
    judged += inputs.map((input) => evaluateItem(input, RULES, month, byId)).length;
  }
  return judged;
}

function compiledYear(inputs: ProgressInput[]): number {
  return compileProgress(inputs, RULES).judgeAll().length;
}

function shownRows(inputs: ProgressInput[]): number {
  const judgement = compileProgress(inputs, RULES).judge(6);
  let chars = 0;
  for (let i = 0; i < SHOWN_ROWS; i++) chars += judgement.reason(i).length;
  return chars;
}

export default async function progressBench(): Promise<BenchRow[]> {
  const inputs = buildInputs(ITEMS);
  const judgements = ITEMS * 12;
  const per = (ms: number) => `${round((ms * 1000) / judgements, 2)} µs per judgement`;
  // Interleaved repeats: both see the same machine load.
  const before: number[] = [];
  const after: number[] = [];
  for (let k = 0; k < 3; k++) {
    before.push(timeMedian(() => referenceYear(inputs), 3, 1));
    after.push(timeMedian(() => compiledYear(inputs), 7, 2));
  }
  const ref = median(before);
  const compiled = median(after);
  const shown = timeMedian(() => shownRows(inputs), 7, 2);
  const facade = timeMedian(() => computeProgress(inputs, RULES, 6), 7, 2);
  const label = '10,000 indicators × 12 months';
  return [
    { bench: 'progress', case: `${label}, reference engine (before)`, metric: 'time', value: round(ref), unit: 'ms', note: per(ref) },
    { bench: 'progress', case: `${label}, compiled (compile + judgeAll)`, metric: 'time', value: round(compiled), unit: 'ms', note: per(compiled) },
    { bench: 'progress', case: `${label}, compiled vs reference`, metric: 'speed-up', value: round(ref / compiled), unit: '×', note: 'same run, medians' },
    { bench: 'progress', case: `10,000 indicators, one month + reasons of ${SHOWN_ROWS} rows shown`, metric: 'time', value: round(shown), unit: 'ms', note: 'compile + judge(6) + 200 reasons' },
    { bench: 'progress', case: '10,000 indicators, one month, computeProgress (every reason)', metric: 'time', value: round(facade), unit: 'ms', note: 'the facade the app layer calls today' },
  ];
}

// Run alone (`npx tsx bench/progress.bench.ts`): print the rows. Under bench/run.ts it is imported.
if (require.main === module) {
  void progressBench().then((rows) => rows.forEach((r) => process.stdout.write(`${r.bench}: ${r.case}: ${r.value} ${r.unit} (${r.note})\n`)));
}
