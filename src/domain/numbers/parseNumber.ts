import { parseChineseNumeral } from './chineseNumeral';

/**
 * A figure as written in a document: "7.5", "5600", "5,600", "２０", "十", "两".
 * Returns null for anything else, so callers can try it on a guess.
 */
export function parseNumber(text: string): number | null {
  const t = toHalfWidth(text.trim());
  const shape = decimalShape(t);
  if (shape === 'grouped') return Number(t.replace(/,/g, ''));
  if (shape === 'plain') return Number(t);
  return parseChineseNumeral(t);
}

/**
 * "plain" for 5600 or 7.5, "grouped" for 5,600 or 1,234.5 (groups of three after the first one to
 * three digits), null otherwise. A loop, not a regexp: a regexp over a 5 MB run of digits overflows
 * its backtracking stack under load, and such a run must reach the caller to be refused as too big.
 */
function decimalShape(t: string): 'plain' | 'grouped' | null {
  const digit = (k: number) => k < t.length && t.charCodeAt(k) >= 48 && t.charCodeAt(k) <= 57;
  let j = 0;
  while (digit(j)) j++;
  if (j === 0) return null;
  let grouped = false;
  if (j <= 3) {
    while (t[j] === ',' && digit(j + 1) && digit(j + 2) && digit(j + 3) && !digit(j + 4)) {
      j += 4;
      grouped = true;
    }
  }
  if (t[j] === '.' && digit(j + 1)) {
    j++;
    while (digit(j)) j++;
  }
  return j === t.length ? (grouped ? 'grouped' : 'plain') : null;
}

/** Full-width digits, point, percent and comma to their ASCII forms, and small punctuation (﹔) to
 *  the usual marks (same length, one for one). */
export function toHalfWidth(text: string): string {
  return text.replace(/[０-９．％－﹐﹑﹔﹕]/g, (ch) => SMALL_FORMS[ch] ?? (ch === '．' ? '.' : ch === '％' ? '%' : ch === '－' ? '-' : String.fromCharCode(ch.charCodeAt(0) - 0xfee0)));
}

/** The small punctuation some Big5 conversions write ("﹔" for "；"): read as the full-width marks. */
const SMALL_FORMS: Record<string, string> = { '﹐': '，', '﹑': '、', '﹔': '；', '﹕': '：' };
