import { wordIndex } from './lookup';

/**
 * The name of a target: the measured thing, trimmed of the words around it that a clerk would
 * leave out (力争, 确保, 全年, 实现 …) but keeping verbs that are the indicator's meaning
 * (新增城镇就业, 新开工项目, 改造老旧小区).
 */

/** Leading words that carry tone or time, never meaning. Longest first. */
const LEADING = [
  '在此基础上', '突出抓好', '全力以赴', '确保实现', '力争实现', '力争全年', '确保全年',
  '力争', '确保', '争取', '努力', '全力', '预计', '全年', '年内', '年底前', '年底', '今年', '明年', '下一步', '下步', '今后', '接下来', '全区', '全市', '全县',
  '全省', '全州', '全旗', '全镇', '我区', '我市', '我县', '我省', '我旗', '我州', '我们', '区里', '县里', '市里', '镇里', '选择', '组织',
  // The tone of a plan ("全省将新建…", "要完成…"), never the measured thing.
  '还将', '还要', '也将', '也要', '仍将', '将', '要',
  '其中', '同时', '并且', '以及', '另外', '涉及', '累计', '进一步', '持续', '抓好', '办好', '办实', '扎实',
  '积极', '大力', '着力', '重点', '坚持', '全面', '切实', '有效', '力促', '推动', '促进', '加快',
  '坚决', '继续', '保持', '实现', '达到', '并', '及', '与',
];

/** Trailing words: comparators and list words that belong to the figure, not the name. */
const TRAILING = [
  '达到', '达', '为', '是', '分别', '各', '共计', '合计', '总计', '累计', '均', '共', '要', '将',
  // A goal named as such ("经济增速目标均为10%以上", "地区生产总值预期增长目标均确定为10%以上").
  '目标', '确定', '确定为', '定为', '设定为', '设定在', '设为', '预期',
  // The verb of attainment after what is measured ("固定资产投资完成120亿元以上", "营业收入实现
  // 50亿元"): the name is what is measured (labels README, "name").
  '完成', '实现',
];

/** Verbs that start a name and keep their meaning ("新增…", "改造…"); used for 等-lists and
 *  for carrying a shared verb to the next item of a list. */
export const MEANINGFUL_VERBS = [
  '新开工', '新投产', '新签约', '新注册', '新认定', '新认证', '新培育', '新引进', '新建', '新增',
  '建成', '建设', '完成', '改造', '培育', '引进', '实施', '创建', '争创', '建立', '开展', '办好',
  '除险加固', '清淤增蓄', '盘活', '提质改造', '招引', '认定', '打造',
];

const YEAR_PREFIX = /^(到|至|截至)?\d{4}年(底|末|内)?/;
/** The purpose a sentence opens with ("为全面实现2013年农业总产值增长10%以上…的目标"), and 预期 before
 *  the place ("预期全省地区生产总值…"): not the name (人均预期寿命 keeps its 预期). */
const PURPOSE_PREFIX = /^为(?:全面|确保|力争|努力)?(?:实现|完成|达到)|^预期(?=全[省市县区州旗镇])/;
/** The marks of a list's items: "一是新建公园3处；二是…", "其一，…", "首先…". */
const ITEM_MARK = /^(?:[一二三四五六七八九十]{1,3}是|其[一二三四五六七八九十]{1,3}|首先|其次|再次|最后)/;

/** A speaker and the verb of saying, before what is said. */
const SAID = /^[\u4e00-\u9fa5]{0,8}?(?:提出|要求|强调|指出|明确)(?:了|要|将)?(?=[\u4e00-\u9fa5“]|20\d\d年)/;

/** A place named before the tone of its plan: "海口市琼山区将", "该县还将". */
const PLACE_WILL = /^(?:[\u4e00-\u9fa5]{0,12}?[省市县区镇乡旗州]|街道|该[省市县区镇乡旗州])(?:还|也|仍)?(?:将|要(?![素求点件]))/;

/** The words that announce the goals, up to the first goal's name. */
const GOAL_INTRO = /目标(?:是|为)[:：]?/;

const LEADING_INDEX = wordIndex(LEADING);
const TRAILING_INDEX = wordIndex(TRAILING);
const VERB_INDEX = wordIndex(MEANINGFUL_VERBS);
/** Marks before a name (a table cell's bar too), and an outline number of two or more levels ("1.1
 *  新建5G基站…"). */
const LEADING_MARKS = /^(?:[、，,；;：:\s●■◆▲★□○◎•·|｜]|\d{1,2}(?!\d)(?:[.．]\d{1,2}(?!\d))+(?![%万亿千百]))+/;

export function trimLeading(name: string): string {
  let s = name;
  for (let changed = true; changed; ) {
    changed = false;
    s = s.replace(LEADING_MARKS, '');
    // An aside opened before the name and closed after the figure ("(其中…再就业0.25万人以上)"), and
    // a quote of the targets opened before the first ("“GDP增长5.5%左右,…”").
    if (/^[(（]/.test(s) && !/[)）]/.test(s)) s = s.slice(1);
    if (/^[“"]/.test(s) && !/[”"]/.test(s.slice(1))) s = s.slice(1);
    // A division's row quoted after its number ("第1项任务“地区生产总值增长6.5%左右”"): the name is in the quote.
    const row = /^第\d+项(?:任务|工作)?[:：]?(?=[“"])/.exec(s);
    if (row) {
      s = s.slice(row[0].length);
      changed = true;
      continue;
    }
    // A heading set off by a dash ("主要目标——地区生产总值") is not part of the name.
    const dash = s.lastIndexOf('——');
    if (dash >= 0 && s.length > dash + 2) {
      s = s.slice(dash + 2);
      changed = true;
      continue;
    }
    // A goal announced as such ("主要预期目标是地区生产总值…", "今年的目标是全市GDP…"): the name
    // is what follows.
    const goal = GOAL_INTRO.exec(s);
    if (goal && s.length > goal.index + goal[0].length + 1) {
      s = s.slice(goal.index + goal[0].length);
      changed = true;
      continue;
    }
    // Who says it in a speech or a news item ("报告提出要新增…", "会议要求全年完成…"): the name is
    // what is said.
    const said = SAID.exec(s);
    if (said && s.length > said[0].length + 2) {
      s = s.slice(said[0].length);
      changed = true;
      continue;
    }
    // A place and the tone of its plan ("海口市琼山区将办好建设农村公路…"): the name is what it will do.
    const will = PLACE_WILL.exec(s);
    if (will && s.length > will[0].length + 2) {
      s = s.slice(will[0].length);
      changed = true;
      continue;
    }
    const item = ITEM_MARK.exec(s);
    if (item && s.length > item[0].length + 1) {
      s = s.slice(item[0].length);
      changed = true;
      continue;
    }
    const purpose = PURPOSE_PREFIX.exec(s);
    if (purpose && s.length > purpose[0].length + 1) {
      s = s.slice(purpose[0].length);
      changed = true;
      continue;
    }
    const year = YEAR_PREFIX.exec(s);
    if (year && s.length > year[0].length) {
      s = s.slice(year[0].length);
      changed = true;
      continue;
    }
    const w = LEADING_INDEX.at(s);
    // 要 of a plan's tone, not the first character of 要素, 要求, 要点, 要件.
    if (w !== null && s.length > w.length + 1 && !(w === '要' && /^要[素求点件]/.test(s))) {
      s = s.slice(w.length);
      changed = true;
      continue;
    }
    // 计划 and 拟 before a verb or a year are tone ("计划完成2所…", "拟新建200个…", "计划2023年地区生产总值…");
    // 计划生育 is a name.
    const tone = s.startsWith('计划') ? 2 : s.startsWith('拟') ? 1 : 0;
    if (tone > 0 && (leadingVerb(s.slice(tone)) !== null || YEAR_PREFIX.test(s.slice(tone)))) {
      s = s.slice(tone);
      changed = true;
      continue;
    }
    // 完成 is a trimmed verb ("完成9.6公里农村道路") unless the rest would be too bare ("完成投资").
    if (s.startsWith('完成') && s.length > 4) {
      s = s.slice(2);
      changed = true;
    }
  }
  return s;
}

export function trimTrailing(name: string): string {
  let s = name;
  for (let changed = true; changed; ) {
    changed = false;
    // A bracket opened and not closed in the name is the start of a remark ("公共厕所(其中"), not the name.
    s = s.replace(/[、，,；;：:\s]+$/, '').replace(/(?<=.)[（(][^（()）]{0,8}$/, '');
    // The change from where it stands ("用药量从4周延长至最多12周", "普及率由85%提高到90%"): the name is
    // what changes.
    s = s.replace(/(?<=.{2})[从由][^，,；;。从由]{0,10}?\d[\d.]*[%‰\u4e00-\u9fa5]{0,3}?(?:延长|提高|增加|提升|扩大|降低|减少|缩短|下降|调整)?(?:至|到)?$/, '');
    const w = TRAILING_INDEX.endOf(s);
    if (w !== null && s.length > w.length) {
      s = s.slice(0, -w.length);
      changed = true;
    }
  }
  return s;
}

/** Verbs that start a list item of work to do (开设20个…, 整体提升100所…): a noun phrase after a
 *  figure that starts with one of them is the next item, not what the figure counts. */
const ITEM_VERBS = /^(新开工|新投产|新建|新增|建成|建设|完成|改造|培育|引进|实施|创建|争创|建立|开展|办好|盘活|招引|认定|打造|启动|加装|提升|开工|投产|推进|发展|增加|开发|援助|选派|选聘|整体提升|布局|提供|开设|组织|选择|改扩建|提质|安装|硬化|引导|施划|增设|配备|配置|设置|开通|举办|更新|惠及|新改建|改建|扩建|维修|修缮|整治|打通|修建|铺设|购置|新开通|疏通|冲刺|迈进|进军|跃升|迈上)/;

export function startsWithVerb(s: string): boolean {
  return ITEM_VERBS.test(s);
}

/** The verb a name starts with, when it is one of the meaningful ones. */
export function leadingVerb(name: string): string | null {
  return VERB_INDEX.at(name);
}

/**
 * Drop a list of examples ending in 等 after the verb: "改造装卸小区、迎宾商场小区等老旧小区" is
 * "改造老旧小区"; "新增安居园等" + "社区卫生服务站" is "新增社区卫生服务站".
 */
export function dropExamples(prefix: string, suffix: string): string {
  const at = prefix.lastIndexOf('等');
  if (at < 0) return prefix + suffix;
  const after = prefix.slice(at + 1);
  if (after.length === 0 && suffix.length === 0) return prefix.slice(0, at);
  const trimmed = trimLeading(prefix);
  const lead = trimmed.length < prefix.length ? prefix.slice(0, prefix.length - trimmed.length) : '';
  const verb = leadingVerb(trimmed) ?? '';
  return lead + verb + after + suffix;
}

/** Words that say whose or where a measure is, before a noun phrase they share ("城镇、农村常住居民人均
 *  可支配收入", "国有和民营企业营业收入"). */
const ATTRIBUTE = /^(?:城镇|农村|城市|乡村|城乡|城区|郊区|国有|民营|外资|内资|省级|市级|县级|国家级|男性|女性)$/;
export const isAttribute = (word: string): boolean => ATTRIBUTE.test(word);

/**
 * Names in a shared list: "城、乡居民人均可支配收入" → 城居民人均可支配收入 / 乡居民人均可支配收入;
 * "新开工、新投产项目" → 新开工项目 / 新投产项目; "主导产业及高新技术产业营业收入占比" →
 * 主导产业营业收入占比 / 高新技术产业营业收入占比.
 */
export function expandList(items: string[]): string[] {
  const last = items[items.length - 1];
  return items.map((item, k) => {
    if (k === items.length - 1 || item.length >= last.length) return item;
    // An attribute in place of the last item's own one shares all that follows it: 城镇 + (农村)常住居民
    // 人均可支配收入.
    if (ATTRIBUTE.test(item) && ATTRIBUTE.test(last.slice(0, item.length))) return item + last.slice(item.length);
    // The earlier item ends with a word the last one also has: share what follows that word.
    for (let n = Math.min(item.length, 4); n >= 2; n--) {
      const tail = item.slice(-n);
      const at = last.indexOf(tail);
      if (at >= 0 && at + n < last.length) return item + last.slice(at + n);
    }
    if (last.endsWith(item.slice(-1)) || HEAD_NOUN.test(item)) return item;
    // A whole noun before the last item's head noun shares that noun: "粮食、肉蛋奶、蔬菜产量" →
    // 肉蛋奶产量 (not 肉蛋奶 + the last item's tail after three characters).
    const head = HEAD_NOUN.exec(last);
    if (head && item.length >= 2 && last.length - head[0].length >= 2) return item + head[0];
    return item + last.slice(item.length);
  });
}

/** An item that ends with the noun of a measure is whole ("公共财政预算收入"), not a fragment that
 *  borrows the last item's end ("新开工、新投产项目" → 新开工项目). */
const HEAD_NOUN = /(率|额|值|量|收入|总额|总值|指数|比重|占比|面积|产量|人数|数量|增速|项目|企业|投资|财力)$/;

export function splitList(subject: string): string[] {
  const byComma = subject.split('、').filter((s) => s.length > 0);
  if (byComma.length > 1) return byComma;
  return subject.split(/以及|和|及|与/).filter((s) => s.length > 0);
}
