import { CHINESE_NUMERAL_CHARS } from '../numbers/chineseNumeral';
import { parseNumber } from '../numbers/parseNumber';
import type { Cmp } from '../model';
import { matchUnit } from './units';
import { qualifierAfter } from './qualifiers';

/**
 * A number with its unit as written in the clean text: "7.5%以上", "1-2家", "2万人", "十个".
 * start/end cover the number through the qualifier after it (以上/左右/以内).
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
  unit: string;
  /** Qualifier after the figure (以上 …), null when none. */
  cmpAfter: Cmp | null;
  /** The number was written in Chinese numerals (一, 两, 十). */
  chinese: boolean;
}

const ARABIC = /^\d+(?:,\d{3})*(?:\.\d+)?/;
const CHINESE = new RegExp(`^[${CHINESE_NUMERAL_CHARS}]+`);
const RANGE_SEP = /^(-|—|–|~|～|至|到)/;

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

/** Every number followed by a unit, in order. Numbers without a unit are not figures. */
export function findFigures(text: string): Figure[] {
  const figures: Figure[] = [];
  let i = 0;
  while (i < text.length) {
    const fraction = fractionAt(text, i);
    if (fraction) {
      figures.push(fraction);
      i = fraction.end;
      continue;
    }
    const prev = i > 0 ? text[i - 1] : '';
    const rest = text.slice(i);
    const arabic = /\d/.test(text[i]) && !/[\dA-Za-z.]/.test(prev) ? ARABIC.exec(rest) : null;
    const chinese = !arabic && !/[\d]/.test(prev) ? CHINESE.exec(rest) : null;
    const num = arabic ?? chinese;
    if (!num) {
      i++;
      continue;
    }
    // Only Arabic figures carry a sign: reports write 负增长, not 负两个百分点.
    const sign = arabic ? signBefore(text.slice(Math.max(0, i - 4), i)) : 0;
    const magnitude = parseNumber(num[0]);
    const value = magnitude === null ? null : sign ? -magnitude : magnitude;
    let j = i + num[0].length;
    let max: number | null = null;
    // A range: 1-2家, 3至5个.
    const sep = RANGE_SEP.exec(text.slice(j));
    if (sep) {
      const second = (arabic ? ARABIC : CHINESE).exec(text.slice(j + sep[0].length));
      if (second) {
        max = parseNumber(second[0]);
        j += sep[0].length + second[0].length;
      }
    }
    const numberEnd = j;
    // 余/多 between number and unit (1.7万余件, 100多家) mean "more than".
    let approxMore = false;
    if (/^(余|多)/.test(text.slice(j)) && matchUnit(text.slice(j + 1))) {
      approxMore = true;
      j += 1;
    }
    const unit = matchUnit(text.slice(j));
    // A number without a unit (12345热线, 5G, 第1页) is not a figure; long Chinese runs are words.
    if (value === null || !unit || (chinese && num[0].length > 4)) {
      i += num[0].length;
      continue;
    }
    const unitEnd = j + unit.length;
    let end = unitEnd;
    const q = qualifierAfter(text.slice(unitEnd));
    let cmpAfter: Cmp | null = approxMore ? '>=' : null;
    if (q) {
      cmpAfter = q.cmp;
      end += q.length;
    }
    figures.push({
      start: i - sign, numberEnd, unitEnd, end, value, max, unit: unit.unit, cmpAfter, chinese: Boolean(chinese),
    });
    i = end;
  }
  return figures;
}

/** 百分之五, 千分之三, 负千分之一, 万分之2: the unit written before the number. */
const FRACTION = new RegExp(`^(负)?(百分之|千分之|万分之)(\\d+(?:\\.\\d+)?|[${CHINESE_NUMERAL_CHARS}]{1,4})`);
const FRACTION_UNIT: Record<string, string> = { 百分之: '%', 千分之: '‰', 万分之: '‱' };

function fractionAt(text: string, i: number): Figure | null {
  const m = FRACTION.exec(text.slice(i));
  if (!m) return null;
  const magnitude = parseNumber(m[3]);
  // 百分之百 is "wholly" (百分之百完成), not a rate to reach.
  if (magnitude === null || m[0].endsWith('百分之百')) return null;
  const unitEnd = i + m[0].length;
  const q = qualifierAfter(text.slice(unitEnd));
  return {
    start: i, numberEnd: unitEnd, unitEnd, end: unitEnd + (q ? q.length : 0), value: m[1] ? -magnitude : magnitude,
    // Not flagged chinese: 千分之三 cannot be a word or an ordinal the way a bare 三 can.
    max: null, unit: FRACTION_UNIT[m[2]], cmpAfter: q ? q.cmp : null, chinese: false,
  };
}
