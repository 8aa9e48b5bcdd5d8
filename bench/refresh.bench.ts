/**
 * Round trips and payload of building and refreshing the progress sheets (规则, 月度填报, 进度)
 * through the recording in-memory port (its sync and byte counts are the Office.js adapter's: both
 * build their writes from src/workbook/writePayload.ts), for 10, 1,000 and 10,000 indicators
 * (issue 4). 进度 is ~7 KB of formulas per row; written once and filled down (Range.autoFill) the
 * payload grows with the figures only and the syncs stay constant.
 * Run alone: `npm run bench -- refresh`.
 */
import { createMemoryWorkbook, type MemoryWorkbook } from '../src/app/memoryWorkbook';
import { refreshProgressSheets } from '../src/app/progress/refreshProgress';
import type { Indicator } from '../src/domain/model';
import { RULE_PRESETS } from '../src/domain/progress/rules';
import { columnLetter } from '../src/workbook/a1';
import { indicatorsSheetPlan } from '../src/workbook/indicatorsSheet';
import { FIGURES_FIRST_DATA_ROW, FIGURES_SHEET, FIRST_FIGURE_COL } from '../src/workbook/progress/layout';
import { portCostRows, type BenchRow } from './report';

/** n indicators of the usual kinds (level, growth, ceiling, range). */
export function benchIndicators(n: number): Indicator[] {
  const kinds: Pick<Indicator, 'kind' | 'cmp' | 'unit' | 'target'>[] = [
    { kind: 'level', cmp: '>=', unit: '人', target: 5600 },
    { kind: 'growth', cmp: '>=', unit: '%', target: 7.5 },
    { kind: 'level', cmp: '<=', unit: '%', target: 5.5 },
    { kind: 'growth', cmp: '~', unit: '%', target: 2.2 },
  ];
  return Array.from({ length: n }, (_, i) => ({
    id: `${i + 1}-1`,
    task: String(i + 1),
    line: i + 1,
    quote: `第${i + 1}项指标`,
    name: `第${i + 1}项指标`,
    max: null,
    livelihood: false,
    ...kinds[i % kinds.length],
  }));
}

/** A workbook after an import of n indicators (指标 only). */
export async function importedWorkbook(n: number): Promise<MemoryWorkbook> {
  const wb = createMemoryWorkbook();
  await wb.apply({ sheets: [indicatorsSheetPlan(benchIndicators(n), [])] });
  return wb;
}

/** The clerk types a June figure for every indicator (so the refresh carries figures). */
export function typeJuneFigures(wb: MemoryWorkbook, n: number): void {
  // 1-2月 merged: June is the 5th figure column.
  const june = columnLetter(FIRST_FIGURE_COL + 4);
  for (let i = 0; i < n; i++) wb.setCell(FIGURES_SHEET, `${june}${FIGURES_FIRST_DATA_ROW + i}`, 100 + (i % 50));
}

export default async function refreshBench(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const n of [10, 1_000, 10_000]) {
    const wb = await importedWorkbook(n);
    for (const pass of ['first build', 'refresh'] as const) {
      if (pass === 'refresh') typeJuneFigures(wb, n);
      const before = wb.calls.length;
      const t0 = performance.now();
      const outcome = await refreshProgressSheets(wb, { month: 6, rules: RULE_PRESETS['银川'] });
      const ms = performance.now() - t0;
      const label = `${pass}, ${n.toLocaleString('en')} indicators`;
      rows.push(...portCostRows('refresh', label, wb.calls.slice(before), ms, { syncs: `read 1 + write ${outcome.apply.syncs}`, time: 'read + engine + plans + memory port' }));
    }
  }
  return rows;
}

// Run alone (`npx tsx bench/refresh.bench.ts`): print the rows. Under bench/run.ts it is imported.
if (require.main === module) {
  void refreshBench().then((rows) => rows.forEach((r) => process.stdout.write(`${r.bench}: ${r.case}: ${r.metric} ${r.value} ${r.unit} (${r.note})\n`)));
}
