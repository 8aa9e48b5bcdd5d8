/**
 * Chinese numerals as they appear in work reports: 一, 两, 十, 二十三, 一百零五, 三千; and numbers
 * read digit by digit, as years and decimals are written (二〇二五年, 百分之四点六).
 */

const DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const BIG_UNITS: Record<string, number> = { 万: 10000, 亿: 100000000 };

/** Characters that can make up a Chinese numeral (used by scanners to find a run). */
export const CHINESE_NUMERAL_CHARS = '零〇一二两三四五六七八九十百千';

/** Digits read one by one ("二〇二五" → "2025", "六七" → "67"; ○, the circle typed for 〇, is zero),
 *  or null when a character is no digit. */
export function chineseDigits(text: string): string | null {
  let out = '';
  for (const ch of text) {
    const d = ch === '○' ? 0 : DIGITS[ch];
    if (d === undefined) return null;
    out += String(d);
  }
  return out;
}

/** The value of a Chinese numeral, or null when the text is not one. */
export function parseChineseNumeral(text: string): number | null {
  if (text.length === 0) return null;
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  for (const ch of text) {
    if (ch in DIGITS) {
      digit = DIGITS[ch];
    } else if (ch in SMALL_UNITS) {
      // "十" alone means 10: a missing digit before a unit is one.
      section += (digit ?? 1) * SMALL_UNITS[ch];
      digit = null;
    } else if (ch in BIG_UNITS) {
      section += digit ?? 0;
      total += (section === 0 ? 1 : section) * BIG_UNITS[ch];
      section = 0;
      digit = null;
    } else {
      return null;
    }
  }
  return total + section + (digit ?? 0);
}
