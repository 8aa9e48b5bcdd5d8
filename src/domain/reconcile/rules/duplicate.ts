/** duplicate: a second row for one indicator and month. Only the first is read: different
 *  figures are an error, the same figure twice a warning (a row to delete). */
import { figureText, numberOf, sameFigure, type FigureIndex } from '../figureIndex';
import { checkFinding, type CheckFinding, type CheckInput } from '../types';

export function duplicateRows(input: CheckInput, index: FigureIndex): CheckFinding[] {
  const items = new Map(input.items.map((c) => [c.item.id, c]));
  const out: CheckFinding[] = [];
  for (const { figure, first } of index.repeats) {
    const c = items.get(figure.id);
    if (!c) continue;
    const a = numberOf(figure);
    const b = numberOf(first);
    const same = a !== null && b !== null ? sameFigure(a, b) : String(figure.raw) === String(first.raw);
    const where = first.place.cell ?? (first.place.row !== undefined ? `第${first.place.row}行` : '');
    out.push(
      checkFinding('duplicate', same ? 'warning' : 'error', c, figure.month, input.rules.mergeJanFeb, {
        ...figure.place,
        value: a !== null ? figureText(a) : String(figure.raw),
        previous: b !== null ? figureText(b) : String(first.raw),
        expected: where,
      }),
    );
  }
  return out;
}
