/** future: a figure for a month after the reporting month (that month has not ended). */
import { periodLabel, reportingMonth } from '../../progress/months';
import type { FigureIndex } from '../figureIndex';
import { checkFinding, type CheckFinding, type CheckInput } from '../types';

export function futureFigures(input: CheckInput, index: FigureIndex): CheckFinding[] {
  const merged = input.rules.mergeJanFeb;
  const m = reportingMonth(input.month, merged);
  const out: CheckFinding[] = [];
  for (const c of input.items) {
    for (const [month, figure] of index.first.get(c.item.id) ?? []) {
      if (month <= m) continue;
      out.push(checkFinding('future', 'error', c, month, merged, { ...figure.place, value: String(figure.raw), expected: periodLabel(m, merged) }));
    }
  }
  return out;
}
