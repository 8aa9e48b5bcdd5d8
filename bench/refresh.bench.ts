/**
 * Round trips and payload of building and refreshing the progress sheets (规则, 月度填报, 进度)
 * through the Office.js adapter over the fake Excel (the adapter's own report), and the add-in's
 * own time over the in-memory double, for 10, 1,000 and 10,000 indicators (issue 4). 进度 is
 * ~7 KB of formulas per row; written once and filled down (Range.autoFill) the payload grows with
 * the figures only and the syncs stay constant. The time is the add-in's own (bench/replayStore.ts),
 * the median of repeated runs.
 * Run alone: `npm run bench -- refresh`.
 */
import { createMemoryWorkbook, type MemoryWorkbook } from '../test/support/memoryWorkbook';
import { FakeExcel } from '../test/excel/fakeExcel';
import { createOfficeWorkbook, type OfficeCost } from '../src/excel/officeWorkbook';
import { refreshProgressSheets } from '../src/app/progress/refreshProgress';
import type { Indicator } from '../src/domain/model';
import { RULE_PRESETS } from '../src/domain/progress/rules';
import { columnLetter } from '../src/workbook/a1';
import { indicatorsSheetPlan } from '../src/workbook/indicatorsSheet';
import { FIGURES_FIRST_DATA_ROW, FIGURES_SHEET, FIRST_FIGURE_COL } from '../src/workbook/progress/layout';
import { replayStore } from './replayStore';
import { portCostRows, timeMedianAsync, type BenchRow } from './report';

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
      // The same workbook in the fake Excel, for the adapter's round trips and request sizes.
      const fake = new FakeExcel().install();
      try {
        for (const name of wb.sheetNames()) {
          const sheet = fake.addSheet(name);
          wb.values(name).forEach((row, r) => row.forEach((v, c) => v !== null && sheet.cells.set(`${r}:${c}`, { value: v, numberFormat: 'General' })));
        }
        // The add-in's own time: reads replayed and plans turned into cells, as every host does,
        // over a store that costs nothing (the in-memory double's formula bookkeeping would
        // otherwise dominate: it is Excel's work in real life).
        const replay = replayStore(wb);
        const options = { month: 6, rules: RULE_PRESETS['银川'] };
        await replay.record((store) => refreshProgressSheets(store, options));
        const ms = await timeMedianAsync(() => refreshProgressSheets(replay, options), n > 1_000 ? 3 : 7);
        // The pass itself, on the in-memory workbook (the second pass reads what the first wrote).
        await refreshProgressSheets(wb, options);
        const costs: OfficeCost[] = [];
        await refreshProgressSheets(createOfficeWorkbook({ onCost: (c) => costs.push(c) }), { month: 6, rules: RULE_PRESETS['银川'] });
        const label = `${pass}, ${n.toLocaleString('en')} indicators`;
        rows.push(...portCostRows('refresh', label, costs, ms, { syncs: `read ${costs[0].syncs} + write ${costs[1].syncs}`, time: 'read + engine + plans + cells, median' }));
      } finally {
        fake.uninstall();
      }
    }
  }
  return rows;
}

// Run alone (`npx tsx bench/refresh.bench.ts`): print the rows. Under bench/run.ts it is imported.
if (require.main === module) {
  void refreshBench().then((rows) => rows.forEach((r) => process.stdout.write(`${r.bench}: ${r.case}: ${r.metric} ${r.value} ${r.unit} (${r.note})\n`)));
}
