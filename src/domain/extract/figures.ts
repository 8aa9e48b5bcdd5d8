import { CHINESE_NUMERAL_CHARS, chineseDigits } from '../numbers/chineseNumeral';
import { parseNumber } from '../numbers/parseNumber';
import type { Cmp } from '../model';
import { matchUnit } from './units';
import { qualifierAfter } from './qualifiers';
import { charTable } from './lookup';

/**
 * A number with its unit as written in the clean text: "7.5%以上", "1-2家", "6.5%-7%", "2万人",
 * "十个", "103.5以内". start/end cover the number through the qualifier after it (以上/左右/以内).
 */
export interface Figure {
  start: number;
  /** Index just after the number (where the unit starts). */
  numberEnd: number;
  /** Index just after the unit. */
  unitEnd: number;
  /** Index just after the qualifier, = unitEnd when there is none. */
  end: number;
  value: number;
  max: number | null;
  /** "" for an index written without a unit before a qualifier ("103.5以内"). */
  unit: string;
  /** Qualifier after the figure (以上 …), null when none. */
  cmpAfter: Cmp | null;
  /** The number was written in Chinese numerals (一, 两, 十) and is small enough to be a word
   *  (一批, 两个统筹): the caller accepts it only in a counting context. */
  chinese: boolean;
  /** The unit is a bare magnitude before a noun ("200万中小学生"). */
  bare?: boolean;
  /** Why the figure cannot be a target although it is written like one (too large, exponent). */
  refused?: string;
}

/** A note in brackets of a few characters ("(标准桩)"). */
const BRACKET_NOTE = /^[（(][^（()）]{1,8}[)）]/;
/** 翻一番 … 翻三番 (labels README: growth, unit 番). */
const DOUBLING = /^([一两二三四])番/;
const DOUBLINGS: Record<string, number> = { 一: 1, 两: 2, 二: 2, 三: 3, 四: 4 };

/** Sticky scanners: each is tried at one index, never on a substring (the second number of a
 *  range; a number's own digits are scanned by arabicEnd). */
const ARABIC = /\d+(?:,\d{3})*(?:\.\d+)?/y;
const CHINESE = new RegExp(`[${CHINESE_NUMERAL_CHARS}]+`, 'y');
const RANGE_SEP = /(?:-|—|–|~|～|至|到)/y;
/** 百分之五, 千分之三, and with decimals as Hong Kong and Taiwan papers write them: 百分之四点六. */
const FRACTION = new RegExp(`(负)?(百分之|千分之|万分之)(\\d+(?:\\.\\d+)?|[${CHINESE_NUMERAL_CHARS}]{1,4})(?:点([零〇一二三四五六七八九]{1,4}))?`, 'y');
const FRACTION_UNIT: Record<string, string> = { 百分之: '%', 千分之: '‰', 万分之: '‱' };
/** A magnitude then 余/多 ("万余"), before the unit. */
const MAGNITUDE_MORE = /^(万亿|千万|百万|万|亿)[余多]/;

const isDigit = (c: number) => c >= 48 && c <= 57;
const isAsciiWord = (ch: string) => /[\dA-Za-z.]/.test(ch);
/** The words a road's number follows ("国道345周驻交界至…"). */
const ROAD_NUMBER = /^(?:国道|省道|县道|乡道)$/;
/** Where a figure can start: a digit, a Chinese numeral, 负 (负2%) or 万 (万分之二). */
const STARTS = charTable(`0123456789${CHINESE_NUMERAL_CHARS}负万`);

/**
 * A minus sign before a number: "-1‰", "－1‰" (made half-width by cleanText), "−1‰" (U+2212),
 * "负2%". The ASCII hyphen counts only after a word or a colon: after a digit it is a range or a
 * date (1-2家, 2023-2024年), at the start of a line a bullet.
 */
const HYPHEN_SIGN = /[-−]$/;
const HYPHEN_AFTER = /[\u4e00-\u9fa5：:]$/;
/** A dash (— –) is a minus only right after the verb or comparator that states the figure;
 *  "——" before a heading is punctuation, and so is a dash after a noun. */
const DASH_SIGN = /(增长|下降|降低|减少|提高|回升|控制在|保持在|稳定在|维持在|为|达到|在)[—–]$/;

/** The length of the minus sign that ends `before` (0 when the number has none). */
export function signBefore(before: string): number {
  if (/负$/.test(before)) return 1;
  if (HYPHEN_SIGN.test(before) && HYPHEN_AFTER.test(before.slice(0, -1))) return 1;
  if (DASH_SIGN.test(before)) return 1;
  return 0;
}

/** A Chinese numeral that is a quantity whatever its context: two characters or more, 20 or more
 *  ("一千二百人", "两千三百家", "二十个"); 一, 两, 十五 may be words or list counts. */
function bigChinese(text: string, value: number): boolean {
  return text.length >= 2 && value >= 20;
}

/** Every number followed by a unit, in order. Numbers without a unit are not figures, except an
 *  index before a qualifier ("居民消费价格指数控制在103.5以内"). */
export function findFigures(text: string): Figure[] {
  const figures: Figure[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    if (STARTS[code] !== 1) {
      i++;
      continue;
    }
    const ch = text[i];
    const digit = isDigit(code);
    // 翻一番, 翻两番: the number of doublings, a change (growth.ts).
    if (!digit && i > 0 && text[i - 1] === '翻') {
      const doubling = DOUBLING.exec(text.slice(i, i + 2));
      if (doubling) {
        const end = i + 2;
        const q = qualifierAfter(text, end);
        figures.push({ start: i - 1, numberEnd: i + 1, unitEnd: end, end: end + (q ? q.length : 0), value: DOUBLINGS[doubling[1]], max: null, unit: '番', cmpAfter: q ? q.cmp : null, chinese: false });
        i = end + (q ? q.length : 0);
        continue;
      }
    }
    if (ch === '负' || ch === '百' || ch === '千' || ch === '万') {
      const fraction = fractionAt(text, i);
      if (fraction) {
        figures.push(fraction);
        i = fraction.end;
        continue;
      }
      const tenThousand = ch === '万' ? bareTenThousand(text, i) : null;
      if (tenThousand) {
        figures.push(tenThousand);
        i = tenThousand.end;
        continue;
      }
      if (ch === '负' || ch === '万') {
        i++;
        continue;
      }
    }
    const read = digit ? readArabic(text, i) : readChinese(text, i);
    if (read === null) {
      i++;
      continue;
    }
    if (read.figure) {
      figures.push(read.figure);
      i = read.figure.end;
    } else {
      i = read.next;
    }
  }
  return figures;
}

function readArabic(text: string, i: number): { figure?: Figure; next: number } | null {
  // Inside a word or a longer number (PM2.5, S220, 5G), or a road's number (国道107, 省道234): skip
  // the rest of the digits.
  if (i > 0 && (isAsciiWord(text[i - 1]) || ROAD_NUMBER.test(text.slice(Math.max(0, i - 2), i)))) {
    let j = i;
    while (j < text.length && isAsciiWord(text[j])) j++;
    return { next: j };
  }
  const numberEnd = arabicEnd(text, i);
  if (numberEnd === i) return null;
  const m = [text.slice(i, numberEnd)];
  let end = numberEnd;
  EXPONENT.lastIndex = end;
  const exponent = EXPONENT.exec(text);
  if (exponent) end += exponent[0].length;
  const sign = signBefore(text.slice(Math.max(0, i - 4), i));
  const magnitude = exponent ? Number(m[0].replace(/,/g, '') + exponent[0]) : parseNumber(m[0]);
  const figure = figureAt(text, i - sign, end, magnitude === null ? null : sign ? -magnitude : magnitude, true, Boolean(exponent));
  return { figure: figure ?? undefined, next: end };
}

/**
 * Where the Arabic number at i ends: digits, thousands groups (",600"), a decimal part. A loop, not
 * a regexp: a regexp over a 5 MB run of digits overflows its stack under load.
 */
function arabicEnd(text: string, i: number): number {
  const digit = (k: number) => k < text.length && isDigit(text.charCodeAt(k));
  let j = i;
  while (digit(j)) j++;
  if (j === i) return i;
  while (text[j] === ',' && digit(j + 1) && digit(j + 2) && digit(j + 3)) j += 4;
  if (text[j] === '.' && digit(j + 1)) {
    j++;
    while (digit(j)) j++;
  }
  return j;
}

/** Scientific notation (1e400): not how documents write targets, refused rather than read. */
const EXPONENT = /[eE][+-]?\d+/y;

/** Why a number cannot be a target: beyond the integers a spreadsheet keeps exactly (2^53), or
 *  written with an exponent. */
function refusal(value: number, exponent: boolean): string | undefined {
  if (exponent) return '数字用科学计数法书写，不是目标值的写法';
  if (!Number.isFinite(value) || Math.abs(value) > Number.MAX_SAFE_INTEGER) return '数字过大（超过2的53次方），无法准确保存';
  return undefined;
}

function readChinese(text: string, i: number): { figure?: Figure; next: number } | null {
  if (i > 0 && isDigit(text.charCodeAt(i - 1))) return null;
  CHINESE.lastIndex = i;
  const m = CHINESE.exec(text);
  if (!m) return null;
  // Long runs are words (一一二三), not numbers; so are 百/千 without a digit before them (千家万户,
  // 百花齐放, 千万元以上 as a size class).
  const end = i + m[0].length;
  // 百万/千万 before a unit are a hundred or a thousand of ten thousands ("产量稳定在百万吨以上").
  const magnitudeAfter = text[end] === '万' || text[end] === '亿';
  const hundreds = (m[0] === '百' || m[0] === '千') && magnitudeAfter;
  if (m[0].length > 6 || ((m[0][0] === '百' || m[0][0] === '千') && !hundreds)) return { next: end };
  const value = parseNumber(m[0]);
  const figure = figureAt(text, i, end, value, false);
  // A numeral with a magnitude (两万户, 百万吨) is a quantity, never a word or an ordinal.
  if (figure && (bigChinese(m[0], value ?? 0) || magnitudeAfter)) figure.chinese = false;
  return { figure: figure ?? undefined, next: end };
}

/** The rest of a figure whose number is text[numberStart, numberEnd): range, unit, qualifier. */
function figureAt(text: string, start: number, numberEnd: number, value: number | null, arabic: boolean, exponent = false): Figure | null {
  if (value === null || Number.isNaN(value)) return null;
  let j = numberEnd;
  let max: number | null = null;
  // A range with the unit once: 1-2家, 3至5个, 8-8.5%.
  RANGE_SEP.lastIndex = j;
  const sep = RANGE_SEP.exec(text);
  if (sep) {
    const second = (arabic ? ARABIC : CHINESE);
    second.lastIndex = j + sep[0].length;
    const m = second.exec(text);
    if (m) {
      max = parseNumber(m[0]);
      j += sep[0].length + m[0].length;
    }
  }
  // 千 as a magnitude after digits ("8千余户", "3千人"): the figure counts in the unit after it.
  if (arabic && max === null && text[j] === '千' && text[j + 1] !== '万' && text[j + 1] !== '亿' && !/[瓦克米卡伏焦]/.test(text[j + 1] ?? '')) {
    value *= 1000;
    j += 1;
  }
  // "3个亿": 个 before a magnitude is spoken usage, the magnitude is the unit ("3 亿").
  if (arabic && max === null && text[j] === '个' && (text[j + 1] === '亿' || text[j + 1] === '万')) j += 1;
  const numEnd = j;
  // 余/多 between number and unit (1.7万余件, 100多家) mean "more than".
  let approxMore = false;
  if ((text[j] === '余' || text[j] === '多') && matchUnit(text, j + 1, arabic)) {
    approxMore = true;
    j += 1;
  }
  let unit = matchUnit(text, j, arabic, arabic && max === null);
  // …and between a magnitude and the unit (1.2万余人次, 3万多亩).
  const moreAfter = unit === null || unit.bare === true ? MAGNITUDE_MORE.exec(text.slice(j, j + 5)) : null;
  const base = moreAfter ? matchUnit(text, j + moreAfter[0].length, arabic) : null;
  if (moreAfter && base && !base.bare && !/^[万亿千百]/.test(base.unit)) {
    approxMore = true;
    unit = { unit: moreAfter[1] + base.unit, length: moreAfter[0].length + base.length };
  }
  // A ratio to one ("之比达到2.2:1", "收入比缩小到1.85：1"): the figure is its first term, without a unit.
  if (!unit && arabic && max === null && /^[:：]1(?![\d.])/.test(text.slice(j, j + 3))) {
    const q = qualifierAfter(text, j + 2);
    return { start, numberEnd: numEnd, unitEnd: j + 2, end: j + 2 + (q ? q.length : 0), value, max, unit: '', cmpAfter: q ? q.cmp : null, chinese: false };
  }
  if (!unit) {
    // An index without a unit, stated with a qualifier right after it: 控制在103.5以内.
    const q = arabic && max === null ? qualifierAfter(text, j) : null;
    if (!q || q.cmp === '~' || exponent) return null;
    const figure: Figure = { start, numberEnd: numEnd, unitEnd: j, end: j + q.length, value, max, unit: '', cmpAfter: q.cmp, chinese: false };
    const refused = refusal(value, false);
    if (refused) figure.refused = refused;
    return figure;
  }
  const unitEnd = j + unit.length;
  let end = unitEnd;
  // A range with the unit at both ends: 6.5%-7%, 5%—5.5%, -2%至1%.
  if (max === null && arabic) {
    RANGE_SEP.lastIndex = unitEnd;
    const sep2 = RANGE_SEP.exec(text);
    if (sep2) {
      ARABIC.lastIndex = unitEnd + sep2[0].length;
      const m = ARABIC.exec(text);
      if (m && text.startsWith(unit.unit, ARABIC.lastIndex)) {
        max = parseNumber(m[0]);
        end = ARABIC.lastIndex + unit.length;
      }
    }
  }
  // A short note in brackets between the unit and its qualifier ("200个(标准桩)以上").
  const note = BRACKET_NOTE.exec(text.slice(end, end + 12));
  if (note && qualifierAfter(text, end + note[0].length)) end += note[0].length;
  const q = qualifierAfter(text, end);
  let cmpAfter: Cmp | null = approxMore ? '>=' : null;
  if (q) {
    cmpAfter = q.cmp;
    end += q.length;
  }
  const figure: Figure = { start, numberEnd: numEnd, unitEnd: end - (q ? q.length : 0), end, value, max, unit: unit.unit, cmpAfter, chinese: !arabic };
  if (unit.bare) figure.bare = true;
  const refused = refusal(value, exponent) ?? (max === null ? undefined : refusal(max, false));
  if (refused) figure.refused = refused;
  return figure;
}

/** A bare 万 before a measure word of people or events ("开展万场“文化大篷车”活动", "万名居家长者乐享
 *  智慧养老", "力争建成万套保障房"): ten thousand. Not after a numeral or a word of vagueness (两万, 数万名, 上万场), and not
 *  before 家/人/户, which make words (进万家, 万人助万企). */
const TEN_THOUSAND_OF = /^(?:人次|场次|名|场|例|册|套)/;
/** The verbs of passing a threshold, before a bare 万元. */
const PASSED = /(?:突破|超过|跨越|迈上|达到)$/;
function bareTenThousand(text: string, i: number): Figure | null {
  const before = text[i - 1] ?? '';
  // 成万 is "tens of thousands", but not after 建成/完成/达成 ("力争建成万套保障房").
  const vagueCheng = before === '成' && !/[建完达]/.test(text[i - 2] ?? '');
  if (vagueCheng || /[\d数几上千百亿万余近约多]/.test(before) || (before !== '' && CHINESE_NUMERAL_CHARS.includes(before))) return null;
  // "农村居民人均纯收入突破万元": ten thousand yuan, a threshold to pass.
  const m = TEN_THOUSAND_OF.exec(text.slice(i + 1, i + 3)) ?? (text[i + 1] === '元' && PASSED.test(text.slice(Math.max(0, i - 2), i)) ? ['元'] : null);
  if (!m) return null;
  const unitEnd = i + 1 + m[0].length;
  const q = qualifierAfter(text, unitEnd);
  return {
    start: i, numberEnd: i + 1, unitEnd, end: unitEnd + (q ? q.length : 0), value: 10000, max: null,
    unit: m[0], cmpAfter: q ? q.cmp : null, chinese: false,
  };
}

/** 百分之五, 千分之三, 负千分之一, 万分之2: the unit written before the number. */
function fractionAt(text: string, i: number): Figure | null {
  FRACTION.lastIndex = i;
  const m = FRACTION.exec(text);
  if (!m) return null;
  const whole = parseNumber(m[3]);
  // 百分之百 is "wholly" (百分之百完成), not a rate to reach.
  if (whole === null || m[0].endsWith('百分之百')) return null;
  // The decimals, digit by digit ("四点六" → 4.6).
  const magnitude = m[4] && Number.isInteger(whole) ? Number(`${whole}.${chineseDigits(m[4])}`) : whole;
  const unitEnd = i + m[0].length;
  const q = qualifierAfter(text, unitEnd);
  return {
    start: i, numberEnd: unitEnd, unitEnd, end: unitEnd + (q ? q.length : 0), value: m[1] ? -magnitude : magnitude,
    // Not flagged chinese: 千分之三 cannot be a word or an ordinal the way a bare 三 can.
    max: null, unit: FRACTION_UNIT[m[2]], cmpAfter: q ? q.cmp : null, chinese: false,
  };
}
