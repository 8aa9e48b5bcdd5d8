/**
 * Who has not reported this month. Until the units' sign-off list exists (issue 9's 报送情况:
 * each unit's form returned or not), it is worked out from the figures: a lead unit with an item
 * whose figure or progress is missing for the month (status 未填报) has not reported in full.
 * Where a sign-off list is given, it is the authority.
 */
import type { MonthReport } from '../report/monthReport';

/** Where the items without a lead unit are counted. */
export const NO_UNIT = '未明确牵头单位';

/** One unit's return of the month, as the sign-off list records it. */
export interface UnitSignOff {
  unit: string;
  reported: boolean;
}

export interface UnreportedUnit {
  unit: string;
  /** Items of the unit without the month's figure (0 when the sign-off list says so alone). */
  items: number;
}

/** Units in the order of their first item in the decomposition; items without a lead unit are
 *  counted under 未明确牵头单位, last. */
export function unreportedUnits(report: MonthReport, signOff?: readonly UnitSignOff[]): UnreportedUnit[] {
  const missing = new Map<string, number>();
  for (const item of report.items) {
    if (item.status !== '未填报') continue;
    const unit = item.unit ?? NO_UNIT;
    missing.set(unit, (missing.get(unit) ?? 0) + 1);
  }
  if (signOff) return signOff.filter((s) => !s.reported).map((s) => ({ unit: s.unit, items: missing.get(s.unit) ?? 0 }));
  const units = [...missing.keys()].sort((a, b) => Number(a === NO_UNIT) - Number(b === NO_UNIT));
  return units.map((unit) => ({ unit, items: missing.get(unit)! }));
}
