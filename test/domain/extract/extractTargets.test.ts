import { extractTargets } from '../../../src/domain/extract/extractTargets';

const brief = (text: string) =>
  extractTargets(text).indicators.map((i) => ({ name: i.name, kind: i.kind, target: i.target, max: i.max, unit: i.unit, cmp: i.cmp }));

describe('growth targets', () => {
  it('reads a list of growth targets after a colon', () => {
    expect(brief('经济社会发展的主要预期目标是：地区生产总值增长7.5%以上，规模工业增加值增长8%以上，一般公共预算收入增长2.2%左右。')).toEqual([
      { name: '地区生产总值', kind: 'growth', target: 7.5, max: null, unit: '%', cmp: '>=' },
      { name: '规模工业增加值', kind: 'growth', target: 8, max: null, unit: '%', cmp: '>=' },
      { name: '一般公共预算收入', kind: 'growth', target: 2.2, max: null, unit: '%', cmp: '~' },
    ]);
  });

  it('reads 提速, 下降 and 个百分点 as growth', () => {
    expect(brief('确保审批提速 60%以上')[0]).toMatchObject({ name: '审批提速', kind: 'growth', target: 60, cmp: '>=' });
    expect(brief('现行案件发案率同比下降50%')[0]).toMatchObject({ name: '现行案件发案率', kind: 'growth', target: -50, cmp: '=' });
    expect(brief('研发投入强度提高2个百分点')[0]).toMatchObject({ kind: 'growth', target: 2, unit: '个百分点' });
  });

  it('reads 提高到 as a level, not a growth', () => {
    expect(brief('民间投资占比提高到62%以上')[0]).toMatchObject({ name: '民间投资占比', kind: 'level', target: 62, cmp: '>=' });
  });
});

describe('levels and rates', () => {
  it('reads the comparison words', () => {
    expect(brief('力争空气质量优良率保持在85%以上')[0]).toMatchObject({ name: '空气质量优良率', kind: 'level', target: 85, cmp: '>=' });
    expect(brief('基本医保参保率95%以上')[0]).toMatchObject({ name: '基本医保参保率', target: 95, cmp: '>=' });
    expect(brief('城镇调查失业率控制在5.5%以内')[0]).toMatchObject({ name: '城镇调查失业率', target: 5.5, cmp: '<=' });
    expect(brief('力争新增市场主体不少于2000家')[0]).toMatchObject({ target: 2000, unit: '家', cmp: '>=' });
    expect(brief('力争链上企业突破 85 家')[0]).toMatchObject({ name: '链上企业', target: 85, cmp: '>=' });
  });
});

describe('amounts and counts', () => {
  it('keeps verbs that are the meaning and drops those that are tone', () => {
    expect(brief('新增城镇就业5600人以上')[0]).toMatchObject({ name: '新增城镇就业', target: 5600, unit: '人', cmp: '>=' });
    expect(brief('全年新开工项目 40 个以上')[0]).toMatchObject({ name: '新开工项目', target: 40, unit: '个', cmp: '>=' });
    expect(brief('实际到位资金 39 亿元')[0]).toMatchObject({ name: '实际到位资金', target: 39, unit: '亿元', cmp: '=' });
    expect(brief('改造老旧小区 2 个')[0]).toMatchObject({ name: '改造老旧小区', target: 2, unit: '个' });
    expect(brief('高新技术企业总数达到70家')[0]).toMatchObject({ name: '高新技术企业总数', target: 70, unit: '家', cmp: '=' });
  });

  it('reads a range as target and max', () => {
    expect(brief('培育跨境电商企业1-2家')[0]).toMatchObject({ target: 1, max: 2, unit: '家', cmp: '=' });
  });

  it('reads a count written before the thing counted', () => {
    expect(brief('新增1个省级美丽乡村示范村、2个市级美丽乡村示范村')).toEqual([
      expect.objectContaining({ name: '新增省级美丽乡村示范村', target: 1, unit: '个' }),
      expect.objectContaining({ name: '新增市级美丽乡村示范村', target: 2, unit: '个' }),
    ]);
    expect(brief('建设2处社区日间照料中心')[0]).toMatchObject({ name: '建设社区日间照料中心', target: 2, unit: '处' });
  });

  it('keeps the unit as written, with 万 and per-period parts', () => {
    expect(brief('新增农村自来水覆盖人口2万人')[0]).toMatchObject({ target: 2, unit: '万人' });
    expect(brief('城市低保标准不低于700元/月')[0]).toMatchObject({ target: 700, unit: '元/月', cmp: '>=' });
  });

  it('drops a list of examples ending in 等 from the name', () => {
    expect(brief('改造装卸小区、迎宾商场小区等老旧小区 15 个')[0]).toMatchObject({ name: '改造老旧小区', target: 15 });
    expect(brief('新增安居园等 3 家社区卫生服务站')[0]).toMatchObject({ name: '新增社区卫生服务站', target: 3, unit: '家' });
    expect(brief('完成云溪城区片、路口片、陆城片等9个片区控制性详细规划编制')[0]).toMatchObject({ target: 9, unit: '个' });
  });

  it('carries a verb shared by a list to the next item', () => {
    expect(brief('新建公租房 83 套，保障性租赁住房 100 套').map((i) => i.name)).toEqual(['新建公租房', '新建保障性租赁住房']);
    expect(brief('力争全年项目新签约80个以上、新开工70个以上').map((i) => i.name)).toEqual(['项目新签约', '项目新开工']);
  });
});

describe('Chinese numerals', () => {
  it('converts them when they count what is to be done', () => {
    expect(brief('新增两个省级示范村')[0]).toMatchObject({ target: 2, unit: '个' });
    expect(brief('完成蓝田县、周至县两处规模化供水设施建设')[0]).toMatchObject({ name: '蓝田县、周至县规模化供水设施建设', target: 2, unit: '处' });
  });

  it('leaves alone the counts of a speech structure', () => {
    expect(brief('我们将重点抓好以下五个方面的工作：')).toEqual([]);
    expect(brief('实现四项基本殡葬服务全覆盖')).toEqual([]);
    expect(brief('培育一批质量强区建设领军企业')).toEqual([]);
  });
});

describe('shared subjects', () => {
  it('pairs 分别 lists of names and figures', () => {
    expect(brief('社会消费品零售总额、固定资产投资分别增长8%、10%')).toEqual([
      { name: '社会消费品零售总额', kind: 'growth', target: 8, max: null, unit: '%', cmp: '=' },
      { name: '固定资产投资', kind: 'growth', target: 10, max: null, unit: '%', cmp: '=' },
    ]);
    expect(brief('城、乡居民人均可支配收入分别增长6%、7%').map((i) => [i.name, i.target])).toEqual([
      ['城居民人均可支配收入', 6], ['乡居民人均可支配收入', 7],
    ]);
  });

  it('gives each item of an 各 list the figure', () => {
    expect(brief('全年新开工、新投产项目各100个以上').map((i) => [i.name, i.target, i.cmp])).toEqual([
      ['新开工项目', 100, '>='], ['新投产项目', 100, '>='],
    ]);
  });
});

describe('numbers that are not targets', () => {
  it('takes only the count from a figure that qualifies a project', () => {
    expect(brief('力争全年引进50亿元以上项目 1 个，10 亿元以上项目 5 个')).toEqual([
      expect.objectContaining({ name: '引进50亿元以上项目', target: 1, unit: '个', cmp: '=' }),
      expect.objectContaining({ name: '引进10亿元以上项目', target: 5, unit: '个' }),
    ]);
  });

  it('ignores sizes, years, ordinals, deadlines, slogans and codes', () => {
    for (const text of [
      '推动总投资356.8亿元的乙烯项目建成投产',
      '2024年区政府工作的总体要求是',
      '持续开展安全生产专项整治三年行动',
      '构建“1+2+N”规划体系',
      '“十五五”时期总体要求是',
      '开展首届“最美退役军人”评选活动，举办省第四届旅游发展大会',
      '推进市人民医院 2025 年 6 月底前整体搬迁',
      '完成S313大荆至桃林公路、G536蔡屋章至龙塘段公路建设',
      '落实“大气污染防治12条”，推进1号机组锅炉钢架吊装',
      '大力招引“三类500强”和行业领军企业',
      '加快推进乙烯项目配套 3 条道路建设',
      'PM2.5年均浓度控制在省定目标以内',
    ]) {
      expect({ text, found: brief(text) }).toEqual({ text, found: [] });
    }
  });

  it('reads a quoted name before a figure but not the number inside it', () => {
    expect(brief('“三类500强”项目3个以上')).toEqual([expect.objectContaining({ name: '“三类500强”项目', target: 3, cmp: '>=' })]);
  });
});

describe('quotes and offsets', () => {
  it('quotes the input words, spaces, bold and footnote marks included', () => {
    const text = '**强化保障。**全年新开工项目 40 个以上^[3]，新投产项目 30 个以上。';
    const found = extractTargets(text).indicators;
    expect(found.map((i) => i.quote)).toEqual(['全年新开工项目 40 个以上', '新投产项目 30 个以上']);
    for (const i of found) expect(text.slice(i.offset, i.offset + i.quote.length)).toBe(i.quote);
  });

  it('marks a figure without a name as uncertain', () => {
    const [only] = extractTargets('，增长8%以上').indicators;
    expect(only.uncertain).toMatch(/名称/);
  });
});

describe('qualitative targets', () => {
  const qual = (text: string) => extractTargets(text).qualitative.map((q) => [q.type, q.name]);

  it('reads bottom lines', () => {
    expect(qual('坚决守牢不发生较大及以上安全生产事故底线')).toEqual([['bottomline', '不发生较大及以上安全生产事故']]);
    expect(qual('坚决杜绝较大及以上事故')).toEqual([['bottomline', '杜绝较大及以上事故']]);
  });

  it('reads targets relative to another figure', () => {
    expect(qual('居民收入增长与经济增长同步')[0][0]).toBe('relative');
    expect(qual('城镇调查失业率控制在省定目标以内')[0][0]).toBe('relative');
  });

  it('reads milestones of named deliverables but not generic efforts', () => {
    expect(qual('完成云溪小学改扩建')).toEqual([['milestone', '完成云溪小学改扩建']]);
    expect(qual('启动长岭消防救援站建设')).toEqual([['milestone', '启动长岭消防救援站建设']]);
    expect(qual('加快推进供水、供电基础设施建设')).toEqual([]);
    expect(qual('确保各项任务圆满完成')).toEqual([]);
  });

  it('does not make a milestone of a clause that has a figure', () => {
    const r = extractTargets('完成 9.6 公里农村道路“白改黑”');
    expect(r.indicators).toHaveLength(1);
    expect(r.qualitative).toEqual([]);
  });

  it('ignores a bottom line that is only the name of a campaign in quotes', () => {
    expect(qual('努力实现“两个明显下降、两个坚决不发生”')).toEqual([]);
  });
});
