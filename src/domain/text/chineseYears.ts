/**
 * Years written in Chinese numerals ("二○二六年", "二〇二五年": formal documents and papers of Hong
 * Kong and Taiwan) in digits, for reading which year a sentence tells of. Same length, same offsets:
 * callers compare years, they never show this text to a clerk.
 */
const DIGIT: Record<string, string> = { '〇': '0', '○': '0', '零': '0', '一': '1', '二': '2', '三': '3', '四': '4', '五': '5', '六': '6', '七': '7', '八': '8', '九': '9' };
const CHINESE_YEAR = /二[〇○零][〇○零一二三四五六七八九]{2}(?=\s*年)/g;

export function digitYears(text: string): string {
  if (!text.includes('二')) return text;
  return text.replace(CHINESE_YEAR, (y) => [...y].map((c) => DIGIT[c]).join(''));
}
