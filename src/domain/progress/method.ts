/**
 * Which test an item gets. The word is also written by the 进度 sheet's 方法 column (same rule as
 * a formula), so a clerk sees how each row was judged.
 */
import type { ItemSettings, ProgressItem } from './types';

export type Method = '完成率' | '差距' | '上限' | '区间' | '底线' | '相对' | '节点' | '无目标';

/** Units whose figures are rates: compared in percentage points, never divided. */
export function isRateUnit(unit: string): boolean {
  return unit === '%' || unit === '个百分点' || unit === '‰' || unit === '‱';
}

export function methodOf(item: ProgressItem, settings: ItemSettings): Method {
  if (item.kind === 'milestone') return '节点';
  if (item.kind === 'bottomline') return '底线';
  if (item.kind === 'relative') return '相对';
  if (item.target === null) return '无目标';
  const rate = item.kind === 'growth' || isRateUnit(item.unit);
  if (item.cmp === '~' && rate) return '区间';
  if (item.cmp === '<=' || (item.kind === 'level' && settings.lowerIsBetter)) return '上限';
  if (rate) return '差距';
  // An amount or count: completion = actual / target, which needs a positive target.
  return item.target > 0 ? '完成率' : '无目标';
}
