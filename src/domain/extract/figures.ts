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

/** Every number followed by a unit, in order. Numbers without a unit are not figures. */
export function findFigures(text: string): Figure[] {
  const figures: Figure[] = [];
  let i = 0;
  while (i < text.length) {
    const prev = i > 0 ? text[i - 1] : '';
    const rest = text.slice(i);
    const arabic = /\d/.test(text[i]) && !/[\dA-Za-z.]/.test(prev) ? ARABIC.exec(rest) : null;
    const chinese = !arabic && !/[\d]/.test(prev) ? CHINESE.exec(rest) : null;
    const num = arabic ?? chinese;
    if (!num) {
      i++;
      continue;
    }
    const value = parseNumber(num[0]);
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
      start: i, numberEnd, unitEnd, end, value, max, unit: unit.unit, cmpAfter, chinese: Boolean(chinese),
    });
    i = end;
  }
  return figures;
}
