/** @jest-environment node */
/**
 * The 进度 sheet's formulas and the TypeScript engine must say the same thing: this test builds
 * 指标 (H5's plan), 规则, 月度填报 and 进度 from their plans into HyperFormula, evaluates them, reads
 * the sheets back as the add-in would, runs the engine, and compares every row: status, reason,
 * completion, gap, margin, 序时进度 and the figure judged.
 */
import { computeProgress, type ProgressInput } from '../../../src/domain/progress/evaluate';
import { itemFromIndicator, itemFromQualitative } from '../../../src/domain/progress/settings';
import type { ItemProgress, ProgressRules } from '../../../src/domain/progress/types';
import { indicatorsSheetPlan } from '../../../src/workbook/indicatorsSheet';
import type { CellValue } from '../../../src/workbook/plan';
import { FIGURES_SHEET, PROGRESS_SHEET, RULES_SHEET } from '../../../src/workbook/progress/layout';
import { PROGRESS_HEADERS } from '../../../src/workbook/progress/progressFormulas';
import { PROGRESS_FIRST_DATA_ROW } from '../../../src/workbook/progress/progressSheet';
import { progressWorkbookPlan } from '../../../src/workbook/progress/progressWorkbookPlan';
import { readFiguresSheet, readRulesSheet } from '../../../src/workbook/progress/readProgressSheets';
import { readIndicators } from '../../../src/workbook/readIndicators';
import { INDICATORS_SHEET } from '../../../src/workbook/vocabulary';
import { MONTHS, PRESETS, fromSeed002, generated, type Scenario } from './agreementCases';
import { buildHyperFormula, sheetValues } from './planToHyperFormula';

const cellNum = (v: CellValue | undefined): number | null => (typeof v === 'number' ? v : null);

/** Evaluates the workbook and the engine; returns [formula row, engine row] pairs by ID. */
function runBoth(sc: Scenario, rules: ProgressRules, month: number): { sheet: Record<string, CellValue>; ts: ItemProgress }[] {
  const plan = progressWorkbookPlan(sc.inputs, rules, month, 2024);
  const hf = buildHyperFormula([indicatorsSheetPlan(sc.indicators, sc.qualitative), ...plan.sheets], plan.names);
  // The engine judges what the workbook holds, read back as the task pane will.
  const ind = readIndicators({ name: INDICATORS_SHEET, values: sheetValues(hf, INDICATORS_SHEET) });
  expect(ind.findings).toEqual([]);
  const figures = readFiguresSheet(sheetValues(hf, FIGURES_SHEET));
  const { rules: readRules, findings } = readRulesSheet(sheetValues(hf, RULES_SHEET), figures.mergeJanFeb);
  expect(findings).toEqual([]);
  expect(readRules).toEqual(rules);
  expect(figures.month).toBe(month);
  const items = new Map([...ind.indicators.map((i) => itemFromIndicator(i)), ...ind.qualitative.map((q) => itemFromQualitative(q, q.key))].map((i) => [i.id, i]));
  const inputs: ProgressInput[] = sc.inputs.map(({ item }) => {
    const row = figures.rows.get(item.id)!;
    return { item: items.get(item.id)!, settings: row.settings, figures: row.figures };
  });
  // Reading back loses nothing the clerk set.
  expect(inputs.map((i) => i.settings)).toEqual(sc.inputs.map((i) => ({ ...i.settings })));
  const report = computeProgress(inputs, readRules, month);
  const values = sheetValues(hf, PROGRESS_SHEET);
  hf.destroy();
  return report.items.map((ts, k) => {
    const row = values[PROGRESS_FIRST_DATA_ROW - 1 + k];
    const sheet = Object.fromEntries(PROGRESS_HEADERS.map((h, c) => [h, row[c] ?? null]));
    return { sheet, ts };
  });
}

function expectAgree(pairs: { sheet: Record<string, CellValue>; ts: ItemProgress }[], context: string): void {
  const close = (a: number | null, b: number | null) => (a === null ? b === null : b !== null && Math.abs(a - b) < 1e-9);
  for (const { sheet, ts } of pairs) {
    const got = {
      id: sheet['指标ID'],
      status: sheet['状态'],
      reason: sheet['原因'],
      actual: cellNum(sheet['最新数值']),
      timeProgress: cellNum(sheet['序时进度']),
      completion: cellNum(sheet['完成率']),
      gap: cellNum(sheet['差距(百分点)']),
      margin: cellNum(sheet['余量']),
      month: sheet['考核月'],
    };
    const want = { id: ts.id, status: ts.status, reason: ts.reason, actual: ts.actual, timeProgress: ts.timeProgress, completion: ts.completion, gap: ts.gap, margin: ts.margin, month: ts.month };
    const numbersAgree = (['actual', 'timeProgress', 'completion', 'gap', 'margin'] as const).every((k) => close(got[k], want[k]));
    if (got.status !== want.status || got.reason !== want.reason || !numbersAgree || got.month !== want.month) {
      // One readable failure per case rather than a wall of diffs.
      expect({ context, ...got }).toEqual({ context, ...want });
    }
  }
}

let cases = 0;
const statuses = new Map<string, number>();
const methods = new Set<string>();

describe('进度 formulas agree with the TypeScript engine', () => {
  for (const merge of [true, false]) {
    for (const preset of PRESETS) {
      test(`generated figures, ${preset.preset}, 1-2月${merge ? '合并' : '分开'}`, () => {
        const rules = { ...preset, mergeJanFeb: merge };
        MONTHS[preset.preset].forEach((month, k) => {
          const sc = generated(1000 * k + preset.preset.charCodeAt(0) + (merge ? 7 : 0), 3);
          const pairs = runBoth(sc, rules, month);
          expectAgree(pairs, `${preset.preset} ${month}月`);
          cases += pairs.length;
          for (const p of pairs) {
            statuses.set(p.ts.status, (statuses.get(p.ts.status) ?? 0) + 1);
            methods.add(String(p.sheet['方法']));
          }
        });
      });
    }
  }

  test('seed 002 indicators, under every preset', () => {
    for (const [p, preset] of PRESETS.entries()) {
      const month = [2, 6, 12, 9][p];
      const sc = fromSeed002(month * 31 + preset.preset.charCodeAt(0));
      expect(sc.inputs.length).toBeGreaterThan(50);
      // HyperFormula's cost grows with rows × whole-column references: judge the seed in slices
      // of 60 rows (each slice a complete workbook), which covers every row once per preset.
      for (let i = 0; i < sc.inputs.length; i += 60) {
        const slice = sc.inputs.slice(i, i + 60);
        const ids = new Set(slice.map((x) => x.item.id));
        const part: Scenario = {
          indicators: sc.indicators.filter((x) => ids.has(x.id)),
          qualitative: sc.qualitative,
          inputs: slice,
        };
        const pairs = runBoth(part, preset, month);
        expectAgree(pairs, `002 ${preset.preset} ${month}月 rows ${i + 1}-${i + slice.length}`);
        cases += pairs.length;
      }
    }
  });

  test('the cases above cover every status word and every method', () => {
    // Agreement over cases that never reach a branch would prove nothing about it.
    expect([...statuses.keys()].sort()).toEqual(['不适用', '已完成', '未填报', '正常', '滞后', '预警'].sort());
    expect([...methods].sort()).toEqual(['上限', '区间', '完成率', '差距', '无目标', '底线', '相对', '节点'].sort());
    expect(cases).toBeGreaterThan(2800);
    process.stdout.write(`formula agreement: ${cases} cases\n`);
  });
});
