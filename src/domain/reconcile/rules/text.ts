/** text: a figure cell holding words ("约5亿", "5,600人", "56%" in an amount): never read as zero.
 *  A percentage typed as "6.5%" where the figures are percent points is percent.ts's. */
import { percentTyped, type FigureIndex } from '../figureIndex';
import { isPercentPoints } from '../kinds';
import { checkFinding, type CheckFinding, type CheckInput } from '../types';

export function textFigures(input: CheckInput, index: FigureIndex): CheckFinding[] {
  const out: CheckFinding[] = [];
  for (const c of input.items) {
    for (const [month, figure] of index.first.get(c.item.id) ?? []) {
      if (typeof figure.raw !== 'string' || (percentTyped(figure.raw) !== null && isPercentPoints(c.item))) continue;
      out.push(checkFinding('text', 'error', c, month, input.rules.mergeJanFeb, { ...figure.place, value: figure.raw }));
    }
  }
  return out;
}
