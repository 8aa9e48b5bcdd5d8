/**
 * The same target stated in several documents of a bundle (a report, its decomposition, an action
 * plan: "地区生产总值增长7.5%以上" three times) is one target to follow, not three. Found here by
 * what it measures and states (name, kind, figure, unit, comparison), for the clerk to keep one.
 */
import type { Indicator } from './model';

export interface DuplicateGroup {
  /** The first statement (in document order): the one kept by default. */
  first: Indicator;
  /** The others, in document order. */
  others: Indicator[];
}

/** What makes two statements the same target; names compared without spaces and punctuation. */
function keyOf(i: Indicator): string {
  const name = i.name.replace(/[\s，,、。；;：:“”"'（）()]/g, '');
  return [name, i.kind, i.target, i.max ?? '', i.unit, i.cmp].join('\u0000');
}

export function duplicateIndicators(indicators: readonly Indicator[]): DuplicateGroup[] {
  const groups = new Map<string, Indicator[]>();
  for (const i of indicators) {
    const k = keyOf(i);
    groups.set(k, [...(groups.get(k) ?? []), i]);
  }
  return [...groups.values()]
    .filter((g) => g.length > 1 && new Set(g.map((i) => i.line)).size > 1)
    .map((g) => {
      const sorted = [...g].sort((a, b) => a.line - b.line);
      return { first: sorted[0], others: sorted.slice(1) };
    });
}
