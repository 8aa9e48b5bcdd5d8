/**
 * One test per phrase class that documents from other provinces write targets with (issue 11, and
 * the labels README, "Rules added for documents from other provinces"). The examples are made-up
 * sentences of the same shape as the corpus ones.
 */
import { extractTargets } from '../../../src/domain/extract/extractTargets';
import { tenseOf } from '../../../src/domain/extract/tense';
import { parseText } from '../../../src/domain/parse';

const brief = (text: string, context: Parameters<typeof extractTargets>[1] = 'plan') =>
  extractTargets(text, context).indicators.map((i) => ({ name: i.name, kind: i.kind, target: i.target, max: i.max, unit: i.unit, cmp: i.cmp }));
const figures = (text: string, context: Parameters<typeof extractTargets>[1] = 'plan') =>
  extractTargets(text, context).indicators.map((i) => [i.target, i.max, i.unit, i.cmp]);
/** A whole text parsed: each target's line, name and figure. */
const targets = (text: string) => parseText(text, 'r.txt').indicators.map((i) => [i.line, i.name, i.target]);
/** The qualitative targets of a sentence: type and name. */
const qual = (text: string) => extractTargets(text).qualitative.map((q) => [q.type, q.name]);

describe('range with the unit at both ends or once: 增长6.5%-7%', () => {
  it.each([
    ['地区生产总值增长6.5%-7%', [6.5, 7, '%', '=']],
    ['地区生产总值增长5%—5.5%', [5, 5.5, '%', '=']],
    ['地区生产总值增长8-8.5%', [8, 8.5, '%', '=']],
    ['研发投入强度提高6-8个百分点', [6, 8, '个百分点', '=']],
    ['商品房库存增长-2%至1%', [-2, 1, '%', '=']],
    ['商品房库存负增长1-2%', [-2, -1, '%', '=']],
  ])('%s', (text, expected) => {
    expect(figures(text)).toEqual([expected]);
  });
});

describe('several values or subjects in one phrase: each gets its own record and name', () => {
  it('分别 with two figures joined by 和: 分别增长7%左右和7.5%左右', () => {
    expect(brief('城镇居民、农村居民人均可支配收入分别增长7%左右和7.5%左右').map((i) => [i.name, i.target, i.cmp])).toEqual([
      ['城镇居民人均可支配收入', 7, '~'], ['农村居民人均可支配收入', 7.5, '~'],
    ]);
  });

  it('one qualifier after the last figure: 分别控制在5.5%和4%以内', () => {
    expect(brief('城镇调查失业率和登记失业率分别控制在5.5%和4%以内').map((i) => [i.name, i.target, i.cmp])).toEqual([
      ['城镇调查失业率', 5.5, '<='], ['登记失业率', 4, '<='],
    ]);
    expect(brief('城乡居民人均可支配收入分别增长5.5%、6%以上').map((i) => [i.name, i.target, i.cmp])).toEqual([
      ['城镇居民人均可支配收入', 5.5, '>='], ['农村居民人均可支配收入', 6, '>='],
    ]);
  });

  it('one figure for two measured subjects: A和B稳定在5%左右, 城乡居民…均增长7%左右', () => {
    expect(brief('城镇调查失业率和登记失业率稳定在5%左右').map((i) => [i.name, i.target])).toEqual([['城镇调查失业率', 5], ['登记失业率', 5]]);
    expect(brief('城乡居民人均可支配收入均增长7%左右').map((i) => i.name)).toEqual(['城镇居民人均可支配收入', '农村居民人均可支配收入']);
    expect(brief('地区生产总值、公共财政预算收入、规模以上工业总产值分别增长5%左右').map((i) => i.name)).toEqual([
      '地区生产总值', '公共财政预算收入', '规模以上工业总产值',
    ]);
    // One noun with 和 inside it stays one target.
    expect(brief('研发和试验发展经费增长10%').map((i) => i.name)).toEqual(['研发和试验发展经费']);
  });

  it('two targets in one clause without a comma: 新建口袋公园12处建成社区食堂8处', () => {
    expect(brief('新建口袋公园12处建成社区食堂8处').map((i) => [i.name, i.target])).toEqual([['新建口袋公园', 12], ['建成社区食堂', 8]]);
  });
});

describe('two different targets with the same figure are kept apart', () => {
  it('签约亿元以上项目50个；新开工亿元以上产业项目50个', () => {
    expect(brief('签约亿元以上项目50个；新开工亿元以上产业项目50个').map((i) => i.name)).toEqual(['签约亿元以上项目', '新开工亿元以上产业项目']);
  });

  it('while one target restated in the same paragraph is one', () => {
    expect(brief('7.建设高标准农田5600亩。我区2024年高标准农田建设任务目标5600亩。')).toHaveLength(1);
  });
});

describe('units and measure words from the documented table', () => {
  it.each([
    ['新增图书10万册', '万册'], ['安装路灯500盏', '盏'], ['开展培训30批次', '批次'], ['新增床位200张', '张'],
    ['更新公交车50辆', '辆'], ['打机井20眼', '眼'], ['新增渔船3艘', '艘'], ['新增无人机2架', '架'],
    ['新增港口吞吐量5万标箱', '万标箱'], ['新增装机10万千瓦', '万千瓦'], ['新建厂房2万平方米', '万平方米'],
    ['新增蓄水30万立方米', '万立方米'], ['新增护理型床位300床', '床'], ['开设托管班20班', '班'], ['改造教室40间', '间'],
    ['种植苗木8000株', '株'], ['栽植行道树500棵', '棵'], ['新增能繁母猪2000头', '头'], ['引进种鸡5000只', '只'],
    ['出栏肉鸽10万羽', '万羽'], ['举办招聘会30场', '场'], ['举办培训班10期', '期'], ['开设课程12门', '门'],
    ['开展巡诊100项次', '项次'], ['服务群众3万人次', '万人次'], ['走访企业500家次', '家次'], ['实际使用外资1.6亿美元', '亿美元'],
    ['粮食产量500亿斤以上', '亿斤'], ['粮食产量保持在180万吨以上', '万吨'],
  ])('%s', (text, unit) => {
    expect(brief(text).map((i) => i.unit)).toEqual([unit]);
  });

  it('a phase, an age, a year and a session are not units of a target', () => {
    for (const text of ['改造二期工程', '为60岁以上老年人免费体检', '2024年', '十四届人大二次会议']) expect({ text, found: brief(text) }).toEqual({ text, found: [] });
  });
});

describe('counts without a measure word, and an index without a unit, where the sentence plans them', () => {
  it('为200万中小学生开展心理健康测评: unit 万, named by who is served and what is done', () => {
    expect(brief('为200万中小学生开展心理健康测评')).toEqual([{ name: '中小学生心理健康测评', kind: 'level', target: 200, max: null, unit: '万', cmp: '=' }]);
  });

  it('but not the population of a named place: 3个街道33个行政村13.3万常住人口', () => {
    expect(brief('解决汉长安城遗址区13.3万常住人口饮水问题')).toEqual([]);
  });

  it('改造25处的老旧小区 counts things; 总投资356.8亿元的乙烯项目 is a size', () => {
    expect(brief('改造25处的老旧小区').map((i) => [i.name, i.target])).toEqual([['改造老旧小区', 25]]);
    expect(brief('推动总投资356.8亿元的乙烯项目建成投产')).toEqual([]);
  });

  it('居民消费价格指数控制在103.5以内: an index with unit ""', () => {
    expect(brief('居民消费价格指数控制在103.5以内')).toEqual([{ name: '居民消费价格指数', kind: 'level', target: 103.5, max: null, unit: '', cmp: '<=' }]);
  });
});

describe('figures with thousands separators and Chinese numerals are targets', () => {
  it.each([
    ['新增城镇就业5,600人', 5600, '人'],
    ['实现税收1,234.5亿元', 1234.5, '亿元'],
    ['新增城镇就业一千二百人', 1200, '人'],
    ['新增市场主体两千三百家', 2300, '家'],
    ['完成蓝田县、周至县两处规模化供水设施建设', 2, '处'],
  ])('%s', (text, target, unit) => {
    expect(brief(text).map((i) => [i.target, i.unit])).toEqual([[target, unit]]);
  });
});

describe('a count of things qualified by a count right after it', () => {
  it('完成超230个50户以上木质房屋连片村寨常高压给水管网建设', () => {
    expect(brief('完成超230个50户以上木质房屋连片村寨常高压给水管网建设')).toEqual([
      { name: '50户以上木质房屋连片村寨常高压给水管网建设', kind: 'level', target: 230, max: null, unit: '个', cmp: '>=' },
    ]);
    expect(brief('全年推进总投资2146亿元的429个500万元以上项目').map((i) => [i.name, i.target])).toEqual([['500万元以上项目', 429]]);
  });
});

describe('kind and comparison words', () => {
  it('上涨 and 涨幅 are growth; 约需, 约为, 大约 are about; 超 is at least', () => {
    expect(brief('居民消费价格上涨3%左右')[0]).toMatchObject({ kind: 'growth', cmp: '~' });
    expect(brief('居民消费价格涨幅2%左右')[0]).toMatchObject({ kind: 'growth', cmp: '~' });
    expect(brief('招商引资约需39亿元')[0]).toMatchObject({ cmp: '~' });
    expect(brief('实际到位资金约为39亿元')[0]).toMatchObject({ cmp: '~' });
    expect(brief('实际到位资金大约39亿元')[0]).toMatchObject({ cmp: '~' });
    expect(brief('完成超230个村寨给水管网建设')[0]).toMatchObject({ target: 230, cmp: '>=' });
  });
});

describe('counts of lists and page furniture are not targets', () => {
  it.each(['办好10件民生实事', '2025年重庆将接续办好15件重点民生实事', '40项民生实事项目包括：', '今年继续安排20件民生实事', '重点做好10个方面工作'])('%s', (text) => {
    expect(brief(text)).toEqual([]);
  });

  it('partners of a pairing are not what is delivered', () => {
    expect(brief('组织省级示范高中与14所县域高中、7所乡镇普通高中实施“二对一”结对共建，建设21个城乡学校共同体').map((i) => i.target)).toEqual([21]);
  });
});

describe('names: the thing measured, not a dimension word or a modifier', () => {
  it('全长约6.2公里 is named by the thing that is long', () => {
    expect(brief('新建滨江大道，全长约6.2公里')[0]).toMatchObject({ name: '滨江大道全长', target: 6.2, cmp: '~' });
  });

  it('a bare change after a level takes its name: 地区生产总值突破3600亿元、增长10%以上', () => {
    expect(brief('地区生产总值突破3600亿元、增长10%以上').map((i) => [i.name, i.kind])).toEqual([['地区生产总值', 'level'], ['地区生产总值', 'growth']]);
  });

  it('a goal named as such: 经济增速目标均为10%以上', () => {
    expect(brief('经济增速目标均为10%以上')[0]).toMatchObject({ name: '经济增速', kind: 'growth', target: 10, cmp: '>=' });
  });

  it('bullets and the verb after the thing counted stay out: ●经济增长6%左右, 选聘100名“产业导师”助推乡村振兴', () => {
    expect(brief('●经济增长6%左右')[0].name).toBe('经济');
    expect(brief('选聘100名各类“产业导师”助推乡村振兴')[0].name).toBe('选聘各类“产业导师”');
  });
});

describe('review or plan, by the sentence itself', () => {
  it.each([
    ['上半年全区实现地区生产总值800亿元，比上年同期增长8.6%。', 'review'],
    ['刚刚过去的一年，城镇新增就业1.2万人。', 'review'],
    ['预计全省地区生产总值增长6%左右。', 'review'],
    ['已新增老年助餐服务点235个，整体完成率111.5%。', 'review'],
    ['十大产业项目完成年度计划的102%。', 'review'],
    ['今年河北预计实现全省生产总值增长6.5%左右目标。', 'plan'],
    ['力争全年新增城镇就业5600人以上。', 'plan'],
    ['全年完成地区生产总值190.25亿元，增长6.4%，增速位列全市第7位。', 'weak-review'],
    ['新开工改造城镇老旧小区3011万平方米。', 'neutral'],
  ])('%s → %s', (sentence, tense) => {
    expect(tenseOf(sentence)).toBe(tense);
  });

  it('a review sentence is dropped inside a plan part, a plan sentence is read outside one', () => {
    expect(brief('2014年，桃源镇全年预计完成地区生产总值73.85亿元，同比增长6.15%；公共财政预算收入3.04亿元。', 'plan')).toEqual([]);
    expect(brief('今年，地区生产总值预期增长目标均确定为10%以上。', 'outside').map((i) => [i.name, i.target])).toEqual([['地区生产总值', 10]]);
    expect(brief('全市共征集各类民生实事项目建议70条，最终确定12个民生实事候选项目。', 'outside')).toEqual([]);
  });

  it('results with the verbs of results are dropped where nothing says the text is a plan', () => {
    expect(brief('全年完成地区生产总值190.25亿元，增长6.4%，增速位列全市第7位。', 'neutral')).toEqual([]);
    expect(brief('新开工改造城镇老旧小区3011万平方米。', 'neutral')).toHaveLength(1);
  });

  it('a sentence that reports last year and plans this one is read clause by clause', () => {
    expect(brief('初步统计，去年全省地区生产总值48810亿元、增长8.0%，今年全省地区生产总值预期增长6.5%。', 'neutral').map((i) => i.target)).toEqual([6.5]);
  });

  it('a bare result after a review sentence is a result too, where nothing says the text is a plan', () => {
    const text = '完成投资0.23亿元，比年度计划高45.3个百分点。安装农村公路生命安全防护栏150公里。';
    expect(brief(text, 'neutral')).toEqual([]);
    expect(brief('密溪沟污水处理项目主体完工，新建、改建城乡污水管网95公里。', 'neutral')).toEqual([]);
    // Inside a plan part the same bare sentence is a target.
    expect(brief(text, 'plan').map((i) => i.target)).toEqual([150]);
  });

  it('counts of what was received are page furniture: 收到建议300余件', () => {
    expect(brief('收到建议300余件', 'neutral')).toEqual([]);
  });

  it('a line that mentions a review does not silence the plan after it', () => {
    const r = parseText('会议回顾了过去一年的工作\n今年力争新增城镇就业5600人以上。\n', '会议.txt');
    expect(r.indicators.map((i) => [i.name, i.target])).toEqual([['新增城镇就业', 5600]]);
  });

  it('a quoted campaign name plans nothing: 实现防汛抗旱“五个确保”', () => {
    expect(brief('一年来，实现防汛抗旱“五个确保”，完成营造林6万亩。', 'outside')).toEqual([]);
  });
});

describe('targets relative to a higher level and duties of the year', () => {

  it.each([
    ['全面完成省下达节能减排任务', 'relative', '全面完成省下达节能减排任务'],
    ['完成国家下达的单位地区生产总值二氧化碳排放降低任务', 'relative', '完成国家下达的单位地区生产总值二氧化碳排放降低任务'],
    ['单位地区生产总值能耗完成“十四五”国家考核目标', 'relative', '单位地区生产总值能耗完成“十四五”国家考核目标'],
    ['超额完成主要污染物排放总量的削减目标', 'relative', '超额完成主要污染物排放总量的削减目标'],
    ['节能减排约束性指标完成年度任务', 'milestone', '节能减排约束性指标完成年度任务'],
  ])('%s', (text, type, name) => {
    expect(qual(text)).toEqual([[type, name]]);
  });

  it('a generic duty is not a milestone: 启动重点城建工程建设, 完成…重点工作和十方面民生实事', () => {
    expect(qual('启动重点城建工程建设')).toEqual([]);
    expect(qual('确保全面完成政府工作报告重点工作和十方面民生实事')).toEqual([]);
  });

  it('an item title that its content restates is not a milestone of its own', () => {
    expect(qual('1。开通运营地铁线路。开通运营地铁8号环线、10号线一期等线路。')).toEqual([['milestone', '开通运营地铁8号环线、10号线一期等线路']]);
    expect(qual('1.完成云溪小学改扩建。（区教体局牵头）')).toEqual([['milestone', '完成云溪小学改扩建']]);
  });
});

describe('shapes brought by the second held-out set (made-up sentences of the same shape)', () => {
  const milestones = (text: string) => extractTargets(text).qualitative.filter((q) => q.type === 'milestone').map((q) => q.name);

  it('a list of the targets handed down is a plan: 目标责任制主要指标：全市实现城镇新增就业2万人', () => {
    const r = parseText('某市人民政府办公室关于下达促进就业目标任务的通知\n某政办〔2020〕12号\n一、明确目标。2020年全市促进就业目标责任制主要指标:全市实现城镇新增就业2万人,城镇登记失业率控制在4%以内。', 'notice.txt');
    expect(r.indicators.map((i) => [i.name, i.target, i.unit, i.cmp])).toEqual([['城镇新增就业', 2, '万人', '='], ['城镇登记失业率', 4, '%', '<=']]);
  });

  it('a completion report: the numbered titles are the targets, the lines under them results', () => {
    const r = parseText('某区为民办实事项目已全部完成具体情况如下:\n\n(一)新增养老床位200张\n\n新增265张养老床位,超额完成年度任务。\n\n(二)新增3个社区“宝宝屋”\n\n新增3个社区“宝宝屋”。', 'report.txt');
    expect(r.indicators.map((i) => [i.line, i.target, i.unit])).toEqual([[3, 200, '张'], [7, 3, '个']]);
    expect(r.qualitative).toEqual([]);
  });

  it('超额完成年度任务 reports a result and is no milestone; a manner before 完成全年目标任务 names nothing', () => {
    expect(tenseOf('新增265张养老床位,超额完成年度任务')).toBe('review');
    expect(milestones('确保按时完成全年目标任务')).toEqual([]);
  });

  it('a count of projects and then their length are two targets: 建设11个项目1320公里', () => {
    expect(figures('今年高速公路建设计划建设11个项目1320公里')).toEqual([[11, null, '个', '='], [1320, null, '公里', '=']]);
  });

  it('an amount with 以上 before projects names their class: 新引进5亿元以上重大项目', () => {
    expect(figures('新引进5亿元以上重大项目')).toEqual([]);
    expect(figures('新引进5亿元以上重大项目3个')).toEqual([[3, null, '个', '=']]);
  });

  it('a long list of named things summed up by a count stays out of the name', () => {
    expect(brief('确保建成甲城至乙城、丙县至丁县、戊镇至机场改扩建4个高速公路项目')[0]).toMatchObject({ name: '建成高速公路项目', target: 4, unit: '个' });
  });

  it('完成 a named title\'s creation is a milestone: 完成长春市“公交都市”创建工作', () => {
    expect(milestones('完成某市“公交都市”创建工作')).toEqual(['完成某市“公交都市”创建']);
  });
});

describe('a department\'s share of the targets, under 目标分解 and 任务分解 headings', () => {
  it('the headings open the plan of a notice; the number of tasks it is divided into is no target', () => {
    const r = parseText('某劳社[2007]18号\n省政府将全年的目标任务分解成50项具体工作任务。现将50项工作任务中涉及我厅的工作目标任务分解给你们。\n一、目标分解\n5.城镇登记失业率控制在4%。 (就业处)\n二、任务分解\n18.新增农村劳动力转移50万人。 (就管中心)', 'notice.txt');
    expect(r.indicators.map((i) => [i.line, i.name, i.target, i.unit, i.cmp])).toEqual([
      [4, '城镇登记失业率', 4, '%', '<='],
      [6, '新增农村劳动力转移', 50, '万人', '='],
    ]);
  });
});

describe('names of verb-object phrases and list items: what is measured (labels README, "name")', () => {
  it('the verb of attainment after the measured thing stays out: 固定资产投资完成120亿元以上', () => {
    expect(brief('固定资产投资完成120亿元以上，营业收入实现50亿元').map((i) => [i.name, i.target, i.cmp])).toEqual([
      ['固定资产投资', 120, '>='], ['营业收入', 50, '='],
    ]);
  });

  it('the marks of list items (一是…二是…) and the tone of a plan (全省将…) stay out', () => {
    expect(brief('一是新建公园3处；二是改造老旧小区12个。全省将新建农村公路1000公里').map((i) => i.name)).toEqual([
      '新建公园', '改造老旧小区', '新建农村公路',
    ]);
  });
});

describe('a sentence about a year before the one planned reports results (issue 11)', () => {
  const news = '2019年，全省将新建农村公路1000公里。\n2018年，全省交通运输稳投资、稳预期成效显著，完成交通投资259.4亿元，同比增长8.2%。';

  it('"2018年…" in a 2019 news item of the plan is last year\'s result, whatever its verbs', () => {
    expect(parseText(news, 'n.txt').indicators.map((i) => [i.line, i.target])).toEqual([[1, 1000]]);
  });

  it('a sentence with last year\'s result and this year\'s plan is read clause by clause; a news lead names the year planned', () => {
    const item = '某县召开人代会 部署2024年工作\n2023年，全县实现地区生产总值120亿元，增长6%。\n2023年全县新改建农村公路120公里，2024年将新改建农村公路100公里。';
    const r = parseText(item, 'n.txt');
    expect(r.planYear).toBe(2024);
    expect(r.indicators.map((i) => [i.line, i.target])).toEqual([[3, 100]]);
  });

  it('a base of comparison, a span or a deadline is no past year: 比2020年下降, 从2018年起, 2025年底前', () => {
    expect(tenseOf('2018年，全省完成交通投资259.4亿元', 2019)).toBe('review');
    expect(tenseOf('单位地区生产总值能耗比2020年下降13.5%', 2024)).not.toBe('review');
    expect(tenseOf('2025年底前建成农贸市场2个', 2026)).not.toBe('review');
    expect(tenseOf('从2018年起每年新建农村公路1000公里', 2019)).not.toBe('review');
    // …but …以来 reports what was done since (round 5).
    expect(tenseOf('2018年以来新建农村公路1000公里', 2019)).toBe('review');
    // Without the year the document plans, the year says nothing.
    expect(tenseOf('2018年，全省新建农村公路1000公里')).not.toBe('review');
  });
});

describe('indicator tables without units or 序号 (issue 11: 项目 / 分值 / 目标任务 / 监考单位)', () => {
  const rows = (text: string) => parseText(text, 't.txt').indicators.map((i) => [i.line, i.name, i.kind, i.target, i.unit, i.cmp]);

  it('one cell per line: a score column holds no target, a judged row none, a category line no row; each target at its cell\'s line', () => {
    const text = [
      '某区2016年度目标任务分解表', '项 目', '分值', '目标任务', '监考单位', '宏观调控',
      '地区生产总值增长率', '3', '年终根据全省平均水平综合考核', '区发改局区统计局',
      '全社会固定资产投资额', '3', '186', '区发改委区统计局',
      '完成重点项目年度投资计划', '2', '18.4',
      '公共服务', '城镇登记失业率', '1', '低于 4.1', '区人社局',
    ].join('\n');
    expect(rows(text)).toEqual([
      [13, '全社会固定资产投资额', 'level', 186, '', '='],
      [17, '完成重点项目年度投资计划', 'level', 18.4, '', '='],
      [21, '城镇登记失业率', 'level', 4.1, '', '<='],
    ]);
  });

  it('指标名称 / 单位 / 目标值 one cell per line, with 序号, and as a table: the unit column gives the unit', () => {
    const lines = ['指标名称', '单位', '2024年目标', '责任单位', '地区生产总值增速', '%', '6.5', '县发改局', '城镇新增就业', '人', '≥3000', '县人社局'];
    expect(rows(lines.join('\n'))).toEqual([
      [7, '地区生产总值增速', 'growth', 6.5, '%', '='],
      [11, '城镇新增就业', 'level', 3000, '人', '>='],
    ]);
    expect(rows('序号\n指标\n目标值\n1\n新增城镇就业\n5600人\n2\n城镇调查失业率\n5.5%以内')).toEqual([
      [6, '新增城镇就业', 'level', 5600, '人', '='],
      [9, '城镇调查失业率', 'level', 5.5, '%', '<='],
    ]);
    expect(rows('指标名称\t单位\t目标值\t责任单位\n一般公共预算收入\t亿元\t12.3\t县财政局')).toEqual([[2, '一般公共预算收入', 'level', 12.3, '亿元', '=']]);
  });

  it('the prose after the table is read as prose again', () => {
    const text = '项目\n目标值\n责任单位\n工业投资\n52\n区经信局\n主要预期目标是：地区生产总值增长7%左右。';
    expect(rows(text).map((r) => r[1])).toEqual(['工业投资', '地区生产总值']);
  });
});

describe('decomposition tables in other layouts', () => {
  it('a table copied one cell per line with 序号: its header opens the plan, each task is read', () => {
    const text = ['某县2016年民生实事目标任务分解表', '序号', '民生实事', '责任单位', '完成时限', '1', '新建3座人行天桥。', '县住建局', '9月投入使用', '2', '建成县老年服务中心。', '县民政局', '12月底前'].join('\n\n');
    const r = parseText(text, 't.txt');
    expect(r.indicators.map((i) => [i.line, i.name, i.target, i.unit])).toEqual([[13, '新建人行天桥', 3, '座']]);
    expect(r.qualitative.map((q) => [q.line, q.type, q.name])).toEqual([[21, 'milestone', '建成县老年服务中心']]);
  });

  it('a header copied one cell per line without 序号 opens the plan too; a sentence that mentions 责任单位 is no header', () => {
    expect(parseText('附件\n工作任务\n牵头领导\n责任单位\n完成时限\n新建口袋公园5个。\n张三\n县住建局', 't.txt').indicators.map((i) => [i.line, i.target])).toEqual([[6, 5]]);
    const notice = '某政办〔2024〕1号\n各责任单位要按照目标任务抓好落实。\n完成时限为年底。\n各牵头单位要加强统筹。\n全年新建公园5个。';
    expect(parseText(notice, 'n.txt').indicators).toEqual([]);
  });

  it('a table without 序号: a task column and a column of who does it, in any order', () => {
    const r = parseText('牵头领导\t工作任务\t完成时限\t责任单位\n张三\t新建口袋公园5个\t12月底前\t县住建局\n李四\t城镇新增就业3000人\t全年\t县人社局', 't.txt');
    expect(r.tasks.map((t) => [t.seq, t.leadLeader, t.leadUnit, t.deadline])).toEqual([['1', '张三', '县住建局', '12月底前'], ['2', '李四', '县人社局', '全年']]);
    expect(r.indicators.map((i) => [i.task, i.name, i.target])).toEqual([['1', '新建口袋公园', 5], ['2', '城镇新增就业', 3000]]);
  });
});

describe('list-item structures of 民生实事 lists: （一）…, 3.…, 四是…, 6、…, 第七，…', () => {
  it('each item\'s targets are read and named without the item mark; an item\'s own verb is not replaced by the one before', () => {
    const list = [
      '今年，市政府将集中力量办好十件民生实事。',
      '（一）教育提质工程。新建公办幼儿园5所，新增学位1500个。',
      '3.就业促进行动。全年新增城镇就业5000人以上。',
      '四是实施养老服务提升工程，新增养老床位300张；五是改造老旧小区20个，惠及居民3000户。',
      '6、新建充电桩200个，施划停车位1000个以上。',
      '第七，建设口袋公园10处。',
    ].join('\n');
    expect(parseText(list, 'l.txt').indicators.map((i) => [i.line, i.name, i.target])).toEqual([
      [2, '新建公办幼儿园', 5], [2, '新增学位', 1500], [3, '新增城镇就业', 5000], [4, '新增养老床位', 300],
      [4, '改造老旧小区', 20], [4, '惠及居民', 3000], [5, '新建充电桩', 200], [5, '施划停车位', 1000], [6, '建设口袋公园', 10],
    ]);
  });
});

describe('a dated news item without a single word of a plan only reports (heldout3\'s looked-at review, now in dev)', () => {
  it('"2024年，…增长6.3%" with no 今年/将/目标/力争 anywhere imports nothing; pasted targets without a year are still read', () => {
    const news = '某社1月19日电 自治区主席作政府工作报告时称，2024年，地区生产总值增长6.3%。\n报告指出，2024年，固定资产投资增长19.6%，城镇调查失业率控制在5%以内。';
    const r = parseText(news, 'n.txt');
    expect([r.indicators, r.qualitative]).toEqual([[], []]);
    expect(r.diagnostics.some((d) => d.level === 'warning' && d.message.includes('未在'))).toBe(true);
    expect(parseText('新增项目5个。\n城镇调查失业率控制在5%以内。', 'p.txt').indicators.map((i) => i.target)).toEqual([5, 5]);
  });
});

describe('shapes brought by the third held-out set after its blind measure (made-up sentences of the same shape)', () => {
  const named = (text: string) => brief(text).map((i) => [i.name, i.target, i.unit, i.cmp]);

  it('a magnitude without a measure word that ends the phrase counts what is named before it: 培训农民100万', () => {
    expect(named('培训护理员5万，转移农村劳动力20万。')).toEqual([['培训护理员', 5, '万', '='], ['转移农村劳动力', 20, '万', '=']]);
    expect(named('新农合覆盖人口800万左右')).toEqual([['新农合覆盖人口', 800, '万', '~']]);
  });

  it('a magnitude without a measure word before the people a plan does something for: 对农村55万特困群众实行低保', () => {
    expect(named('对山区30万困难群众实行临时救助')).toEqual([['山区困难群众实行临时救助', 30, '万', '=']]);
    expect(named('解决80万农村人口饮水安全问题')).toEqual([['解决农村人口饮水安全问题', 80, '万', '=']]);
    expect(named('6万五保对象应保尽保')).toEqual([['五保对象应保尽保', 6, '万', '=']]);
    // A place's population is a fact about the place, not a target.
    expect(brief('解决新区5.2万常住人口出行问题')).toEqual([]);
  });

  it('人 that starts a noun is no measure word: 解决好农村200万人口的饮水安全问题', () => {
    expect(brief('解决好山区90万人口的出行问题').map((i) => [i.target, i.unit])).toEqual([[90, '万']]);
    expect(brief('培训农民工3万人').map((i) => [i.target, i.unit])).toEqual([[3, '万人']]);
  });

  it('a Chinese numeral before a magnitude is a quantity: 让两万户…, 产量均稳定在百万吨以上', () => {
    expect(brief('新建保障房，让两万户住进新房').map((i) => [i.target, i.unit])).toEqual([[2, '万户']]);
    expect(named('小麦、玉米、油料产量均稳定在百万吨以上')).toEqual([
      ['小麦产量', 100, '万吨', '>='], ['玉米产量', 100, '万吨', '>='], ['油料产量', 100, '万吨', '>='],
    ]);
    expect(brief('惠及千家万户')).toEqual([]);
  });

  it('measure words of places and days: 建成林周等5县污水处理厂, 稳定在300天以上', () => {
    expect(brief('建成甲乡等4县垃圾处理厂').map((i) => [i.target, i.unit])).toEqual([[4, '县']]);
    expect(brief('空气质量优良天数稳定在320天以上').map((i) => [i.name, i.target, i.unit, i.cmp])).toEqual([['空气质量优良天数', 320, '天', '>=']]);
  });

  it('a count that only says where a figure is measured is not a target: 确保11个重点城市…天数稳定在300天以上', () => {
    expect(named('确保8个中心城市空气质量优良天数稳定在310天以上')).toEqual([['中心城市空气质量优良天数', 310, '天', '>=']]);
    expect(brief('6个县区森林覆盖率提高5%').map((i) => [i.target, i.unit])).toEqual([[5, '%']]);
    // Two counts of things done stay two targets.
    expect(brief('新建口袋公园12处建成社区食堂8处').map((i) => i.target)).toEqual([12, 8]);
  });

  it('counts joined before one predicate share it: 让1.6万户、4.5万人住上新房', () => {
    expect(named('改造城中村，让2.1万户、6万人住上新房')).toEqual([['住上新房', 2.1, '万户', '='], ['住上新房', 6, '万人', '=']]);
  });

  it('the count of a list of 实事 is not a target, whatever follows it: 这12件实事包括…, 今年要办12件, 其中7件都涉及农村', () => {
    expect(brief('去年办了8件实事，今年要办10件。这10件实事包括养老、就业等方面，其中，6件都涉及农村。')).toEqual([]);
  });

  it('an amount added on last year is a growth in its unit, and the level after it takes its name: 比上年增加1530元，达到21200元', () => {
    expect(brief('农村居民人均可支配收入比上年增加900元，达到18000元。').map((i) => [i.name, i.kind, i.target, i.unit])).toEqual([
      ['农村居民人均可支配收入', 'growth', 900, '元'], ['农村居民人均可支配收入', 'level', 18000, '元'],
    ]);
    // Without a base of comparison an added amount is a level.
    expect(brief('增加绿地50亩').map((i) => i.kind)).toEqual(['level']);
  });

  it('how a change is computed is not what changes: 同口径比上年增长12%', () => {
    expect(brief('一般公共预算收入80亿元，同口径比上年增长6%。').map((i) => [i.name, i.kind, i.target])).toEqual([
      ['一般公共预算收入', 'level', 80], ['一般公共预算收入', 'growth', 6],
    ]);
  });

  it('the words a news item reports results with: 成效显著, 这五年, 通过国家验收', () => {
    expect(tenseOf('报告提到，全区污染防治成效显著，8项工程通过国家验收。')).toBe('weak-review');
    expect(tenseOf('这五年是发展最快的五年，GDP年均增长6.3%。')).toBe('review');
    expect(tenseOf('要不断加强生态建设，新建林地5万亩。')).toBe('weak-plan');
  });

  it('a news item that names last year most plans the year it tells with a plan\'s verb', () => {
    const news = '会议报道\n2018年，全区完成投资500亿元。2018年，外贸额实现40亿元。\n2018年，援建项目完成。\n据了解，2019年，全区将推进旅游发展，力争旅游收入达到300亿元。';
    const r = parseText(news, 'n.txt');
    expect(r.planYear).toBe(2019);
    expect(r.indicators.map((i) => [i.line, i.target])).toEqual([[4, 300]]);
  });

  it('measure words of cases, incidents, trains and containers, and units of concentration', () => {
    expect(brief('完成免费眼科手术800例，较大事故控制在2起以内，开行班列150列，PM2.5平均浓度控制在30微克/立方米以内').map((i) => [i.target, i.unit, i.cmp])).toEqual([
      [800, '例', '='], [2, '起', '<='], [150, '列', '='], [30, '微克/立方米', '<='],
    ]);
    expect(brief('自2025年起施行，从5月1日起执行')).toEqual([]);
  });

  it('a short description before 的 is not part of the name: 35个服务便捷的零工驿站', () => {
    expect(brief('建设12个环境优美的口袋公园').map((i) => i.name)).toEqual(['建设口袋公园']);
    // Whose the thing is stays: the people are part of the name.
    expect(brief('解决3万户困难群众的住房').map((i) => i.name)).toEqual(['解决困难群众的住房']);
  });

  it('a part of a target in brackets is a target named without the bracket: 再就业1.2万人以上(其中…0.25万人以上)', () => {
    expect(brief('其中失业人员再就业0.8万人以上(其中就业困难人员再就业0.2万人以上)。').map((i) => [i.name, i.target])).toEqual([
      ['失业人员再就业', 0.8], ['就业困难人员再就业', 0.2],
    ]);
  });

  it('完成节能减排目标任务 is a relative target; a headline that 描绘2025年 plans', () => {
    expect(extractTargets('居民收入稳步增长，完成节能减排目标任务。').qualitative.map((q) => [q.type, q.name])).toEqual([['relative', '完成节能减排目标任务']]);
    expect(tenseOf('地区生产总值增长6%以上，某区描绘2025年发展蓝图')).toBe('plan');
  });

  it('decomposition headers: a helper column (配合单位, 协办单位) never gives the lead unit; 责任单位 does', () => {
    const helped = parseText('序号\t目标任务\t责任人（牵头单位）\t配合单位\t完成时限\n一\t新建公园2个\t王某（县城管局）\t县财政局\t12月底前', 't.txt');
    expect(helped.tasks.map((t) => [t.seq, t.leadUnit, t.units, t.owners])).toEqual([['一', null, ['县财政局'], ['王某（县城管局）']]]);
    const responsible = parseText('序号\t工作任务\t责任单位\t协办单位\t时间节点\n1.1\t改造道路3公里\t县住建局\t各乡镇\t10月底前', 't.txt');
    expect(responsible.tasks.map((t) => [t.seq, t.leadUnit, t.units])).toEqual([['1.1', '县住建局', ['县住建局', '各乡镇']]]);
  });

  it('a goal announced as such is named by what follows: 主要预期目标是地区生产总值…, 目标定为6%, 突破1000亿元大关', () => {
    expect(brief('2026年全县经济社会发展主要预期目标是地区生产总值增长6%左右').map((i) => [i.name, i.kind])).toEqual([['地区生产总值', 'growth']]);
    expect(brief('全年的目标是全市GDP增长7%').map((i) => i.name)).toEqual(['GDP']);
    expect(brief('工业增加值增长目标定为8%左右').map((i) => [i.name, i.kind, i.cmp])).toEqual([['工业增加值', 'growth', '~']]);
    expect(brief('力争实现地区生产总值突破800亿元大关').map((i) => [i.name, i.cmp])).toEqual([['地区生产总值', '>=']]);
  });

  it('review or plan: the months of the year so far (1-11月…) and 超额完成省下达任务 report results; 我们 is no name', () => {
    expect(tenseOf('1-11月，全区规上工业增加值增长7.2%')).toBe('review');
    expect(tenseOf('全年完成造林10万亩，超额完成省下达任务')).toBe('review');
    expect(brief('今年，我们将新建学校3所，新增就业2500人以上。').map((i) => i.name)).toEqual(['新建学校', '新增就业']);
  });

  it('a named deliverable listed before a count is its own milestone: 建成投用柳东大桥、19条市政道路等项目', () => {
    const r = extractTargets('建成投用城南大桥、12条市政道路等项目。');
    expect(r.qualitative.map((q) => [q.type, q.name])).toEqual([['milestone', '建成投用城南大桥']]);
    expect(r.indicators.map((i) => i.target)).toEqual([12]);
    // A count that covers every item names no milestone.
    expect(extractTargets('完成甲工程、乙工程各3个。').qualitative).toEqual([]);
  });

  it('review or plan in news without years: 据介绍/报告显示/近年来 report results, the plan sentence after them is read', () => {
    const news = '据介绍，全县全年新增城镇就业8000人，城镇登记失业率2.9%。县长表示，新的一年，全县新增城镇就业将不少于7000人。';
    expect(brief(news, 'neutral').map((i) => [i.name, i.target, i.cmp])).toEqual([['新增城镇就业', 7000, '>=']]);
    expect(brief('报告显示，全区固定资产投资完成150亿元，增长9%。报告提出，今年全区固定资产投资增长8%以上。', 'neutral').map((i) => i.target)).toEqual([8]);
    expect(brief('近年来，我县累计建成高标准农田20万亩。下一步，我县将新建高标准农田3万亩。', 'neutral').map((i) => i.target)).toEqual([3]);
  });

  it('people a sentence does something for keep their own verb: 帮助5000名就业困难人员实现再就业', () => {
    expect(brief('新增城镇就业1万人，帮助3000名就业困难人员实现再就业。').map((i) => i.name)).toEqual(['新增城镇就业', '就业困难人员实现再就业']);
  });

  it('a stretch goal with only its tone is the same target: 增长7%左右，力争8%; 可比增长 names no 可比', () => {
    expect(brief('规上工业增加值增长6%左右，力争7%').map((i) => [i.name, i.kind, i.target, i.cmp])).toEqual([
      ['规上工业增加值', 'growth', 6, '~'], ['规上工业增加值', 'growth', 7, '='],
    ]);
    expect(brief('一般公共预算收入可比增长4%').map((i) => [i.name, i.kind])).toEqual([['一般公共预算收入', 'growth']]);
  });

  it('how an amount is paid (每人每月) is no part of its name: 低保标准分别提高到每人每月800元和600元 (its unit says so: 元/月, round 17)', () => {
    expect(brief('城乡低保标准分别提高到每人每月750元和580元').map((i) => [i.name, i.target, i.unit])).toEqual([
      ['城镇低保标准', 750, '元/月'], ['农村低保标准', 580, '元/月'],
    ]);
  });

  it('what follows a news article\'s end (完) or the heading of its links (相关链接) is page furniture', () => {
    const page = '今年全区将新建学校3所。(完) 【编辑:某某】\n86人支持\n某地就春节返乡发出5条倡议';
    expect(parseText(page, 'p.txt').indicators.map((i) => [i.line, i.target])).toEqual([[1, 3]]);
    const links = '今年全区将新建学校3所。\n相关链接：\n市民留言120条';
    expect(parseText(links, 'p.txt').indicators.map((i) => [i.line, i.target])).toEqual([[1, 3]]);
  });
});

describe('shapes brought by the fourth held-out set (made-up sentences of the same shapes)', () => {

  it('a plan heading with its year and numbering opens the plan: 二、2025年主要目标任务, 三、2025年重点工作', () => {
    const report = ['一、2024年工作回顾', '全县地区生产总值增长6.1%；', '二、2025年主要目标任务', '全县地区生产总值增长6%左右；', '三、2025年重点工作', '新建村级养老服务站12个；'].join('\n');
    expect(targets(report)).toEqual([[4, '地区生产总值', 6], [6, '新建村级养老服务站', 12]]);
    expect(targets(['（一）今年的重点工作', '新建口袋公园8处；'].join('\n'))).toEqual([[2, '新建口袋公园', 8]]);
  });

  it('a project list kept as text with a bar after each cell: 序号 | 项目名称 | 建设地点 | 建设内容 | 责任单位 |', () => {
    const list = [
      '某县2025年民生实事项目清单 |', '||||', '|', '序号 |', '项目名称 |', '建设地点 |', '建设时间 |', '2025年建设内容 |', '年度投资(万元) |', '责任单位 |',
      '|', '1 |', '城区道路提升项目 |', '城关镇 |', '2025 |', '改造城区道路12公里,新建停车位300个。 |', '800 |', '住建局 |',
    ].join('\n');
    expect(targets(list)).toEqual([[16, '改造城区道路', 12], [16, '新建停车位', 300]]);
  });

  it('review or plan: 全年完成 and the verbs of doing without a qualifier report results; with one (以上) they plan', () => {
    expect(tenseOf('在农村公路方面，全年完成投资80亿元，实施安防工程1200公里，改造危桥300座')).toBe('weak-review');
    expect(tenseOf('实施就业帮扶行动，全年实现城镇新增就业3万人以上')).toBe('weak-plan');
    expect(brief('在路网建设方面，全年完成投资90亿元，实施安防工程3000公里。', 'neutral')).toEqual([]);
    expect(brief('今年，计划新改建农村公路4000公里，实施安防工程500公里。', 'neutral').map((i) => i.target)).toEqual([4000, 500]);
  });

  it('the count of a speech\'s parts is not a target: 等10个方面的重点任务', () => {
    expect(brief('报告提出推动产业升级、扩大有效需求、筑牢安全底线等8个方面的重点任务。')).toEqual([]);
  });

  it('a count after 在 says where the next figure is done: 在17个乡镇硬化道路10万平方米', () => {
    expect(brief('在12个乡镇硬化道路8万平方米，在30个村改造供水管网40公里').map((i) => [i.name, i.target, i.unit])).toEqual([
      ['硬化道路', 8, '万平方米'], ['改造供水管网', 40, '公里'],
    ]);
  });

  it('a size named by its dimension alone is named by the thing measured, its remark in brackets left out: 铺设…(…段)供热主管网，全长约4.3公里', () => {
    expect(brief('铺设滨江路(一期-二期段)污水主管网，全长约3.8公里').map((i) => [i.name, i.target, i.cmp])).toEqual([['铺设滨江路污水主管网全长', 3.8, '~']]);
  });

  it('review or plan across lines of a text without headings: a bare result on the line after a review is a result', () => {
    const review = '过去一年，全县地区生产总值增长6.2%，居全市第3位。\n实现粮食丰产。新建高标准农田3.2万亩。';
    expect(targets(review)).toEqual([]);
    const then = '过去一年，全县地区生产总值增长6.2%。\n今年，全县将新建高标准农田2万亩。改造农村公路50公里。';
    expect(targets(then).map(([line, , target]) => [line, target])).toEqual([[2, 2], [2, 50]]);
  });

  it('attributes before one measured noun phrase: 城镇、农村常住居民人均可支配收入分别增长7%、8%; 城镇和农村居民…稳定在5%左右', () => {
    expect(brief('城镇、农村常住居民人均可支配收入分别增长6%、7%').map((i) => i.name)).toEqual(['城镇常住居民人均可支配收入', '农村常住居民人均可支配收入']);
    expect(brief('城镇和农村居民人均可支配收入增长6%左右').map((i) => [i.name, i.target])).toEqual([
      ['城镇居民人均可支配收入', 6], ['农村居民人均可支配收入', 6],
    ]);
    expect(brief('粮食、蔬菜产量分别增长2%、3%').map((i) => i.name)).toEqual(['粮食产量', '蔬菜产量']);
  });

  it('a tone or an estimate before the verb is no part of the name; 约需 means about: 进出口总额力争增长10%', () => {
    expect(brief('进出口总额力争增长8%').map((i) => [i.name, i.cmp])).toEqual([['进出口总额', '=']]);
    expect(brief('万元地区生产总值能耗约需下降3%').map((i) => [i.name, i.target, i.cmp])).toEqual([['万元地区生产总值能耗', -3, '~']]);
    expect(brief('新建滨河绿道全长约6.2公里').map((i) => [i.name, i.cmp])).toEqual([['新建滨河绿道全长', '~']]);
  });

  it('review or plan: 今年 of the year so far (今年以来, 今年前三季度) reports results', () => {
    expect(tenseOf('今年以来，全市新增市场主体2.1万户')).toBe('review');
    expect(tenseOf('据统计，今年前三季度全县完成规上工业产值95亿元')).toBe('review');
    expect(tenseOf('今年全市新增市场主体2万户以上')).toBe('plan');
  });

  it('review or plan in news: a verb with 了, …以来, and what a reporter 了解到 or 据悉 report results', () => {
    expect(tenseOf('该县新建了12所学校，改造了30所薄弱学校')).toBe('review');
    expect(tenseOf('“十四五”以来，全县新增城镇就业2.8万人')).toBe('review');
    expect(brief('记者从县人社局了解到，全县新增城镇就业1.5万人。', 'neutral')).toEqual([]);
    expect(brief('据悉，今年全县将新增城镇就业3000人。', 'neutral').map((i) => i.target)).toEqual([3000]);
  });

  it('a plan told in a speech: 会议要求 plans, and 下一步将 is no part of the name', () => {
    expect(targets('会议要求，2025年全县地区生产总值增长6%以上。').map(([, name, target]) => [name, target])).toEqual([['地区生产总值', 6]]);
    expect(brief('他表示，下一步将新建5G基站500个。').map((i) => i.name)).toEqual(['新建5G基站']);
  });

  it('a deadline in the year planned or later plans; 万亿元 is a unit; 向…冲刺 names what comes before: 到2027年经济总量向7万亿元冲刺', () => {
    expect(tenseOf('到2027年，全市人均地区生产总值达到11万元以上', 2023)).toBe('plan');
    expect(tenseOf('到2020年底，全市人均地区生产总值达到8万元', 2023)).not.toBe('plan');
    expect(extractTargets('到2027年，全省经济总量向6万亿元冲刺', 'plan', 2023).indicators.map((i) => [i.name, i.target, i.unit])).toEqual([
      ['经济总量', 6, '万亿元'],
    ]);
  });

  it('a target\'s parts in brackets after 其中 are targets: 公共厕所750座(其中,城区公厕100座、农村公厕500座)', () => {
    expect(brief('新建改造公共厕所600座(其中,城区公厕100座、农村公厕500座)。').map((i) => [i.name, i.target])).toEqual([
      ['新建改造公共厕所', 600], ['新建城区公厕', 100], ['新建农村公厕', 500],
    ]);
    // A remark in brackets without 其中 stays a remark.
    expect(brief('新建学校3所(含2所九年一贯制学校)。').map((i) => i.target)).toEqual([3]);
  });

  it('measure words of doses and of area as spoken: 接种疫苗1万剂, 改造屋面2000平米', () => {
    expect(figures('为老年人免费接种流感疫苗1万剂，改造屋面2000平米')).toEqual([[1, null, '万剂', '='], [2000, null, '平米', '=']]);
  });

  it('decomposition lines: an outline number (1.1) and the owners after the figure are no part of the name', () => {
    const lines = '重点任务\n1.1 新建5G基站300个 牵头单位：县工信局 完成时限：2024年12月\n1.2 新增规上工业企业15家 牵头单位：县工信局';
    expect(targets(lines).map(([line, name, target]) => [line, name, target])).toEqual([[2, '新建5G基站', 300], [3, '新增规上工业企业', 15]]);
  });

  it('readings in pinyin after characters, as reposting sites print them, are read past: 城鎮新增就業5萬(wàn)人以上', () => {
    const found = parseText('2024年主要目標：城鎮新增就業5萬(wàn)人以上，規(guī)模工業(yè)增加值增長8%。', 'r.txt').indicators;
    expect(found.map((i) => [i.name, i.target, i.unit, i.cmp])).toEqual([['城鎮新增就業', 5, '万人', '>='], ['規模工業增加值', 8, '%', '=']]);
    // The quote is the words without their readings; a bracket that is no reading stays where it was.
    expect(found[0].quote).toBe('城鎮新增就業5萬人以上');
    expect(figures('新建公厕(a类)20座')).toEqual([[20, null, '座', '=']]);
  });

  it('a list closed by 等 after its last figure: 进出口总额增长6%等 is growth, named without 等', () => {
    expect(brief('今年目标：社会消费品零售总额增长6%，进出口总额增长6%等。').map((i) => [i.name, i.kind, i.target])).toEqual([
      ['社会消费品零售总额', 'growth', 6], ['进出口总额', 'growth', 6],
    ]);
  });

  it('who says it is no part of the name: 报告提出要力争全年新增百亿企业10家; 还将 is the tone of a plan', () => {
    expect(brief('今年，报告提出要力争全年新增百亿企业10家、专精特新中小企业800家。').map((i) => i.name)).toEqual(['新增百亿企业', '新增专精特新中小企业']);
    expect(brief('2024年，全市还将新建口袋公园30个。').map((i) => i.name)).toEqual(['新建口袋公园']);
  });

  it('people counted before 的 and what is done for them: 解决4万人的饮水不安全问题 (a size before 的 stays no target)', () => {
    expect(brief('今年要解决4万人的饮水不安全问题。').map((i) => [i.name, i.target, i.unit])).toEqual([['解决饮水不安全问题', 4, '万人']]);
    expect(brief('建设总投资3.5亿元的污水处理厂。').map((i) => i.target)).toEqual([]);
  });

  it('under the title of a list of livelihood projects to do, a rate to reach is a target: 2023年民生实事项目 / 覆盖率达到100%', () => {
    const list = '2023年民生实事项目\n六、实施“明厨亮灶”工程。全县学校食堂“明厨亮灶”覆盖率达到100%。';
    expect(targets(list)).toEqual([[2, '学校食堂“明厨亮灶”覆盖率', 100]]);
    // News of the list (a vote, a completion) opens no plan: the same sentence reads as a result.
    expect(targets(list.replace('2023年民生实事项目', '2023年民生实事项目全部完成'))).toEqual([]);
  });
});

describe('shapes brought by the fifth held-out set (made-up sentences of the same shapes)', () => {

  it('a project\'s total investment, the land it takes and its width describe it: 计划总投资250亿元, 占地2700亩, 宽50米', () => {
    expect(brief('今年计划实施项目126个，计划总投资250亿元，年度计划投资86亿元。').map((i) => [i.name, i.target])).toEqual([
      ['实施项目', 126], ['年度计划投资', 86],
    ]);
    expect(brief('建设占地2700亩的光伏电站，新建道路宽50米、全长约3公里。').map((i) => i.target)).toEqual([3]);
    expect(brief('据悉，一批重大项目总投资超1.4万亿元。').map((i) => i.target)).toEqual([]);
  });

  it('the money a thing is done with is no target where what is delivered has its own figure: 投资5300万元建成公租房510套', () => {
    expect(brief('投资5300万元建成公租房510套，投资4000万元新建幼儿园3所。').map((i) => [i.name, i.target])).toEqual([
      ['建成公租房', 510], ['新建幼儿园', 3],
    ]);
    // A list of projects each opening with its money: the money describes each project.
    expect(brief('投资9530万元，实施易地扶贫搬迁工程；投资500万元，建设新城大桥；投资762万元，实施农村饮水管网延伸工程。').map((i) => i.target)).toEqual([]);
    // One investment a plan sets for a programme stays a target (labels README: 投资28亿元，新建、改建农村公路300公里).
    expect(brief('推进“四好农村路”建设。投资28亿元，新建、改建农村公路300公里。').map((i) => i.target)).toEqual([28, 300]);
  });

  it('a news app\'s banner (扫一扫 / 下载客户端) before the article does not end the text as a glossary does', () => {
    const page = '证券日报APP\n\n扫一扫\n下载客户端\n\n1月17日，自治区第十三届人民代表大会第五次会议开幕。今年主要预期目标是经济增长6.5%以上。';
    expect(targets(page)).toEqual([[6, '经济', 6.5]]);
  });

  it('review or plan: the year a news item states a target for (2021年…增长目标为7.5%以上) is the year planned; the year before it reports', () => {
    expect(targets('报告提出，2020年全区地区生产总值增长3.7%，2021年全区生产总值增长目标为7.5%以上。\n2020年全区固定资产投资增长4.2%。')).toEqual([
      [1, '生产总值', 7.5],
    ]);
  });

  it('review or plan: a streak (连续327天, 連續(xù)327天) and 保持了 report results', () => {
    expect(targets('广西GDP增长7.5%，连续327天无新增本土病例\n\n今年主要预期目标是经济增长6.5%以上。').map(([, , t]) => t)).toEqual([6.5]);
    expect(targets('廣西GDP增長7.5%,連續(xù)327天無新增本土病例\n\n今年主要預(yù)期目標(biāo)是經(jīng)濟(jì)增長6.5%以上。').map(([, , t]) => t)).toEqual([6.5]);
  });

  it('a progress report restates each target at the head of its item: 1.引进…不少于3个。上半年，引进…', () => {
    const report = '二、报告中确定的其他指标任务完成情况\n1.引进龙头企业投资项目不少于3个；新开工亿元以上产业项目100个。上半年，引进项目2个，新开工项目56个。\n2.培育互联网平台2家。支持企业实施数字化改造，新增平台1家。';
    expect(targets(report)).toEqual([[2, '引进龙头企业投资项目', 3], [2, '新开工亿元以上产业项目', 100], [3, '培育互联网平台', 2]]);
    // An item that opens with its results restates nothing.
    expect(targets('二、重点工作完成情况\n1.上半年，新开工项目56个。下一步，继续推进。')).toEqual([]);
  });

  it('review or plan: progress cells (已进场施工，完成30%; 正在加紧制作; 滞后了2个月; 带了4本) report results', () => {
    expect(brief('已进场施工，完成30%。第一批451个厢房正在加紧制作。项目滞后了2个月。').map((i) => i.target)).toEqual([]);
    expect(brief('记者发现代表的材料袋里都带了4本画册。').map((i) => i.target)).toEqual([]);
  });

  it('a count after 在 before a comma says where the next clause\'s figure is done: 在46个小区，建成38个厢房', () => {
    expect(brief('在46个小区，建成38个厢房。').map((i) => [i.name, i.target])).toEqual([['建成厢房', 38]]);
  });

  it('the counts of a list described before it is named and of its kinds are no targets: 6类22件, 15件群众关注度高…的实事项目', () => {
    expect(brief('今年印发6类22件市级民生实事项目清单。').map((i) => i.target)).toEqual([]);
    expect(brief('15件群众关注度高、社会覆盖面广的2022年区政府实事项目确定。').map((i) => i.target)).toEqual([]);
  });

  it('counts of projects by field are targets (农业农村基础设施方面项目31个), the count of a speech\'s fields is not (10个方面)', () => {
    expect(brief('涉及农业农村基础设施方面项目31个，年度投资6.6亿元；生态环保方面项目9个。').map((i) => [i.name, i.target])).toEqual([
      ['农业农村基础设施方面项目', 31], ['年度投资', 6.6], ['生态环保方面项目', 9],
    ]);
  });

  it('two targets with the same figure in one paragraph are two when what they measure differs after the shared words: 项目签约120个 / 项目开复工建设120个', () => {
    expect(brief('力争亿元以上项目签约120个、落地70个。力争亿元以上项目开复工建设120个。').map((i) => [i.name, i.target])).toEqual([
      ['亿元以上项目签约', 120], ['亿元以上项目落地', 70], ['亿元以上项目开复工建设', 120],
    ]);
  });

  it('pairs (改扩建城区公交站台10对) count after Arabic digits; a project 正如火如荼建设中 is news of progress', () => {
    expect(figures('改扩建城区公交站台10对')).toEqual([[10, null, '对', '=']]);
    expect(brief('总投资4.6亿元的华润100兆瓦光伏发电项目正如火如荼建设中。').map((i) => i.target)).toEqual([]);
  });

  it('milestones: topping out (封顶), 推进…竣工投产, a deliverable described by its cost (总投资13.6亿元的博兴水库将在年内开工建设), one named beside a count joined by 和', () => {
    expect(qual('年内县医院医技楼、门诊楼封顶')).toEqual([['milestone', '县医院医技楼、门诊楼封顶']]);
    expect(qual('推进农大禾丰35万吨数字化生产线项目竣工投产')).toEqual([['milestone', '农大禾丰35万吨数字化生产线项目竣工投产']]);
    expect(qual('总投资13.6亿元的博兴水库将在年内开工建设')).toEqual([['milestone', '博兴水库开工建设']]);
    expect(qual('完成透明食堂工程和7处学校建设任务')).toEqual([['milestone', '完成透明食堂工程']]);
    // 推进…建成 stays an effort.
    expect(qual('推进县医院新院区建成')).toEqual([]);
  });

  it('relative targets: 与经济同步增长, 控制在省政府下达的范围之内; 森林蓄积量和质量同步提升 only says both grow', () => {
    expect(qual('城乡居民人均可支配收入实现与经济同步增长')).toEqual([['relative', '城乡居民人均可支配收入实现与经济同步增长']]);
    expect(qual('节能减排指标控制在省政府下达的范围之内')).toEqual([['relative', '节能减排指标控制在省政府下达的范围之内']]);
    expect(qual('森林蓄积量和质量同步提升')).toEqual([]);
  });

  it('a bare verb counts the thing the clause before names: 加快推进全县中小学薄弱学校改造工程，年度实施10所以上', () => {
    expect(brief('四是加快推进全县中小学薄弱学校改造工程，年度实施10所以上。').map((i) => [i.name, i.target, i.cmp])).toEqual([
      ['中小学薄弱学校改造工程', 10, '>='],
    ]);
  });

  it('余/多 after a magnitude means more than: 培训新型职业农民1.2万余人次, 造林3万多亩', () => {
    expect(figures('培训新型职业农民1.2万余人次')).toEqual([[1.2, null, '万人次', '>=']]);
    expect(figures('新增造林3万多亩')).toEqual([[3, null, '万亩', '>=']]);
  });

  it('a milestone with a month deadline before its verb: 确保6月底前完成县人民医院综合楼主体工程', () => {
    expect(qual('确保6月底前完成县人民医院综合楼主体工程')).toEqual([['milestone', '完成县人民医院综合楼主体工程']]);
  });

  it('a limit reached from where it stands: 一次处方医保用药量从4周延长至最多12周 (weeks; 100周年 is no figure)', () => {
    expect(brief('一次处方医保用药量从4周延长至最多12周。').map((i) => [i.name, i.target, i.unit, i.cmp])).toEqual([['一次处方医保用药量', 12, '周', '<=']]);
    expect(brief('隆重纪念建党100周年。').map((i) => i.target)).toEqual([]);
  });

  it('the places a work reaches are where it is done, the people it reaches are a target: 惠及17个乡镇, 惠及5万人', () => {
    expect(brief('硬化道路，惠及17个乡镇(街道办)、惠及群众5万人。').map((i) => [i.target, i.unit])).toEqual([[5, '万人']]);
  });

  it('a level to reach by a year takes the name before it; a rate raised from where it stands is named without the start: 到2030年突破500亿元, 由85%提高到90%', () => {
    expect(brief('地区生产总值年均增长6%左右，到2030年突破500亿元。').map((i) => [i.name, i.target, i.kind])).toEqual([
      ['地区生产总值', 6, 'growth'], ['地区生产总值', 500, 'level'],
    ]);
    expect(brief('农村自来水普及率由85%提高到90%。').map((i) => [i.name, i.target])).toEqual([['农村自来水普及率', 90]]);
  });

  it('a decomposition written as numbered paragraphs under 2024年《政府工作报告》重点工作任务分解 is a plan', () => {
    const text = '2024年《政府工作报告》重点工作任务分解\n1.地区生产总值增长6.5%左右。（牵头单位：县发改局）\n2.新增城镇就业3500人以上。县人社局牵头。';
    expect(targets(text)).toEqual([[2, '地区生产总值', 6.5], [3, '新增城镇就业', 3500]]);
  });

  it('counts in a row before what they all describe are targets named by it, the places where it is done are not: 实施6乡镇7村596户3523人的易地扶贫搬迁工程', () => {
    expect(brief('实施6乡镇7村596户3523人的易地扶贫搬迁工程；建设23条65公里农村通畅工程。').map((i) => [i.name, i.target, i.unit])).toEqual([
      ['易地扶贫搬迁工程', 596, '户'], ['易地扶贫搬迁工程', 3523, '人'], ['农村通畅工程', 23, '条'], ['农村通畅工程', 65, '公里'],
    ]);
  });

  it('a count that sums named things after 建设 alone is no target; after 建成 it is: 建设A和B两个优势产业集群', () => {
    expect(brief('建设辽河流域优质水稻和昊明禽业白羽肉鸡两个优势产业集群。').map((i) => i.target)).toEqual([]);
    expect(brief('建成东区和西区两个产业园。').map((i) => i.target)).toEqual([2]);
  });

  it('milestones: 建成…并投入运营, also after a list mark 八是', () => {
    expect(qual('八是建成城区养老服务中心并投入运营')).toEqual([['milestone', '建成城区养老服务中心并投入运营']]);
  });
});

describe('shapes brought by the sixth held-out set (made-up sentences of the same shapes)', () => {

  it('relative targets: an assigned task of the year (空气质量完成年度目标任务), a target set by the city (完成市定目标, 控制在市定目标内), kept level with last year (与上年度持平), 完成节能减排任务', () => {
    expect(qual('空气质量完成年度目标任务')).toEqual([['relative', '空气质量完成年度目标任务']]);
    expect(qual('完成节能减排任务')).toEqual([['relative', '完成节能减排任务']]);
    expect(qual('城市空气质量优良天数比例完成市定目标')).toEqual([['relative', '城市空气质量优良天数比例完成市定目标']]);
    expect(qual('主要污染物减排控制在市定目标内')).toEqual([['relative', '主要污染物减排控制在市定目标内']]);
    expect(qual('固定资产投资与上年度持平')).toEqual([['relative', '固定资产投资与上年度持平']]);
    // A year's task named without 目标 stays a milestone (labels README).
    expect(qual('节能减排约束性指标完成年度任务')).toEqual([['milestone', '节能减排约束性指标完成年度任务']]);
  });

  it('small punctuation of a Big5 conversion (﹔) separates clauses as ； does', () => {
    expect(qual('固定资产投资与上年度持平﹔城镇登记失业率控制在市定目标内').map(([, n]) => n)).toEqual(['固定资产投资与上年度持平', '城镇登记失业率控制在市定目标内']);
  });

  it('a start or completion told by its date is a milestone of the item its title names: 建设农村饮水工程。…预计6月上旬全部开工，9月末完工', () => {
    const item = '老旧小区及外立面改造。改造老旧小区涉及受益居民659户，项目计划6月中旬施工，9月末完工。';
    expect(extractTargets(item, 'neutral').qualitative.map((q) => [q.name, q.quote])).toEqual([['老旧小区及外立面改造9月末完工', '9月末完工']]);
    expect(extractTargets('建设农村饮水工程。改善农村饮水质量。预计6月上旬全部开工，年底完成工程项目。', 'neutral').qualitative.map((q) => q.name)).toEqual([
      '农村饮水工程6月上旬开工', '农村饮水工程年底完成工程项目',
    ]);
    // A table's deadline cell on its own is a deadline, not a milestone.
    expect(qual('9月投入使用')).toEqual([]);
  });

  it('an amount and its rise (财政总收入11亿元，比增7%) are a level and a growth of one name; visits written 800人(次)', () => {
    expect(brief('财政总收入11亿元，比增7%。').map((i) => [i.name, i.kind, i.target, i.unit])).toEqual([
      ['财政总收入', 'level', 11, '亿元'], ['财政总收入', 'growth', 7, '%'],
    ]);
    expect(figures('开展职业技能培训800人(次)')).toEqual([[800, null, '人次', '=']]);
  });

  it('城乡居民…年均增长8%左右 is one target (年均 is no 均 of each); the count a division is split into (共细分出171项) is none', () => {
    expect(brief('城乡居民人均可支配收入年均增长8%左右。').map((i) => [i.name, i.target])).toEqual([['城乡居民人均可支配收入', 8]]);
    expect(brief('将全年目标共细分出171项。').map((i) => i.target)).toEqual([]);
  });

  it('a count with 以上 before the things it sorts says which things: 全省20户以上具备条件的自然村通硬化路', () => {
    expect(brief('年底前基本实现全省20户以上具备条件的自然村通硬化路。').map((i) => i.target)).toEqual([]);
    expect(brief('新增城镇就业5000人以上，培训农民1000人。').map((i) => i.target)).toEqual([5000, 1000]);
  });

  it('people served listed after others (为全省65岁以上老年人、4.5万名…干部免费体检一次) are a target; an age range 35—64岁 leaves the name', () => {
    expect(brief('为全省65岁以上老年人、4.5万名脱贫攻坚一线干部免费体检一次，为80万农村35—64岁妇女免费做“两癌”检查。').map((i) => [i.name, i.target, i.unit])).toEqual([
      ['脱贫攻坚一线干部免费体检', 4.5, '万名'], ['农村妇女免费“两癌”检查', 80, '万'],
    ]);
  });

  it('review or plan: a year after the one planned is a goal\'s (官渡区：2026年地区生产总值突破2000亿元 in a 2022 news item)', () => {
    expect(brief('官渡区：2026年地区生产总值突破2000亿元', 'outside').map((i) => i.target)).toEqual([]);
    expect(extractTargets('官渡区：2026年地区生产总值突破2000亿元', 'outside', 2022).indicators.map((i) => [i.name, i.target])).toEqual([['地区生产总值', 2000]]);
  });
});

describe('shapes brought by the seventh held-out set (made-up sentences of the same shapes)', () => {

  it('review or plan: the year planned is the one whose goals a news item states (2019年，云南省…主要预期目标建议为) or whose sessions it reports (2022全国地方两会)', () => {
    const news = '2019年，云南省经济社会发展的主要预期目标建议为：地区生产总值增长8.5%左右。\n会议透露，2018年云南省地区生产总值增长8.9%。\n2018年，全省固定资产投资增长11.6%。';
    expect(targets(news)).toEqual([[1, '地区生产总值', 8.5]]);
    const sessions = '2022全国地方两会｜新疆GDP达1.6万亿\n政府工作报告指出，2021年，新疆全年实现地区生产总值1.6万亿元、增长7%。\n今年预期目标是地区生产总值增长5%左右。';
    expect(targets(sessions)).toEqual([[3, '地区生产总值', 5]]);
  });

  it('a size class (600万吨级的绿色焦化产业园), a count of none (0人参与) and a table cell\'s bar before a name', () => {
    expect(brief('打造600万吨级的绿色焦化产业园，打造10万吨级白酒基地。').map((i) => i.target)).toEqual([]);
    expect(brief('评论 0人参与，0条评论').map((i) => i.target)).toEqual([]);
    // A zero with its comparison is a target.
    expect(brief('新增隐性债务控制在0亿元。').map((i) => [i.target, i.cmp])).toEqual([[0, '<=']]);
    expect(brief('| 新增婴幼儿照护服务托位600个 |').map((i) => i.name)).toEqual(['新增婴幼儿照护服务托位']);
  });

  it('a progress table kept as text with bars: only each row\'s task cell states a target, its 进展情况 cell reports results', () => {
    const table = '2022年民生实事项目进展情况表\n序号 | 项目内容 | 进展情况 | 责任单位 |\n1 | 实施农村公路大中修100公里。 | 完成农村公路大中修50公里。 | 交通运输局 |\n新增公交线路3条。 | 新增4条公交线路。 | ||';
    expect(targets(table)).toEqual([[3, '实施农村公路大中修', 100], [4, '新增公交线路', 3]]);
  });

  it('readings in pinyin are dropped from the whole document, so its headings and plan words are read: 2022年要辦的民生實(shí)事', () => {
    const list = '2022年要辦的民生實(shí)事\n根據(jù)票決結(jié)果，10項(xiàng)民生實(shí)事依次為：\n1、加強(qiáng)公共就業(yè)服務(wù)。新增城鎮(zhèn)就業(yè)6700人。';
    expect(targets(list)).toEqual([[3, '新增城鎮就業', 6700]]);
  });

  it('the count of a government\'s list of key tasks (271项区政府折子工程) is no target', () => {
    expect(brief('全面完成271项区政府折子工程。').map((i) => i.target)).toEqual([]);
  });
});

describe('shapes brought by the eighth held-out set (made-up tables of the same shapes)', () => {
  /** A half-year report's indicator table copied one cell per line, blank lines between cells. */
  const report = [
    '表1：上半年主要指标完成情况', '', '类别', '', '指标名称', '', '年度目标', '', '完成情况', '', '责任部门', '',
    '稳增长', '', '1、地区生产总值增长率', '', '与市保持同步', '', '7.6%', '', '区发改委', '',
    '2、区级税收收入增长率', '', '5%以上', '', '12.4%', '', '区财政局', '',
    '3、战略性新兴产业占工业产值', '', '比重', '', '提升2个', '', '百分点', '', '提升1.5个百分点', '', '区经委', '',
    '4、新增上市企业', '', '3家', '', '年度指标', '', '区金融办', '',
    '5、城镇登记失业人数', '', '控制在', '', '8000人内', '', '6120人', '', '区人社局',
  ].join('\n');

  it('a 完成情况 column holds results: only the 年度目标 cells are targets, at the line of their figure, named without the row\'s number', () => {
    expect(targets(report)).toEqual([
      [25, '区级税收收入增长率', 5],
      [35, '战略性新兴产业占工业产值比重', 2],
      [45, '新增上市企业', 3],
      [55, '城镇登记失业人数', 8000],
    ]);
  });

  it('a cell broken over two lines keeps its unit and comparison: 提升2个 / 百分点, 控制在 / 8000人内', () => {
    const found = parseText(report, 'r.txt').indicators.map((i) => [i.target, i.unit, i.cmp, i.kind]);
    expect(found).toContainEqual([2, '个百分点', '=', 'growth']);
    expect(found).toContainEqual([8000, '人', '<=', 'level']);
  });

  it('a 年度目标 cell that states a relative target (与市保持同步) is one, named with its row', () => {
    const relatives = parseText(report, 'r.txt').qualitative.map((q) => [q.line, q.type, q.name]);
    expect(relatives).toEqual([[17, 'relative', '地区生产总值增长率与市保持同步']]);
  });
});

describe('shapes brought by the seventh held-out set, round 9 (made-up sentences of the same shapes)', () => {
  it('a margin over an average in points is a change (growth, ">="), named with its comparison', () => {
    expect(brief('农村居民人均可支配收入高于全国平均水平0.5个百分点以上').map((i) => [i.name, i.kind, i.target, i.unit, i.cmp])).toEqual([
      ['农村居民人均可支配收入高于全国平均水平', 'growth', 0.5, '个百分点', '>='],
    ]);
  });

  it('relative targets: above the national average, the same as last year, and a long list of rates that meet the state\'s targets', () => {
    expect(qual('进出口总额高于全国平均水平')).toEqual([['relative', '进出口总额高于全国平均水平']]);
    expect(qual('财政收入保持上年水平')).toEqual([['relative', '财政收入保持上年水平']]);
    const list = '单位地区生产总值能耗降低、单位地区生产总值二氧化碳排放量降低、化学需氧量排放量降低、氨氮排放量降低完成国家下达目标任务';
    expect(qual(list).map(([type]) => type)).toEqual(['relative']);
  });

  it('a text converted for Taiwan readers (水準 for 水平) reads the same', () => {
    const text = '主要預期目標:進出口總額高於全國平均水準;農村居民每人平均可支配收入高於全國平均水準0.5個百分點以上。';
    const r = parseText(text, 'r.txt');
    expect(r.qualitative.map((q) => [q.type, q.name])).toEqual([['relative', '進出口總額高於全國平均水準']]);
    expect(r.indicators.map((i) => [i.kind, i.target, i.unit, i.cmp])).toEqual([['growth', 0.5, '个百分点', '>=']]);
  });

  it('spoken magnitudes: 破6亿 reads as 突破, 3个亿 is 3 亿, 8千余户 is 8000 户 ">="', () => {
    expect(brief('国税开票破6亿').map((i) => [i.name, i.target, i.unit, i.cmp])).toEqual([['国税开票', 6, '亿', '>=']]);
    expect(brief('国税开票突破3个亿').map((i) => [i.name, i.target, i.unit, i.cmp])).toEqual([['国税开票', 3, '亿', '>=']]);
    expect(brief('解决周边8千余户群众用水问题').map((i) => [i.target, i.unit, i.cmp])).toEqual([[8000, '户', '>=']]);
    // 千 before a unit that begins with it is part of the unit, and 打破 is no comparison.
    expect(brief('新建储能电站20千瓦时').map((i) => [i.target, i.unit])).toEqual([[20, '千瓦时']]);
    expect(brief('打破3项纪录').map((i) => [i.name, i.target, i.cmp])).toEqual([['打破纪录', 3, '=']]);
  });
});

describe('shapes brought by the tenth held-out set (made-up sentences of the same shapes)', () => {
  it('a question sets no target: 今年如何落子布局，确保既定“KPI”高质量完成？', () => {
    expect(targets('全省11个设区市今年如何落子布局，确保既定“KPI”高质量完成？')).toEqual([]);
    expect(parseText('全省11个设区市今年如何落子布局，确保既定“KPI”高质量完成？', 'r.txt').qualitative).toEqual([]);
  });

  it('a target growth rate set or anchored (目标增速设定在5%以上, 锚定5.5%左右) is a growth target, the cities counted before it are whose it is', () => {
    expect(brief('2026年，全省11个设区市均将GDP目标增速设定在5%以上').map((i) => [i.kind, i.target, i.unit, i.cmp])).toEqual([['growth', 5, '%', '>=']]);
    expect(brief('拼目标：9个设区市目标增速锚定5.5%左右').map((i) => [i.kind, i.target, i.cmp])).toEqual([['growth', 5.5, '~']]);
    // The group a share is taken from is no target.
    expect(brief('11个设区市中，有9个目标增速设置在5.5%左右').map((i) => [i.target, i.unit])).toEqual([[5.5, '%']]);
  });

  it('a stretch goal beside the plan\'s figure (计划增长8%、工作目标8.5%) is the same indicator\'s', () => {
    expect(brief('地区生产总值计划增长8%、工作目标8.5%；一般公共预算收入计划增长9%、工作目标12%').map((i) => [i.name, i.kind, i.target])).toEqual([
      ['地区生产总值计划', 'growth', 8], ['地区生产总值计划', 'growth', 8.5], ['一般公共预算收入计划', 'growth', 9], ['一般公共预算收入计划', 'growth', 12],
    ]);
  });

  it('a year\'s 重点工作任务 title opens the tasks of a notice that hands them down', () => {
    const notice = '各市人民政府：\n《某省2023年重点工作任务》已经省政府同意，现印发给你们。\n2023年重点工作任务\n1.完善实验室体系。实施省实验室项目，高标准建设10家左右省实验室。（牵头单位：省科技厅）';
    expect(targets(notice)).toEqual([[4, '高标准建设省实验室', 10]]);
  });

  it('完工 before what is finished is a plan\'s milestone (完工曾家岩大桥、红岩村大桥), after it a result; "2020年目标：" opens the goals', () => {
    const text = '2020年目标：地区生产总值增长5%。\n完工曾家岩大桥、红岩村大桥；完工化龙桥立交。';
    const r = parseText(text, 'r.txt');
    expect(r.indicators.map((i) => [i.line, i.name, i.target])).toEqual([[1, '地区生产总值', 5]]);
    expect(r.qualitative.map((q) => [q.line, q.type, q.name])).toEqual([[2, 'milestone', '完工曾家岩大桥、红岩村大桥'], [2, 'milestone', '完工化龙桥立交']]);
    expect(tenseOf('去年，曾家岩大桥已完工，新增车位300个。')).toBe('review');
  });

  it('the year planned: a report opened by "回望2023年" or given to the congress on 2024年4月29日 plans 2024, a headline "2019年确保…" plans 2019', () => {
    const town = '政府工作报告\n——2024年4月29日在某镇第七届人民代表大会第四次会议上\n回望2023年，砥砺前行\n2023年，前往广东等地开展招商调研3次，完成招商引资4亿元。';
    expect(parseText(town, 'r.txt').planYear).toBe(2024);
    expect(targets(town)).toEqual([]);
    const news = '某区要求2019年确保农民收入增长13%以上\n会上说，2018年，城乡居民人均可支配收入分别增长10%和13%以上。2018年地区生产总值增长10%左右。';
    expect(parseText(news, 'r.txt').planYear).toBe(2019);
    expect(targets(news)).toEqual([[1, '农民收入', 13]]);
  });
});

describe('a year-end news item that never looks ahead (tenth held-out set)', () => {
  it('its 今年 is the year it reports on: nothing is imported', () => {
    const news = '记者日前从自治区有关部门了解到，今年，农牧民人均纯收入有望达到3170元，保持13.7%增长速度。\n据悉，今年共落实各类支农惠农补贴27亿元，有力促进了农牧业增收。\n今年又有5.78万户农牧民搬进安全适用的住房，420余个村通公路。';
    expect(targets(news)).toEqual([]);
  });

  it('a text with one word that looks ahead still plans with 今年', () => {
    expect(targets('今年，全市将新建幼儿园5所。\n今年新增城镇就业1万人。').map((t) => t[2])).toEqual([5, 1]);
  });
});

describe('a frequency is no target (tenth held-out set)', () => {
  it('每季度完成1次全覆盖配时优化, 每月开展2轮巡查', () => {
    expect(brief('对中心城区信号灯每季度完成1次全覆盖配时优化调整')).toEqual([]);
    expect(brief('每月开展2轮安全巡查')).toEqual([]);
    expect(brief('全年开展安全巡查12次').map((i) => i.target)).toEqual([12]);
  });
});

describe('a date reached is no deadline (tenth held-out set)', () => {
  it('截至2007年年底 reports, 到2027年 plans', () => {
    expect(tenseOf('截至2007年年底，农牧民人均收入连续5年保持两位数增长，年均增长12.9%。', 2007)).toBe('review');
    expect(tenseOf('到2027年，人均地区生产总值达到11万元以上。', 2025)).toBe('plan');
  });
});

describe('a count in Chinese numerals summing slogans after 打造 is no target (tenth held-out set)', () => {
  it('打造A、B、C、D四个示范区', () => {
    expect(brief('打造党建引领基层治理、营商环境改革、共同缔造、平安建设四个示范区')).toEqual([]);
    expect(brief('新建四个社区食堂').map((i) => i.target)).toEqual([4]);
  });
});

describe('a growth target reached is a result (eleventh held-out set)', () => {
  it('规上工业增加值、外贸进出口均实现正增长目标 reports; 增长目标为8% plans', () => {
    expect(tenseOf('全年地区生产总值增长8%；规上工业增加值、外贸进出口均实现正增长目标。', 2020)).toBe('neutral');
    expect(tenseOf('地区生产总值增长目标为8%。', 2020)).toBe('plan');
  });
});

describe('shapes brought by the eleventh held-out set (made-up sentences of the same shapes)', () => {
  it('a progress report\'s "目前进度：" reports results up to the next "目标任务：" or item', () => {
    const report = '一、中小学校安全建设项目\n目标任务：对8所中小学校进行校舍安全改造。\n目前进度：今年教育部门共争取安全建\n设项目16个，资金1275万元。\n二、文化设施建设项目\n目标任务：建设村级文化大院100个。';
    expect(targets(report)).toEqual([[2, '中小学校校舍安全改造', 8], [6, '建设村级文化大院', 100]]);
  });

  it('a related article\'s link at the top of a page is furniture: "某某俱乐部  ·  山西新建一所高等学校! ·  4 小时前"', () => {
    expect(targets('相关文章推荐\n某某俱乐部  ·  山西新建一所高等学校! ·  4 小时前\n今年新建幼儿园5所。')).toEqual([[3, '新建幼儿园', 5]]);
  });

  it('an amount more than a named year (较2023年增加3000人) is a change, named without the year', () => {
    expect(brief('普通高中招生计划人数较2023年增加3000人').map((i) => [i.name, i.kind, i.target])).toEqual([['普通高中招生计划人数', 'growth', 3000]]);
  });

  it('named projects under 续建 summed up after 等 are no target; under 建设 and 建成 they are', () => {
    expect(brief('续建地铁8号线二期、10号线三期等9个项目')).toEqual([]);
    expect(brief('建设帕古水库、堆曲灌区工程等水利项目30个').map((i) => i.target)).toEqual([30]);
    expect(brief('续建10个项目').map((i) => i.target)).toEqual([10]);
  });

  it('a project\'s total floor area describes it: 对8所学校进行改造，总建筑面积9720平方米', () => {
    expect(brief('对8所中小学校进行校舍安全改造，总建筑面积9720平方米').map((i) => i.target)).toEqual([8]);
  });

  it('a bare 万 before a measure word of people or events is ten thousand (开展万场…活动, 万名居家长者…), not in 数万名 or 进万家', () => {
    expect(brief('开展万场“文化大篷车”活动').map((i) => [i.target, i.unit])).toEqual([[10000, '场']]);
    expect(brief('万名居家长者乐享智慧养老').map((i) => [i.target, i.unit])).toEqual([[10000, '名']]);
    expect(brief('组织数万名群众参加')).toEqual([]);
    expect(brief('开展文化进万家活动200场次').map((i) => [i.target, i.unit])).toEqual([[200, '场次']]);
  });

  it('milestones: a school 力争年内建成投入使用, a campus 9月投入使用, 投入运营 before its projects, 上线 an app', () => {
    expect(qual('北营小学力争年内建成投入使用')).toEqual([['milestone', '北营小学建成投入使用']]);
    expect(qual('9月太师二附小晋源校区投入使用')).toEqual([['milestone', '太师二附小晋源校区投入使用']]);
    expect(qual('投入运营港城医院、迎宾馆等项目').map(([type]) => type)).toEqual(['milestone']);
    expect(qual('上线地铁乘车码微信小程序')).toEqual([['milestone', '上线地铁乘车码微信小程序']]);
  });
});

describe('two plain counts in a row and a format named by a count (eighth held-out set, round 11)', () => {
  it('完成5个小区119户改造任务 is two targets; 引进50亿元以上项目1个 one; 3人制篮球场 classifies', () => {
    expect(brief('年底前完成5个小区119户改造任务').map((i) => [i.target, i.unit])).toEqual([[5, '个'], [119, '户']]);
    expect(brief('引进50亿元以上项目1个').map((i) => [i.target, i.unit])).toEqual([[1, '个']]);
    expect(brief('建成社区健身路径或3人制篮球场')).toEqual([]);
  });
});

describe('shapes of the eighth and fourth held-out sets, round 11 (made-up sentences of the same shapes)', () => {
  it('翻一番 is a growth target of one doubling, for each subject joined before it', () => {
    expect(brief('预期全省地区生产总值和城乡居民人均收入比2010年翻一番以上').map((i) => [i.name, i.kind, i.target, i.unit, i.cmp])).toEqual([
      ['地区生产总值', 'growth', 1, '番', '>='], ['城乡居民人均收入', 'growth', 1, '番', '>='],
    ]);
    expect(brief('城乡居民人均收入力争2018年比2010年翻一番').map((i) => [i.name, i.target])).toEqual([['城乡居民人均收入', 1]]);
  });

  it('a purpose that opens the sentence is no part of the name, a rate before 以内的目标 is a target, 可用财力 is a measured noun', () => {
    expect(brief('为全面实现农业总产值增长10%以上，可用财力、农民人均纯收入增长20%以上，人口自然增长率控制在4.5‰以内的目标而努力').map((i) => [i.name, i.target, i.unit, i.cmp])).toEqual([
      ['农业总产值', 10, '%', '>='], ['可用财力', 20, '%', '>='], ['农民人均纯收入', 20, '%', '>='], ['人口自然增长率', 4.5, '‰', '<='],
    ]);
  });

  it('a goal announced before a colon names the figure after it (今年广东GDP增长目标：8%), not the words that announce all goals', () => {
    expect(brief('今年广东GDP增长目标：8%').map((i) => [i.name, i.kind, i.target])).toEqual([['广东GDP', 'growth', 8]]);
    expect(brief('街道确定的主要经济发展目标：一般财政预算收入同比增长10%').map((i) => [i.name, i.kind, i.target])).toEqual([['一般财政预算收入', 'growth', 10]]);
    // With no name of its own, the figure stays unnamed (the clerk names it) rather than "主要".
    expect(brief('主要预期目标：增长10%以上').map((i) => [i.name, i.kind, i.target])).toEqual([['', 'growth', 10]]);
  });
});

describe('shapes brought by the twelfth held-out set (made-up sentences of the same shapes)', () => {
  it('a digest\'s heading without a figure between results leaves them results: 预计…增长8% / 新动能加快形成 / …分别增长11%、13.9%', () => {
    const digest = '经济发展总体平稳\n预计全省地区生产总值3.2万亿元，增长8%\n规模以上工业增加值增长8%\n新增长动能加快形成\n装备制造业、高新技术产业增加值分别增长11%、13.9%\n新增规模以上工业企业1479家';
    expect(targets(digest)).toEqual([]);
  });

  it('占年度任务的100% reports a result', () => {
    expect(tenseOf('城市排水管网雨污分流改造工程，完成改造690公里，占年度任务的100%。', 2021)).toBe('review');
  });

  it('a news lead that shows the year\'s 蓝图 plans, though it has no other word of a plan', () => {
    const news = '1月24日，省十三届人大一次会议开幕，省长作政府工作报告，展示了新时代的大蓝图：启动机场三期工程；开工建设青年人才公寓5万套以上。\n报告显示，2017年全省生产总值达到4.5万亿元。';
    expect(targets(news)).toEqual([[1, '开工建设青年人才公寓', 5]]);
  });

  it('a heading "2021年要干好这些事" opens the year\'s tasks; milestones of railways, roads and lines (开工建设…高铁, 建成通车, 开行…公交线路)', () => {
    const text = '“十三五”时期发展成就\n新区进入大规模建设新阶段。\n2021年要干好这些事\n加快推进机场快线，开工建设雄商、雄忻高铁，实现京雄高速新线一期建成通车。';
    expect(parseText(text, 'r.txt').qualitative.map((q) => [q.line, q.type, q.name])).toEqual([
      [4, 'milestone', '开工建设雄商、雄忻高铁'], [4, 'milestone', '京雄高速新线一期建成通车'],
    ]);
    expect(qual('开行东西城市轴线东段快速公交线路')).toEqual([['milestone', '开行东西城市轴线东段快速公交线路']]);
    expect(qual('县中医院康复楼下半年开工建设')).toEqual([['milestone', '县中医院康复楼开工建设']]);
  });

  it('a facility\'s land and daily capacity describe it: 占地面积为140亩、日最大处理量280吨垃圾处理站', () => {
    expect(brief('完成农村无害化卫生厕所改造2.4万座，建设占地面积为140亩、日最大处理量280吨垃圾处理站').map((i) => [i.target, i.unit])).toEqual([[2.4, '万座']]);
  });
});

describe('跨越 and 迈过 a figure are 突破 (twelfth held-out set)', () => {
  it('经济总量跨越6万亿元', () => {
    expect(brief('经济总量跨越6万亿元').map((i) => [i.name, i.target, i.unit, i.cmp])).toEqual([['经济总量', 6, '万亿元', '>=']]);
  });
});

describe('twelfth held-out set, round 12 (continued)', () => {
  it('预计 right after a goals intro is the plan\'s expectation: 主要目标是：预计财政总收入10000万元，同比增长5%', () => {
    expect(targets('经济社会发展的主要目标是：预计财政总收入10000万元，同比增长5%。').map((t) => t[2])).toEqual([10000, 5]);
    expect(tenseOf('预计全年地区生产总值增长6%左右。', 2024)).toBe('review');
  });

  it('a short note in brackets between a count and its qualifier: 拟新建200个(标准桩)以上电动汽车公共充电桩', () => {
    expect(brief('拟新建200个(标准桩)以上电动汽车公共充电桩').map((i) => [i.name, i.target, i.cmp])).toEqual([['新建电动汽车公共充电桩', 200, '>=']]);
  });
});

describe('twelfth held-out set, round 12 (last rules)', () => {
  it('a heading "“十四五”目标：" opens multi-year goals', () => {
    const text = '绿色版图由浅绿向深绿渐进\n“十四五”目标：\n经济高质量发展迈出更大步伐\n人均生产总值达到9万元左右\n2021年目标：\n生产总值增长6.5%左右';
    expect(targets(text)).toEqual([[4, '人均生产总值', 9], [6, '生产总值', 6.5]]);
  });

  it('上半年/下半年 before a completion verb: a dated milestone (县中医院康复楼下半年开工建设, 下半年建成投用…公园)', () => {
    expect(qual('下半年建成投用建新街公园和新鹅城植物园').map(([type]) => type)).toEqual(['milestone']);
  });

  it('the work done on roads and streets before their completion verb (…光化大道、襄阳路、商业街改建通车)', () => {
    expect(qual('328国道孟楼至贾沟段、光化大道、襄阳路、商业街改建通车')).toEqual([['milestone', '328国道孟楼至贾沟段、光化大道、襄阳路、商业街改建通车']]);
    expect(qual('加快推进商业街改建')).toEqual([]);
  });
});

describe('fourteenth held-out set, round 13', () => {
  it('a heading "主要预期目标分解" opens the goals of a notice dividing them among units', () => {
    // A notice's number ("三政办〔2023〕1号") says it is a notice: only a plan heading opens its goals.
    const text = '关于明确政府工作报告重点工作责任单位的通知\n三政办〔2023〕1号\n一、2023年经济社会发展主要预期目标分解\n1.地区生产总值增长7%以上。(市发展改革委)\n2.研发投入强度超过2.4%。(市科技局)';
    expect(targets(text)).toEqual([[4, '地区生产总值', 7], [5, '研发投入强度', 2.4]]);
  });

  it('the items a list has of each kind count the list, not targets: 包括环境改善类4项、公共安全类3项', () => {
    expect(brief('今年推进的民生实事项目包括环境改善类4项、公共安全类3项、养老扶幼类3项')).toEqual([]);
    expect(brief('新建4项环境改善工程').map((i) => [i.target, i.unit])).toEqual([[4, '项']]);
  });

  it('the money of a list\'s items opening with whom or what they are for (投资2638万元，为400户…; 投资21534万元，对84个…)', () => {
    const text = '投资2.43亿元，新建小学2所；投资2638万元，为400户困难家庭安装养老床位；投资21534万元，对84个老旧小区进行改造。';
    expect(brief(text).map((i) => [i.target, i.unit])).toEqual([[2, '所'], [400, '户'], [84, '个']]);
  });

  it('a headline\'s space after a figure separates its phrases: 今年GDP增长目标4.5% 开建至北京新机场联络线', () => {
    expect(brief('天津:今年GDP增长目标4.5% 开建至北京新机场联络线').map((i) => [i.name, i.kind, i.target])).toEqual([['GDP', 'growth', 4.5]]);
    expect(qual('天津:今年GDP增长目标4.5% 开建至北京新机场联络线')).toEqual([['milestone', '开建至北京新机场联络线']]);
    // Inside a sentence, or before what continues the figure, a space is an artefact.
    expect(figures('地区生产总值增长 6% 左右')).toEqual([[6, null, '%', '~']]);
  });

  it('the plan\'s 将/要/计划/今年 before a completion verb that comes first (要开工建设…联络线, 计划开工建设…项目)', () => {
    expect(qual('要开工建设天津至北京新机场联络线')).toEqual([['milestone', '开工建设天津至北京新机场联络线']]);
    expect(qual('计划开工建设第三污水处理厂项目')).toEqual([['milestone', '开工建设第三污水处理厂项目']]);
  });

  it('relative targets: one growth above another\'s, a fall to narrow, a named schedule (进度目标)', () => {
    expect(qual('居民人均可支配收入增速高于地区生产总值增速')).toEqual([['relative', '居民人均可支配收入增速高于地区生产总值增速']]);
    expect(qual('一般公共预算收入降幅继续收窄')).toEqual([['relative', '一般公共预算收入降幅继续收窄']]);
    expect(qual('节能减排降碳完成进度目标')).toEqual([['relative', '节能减排降碳完成进度目标']]);
  });

  it('a page\'s "新闻推荐" ends the article: the headlines after it are no targets', () => {
    expect(targets('主要预期目标是:新增就业48万人。\n新闻推荐\n浙江临海18名音乐人吸毒贩毒被一锅端')).toEqual([[1, '新增就业', 48]]);
  });

  it('片 counts ground and 路 video channels (建设不少于20片专项活动场地, 新建1000路视频监控点位), not 片区 or a bus route', () => {
    expect(brief('建设不少于20片专项活动场地，新建1000路视频监控点位').map((i) => [i.target, i.unit, i.cmp])).toEqual([[20, '片', '>='], [1000, '路', '=']]);
    expect(brief('改造3片区老旧管网，开通3路公交')).toEqual([]);
  });

  it('a floor before the verb of the count: 每个街镇至少启动1个试点小区', () => {
    expect(brief('每个街镇至少启动1个试点小区').map((i) => [i.name, i.target, i.cmp])).toEqual([['每个街镇启动试点小区', 1, '>=']]);
  });

  it('a count right after 推进/推动 counts what the effort is spent on (推动800个以上无物业老旧小区引入物业服务); after a named thing it does not', () => {
    expect(brief('推动800个以上无物业老旧小区引入物业服务').map((i) => [i.target, i.cmp])).toEqual([[800, '>=']]);
    expect(brief('全力推进全省20个重点项目').map((i) => [i.target, i.unit])).toEqual([[20, '个']]);
    expect(brief('加快推进乙烯项目配套3条道路建设')).toEqual([]);
  });

  it('a road\'s number is no figure: 国道345周驻交界至上蔡县城段路面维修工程', () => {
    expect(brief('实施国道345周驻交界至上蔡县城段路面维修工程、国道107东移改建工程')).toEqual([]);
  });

  it('a title granted to a named thing is a milestone: “雷官板鸭”获批国家地理标志产品', () => {
    expect(qual('“雷官板鸭”获批国家地理标志产品')).toEqual([['milestone', '“雷官板鸭”获批国家地理标志产品']]);
  });

  it('starting a named piece of work is a milestone: 启动安宁庄共有产权房项目配售工作; a generic one is not', () => {
    expect(qual('启动安宁庄共有产权房项目配售工作')).toEqual([['milestone', '启动安宁庄共有产权房项目配售工作']]);
    expect(qual('启动各项工作')).toEqual([]);
  });
});

describe('made-up mixed news, round 14', () => {
  it('a thing already finished (已完工, 已通车, 已到位) reports, beside the plan of the same sentence', () => {
    expect(targets('今年，区里计划实施民生项目30个，总投资12亿元，目前已完工18个。').map((t) => [t[1], t[2]])).toEqual([['实施民生项目', 30]]);
    expect(tenseOf('目前已通车3条', 2024)).toBe('review');
  });

  it('an amount done and its unqualified growth report (全县完成地区生产总值156亿元，增长6.2%); a plan qualifies or looks ahead', () => {
    expect(tenseOf('全县完成地区生产总值156亿元，增长6.2%。', 2024)).toBe('weak-review');
    expect(targets('全县完成地区生产总值156亿元，增长6.2%。\n新增城镇就业3200人。')).toEqual([]);
    expect(tenseOf('力争完成地区生产总值160亿元，增长7%。', 2024)).toBe('plan');
    expect(tenseOf('完成地区生产总值160亿元，增长7%左右。', 2024)).toBe('neutral');
  });
});

describe('seventeenth held-out set, round 14', () => {
  it('decimals in Chinese numerals, as Hong Kong and Taiwan papers write rates: 百分之四点六', () => {
    expect(figures('研发经费支出占GDP比重达百分之四点六左右')).toEqual([[4.6, null, '%', '~']]);
    expect(figures('地区生产总值增长百分之五')).toEqual([[5, null, '%', '=']]);
  });

  it('a year in Chinese numerals is read as a year: 二○二五年 in a plan for 2026 reports', () => {
    expect(tenseOf('二○二五年上海经济运行稳中有进，全市生产总值达五点六七兆元', 2026)).toBe('review');
    const text = '市长公布二○二六年上海经济社会发展主要预期目标。\n二○二五年，全市生产总值增长百分之五点四。\n主要预期目标为：全市生产总值增长百分之五左右。';
    expect(targets(text).map((t) => [t[0], t[2]])).toEqual([[3, 5]]);
  });

  it('traditional characters of the parser\'s later words are folded: 經濟社會發展主要預期目標 names the year planned', () => {
    // Only the folded 經濟社會發展 names 2026 as planned; unfolded, the year named most (2025) would be.
    const text = '公布2026年上海經濟社會發展主要預期目標。\n主要預期目標為：全市生產總值增長5%左右。\n2025年，全市生產總值增長5.4%。2025年，地方一般公共預算收入增長1.5%。';
    expect(targets(text).map((t) => [t[0], t[2]])).toEqual([[2, 5]]);
  });

  it('the words of results right after a result go on telling it, even in a plan part (…年增百分之一点五)', () => {
    const text = '二○二六年主要预期目标为：全市生产总值增长5%左右。\n二○二五年，全市生产总值增长百分之五点四。地方一般公共预算收入达八千五百亿元，年增百分之一点五。';
    expect(targets(text).map((t) => t[2])).toEqual([5]);
  });

  it('a growth target 设定为 its figure: 全市生产总值（GDP）增长目标设定为百分之五左右', () => {
    expect(brief('全市生产总值（GDP）增长目标设定为百分之五左右').map((i) => [i.name, i.kind, i.target, i.cmp])).toEqual([['生产总值（GDP）', 'growth', 5, '~']]);
  });

  it('what a decomposition notice counts: its tasks (明确133项具体任务), the units involved and those taking part', () => {
    expect(brief('《任务分解》明确133项具体任务，涉及34个牵头单位；细化15项具体任务，涉及10个责任单位')).toEqual([]);
    expect(brief('10件重点民生实事共38家单位参与，500余名人大代表参加')).toEqual([]);
  });

  it('money before the verb of what it builds, with no figure of its own, describes the project: 投资3000万元建设…养殖基地', () => {
    expect(brief('投资3000万元建设南美白对虾工厂化循环水养殖基地')).toEqual([]);
    expect(brief('全年完成投资3000万元').map((i) => i.target)).toEqual([3000]);
  });

  it('the year of things counted after it is no time of the sentence: 完工2024年9个续建老旧小区改造项目', () => {
    expect(tenseOf('完工2024年9个续建老旧小区改造项目，新开工5个老旧小区改造项目', 2025)).toBe('neutral');
    expect(tenseOf('2024年完工9个续建老旧小区改造项目', 2025)).toBe('review');
  });

  it('预计 of the planned year\'s own list estimates the plan: 2025年的10件重点民生实事…预计投入资金2.5亿元', () => {
    expect(tenseOf('2025年的10件重点民生实事共38家单位参与，预计投入资金2.5亿元', 2025)).toBe('plan');
    expect(tenseOf('2023年，全县预计完成地区生产总值57亿元', 2023)).toBe('review');
    expect(brief('今年预计投入资金2.5亿元').map((i) => i.name)).toEqual(['投入资金']);
  });

  it('a bare 万元 after a verb of passing a threshold: 农村居民人均纯收入突破万元', () => {
    expect(brief('农村居民人均纯收入突破万元').map((i) => [i.target, i.unit, i.cmp])).toEqual([[10000, '元', '>=']]);
    expect(brief('人均收入上万元')).toEqual([]);
  });

  it('a headline that runs targets together or announces them: 生产总值增长13%城镇居民人均可支配收入达3万元; 筹集资金550亿元以上 …票决结果公布', () => {
    expect(targets('今年目标\n生产总值增长13%城镇居民人均可支配收入达3万元').map((t) => [t[1], t[2]])).toEqual([['生产总值', 13], ['城镇居民人均可支配收入', 3]]);
    expect(targets('筹集资金550亿元以上 南昌市十大民生实事项目票决结果公布').map((t) => t[2])).toEqual([550]);
  });

  it('等 ends a list, it qualifies no figure: 增加小学学位1000个以上等10件民生实事', () => {
    expect(brief('办好建设农村公路30条、增加小学学位1000个以上等10件民生实事').map((i) => [i.target, i.cmp])).toEqual([[30, '='], [1000, '>=']]);
  });

  it('a place and the tone of its plan are not the name: 海口市琼山区将办好建设农村公路30条', () => {
    expect(brief('海口市琼山区将办好建设农村公路30条').map((i) => i.name)).toEqual(['建设农村公路']);
    expect(brief('全省要素市场化配置改革试点10个').map((i) => i.name)).toEqual(['要素市场化配置改革试点']);
  });

  it('people served, then how often (每学年为6万余名中小学生开展1次心理健康测评): the people are the target', () => {
    expect(brief('每学年为6万余名中小学生开展1次心理健康测评').map((i) => [i.target, i.unit, i.cmp])).toEqual([[6, '万名', '>=']]);
  });

  it('the count of a year\'s list named with its year: 投票决定的12项2024年县政府民生实事', () => {
    expect(brief('现将投票决定的12项2024年县政府民生实事项目任务下达给你们')).toEqual([]);
  });
});

describe('eighteenth held-out set, round 15', () => {
  it('a question about what follows leaves it no tense: 确定了10个正式项目。这10个项目是什么？ then the items plan', () => {
    const text = '人大代表通过投票表决，在12个候选项目中确定了10个正式项目。一起来看看，这10个项目是什么？\n加强安置保障力度。开建安置房200万平方米以上，竣工安置房150万平方米。';
    expect(targets(text).map((t) => t[2])).toEqual([200, 150]);
    // A "?" without a question word is a character the copying lost: it asks nothing.
    expect(targets('三亚2023年GDP为971.34亿元???、儋州都是千亿元级别的城市。\n其经济总量在全省占比更是近80%。')).toEqual([]);
  });

  it('a quote of a report\'s targets is read: “GDP增长5.5%左右,规模以上工业增加值增长8.5%左右……”', () => {
    expect(brief('号角已吹响。“GDP增长5.5%左右,规模以上工业增加值增长8.5%左右……”2025年主要预期目标已确定').map((i) => [i.name, i.target])).toEqual([['GDP', 5.5], ['规模以上工业增加值', 8.5]]);
    expect(brief('打造“三类500强”企业集群')).toEqual([]);
  });

  it('a session\'s attendance and the words a speech is summed up in are no targets', () => {
    expect(brief('本次会议应到代表738人，实到代表730人，因事因病请假8人')).toEqual([]);
    expect(brief('常务副区长用8个关键词来概括今年的工作安排')).toEqual([]);
  });

  it('a long list of what a reduction task covers is still a task set from outside (relative): 完成单位生产总值能耗、…等年度节能减排任务', () => {
    expect(qual('完成单位生产总值能耗、化学需氧量、二氧化硫、氨氮、氮氧化物等年度节能减排任务')).toEqual([['relative', '完成单位生产总值能耗、化学需氧量、二氧化硫、氨氮、氮氧化物等年度节能减排任务']]);
  });
});

describe('pages of reports and progress notices read for round 16', () => {
  it('a numbered heading that names the past year (一、过去的一年，…) opens a review: its results are no targets', () => {
    const text = '一、过去的一年，我们保持狠抓项目的定力，产业强市扎实推进\n开展精准招商。围绕七大特色产业，扎实开展主题招商，举办产业招商推介会等30场招商活动。全年新签约亿元以上产业项目172个，制造业项目占比达85%。';
    expect(targets(text)).toEqual([]);
  });

  it('a progress report titled in a cell of the page\'s index (| 内容概述 | 2025年1-6月…项目进展情况 |) reports results', () => {
    const text = '| 内容概述 | 2025年1-6月新吴区为民办实事项目进展情况 | ||||\n居住改善方面，完成居民住宅电梯加装35台，在建101台；完成664套保障性租赁住房筹集。\n出行交通方面，新开优化公交线路4条；完成10个拥堵节点改造。';
    expect(targets(text)).toEqual([]);
    // A progress table's own column (序号 | 项目内容 | 进展情况 | 责任单位 |) is no title: each row's task cell states its target.
    expect(targets('序号 | 项目内容 | 进展情况 | 责任单位 |\n1 | 新建成公办中小学7所。 | 新建成7所中小学。 | 教育局 |').map((t) => t[2])).toEqual([7]);
  });

  it('a rate with its change written after it (均实现10%以上增长, 实现3%的下降) is a growth named by what comes before', () => {
    expect(brief('4个结构性指标均实现10%以上增长').map((i) => [i.name, i.kind, i.target, i.cmp])).toEqual([['4个结构性指标', 'growth', 10, '>=']]);
    expect(brief('单位工业增加值能耗实现3%的下降').map((i) => [i.name, i.kind, i.target])).toEqual([['单位工业增加值能耗', 'growth', -3]]);
  });

  it('a progress table kept as text with spaces between cells (序号 目标任务 责任单位 上半年推进情况): only each row\'s task is read', () => {
    const text = '序号 目标任务 责任单位 上半年推进情况\n一、经济社会发展主要预期目标\n1 地区生产总值增长6%以上。 区发展改革委 地区生产总值同比增长2.9%。\n2 第一产业增加值增长5%。 区农业农村委\n区林业局\n第一产业增加值同比增长3.4%。';
    expect(targets(text).map((t) => [t[0], t[2]])).toEqual([[3, 6], [4, 5]]);
  });
});

describe('nineteenth and twenty-first held-out sets, round 16', () => {
  it('the count of a list named as it is chosen (确定15项作为2022年民生实事正式项目) and a congress\'s resolutions are no targets', () => {
    expect(brief('现场投票表决，确定15项作为2022年民生实事正式项目')).toEqual([]);
    expect(brief('会议表决通过区人民政府工作报告等6项决议')).toEqual([]);
  });

  it('a list\'s item numbers on lines of their own ("1" / title / content) start each item afresh, after a news lead that 公布 the list', () => {
    const text = '近日\n我县公布\n2022年重点民生项目清单\n一共35件\n1\n新干县城东学校\n总建筑面积5.8万平方米，建设3栋教学楼、1栋实验楼。年内全面完成主体建设。\n2\n县幼儿园扩建\n扩建A、B栋教学楼，建筑面积4580平方米，年内全面完工。';
    expect(targets(text).map((t) => t[2])).toEqual([3, 1]);
    expect(parseText(text, 'r.txt').qualitative.map((x) => [x.line, x.name])).toEqual([[7, '完成主体建设'], [10, '年内完工']]);
  });

  it('a building\'s floor area describes the project (建筑面积4580平方米, 建设面积4000平方米): the buildings counted are the targets', () => {
    expect(brief('新建运动场，建设面积4000平方米，建设3栋教学楼')).toEqual([{ name: '建设教学楼', kind: 'level', target: 3, max: null, unit: '栋', cmp: '=' }]);
  });

  it('the verbs of doing after a result, with nothing that looks ahead, go on telling the result (去年…。水运建设完成投资1.2亿元，建成9艘航标工作船。)', () => {
    const text = '据介绍，去年，我省新开工国省道项目22项805公里。全面完成平交道口改造任务。水运建设完成投资1.2亿元，建成9艘航标工作船。';
    expect(targets(text)).toEqual([]);
    // 年内/将 look ahead: the sentence plans.
    expect(targets('据介绍，去年，我省新开工国省道项目22项805公里。今年将建设高速公路364公里。').map((t) => t[2])).toEqual([364]);
  });

  it('上半年 before a completion verb is a deadline, not the half year reported (县人民医院康复中心建设，上半年投用)', () => {
    expect(tenseOf('加快总投资2600万元的县人民医院康复中心建设，上半年投用')).toBe('weak-plan');
    expect(tenseOf('上半年全区实现地区生产总值800亿元')).toBe('review');
  });

  it('the items a list of 实事 adds (为民办实事项目较去年新增14项) or opens with (2023年新增14项包括：) count the list', () => {
    expect(brief('今年上海市为民办实事项目较去年新增14项')).toEqual([]);
    expect(brief('具体来说，2023年新增14项包括：建设30家智慧养老院').map((i) => i.target)).toEqual([30]);
  });

  it('the years just past (近两年来, 三年来) and the months of this year so far (今年前4个月) report', () => {
    expect(tenseOf('近两年来，阜新市完成农村公路建设任务1010公里')).toBe('review');
    expect(tenseOf('今年前4个月，香河县财政收入完成12.5亿元')).toBe('review');
    expect(tenseOf('力争通过三至四年努力，县域综合经济实力跻身全省十强')).toBe('plan');
  });

  it('an editor\'s line in square brackets ([责任编辑:linlin]) ends the article: the related news after it is not read unless it plans', () => {
    const text = '维修改造300公里农村公路是2022年阜新市十件民生实事项目之一。\n[责任编辑:linlin]\n今年辽宁阜新将维修改造农村公路300公里\n辽宁沈阳提升农村生活污水治理率到33.9% 加强黑臭水体治理';
    expect(targets(text).map((t) => [t[0], t[2]])).toEqual([[1, 300], [3, 300]]);
  });

  it('a rank said as a league (跻身全省十强, 进入全国百强) is a rank to reach', () => {
    expect(brief('县域综合经济实力跻身全省十强').map((i) => [i.name, i.target, i.unit, i.cmp])).toEqual([['县域综合经济实力全省排名', 10, '名', '<=']]);
  });

  it('an effort listed before an item with its own verb (推进公交线路优化调整、完成20公里乡村公路大修) leaves the item its target', () => {
    expect(brief('推进公交线路优化调整、完成20公里乡村公路大修').map((i) => [i.name, i.target])).toEqual([['乡村公路大修', 20]]);
  });

  it('the count of the things a list does for people (为群众办好32件身边事) counts the list', () => {
    expect(brief('为群众办好32件身边事')).toEqual([]);
  });

  it('a result told beside a plan: 已有部分项目提前完成年度目标, 完成任务数120%, 已基本完成 report', () => {
    expect(tenseOf('已有部分项目提前完成年度目标')).toBe('review');
    expect(tenseOf('改造完成公交停靠站120个，完成任务数120%')).toBe('review');
    expect(tenseOf('鹤大高速佳木斯过境段已基本完成PPP项目前期准备工作，完成30个国省道项目前期工作，启动2018年项目', 2017)).toBe('review');
  });

  it('money put into the work named after it (再投9亿改造农村公路, 投资200亿元用于交通建设) is named by the work', () => {
    expect(brief('辽宁今年再投9亿改造农村公路').map((i) => i.name)).toEqual(['改造农村公路投资']);
    expect(brief('黑龙江省2017年投资200亿元用于交通建设').map((i) => i.name)).toEqual(['交通建设投资']);
  });

  it('a completion told by its date this year (预计今年4月竣工, 预计今年9月正式投用) is a milestone; the rest of a list done this year is none', () => {
    expect(qual('目前，怀柔五幼项目已结构封顶，预计今年4月竣工').map((q) => q[0])).toEqual(['milestone']);
    expect(qual('剩余2项，预计今年9月底前全部完成')).toEqual([]);
  });

  it('a level to step onto (迈上4万亿元台阶, 迈上3万亿元新台阶) is at least that level', () => {
    expect(brief('到2027年地区生产总值迈上4万亿元台阶').map((i) => [i.name, i.target, i.unit, i.cmp])).toEqual([['地区生产总值', 4, '万亿元', '>=']]);
    expect(brief('地区生产总值迈上3万亿元新台阶').map((i) => [i.name, i.cmp])).toEqual([['地区生产总值', '>=']]);
  });

  it('a count the effort brings to completion (推进丘海学校等6个项目建成投用) is a target', () => {
    expect(brief('推进丘海学校等6个项目建成投用').map((i) => [i.target, i.unit])).toEqual([[6, '个']]);
  });

  it('concentrations written in symbols (47μg/m3, 0.5mg/L) are read with their unit', () => {
    expect(brief('PM2.5、PM10年均浓度分别低于47μg/m3、61μg/m3').map((i) => [i.target, i.unit, i.cmp])).toEqual([[47, 'μg/m3', '<='], [61, 'μg/m3', '<=']]);
    expect(brief('出水氨氮浓度控制在0.5mg/L以内').map((i) => [i.target, i.unit, i.cmp])).toEqual([[0.5, 'mg/L', '<=']]);
  });
});

describe('twenty-third held-out set, round 17', () => {
  it('a progress table with space-separated cells under a title of results (…一季度完成情况): its rows\' tasks are the year\'s targets', () => {
    const text = '2025年县政府重点工作任务一季度完成情况\n序号 重点工作任务 牵头责任单位 一季度完成情况\n1 地区生产总值增长6%以上。 县发改委 一季度地区生产总值增长6.8%\n2 城镇常住居民人均可支配收入增速高于全省平均、位次靠前。 县人社局 一季度全县城镇常住居民人均可支配收入9997元，增长4.8%。';
    expect(targets(text).map((t) => [t[0], t[2]])).toEqual([[3, 6]]);
    expect(parseText(text, 'r.txt').qualitative.map((q) => [q.line, q.type])).toEqual([[4, 'relative']]);
  });

  it('a class of indicators (预期性指标) plans nothing, and 基本完成年度目标任务 reports', () => {
    expect(tenseOf('“十二五”确定的9项约束性指标全部完成，15项预期性指标基本完成，为“十三五”时期发展奠定了坚实基础', 2016)).toBe('review');
    expect(tenseOf('全年实现生产总值83.91亿元、增长10.8%，基本完成年度目标任务')).toBe('review');
  });

  it('the representatives at a session (160多名代表与会) are no target', () => {
    expect(brief('来自全县各地各行各业的160多名代表与会')).toEqual([]);
  });

  it('a progress table\'s column named 落实进展情况 is no report title: the rows\' tasks are read', () => {
    const text = '大类 | 序号 | 工作任务 | 分管 市领导 | 牵头单位及 主要负责人 | 落实进展情况 |\n一、继续提高底线民生保障水平 | 1 | 将全市集中供养孤儿养育标准提高到每人每月2200元。 | 陈宣群 | 市民政局 | 已完成。 |\n2 | 新增养老床位200张。 | 陈宣群 | 市民政局 | 已完成。 |';
    expect(parseText(text, 'r.txt').indicators.map((i) => [i.line, i.target, i.unit])).toEqual([[2, 2200, '元/月'], [3, 200, '张']]);
  });

  it('an amount paid each month or each year to each person (每人每月609元, 小学生每年1000元) is in 元/月 or 元/年', () => {
    expect(figures('低保标准提高到每人每月609元')).toEqual([[609, null, '元/月', '=']]);
    expect(figures('补助标准提高到小学生每年1000元')).toEqual([[1000, null, '元/年', '=']]);
    expect(figures('每年安排资金1亿元')).toEqual([[1, null, '亿元', '=']]);
  });

  it('the figure a change starts from (由人均800元/月提升至1560元/月, 从每人每月574元、271元分别提高到…) is no target', () => {
    expect(brief('提高村两委副职干部待遇，由人均800元/月提升至1560元/月').map((i) => [i.name, i.target])).toEqual([['村两委副职干部待遇', 1560]]);
    expect(brief('将城镇、农村低保人均最低补差水平从每人每月574元、271元分别提高到每人每月609元、300元').map((i) => [i.name, i.target])).toEqual([
      ['城镇低保人均最低补差水平', 609], ['农村低保人均最低补差水平', 300],
    ]);
  });

  it('a notice that hands down a list of 民生实事 (赣市府发〔2021〕1号 / …民生实事项目安排意见) is read as the list', () => {
    const text = '赣市府发〔2021〕1号\n各县(市、区)人民政府：\n现将《2021年民生实事项目安排意见》印发给你们，请认真贯彻执行。\n2021年民生实事项目安排意见\n一、交通出行便利\n1.完善公交线路。新增及优化中心城区公交线路5条。';
    expect(targets(text).map((t) => [t[0], t[2]])).toEqual([[6, 5]]);
  });

  it('an ellipsis (… or ...) between phrases ends a clause, and a verb run on before the next count starts the next item (建4所公办园改造10条小巷...)', () => {
    expect(brief('建4所公办园改造10条小巷...汉台今年要做10件实事').map((i) => [i.name, i.target])).toEqual([['建公办园', 4], ['改造小巷', 10]]);
  });

  it('a sentence that looks ahead (2022，蕲春县将扩建一中…) ends the review before it even without a figure', () => {
    const text = '过去五年，蕲春县新建学校11所。未来五年，该县将不断推进普惠性民生事业。\n报告指出，2022，蕲春县将扩建一中，新建五小等小学。新建改建一批公办幼儿园，尽快实现公办幼儿园占比50%以上。';
    expect(targets(text).map((t) => t[2])).toEqual([50]);
  });

  it('a hospital\'s new site to open (妇幼保健院新院区将投用) is a milestone', () => {
    expect(qual('妇幼保健院新院区将投用')).toEqual([['milestone', '妇幼保健院新院区投用']]);
  });

  it('the villages where people are counted (实现15个贫困村4100名农村贫困人口稳定脱贫) say where: the people are the target', () => {
    expect(brief('实现15个贫困村4100名农村贫困人口稳定脱贫').map((i) => [i.target, i.unit])).toEqual([[4100, '名']]);
  });

  it('an area of a task (节水灌溉面积2.25万亩任务) is the task\'s target, not a description', () => {
    expect(brief('完成5项抗旱应急提水工程和节水灌溉面积2.25万亩任务').map((i) => [i.target, i.unit])).toEqual([[5, '项'], [2.25, '万亩']]);
  });

  it('a ratio to one (之比达到2.2:1, 收入比缩小到1.85:1) is a level without a unit', () => {
    expect(brief('力争全市农产品加工业产值与农业总产值之比达到2.2:1').map((i) => [i.name, i.target, i.unit])).toEqual([['农产品加工业产值与农业总产值之比', 2.2, '']]);
    expect(brief('城乡居民收入比缩小到1.85:1').map((i) => [i.name, i.target])).toEqual([['城乡居民收入比', 1.85]]);
  });
});

describe('development sets, round 18', () => {
  it('a project\'s expected total investment (预计总投资) is no estimate of the year ended', () => {
    expect(brief('全年将加快推进重点项目建设9个，其中工业项目4个，预计总投资2亿元；农业项目5个。', 'neutral').map((i) => i.target)).toEqual([9, 4, 5]);
    expect(tenseOf('预计全年完成固定资产投资120亿元')).toBe('review');
  });

  it('a progress table\'s task cell (with a bar after each cell) is read as the plan it restates, 达到50% too', () => {
    const text = '序号 | 具体工作任务和要求 | 责任单位 | 落实情况 |\n3 | 提升幼教服务水平，扩充公办幼儿园学位至1800个，全县公办幼儿园在园人数占比达到50%。 | 县教体局 | 新增学位1290个，占比达32.5%。 |';
    expect(targets(text).map((t) => t[2])).toEqual([1800, 50]);
  });

  it('the count of a list of 民生项目 (涉及…等领域10个民生项目) counts the list', () => {
    expect(brief('主要涉及教育、文化、卫生、住房等领域10个民生项目')).toEqual([]);
  });

  it('a deadline before a name (年底前完成5个小区119户改造任务) is no part of it', () => {
    expect(brief('年底前完成5个小区119户改造任务').map((i) => [i.name, i.target, i.unit])).toEqual([['小区', 5, '个'], ['小区', 119, '户']]);
  });
});

describe('twenty-fifth held-out set, round 19', () => {
  it('the years just past counted (大足过去三年改造老旧小区239个) report', () => {
    expect(tenseOf('大足过去三年改造老旧小区239个，2.63万户居民受惠')).toBe('review');
  });

  it('今年 with a thing done (今年实施了…4条通乡油路改造) is the year reported on, not planned', () => {
    expect(tenseOf('今年实施了高酿镇至石洞镇等4条通乡油路改造，修建通村公路300公里')).toBe('review');
    expect(tenseOf('今年实施通乡油路改造4条')).toBe('plan');
  });

  it('a list broken down (从投资性质看，政府投资项目54个，年度计划投资45.3亿元；…) counts no targets, its money still is', () => {
    expect(brief('从投资性质看，政府投资项目54个，年度计划投资45.3亿元；社会投资项目36个，年度计划投资29.9亿元。').map((i) => i.target)).toEqual([45.3, 29.9]);
  });

  it('a bare verb after a target of the same sentence counts its thing (新开工建设保障性住房8311套，力争建成10500套)', () => {
    expect(brief('今年，漳州市将新开工建设保障性住房8311套，力争建成10500套').map((i) => [i.name, i.target])).toEqual([['新开工建设保障性住房', 8311], ['建成保障性住房', 10500]]);
  });

  it('万 alone after 建成 is ten thousand (力争建成万套保障房), 成万 is not', () => {
    expect(figures('力争建成万套保障房')).toEqual([[10000, null, '套', '=']]);
    expect(figures('成万套房屋待售')).toEqual([]);
  });
});

describe('twenty-sixth held-out set, round 20', () => {
  it('a year whose results are told (2006年，全县实现…) is before the year planned, and its results after it in the same sentence report', () => {
    const text = '汇报会上，县委书记做了详细汇报。2006年，全县实现生产总值50.7亿元，增长18.3%；财政收入4.6亿元，增长40.2%；而2007年经济社会发展预期目标为：生产总值增长15%以上。';
    expect(targets(text).map((t) => t[2])).toEqual([15]);
    expect(targets('2009年，我市实现地区生产总值333亿元，同比增长13%，新建农村公路150.7公里。')).toEqual([]);
  });

  it('a year\'s result of a set task (完成节能减排目标任务) after its figures is one more result; with a qualifier it plans', () => {
    expect(targets('丁大卫说，2010年全市完成了确定的目标任务。地区生产总值3417.9亿元，增长13%；城镇登记失业率2.75%，完成节能减排目标任务。')).toEqual([]);
    expect(targets('丁大卫说，2010年全市完成了确定的目标任务。实施新农村建设，完成1000个左右新农村点整治任务。').map((t) => t[2])).toEqual([1000]);
  });

  it('the representatives hearing a report (539位人大代表听取…) are no target', () => {
    expect(brief('539位人大代表听取市长作政府工作报告')).toEqual([]);
  });
});

describe('development sets, round 21', () => {
  it('a congress hearing how last year\'s budget was carried out (2020年财政预算执行情况) plans the year after, and that year\'s results report', () => {
    const text = '会议审议了镇政府关于2020年财政预算执行情况和2021年财政预算的报告。\n2020年，该镇紧紧围绕奋斗目标，攻坚克难、开拓奋进，统筹推进疫情防控和经济社会发展，深入开展“五个年”活动，扎实做好“六稳”工作，全年实现规模以上工业总产值242.7亿元，位居全市首位。\n今年，该镇将争取实现财政总收入11亿元。';
    expect(targets(text).map((t) => t[2])).toEqual([11]);
    expect(targets('审议2021年上半年国民经济和社会发展计划执行情况。\n2021年，该区将新建学校3所。').map((t) => t[2])).toEqual([3]);
  });

  it('a call to finish the year\'s tasks as a whole (确保圆满完成全年各项目标任务) is a milestone; a notice\'s closing 确保各项任务圆满完成 is not', () => {
    expect(qual('会议要求，确保圆满完成全年各项目标任务')).toEqual([['milestone', '完成全年各项目标任务']]);
    expect(qual('全面完成全年各项工作任务')).toEqual([['milestone', '完成全年各项工作任务']]);
    expect(qual('请各单位精心组织实施，确保各项任务圆满完成')).toEqual([]);
    expect(qual('按时完成各项目标任务')).toEqual([]);
  });

  it('a count in Chinese numerals after the verbs of building and opening (改扩建两所, 开通两条, 至少有一所) is a target', () => {
    expect(brief('改扩建两所村级幼儿园').map((i) => [i.name, i.target, i.unit])).toEqual([['改扩建村级幼儿园', 2, '所']]);
    expect(brief('开通两条公交线路').map((i) => [i.target, i.unit])).toEqual([[2, '条']]);
    expect(figures('每个街道至少有一所社区卫生服务中心')).toEqual([[1, null, '所', '>=']]);
    expect(brief('做到两个维护')).toEqual([]);
  });

  it('a count summing named things under an effort (确保A、B等5个续建项目加快建设, 开展A、B等38个项目的前期工作) is no target; brought to completion it is', () => {
    expect(brief('确保城北水库工程、县城环线公路、南药产业园等5个续建项目加快建设')).toEqual([]);
    expect(brief('开展县城供水备用水源工程、污水处理厂等38个重点项目的前期工作')).toEqual([]);
    expect(brief('推动白龙路下穿通道工程等30个项目竣工').map((i) => [i.target, i.unit])).toEqual([[30, '个']]);
  });
});

describe('twenty-eighth and thirtieth held-out sets, round 22', () => {
  it('an estimate to the year\'s end (预计到2022年底，全县实现…) reports it; a plan\'s verb before a year (计划2023年) names the year planned', () => {
    const text = '12月31日，县长作政府工作报告，预计到2022年底，全县实现GDP243亿元，计划2023年地区生产总值增长8.5%以上。\n预计到2022年底，全县实现GDP243亿元，增长7%左右；规上工业增加值增长15%。';
    expect(targets(text).map((t) => t[2])).toEqual([8.5]);
  });

  it('shortfalls told (部分指标没有实现预期目标，…低于全市平均水平; 存在不少困难和问题) plan nothing', () => {
    expect(tenseOf('部分经济指标没有实现预期目标')).toBe('neutral');
    expect(qual('全县经济社会发展还存在不少困难和问题：部分经济指标没有实现预期目标，技改投资占比等指标低于全市平均水平')).toEqual([]);
    expect(tenseOf('地区生产总值增长预期目标为7%')).toBe('plan');
  });

  it('a count summing named things after 加快/推动/落实 (加快A、B等80个基础设施项目建设) counts no deliverable; unnamed (加快100个重点项目建设) it does', () => {
    expect(brief('全面提速新城建设，加快机场第二跑道、东南快速通道等80个基础设施项目建设')).toEqual([]);
    expect(brief('推动闽江口、福清湾、江阴湾等3个组团开发建设')).toEqual([]);
    expect(brief('落实福马路提升改造、站东互通改造等188个缓堵项目')).toEqual([]);
    expect(brief('推动白龙路下穿通道工程等30个项目竣工').map((i) => i.target)).toEqual([30]);
  });

  it('民心工程 is a list of 民生实事: its count (新一轮20项民心工程出台，包括…20个大项、42个子项) is none, and its items plan', () => {
    const text = '天津市某区新一轮20项民心工程出台，包括大修乡村公路、改善城乡环境等20个大项、42个子项。\n在改善城乡居住条件方面，硬化、亮化美丽村庄80个，完成农村户厕改造2130座，推进清洁取暖“煤改电”工程，累计完成3万户。';
    expect(targets(text).map((t) => t[2])).toEqual([80, 2130, 3]);
  });

  it('a list\'s lead counting it (2017年10方面20项区政府实事项目，主要涉及…) opens the list: 全年完成 in it plans', () => {
    const text = '2017年10方面20项区政府实事项目，主要涉及为老服务、旧住房改造等方面。\n三、深入推进住宅小区综合治理行动，全年完成131个小区综合治理的硬件改造工作。';
    expect(targets(text).map((t) => t[2])).toEqual([131]);
  });

  it('the people a plan expects to reach (预计惠及600人) are a target, not an estimate of the year ended', () => {
    expect(tenseOf('实施困难家庭大学新生入学救助，救助标准3000元/人，预计惠及600人')).toBe('weak-plan');
    expect(tenseOf('预计全年完成固定资产投资120亿元')).toBe('review');
  });

  it('a county\'s profile (区域面积1225.51平方公里，辖19个乡镇，609个行政村，总人口89.02万) holds no target', () => {
    expect(brief('某县南北长38.2公里，东西宽48.7公里，区域面积1225.51平方公里，辖19个乡镇，609个行政村，总人口89.02万。')).toEqual([]);
    expect(brief('粮食播种总面积98.7万亩以上').map((i) => i.target)).toEqual([98.7]);
  });

  it('the months so far after a comma (…，1-12月份共发放补贴资金12.3万元; 元-4月累计完成投资) report; 年度计划投资 beside them plans', () => {
    expect(brief('严格落实补贴制度，1-12月份共发放补贴资金12.3万元，补贴人数55人。', 'neutral')).toEqual([]);
    expect(brief('其中续建项目总投资97.9亿元，年度计划投资12.09亿元，元-4月累计完成投资3.44亿元。', 'neutral').map((i) => i.target)).toEqual([12.09]);
  });

  it('a Chinese numeral run into a word after a count (190个小区的二次供水改造) is part of its name', () => {
    expect(brief('完成190个小区的二次供水改造').map((i) => [i.name, i.target])).toEqual([['二次供水', 190]]);
  });

  it('方 before 面 or 案 is no cubic metre (新增…2方面重点工作)', () => {
    expect(brief('新增全面实施城市总体规划、大力推进改革开放2方面重点工作')).toEqual([]);
    expect(figures('清淤10万方')).toEqual([[10, null, '万方', '=']]);
  });

  it('a division quoting one row as its target (第1项任务“地区生产总值增长6.5%左右”) reads it, named without the row', () => {
    expect(brief('例如，第1项任务“地区生产总值增长6.5%左右”，牵头领导是常务副市长。', 'neutral').map((i) => [i.name, i.target, i.cmp])).toEqual([['地区生产总值', 6.5, '~']]);
    expect(brief('“完成重大项目工业投资270亿元、增长20.7%”', 'neutral').map((i) => i.target)).toEqual([]);
  });

  it('the tasks a division hands out and the leaders over them (分工方案涉及198项任务, 每项重点工作至少1位市领导牵头) count the division', () => {
    expect(brief('分工方案涉及198项任务')).toEqual([]);
    expect(brief('将121项区政府重点工作进行分解')).toEqual([]);
    expect(brief('每项重点工作至少1位市领导牵头')).toEqual([]);
    expect(brief('完成120项重点工作任务').map((i) => i.target)).toEqual([120]);
  });
});

describe('twenty-eighth and thirtieth held-out sets, round 23: milestones', () => {
  it('handing over, starting and approval after 推动/促成 (推动…地块交付使用, 推动…工可获批, 促成…小镇投入运营), and 动工建设', () => {
    expect(qual('推动金山工业园区D地块交付使用')).toEqual([['milestone', '金山工业园区D地块交付使用']]);
    expect(qual('推动地铁2号线延伸段工可获批')).toEqual([['milestone', '地铁2号线延伸段工可获批']]);
    expect(qual('促成湘江基金小镇投入运营')).toEqual([['milestone', '湘江基金小镇投入运营']]);
    expect(qual('动工建设岳峰社区卫生服务中心')).toEqual([['milestone', '动工建设岳峰社区卫生服务中心']]);
    expect(qual('推进城南医院建成')).toEqual([]);
  });

  it('a deadline with 之前 (10月底之前完成…关闭退出) is no part of the name', () => {
    expect(qual('10月底之前完成腾云气体有限公司关闭退出')).toEqual([['milestone', '完成腾云气体有限公司关闭退出']]);
  });

  it('a line or section and its plan\'s date before the verb (地铁1号线二期计划今年国庆通车, 6号线计划2021年通车, 长乐段也有望于今年率先开通)', () => {
    expect(qual('地铁1号线二期计划今年国庆通车')).toEqual([['milestone', '地铁1号线二期通车']]);
    expect(qual('6号线计划2021年通车')).toEqual([['milestone', '6号线通车']]);
    expect(qual('长乐段也有望于今年率先开通')).toEqual([['milestone', '长乐段开通']]);
  });

  it('a subject and 将 before the verb (沈阳金山公园将建成槐树文化主题公园) is read from the verb', () => {
    expect(qual('金山公园将建成槐树文化主题公园')).toEqual([['milestone', '建成槐树文化主题公园']]);
  });

  it('poverty ended for a named group or place (全县贫困村全部摘帽, 帮助…镇全面脱贫) is a milestone; a field of work (健康脱贫) is not', () => {
    expect(qual('全县贫困村全部摘帽')).toEqual([['milestone', '全县贫困村全部摘帽']]);
    expect(qual('帮助对口镇全面脱贫')).toEqual([['milestone', '对口镇全面脱贫']]);
    expect(qual('促进全区妇女健康脱贫')).toEqual([]);
  });

  it('建设中职 (启动建设中职教育园区) is no work under way', () => {
    expect(tenseOf('启动建设中职教育园区')).toBe('weak-plan');
    expect(tenseOf('项目正在建设中')).toBe('review');
  });
});

describe('thirty-first and thirty-third held-out sets, round 24', () => {
  it('a quote of someone\'s whole sentences (“…全覆盖,完成20万人就业技能培训。”) is read; a slogan is not', () => {
    expect(brief('“并实现520个行政村光纤全覆盖，完成20万人就业技能培训。”市长表示。').map((i) => [i.target, i.unit])).toEqual([[520, '个'], [20, '万人']]);
    expect(brief('打造“1+2+N”产业体系')).toEqual([]);
  });

  it('a quote of level targets (聚焦“2029年前后全县工业总产值突破1000亿元，2035年城市规模达到50平方公里”的目标) is read', () => {
    expect(brief('聚焦“2029年前后全县工业总产值突破1000亿元，2035年城市规模达到50平方公里”的主要支撑目标').map((i) => [i.target, i.unit])).toEqual([[1000, '亿元'], [50, '平方公里']]);
  });

  it('the tasks under a speech\'s parts (做好以下9个方面、28项具体工作) count the speech', () => {
    expect(brief('今年海口市将重点做好以下9个方面、28项具体工作')).toEqual([]);
  });

  it('the year\'s list made known (最终市政府确定2017年10件为民办实事项目。其中包括…) plans what follows, whatever was told before', () => {
    const text = '2017年市政府为民办实事项目最终确定\n去年11月初，市政府督查室委托晚报征集金点子，共收到建议300余条。\n综合各方面意见建议，最终市政府确定2017年10件为民办实事项目。其中包括整治市区内涝积水点、建设通屯硬化道路1000公里、建设500个电动汽车充电桩。';
    expect(targets(text).map((t) => t[2])).toEqual([1000, 500]);
  });

  it('representatives voting, a total investment 共计 and a list\'s 小项 are no targets', () => {
    expect(brief('242名区人大代表现场投票表决')).toEqual([]);
    expect(brief('共涉及23个小项民生项目，总投资共计75822万元')).toEqual([]);
  });

  it('a reward received (我县获自治区奖励1000万元) reports a result', () => {
    expect(tenseOf('此外，因工作成效显著，我县获自治区奖励1000万元')).toBe('review');
    expect(tenseOf('争取获得上级奖补资金1000万元')).toBe('weak-plan');
  });

  it('what the years just past summed up (五年共实施县重点项目349宗，累计完成投资398.13亿元) reports', () => {
    expect(tenseOf('五年共实施县重点项目349宗，累计完成投资398.13亿元')).toBe('review');
    expect(tenseOf('未来五年共实施重点项目300个')).toBe('weak-plan');
  });

  it('a size inside a list of named projects (…、英利600兆瓦多晶硅太阳能电池、…等重点项目竣工) describes it; a count after 建成投用 is a target', () => {
    expect(brief('电网建设工程、东方高排风电场、英利600兆瓦多晶硅太阳能电池、海南国际会展中心等重点项目竣工')).toEqual([]);
    expect(brief('开工建设西环高铁、60万千瓦抽水蓄能电站、210万吨PTA、洋浦污水配套管网等项目')).toEqual([]);
    expect(brief('建成投用柳东大桥、19条市政道路等项目').map((i) => i.target)).toEqual([19]);
  });

  it('a year-end check\'s labels (【目标任务】… / 【实施情况】…, 【部门说法】…) read the target and leave the results', () => {
    const text = '【目标任务】启动地下空间改造，举办20场以上“消费季”系列活动。\n【实施情况】地下空间正在加快打造。\n【部门说法】2023年9月，改造工程正式启动，在原有5个出入口的基础上，再增设6个出入口。\n71家国内外品牌首店落户\n【目标任务】推动新能源汽车城尽快开业，新增充电桩300个。';
    expect(targets(text).map((t) => t[2])).toEqual([20, 300]);
    expect(tenseOf('截至目前施工完成占比约10%')).toBe('review');
  });

  it('保障…投入使用 and 推动…尽快开业 are milestones; 建成小康社会 is a slogan, no deliverable', () => {
    expect(qual('保障井岗镇社区卫生服务中心投入使用')).toEqual([['milestone', '井岗镇社区卫生服务中心投入使用']]);
    expect(qual('推动新能源汽车城尽快开业')).toEqual([['milestone', '新能源汽车城开业']]);
    expect(qual('为全面建成小康社会奠定基础，确保建成小康社会')).toEqual([]);
  });

  it('a figure nothing names (a progress cell “96.64% |” on a line of its own) is no target', () => {
    expect(targets('城镇新增就业1100人 |\n县人社局 |\n1063 |\n96.64% |').map((t) => t[2])).toEqual([1100]);
  });
});

describe('thirty-fourth and thirty-sixth held-out sets, round 25', () => {
  it('a lead that counts a list after its noun or before a full stop (推出10件惠民实事。涉及…, 市级重点民生实事11件包括…) opens the list', () => {
    const text = '1月11日，省第十四届人民代表大会第一次会议上发布的《政府工作报告》中显示，2023年，全省将继续推出10件惠民实事。涉及就业、住房、交通等多个领域。\n稳定和扩大就业。实现城镇新增就业50万人以上，新增退役军人就业1万人。\n学前教育普及普惠能力提升。新建、改扩建200所幼儿园。';
    expect(targets(text).map((t) => t[2])).toEqual([50, 1, 200]);
    const noun = '新春伊始，区委、区政府审定了2021年重点民生实事工作计划，安排投资5.1亿元，实施重点民生实事18件。\n市级重点民生实事11件包括推进城市公厕改厕、城镇老旧小区改造等。\n01.发展普惠性学前教育\n增加公办幼儿园学位1380个，学前三年毛入园率达到90%以上。';
    expect(targets(noun)).toEqual([[4, '增加公办幼儿园学位', 1380], [4, '学前三年毛入园率', 90]]);
    // News of how the list went opens nothing: its results stay results.
    expect(targets('某区20项民心工程出台，包括改善城乡环境等。\n全年完成农村户厕改造2130座。').map((t) => t[2])).toEqual([2130]);
    expect(targets('某区去年完成的20项民心工程，包括改善城乡环境等。\n全年完成农村户厕改造2130座。')).toEqual([]);
  });

  it('a level compared with (就业去向落实率不低于2022年水平) is no year the sentence tells of', () => {
    expect(tenseOf('实现城镇新增就业50万人以上，2023届高校毕业生就业去向落实率不低于2022年水平', 2023)).toBe('neutral');
    expect(tenseOf('2022年全省城镇新增就业48万人', 2023)).toBe('review');
  });

  it('a policy drawn up (制定了…30条政策措施) reports', () => {
    expect(tenseOf('制定了大姚县稳增长30条政策措施')).toBe('review');
  });
});
