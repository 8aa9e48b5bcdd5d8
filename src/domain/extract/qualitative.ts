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
const LIST_NUMBER = /^(\d{1,2}[.、]|[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|[一二三四五六七八九十]{1,3}是)/;

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
  // Cheap keyword checks first: most clauses state none of these, and the patterns are heavy.
  const raw = text.slice(clause.start, clause.end);
  const maybeBottom = BOTTOM_HINT.test(raw);
  const maybeMilestone = MILESTONE_HINT.test(raw);
  const maybeRelative = !hasFigure && RELATIVE_HINT.test(raw);
  if (!maybeBottom && !maybeMilestone && !maybeRelative) return [];
  const words = clauseWords(text, clause, mask);
  if (maybeBottom) {
    const before = previous ? clauseWords(text, previous, mask).s : '';
    const bottom = bottomLinesOf(words, before);
    if (bottom.length > 0) return bottom;
  }
  if (hasFigure) return maybeMilestone ? milestonesOf(words, true) : [];
  const relative = maybeRelative ? relativeOf(words) : null;
  if (relative) return [relative];
  return maybeMilestone ? milestonesOf(words, false) : [];
}

/** Words without which a clause cannot state a bottom line (bottomLines.ts). */
const BOTTOM_HINT = /[不零无杜]|达标|双下降/;
/** …a relative target (relatives.ts). */
const RELATIVE_HINT = /同步|一致|下达|考核|目标|平均|要求|同时|水平|持平|减排|节能|增速|增幅|涨幅|收窄|缩小/;
/** …a milestone (milestones.ts: its completion verbs, 清零, and poverty ended). */
const MILESTONE_HINT = /建成|完成|启动|投产|开工|动工|竣工|投用|通车|挂牌|开业|获批|开通|开学|创成|搬迁|投入使用|投入运营|交付使用|清零|封顶|并网|完工|开街|上线|开行|开建|脱贫|摘帽|出列/;
