import type { Mask } from './spans';
/**
 * Which checkable target without a figure a clause states: bottom lines first (they may share a
 * clause with a figure), then targets relative to another figure, then milestones.
 */
import type { Clause } from './clauses';
import { bottomLinesOf } from './bottomLines';
import { milestonesOf } from './milestones';
import { relativeOf } from './relatives';
import type { ClauseWords, RawQualitative } from './qualitativeTypes';

export type { RawQualitative } from './qualitativeTypes';

/** A list number at the start of an item ("3.", "1、", "（二）", "①") is layout, not words. */
const LIST_NUMBER = /^(\d{1,2}[.、]|[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、)/;

function clauseWords(text: string, c: Clause, mask: Mask): ClauseWords {
  const raw = text.slice(c.start, c.end);
  let lead = raw.length - raw.replace(/^[、，,；;\s]+/, '').length;
  const number = LIST_NUMBER.exec(raw.slice(lead));
  if (number) lead += number[0].length;
  return { s: raw.slice(lead).replace(/[。]$/, ''), offset: c.start + lead, mask };
}

/**
 * The qualitative targets of one clause. `hasFigure`: the clause already gave an indicator, so
 * only bottom lines and a deliverable listed beside the count (“5所…、…改扩建项目建成”) are read.
 * `previous`: the clause before in the same sentence, which may name what a bare “做到动态清零”
 * is about.
 */
export function qualitativeOfClause(
  text: string, clause: Clause, hasFigure: boolean, mask: Mask, previous: Clause | null = null,
): RawQualitative[] {
  const words = clauseWords(text, clause, mask);
  const before = previous ? clauseWords(text, previous, mask).s : '';
  const bottom = bottomLinesOf(words, before);
  if (bottom.length > 0) return bottom;
  if (hasFigure) return milestonesOf(words, true);
  const relative = relativeOf(words);
  if (relative) return [relative];
  return milestonesOf(words, false);
}
