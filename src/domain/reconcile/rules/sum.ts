/** sum: last month's cumulative + this month's (当月值) ≠ this month's cumulative, where the form or
 *  file gives both. The first period of the year has no month before: its cumulative is its 当月值. */
import { previousMonth, reportingMonth } from '../../progress/months';
import { figureText, numberOf, type FigureIndex } from '../figureIndex';
import { isCumulative } from '../kinds';
import { checkFinding, type CheckFinding, type CheckInput } from '../types';

export function sumFigures(input: CheckInput, index: FigureIndex): CheckFinding[] {
  const merged = input.rules.mergeJanFeb;
  const m = reportingMonth(input.month, merged);
  const out: CheckFinding[] = [];
  for (const c of input.items) {
    if (!isCumulative(c.item, c.settings)) continue;
    const months = index.first.get(c.item.id);
    if (!months) continue;
    for (const [month, figure] of months) {
      const total = numberOf(figure);
      const current = figure.current;
      if (month > m || total === null || current === null || current === undefined) continue;
      const p = previousMonth(month, 'monthly', merged);
      const before = p === 0 ? 0 : numberOf(months.get(p));
      if (before === null) continue; // last month's cumulative not given: nothing to add up
      const expected = before + current;
      if (Math.abs(total - expected) <= Math.max(0.01, 1e-3 * Math.abs(expected))) continue;
      out.push(
        checkFinding('sum', 'error', c, month, merged, {
          ...figure.place,
          value: figureText(total),
          previous: figureText(before),
          expected: figureText(expected),
          current: figureText(current),
        }),
      );
    }
  }
  return out;
}
