/** missing: a quantified target without a figure for the period due in the reporting month, by
 *  unit (the unit is the one to chase). Text in the cell is not "missing" (see text.ts). */
import { judgedMonth, reportingMonth } from '../../progress/months';
import type { FigureIndex } from '../figureIndex';
import { isQuantified } from '../kinds';
import { checkFinding, type CheckFinding, type CheckInput } from '../types';

export function missingFigures(input: CheckInput, index: FigureIndex): CheckFinding[] {
  const merged = input.rules.mergeJanFeb;
  const m = reportingMonth(input.month, merged);
  const out: CheckFinding[] = [];
  for (const c of input.items) {
    if (!isQuantified(c.item)) continue;
    // A quarterly figure is due at the end of the last finished quarter, a yearly one in December.
    const due = judgedMonth(m, c.settings.frequency);
    if (due === 0 || index.first.get(c.item.id)?.has(due)) continue;
    out.push(checkFinding('missing', 'error', c, due, merged, { ...c.places?.get(due) }));
  }
  return out;
}
