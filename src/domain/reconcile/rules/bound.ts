/** bound: a completion rate (累计值 ÷ 目标) above the plausibility bound of 规则 (300 % by default). */
import { methodOf } from '../../progress/method';
import { reportingMonth } from '../../progress/months';
import { figureText, numericMonths, type FigureIndex } from '../figureIndex';
import { checkFinding, type CheckFinding, type CheckInput } from '../types';

export function completionBound(input: CheckInput, index: FigureIndex): CheckFinding[] {
  const merged = input.rules.mergeJanFeb;
  const m = reportingMonth(input.month, merged);
  const out: CheckFinding[] = [];
  for (const c of input.items) {
    if (methodOf(c.item, c.settings) !== '完成率' || c.item.target === null) continue;
    const target = c.item.target;
    for (const cur of numericMonths(index, c.item.id)) {
      if (cur.month > m || cur.value / target <= input.rules.completionBound) continue;
      out.push(checkFinding('bound', 'warning', c, cur.month, merged, { ...cur.figure.place, value: figureText(cur.value), factor: cur.value / target, expected: figureText(input.rules.completionBound) }));
    }
  }
  return out;
}
