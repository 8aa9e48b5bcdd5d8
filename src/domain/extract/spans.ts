/**
 * Parts of a sentence whose numbers are names, not figures: quoted slogans (“1+2+N”, “三类500强”,
 * “十年禁渔”), titles (《…》), and parenthesised remarks (（二期）, （2023-2025年）).
 * Returns a mask: true at every index inside such a part (the brackets included).
 */
const PAIRS: Array<[string, string]> = [
  ['“', '”'], ['"', '"'], ['《', '》'], ['〈', '〉'], ['「', '」'], ['『', '』'], ['（', '）'], ['(', ')'], ['【', '】'],
];

const TARGET_WORDS = /(达到|以上|以内|不低于|不少于|不超过|控制在|提高到|提升至|新增|建成|完成)/;

export function protectedMask(text: string): boolean[] {
  const mask = new Array<boolean>(text.length).fill(false);
  for (const [open, close] of PAIRS) {
    let i = 0;
    while (i < text.length) {
      const start = text.indexOf(open, i);
      if (start < 0) break;
      const end = text.indexOf(close, start + 1);
      // An unclosed mark (a quote cut by a page break) protects nothing: better to read a figure
      // than to lose the rest of the paragraph.
      // A parenthesis that states a target ("（城市建成区25%以上的面积达到…）") is read; one that
      // names examples ("（菱泊湖小区1956户、…）") or a phase ("（二期）") is not.
      const paren = open === '（' || open === '(';
      const states = paren && end > 0 && TARGET_WORDS.test(text.slice(start, end));
      if (end < 0 || end - start > 60 || states) {
        i = start + 1;
        continue;
      }
      for (let k = start; k <= end; k++) mask[k] = true;
      i = end + 1;
    }
  }
  return mask;
}
