import { parseChineseNumeral } from './chineseNumeral';

/**
 * A figure as written in a document: "7.5", "5600", "5,600", "２０", "十", "两".
 * Returns null for anything else, so callers can try it on a guess.
 */
export function parseNumber(text: string): number | null {
  const t = toHalfWidth(text.trim());
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(t)) return Number(t.replace(/,/g, ''));
  if (/^\d+(\.\d+)?$/.test(t)) return Number(t);
  return parseChineseNumeral(t);
}

/** Full-width digits, point, percent and comma to their ASCII forms (same length, one for one). */
export function toHalfWidth(text: string): string {
  return text.replace(/[０-９．％－]/g, (ch) => {
    if (ch === '．') return '.';
    if (ch === '％') return '%';
    if (ch === '－') return '-';
    return String.fromCharCode(ch.charCodeAt(0) - 0xfee0);
  });
}
