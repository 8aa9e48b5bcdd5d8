/** falling: a cumulative amount (累计值) lower than the figure of the month before. */
import { periodLabel, reportingMonth } from '../../progress/months';
import { figureText, numericMonths, type FigureIndex } from '../figureIndex';
import { isCumulative } from '../kinds';
import { checkFinding, type CheckFinding, type CheckInput } from '../types';

export function fallingFigures(input: CheckInput, index: FigureIndex): CheckFinding[] {
  const merged = input.rules.mergeJanFeb;
  const m = reportingMonth(input.month, merged);
  const out: CheckFinding[] = [];
  for (const c of input.items) {
    if (!isCumulative(c.item, c.settings)) continue;
    // The month before with a figure: a missing month between does not hide a fall.
    const series = numericMonths(index, c.item.id).filter((x) => x.month <= m);
    for (let i = 1; i < series.length; i++) {
      const prev = series[i - 1];
      const cur = series[i];
      if (cur.value >= prev.value - 1e-9 * Math.max(1, Math.abs(prev.value))) continue;
      out.push(
        checkFinding('falling', 'error', c, cur.month, merged, {
          ...cur.figure.place,
          value: figureText(cur.value),
          previous: figureText(prev.value),
          expected: periodLabel(prev.month, merged),
        }),
      );
    }
  }
  return out;
}
