/**
 * percent: a rate typed as a percentage where the column holds percent points. "6.5%" typed as
 * text is an error whose meaning is plain (6.5). A number a hundred times too small (0.065 against
 * a 6.5 % target: Excel stores "6.5%" typed into a General cell as 0.065) is a warning.
 */
import { figureText, percentTyped, type FigureIndex } from '../figureIndex';
import { isPercentPoints } from '../kinds';
import { checkFinding, type CheckFinding, type CheckInput } from '../types';

export function percentSlips(input: CheckInput, index: FigureIndex): CheckFinding[] {
  const out: CheckFinding[] = [];
  for (const c of input.items) {
    const target = c.item.target;
    for (const [month, figure] of index.first.get(c.item.id) ?? []) {
      if (typeof figure.raw === 'string') {
        const meant = percentTyped(figure.raw);
        if (meant === null || !isPercentPoints(c.item)) continue;
        out.push(checkFinding('percent', 'error', c, month, input.rules.mergeJanFeb, { ...figure.place, value: figure.raw, expected: figureText(meant) }));
        continue;
      }
      if (!isPercentPoints(c.item) || target === null || Math.abs(target) < 1) continue;
      const v = figure.raw;
      // A figure under 1 whose hundredfold is nearer the target than itself.
      if (v === 0 || Math.abs(v) >= 1 || Math.abs(v * 100 - target) >= Math.abs(v - target)) continue;
      out.push(checkFinding('percent', 'warning', c, month, input.rules.mergeJanFeb, { ...figure.place, value: figureText(v), expected: figureText(v * 100) }));
    }
  }
  return out;
}
