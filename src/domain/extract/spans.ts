import { charTable } from './lookup';

/**
 * Parts of a sentence whose numbers are names, not figures: quoted slogans (“1+2+N”, “三类500强”,
 * “十年禁渔”), titles (《…》), and parenthesised remarks (（二期）, （2023-2025年）).
 * Returns a mask: 1 at every index inside such a part (the brackets included).
 *
 * Linear in the text whatever it holds (100,000 unclosed quotes, 60,000 nested brackets): a part
 * longer than MAX_PART is not protected, so the closing mark is looked for within MAX_PART
 * characters of the opening one and never further.
 */
export type Mask = Uint8Array;

const PAIRS: Array<[string, string]> = [
  ['“', '”'], ['"', '"'], ['《', '》'], ['〈', '〉'], ['「', '」'], ['『', '』'], ['（', '）'], ['(', ')'], ['【', '】'],
];

/** A quote or remark longer than this is a cut-off mark or prose in brackets: it protects nothing. */
const MAX_PART = 60;

const TARGET_WORDS = /(达到|以上|以内|不低于|不少于|不超过|控制在|提高到|提升至|新增|建成|完成|^[（(]\s*其中)/;

/** A figure stated as a target: a change or level verb, then the figure and its qualifier, before the
 *  next one; or a quote that is one such target and nothing else (a division quoting its row:
 *  第1项任务“地区生产总值增长6.5%左右”). */
const TARGET_FIGURE = '(?:(?:增长|下降|提高|控制在|达到|稳定在)\\d[\\d.]*(?:%|个百分点)|(?:突破|达到|超过)\\d[\\d.]*[万亿]*(?:元|平方公里|公里|人|户|个|家|吨))(?:左右|以上|以内)?';
const QUOTED_TARGETS = new RegExp(`${TARGET_FIGURE}[,，、;；]|^[^,，、;；。]{2,30}?${TARGET_FIGURE}$`);

/** A mark that ends a sentence: a quote that ends with one holds speech. */
const SPEECH = /[。！!？?]/;

const OPENS = new Map(PAIRS.map(([open, close], k) => [open, { close, k }]));
const OPEN_CHARS = charTable(PAIRS.map(([open]) => open).join(''));

export function protectedMask(text: string): Mask {
  const mask = new Uint8Array(text.length);
  // One pass over the text; per kind of mark, where its last protected part ended (a mark inside a
  // part of its own kind does not open another).
  const resume = new Int32Array(PAIRS.length);
  for (let start = 0; start < text.length; start++) {
    if (OPEN_CHARS[text.charCodeAt(start)] !== 1) continue;
    const pair = OPENS.get(text[start]);
    if (pair === undefined || start < resume[pair.k]) continue;
    const end = closeWithin(text, pair.close, start);
    // An unclosed mark (a quote cut by a page break) protects nothing: better to read a figure
    // than to lose the rest of the paragraph.
    if (end < 0) continue;
    // A parenthesis that states a target ("（城市建成区25%以上的面积达到…）") or a target's parts
    // ("（其中，城区公厕100座、农村公厕500座）") is read; one that
    // names examples ("（菱泊湖小区1956户、…）") or a phase ("（二期）") is not.
    const paren = pair.close === '）' || pair.close === ')';
    if (paren && TARGET_WORDS.test(text.slice(start, end))) continue;
    // A quote of a report's targets ("“GDP增长5.5%左右,规模以上工业增加值增长8.5%左右……”") is read;
    // a slogan with a number in it (“1+2+N”, “三类500强”) is not.
    const quote = pair.close === '”' || pair.close === '"';
    if (quote && QUOTED_TARGETS.test(text.slice(start, end))) continue;
    // A quote that holds whole sentences ("“并实现520个行政村光纤…全覆盖,完成20万人就业技能培训。”") is someone's
    // words, read as the text around it; a slogan, a name or a headline's phrase ends without a full stop.
    if (quote && SPEECH.test(text[end - 1] ?? '')) continue;
    mask.fill(1, start, end + 1);
    resume[pair.k] = end + 1;
  }
  return mask;
}

/** Index of the first `close` after `start` within MAX_PART characters, or -1. */
function closeWithin(text: string, close: string, start: number): number {
  const last = Math.min(text.length - 1, start + MAX_PART);
  for (let k = start + 1; k <= last; k++) if (text[k] === close) return k;
  return -1;
}
