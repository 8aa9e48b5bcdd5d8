/**
 * Qualitative targets by shape (labels README, “Decisions made while labelling”): bottom lines,
 * targets relative to another figure, milestones — and the generic efforts that must stay out.
 * Sentences are written in the style of the seeds, not copied from them, so that the rules are
 * checked as rules.
 */
import { extractTargets } from '../../../src/domain/extract/extractTargets';

const qual = (text: string) => extractTargets(text).qualitative.map((q) => [q.type, q.name]);
const quotes = (text: string) => extractTargets(text).qualitative.map((q) => q.quote);

describe('bottom lines', () => {
  it('reads the negation written before the thing', () => {
    expect(qual('坚决守住不发生重大环境污染事件底线')).toEqual([['bottomline', '不发生重大环境污染事件']]);
    expect(qual('确保全年不出现重大网络舆情事件')).toEqual([['bottomline', '不出现重大网络舆情事件']]);
    expect(qual('坚决杜绝重特大火灾事故、遏制一般事故')).toEqual([['bottomline', '杜绝重特大火灾事故']]);
  });

  it('makes each negation of a list its own item, named by what must not happen', () => {
    expect(qual('确保政府债务不新增、“三保”支出不断链、金融风险事件不发生')).toEqual([
      ['bottomline', '政府债务不新增'],
      ['bottomline', '“三保”支出不断链'],
      ['bottomline', '金融风险事件不发生'],
    ]);
    expect(quotes('确保政府债务不新增、金融风险事件不发生')).toEqual(['政府债务不新增', '金融风险事件不发生']);
  });

  it('reads 无X lists after 确保', () => {
    expect(qual('全力服务大桥项目施工，确保无阻工、无上访')).toEqual([['bottomline', '无阻工'], ['bottomline', '无上访']]);
  });

  it('reads zero outcomes: 零发生, 零增长, 零事故, 动态清零', () => {
    expect(qual('重大安全事故“零发生”')).toEqual([['bottomline', '重大安全事故“零发生”']]);
    expect(qual('实现违法建设零增长')).toEqual([['bottomline', '违法建设零增长']]);
    expect(qual('确保防返贫监测对象动态清零')).toEqual([['bottomline', '防返贫监测对象动态清零']]);
    expect(qual('做到风险有效管控、安全隐患动态清零')).toEqual([['bottomline', '安全隐患动态清零']]);
  });

  it('names a bare 做到动态清零 by the thing of the clause before', () => {
    const r = extractTargets('对农村危房排查开展“回头看”，做到动态清零。');
    expect(r.qualitative).toEqual([expect.objectContaining({ type: 'bottomline', name: '农村危房动态清零', quote: '做到动态清零' })]);
  });

  it('reads a counted set of zeros and an all-pass guarantee', () => {
    expect(qual('确保“两个不发生”')).toEqual([['bottomline', '“两个不发生”']]);
    expect(qual('确保县控以上考核断面水质全部达标')).toEqual([['bottomline', '县控以上考核断面水质全部达标']]);
  });

  it('ignores efforts against a risk, conduct rules and slogans', () => {
    expect(qual('严防发生规模性返贫')).toEqual([]);
    expect(qual('防止出现新的隐性债务')).toEqual([]);
    expect(qual('严禁新增隐性债务')).toEqual([]);
    expect(qual('一律不得新增楼堂馆所')).toEqual([]);
    expect(qual('做到无事不扰')).toEqual([]);
    expect(qual('确保干劲不松、项目不断档、投资不停步')).toEqual([]);
    expect(qual('努力实现“两个明显下降、两个坚决不发生”')).toEqual([]);
  });
});

describe('relative targets', () => {
  it('reads targets tied to another figure, named by the comparison they state', () => {
    expect(qual('农村居民收入增长与经济增长基本同步')).toEqual([['relative', '农村居民收入增长与经济增长基本同步']]);
    expect(qual('单位GDP能耗控制在省定目标以内')).toEqual([['relative', '单位GDP能耗控制在省定目标以内']]);
    expect(qual('研发经费投入强度高于全省平均水平')).toEqual([['relative', '研发经费投入强度高于全省平均水平']]);
    expect(qual('完成省市下达的主要污染物减排任务')).toEqual([['relative', '完成省市下达的主要污染物减排任务']]);
    expect(qual('物价涨幅与省市保持一致')).toEqual([['relative', '物价涨幅与省市保持一致']]);
  });

  it('reads 与…同时建成、同时投产 as relative, not as a milestone', () => {
    expect(qual('力争配套码头与主体工程同时建成、同时投产')).toEqual([['relative', '配套码头与主体工程同时建成、同时投产']]);
  });

  it('reads 双下降 as relative to last year, next to a bottom line in the same clause', () => {
    expect(qual('确保道路交通事故起数、死亡人数“双下降”和重大事故“零发生”')).toEqual([
      ['relative', '道路交通事故起数、死亡人数“双下降”'],
      ['bottomline', '重大事故“零发生”'],
    ]);
  });
});

describe('milestones', () => {
  it('reads a completion verb before a named deliverable', () => {
    expect(qual('完成城东污水处理厂提标改造')).toEqual([['milestone', '完成城东污水处理厂提标改造']]);
    expect(qual('启动市第二人民医院新院区建设')).toEqual([['milestone', '启动市第二人民医院新院区建设']]);
    expect(qual('建成滨江大道三期')).toEqual([['milestone', '建成滨江大道三期']]);
    expect(qual('投用城南人才公寓')).toEqual([['milestone', '投用城南人才公寓']]);
    expect(qual('开工新材料产业园二期等项目')).toEqual([['milestone', '开工新材料产业园二期等项目']]);
  });

  it('reads the verbs the labellers added: 开通, 创成, 获批', () => {
    expect(qual('开通县城至高铁站城际公交线路')).toEqual([['milestone', '开通县城至高铁站城际公交线路']]);
    expect(qual('创成国家卫生城市')).toEqual([['milestone', '创成国家卫生城市']]);
    expect(qual('争取获批省级经济开发区')).toEqual([['milestone', '获批省级经济开发区']]);
  });

  it('reads the longest verb: 建成运营 is not 建成 + 运营…', () => {
    expect(qual('建成运营县级物流分拨中心')).toEqual([['milestone', '建成运营县级物流分拨中心']]);
  });

  it('reads the deliverable before its verb, dates left out of the name', () => {
    expect(qual('推动沿江高速二期开工')).toEqual([['milestone', '沿江高速二期开工']]);
    expect(qual('全力推进城北水厂启动建设')).toEqual([['milestone', '城北水厂启动建设']]);
    expect(qual('确保实验中学新校区今年秋季开学')).toEqual([['milestone', '实验中学新校区开学']]);
    expect(qual('确保城区污水处理厂二期年底前建成投用')).toEqual([['milestone', '城区污水处理厂二期建成投用']]);
    // A task cell that names the projects without a guarantee word.
    expect(qual('化工新材料项目、电子信息产业园等产业项目建成投产')).toEqual([
      ['milestone', '化工新材料项目、电子信息产业园等产业项目建成投产'],
    ]);
  });

  it('reads a named task to complete and a one-off clearance', () => {
    expect(qual('全面完成中央环保督察反馈问题整改年度任务')).toEqual([['milestone', '完成中央环保督察反馈问题整改年度任务']]);
    expect(qual('完成年度化债任务')).toEqual([['milestone', '完成年度化债任务']]);
    expect(qual('2025年闲置土地处置实现“清零”')).toEqual([['milestone', '闲置土地处置实现清零']]);
  });

  it('reads an item after its list number', () => {
    const r = extractTargets('3.完成县人民医院门诊楼改造，建成运营乡镇综合文化站。');
    expect(r.qualitative.map((q) => q.quote)).toEqual(['完成县人民医院门诊楼改造', '建成运营乡镇综合文化站']);
  });

  it('reads a named project listed beside a count as a milestone of its own', () => {
    const r = extractTargets('确保3所乡镇中心小学、县职业中专实训楼项目建成并投入使用');
    expect(r.indicators).toEqual([expect.objectContaining({ target: 3, unit: '所' })]);
    expect(r.qualitative).toEqual([expect.objectContaining({ type: 'milestone', name: '县职业中专实训楼项目建成并投入使用' })]);
  });

  it('leaves generic efforts out', () => {
    for (const effort of [
      '加快推进城乡供水一体化建设', '提升园区承载能力', '加强基层医疗卫生服务体系建设', '创建全国文明城市',
      '争创国家级经济技术开发区', '打造区域性物流中心', '筹建职业技术学院', '办好第三届龙舟文化节', '推动重大项目落地',
      '打通城区断头路', '建设智慧城市', '促进化工项目建成投产', '推进污水处理厂建成投用', '确保各项任务圆满完成',
      '确保按照时间节点开工竣工', '全流程服务重点项目开工建设', '开工建设一批重点项目', '确保2025年底前通车',
      '完成“十四五”规划任务', '启动实施乡村振兴示范创建',
    ]) {
      expect([effort, qual(effort)]).toEqual([effort, []]);
    }
  });
});
