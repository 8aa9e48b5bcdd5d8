import { computeProgress, evaluateItem, type ProgressInput } from '../../../src/domain/progress/evaluate';
import { RULE_PRESETS } from '../../../src/domain/progress/rules';
import { defaultSettings } from '../../../src/domain/progress/settings';
import type { FigureRow, ItemSettings, ProgressItem, ProgressRules } from '../../../src/domain/progress/types';

const 宣城 = RULE_PRESETS['宣城'];
const 银川 = RULE_PRESETS['银川'];
const 三亚 = RULE_PRESETS['三亚'];

function item(p: Partial<ProgressItem> & Pick<ProgressItem, 'kind'>): ProgressItem {
  return { id: 'x', task: '1', name: '指标', cmp: null, target: null, max: null, unit: '', ...p };
}

function figures(byMonth: Record<number, number | string>): FigureRow {
  const row: FigureRow = new Array(13).fill(null);
  for (const [m, v] of Object.entries(byMonth)) row[Number(m)] = v;
  return row;
}

function judge(it: ProgressItem, byMonth: Record<number, number | string>, month: number, rules: ProgressRules = 宣城, s: Partial<ItemSettings> = {}, others: ProgressInput[] = []) {
  const input: ProgressInput = { item: it, settings: { ...defaultSettings(it), ...s }, figures: figures(byMonth) };
  const all = new Map([input, ...others].map((i) => [i.item.id, i.figures]));
  return evaluateItem(input, rules, month, all);
}

const jobs = item({ kind: 'level', name: '新增城镇就业', cmp: '>=', target: 1200, unit: '人' });

describe('amount targets: completion against 序时进度', () => {
  test('the issue example: 41.7% done in June is 8.3 pp behind', () => {
    const r = judge(jobs, { 6: 500 }, 6);
    expect(r.completion).toBeCloseTo(0.416667, 6);
    expect(r.timeProgress).toBe(0.5);
    expect(r.gap).toBeCloseTo(-8.3333, 3);
    expect(r.reason).toBe('累计完成41.7%，低于序时进度50.0%共8.3个百分点');
    expect(r.status).toBe('滞后');
  });

  test('the same figure under each preset: 宣城 滞后, 银川 正常 (under 10 pp), 三亚 预警 (within 50%)', () => {
    expect(judge(jobs, { 6: 500 }, 6, 银川).status).toBe('正常');
    expect(judge(jobs, { 6: 500 }, 6, 三亚).status).toBe('预警');
    expect(judge(jobs, { 6: 200 }, 6, 三亚).status).toBe('滞后');
    expect(judge(jobs, { 6: 200 }, 6, 银川).status).toBe('滞后');
    expect(judge(jobs, { 6: 400 }, 6, 银川).status).toBe('预警');
  });

  test('on schedule and done', () => {
    expect(judge(jobs, { 6: 600 }, 6).status).toBe('正常');
    const done = judge(jobs, { 9: 1250 }, 9);
    expect(done.status).toBe('已完成');
    expect(done.reason).toBe('累计完成104.2%，已完成全年目标');
  });

  test('1-2月 counts as 2/12 whether reported as January (merged) or February', () => {
    expect(judge(jobs, { 2: 200 }, 1, { ...宣城, mergeJanFeb: true }).timeProgress).toBeCloseTo(2 / 12, 6);
    expect(judge(jobs, { 2: 200 }, 1, { ...宣城, mergeJanFeb: true }).reason).toContain('不低于序时进度16.7%');
    expect(judge(jobs, { 2: 200 }, 2, { ...宣城, mergeJanFeb: false }).timeProgress).toBeCloseTo(2 / 12, 6);
    expect(computeProgress([], { ...宣城, mergeJanFeb: true }, 1).timeProgress).toBeCloseTo(2 / 12, 6);
  });

  test('a quarterly plan replaces the even schedule', () => {
    const r = judge(jobs, { 6: 500 }, 6, 宣城, { quarterPlan: [0.1, 0.4, 0.7, 1] });
    expect(r.timeProgress).toBe(0.4);
    expect(r.status).toBe('正常');
    // Between quarter ends the plan is interpolated: May = 0.1 + (0.4 − 0.1) × 2/3.
    expect(judge(jobs, { 5: 500 }, 5, 宣城, { quarterPlan: [0.1, 0.4, 0.7, 1] }).timeProgress).toBe(0.3);
  });

  test('a figure about 10,000 times the target or last month is flagged as a unit slip', () => {
    const funds = item({ kind: 'level', name: '实际到位资金', cmp: '=', target: 39, unit: '亿元' });
    expect(judge(funds, { 6: 195000 }, 6).reason).toContain('疑似万元/亿元单位错误');
    // Not a false 已完成: the clerk is asked to check first.
    expect(judge(funds, { 6: 195000 }, 6).status).toBe('预警');
    expect(judge(funds, { 5: 15, 6: 19.5 }, 6).reason).not.toContain('疑似');
    expect(judge(funds, { 5: 150000, 6: 19.5 }, 6).reason).toContain('疑似');
  });
});

describe('growth and rate targets: percentage points, never a ratio', () => {
  const gdp = item({ kind: 'growth', name: '地区生产总值', cmp: '>=', target: 7.5, unit: '%' });
  test('actual − target in pp', () => {
    const r = judge(gdp, { 6: 6 }, 6, 宣城, { frequency: 'monthly' });
    expect(r.gap).toBe(-1.5);
    expect(r.completion).toBeNull();
    expect(r.reason).toBe('累计增速6.0%，低于目标7.5%共1.5个百分点');
  });

  test('near zero and below zero the gap stays a difference (a ratio would be −100%)', () => {
    const small = item({ kind: 'growth', cmp: '>=', target: 0.5, unit: '%' });
    expect(judge(small, { 3: -0.5 }, 3).gap).toBe(-1);
  });

  test('GDP is quarterly by default: May is judged on the first quarter, February has nothing due', () => {
    const may = judge(gdp, { 3: 7.8, 5: 1 }, 5);
    expect(may.month).toBe(3);
    expect(may.actual).toBe(7.8);
    expect(may.status).toBe('正常');
    expect(judge(gdp, {}, 2).status).toBe('不适用');
  });

  test('a decline target (下降3%) is met by falling at least 3%', () => {
    const energy = item({ kind: 'growth', name: '单位GDP能耗', cmp: '=', target: 3, unit: '%' });
    expect(defaultSettings(energy, '单位GDP能耗下降3%').lowerIsBetter).toBe(true);
    const s = { lowerIsBetter: true };
    expect(judge(energy, { 6: -3.5 }, 6, 宣城, s).status).toBe('正常');
    const behind = judge(energy, { 6: -2 }, 6, 宣城, s);
    expect(behind.status).toBe('滞后');
    expect(behind.reason).toBe('累计增速-2.0%，高于目标-3.0%共1.0个百分点');
  });

  test('ceiling (以内): margin in pp, red once exceeded', () => {
    const unemployment = item({ kind: 'level', cmp: '<=', target: 5.5, unit: '%' });
    const ok = judge(unemployment, { 6: 5.2 }, 6);
    expect(ok.margin).toBe(0.3);
    expect(ok.status).toBe('正常');
    const over = judge(unemployment, { 6: 5.8 }, 6);
    expect(over.status).toBe('滞后');
    expect(over.reason).toBe('当前5.8%，超过上限5.5%共0.3%');
  });

  test('左右: inside the band is on track, below is flagged, the clerk sets the tolerance', () => {
    const revenue = item({ kind: 'growth', cmp: '~', target: 2.2, unit: '%' });
    expect(judge(revenue, { 6: 1.9 }, 6).status).toBe('正常');
    expect(judge(revenue, { 6: 1.5 }, 6, 银川).status).toBe('预警');
    expect(judge(revenue, { 6: 1.5 }, 6, 宣城).status).toBe('滞后');
    expect(judge(revenue, { 6: 1.5 }, 6, 宣城, { tolerance: 1 }).status).toBe('正常');
    expect(judge(revenue, { 12: 2.4 }, 12).status).toBe('已完成');
  });
});

describe('missing and bad figures', () => {
  test('a missing figure is 未填报, never 滞后', () => {
    const r = judge(jobs, { 5: 300 }, 6);
    expect(r.status).toBe('未填报');
    expect(r.reason).toBe('6月未填报');
  });

  test('text in a figure cell is named, not read as zero', () => {
    const r = judge(jobs, { 6: '约5亿' }, 6);
    expect(r.status).toBe('未填报');
    expect(r.actual).toBeNull();
    expect(r.reason).toBe('6月填报值“约5亿”不是数字，请在月度填报中改正');
  });

  test('三亚: two missed months in a row is red', () => {
    expect(judge(jobs, { 4: 300 }, 6, 三亚).status).toBe('滞后');
    expect(judge(jobs, { 4: 300 }, 6, 三亚).reason).toBe('连续2个月未填报');
    expect(judge(jobs, { 5: 300 }, 6, 三亚).status).toBe('未填报');
  });
});

describe('qualitative targets', () => {
  test('bottom line: any occurrence is red at once', () => {
    const safety = item({ kind: 'bottomline', name: '较大安全事故' });
    expect(judge(safety, { 3: 1 }, 3).status).toBe('滞后');
    expect(judge(safety, { 3: 0 }, 3).status).toBe('正常');
    expect(judge(safety, { 12: 0 }, 12).status).toBe('已完成');
  });

  test('milestone: late start is a warning, past the deadline is red', () => {
    const school = item({ kind: 'milestone', name: '完成云溪小学改扩建' });
    expect(judge(school, {}, 6, 宣城, { milestoneStatus: '未启动', plannedMonth: 6 }).status).toBe('预警');
    expect(judge(school, {}, 5, 宣城, { milestoneStatus: '未启动', plannedMonth: 6 }).status).toBe('正常');
    expect(judge(school, {}, 10, 宣城, { milestoneStatus: '推进中', dueMonth: 9 }).reason).toBe('已超过完成时限9月，尚未完成');
    expect(judge(school, {}, 12, 宣城, { milestoneStatus: '推进中' }).status).toBe('预警');
    expect(judge(school, {}, 3, 宣城, { milestoneStatus: '已完成' }).status).toBe('已完成');
    expect(judge(school, {}, 3).status).toBe('未填报');
  });

  test('a task deadline becomes the due month', () => {
    const school = item({ kind: 'milestone' });
    expect(defaultSettings(school, '', '2024年6月底前').dueMonth).toBe(6);
    expect(defaultSettings(school, '', '年底前').dueMonth).toBe(12);
    expect(defaultSettings(school, '', '三季度').dueMonth).toBe(9);
  });

  test('relative: compared with another indicator or a typed figure', () => {
    const gdp: ProgressInput = { item: item({ id: 'g', kind: 'growth', cmp: '>=', target: 7, unit: '%' }), settings: defaultSettings(item({ kind: 'growth' })), figures: figures({ 6: 7 }) };
    const income = item({ id: 'inc', kind: 'relative', name: '居民收入增长与经济增长同步' });
    const r = judge(income, { 6: 6 }, 6, 银川, { compareWith: 'g' }, [gdp]);
    expect(r.gap).toBe(-1);
    expect(r.reason).toBe('实际6.0，比较对象g7.0，低于比较对象共1.0个百分点');
    expect(r.status).toBe('预警');
    expect(judge(income, { 6: 6 }, 6, 银川, { compareWith: 5.5 }).status).toBe('正常');
    expect(judge(income, { 6: 6 }, 6).status).toBe('不适用');
  });
});
