/**
 * Escalation (提醒 → 督办 → 约谈) from consecutive months behind, as local practice does it (广元:
 * two yellows give a 专函督办; 隆昌: three reds give 约谈 of the unit head; 三亚: yellow leads to
 * 约谈). Per item, the months in a row, ending with the month judged, that were 预警 or 滞后
 * ("behind") and that were 滞后 ("red"); the rule in 规则 turns them into a step. A month 未填报 or
 * 不适用 ends a run: it is not a month behind (missing figures are chased by 报送情况 instead).
 */
import type { ProgressRules, ProgressStatus } from '../progress/types';

export type EscalationStep = '提醒' | '督办' | '约谈';
export const ESCALATION_STEPS: readonly EscalationStep[] = ['提醒', '督办', '约谈'];

export interface StatusSeries {
  id: string;
  name: string;
  owner: string;
  /** Status by period month (only the periods judged). */
  statuses: ReadonlyMap<number, ProgressStatus>;
}

export interface Escalation {
  id: string;
  name: string;
  owner: string;
  step: EscalationStep;
  /** Months in a row 预警 or worse, and 滞后, ending with the month judged. */
  behind: number;
  red: number;
  /** Why, in words: "连续2个月滞后". */
  reason: string;
}

export type EscalationRules = Pick<ProgressRules, 'remindAfter' | 'superviseAfterBehind' | 'superviseAfterRed' | 'interviewAfterRed'>;

/** The run of months, ending with the last of `periods`, whose status passes `test`. */
function run(statuses: ReadonlyMap<number, ProgressStatus>, periods: readonly number[], test: (s: ProgressStatus) => boolean): number {
  let n = 0;
  for (let i = periods.length - 1; i >= 0; i--) {
    const s = statuses.get(periods[i]);
    if (s === undefined || !test(s)) break;
    n++;
  }
  return n;
}

/** The step an item's runs call for, or null. */
export function stepOf(behind: number, red: number, rules: EscalationRules): EscalationStep | null {
  const at = (n: number, k: number) => k > 0 && n >= k;
  if (at(red, rules.interviewAfterRed)) return '约谈';
  if (at(red, rules.superviseAfterRed) || at(behind, rules.superviseAfterBehind)) return '督办';
  if (at(behind, rules.remindAfter)) return '提醒';
  return null;
}

/**
 * @param periods the periods up to the month judged, in order (1-2月 merged: starting with 2); an
 *   item judged quarterly has statuses only at quarter ends, and its other months are skipped.
 */
export function escalations(series: readonly StatusSeries[], periods: readonly number[], rules: EscalationRules): Escalation[] {
  const out: Escalation[] = [];
  for (const s of series) {
    const judged = periods.filter((p) => s.statuses.has(p));
    const behind = run(s.statuses, judged, (x) => x === '预警' || x === '滞后');
    const red = run(s.statuses, judged, (x) => x === '滞后');
    const step = stepOf(behind, red, rules);
    if (!step) continue;
    const reason = red > 0 && (step === '约谈' || (step === '督办' && rules.superviseAfterRed > 0 && red >= rules.superviseAfterRed)) ? `连续${red}个月滞后` : `连续${behind}个月预警或滞后`;
    out.push({ id: s.id, name: s.name, owner: s.owner, step, behind, red, reason });
  }
  // The heaviest step first, then the longest run.
  const rank = (e: Escalation) => ESCALATION_STEPS.indexOf(e.step);
  return out.sort((a, b) => rank(b) - rank(a) || b.red - a.red || b.behind - a.behind);
}
