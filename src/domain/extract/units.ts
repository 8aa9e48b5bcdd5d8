/**
 * Units and measure words (量词) a target figure is written with: the table a clerk's documents
 * use, by kind, not the seeds' list. A figure's unit is kept as written, with a 万/亿/千万/百万/万亿
 * magnitude in front ("2万人" → "万人", "39亿元" → "亿元", "1.6亿美元" → "亿美元") and a rate per
 * period or head behind ("700元/月", "90元/月/人").
 *
 * | kind | units |
 * | --- | --- |
 * | rate | % ‰ ‱ 个百分点 百分点 |
 * | money | 元 美元 港元 欧元 |
 * | people, households, visits | 人 名 位 户 人次 家次 户次 项次 批次 班次 场次 车次 架次 艘次 辆次 件次 课时 学时 |
 * | things (个体量词) | 个 家 项 件 套 台套 座 处 所 口 台 辆 条 栋 幢 间 张 床 盏 眼 艘 架 部 只 头 羽 匹 株 棵 支 块 根 本 册 篇 份 宗 批 类 门 场 班 次 期 款 列 箱 剂 剂次 台次 片 路 |
 * | cases, incidents | 例 起 |
 * | places where something is done | 县 乡 镇 村 |
 * | length, area, volume | 公里 千米 米 延米 平方公里 平方千米 平方米 平米 亩 公顷 立方米 方 |
 * | concentration | 微克/立方米 毫克/立方米 毫克/升 μg/m3 μg/m³ ug/m3 mg/m3 mg/m³ mg/L |
 * | mass, energy, containers | 吨 斤 公斤 千克 吨标准煤 标箱 千瓦 兆瓦 千瓦时 千伏安 |
 * | time | 天 周 |
 *
 * Never a target's unit although a number precedes them: 年 (a date or a span), 届 (a session), 岁 (an
 * age), 周年 and 周岁 (not 周, weeks). 期 counts only after Arabic digits ("举办培训10期"); after a Chinese numeral it is a phase
 * ("二期工程"). So does 对, pairs ("公交站台10对"); after a Chinese numeral it is mostly "to" (一对一). Longest first, so that 个百分点 wins over 个, 批次 over 批, 平方公里 over 公里.
 * 片 counts pieces of ground ("20片专项活动场地") but not in 片区/片面; 路 counts only video channels ("1000路视频监控"):
 * elsewhere a number before 路 names a bus route or a road ("3路公交").
 * 方 is cubic metres, not the start of 方面/方案 ("2方面重点工作").
 * 人 before 口/员/才/群 is not the measure word but the start of a noun ("200万人口"): the
 * figure is then a bare magnitude, as in "200万农村人口".
 */
const UNITS_BY_KIND: Record<string, string[]> = {
  rate: ['个百分点', '百分点', '%', '‰', '‱'],
  money: ['元', '美元', '港元', '欧元'],
  people: ['人', '名', '位', '户', '人次', '家次', '户次', '项次', '批次', '班次', '场次', '车次', '架次', '艘次', '辆次', '件次', '课时', '学时'],
  things: [
    '个', '家', '项', '件', '套', '座', '处', '所', '口', '台', '辆', '条', '栋', '幢', '间', '张', '床', '盏', '眼', '艘', '架',
    '部', '只', '头', '羽', '匹', '株', '棵', '支', '块', '根', '本', '册', '篇', '份', '宗', '批', '类', '门', '场', '班', '次', '期', '款',
    '台套', '列', '箱', '剂', '剂次', '台次', '对', '片', '路',
  ],
  // "白内障复明手术1000例", "较大事故控制在1起以内".
  cases: ['例', '起'],
  // "建成林周等5县污水处理厂": a count of the places where something is done (labels README).
  places: ['县', '乡', '镇', '村'],
  time: ['天', '周'],
  measure: ['公里', '千米', '米', '延米', '平方公里', '平方千米', '平方米', '平米', '亩', '公顷', '立方米', '方'],
  // "PM2.5平均浓度控制在35微克/立方米以内".
  // Written in symbols too ("PM2.5、PM10年均浓度分别低于47μg/m3、61μg/m3").
  concentration: ['微克/立方米', '毫克/立方米', '毫克/升', 'μg/m3', 'μg/m³', 'ug/m3', 'mg/m3', 'mg/m³', 'mg/L'],
  mass: ['吨', '斤', '公斤', '千克', '吨标准煤', '标箱', '千瓦', '兆瓦', '千瓦时', '千伏安'],
  notTarget: ['年', '届', '岁', '周年', '周岁'],
};

/** Units that are never a target's unit although they follow numbers (dates, sessions, ages). */
const NOT_TARGET_UNITS = new Set(UNITS_BY_KIND.notTarget);

/** Units a Chinese numeral may count with (一个, 两处, 六件, 三名): single things, people and
 *  households. Not 一批, 一类, 一门, 一次, 一期, 一部 …, which are words more often than counts. */
const COUNT_UNITS = new Set([
  '个', '家', '项', '件', '套', '座', '处', '所', '口', '台', '辆', '条', '栋', '幢', '间', '张', '床', '盏', '艘', '架', '只', '头', '场',
  '人', '名', '位', '户',
]);

const RATE_UNITS = new Set(UNITS_BY_KIND.rate);

/** Every unit, longest first. */
const SORTED = Object.values(UNITS_BY_KIND).flat().sort((a, b) => b.length - a.length);

/** Units by their first character, longest first, so a lookup tries only the few that can match. */
const BY_FIRST = new Map<string, string[]>();
for (const u of SORTED) {
  const list = BY_FIRST.get(u[0]) ?? BY_FIRST.set(u[0], []).get(u[0])!;
  list.push(u);
}

const MAGNITUDES = ['万亿', '千万', '百万', '万', '亿'];
/** A rate per period or head: 700元/月, 90元/月/人. */
const PER = /(?:\/[月年人日天次户亩])+/y;

export interface UnitMatch {
  unit: string;
  length: number;
  /** The unit is only a magnitude (万, 亿) before a noun, without a measure word: "200万中小学生". */
  bare?: boolean;
}

function baseUnitAt(text: string, at: number): string | null {
  const list = BY_FIRST.get(text[at]);
  if (!list) return null;
  for (const u of list) if (text.startsWith(u, at)) return u;
  return null;
}

/**
 * The unit at `at` of `text` (after an optional magnitude, kept in the unit as written), or null.
 * `arabic`: the number before it was written in digits (期 counts only then). `allowBare`: a
 * magnitude alone before a Chinese noun is accepted as the unit ("200万中小学生" → "万").
 */
/** What may follow a magnitude that counts without a measure word: a noun ("200万中小学生"), or
 *  the end of the phrase ("培训农民100万，", "覆盖人口1000万左右"). */
const AFTER_BARE = /[\u4e00-\u9fa5，,。；;、）)]/;
/** Measure words that count only before some words: 路 video channels, 片 ground (not 片区), 方 cubic
 *  metres (not 方面, 方案: "2方面重点工作"). */
const ONLY_BEFORE: Record<string, RegExp> = { 路: /^(?:视频|监控|高清|摄像|探头)/, 片: /^(?![区面刻])/, 方: /^(?![面案式向位])/ };
/** 人 starting a noun, not counting people: 人口, 人员, 人才, 人群, 人民. */
const PERSON_NOUN = /^人[口员才群民]/;

export function matchUnit(text: string, at = 0, arabic = true, allowBare = false): UnitMatch | null {
  let prefix = '';
  for (const m of MAGNITUDES) {
    if (text.startsWith(m, at)) {
      prefix = m;
      break;
    }
  }
  const start = at + prefix.length;
  const u = PERSON_NOUN.test(text.slice(start, start + 2)) ? null : baseUnitAt(text, start);
  if (u === null) {
    if (allowBare && prefix !== '' && prefix.length === 1 && (start === text.length || AFTER_BARE.test(text[start]))) {
      return { unit: prefix, length: prefix.length, bare: true };
    }
    return null;
  }
  if (NOT_TARGET_UNITS.has(u) || ((u === '期' || u === '对') && !arabic)) return null;
  if (ONLY_BEFORE[u] !== undefined && !ONLY_BEFORE[u].test(text.slice(start + u.length, start + u.length + 2))) return null;
  if (prefix && RATE_UNITS.has(u)) return null;
  // "培训800人(次)": the visits, written with the 次 in brackets.
  if (u === '人' && /^[(（]次[)）]/.test(text.slice(start + 1, start + 4))) return { unit: prefix + '人次', length: prefix.length + 4 };
  PER.lastIndex = start + u.length;
  const per = PER.exec(text);
  const perText = per ? per[0] : '';
  return { unit: prefix + u + perText, length: prefix.length + u.length + perText.length };
}

const PLACE_UNITS = new Set(UNITS_BY_KIND.places);

/** A count of places where a work is done (5县, 7村), not of what it delivers. */
export function isPlaceUnit(unit: string): boolean {
  return PLACE_UNITS.has(unit);
}

export function isCountUnit(unit: string): boolean {
  return COUNT_UNITS.has(unit);
}

export function isRateUnit(unit: string): boolean {
  // ‰ and ‱ (人口自然增长率 -1‰, 万人发案率 2‱) are rates like %.
  return RATE_UNITS.has(unit);
}
