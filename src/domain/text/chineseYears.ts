/**
 * Years written in Chinese numerals ("二○二六年", "二〇二五年": formal documents and papers of Hong
 * Kong and Taiwan) in digits, for reading which year a sentence tells of. Same length, same offsets:
 * callers compare years, they never show this text to a clerk.
 */
import { chineseDigits } from '../numbers/chineseNumeral';

const CHINESE_YEAR = /二[〇○零][〇○零一二三四五六七八九]{2}(?=\s*年)/g;

export function digitYears(text: string): string {
  if (!text.includes('二')) return text;
  return text.replace(CHINESE_YEAR, (year) => chineseDigits(year) ?? year);
}
