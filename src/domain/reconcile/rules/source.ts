/**
 * source: another source reports a different figure for the same indicator and month (the
 * statistics bureau against a unit). When that source is the one chosen as authoritative for the
 * indicator, the figure in force is wrong: an error. Otherwise the difference is shown as a
 * warning, to be explained or settled by choosing the source.
 */
import { reportingMonth } from '../../progress/months';
import { figureText, numberOf, sameFigure, type FigureIndex } from '../figureIndex';
import { checkFinding, type CheckFinding, type CheckInput } from '../types';

export function sourceDifferences(input: CheckInput, index: FigureIndex): CheckFinding[] {
  const merged = input.rules.mergeJanFeb;
  const m = reportingMonth(input.month, merged);
  const items = new Map(input.items.map((c) => [c.item.id, c]));
  const out: CheckFinding[] = [];
  for (const other of input.otherSources ?? []) {
    const c = items.get(other.id);
    const theirs = numberOf(other);
    const inForce = index.first.get(other.id)?.get(other.month);
    const ours = numberOf(inForce);
    if (!c || other.month > m || theirs === null || ours === null || sameFigure(theirs, ours)) continue;
    const authoritative = input.authority?.get(other.id) === other.source;
    out.push(
      checkFinding('source', authoritative ? 'error' : 'warning', c, other.month, merged, {
        ...inForce!.place,
        value: figureText(ours),
        previous: figureText(theirs),
        source: other.source,
        authoritative,
      }),
    );
  }
  return out;
}
