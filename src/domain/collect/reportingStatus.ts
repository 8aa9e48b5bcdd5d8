/**
 * 报送情况: for a month, each lead unit's items due, how many it has reported, which are missing
 * (催报), and the sign-off of the form it sent. It feeds the 报送情况 sheet, the pane's list and the
 * bulletin's "未按时报送" line.
 */

export const SIGNOFF_FIELDS = ['填报人', '审核人', '单位负责人', '联系电话', '填报日期'] as const;
export type SignOffField = (typeof SIGNOFF_FIELDS)[number];
export type SignOff = Partial<Record<SignOffField, string>>;

export type ReportState = 'done' | 'partial' | 'none';

export interface DueItem {
  id: string;
  name: string;
  owner: string;
  /** The unit has reported it for the month (a figure, even one to correct; a milestone's state). */
  reported: boolean;
}

export interface UnitReport {
  unit: string;
  month: number;
  due: number;
  reported: number;
  missing: { id: string; name: string }[];
  state: ReportState;
  signOff: SignOff;
  /** When the form was merged, and from where ('' when no form came). */
  received: string;
  file: string;
}

export interface FormReceipt {
  signOff: SignOff;
  received: string;
  file: string;
}

/** One entry per unit with items due, in the order their first item comes. */
export function reportingStatus(items: readonly DueItem[], month: number, receipts: ReadonlyMap<string, FormReceipt>): UnitReport[] {
  const units = new Map<string, UnitReport>();
  for (const i of items) {
    let u = units.get(i.owner);
    if (!u) {
      const r = receipts.get(i.owner);
      units.set(i.owner, (u = { unit: i.owner, month, due: 0, reported: 0, missing: [], state: 'none', signOff: r?.signOff ?? {}, received: r?.received ?? '', file: r?.file ?? '' }));
    }
    u.due++;
    if (i.reported) u.reported++;
    else u.missing.push({ id: i.id, name: i.name });
  }
  for (const u of units.values()) u.state = u.reported === u.due ? 'done' : u.reported === 0 ? 'none' : 'partial';
  return [...units.values()];
}

/** The units that have not reported everything due: who to chase (催报). */
export function unitsToChase(reports: readonly UnitReport[]): UnitReport[] {
  return reports.filter((r) => r.state !== 'done');
}
