/**
 * Whether a sentence reports results or states plans, by its own words (issue 11): a review
 * without a heading ("上半年全区实现地区生产总值800亿元，比上年同期增长8.6%", "刚刚过去的一年，
 * 城镇新增就业1.2万人") must not be imported, and a plan sentence must not be dropped because a
 * line before it mentions a review.
 *
 * - **Strong review words** say the figure is a result whatever part of the document it stands in:
 *   an estimate of the year just ended (预计, 初步统计/核算), the past named (去年, 上年, 过去一年,
 *   一年来, 这五年, 近年来, 刚刚过去, …以来), a thing done (已完成, 已建成 …, 新建了, 完成了 …), a completion report (完成率, 完成情况, 比计划高,
 *   成绩单, 超额完成…任务), a date reached (截至…月), the months of the year so far (1-11月, at the
 *   start of a sentence).
 * - **Weak review words** are the verbs and comparisons of results (全年完成, 同比增长, 比上年增长,
 *   位列全省第…, 累计完成) and of news about a vote (投票表决, 候选, 获悉): plans use some of them too,
 *   so they count only where nothing around says that the text is a plan. So do counts of what was
 *   received or handled (收到建议300余件, 受理, 办结: a web page's related links), and the words a
 *   news item reports results with (据介绍, 报告显示, 成效显著, 不断加强, 通过国家验收).
 * - **Plan words** (今年, 明年, 目标, 预期, 力争, 确保, 计划, 将 …) outweigh both: "今年河北预计实现
 *   全省生产总值增长6.5%左右目标" is a plan. 今年 of the year so far is none: "今年以来", "今年前三季度",
 *   "今年1-10月" report results.
 */
import { digitYears } from '../text/chineseYears';

export type Tense = 'review' | 'weak-review' | 'plan' | 'weak-plan' | 'neutral';

const STRONG_REVIEW =
  /以来|(?:新建|建成|完成|实现|新增|改造|投入|开展|培训|帮助|达到|增长|下降|提高|突破|建设|实施|举办|引进|签约|打造|创建|惠及|发放|解决|落实|累计|保持|制定|出台|印发|召开)了|(?:上半年|前三季度)(?!(?:全面|基本|全部)?(?:投用|投入|开工|建成|完成|完工|竣工|开业|开放|启用))|这五年|(?<!未来|今后|再用|用)(?:[两三四五]|几)年(?:共|累计)|这一年来|近年来|近几年来|近[两三四五六七八九十]年(?:来|以来)?|(?<!今|明)[两三四六七八九十]年来|圆满收官|提前完成|基本完成(?:了)?(?:全年|年度)(?:目标)?任务|完成(?:年度|全年)?任务(?:数|量)?的?\d|完成(?:全年|年度)?(?:投资)?(?:目标|计划|任务)的\d|(?<!目标(?:是|为)?[：:]\s*)预计(?!\d{1,2}月|年底|年内|将|今年|明年|总投资|惠及|受益|带动)|初步统计|初步核算|经初步|去年|上一年|过去的?[一两三四五六七八九十几]年|一年来|五年来|刚刚过去|回顾|已(?:基本)?(?:新增|完成|建成|新建|推出|达到?|实现|开工|启动|累计|投用|全部|超额|提前|惠及|发放|培训|帮助|改造|打造|签约|引进|认定|创建|落地|进场|施工|招标|签订|交付|竣工|完工|通车|开业|挂牌|到位|拨付|下达|投入使用|投入运营|进入)|(?<![为除])了\d|滞后|清醒(?:地)?(?:看到|认识到)|(?:困难和问题|问题和不足|不足和问题|短板和不足|问题和短板)|如火如荼|(?:建设|施工)中(?![心国央小学医职等])|正在(?:加紧|推进|施工|建设|实施|进行|开展)|(?:整体)?完成率|完成占比|(?<!争取|力争|确保)获(?:得)?[^，,。；;]{0,10}?(?:奖励|奖补|表彰)|完成情况|成绩单|比计划|比年度计划|与年度计划持平|占(?:全年|年度)(?:投资)?(?:计划|任务|目标)(?:任务)?的|截至|截止(?:到|至)?\d|全部(?:超额)?完成|超额完成(?:了)?[^，,。；;]{0,8}?任务|(?:^|[，,；;]\s*)(?:20\d\d年)?[1元一][-—–~至到](?:\d{1,2}|[二三四五六七八九十]{1,2})月(?:份)?|(?:^|今年)前[1-9一二三四五六七八九十]{1,2}个月/;

/**
 * The verbs of a year's results. Beside them the verbs of doing (推动, 实施, 建设 …) say nothing of
 * the time ("在…方面，全年完成投资150.6亿元，实施安防工程4687公里"): only a target's qualifier
 * (以上, 左右, 不少于 …: "全年实现城镇新增就业47万人以上") still says that the sentence plans. An amount
 * done with its unqualified growth ("全县完成地区生产总值156亿元，增长6.2%") and 年增 (Hong Kong papers'
 * 同比增长) report too.
 */
const RESULT_VERBS = /全年完成|全年实现|年增(?=百分之|\d)|(?:完成|实现)[^，,。；;]{0,12}?\d[\d.]*[万亿]?元[，,]\s*(?:同比)?增长\d[\d.]*%(?!以上|左右|以内)|累计完成|同比(?:增长|下降)|比上年(?:同期)?(?:增长|下降|提高|增加|减少)|较上年/;

const WEAK_REVIEW = new RegExp(
  `${RESULT_VERBS.source}|` +
    /实现地区生产总值|实现生产总值|位列|位居|居全省|居全市|居全国|排名全省|排名全市|共征集|收到|受理|办结|(?<![月底末旬，,；;。：:])(?<!^)完工|投票表决|票决|候选|获悉|了解到|据了解|据悉|表示|公布|通报|据介绍|据统计|数据显示|统计显示|报告显示|增至|增加到|达到\d|连续\d+(?:天|年|个月)|成效显著|成效明显|取得(?:了)?(?:显著|明显|积极|重要)?成效|不断(?:发展|加强|强化|规范|壮大)|通过(?:国家|省级|市级)?(?:层面)?(?:技术)?(?:审核|验收)/.source,
);

/** The verbs that make a list known: 确定, 公布, 出炉, 出台, 推出, 敲定, 选定. */
const LIST_MADE_KNOWN = /确定|公布|出炉|出台|推出|敲定|选定/;
/** A year's own list of work: "2025年的10件重点民生实事", "2025年度重点项目". */
const PLANNED_WORK = /20\d\d年(?:的|度)?[^，,。；;]{0,8}?(?:民生实事|实事|重点项目|重点工程|目标任务)/;

/** Plan words strong enough to outweigh review words in the same sentence (稳预期 and 超预期 speak of
 *  expectations, not of a plan). */
const THIS_YEAR = /今年(?!以来|前[一二三四两]季度|前[1-9一二三四五六七八九十]{1,2}个月|上半年|一季度|[1-9一二三四五六七八九十]{1,2}[-—–~至到]\d{0,2}|[1-9一二三四五六七八九十]{1,2}月份?[^底前]|截至|截止)/;
const STRONG_PLAN_WORDS = /明年|新的一年|(?:部署|描绘|谋划|擘画)(?:20\d\d|新一)年|\d{4}年(?:的)?(?:主要)?(?:预期)?目标|(?<![稳超]|(?:未|没有|没|低于|不及)(?:实现|达到)?)预期(?!性)|目标是|目标为|目标均|主要目标|工作目标|目标增速|(?:增速|增长)目标(?:是|为|设定|定为|确定)|力争|(?<![比度资])计划(?=[\u4e00-\u9fa5]|20\d\d年)(?!执行|草案|的|单列)|年度计划投资(?=\d)|确保|拟/;
/** 今年 plans, unless the text never looks ahead (a year-end news item: "今年，…有望达到3170元"). */
const strongPlanWords = (sentence: string, thisYearPlans: boolean) => STRONG_PLAN_WORDS.test(sentence) || (thisYearPlans && THIS_YEAR.test(sentence));
/** Words of a plan: a sentence with one of them and no review word is a plan's. */
const PLAN = /将|要|争取|努力|推动|推进|加快|实施|开展|建设|完成.*任务/;
/** The words of a plan that look ahead, and so outweigh the weak review words. */
/** Words that look ahead, whatever else a sentence says. */
const AHEAD_WORDS = '将|争取|努力|年内|年底前';
const PLAN_AHEAD = new RegExp(`${AHEAD_WORDS}|要|完成.*任务`);
const QUALIFIED = /以上|左右|以内|以下|不少于|不低于|不超过|不高于/;
/** Whether a sentence looks ahead (将, 要, 争取, 年内 …), whatever else it says: "完成…任务" may be done already. */
const LOOKS_AHEAD = new RegExp(`${AHEAD_WORDS}|(?<![主重需必只纲摘概])要`);
export const looksAhead = (sentence: string): boolean => LOOKS_AHEAD.test(sentence);

/**
 * A year named as the time of what a sentence tells ("2018年，全省完成交通投资259.4亿元",
 * "齐扎拉介绍，2018年，边贸物流…"), not a base of comparison (比2020年, 较2015年, 与2018年持平), the
 * start of a span (2018年以来, 从2018年起), a deadline (2025年底前, 到2025年), the year of things
 * counted after it ("完工2024年9个续建老旧小区改造项目": the projects of that year) or a level compared
 * with ("不低于2022年水平").
 */
const TIME_YEAR = /(?<![比较与同从自至到止和、~—–-])(20\d\d)\s*年(?!以来|来|前|底前|末前|底|末|起|开始|[—–~-]|至|到|的?(?:主要)?(?:预期)?目标|计划|\d+个|的?水平|同期)/g;

/** The projects of a year ("2018年项目", "2018年度重点项目"), right after it. */
const LATER_PROJECTS = /^(?:度)?[\u4e00-\u9fa5]{0,4}项目/;

/** Whether the sentence tells of a year before the one the document plans (issue 11: "2018年…" in
 *  a 2019 news item of the plan is last year's result, whatever its verbs). */
export function namesPastYear(sentence: string, planYear: number | null | undefined): boolean {
  return timeYears(digitYears(sentence), planYear).past;
}

/** Which years a sentence (its years in digits) tells of, against the year planned: before it, and it
 *  or after. */
function timeYears(sentence: string, planYear: number | null | undefined): { past: boolean; planned: boolean; later: boolean } {
  const out = { past: false, planned: false, later: false };
  if (planYear === null || planYear === undefined || !sentence.includes('年')) return out;
  TIME_YEAR.lastIndex = 0;
  for (let m = TIME_YEAR.exec(sentence); m !== null; m = TIME_YEAR.exec(sentence)) {
    // A later year that names the projects it is for ("已基本完成…前期准备工作，…启动2018年项目") is
    // no time of the sentence.
    if (Number(m[1]) > planYear && LATER_PROJECTS.test(sentence.slice(m.index + m[0].length, m.index + m[0].length + 8))) continue;
    if (Number(m[1]) < planYear) out.past = true;
    else out.planned = true;
    if (Number(m[1]) > planYear) out.later = true;
  }
  return out;
}

/** A deadline in the year planned or later ("到2027年，全省经济总量…，人均地区生产总值达到11万元以上"):
 *  what is to be reached by then is planned. 截至/截止到 a year is a date reached, not a deadline; so is
 *  预计到 ("预计到2022年底，全县实现GDP243亿元": the estimate of the year ending). */
const DEADLINE_YEAR = /(?<![截止]|预计)(?:到|至)\s*(20\d\d)\s*年/g;
function setsDeadline(sentence: string, planYear: number | null | undefined): boolean {
  if (planYear === null || planYear === undefined || !sentence.includes('年')) return false;
  DEADLINE_YEAR.lastIndex = 0;
  for (let m = DEADLINE_YEAR.exec(sentence); m !== null; m = DEADLINE_YEAR.exec(sentence)) if (Number(m[1]) >= planYear) return true;
  return false;
}

/** A sentence that reports last year and plans this one ("去年…增长8.0%，今年…预期增长6.5%",
 *  "2023年全县新改建农村公路120公里，2024年将新改建100公里"): its clauses are told apart one by one. */
export function isMixed(written: string, planYear?: number | null, thisYearPlans = true): boolean {
  const sentence = digitYears(written);
  const years = timeYears(sentence, planYear);
  return (STRONG_REVIEW.test(sentence) || years.past) && (strongPlanWords(sentence, thisYearPlans) || (years.past && years.planned));
}

/** Done with 了 ("今年实施了…4条通乡油路改造"): 今年 is then the year reported on, not the year planned. */
const DONE_WITH_LE = /(?:新建|建成|完成|实现|新增|改造|投入|开展|实施|修建|举办|引进|签约|发放|解决|通)了/;

/** The tense of a sentence (or clause); `planYear`, the year the document plans, makes a sentence
 *  about an earlier year a review. Years written in Chinese numerals (二○二五年) count as years. */
export function tenseOf(written: string, planYear?: number | null, thisYearPlans = true): Tense {
  const sentence = digitYears(written);
  if (thisYearPlans && DONE_WITH_LE.test(sentence)) thisYearPlans = false;
  const years = timeYears(sentence, planYear);
  // 预计 of the year planned's own work, named as such ("2025年的10件重点民生实事…预计投入资金2.5亿元")
  // estimates the plan.
  const plannedEstimate = years.planned && !years.past && sentence.includes('预计') && PLANNED_WORK.test(sentence);
  // A year after the one planned is a goal's ("官渡区：2026年地区生产总值突破2000亿元").
  const strongPlan = strongPlanWords(sentence, thisYearPlans) || setsDeadline(sentence, planYear) || years.later || plannedEstimate;
  if (STRONG_REVIEW.test(sentence) || years.past) return strongPlan ? 'plan' : 'review';
  if (strongPlan) return 'plan';
  // The year planned's own list of work made known ("最终市政府确定2017年10件为民办实事项目"): what follows
  // it is the list, a plan, whatever the news told before.
  if (years.planned && LIST_MADE_KNOWN.test(sentence) && PLANNED_WORK.test(sentence)) return 'plan';
  if (WEAK_REVIEW.test(sentence)) {
    if (PLAN_AHEAD.test(sentence)) return 'weak-plan';
    if (!PLAN.test(sentence) || (RESULT_VERBS.test(sentence) && !QUALIFIED.test(sentence))) return 'weak-review';
    return 'weak-plan';
  }
  return PLAN.test(sentence) ? 'weak-plan' : 'neutral';
}

/**
 * Where a text is read from: `plan` inside a report's plan part, an action plan or a table row
 * (only strong review words drop a sentence); `neutral` a text with neither plan headings nor
 * tables (a few pasted sentences, a news item: weak review words drop a sentence too);
 * `outside` the parts of a report before or around its plan (only sentences with plan words and a
 * qualified figure are read: a news lead, "今年…预期增长目标均确定为10%以上").
 */
export type ReadingContext = 'plan' | 'neutral' | 'outside';

/**
 * The tense of a sentence that says nothing of its own (or only the words of results), after the
 * sentence before it in the same paragraph: in a text that is not known to be a plan, a bare result
 * ("安装农村公路生命安全防护栏150公里。") after a review sentence ("完成投资0.23亿元，比年度计划高45.3个百分点。")
 * is a result too.
 */
export function inherit(tense: Tense, previous: Tense | null, context: ReadingContext, sentence = ''): Tense {
  // Even in a plan part, the words of results right after a result ("二○二五年…年增百分之五点四。地方
  // 一般公共预算收入达八千五百亿元，年增百分之一点五") go on telling it.
  if (tense === 'weak-review' && previous === 'review') return 'review';
  // Outside a plan part, the verbs of doing alone (建设, 实施, 推进 …) after a result do not look ahead:
  // "去年，我省新开工…。水运建设完成投资1.2亿元，建成9艘航标工作船。" goes on telling last year.
  // 完成…任务 looks ahead only beside a target's qualifier ("完成1000个左右新农村点整治任务"); after a year's
  // results, "完成节能减排目标任务" is one more of them.
  if (context !== 'plan' && tense === 'weak-plan' && previous === 'review' && !looksAhead(sentence) && !(PLAN_AHEAD.test(sentence) && QUALIFIED.test(sentence))) return 'review';
  if (context === 'plan' || tense !== 'neutral' || previous === null) return tense;
  return previous === 'review' || previous === 'weak-review' ? previous : tense;
}

export function sentenceIsRead(tense: Tense, context: ReadingContext): boolean {
  switch (context) {
    case 'plan':
      return tense !== 'review';
    case 'neutral':
      return tense !== 'review' && tense !== 'weak-review';
    case 'outside':
      return tense === 'plan';
  }
}
