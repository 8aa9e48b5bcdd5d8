/** swing: a growth rate (累计增速) that moves more than the 规则 threshold (30 points by default)
 *  from the period before: possible, but it needs a reason. */
import { previousMonth, reportingMonth } from '../../progress/months';
import { figureText, numberOf, type FigureIndex } from '../figureIndex';
import { isGrowthRate } from '../kinds';
import { checkFinding, type CheckFinding, type CheckInput } from '../types';

export function growthSwings(input: CheckInput, index: FigureIndex): CheckFinding[] {
  const merged = input.rules.mergeJanFeb;
  const m = reportingMonth(input.month, merged);
  const out: CheckFinding[] = [];
  for (const c of input.items) {
    if (!isGrowthRate(c.item)) continue;
    const months = index.first.get(c.item.id);
    if (!months) continue;
    for (const [month, figure] of months) {
      const v = numberOf(figure);
      const p = previousMonth(month, c.settings.frequency, merged);
      const before = p > 0 ? numberOf(months.get(p)) : null;
      if (month > m || v === null || before === null) continue;
      if (Math.abs(v - before) <= input.rules.swingPp + 1e-9) continue;
      out.push(checkFinding('swing', 'warning', c, month, merged, { ...figure.place, value: figureText(v), previous: figureText(before), expected: figureText(input.rules.swingPp) }));
    }
  }
  return out;
}
