/**
 * unit: a figure in the wrong unit (万元 for 亿元, 人 for 万人): a factor of 10 or more against the
 * target or the month before. At the 规则 ratio (1000 by default) the figure cannot be right and
 * is an error; from a factor of 10 it is a probable slip, a warning that may stand with a reason.
 * A figure 5000 times its target is reported here, never judged as "完成500000%".
 * Early in the year a figure far below its target is normal: only the error level applies there.
 */
import { reportingMonth } from '../../progress/months';
import { figureText, numericMonths, type FigureIndex } from '../figureIndex';
import { isCumulative } from '../kinds';
import { checkFinding, type CheckFinding, type CheckInput } from '../types';

/** Below this factor a jump is ordinary growth. */
export const SLIP_FACTOR = 10;

export function unitSlips(input: CheckInput, index: FigureIndex): CheckFinding[] {
  const merged = input.rules.mergeJanFeb;
  const m = reportingMonth(input.month, merged);
  const ratio = input.rules.unitSlipRatio;
  const out: CheckFinding[] = [];
  for (const c of input.items) {
    if (!isCumulative(c.item, c.settings) || c.item.kind === 'bottomline') continue;
    const target = c.item.max ?? c.item.target;
    const series = numericMonths(index, c.item.id).filter((x) => x.month <= m);
    series.forEach((cur, i) => {
      if (cur.value <= 0) return;
      const prev = i > 0 ? series[i - 1] : undefined;
      const vsTarget = target !== null && target > 0 ? cur.value / target : null;
      const vsPrev = prev && prev.value > 0 ? cur.value / prev.value : null;
      const far = (f: number | null, k: number) => f !== null && (f >= k || f <= 1 / k);
      let found: { factor: number; against: 'target' | 'previous'; severity: 'error' | 'warning' } | undefined;
      // Too large: said against the target (the figure a leader would see as "完成500000%"); too
      // small: against last month, the real evidence (early in the year any figure is small).
      if (far(vsTarget, ratio) && (vsTarget! > 1 || !far(vsPrev, ratio))) found = { factor: vsTarget!, against: 'target', severity: 'error' };
      else if (far(vsPrev, ratio)) found = { factor: vsPrev!, against: 'previous', severity: 'error' };
      else if (vsTarget !== null && vsTarget >= SLIP_FACTOR) found = { factor: vsTarget, against: 'target', severity: 'warning' };
      else if (far(vsPrev, SLIP_FACTOR)) found = { factor: vsPrev!, against: 'previous', severity: 'warning' };
      if (!found) return;
      out.push(
        checkFinding('unit', found.severity, c, cur.month, merged, {
          ...cur.figure.place,
          value: figureText(cur.value),
          factor: found.factor,
          ...(found.against === 'target' ? { expected: figureText(target!) } : { previous: figureText(prev!.value) }),
        }),
      );
    });
  }
  return out;
}
