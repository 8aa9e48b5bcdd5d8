/**
 * 报送情况 of a month from what the workbook holds: each lead unit's items due that month (a
 * quarterly figure at a quarter end, a yearly one in December, a milestone's state every month),
 * which it has reported (the figure is in 月度填报, or its form brought the milestone's state), and
 * the sign-off of its form (报送情况). This is what the bulletin's 报送情况 calls
 * (`loadReportingStatus`, or `reportingStatusOf` over snapshots it has already read).
 */
import { reportingStatus, unitsToChase, type DueItem, type UnitReport } from '../../domain/collect/reportingStatus';
import { figureOf } from '../../domain/progress/figureCell';
import { judgedMonth, reportingMonth } from '../../domain/progress/months';
import { isQuantified } from '../../domain/reconcile/kinds';
import { REPORTS_SHEET, STATUS_SHEET } from '../../workbook/collect/layout';
import { readOwners } from '../../workbook/collect/owners';
import { readReports } from '../../workbook/collect/reportsSheet';
import { readReceipts } from '../../workbook/collect/statusSheet';
import { INDICATORS_SHEET, TASKS_SHEET } from '../../workbook/vocabulary';
import type { SheetSnapshot, WorkbookStore } from '../port';
import { PROGRESS_INPUT_SHEETS, progressInputs, PROGRESS_INPUT_READ, defaultMonth } from '../progress/progressInputs';

/** Every sheet 报送情况 needs, read in one call. */
export const REPORTING_SHEETS: readonly string[] = [...PROGRESS_INPUT_SHEETS, REPORTS_SHEET, STATUS_SHEET];

export interface ReportingStatus {
  /** The month (1..12; with 1-2月 merged, 2 for the first period). */
  month: number;
  mergeJanFeb: boolean;
  units: UnitReport[];
  /** The units that have not reported everything due (催报), in the same order. */
  toChase: UnitReport[];
}

export function reportingStatusOf(snaps: readonly SheetSnapshot[], month?: number): ReportingStatus {
  const by = new Map(snaps.map((s) => [s.name, s]));
  const read = progressInputs([...snaps]);
  const merged = read.rules.mergeJanFeb;
  const m = reportingMonth(month ?? defaultMonth(read), merged);
  const owners = readOwners(by.get(INDICATORS_SHEET), by.get(TASKS_SHEET));
  const recorded = new Set(readReports(by.get(REPORTS_SHEET)).filter((r) => r.month === m).map((r) => r.id));
  const due: DueItem[] = [];
  for (const { item, settings, figures } of read.inputs) {
    const milestone = item.kind === 'milestone';
    if (!milestone && !(isQuantified(item) && judgedMonth(m, settings.frequency) === m)) continue;
    const reported = milestone ? recorded.has(item.id) || settings.milestoneStatus !== null : figureOf(figures[m]) !== null;
    due.push({ id: item.id, name: item.name, owner: owners.ownerOf(item.id, item.task), reported });
  }
  const units = reportingStatus(due, m, readReceipts(by.get(STATUS_SHEET), m));
  return { month: m, mergeJanFeb: merged, units, toChase: unitsToChase(units) };
}

export async function loadReportingStatus(store: WorkbookStore, month?: number): Promise<ReportingStatus> {
  return reportingStatusOf(await store.readSheets(REPORTING_SHEETS, PROGRESS_INPUT_READ), month);
}
