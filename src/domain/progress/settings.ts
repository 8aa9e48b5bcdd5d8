/**
 * Default per-row settings, written once into 月度填报 where the clerk then changes them, and the
 * conversion of the parsed model into rows to follow.
 */
import type { Indicator, Qualitative } from '../model';
import { dueMonthOf } from './months';
import type { ItemSettings, ProgressItem } from './types';

/** GDP is released quarterly (domain.md "How figures are reported"). */
const QUARTERLY_NAMES = /地区生产总值|GDP|生产总值/;
/** A decline is the better direction. */
const DECLINE_WORDS = /下降|降低|减少|压减|压缩|削减/;

export function itemFromIndicator(ind: Indicator): ProgressItem {
  return { id: ind.id, task: ind.task, name: ind.name, kind: ind.kind, cmp: ind.cmp, target: ind.target, max: ind.max, unit: ind.unit };
}

export function itemFromQualitative(q: Qualitative, key: string): ProgressItem {
  return { id: key, task: q.task, name: q.name, kind: q.type, cmp: null, target: null, max: null, unit: '' };
}

export function defaultSettings(item: ProgressItem, quote = '', deadline: string | null = null): ItemSettings {
  const decline = DECLINE_WORDS.test(quote) || DECLINE_WORDS.test(item.name);
  // The parser signs a fall (下降50% → −50): a negative growth target is a fall to reach, so the
  // further below it the better, whatever words the name kept.
  const signedFall = item.kind === 'growth' && item.target !== null && item.target < 0 && item.cmp !== '>=';
  return {
    frequency: QUARTERLY_NAMES.test(item.name) ? 'quarterly' : 'monthly',
    lowerIsBetter: item.cmp === '<=' || (item.kind !== 'relative' && decline) || signedFall,
    tolerance: null,
    quarterPlan: null,
    plannedMonth: null,
    dueMonth: item.kind === 'milestone' ? dueMonthOf(deadline) : null,
    compareWith: null,
    milestoneStatus: null,
    note: '',
  };
}
