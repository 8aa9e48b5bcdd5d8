import type { Mask } from './spans';
/**
 * A clause: the stretch of a sentence between two commas, semicolons, full stops or colons (or a
 * circled list number ①, or an ellipsis). Each target of a report sentence lives inside one clause; a colon ends
 * the lead-in ("主要预期目标是：").
 */
export interface Clause {
  start: number;
  end: number;
  /** Index where the sentence (up to 。！？；) that holds this clause starts. */
  sentenceStart: number;
  /** Index where the full sentence (up to 。！？ only: a list of results joined by ；is one) starts,
   *  and where it ends: the span whose words say whether it reports or plans (tense.ts). */
  periodStart: number;
  periodEnd: number;
}

import { charTable } from './lookup';

const CLAUSE_END = charTable('，,；;。！？!?：:\n①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮…');
const SENTENCE_END = charTable('。！？!?；;\n');
const PERIOD_END = charTable('。！？!?\n');

const isDigit = (ch: string | undefined) => ch !== undefined && ch >= '0' && ch <= '9';

/** A comma inside a number ("5,600人", "1,234.5亿元") separates thousands, not clauses. */
function thousandsComma(text: string, i: number): boolean {
  return text[i] === ',' && isDigit(text[i - 1]) && isDigit(text[i + 1]) && isDigit(text[i + 2]) && isDigit(text[i + 3]) && !isDigit(text[i + 4]);
}

export function splitClauses(text: string, mask: Mask): Clause[] {
  const clauses: Clause[] = [];
  let start = 0;
  let sentenceStart = 0;
  let periodStart = 0;
  let firstOfPeriod = 0;
  const n = text.length;
  for (let i = 0; i <= n; i++) {
    const atEnd = i === n;
    const code = atEnd ? 0 : text.charCodeAt(i);
    // Dots in a run ("建4所公办园改造10条小巷...汉台今年要做10件实事") are an ellipsis between phrases, as … is.
    const ellipsis = code === 46 && (text[i + 1] === '.' || text[i - 1] === '.');
    // A colon between digits writes a ratio ("之比达到2.2:1"), not the end of a lead-in.
    const ratio = (code === 58 || code === 0xff1a) && isDigit(text[i - 1]) && isDigit(text[i + 1]);
    if (atEnd || ((CLAUSE_END[code] === 1 || ellipsis) && !mask[i] && !ratio && !(code === 44 && thousandsComma(text, i)))) {
      if (i > start) clauses.push({ start, end: i, sentenceStart, periodStart, periodEnd: i });
      start = i + 1;
      if (!atEnd && SENTENCE_END[code] === 1) sentenceStart = i + 1;
      if (atEnd || PERIOD_END[code] === 1) {
        for (let k = firstOfPeriod; k < clauses.length; k++) clauses[k].periodEnd = i;
        firstOfPeriod = clauses.length;
        periodStart = i + 1;
      }
    }
  }
  return clauses;
}
