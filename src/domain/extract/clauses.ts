/**
 * A clause: the stretch of a sentence between two commas, semicolons, full stops or colons (or a
 * circled list number ①). Each target of a report sentence lives inside one clause; a colon ends
 * the lead-in ("主要预期目标是：").
 */
export interface Clause {
  start: number;
  end: number;
  /** Index where the sentence (up to 。！？) that holds this clause starts. */
  sentenceStart: number;
}

const CLAUSE_END = /[，,；;。！？!?：:\n①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮]/;
const SENTENCE_END = /[。！？!?；;\n]/;

export function splitClauses(text: string, mask: boolean[]): Clause[] {
  const clauses: Clause[] = [];
  let start = 0;
  let sentenceStart = 0;
  for (let i = 0; i <= text.length; i++) {
    const atEnd = i === text.length;
    const ch = atEnd ? '' : text[i];
    if (atEnd || (!mask[i] && CLAUSE_END.test(ch))) {
      if (i > start) clauses.push({ start, end: i, sentenceStart });
      start = i + 1;
      if (!atEnd && SENTENCE_END.test(ch)) sentenceStart = i + 1;
    }
  }
  return clauses;
}
