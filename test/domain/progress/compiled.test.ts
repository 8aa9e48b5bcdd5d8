/**
 * The compiled engine (compileProgress) must say exactly what the readable reference (evaluateItem)
 * says, row by row, reason included: on every case of the formula agreement test (which ties the
 * reference to the 进度 sheet's formulas) in all twelve months, and on random items, settings,
 * figures and rules well beyond what the sheet offers.
 */
import * as codes from '../../../src/domain/progress/codes';
import { compileProgress } from '../../../src/domain/progress/compiled';
import { computeProgress, evaluateItem, type ProgressInput } from '../../../src/domain/progress/evaluate';
import { RULE_PRESETS } from '../../../src/domain/progress/rules';
import { defaultSettings } from '../../../src/domain/progress/settings';
import { STATUSES, type FigureCell, type FigureRow, type ItemProgress, type ItemSettings, type ProgressItem, type ProgressRules } from '../../../src/domain/progress/types';
import { prng } from '../../support/prng';
import { MONTHS, PRESETS, fromSeed002, generated } from '../../workbook/progress/agreementCases';

function reference(inputs: ProgressInput[], rules: ProgressRules, month: number): ItemProgress[] {
  const byId = new Map<string, FigureRow>();
  for (const input of inputs) byId.set(input.item.id, input.figures);
  return inputs.map((input) => evaluateItem(input, rules, month, byId));
}

/** Every branch (why code) the comparisons went through. */
const branches = new Set<number>();

/** Compares all twelve months; returns the number of rows compared. One readable failure per row. */
function expectSameYear(inputs: ProgressInput[], rules: ProgressRules, context: string): number {
  const compiled = compileProgress(inputs, rules);
  const year = compiled.judgeAll();
  expect(year.map((j) => j.month)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  let rows = 0;
  for (const judgement of year) {
    const want = reference(inputs, rules, judgement.month);
    for (const why of judgement.why) branches.add(why);
    for (let i = 0; i < inputs.length; i++) {
      const got = judgement.item(i);
      if (!identical(got, want[i])) {
        expect({ context, asked: judgement.month, row: i, keys: Object.keys(got), ...got }).toEqual({ context, asked: judgement.month, row: i, keys: Object.keys(want[i]), ...want[i] });
      }
      expect(judgement.statusOf(i)).toBe(want[i].status);
      rows++;
    }
  }
  return rows;
}

/** Same keys in the same order (the CLI prints them as JSON), each value the same by Object.is. */
function identical(a: ItemProgress, b: ItemProgress): boolean {
  const keys = Object.keys(b) as (keyof ItemProgress)[];
  return Object.keys(a).join() === keys.join() && keys.every((k) => Object.is(a[k], b[k]));
}

describe('compiled engine = reference, on the formula agreement cases', () => {
  for (const merge of [true, false]) {
    for (const preset of PRESETS) {
      test(`generated figures, ${preset.preset}, 1-2月${merge ? '合并' : '分开'}, every month`, () => {
        const rules = { ...preset, mergeJanFeb: merge };
        let rows = 0;
        MONTHS[preset.preset].forEach((_, k) => {
          const sc = generated(1000 * k + preset.preset.charCodeAt(0) + (merge ? 7 : 0), 3);
          rows += expectSameYear(sc.inputs, rules, `${preset.preset} case ${k}`);
        });
        expect(rows).toBeGreaterThan(4 * 12 * 50);
      });
    }
  }

  test('seed 002 indicators, under every preset, every month', () => {
    for (const [p, preset] of PRESETS.entries()) {
      const month = [2, 6, 12, 9][p];
      const sc = fromSeed002(month * 31 + preset.preset.charCodeAt(0));
      expect(sc.inputs.length).toBeGreaterThan(50);
      expectSameYear(sc.inputs, preset, `002 ${preset.preset}`);
    }
  });
});

// Random inputs: every field drawn from values a sheet, a reader or a careless caller may give.
const KINDS = ['growth', 'level', 'bottomline', 'relative', 'milestone'] as const;
const UNITS = ['%', '个百分点', '‰', '人', '亿元', '万元', '个', '家', ''];
const CMPS = ['>=', '<=', '~', '=', null] as const;

function randomItem(r: () => number, i: number): ProgressItem {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
  const target = pick([null, 0, -2, 0.5, 3, 7.5, 39, 85, 5600, 12000]);
  return {
    id: `R${i}`,
    task: r() < 0.2 ? null : String(i),
    name: `指标${i}`,
    kind: pick(KINDS),
    cmp: pick(CMPS),
    target,
    max: r() < 0.15 && target !== null ? target * 2 : null,
    unit: pick(UNITS),
  };
}

function randomCell(r: () => number, scale: number): FigureCell | undefined {
  const roll = r();
  if (roll < 0.1) return null;
  if (roll < 0.13) return '';
  if (roll < 0.15) return undefined;
  if (roll < 0.19) return ['约5亿', '5,600人', '待核', '—'][Math.floor(r() * 4)];
  if (roll < 0.2) return [NaN, Infinity, -Infinity][Math.floor(r() * 3)];
  if (roll < 0.24) return 0;
  const factor = [-0.5, 0.2, 0.5, 0.9, 1, 1.01, 1.3, 3000, 0.0001][Math.floor(r() * 9)];
  return Math.round(scale * factor * (0.5 + r()) * 100) / 100;
}

function randomInput(r: () => number, i: number, ids: string[]): ProgressInput {
  const item = randomItem(r, i);
  const base = defaultSettings(item, r() < 0.2 ? '下降' : '');
  const settings: ItemSettings = {
    ...base,
    frequency: (['monthly', 'monthly', 'quarterly', 'yearly', 'weekly'] as const)[Math.floor(r() * 5)] as ItemSettings['frequency'],
    lowerIsBetter: r() < 0.3,
    tolerance: r() < 0.3 ? [0, 0.3, 1, 2][Math.floor(r() * 4)] : null,
    quarterPlan: r() < 0.25 ? ([[0.1, 0.4, 0.7, 1], [0, 0.3, 0.6, 1], [0.25, 0.5, 0.75, 1]] as const)[Math.floor(r() * 3)].slice() as ItemSettings['quarterPlan'] : null,
    plannedMonth: r() < 0.4 ? [0, 3, 6, 13][Math.floor(r() * 4)] : null,
    dueMonth: r() < 0.5 ? [1, 6, 9, 12][Math.floor(r() * 4)] : null,
    compareWith: [null, 6.5, -1, 'NOPE', ids[Math.floor(r() * ids.length)], ids[0]][Math.floor(r() * 6)] ?? null,
    milestoneStatus: ([null, '未启动', '推进中', '已完成'] as const)[Math.floor(r() * 4)],
  };
  const scale = Math.abs(item.target ?? 10) || 10;
  const figures: FigureRow = [null];
  const length = r() < 0.1 ? Math.floor(r() * 13) : 13;
  for (let m = 1; m < length; m++) figures.push(randomCell(r, (scale * m) / 12) as FigureCell);
  return { item, settings, figures };
}

function randomRules(r: () => number): ProgressRules {
  const base = PRESETS[Math.floor(r() * PRESETS.length)];
  return {
    ...base,
    completionMode: r() < 0.5 ? 'pp' : 'relative',
    yellowPp: [0, 5, 10][Math.floor(r() * 3)],
    redPp: [0, 20, 30][Math.floor(r() * 3)],
    yellowRel: [0, 0.1][Math.floor(r() * 2)],
    redRel: [0.4, 0.5][Math.floor(r() * 2)],
    gapYellowPp: [0, 0.5][Math.floor(r() * 2)],
    gapRedPp: [0, 1, 2][Math.floor(r() * 3)],
    missedMonthsRed: [0, 1, 2, 3, 13][Math.floor(r() * 5)],
    defaultTolerance: [0.5, 1][Math.floor(r() * 2)],
    unitSlipRatio: [500, 1000][Math.floor(r() * 2)],
    mergeJanFeb: r() < 0.5,
  };
}

describe('compiled engine = reference, on random inputs', () => {
  test.each([1, 2, 3, 4, 5, 6, 7, 8])('random set %i: 300 items, random rules, every month', (seed) => {
    const r = prng(seed * 7919);
    const ids = Array.from({ length: 300 }, (_, i) => `R${i}`);
    const inputs = ids.map((_, i) => randomInput(r, i, ids));
    // A duplicate id: the later row is the one compared with, in both engines.
    inputs.push(randomInput(r, 0, ids));
    expect(expectSameYear(inputs, randomRules(r), `random ${seed}`)).toBe(301 * 12);
  });
});

test('the comparisons above went through every branch, and through a unit slip on each amount branch', () => {
  // Agreement over cases that never reach a branch would prove nothing about it.
  const all = Object.entries(codes).filter(([k]) => k.startsWith('W_') && k !== 'W_UNIT_SLIP').map(([, v]) => v as number);
  expect(all.filter((w) => !branches.has(w))).toEqual([]);
  const slips = [codes.W_COMPLETION_DONE, codes.W_COMPLETION_AHEAD, codes.W_COMPLETION_BEHIND, codes.W_CEILING_OVER, codes.W_CEILING_OK];
  expect(slips.filter((w) => !branches.has(w + codes.W_UNIT_SLIP))).toEqual([]);
});

describe('compiled engine: what the pane relies on', () => {
  const rules = RULE_PRESETS['宣城'];
  const jobs: ProgressItem = { id: '9-1', task: '9', name: '新增城镇就业', kind: 'level', cmp: '>=', target: 1200, max: null, unit: '人' };
  const row = (byMonth: Record<number, FigureCell>): FigureRow => Object.assign(new Array<FigureCell>(13).fill(null), byMonth);

  test('a figure typed as text is reported as that text, never judged as zero', () => {
    const c = compileProgress([{ item: jobs, settings: defaultSettings(jobs), figures: row({ 6: '5,600人' }) }], rules);
    const june = c.judge(6);
    expect(june.statusOf(0)).toBe('未填报');
    expect(Number.isNaN(june.actual[0])).toBe(true);
    expect(june.textFigure(0)).toBe('5,600人');
    expect(june.reason(0)).toBe('6月填报值“5,600人”不是数字，请在月度填报中改正');
  });

  test('an Infinity that slipped into the figures is shown as text to correct, not "完成Infinity%"', () => {
    const input: ProgressInput = { item: jobs, settings: defaultSettings(jobs), figures: row({ 6: Infinity }) };
    const r = computeProgress([input], rules, 6).items[0];
    expect(r.status).toBe('未填报');
    expect(r.completion).toBeNull();
    expect(r.reason).toBe('6月填报值“Infinity”不是数字，请在月度填报中改正');
  });

  test('status codes index STATUSES, and counts() adds them up', () => {
    const inputs = [200, 600, 1300, null].map((v, k): ProgressInput => {
      const item = { ...jobs, id: `J${k}` };
      return { item, settings: defaultSettings(item), figures: row({ 6: v }) };
    });
    const june = compileProgress(inputs, rules).judge(6);
    expect([...june.status].map((code) => STATUSES[code])).toEqual(['滞后', '正常', '已完成', '未填报']);
    expect(june.counts()).toEqual({ 已完成: 1, 正常: 1, 预警: 0, 滞后: 1, 未填报: 1, 不适用: 0 });
    expect(june.report()).toEqual(computeProgress(inputs, rules, 6));
  });

  test('a month outside 1..12 is a caller error', () => {
    const c = compileProgress([], rules);
    expect(() => c.judge(0)).toThrow(RangeError);
    expect(() => c.judge(13)).toThrow(RangeError);
    expect(() => c.judge(6.5)).toThrow(RangeError);
    expect(() => computeProgress([], rules, 13)).toThrow(RangeError);
  });
});
