import { extractTargets } from '../../../src/domain/extract/extractTargets';
import { defaultSettings, itemFromIndicator } from '../../../src/domain/progress/settings';
import { evaluateItem } from '../../../src/domain/progress/evaluate';
import { RULE_PRESETS } from '../../../src/domain/progress/rules';
import type { Indicator } from '../../../src/domain/model';

const brief = (text: string) =>
  extractTargets(text).indicators.map((i) => ({ name: i.name, kind: i.kind, target: i.target, max: i.max, unit: i.unit, cmp: i.cmp }));

describe('negative targets keep their sign', () => {
  it('reads a minus sign after 控制在 as part of the figure, in every form it is typed', () => {
    const expected = [{ name: '人口自然增长率', kind: 'level', target: -1, max: null, unit: '‰', cmp: '<=' }];
    expect(brief('人口自然增长率控制在-1‰以内')).toEqual(expected);
    expect(brief('人口自然增长率控制在－1‰以内')).toEqual(expected); // full-width
    expect(brief('人口自然增长率控制在−1‰以内')).toEqual(expected); // U+2212
    expect(brief('人口自然增长率控制在—1‰以内')).toEqual(expected); // a dash right after 控制在
    expect(brief('人口自然增长率控制在负1‰以内')).toEqual(expected);
  });

  it('reads 增长-2% and 增长负2% as a growth of −2, not a level', () => {
    expect(brief('商品房库存增长-2%左右')).toEqual([{ name: '商品房库存', kind: 'growth', target: -2, max: null, unit: '%', cmp: '~' }]);
    expect(brief('商品房库存增长负2%')[0]).toMatchObject({ name: '商品房库存', kind: 'growth', target: -2 });
  });

  it('reads 负增长2% as a growth of −2, and 负增长 or 降幅收窄 without a number as no figure', () => {
    expect(brief('商品房库存负增长2%')[0]).toMatchObject({ name: '商品房库存', kind: 'growth', target: -2, unit: '%' });
    expect(brief('全区能源消费总量实现负增长')).toEqual([]);
    expect(brief('工业投资降幅收窄')).toEqual([]);
  });

  it('reads 千分之 / 万分之 and the ‱ sign as rates', () => {
    expect(brief('人口自然增长率控制在负千分之一以内')).toEqual([{ name: '人口自然增长率', kind: 'level', target: -1, max: null, unit: '‰', cmp: '<=' }]);
    expect(brief('万人刑事案件发案率控制在2‱以内')[0]).toMatchObject({ name: '万人刑事案件发案率', target: 2, unit: '‱', cmp: '<=' });
    expect(brief('人口出生缺陷发生率万分之5以下')[0]).toMatchObject({ target: 5, unit: '‱', cmp: '<=' });
    expect(brief('确保百分之百完成')).toEqual([]);
  });

  it('does not take a dash used as punctuation, a range or a date for a minus sign', () => {
    expect(brief('二、主要目标——地区生产总值增长7.5%以上')).toEqual([{ name: '地区生产总值', kind: 'growth', target: 7.5, max: null, unit: '%', cmp: '>=' }]);
    expect(brief('新增规模以上工业企业1-2家')[0]).toMatchObject({ target: 1, max: 2, unit: '家' });
    expect(brief('2024-2025年新建5G基站200个')[0]).toMatchObject({ target: 200, unit: '个' });
    expect(brief('城镇调查失业率—5.5%以内').map((i) => i.target)).toEqual([5.5]);
  });
});

describe('decline of a rate: a signed target, as the engine judges it', () => {
  it('signs every way a fall is written and drops the verb from the name', () => {
    expect(brief('现行案件发案率下降3%')).toEqual([{ name: '现行案件发案率', kind: 'growth', target: -3, max: null, unit: '%', cmp: '=' }]);
    expect(brief('万元GDP能耗比上年下降3%左右')[0]).toMatchObject({ name: '万元GDP能耗', kind: 'growth', target: -3, cmp: '~' });
    expect(brief('现行案件发案率下降幅度3%')[0]).toMatchObject({ name: '现行案件发案率', kind: 'growth', target: -3 });
    expect(brief('现行案件发案率降幅3%')[0]).toMatchObject({ name: '现行案件发案率', kind: 'growth', target: -3 });
    expect(brief('单位地区生产总值能耗降低1.6%左右')[0]).toMatchObject({ name: '单位地区生产总值能耗', target: -1.6, cmp: '~' });
    expect(brief('主要污染物排放量减少2个百分点')[0]).toMatchObject({ kind: 'growth', target: -2, unit: '个百分点' });
  });

  it('turns "a fall of at least 5%" into a ceiling of −5', () => {
    expect(brief('PM2.5平均浓度下降5%以上')).toEqual([{ name: 'PM2.5平均浓度', kind: 'growth', target: -5, max: null, unit: '%', cmp: '<=' }]);
    expect(brief('一般性支出压减5%以上')[0]).toMatchObject({ name: '一般性支出', target: -5, cmp: '<=' });
  });

  it('signs a range of falls from the larger fall to the smaller', () => {
    expect(brief('能耗下降1-2%')[0]).toMatchObject({ target: -2, max: -1 });
    expect(brief('商品房库存负增长1-2%')[0]).toMatchObject({ target: -2, max: -1 });
  });

  it('keeps a fall to a level, and an amount to cut, positive', () => {
    expect(brief('城镇登记失业率下降到3.5%')[0]).toMatchObject({ kind: 'level', target: 3.5 });
    expect(brief('压减煤炭消费50万吨')[0]).toMatchObject({ kind: 'level', target: 50, unit: '万吨' });
  });

  it('judges a clerk who reports a fall as statistics releases do ("-48.0" against 下降50%)', () => {
    const text = '现行案件发案率同比下降50%';
    const found = extractTargets(text).indicators[0];
    const ind: Indicator = { id: 'I1', task: '1', name: found.name, kind: found.kind, target: found.target, max: found.max, unit: found.unit, cmp: found.cmp, quote: found.quote, line: 1, livelihood: false };
    const item = itemFromIndicator(ind);
    for (const settings of [defaultSettings(item, ind.quote), defaultSettings(item)]) {
      expect(settings.lowerIsBetter).toBe(true);
      const judge = (actual: number) => evaluateItem({ item, settings, figures: Object.assign(new Array<number | null>(13).fill(null), { 6: actual }) }, RULE_PRESETS['银川'], 6, new Map());
      const behind = judge(-48);
      expect(behind.gap).toBe(2);
      expect(behind.status).not.toBe('正常');
      expect(behind.reason).toContain('高于目标-50.0%共2.0个百分点');
      expect(judge(-52)).toMatchObject({ gap: -2, status: '正常' });
    }
  });
});
