/**
 * 序时进度 and which period is judged. Months are 1..12; with 1-2月 reported together the first
 * period is February (its figure is the January–February cumulative) and counts as 2/12.
 */
import { r6 } from './format';
import type { Frequency, ItemSettings } from './types';

/** The reporting month as judged: with 1-2月 merged, January is the 1-2月 period. */
export function reportingMonth(month: number, mergeJanFeb: boolean): number {
  return mergeJanFeb && month < 2 ? 2 : month;
}

/** The month whose figure is judged: the month itself, the last finished quarter's end, or
 *  December for a year-end-only indicator; 0 when nothing is due yet. */
export function judgedMonth(month: number, frequency: Frequency): number {
  if (frequency === 'quarterly') return 3 * Math.floor(month / 3);
  if (frequency === 'yearly') return month === 12 ? 12 : 0;
  return month;
}

/** Planned cumulative share at the end of month e: e/12, or the clerk's quarterly plan
 *  interpolated within the quarter. */
export function plannedShare(e: number, plan: ItemSettings['quarterPlan']): number {
  if (!plan) return r6(e / 12);
  const q = Math.ceil(e / 3);
  const prev = q === 1 ? 0 : plan[q - 2];
  return r6(prev + ((plan[q - 1] - prev) * (e - 3 * (q - 1))) / 3);
}

/** The period before e (for the unit-slip check), 0 when there is none. */
export function previousMonth(e: number, frequency: Frequency, mergeJanFeb: boolean): number {
  if (frequency === 'monthly') return e - 1 < (mergeJanFeb ? 2 : 1) ? 0 : e - 1;
  if (frequency === 'quarterly') return e - 3;
  return 0;
}

/** Months that are separate reporting periods up to e (for "N missed months in a row"). */
export function periodsUpTo(e: number, mergeJanFeb: boolean): number[] {
  const out: number[] = [];
  for (let m = mergeJanFeb ? 2 : 1; m <= e; m++) out.push(m);
  return out;
}

/** "6月", "1-2月". */
export function periodLabel(m: number, mergeJanFeb: boolean): string {
  return mergeJanFeb && m === 2 ? '1-2月' : `${m}月`;
}

/** 完成时限 as written ("6月底前", "年底前", "上半年", "三季度") → due month, null if unknown. */
export function dueMonthOf(deadline: string | null): number | null {
  if (!deadline) return null;
  const m = /(\d{1,2})\s*月/.exec(deadline);
  if (m && Number(m[1]) >= 1 && Number(m[1]) <= 12) return Number(m[1]);
  if (/上半年/.test(deadline)) return 6;
  const q = /([一二三四1-4])\s*季度/.exec(deadline);
  if (q) return 3 * ('一二三四'.indexOf(q[1]) + 1 || Number(q[1]));
  if (/年底|年末|年内|全年|下半年/.test(deadline)) return 12;
  return null;
}
