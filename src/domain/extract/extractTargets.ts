import { cleanText, originalSpan } from './cleanText';
import { splitClauses } from './clauses';
import { findFigures } from './figures';
import { indicatorsOfClause, type RawIndicator } from './indicators';
import { qualitativeOfClause } from './qualitative';
import { rankingOfClause } from './ranking';
import { protectedMask } from './spans';
import type { ExtractedIndicator, ExtractedQualitative, ExtractedTargets } from './types';

export type { ExtractedIndicator, ExtractedQualitative, ExtractedTargets } from './types';

/**
 * The targets stated in one paragraph or one task cell. The caller decides whether the text is
 * in scope (the plan part of a report, a task row); this function only reads sentences, and
 * leaves alone numbers that name, qualify or date something (“1+2+N”, 引进50亿元以上项目1个 → 1 个,
 * 总投资356.8亿元的…, 2024年, 第一, 6月底前).
 */
export function extractTargets(text: string): ExtractedTargets {
  const clean = cleanText(text);
  const t = clean.text;
  const mask = protectedMask(t);
  const figures = findFigures(t).filter((f) => !mask[f.start]);
  const clauses = splitClauses(t, mask);
  const indicators: ExtractedIndicator[] = [];
  const qualitative: ExtractedQualitative[] = [];
  const kept: Array<RawIndicator & { sentence: number }> = [];
  const carry: { verb: string | null; subject?: string | null } = { verb: null };
  let sentence = -1;
  let previous: (typeof clauses)[number] | null = null;
  for (const clause of clauses) {
    if (clause.sentenceStart !== sentence) {
      sentence = clause.sentenceStart;
      carry.verb = null;
      carry.subject = null;
      previous = null;
    }
    const own = figures.filter((f) => f.start >= clause.start && f.end <= clause.end);
    const raws = indicatorsOfClause(t, clause, own, carry);
    if (own.length === 0) raws.push(...rankingOfClause(t, clause));
    for (const r of raws) {
      // A target restated in a later sentence of the same paragraph ("5.完成2所…建设。2024年计划完成2所…建设") is one target.
      if (kept.some((k) => k.sentence !== sentence && k.target === r.target && k.unit === r.unit && sharesRun(k.name, r.name))) continue;
      kept.push({ ...r, sentence });
      const span = originalSpan(text, clean, r.quoteStart, r.quoteEnd);
      const ind: ExtractedIndicator = {
        quote: span.quote, name: r.name, kind: r.kind, target: r.target, max: r.max, unit: r.unit, cmp: r.cmp,
        offset: span.offset,
      };
      if (r.uncertain) ind.uncertain = r.uncertain;
      indicators.push(ind);
    }
    for (const q of qualitativeOfClause(t, clause, raws.length > 0, mask, previous)) {
      const span = originalSpan(text, clean, q.quoteStart, q.quoteEnd);
      qualitative.push({ quote: span.quote, name: q.name, type: q.type, offset: span.offset });
    }
    previous = clause;
  }
  return { indicators, qualitative };
}

/** Two names share a run of four characters (one restates the other). */
function sharesRun(a: string, b: string): boolean {
  if (a === b) return true;
  for (let i = 0; i + 4 <= a.length; i++) if (b.includes(a.slice(i, i + 4))) return true;
  return false;
}
