/**
 * Which checks an item gets, by what its figures are (口径, src/workbook/progress/figuresSheet.ts
 * basisOf): cumulative amounts never fall and add up month by month; growth rates and rates are
 * percent points, which swing but do not add up.
 */
import { isRateUnit } from '../progress/method';
import type { ItemSettings, ProgressItem } from '../progress/types';

/** A quantified target (growth or level) that must have a figure every due period. */
export function isQuantified(item: ProgressItem): boolean {
  return (item.kind === 'growth' || item.kind === 'level') && item.target !== null;
}

/** A cumulative amount or count since January (累计值), or a count of occurrences (底线). A
 *  ceiling (以内: a rank, a debt, an intensity) is a level that may go either way. */
export function isCumulative(item: ProgressItem, settings: Pick<ItemSettings, 'lowerIsBetter'>): boolean {
  if (item.kind === 'bottomline') return true;
  return item.kind === 'level' && !isRateUnit(item.unit) && item.cmp !== '<=' && !settings.lowerIsBetter;
}

/** Figures that are rates in percent points: cumulative growth (累计增速) or a level in %. */
export function isPercentPoints(item: ProgressItem): boolean {
  return item.kind === 'growth' || item.kind === 'relative' || isRateUnit(item.unit);
}

/** A growth rate (累计增速): it may swing from one month to the next. */
export function isGrowthRate(item: ProgressItem): boolean {
  return item.kind === 'growth' || item.kind === 'relative';
}
