/**
 * All checks over one set of figures, in a stable order: by item (the order given), then month,
 * then rule (CHECK_RULES). `cli check` prints them in this order, the 核对 sheet lists them so.
 */
import { indexFigures, type FigureIndex } from './figureIndex';
import { completionBound } from './rules/bound';
import { duplicateRows } from './rules/duplicate';
import { fallingFigures } from './rules/falling';
import { futureFigures } from './rules/future';
import { missingFigures } from './rules/missing';
import { percentSlips } from './rules/percent';
import { sourceDifferences } from './rules/source';
import { sumFigures } from './rules/sum';
import { growthSwings } from './rules/swing';
import { textFigures } from './rules/text';
import { unitSlips } from './rules/unit';
import { CHECK_RULES, type CheckFinding, type CheckInput, type CheckRule } from './types';

const RULES: Record<CheckRule, (input: CheckInput, index: FigureIndex) => CheckFinding[]> = {
  missing: missingFigures,
  falling: fallingFigures,
  sum: sumFigures,
  unit: unitSlips,
  swing: growthSwings,
  bound: completionBound,
  future: futureFigures,
  text: textFigures,
  percent: percentSlips,
  duplicate: duplicateRows,
  source: sourceDifferences,
};

export function runChecks(input: CheckInput): CheckFinding[] {
  const index = indexFigures(input.figures);
  const found = CHECK_RULES.flatMap((rule) => RULES[rule](input, index));
  // A figure already shown as a unit slip against its target is not also an implausible
  // completion rate: one cause, one finding.
  const slips = new Set(found.filter((f) => f.rule === 'unit').map((f) => `${f.id}\u0000${f.month}`));
  const kept = found.filter((f) => f.rule !== 'bound' || !slips.has(`${f.id}\u0000${f.month}`));
  const order = new Map(input.items.map((c, i) => [c.item.id, i]));
  const rank = (r: CheckRule) => CHECK_RULES.indexOf(r);
  return kept.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0) || a.month - b.month || rank(a.rule) - rank(b.rule));
}

/** Errors, and warnings nobody has explained yet: what must be dealt with before a table goes out. */
export function openFindings(findings: readonly CheckFinding[], explained: (f: CheckFinding) => boolean): CheckFinding[] {
  return findings.filter((f) => f.severity === 'error' || !explained(f));
}
