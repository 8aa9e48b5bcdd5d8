/**
 * The checks (核对) on seed 002's own indicators: a clean month of figures passes every one, and
 * each rule finds its own kind of bad figure, with its code, severity, month and place, and the
 * clerk's words for it.
 */
import { describeFinding } from '../../../src/app/messages';
import { runChecks } from '../../../src/domain/reconcile/runChecks';
import type { CheckFinding, ReportedFigure } from '../../../src/domain/reconcile/types';
import { cleanFigures, figuresOf, input, seedItem, seedItems } from './seedItems';

const jobs = seedItem('9-1'); // 新增城镇就业5600人以上, 区人社局
const industry = seedItem('1-2'); // 规模工业增加值增长8%以上
const gdp = seedItem('1-1'); // 地区生产总值增长7.5%以上, quarterly
const income = seedItem('2-1'); // 收益3.5亿元
const insured = seedItem('47-1'); // 基本医保参保率95%以上
const rank = seedItem('L1529-7'); // 排名 3 名以内 (a ceiling)

const check = (figures: ReportedFigure[], month = 6, over = {}) => runChecks(input([jobs, industry, gdp, income, insured, rank], figures, month, over));
const only = (found: CheckFinding[], rule: string) => found.filter((f) => f.rule === rule);
/** Clean figures of the six items above, with `replace` laid over them (by id and month). */
function clean(replace: ReportedFigure[] = [], month = 6): ReportedFigure[] {
  const key = (f: ReportedFigure) => `${f.id}:${f.month}`;
  const over = new Set(replace.map(key));
  return [...cleanFigures([jobs, industry, gdp, income, insured, rank], month).filter((f) => !over.has(key(f))), ...replace];
}

test('seed 002: a clean month of figures for every indicator passes every check', () => {
  const items = seedItems();
  expect(items.filter((c) => c.item.kind === 'growth' || c.item.kind === 'level').length).toBeGreaterThan(190);
  for (const month of [2, 3, 6, 12]) expect(runChecks(input(items, cleanFigures(items, month), month))).toEqual([]);
});

describe('missing: a figure due this month and not reported, by unit', () => {
  test('the June figure of 新增城镇就业 left out is an error for 区人社局, at its cell', () => {
    const figures = clean().filter((f) => !(f.id === '9-1' && f.month === 6));
    const found = runChecks({ ...input([jobs], figures), items: [{ ...jobs, places: new Map([[6, { sheet: '月度填报', cell: 'U12' }]]) }] });
    expect(found).toEqual([expect.objectContaining({ rule: 'missing', severity: 'error', id: '9-1', month: 6, owner: '区人社局', sheet: '月度填报', cell: 'U12' })]);
    expect(describeFinding(found[0])).toBe('月度填报!U12：指标9-1（新增城镇就业）6月未报送数值（牵头单位：区人社局）');
  });

  test('a quarterly GDP figure is due at a quarter end: in May the March figure is the one due', () => {
    expect(clean([], 5).some((f) => f.id === '1-1' && f.month === 5)).toBe(false);
    expect(only(check(clean([], 5), 5), 'missing')).toEqual([]);
    const noMarch = clean([], 5).filter((f) => !(f.id === '1-1' && f.month === 3));
    expect(only(check(noMarch, 5), 'missing').map((f) => [f.id, f.month])).toEqual([['1-1', 3]]);
    expect(only(check(clean().filter((f) => !(f.id === '1-1' && f.month === 6))), 'missing').map((f) => f.id)).toEqual(['1-1']);
  });

  test('text in the cell is not "missing" but text; qualitative items are never missing', () => {
    const found = check(clean(figuresOf('2-1', { 6: '约3.5亿' })));
    expect(found.map((f) => f.rule)).toEqual(['text']);
    expect(runChecks(input([seedItem('11-Q1')], [], 6))).toEqual([]);
  });
});

describe('falling: a cumulative amount lower than the month before', () => {
  test('新增城镇就业 1500 in March, 1400 in April: an error in April', () => {
    const found = only(check(clean(figuresOf('9-1', { 2: 800, 3: 1500, 4: 1400, 5: 2000, 6: 2800 }))), 'falling');
    expect(found).toEqual([expect.objectContaining({ severity: 'error', id: '9-1', month: 4, value: '1400', previous: '1500' })]);
    expect(describeFinding(found[0])).toContain('4月累计值1400低于3月的1500，累计数不应减少');
  });

  test('growth rates, rates and a ceiling (a rank) may go down', () => {
    const found = check(clean([...figuresOf('1-2', { 5: 9, 6: 8.1 }), ...figuresOf('47-1', { 5: 96, 6: 95.5 }), ...figuresOf('L1529-7', { 5: 5, 6: 3 })]));
    expect(only(found, 'falling')).toEqual([]);
  });
});

describe('sum: last cumulative + this month = this cumulative, where both are given', () => {
  test('800 + 600 is not 1500: an error with the sum expected; 800 + 700 passes', () => {
    const bad = check(clean([...figuresOf('9-1', { 2: 800 }), { ...figuresOf('9-1', { 3: 1500 })[0], current: 600 }]));
    expect(only(bad, 'sum')).toEqual([expect.objectContaining({ severity: 'error', month: 3, value: '1500', previous: '800', current: '600', expected: '1400' })]);
    expect(describeFinding(only(bad, 'sum')[0])).toContain('3月累计值1500不等于上月累计800加本月600（应为1400）');
    const good = check(clean([...figuresOf('9-1', { 2: 800 }), { ...figuresOf('9-1', { 3: 1500 })[0], current: 700 }]));
    expect(only(good, 'sum')).toEqual([]);
  });

  test('the first period (1-2月) adds up from nothing; without last month\'s cumulative there is no sum', () => {
    expect(only(check(clean([{ ...figuresOf('9-1', { 2: 800 })[0], current: 700 }])), 'sum').map((f) => f.expected)).toEqual(['700']);
    const withoutMarch = clean().filter((f) => !(f.id === '9-1' && f.month === 3));
    expect(only(check([...withoutMarch.filter((f) => !(f.id === '9-1' && f.month === 4)), { ...figuresOf('9-1', { 4: 1900 })[0], current: 1 }]), 'sum')).toEqual([]);
  });
});

describe('unit: a factor of 10 or 10,000 against the target or last month', () => {
  test('a figure 5000 times its target is an error to check, not "完成500000%"', () => {
    const found = check(clean(figuresOf('9-1', { 6: 28_000_000 })));
    expect(only(found, 'unit')).toEqual([expect.objectContaining({ severity: 'error', month: 6, expected: '5600', factor: 5000 })]);
    expect(only(found, 'bound')).toEqual([]);
    expect(describeFinding(only(found, 'unit')[0])).toContain('数值28000000是目标5600的5000倍，疑似单位错误（万元/亿元、人/万人）');
  });

  test('收益 3.5 亿元 reported in 万元 (35000): an error', () => {
    expect(only(check(clean(figuresOf('2-1', { 6: 35000 }))), 'unit')).toEqual([expect.objectContaining({ severity: 'error', id: '2-1', factor: 10000 })]);
  });

  test('ten times last month is a warning; a figure in 万人 after 人 (a ten-thousandth) an error', () => {
    expect(only(check(clean(figuresOf('9-1', { 5: 2300, 6: 23000 }))), 'unit')).toEqual([
      expect.objectContaining({ severity: 'warning', month: 6, previous: '2300', factor: 10 }),
    ]);
    const small = only(check(clean(figuresOf('9-1', { 5: 2300, 6: 0.23 }))), 'unit');
    expect(small).toEqual([expect.objectContaining({ severity: 'error', month: 6, previous: '2300' })]);
    expect(describeFinding(small[0])).toContain('只有上期2300的10000分之一');
  });

  test('ordinary growth and an early small figure pass', () => {
    expect(only(check(clean(figuresOf('9-1', { 2: 60, 3: 500, 4: 1200, 5: 2300, 6: 2800 }))), 'unit')).toEqual([]);
  });
});

describe('swing: a growth rate moving more than 30 points', () => {
  test('规模工业增加值 from 8.2% to 45%: a warning; to 9% passes; the threshold is the rules\'', () => {
    const found = only(check(clean(figuresOf('1-2', { 5: 8.2, 6: 45 }))), 'swing');
    expect(found).toEqual([expect.objectContaining({ severity: 'warning', month: 6, value: '45', previous: '8.2' })]);
    expect(describeFinding(found[0])).toContain('6月增速45较上期8.2变动36.8个百分点，超过30个百分点，请说明原因');
    expect(only(check(clean(figuresOf('1-2', { 5: 8.2, 6: 9 }))), 'swing')).toEqual([]);
    const tight = { rules: { swingPp: 0.5, completionBound: 3, unitSlipRatio: 1000, mergeJanFeb: true } };
    expect(only(check(clean(figuresOf('1-2', { 5: 8.2, 6: 9 })), 6, tight), 'swing')).toHaveLength(1);
  });
});

describe('bound: a completion rate above the plausibility bound', () => {
  test('新增城镇就业 20000 of 5600 (357%): a warning; 6000 (107%) passes', () => {
    expect(only(check(clean(figuresOf('9-1', { 6: 20000 }))), 'bound')).toEqual([expect.objectContaining({ severity: 'warning', month: 6 })]);
    expect(describeFinding(only(check(clean(figuresOf('9-1', { 6: 20000 }))), 'bound')[0])).toContain('累计完成357.1%，超过合理上限300.0%');
    expect(only(check(clean(figuresOf('9-1', { 6: 6000 }))), 'bound')).toEqual([]);
  });
});

describe('future: a figure for a month after the reporting month', () => {
  test('a July figure in a June report is an error', () => {
    expect(only(check(clean(figuresOf('9-1', { 7: 3300 }))), 'future')).toEqual([expect.objectContaining({ severity: 'error', month: 7, expected: '6月' })]);
    expect(only(check(clean(figuresOf('9-1', { 7: 3300 })), 7), 'future')).toEqual([]);
  });
});

describe('text: words in a figure cell', () => {
  test('"约3.5亿" and "5,600人" are errors, never zero', () => {
    const found = check(clean([...figuresOf('2-1', { 6: '约3.5亿' }), ...figuresOf('9-1', { 6: '5,600人' })]));
    expect(only(found, 'text').map((f) => [f.id, f.value, f.severity])).toEqual([
      ['9-1', '5,600人', 'error'],
      ['2-1', '约3.5亿', 'error'],
    ]);
    expect(describeFinding(only(found, 'text')[1])).toBe('月度填报!R10：指标2-1（收益）6月数值“约3.5亿”不是数字，请只填数字（单位见“单位”列）');
  });
});

describe('percent: a percentage where the column holds percent points', () => {
  test('"8.3%" is an error meaning 8.3; 0.083 against an 8% target a warning; 0.5 (a real 0.5%) passes', () => {
    expect(only(check(clean(figuresOf('1-2', { 6: '8.3%' }))), 'percent')).toEqual([expect.objectContaining({ severity: 'error', expected: '8.3' })]);
    expect(only(check(clean(figuresOf('1-2', { 6: '8.3%' }))), 'text')).toEqual([]);
    expect(only(check(clean(figuresOf('1-2', { 6: 0.083 }))), 'percent')).toEqual([expect.objectContaining({ severity: 'warning', expected: '8.3' })]);
    expect(only(check(clean(figuresOf('47-1', { 6: 0.96 }))), 'percent')).toEqual([expect.objectContaining({ id: '47-1', expected: '96' })]);
    expect(only(check(clean(figuresOf('1-2', { 6: 0.5 }))), 'percent')).toEqual([]);
  });
});

describe('duplicate: a second row for one indicator and month', () => {
  test('a different figure is an error naming the first row; the same figure again a warning', () => {
    const first = { id: '9-1', month: 6, raw: 2800, source: '', place: { file: '数据.csv', row: 7 } };
    const other = { ...first, raw: 2900, place: { file: '数据.csv', row: 30 } };
    const found = only(check([...clean().filter((f) => !(f.id === '9-1' && f.month === 6)), first, other]), 'duplicate');
    expect(found).toEqual([expect.objectContaining({ severity: 'error', row: 30, value: '2900', previous: '2800', expected: '第7行' })]);
    expect(describeFinding(found[0])).toBe('《数据.csv》第30行：指标9-1（新增城镇就业）6月的数值重复：2900（第7行已有2800），只采用第一个，请删去多余的一行');
    const same = only(check([...clean().filter((f) => !(f.id === '9-1' && f.month === 6)), first, { ...first, place: { file: '数据.csv', row: 31 } }]), 'duplicate');
    expect(same.map((f) => f.severity)).toEqual(['warning']);
  });
});

describe('source: two sources of one indicator', () => {
  const bureau = (v: number) => figuresOf('9-1', { 6: v }, { source: '区统计局', place: { file: '统计局.csv', row: 3 } });
  test('a different figure from another source is a warning; from the authoritative source an error', () => {
    const found = only(check(clean(), 6, { otherSources: bureau(2600) }), 'source');
    expect(found).toEqual([expect.objectContaining({ severity: 'warning', source: '区统计局', value: '2800', previous: '2600', authoritative: false })]);
    const chosen = only(check(clean(), 6, { otherSources: bureau(2600), authority: new Map([['9-1', '区统计局']]) }), 'source');
    expect(chosen).toEqual([expect.objectContaining({ severity: 'error', authoritative: true })]);
    expect(describeFinding(chosen[0])).toContain('6月采用的2800与权威来源区统计局报送的2600不一致，应以区统计局为准');
  });

  test('the same figure from both sources passes', () => {
    expect(only(check(clean(), 6, { otherSources: bureau(2800) }), 'source')).toEqual([]);
  });
});
