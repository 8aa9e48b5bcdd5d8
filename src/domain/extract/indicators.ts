import type { Cmp, IndicatorKind } from '../model';
import type { Clause } from './clauses';
import type { Figure } from './figures';
import type { Measure } from './types';
import { classifyKind, DECREASE, TO_LEVEL } from './growth';
import { dropExamples, expandList, isAttribute, leadingVerb, splitList, startsWithVerb, trimLeading, trimTrailing } from './names';
import { qualifierBefore } from './qualifiers';
import { isCountUnit, isPlaceUnit, isRateUnit } from './units';

/** An indicator in clean-text coordinates, before quotes are mapped back to the input. */
export interface RawIndicator extends Measure {
  quoteStart: number;
  quoteEnd: number;
  uncertain?: string;
}

/** What a clause carries to the next one of its sentence: the verb of a list ("新建公租房83套，
 *  保障性租赁住房100套"), a subject before 新X ("项目新签约80个、新开工70个"), and the last name
 *  (a bare "增长10%以上" after "地区生产总值突破3600亿元、"). */
export interface Carry {
  verb: string | null;
  subject?: string | null;
  name?: string | null;
  /** The kind of the last target named, for a bare stretch goal after it ("增长7%左右，力争8%"). */
  kind?: IndicatorKind | null;
  /** The sentence counts what already exists ("全区共有…"): its other bare counts are not targets. */
  existing?: boolean;
  /** The last clause without a figure, for a dimension that follows it ("新建滨江大道，全长约6.2公里"). */
  before?: { text: string; start: number; end: number } | null;
}

/** The thing a clause without a figure names ("新建滨江大道" → 滨江大道), without a remark in
 *  brackets ("铺设将军大道(龙山电厂-状元街段)供热主管网"). */
function nounOf(clause: string): string | null {
  const s = trimLeading(clause.replace(/^[、，,；;\s]+/, '').replace(/[（(][^（()）]*[）)]/g, ''));
  const verb = leadingVerb(s);
  const noun = verb ? s.slice(verb.length) : s;
  return noun.length >= 2 && noun.length <= 16 ? noun : null;
}

/** A name without the verbs it starts with ("新开工建设保障性住房" → 保障性住房). */
function withoutVerbs(name: string): string {
  let s = name;
  for (let verb = leadingVerb(s); verb !== null && s.length > verb.length; verb = leadingVerb(s)) s = s.slice(verb.length);
  return s;
}

const LIST_SEP = /^([、，,；;]|以及|和|及|与|并|[（(][0-9一二三四五六七八九十]{1,2}[)）]|[0-9]{1,2}[.．、](?!\d)|[一二三四五六七八九十]{1,2}、)+/;
/** Between a qualifying figure and the figure it qualifies there is only a noun: 50亿元以上项目1个.
 *  Not 等, which ends a list ("增加小学学位1000个以上等10件民生实事"). Not a bracket:
 *  "再就业1.2万人以上(其中…再就业0.25万人以上)" is a target and a part of it. */
const QUALIFIER_GAP = /^(?!等)[^、，,；;和及与并(（)）]{1,14}$/;
/** Words before a figure that make it the size of something named after it (总投资356.8亿元的…). */
const DESCRIPTIVE = /(总投资|投资额|计划投资|年产|年产能|产能|规模|占地|占地面积|总面积|面积|总长|全长|长度|装机容量|装机|容量|库容|总计)$/;
/** What a run of counts describes: a noun phrase after them, with or without 的. */
const RUN_THING = /^的?([\u4e00-\u9fa5“”"]{2,24}?)(?=$|[，,；;。、])/;

/**
 * A run of two or more counts with nothing between them but a place's rest ("6乡镇7村596户3523人")
 * and the noun phrase they all describe after the last, or null. Not a 类 count (6类22件: the kinds
 * of a list), a range, a qualified figure or an amount of money.
 */
function countRun(text: string, figures: Figure[], k: number, clause: Clause): { last: number; thing: string; end: number } | null {
  let last = k;
  while (last + 1 < figures.length && figures[last].cmpAfter === null && figures[last].max === null) {
    const gap = text.slice(figures[last].end, figures[last + 1].start);
    if (!/^(?:镇|乡镇|街道|社区)?$/.test(gap)) break;
    last++;
  }
  if (last === k) return null;
  // A qualified figure names a class ("230个50户以上…村寨"); money before a thing is its size.
  for (let r = k; r <= last; r++) {
    const g = figures[r];
    if (g.unit === '类' || g.chinese || g.cmpAfter !== null || g.max !== null || /元$/.test(g.unit)) return null;
  }
  const tail = RUN_THING.exec(text.slice(figures[last].end, clause.end));
  if (!tail || startsWithVerb(tail[1])) return null;
  return { last, thing: tail[1], end: figures[last].end + tail[0].length };
}

/** Items of a list of projects that each open with their money: "投资500万元，建设…". */
const OPENING_INVESTMENT = /投资\d[\d.]*[万亿]?元[，,]/g;
/** Whether the full sentence of a clause lists two or more projects by the money they open with
 *  (looked at within a bounded stretch: a sentence may be a whole 5 MB line). Sentences of one
 *  investment each are programmes a plan funds (labels README). */
function projectInvestments(text: string, clause: Clause): boolean {
  const span = text.slice(Math.max(clause.periodStart, clause.start - 1500), Math.min(clause.periodEnd, clause.end + 1500));
  return (span.match(OPENING_INVESTMENT)?.length ?? 0) >= 2;
}

/** Words before a figure that describe a project or facility whatever follows (labels README, fifth
 *  held-out set): its total investment, the land it takes, its width, what it treats or supplies a
 *  day ("计划总投资250亿元，年度计划投资86亿元", "占地2700亩", "宽50米"). Its length to build is a
 *  target and is not among them. */
const ALWAYS_DESCRIPTIVE = /(总投资|概算投资|占地|占地面积|总建筑面积|建筑面积|建设面积|宽|宽度|日供水|日处理|日(?:最大)?处理量|日处理能力|区域面积|国土面积|辖区面积|总人口|南北长|东西宽)(?:共计|合计|为|约为|约|超|超过|达|近)?$/;
/** The words of a division of tasks among units and leaders. */
const DIVISION_WORDS = /(分解|分工|细化|细分|牵头|协同|涉及)/;
/** 辖 and the places counted after it so far ("辖19个乡镇,609个行政村"): a county's profile. */
const ADMINISTERS = /(?<![管直])辖(?:\d+个[\u4e00-\u9fa5]{1,6}[，,、和])*$/;
/** Places as the thing counted: townships, streets, villages, communities, counties. */
const PLACES = /^(?:乡镇|街道|行政村|村|社区|县|区|镇|乡|县区|县市区)(?![\u4e00-\u9fa5]{0,6}(居民|群众|农户|家庭|人口|学生))/;
/** A name that is only a time ("到2030年突破500亿元" after 地区生产总值…): the target is the one before. */
const TIME_ONLY = /^(?:到|至|截至)?\d{4}年(?:底|末)?(?:前)?$/;
/** A name that is only a verb of doing, with its time ("年度实施10所以上"). */
const BARE_VERB = /^(?:年度|全年|每年|今年|年内)?(?:实施|完成|建设|新建|改造|建成|开工|改扩建|新改建)$/;
/** A name that is only a dimension ("全长约6.2公里"): the thing measured is named before it. */
const DIMENSION = /^(全长|总长|总长度|长度|全程|总面积|面积|占地面积|占地|建筑面积|总建筑面积|规模|总投资|投资)$/;
/** A count after these verbs counts the things worked on, not things to deliver (推进3条道路建设). */
/** The manner an effort verb is written with: 全力推进, 加快推动, 纵深推进. */
const EFFORT_MANNER = '(?:全力|大力|加快|积极|着力|持续|深入|扎实|纵深|全面|重点)*';
const EFFORT = new RegExp(`^${EFFORT_MANNER}(?:推进|推动|加快|申报|实行|用好|围绕|依托|聚焦|谋划|储备|利用|发挥|对接|统筹|严控)`);
/** An effort verb right before a count, with at most the scope it covers ("全力推进全省"). */
const EFFORT_THEN_COUNT = new RegExp(`^${EFFORT_MANNER}(?:推进|推动)(?:全[省市县区镇乡])?$`);
/** Verbs after which a count in Chinese numerals is a target (办好六件实事, 新增一个…, 完成…两处…). */
const CHINESE_COUNT_VERB = /(新增|新建|建成|建设|完成|培育|引进|改造|改扩建|扩建|改建|修建|兴建|开通|开设|增设|新设|配备|办好|办实|创建|新开工|投产|建立|实施|至少有)/;
/** Words before a count of people served when no measure word follows the magnitude: 为200万中小学生. */
const BENEFICIARY = /(为|对|向|惠及|覆盖|服务|帮扶|救助|资助|培训|帮助)$/;
/** The people a magnitude without a measure word counts ("对农村55万特困群众实行低保", "解决200万
 *  农村人口饮水困难"): the noun names them, and what the sentence does for them names the target.
 *  Not a place's population (13.3万常住人口, 户籍人口): that is a fact about the place. */
const PEOPLE_AFTER = /^(?!常住|户籍|总人口|现有)[^，,。；;、\d]{0,6}?(人口|群众|对象|居民|农民|学生|儿童|职工|劳动力|家庭|患者|老人|妇女|残疾人|人员|群体)/;
/** Where the people served are: "为全州7万名…", "为全区500名…". */
const SCOPE = /(全国|全省|全市|全州|全区|全县|全旗|全镇|辖区)$/;
/** The verb of what is done for the people or things counted ("为200万中小学生开展心理健康测评",
 *  "选择100条城市主干道和支路开展…改造试点"): the name is what is counted and what is done. */
const SERVICE_VERB = /^(免费|开展|进行|实施|提供|做|实现)+/;
/** The end of a noun that is measured (a rate, an amount): "A和B" with both such nouns is two subjects,
 *  "研发和试验发展经费" one. */
const MEASURED = /(率|额|值|量|收入|总额|总值|指数|比重|占比|面积|产量|人数|数量|增速|增幅|涨幅|浓度|强度|财力)$/;
/** 与 + partners + the verb of a partnership. */
const PAIRING = /与[^，,；;。]{1,40}?(结对|共建|合作|对接|帮扶|挂钩)/;
/** Ages and age ranges describe who is served, they are not part of the name. */
const AGE = /\d+([-—–~至]\d+)?岁(及以上|以上|以下)?/g;
/** Words that only link a name to its figure ("稳定在", "设定在", "锚定"). */
const LINKS = '保持在|稳定在|维持在|保持|稳定|达到|达|为|设定在|设置在|设定为|确定为|定为|锚定在|锚定';
const NEUTRAL = new RegExp(`(${LINKS})$`);
const PER_HEAD_WORDS = '每人每月|每人每年|每户每月|每月每人|每人|每月|每年|每户';
const PER_HEAD = new RegExp(`(${PER_HEAD_WORDS})$`);
const NEUTRAL_ONLY = new RegExp(`^(${LINKS})$`);
/** A goal announced in the clause before its figure: "今年广东GDP增长目标：8%". */
const GOAL_ANNOUNCED = /^([\u4e00-\u9fa5A-Za-z]{2,20}?)(增长|增速)?(?:预期)?目标(?:是|为)?$/;
/** The tone of a stretch goal and nothing else. */
const TONE_ONLY = /^(力争|争取|努力|确保)(达到|实现)?$/;
/** The name of a stretch goal beside the plan's figure ("计划增长8%、工作目标8.5%"). */
const STRETCH_GOAL = /^(工作|奋斗|力争|争取)目标(为|是)?$/;
/**
 * The count of a list of 民生实事 (办好15件重点民生实事, 40项民生实事项目, 十个方面30项为民实事,
 * 10件民生实事48个子项目) or of a speech's parts (重点做好10个方面工作) names the list: its items are
 * the targets (labels README, "Lists of 民生实事").
 */
const LIST_COUNT = /((民生实事|为民实事|实事|民生工程|民心工程|大事|子项目)(项目)?|方面|大类|大项)(包括|具体|如下|分别|的工作|工作|完成|全部)?[:：]?$/;
/** What a list's count counts, whatever follows ("这12件实事包括安居工程…"), and the verb of doing a
 *  list's items ("今年要办12件"). */
/** The names a list of livelihood projects goes by. */
const LIST_NAMES = '民生实事|为民实事|惠民实事|实事|民生工程|民心工程';
const LIST_NOUN = new RegExp(`^(?:作为|列为|确定为)?(?:20\\d\\d年度?)?(?:[省市县区]级|[省市县区]政府)?(重点)?(${LIST_NAMES}|好事|民生项目|折子工程|子项(?!目)|小项)`);
const LIST_VERB_BEFORE = /(办|办好|办实|再办|兴办)$/;
/** What happens to the subject of a list's items ("项目新签约80个、新开工70个", "亿元以上项目签约120个、
 *  落地70个"): the later items name only the verb and share the subject. */
const ITEM_VERB = '新[\\u4e00-\\u9fa5]{1,3}|签约|落地|开工|投产|竣工|开复工|开复工建设|入库|纳统|到位|履约|达产';
const SUBJECT_VERB = new RegExp(`^(?:${ITEM_VERB})$`);
const SUBJECT_THEN_VERB = new RegExp(`^(.{1,8}?)(${ITEM_VERB})$`);
/** A description of a list, then its name, with no figure or full stop between. */
const DESCRIBED_LIST = new RegExp(`^[^\\d。；;]{2,50}?的[^。；;，,]{0,20}?(${LIST_NAMES})`);
/** Words after a count that are adverbs of the sentence, not the noun counted ("其中7件都涉及农村"). */
const ADVERB_AFTER = /^(都|均|也|全部|全都|已)(?!类)/;
/** The predicate of a measured subject: a count before that subject ("11个重点城市空气质量二级以上天数
 *  增加5%") only says which places the figure after it is about. */
const SUBJECT_PREDICATE = /(增加|增长|提高|提升|下降|降低|减少|稳定在|保持在|控制在|达到|不低于|不少于|不超过|超过|设定在|设置在|锚定)$/;
/** Named things under 续建, work that goes on, summed up after 等 ("续建地铁8号线二期、…等9个项目"): the
 *  count says how many are named, no deliverable. After 建设 such a count is a target: three labellers
 *  (heldout3, 5, 7: "建设帕古水库、堆曲灌区工程等水利项目30个") against two (heldout10, 11), labels README. */
const EFFORT_LIST = /^(?:加快)?续建[^，,；;。]{2,}等[\u4e00-\u9fa5]{0,8}$/;
/** Named things summed under an effort before the count ("开展A、B等38个重点项目的前期工作"), or with the
 *  effort after it ("确保A、B等5个续建项目加快建设"). 建设 before them is read both ways by the labellers
 *  ("建设凤凰双语等6所新学校" no target, "建设香积变等4座110千伏变电站" one): it is left a target. */
const EFFORT_BEFORE_NAMED = new RegExp(`^${EFFORT_MANNER}(?:开展|打造|加快|推动|推进|落实)[^，,；;。]{2,}等[\\u4e00-\\u9fa5]{0,8}$`);
const NAMED_BEFORE_COUNT = /^(?:确保|保障|推动|推进|力争)?[^，,；;。]{2,}等[\u4e00-\u9fa5]{0,8}$/;
const EFFORT_AFTER_COUNT = /^[\u4e00-\u9fa5]{0,8}?(?:加快建设|加速推进|加快推进|有序推进|稳步推进|加快实施|加速建设)/;
/** A completion the count is brought to ("推动…等30个项目竣工"): then it is a target. */
const COMPLETION_AFTER_COUNT = /^[\u4e00-\u9fa5]{0,10}?(?:竣工|完工|建成|投用|投产|开工|通车|投入使用)/;
const MAX_NAMED_LIST = 300;
/** A counted noun stops before the verb of what is done with the thing: 选聘100名“产业导师”助推乡村振兴. */
const SUFFIX_VERB = /(开展|赴|到|助推|实施|进行|用于|推动|促进|覆盖|惠及|提供|参与|入驻|落户|实现|完成|达到|投入|帮助|免费)/;

function stripNeutral(s: string): string {
  let out = s;
  while (NEUTRAL.test(out) && out.replace(NEUTRAL, '').length > 0) out = out.replace(NEUTRAL, '');
  return out;
}

interface Named {
  name: string;
  kind: IndicatorKind;
  cmpBefore: Cmp | null;
  /** A fall written as a positive number (下降3%, 负增长2%): the target is signed. */
  decline?: boolean;
  /** An amount paid each month or each year to each person ("提高到每人每月609元", "小学生每年1000元"): its
   *  unit is 元/月 or 元/年, as "700元/月" writes it. */
  per?: '月' | '年';
}

const FLIP: Record<Cmp, Cmp> = { '>=': '<=', '<=': '>=', '~': '~', '=': '=' };

/** Figure, upper bound and comparison as the engine judges them. A decline is a negative growth:
 *  下降3% → −3; 下降5%以上 (a fall of at least 5) → −5, "<="; 下降1-2% → −2 to −1. */
function measureOf(f: Figure, named: Named, cmp: Cmp): Pick<Measure, 'target' | 'max' | 'cmp'> {
  if (!named.decline || f.value < 0) return { target: f.value, max: f.max, cmp };
  if (f.max !== null) return { target: -Math.abs(f.max), max: -Math.abs(f.value), cmp };
  return { target: -Math.abs(f.value), max: null, cmp: FLIP[cmp] };
}

/** A tone or an estimate between what is measured and its verb ("力争增长", "约需下降"). */
const TONE_BEFORE_VERB = /(?:约需|约为|大约|(?<![签制预节公条契合邀])约|力争|争取|确保|努力|预计|力求)$/;

/** A floor before a short verb: "至少启动", "最少培育". */
const FLOOR_BEFORE_VERB = /(?:至少|最少)([\u4e00-\u9fa5]{1,4})$/;
/** The words before a count without a floor standing before its verb ("每个街镇至少启动" → "每个街镇启动"),
 *  or null when they have none. */
function withoutFloor(words: string): string | null {
  const floor = FLOOR_BEFORE_VERB.exec(words);
  return floor && startsWithVerb(floor[1]) ? words.slice(0, floor.index) + floor[1] : null;
}

/** Name, kind and leading comparator from the words before a figure. */
function nameFromPrefix(prefix: string, unit: string): Named {
  // "提高到每人每月800元": the period and head say how the amount is paid, not what is measured.
  // "经济总量向7万亿元冲刺": 向 points at the figure, it is no part of the name.
  const words = trimTrailing(prefix);
  const per = /每月$|每月每人$/.test(words) ? '月' : /(?:人|生|户)每年$|每年每人$/.test(words) ? '年' : null;
  let p = words.replace(PER_HEAD, '').replace(/(?<![方导指走倾意动转面去])向$/, '');
  const q = qualifierBefore(p);
  let cmpBefore: Cmp | null = null;
  if (q) {
    cmpBefore = q.cmp;
    p = p.slice(0, p.length - q.length);
  } else {
    // "每个街镇至少启动1个试点小区": the floor stands before the verb of the count.
    const floorless = withoutFloor(p);
    if (floorless !== null) {
      cmpBefore = '>=';
      p = floorless;
    }
  }
  const toLevel = TO_LEVEL.test(p);
  const classified = classifyKind(toLevel ? p : stripNeutral(trimTrailing(p)), unit);
  let base = trimTrailing(stripNeutral(classified.name));
  // A tone or an estimate between what is measured and its verb ("进出口总额力争增长10%", "万元GDP能耗
  // 约需下降3%"): not part of the name; an estimate means about.
  const tone = TONE_BEFORE_VERB.exec(base);
  if (tone && tone.index > 0) {
    base = trimTrailing(base.slice(0, tone.index));
    if (tone[0].includes('约') && cmpBefore === null) cmpBefore = '~';
  }
  const name = trimLeading(base);
  const named: Named = { name, kind: classified.kind, cmpBefore };
  if (classified.decline) named.decline = true;
  if (per !== null) named.per = per;
  return named;
}

function uncertainName(name: string): string | undefined {
  if (name.length === 0) return '未能确定指标名称，请核对';
  if (name.length > 24) return '指标名称较长，可能包含多余文字，请核对';
  return undefined;
}

/** A change written after its rate, the whole of what follows it in the clause ("10%以上增长", "3%的下降"). */
const CHANGE_AFTER = /^(增长|正增长|负增长|下降|降低|减少)$/;

/** The start of a change, right before its figure: 由/从, then how the amount is paid, or the figure
 *  before in a list of starting figures ("574元、"). */
const FROM_BASE = new RegExp(`(?:(?:由|从)(?:人均|${PER_HEAD_WORDS})?|(?:由|从)[^，,；;。]{1,16}、)$`);
/** What follows a starting figure in its clause: the change to the new one. */
const CHANGE_VERB = '提高|提升|增加|调整|降低|下降|减少|压缩|扩大';
const CHANGE_TO = new RegExp(`^[^，,；;。]{0,24}?(?:${CHANGE_VERB})(?:到|至|为)`);
/** The starting figures within a name's words: "A从每人每月574元、271元分别提高到" names A. */
const FROM_SPAN = new RegExp(`(?:由|从)[^，,；;。]{0,40}?\\d[^，,；;。]{0,40}?(?=(?:分别|均)?(?:${CHANGE_VERB})(?:到|至|为))`);
/** The verb of the change that opens the clause before ("提高村两委副职干部待遇，由…"): no part of the name. */
const LEADING_CHANGE = new RegExp(`^(?:${CHANGE_VERB})`);

/** A noun, then the verb of the next item that counts with the next figure. */
const NEXT_ITEM_VERB = /^([\u4e00-\u9fa5]{2,12}?)(?:新建|新增|改造|建设|建成|实施|完成|提升|打通|改扩建|新改建|开工|治理|培训|安装)$/;

/** The work money is put into, named after the amount ("9亿改造农村公路", "200亿元用于交通建设"). */
const FUNDED_WORK = /^(?:用于)?((?:改造|建设|新建|实施|维修|修建|改扩建|提升|整治)[\u4e00-\u9fa5]{2,12}|[\u4e00-\u9fa5]{2,8}建设)(?=$|[，,。；;\s])/;

/** Names are short: the words more than this far before a figure never belong to its name, and
 *  reading no further keeps a clause of any length linear. */
const PREFIX_WINDOW = 60;
const AFTER_WINDOW = 80;

/** 城乡居民… with two figures (or 均) is 城镇居民… and 农村居民…. */
function expandTownCountry(subjects: string[], count: number): string[] {
  if (subjects.length !== 1 || count < 2 || !subjects[0].startsWith('城乡')) return subjects;
  const rest = subjects[0].slice(2);
  return [`城镇${rest}`, `农村${rest}`];
}

/** A subject followed by 均 and a verb or comparator ("城乡居民人均可支配收入均增长7%左右", "A和B均
 *  不低于90元"): not the 均 of 人均 or 平均. */
const EACH = /(?<![人平年])均(?=(增长|达到|达|不低于|不少于|不超过|控制在|保持|稳定|提高|提升|下降|降低|为|在|超过|突破|完成))/;

interface Group {
  subjects: string[];
  predicate: string;
  members: Figure[];
  start: number;
  /** Split by 均 (or measured subjects joined before one figure), not by 分别. */
  each: boolean;
}

function push(out: RawIndicator[], f: Figure, named: Named, cmp: Cmp, quoteStart: number, quoteEnd: number, name: string, kind: IndicatorKind, uncertain?: string): void {
  const unit = named.per && /元$/.test(f.unit) ? `${f.unit}/${named.per}` : f.unit;
  out.push({ quoteStart, quoteEnd, name, kind, unit, ...measureOf(f, named, cmp), uncertain });
}

/** The targets of a list of subjects and figures ("A、B分别增长8%、10%", "A和B均…"). */
function flushGroup(g: Group, out: RawIndicator[]): void {
  const subjects = expandTownCountry(g.subjects, g.each ? 2 : g.members.length);
  const names = expandList(subjects.map((s) => trimLeading(s)));
  const last = g.members[g.members.length - 1];
  // A qualifier after the last figure applies to each one ("分别增长5.5%、6%以上").
  const shared = last.cmpAfter;
  if (g.members.length === 1 && names.length > 1 && (g.each || subjects.length > 1)) {
    // One figure for several subjects ("A、B、C分别增长5%左右"): one target each.
    const f = g.members[0];
    for (const n of names) {
      const named = nameFromPrefix(n + g.predicate, f.unit);
      push(out, f, named, f.cmpAfter ?? named.cmpBefore ?? '=', g.start, f.end, named.name, named.kind, uncertainName(named.name));
    }
    return;
  }
  const matched = names.length === g.members.length;
  let previous: Cmp = '=';
  g.members.forEach((f, k) => {
    const subject = matched ? names[k] : g.subjects.join('、');
    const named = nameFromPrefix(subject + g.predicate, f.unit);
    const cmp = f.cmpAfter ?? named.cmpBefore ?? shared ?? (k > 0 ? previous : '=');
    previous = cmp;
    push(out, f, named, cmp, g.start, last.end, named.name, named.kind, matched ? uncertainName(named.name) : '分别列出的名称与数值个数不一致，请核对名称');
  });
}

/** A description of two to eight characters ending in 的, before a noun of three or more; not whose
 *  the thing is ("6万户困难居民的住房": the people are part of the name). */
const DESCRIBED = /^(?![\u4e00-\u9fa5]{0,6}(居民|群众|农民|人口|家庭|学生|儿童|老人|职工|企业|人员|对象)的)[\u4e00-\u9fa5]{2,8}的(?=[\u4e00-\u9fa5“]{3})/;

/** What follows a count of the tasks of a plan: 项具体工作任务, 项工作任务中. */
const TASK_LIST = /^(?:具体|重点)?(?:工作)?任务/;

/** Projects or firms of a size class, after the size ("5亿元以上重大项目"). */
const CLASS_NOUN = /^\s*(?:的)?[\u4e00-\u9fa5]{0,4}?(?:项目|企业)/;

/** Units of a size (length, area, weight, money, power): what a count of projects adds up to. */
const SIZE_UNIT = /^(?:万|亿)?(?:公里|千米|米|平方米|平方公里|亩|吨|元|千瓦|兆瓦|立方米)$/;

/** A list of names longer than this is left out of the target's name. */
const LONG_LIST = 14;

/** Verbs that take a list of named things summed up by a count after it. */
const LIST_VERB = /(?:确保|力争)?(?:新建|建成|建设|续建|完成|开工|实施|改造|新增|打造|引进|启动|举办|开展)/g;

/** The verb before a long list of named things ("…确保建成集安至通化、辽源至东辽、…榆树至松原" →
 *  确保建成), or null when the words before the count are not such a list ("新建、改扩建": verbs
 *  only) or a short one that names the target well ("完成蓝田县、周至县两处…"). */
function namedListVerb(lead: string): string | null {
  const comma = lead.indexOf('、');
  if (comma < 0) return null;
  const first = lead.slice(0, comma);
  let verb: RegExpExecArray | null = null;
  for (let m = LIST_VERB.exec(first); m !== null; m = LIST_VERB.exec(first)) verb = m;
  LIST_VERB.lastIndex = 0;
  if (verb === null || first.length - (verb.index + verb[0].length) < 2) return null;
  if (lead.length - (verb.index + verb[0].length) <= LONG_LIST) return null;
  return verb[0];
}

/** The targets of one clause. `figures` are the clause's figures, in order. */
export function indicatorsOfClause(text: string, clause: Clause, figures: Figure[], carry: Carry): RawIndicator[] {
  const out: RawIndicator[] = [];
  let segStart = clause.start;
  let group: Group | null = null;
  // Once per clause, not per figure: a clause may be a whole 5 MB line.
  const clauseText = text.slice(clause.start, clause.end);
  const pairing = clauseText.includes('与') ? PAIRING.exec(clauseText) : null;

  for (let k = 0; k < figures.length; k++) {
    const f = figures[k];
    const next = k + 1 < figures.length ? figures[k + 1] : null;
    const rawPrefix = text.slice(Math.max(segStart, f.start - PREFIX_WINDOW), f.start);
    let prefixStart = f.start - rawPrefix.length + (rawPrefix.length - rawPrefix.replace(LIST_SEP, '').length);
    let prefix = text.slice(prefixStart, f.start);
    // A figure a change starts from ("由人均800元/月提升至1560元/月", "从每人每月574元、271元分别提高到每人
    // 每月609元、300元") is no target; the figure it goes to is, named by what comes before 由/从.
    if (FROM_BASE.test(prefix) && CHANGE_TO.test(text.slice(f.end, Math.min(clause.end, f.end + AFTER_WINDOW)))) continue;
    const fromChange = FROM_SPAN.test(prefix);
    if (fromChange) prefix = prefix.replace(FROM_SPAN, '');
    // An effort listed before the item ("推进公交线路优化调整、完成20公里乡村公路大修"): the item's own verb
    // after 、 starts its words.
    const item = prefix.lastIndexOf('、');
    if (item >= 0 && EFFORT.test(trimLeading(prefix)) && startsWithVerb(prefix.slice(item + 1)) && !EFFORT.test(prefix.slice(item + 1))) {
      prefixStart += item + 1;
      prefix = prefix.slice(item + 1);
    }

    // Members of a 分别 list: "分别增长8%、10%", "分别增长7%左右和7.5%左右" — the second figure has
    // nothing before it but 、 or 和.
    if (group && /^([、，,]|和|及|与)?$/.test(rawPrefix)) {
      group.members.push(f);
      segStart = f.end;
      continue;
    }
    if (group) flushGroup(group, out);
    group = null;

    // Counts in a row before what they all describe ("实施6乡镇7村596户3523人的易地扶贫搬迁工程",
    // "建设23条65公里农村通畅工程"): each is a target named by that thing, except the places where it
    // is done (labels README, fifth held-out set).
    const run = countRun(text, figures, k, clause);
    if (run !== null) {
      for (let r = k; r <= run.last; r++) {
        const g = figures[r];
        if (isPlaceUnit(g.unit) || /^(乡镇|街道|社区)/.test(text.slice(g.end, g.end + 2))) continue;
        const named = nameFromPrefix(run.thing, g.unit);
        push(out, g, named, g.cmpAfter ?? qualifierBefore(r === k ? prefix : '')?.cmp ?? '=', r === k ? prefixStart : g.start, r === run.last ? run.end : g.end, run.thing, 'level', uncertainName(run.thing));
      }
      carry.name = run.thing;
      segStart = run.end;
      k = run.last;
      continue;
    }

    // A figure that qualifies the next one: 引进50亿元以上项目1个, 产值过50亿元企业1家. Two counts in
    // a row are two targets ("新建口袋公园12处建成社区食堂8处"): the gap then starts with a verb. A
    // plain count of things and then their size are two targets too ("建设11个项目1320公里").
    const gap = next ? text.slice(f.end, next.start) : '';
    const countThenSize = next !== null && isCountUnit(f.unit) && SIZE_UNIT.test(next.unit) && f.cmpAfter === null && qualifierBefore(prefix) === null;
    // "确保11个重点城市空气质量二级以上天数稳定在300天以上": the count says where the next figure is
    // measured; the next figure is the target, named from after the count.
    if (next && isCountUnit(f.unit) && f.cmpAfter === null && !f.chinese && /^[\u4e00-\u9fa5A-Z]{4,40}$/.test(gap) && SUBJECT_PREDICATE.test(gap.replace(/[以之]?[上下内]$/, '')) && !startsWithVerb(gap) && !/[、和及与]/.test(gap)) {
      segStart = f.end;
      continue;
    }
    // "在17个乡镇硬化道路10万平方米", "在39个村改造线路16公里": a count after 在 says where the next
    // figure is done.
    // So does one before a comma when the next clause does something with a figure ("在46个小区，建成38个
    // 厢房").
    const whereNext = !next && /^[，,]$/.test(text.slice(clause.end, clause.end + 1)) && startsWithVerb(text.slice(clause.end + 1, clause.end + 9)) && /\d/.test(text.slice(clause.end + 1, clause.end + 17));
    if ((next || whereNext) && isCountUnit(f.unit) && f.cmpAfter === null && /(?:^|[^存现实所内])在$/.test(prefix)) {
      if (!next) {
        segStart = f.end;
        continue;
      }
      // The next target's name starts at the verb, after the places ("乡镇" of 在17个乡镇).
      // Places are a few words: looking no further keeps a long gap linear.
      const places = Math.min(gap.length, 12);
      let v = 0;
      while (v < places && !startsWithVerb(gap.slice(v, v + 8))) v++;
      segStart = v < places ? f.end + v : f.end;
      continue;
    }
    // Two plain counts of different things in a row ("完成5个小区119户改造任务") are two targets: the
    // first qualifies nothing.
    const plainCounts = next !== null && isCountUnit(f.unit) && isCountUnit(next.unit) && f.unit !== next.unit && f.cmpAfter === null && next.cmpAfter === null && qualifierBefore(prefix) === null && !f.chinese;
    // People a service is given to, then what is given them ("为6万余名中小学生开展1次心理健康测评"):
    // the gap ends with the verb of the service, so the first figure qualifies nothing.
    const servedThenDone = /[为向给]\s*$/.test(prefix) && /(开展|提供|实施|进行|发放|培训|免费)$/.test(gap);
    if (next && !next.chinese && !countThenSize && !plainCounts && !servedThenDone && QUALIFIER_GAP.test(gap) && !/^的/.test(gap) && !startsWithVerb(gap)) {
      continue; // the next figure's prefix starts where this one's did
    }
    // The size of something named after it: 总投资356.8亿元的乙烯项目, 年产30万吨…装置.
    // What follows the figure up to the next one; names are short, so no further than AFTER_WINDOW.
    // A next figure in Chinese numerals run into a word ("190个小区的二次供水…改造") is part of the name.
    const nextIsWord = next !== null && next.chinese && next.unit !== '' && /^[\u4e00-\u9fa5]/.test(text[next.end] ?? '');
    let after = text.slice(f.end, Math.min(next && !nextIsWord ? next.start : clause.end, f.end + AFTER_WINDOW));
    // "25%以上的面积" is a share to reach, not a size; "改造25处的老旧小区" counts what is done.
    // "4万人的饮水问题" counts people as "25处的" counts places.
    const sizeOf = /^的/.test(after) && !isRateUnit(f.unit) && !isCountUnit(f.unit.replace(/^(?:万亿|千万|百万|万|亿)/, ''));
    // An amount with 以上 before projects or firms names their class ("新引进 5 亿元以上重大项目"):
    // what is counted is the projects, and no count follows here.
    // So does a count with 以上 right before the things it sorts ("全省20户以上具备条件的自然村通硬化路"):
    // it says which things, and no count follows.
    const classOf = f.cmpAfter === '>=' && f.unit !== '%' && (isCountUnit(f.unit) ? next === null && /^[\u4e00-\u9fa5]{2,}的/.test(after) && !startsWithVerb(after) : CLASS_NOUN.test(after));
    // The money a thing is done with, when the thing done has its own figure ("投资5300万元建成公租房
    // 510套"): the target is what is delivered (labels README, fifth held-out set).
    // So is the money each item of a list of projects opens with ("投资9530万元，实施…易地扶贫搬迁工程；
    // 投资4000万元，实施…；投资500万元，建设新城大桥"; the item may open with whom or what it is for:
    // "投资2638万元，为400户困难家庭…", "投资21534万元，对84个老旧小区…"); a single "投资28亿元，新建、改建农村公路300公里"
    // is the investment a plan sets (labels README).
    const investment = /(?<!完成|资产|总)投资$/.test(prefix);
    const meansOf =
      investment &&
      ((next !== null && !/[，,；;。]/.test(gap) && startsWithVerb(after)) ||
        (next === null && /^(?:建设|新建|实施|打造|建成|改造|扩建|改扩建)/.test(after)) ||
        (after === '' && /^[，,]/.test(text.slice(clause.end, clause.end + 1)) && (startsWithVerb(text.slice(clause.end + 1)) || /^[在为对]/.test(text.slice(clause.end + 1))) && projectInvestments(text, clause)));
    // A size class ("600万吨级的绿色焦化产业园", "10万吨级白酒基地") says what kind of thing, and a
    // bare count of none ("0人参与", "0条评论" of a page's comment box) is no target a clerk could
    // follow; a zero with its comparison is ("新增隐性债务控制在0亿元").
    const sizeClass = /^级/.test(after);
    const none = f.value === 0 && f.max === null && f.cmpAfter === null && qualifierBefore(prefix) === null;
    if (sizeClass || none || sizeOf || classOf || meansOf || ALWAYS_DESCRIPTIVE.test(prefix) || (DESCRIPTIVE.test(prefix) && /^[\u4e00-\u9fa5A-Za-z“]/.test(after) && !/^(?:任务|目标)/.test(after))) {
      segStart = f.end;
      continue;
    }
    // Partners of a pairing ("组织省级示范高中与14所县域高中、7所乡镇普通高中实施“二对一”结对共建") are
    // who takes part, not what is delivered.
    if (pairing && f.start > clause.start + pairing.index && f.end <= clause.start + pairing.index + pairing[0].length) {
      segStart = f.end;
      continue;
    }
    // The number of tasks a plan is divided into ("将全年的目标任务分解成50项具体工作任务", "50项工作任务
    // 中涉及我厅的…") counts a list, as "办好10件民生实事" does; it is not a target.
    // So do a decomposition's tasks it states or details ("《…任务分解》明确133项具体任务", "细化15项具体
    // 任务") and the units they fall to ("涉及34个牵头单位").
    const unitsInvolved = isCountUnit(f.unit) && /(涉及|覆盖|包括)$/.test(trimTrailing(prefix)) && /^(?:牵头|责任|配合|协办|成员)?(?:单位|部门)/.test(after);
    // Nor are those who take part in a meeting or a list's work ("500余名人大代表参加", "共38家单位参与").
    // So is a session's attendance ("本次会议应到代表738人，实到代表730人，因事因病请假8人").
    const takingPart =
      isCountUnit(f.unit) &&
      (/^[\u4e00-\u9fa5]{0,6}?(?:单位|部门|代表|委员|嘉宾|人员)(?:现场)?(?:参与|参加|出席|列席|与会|听取|投票|表决)/.test(after) || /(?:应到|实到|出席|列席|缺席|请假)(?:代表|委员|人员)?$/.test(trimTrailing(prefix)));
    // What a division hands out (细分出171项目标任务, 明确133项具体任务, "分工方案涉及198项任务", "将121项区政府重点
    // 工作进行分解") and the leaders over it ("每项重点工作至少1位市领导牵头") count the division; so do a speech's parts
    // and the tasks under them ("做好以下9个方面、28项具体工作").
    const divisionCount = (f.unit === '项' && ((TASK_LIST.test(after) && (/(分解[成为]|明确|细化|梳理|确定|列出)$/.test(prefix) || /^[^，,。；;]{0,8}中/.test(after))) || /(细分出|分解出|梳理出|细化出|细化为|分解为)$/.test(prefix)))
      || (/^[项件]$/.test(f.unit) && /^[\u4e00-\u9fa5]{0,8}?(?:任务|工作)/.test(after) && DIVISION_WORDS.test(text.slice(Math.max(clause.start, f.start - 12), Math.min(clause.end, f.end + 16))))
      || (/^(?:位|名)$/.test(f.unit) && /^[\u4e00-\u9fa5]{0,4}?(?:领导|负责人|负责同志)[\u4e00-\u9fa5]{0,2}?牵头/.test(after))
      || (/^[项件]$/.test(f.unit) && /方面[、和及与]\s*$/.test(prefix) && /^[\u4e00-\u9fa5]{0,4}?(?:工作|任务)/.test(after));
    if (unitsInvolved || takingPart || divisionCount) {
      segStart = f.end;
      continue;
    }
    // Ordinals, ranks, and counts of what already exists (全区共有…218人) are not targets.
    if (text[f.start - 1] === '第' || /(前|排名|第)$/.test(prefix) || /(共有|现有|目前有)/.test(prefix)) {
      if (/(共有|现有|目前有)/.test(prefix)) carry.existing = true;
      segStart = f.end;
      continue;
    }
    // …and so are the other counts of the same list ("全区共有A 218人，…；B 57人，…").
    if (carry.existing && !startsWithVerb(trimLeading(prefix)) && qualifierBefore(prefix) === null && !isRateUnit(f.unit)) {
      segStart = f.end;
      continue;
    }
    // A count of things qualified by a figure right after it: "429个500万元以上项目",
    // "超230个50户以上木质房屋连片村寨".
    let skipNext = false;
    if (next && gap === '' && next.cmpAfter !== null && next.cmpAfter !== '~') {
      after = text.slice(f.end, Math.min(figures[k + 2]?.start ?? clause.end, f.end + AFTER_WINDOW));
      skipNext = true;
    }

    // A noun after the figure names what is counted: 新增1个省级美丽乡村示范村.
    let suffix = after.replace(/^的/, '').split(/[、]/)[0];
    if (next && !skipNext) {
      const joint = /(以及|和|及|与|并)(?!.*(以及|和|及|与|并))/.exec(suffix);
      if (joint && after.length === suffix.length) suffix = suffix.slice(0, joint.index);
    }
    // People served are listed with 、 ("为71名听力、言语…儿童提供"): the list is one noun.
    // So are people listed after others the sentence serves ("为全省65岁以上老年人、4.5万名…干部免费体检").
    const forThem = BENEFICIARY.test(prefix.replace(SCOPE, '')) || /为[^，,；;。为]{1,16}、$/.test(prefix);
    const counted = !forThem && f.bare === true && PEOPLE_AFTER.test(after);
    const served = forThem || counted;
    if (served) suffix = after.replace(/^的/, '');
    // A rate with its change after it ("4个结构性指标均实现10%以上增长", "实现8%的增长"): a growth, named before.
    const changeAfter = isRateUnit(f.unit) && !served ? CHANGE_AFTER.exec(suffix) : null;
    if (changeAfter) suffix = '';
    if (!/^[\u4e00-\u9fa5A-Za-z“0-9]/.test(suffix) || /^(等(?![级第])|以上|以内|以下|左右|目标|任务|要求|大关|关口|(?:新的?)?台阶|牵头|责任|配合|协办|完成时限|时间节点|时限)/.test(suffix) || startsWithVerb(suffix) || ADVERB_AFTER.test(suffix)) suffix = '';
    // The count of a list of 实事 is not a target, whatever follows it (labels README, "Lists of 民生实事").
    // So is the count of a speech's parts ("等10个方面的重点任务").
    // And a list described before it is named ("15件群众关注度高、…的2022年长宁区政府实事项目"), and the
    // kinds a list is grouped in ("6类22件").
    const describedList = /^[件项]$/.test(f.unit) && DESCRIBED_LIST.test(text.slice(f.end, Math.min(clause.end + 60, f.end + 60)));
    const kindsOfList = f.unit === '类' && next !== null && gap === '';
    // And the items a list has of each kind ("民生实事项目包括环境改善类4项、公共安全类3项").
    const itemsOfKind = /^[项件]$/.test(f.unit) && /类$/.test(trimTrailing(prefix));
    // The places a work reaches ("惠及17个乡镇(街道办)") are where it is done, not what it delivers
    // (labels README); the people it reaches are targets.
    const placesReached = isCountUnit(f.unit) && /(惠及|覆盖|涉及)$/.test(trimTrailing(prefix)) && PLACES.test(suffix);
    // A size inside a list of named projects summed up after it ("…、英利600兆瓦多晶硅太阳能电池、…等重点项目竣工",
    // "…、60万千瓦抽水蓄能电站、210万吨PTA、…等项目") describes the project it names (heldout31).
    const sizeOfNamed = !isRateUnit(f.unit) && suffix !== '' && sizeInNamedList(text, clause, f.start, f.end, f.unit);
    // And the places a county is made of, in its profile ("辖19个乡镇,609个行政村,总人口89.02万").
    const administered = isCountUnit(f.unit) && PLACES.test(suffix) && ADMINISTERS.test(text.slice(Math.max(0, f.start - 40), f.start));
    // So are the places right before the people counted in them ("实现15个贫困村4100名农村贫困人口稳定脱贫").
    const placesOfNext = isCountUnit(f.unit) && next !== null && /^[\u4e00-\u9fa5]{0,4}(?:村|乡镇|社区|街道)$/.test(after) && /^(?:人|名|户|位)$/.test(next.unit.replace(/^万/, ''));
    // A frequency ("信号灯每季度完成1次全覆盖配时优化") says how often, not how much.
    const frequency = /^(?:次|轮)$/.test(f.unit) && /每(?:天|日|周|月|季度|季|半年|年|学年|学期)[^，,；;。]{0,20}$/.test(text.slice(Math.max(clause.start, f.start - 30), f.start));
    // A format named by a count ("3人制篮球场", "九年制学校") classifies what follows.
    const format = text[f.end] === '制';
    // The group a share is taken from ("11个设区市中，有9个…") is no target.
    const amongThem = isCountUnit(f.unit) && /^[\u4e00-\u9fa5]{1,8}中[，,:：]/.test(text.slice(f.end, f.end + 12));
    // The resolutions a congress adopts ("表决通过区人民政府工作报告等6项决议") are its business, no target.
    const resolutions = /^决议/.test(suffix);
    if (resolutions || placesReached || administered || sizeOfNamed || placesOfNext || describedList || kindsOfList || itemsOfKind || amongThem || frequency || format || LIST_NOUN.test(suffix) || /^(?:方面|关键词|关键字|个字)/.test(after) || (isCountUnit(f.unit) && (!suffix || /事$/.test(suffix)) && LIST_VERB_BEFORE.test(trimTrailing(prefix)))) {
      segStart = f.end;
      continue;
    }
    // The verb of the next item, run on without a comma ("建4所公办园改造10条小巷"): not part of this noun.
    const runOn = next && suffix.length === after.length ? NEXT_ITEM_VERB.exec(suffix) : null;
    if (runOn) suffix = runOn[1];
    let service = '';
    let serviceLength = 0;
    if (suffix) {
      const verb = SUFFIX_VERB.exec(suffix);
      if (verb && verb.index > 0) {
        let rest = suffix.slice(verb.index);
        suffix = suffix.slice(0, verb.index);
        // What is done for them names the target with them; it stops before the next item.
        if (next && rest.includes('、')) rest = rest.slice(0, rest.lastIndexOf('、'));
        if (SERVICE_VERB.test(rest)) {
          service = rest.replace(/^(开展|进行|实施|提供|做)+/, '').replace(/^免费(做|进行|提供|开展)?/, '免费');
          serviceLength = rest.length;
        }
      }
    }
    // A short description before 的 ("35个服务便捷的零工驿站") says what the things are like, not what
    // they are: the name is the noun after it.
    const described = !served && service === '' ? DESCRIBED.exec(suffix) : null;
    const suffixEnd = suffix ? f.end + after.indexOf(suffix) + suffix.length + serviceLength : f.end;
    if (described) suffix = suffix.slice(described[0].length);

    // Unless the count stands right after the verb, counting the things the effort is spent on
    // ("推进55个扩面试点项目", "推动800个以上无物业老旧小区引入物业服务", "全力推进全省20个…重点项目"): three
    // held-out labellers read those as targets; after a named thing ("推进乙烯项目配套3条道路") it is not.
    const effortCount = isCountUnit(f.unit) && EFFORT_THEN_COUNT.test(trimTrailing(prefix));
    // Nor one the effort brings to completion ("推进丘海学校等6个项目建成投用").
    const completed = isCountUnit(f.unit) && /(?:建成投用|建成投产|建成|开工建设|开工|竣工|投用|投产|完工|通车|投入使用)$/.test(suffix);
    if (suffix && !effortCount && !completed && EFFORT.test(trimLeading(prefix) || prefix)) {
      segStart = suffixEnd;
      continue;
    }
    const countVerb = CHINESE_COUNT_VERB.exec(prefix);
    const lead = prefix.replace(/^(全面|确保|力争|全年|年内|计划|积极|加快)+/, '');
    const verbBefore = countVerb !== null && (countVerb.index + countVerb[0].length === prefix.length || lead.startsWith(countVerb[0]));
    // A count that sums the things named before it after 建设 alone ("建设A和B两个优势产业集群") states
    // no deliverable (labels README, fifth held-out set); 建成 would.
    // Nor does 打造 ("打造党建引领…、营商环境改革、共同缔造、平安建设四个示范区", tenth held-out set).
    const sumsNamed = /^(?:建设|打造)[^，,；;。]{2,}(?:和|、|及)[^，,；;。]{2,}$/.test(lead);
    // So does one in digits after named things under 续建 ("续建地铁8号线二期、…等9个项目").
    // The list may hold figures of its own (8号线): it is read from the clause's start, a few
    // hundred characters at most (a clause may be a whole 5 MB line).
    if (!f.chinese && isCountUnit(f.unit) && f.start - clause.start <= MAX_NAMED_LIST && EFFORT_LIST.test(trimLeading(trimTrailing(text.slice(clause.start, f.start))))) {
      segStart = suffixEnd;
      continue;
    }
    // Nor one that sums named things under an effort, not a completion ("开展A、B等38个重点项目的前期工作", "确保
    // A、B等5个续建项目加快建设"): the labellers count no deliverable; "推动A等30个项目竣工" is one.
    if (isCountUnit(f.unit) && f.start - clause.start <= MAX_NAMED_LIST && namedUnderEffort(text.slice(clause.start, f.start), text.slice(f.end, Math.min(clause.end, f.end + 30)))) {
      segStart = suffixEnd;
      continue;
    }
    if (f.chinese && (sumsNamed || !(verbBefore && suffix && isCountUnit(f.unit) && !/^方面/.test(suffix)))) {
      segStart = f.end;
      continue;
    }
    // "200万中小学生" counts people only where the sentence serves them (为200万中小学生开展…, 对55万
    // 特困群众实行低保) or where the magnitude ends the phrase ("培训农民100万").
    if (f.bare && !served && suffix !== '') {
      segStart = f.end;
      continue;
    }
    // An index without a unit is a target only where a comparison states it: 控制在103.5以内.
    // So is a ratio to one ("之比达到2.2:1").
    const ratio = f.unit === '' && /[:：]/.test(text[f.numberEnd] ?? '');
    if (f.unit === '' && !ratio && !/(控制在|保持在|不超过|不高于|低于|指数|在|为|达到)$/.test(trimTrailing(prefix))) {
      segStart = f.end;
      continue;
    }

    // A shared subject: "社会消费品零售总额、固定资产投资分别增长8%、10%", "城乡居民人均可支配收入均增长7%".
    const fenbie = prefix.indexOf('分别');
    const each = EACH.exec(prefix);
    const split = fenbie >= 0 ? { at: fenbie, length: 2 } : each ? { at: each.index, length: 1 } : null;
    if (split && !suffix) {
      const subjects = splitList(trimLeading(prefix.slice(0, split.at)));
      if (fenbie >= 0 || subjects.length > 1 || subjects[0]?.startsWith('城乡')) {
        group = { subjects, predicate: prefix.slice(split.at + split.length), members: [f], start: prefixStart, each: fenbie < 0 };
        segStart = f.end;
        continue;
      }
    }
    // Measured things joined before one figure: "城镇调查失业率和登记失业率稳定在5%左右" is two targets.
    if (!split && !suffix) {
      const subject = /^(.+?)(稳定在|保持在|控制在|维持在|达到|增长|提高|提升|不低于|不超过|下降|降低|(?:力争|确保)?(?:20\d\d年)?比20\d\d年翻?$)/.exec(trimLeading(prefix));
      const subjects = subject ? splitList(subject[1]) : [];
      // "城镇和农村居民人均可支配收入稳定在5%左右": attributes before one measured noun phrase too.
      const measured = subjects.length > 1 && MEASURED.test(subjects[subjects.length - 1]) && subjects.slice(0, -1).every((x) => MEASURED.test(x) || isAttribute(x));
      if (measured) {
        group = { subjects, predicate: prefix.slice(prefix.indexOf(subject![1]) + subject![1].length), members: [f], start: prefixStart, each: true };
        segStart = f.end;
        continue;
      }
    }
    // One figure for each of a list: "农村自来水进村工程、片区管网延伸工程各6个".
    if (/各$/.test(prefix) && !suffix) {
      const items = expandList(splitList(trimLeading(prefix.slice(0, -1))));
      for (const item of items) {
        const named = nameFromPrefix(item, f.unit);
        push(out, f, named, f.cmpAfter ?? named.cmpBefore ?? '=', prefixStart, f.end, named.name, named.kind, uncertainName(named.name));
      }
      segStart = f.end;
      continue;
    }

    const named = nameFromPrefix(suffix ? prefix : dropExamples(prefix, ''), f.unit);
    let name = named.name;
    if (suffix) {
      // "为200万中小学生…": 为 is not part of the name; "解决200万农村人口饮水困难": 解决 is.
      let lead = forThem ? '' : trimTrailing(prefix).replace(/^[对为向让使]/, '');
      // Named things summed up by the count: "确保建成集安至通化、…、榆树至松原4个高速公路项目" is
      // 建成高速公路项目.
      lead = namedListVerb(lead) ?? lead;
      // The comparator belongs to the figure ("完成超230个…"), not to the name.
      const q = qualifierBefore(lead);
      if (q) lead = lead.slice(0, lead.length - q.length);
      lead = withoutFloor(lead) ?? lead;
      name = trimLeading(dropExamples(lead, trimTrailing(suffix) + service)).replace(AGE, '');
    }
    name = name.replace(/^的/, '');
    // Money put into the work named after it ("辽宁今年再投9亿改造农村公路"): the work's investment.
    const fundedWork = /元$|^[万亿]+$/.test(f.unit) && /投(?:入|资)?$/.test(trimTrailing(prefix)) ? FUNDED_WORK.exec(after) : null;
    if (fundedWork) name = `${fundedWork[1]}投资`;
    // "让1.6万户、4.5万人住上新房": counts joined before one predicate share it.
    if (!suffix && next && /^[、和及]$/.test(gap) && /^[让使为对]?$/.test(name)) {
      const shared = text.slice(next.end, Math.min(figures[k + 2]?.start ?? clause.end, next.end + AFTER_WINDOW)).split(/[、，,；;。]/)[0];
      if (/^[\u4e00-\u9fa5]{2,}/.test(shared)) name = shared;
    }
    // The list's own count is not a target (办好15件重点民生实事).
    // So is a count of items named with the list ("为民办实事项目较去年新增14项") or that opens it ("新增14项包括：").
    const listItems = /^[项件]$/.test(f.unit) && (/(?:实事|民生工程)/.test(name) || /^(?:包括|分别是|如下|为)[：:]/.test(text.slice(f.end, f.end + 4)));
    if (listItems || LIST_COUNT.test(name) || LIST_COUNT.test(suffix)) {
      segStart = suffix ? suffixEnd : f.end;
      continue;
    }
    // A verb shared by a list: "新建公租房83套，保障性租赁住房100套".
    const verb = leadingVerb(name);
    // Only a bare noun phrase counting things takes the verb of the item before it ("施划停车位",
    // "惠及居民" have their own).
    const bare = trimTrailing(prefix).replace(/^(全年|其中|同时)/, '');
    const plainNoun = named.cmpBefore === null && !NEUTRAL.test(bare) && !/^(完成|实现|达到|确保|力争)/.test(bare);
    // People a sentence does something for (帮助5000名…) have their own verb, not the item's before.
    if (!verb && !forThem && carry.verb && plainNoun && isCountUnit(f.unit) && name.length > 0 && !startsWithVerb(name) && !/(率|额|值|量|比重|占比|总数|数)$/.test(name) && !/^每/.test(name)) {
      name = carry.verb + name;
    }
    // "项目新签约80个以上、新开工70个以上": the later items share the subject before the verb.
    const shared = carry.subject && SUBJECT_VERB.test(name) ? carry.subject : null;
    if (shared) name = shared + name;
    // "全长约6.2公里": the thing that is long was named before.
    if (DIMENSION.test(name)) {
      const thing = carry.before ? nounOf(carry.before.text.slice(carry.before.start, carry.before.end)) : null;
      if (thing ?? carry.name) name = (thing ?? carry.name) + name;
    }
    // "加快推进全县中小学薄弱学校改造工程，年度实施10所以上": a bare verb counts the thing the clause
    // before names.
    // After a target of the same sentence ("新开工建设保障性住房8311套，力争建成10500套"), the verb counts that
    // target's thing: 建成保障性住房.
    const carried = BARE_VERB.test(name) && carry.name ? withoutVerbs(carry.name) : null;
    if (carried && carried.length >= 2 && !/[率额值量]$/.test(carried)) name = name.replace(/^(?:年度|全年|每年|今年|年内)/, '') + carried;
    else if (BARE_VERB.test(name) && carry.before) {
      const thing = nounOf(carry.before.text.slice(carry.before.start, carry.before.end))?.replace(/^(?:推进|全县|全市|全区|全省)+/, '');
      if (thing && thing.length >= 2) name = thing;
    }
    // "地区生产总值突破3600亿元、增长10%以上", "…比上年增加1530元，达到21200元": a bare change or level
    // takes the name before it.
    // "今年广东GDP增长目标：8%": the goal announced before the colon names the figure after it.
    let announcedGrowth = false;
    if (name === '' && !suffix && carry.before) {
      const announced = GOAL_ANNOUNCED.exec(trimLeading(carry.before.text.slice(carry.before.start, carry.before.end)));
      // Not the words that announce all the goals ("主要预期目标：", "…确定的主要经济发展目标：").
      if (announced && !/(主要|总体|发展|奋斗|工作|年度|全年|今年|[的之])$/.test(announced[1])) {
        name = announced[1];
        announcedGrowth = announced[2] !== undefined && isRateUnit(f.unit);
      }
    }
    // "提高村两委副职干部待遇，由人均800元/月提升至1560元/月": the thing changed is named in the clause before.
    if (name === '' && fromChange && carry.before) name = (nounOf(carry.before.text.slice(carry.before.start, carry.before.end)) ?? '').replace(LEADING_CHANGE, '');
    if ((name === '' || NEUTRAL_ONLY.test(name) || TIME_ONLY.test(name)) && carry.name) name = carry.name;
    // "规上工业增加值增长7%左右，力争8%": a stretch goal with only the tone before it is the same target.
    let kind: IndicatorKind = suffix ? 'level' : announcedGrowth || changeAfter ? 'growth' : named.kind;
    if (changeAfter && DECREASE.test(changeAfter[1])) named.decline = true;
    if ((TONE_ONLY.test(name) || STRETCH_GOAL.test(prefix.replace(/^[、，,；;\s]+/, ''))) && carry.name && !suffix) {
      name = carry.name;
      if (carry.kind && isRateUnit(f.unit)) kind = carry.kind;
    }
    // A count with nothing that names it ("其中，7件都涉及农村") is no target a clerk can follow.
    if (name === '' && isCountUnit(f.unit)) {
      segStart = suffix ? suffixEnd : f.end;
      continue;
    }
    const subjectVerb = SUBJECT_THEN_VERB.exec(name);
    carry.subject = subjectVerb ? subjectVerb[1] : shared;
    const nextVerb = leadingVerb(name);
    carry.verb = nextVerb && name.length > nextVerb.length ? nextVerb : null;
    if (name !== '') carry.name = name;
    carry.kind = kind;
    push(out, f, named, f.cmpAfter ?? named.cmpBefore ?? '=', prefixStart, suffix ? suffixEnd : f.end, name, kind, uncertainName(name));
    segStart = suffix ? suffixEnd : f.end;
    if (skipNext) {
      k++;
      segStart = Math.max(segStart, figures[k].end);
    }
  }
  if (group) flushGroup(group, out);
  return out;
}

/** Whether a count sums the things named before it (A、B等) under an effort rather than a completion. */
function namedUnderEffort(before: string, after: string): boolean {
  // From the last comma: a clause may run on past commas ("全面提速滨海新城建设,加快A、B等80个…项目建设").
  // Its verb is kept (trimLeading would drop 加快, 推动).
  const list = trimTrailing(before.slice(Math.max(...[...'，,；;。'].map((c) => before.lastIndexOf(c))) + 1)).trim().replace(/^[一二三四五六七八九十]+是/, '');
  if (COMPLETION_AFTER_COUNT.test(after)) return false;
  return EFFORT_BEFORE_NAMED.test(list) || (NAMED_BEFORE_COUNT.test(list) && EFFORT_AFTER_COUNT.test(after));
}

/** The list of named projects a figure's item belongs to is summed up after it (…、A、B等重点项目): the item
 *  starts after a 、 (or the list's opening) with a name, no verb, and holds no other figure before it. */
function sizeInNamedList(text: string, clause: { start: number; end: number }, start: number, end: number, unit: string): boolean {
  const from = Math.max(clause.start, start - 24);
  const head = text.slice(from, start);
  const mark = Math.max(head.lastIndexOf('、'), head.lastIndexOf('：'), head.lastIndexOf(':'), head.lastIndexOf('包括'));
  if (mark < 0) return false;
  const item = head.slice(mark + (head.startsWith('包括', mark) ? 2 : 1));
  if (/[\d，,；;]/.test(item) || startsWithVerb(item)) return false;
  // A count right after the mark ("建成投用柳东大桥、19条市政道路等项目") counts things of the list itself.
  if (item === '' && isCountUnit(unit)) return false;
  const rest = text.slice(end, Math.min(clause.end, end + 300));
  return /^[^，,；;。]*?等[^，,；;。]{0,8}?项目/.test(rest);
}
