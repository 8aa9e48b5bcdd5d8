/**
 * 通报: the month's bulletin from what the workbook holds (one read), with the phrases of
 * 打印设置. Nothing is written; the pane shows it with a copy button, the command line saves it as
 * .txt and .docx.
 */
import { buildBulletin, bulletinText, type Bulletin } from '../../domain/bulletin/bulletin';
import type { MonthReport } from '../../domain/report/monthReport';
import type { WorkbookStore } from '../port';
import { CHECK_SHEETS, openCheckErrorsOf } from '../check/runCheck';
import { REPORTING_SHEETS, reportingStatusOf } from '../collect/reportingStatus';
import { PROGRESS_INPUT_READ } from '../progress/progressInputs';
import { NO_UNIT } from '../../domain/bulletin/reporting';
import { STATUS_SHEET } from '../../workbook/collect/layout';
import { NO_OWNER } from '../../workbook/collect/owners';
import { MONTH_REPORT_SHEETS, monthReportOf, type MonthReportRequest } from './readMonthReport';

export interface BulletinRequest extends MonthReportRequest {
  /** The date it is issued (its 落款); default today. */
  issued?: Date;
}

export interface BulletinOutcome {
  bulletin: Bulletin;
  /** Plain text, ready to paste into a Word document. */
  text: string;
  report: MonthReport;
  /** Check errors open on the month's figures (issue 9): the bulletin is not to go out while there
   *  are any; the pane warns. */
  openCheckErrors: number;
}

/** What the bulletin reads: the month's report, and 报送情况 and the checks. */
const BULLETIN_SHEETS: readonly string[] = [...new Set([...MONTH_REPORT_SHEETS, ...REPORTING_SHEETS, ...CHECK_SHEETS])];

export async function loadBulletin(store: WorkbookStore, request: BulletinRequest): Promise<BulletinOutcome> {
  const snaps = await store.readSheets(BULLETIN_SHEETS, { ...PROGRESS_INPUT_READ, marks: true });
  const read = monthReportOf(snaps, request);
  const d = request.issued ?? new Date();
  // Who has not reported: 报送情况 of the units' returned forms, once forms have been collected;
  // until then the bulletin works it out from the missing figures.
  const signOff = snaps.some((s) => s.name === STATUS_SHEET)
    ? reportingStatusOf(snaps, read.report.month).units.map((u) => ({ unit: u.unit === NO_OWNER ? NO_UNIT : u.unit, reported: u.state === 'done' }))
    : undefined;
  const bulletin = buildBulletin(read.report, read.settings, { issued: { year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() }, signOff });
  return { bulletin, text: bulletinText(bulletin), report: read.report, openCheckErrors: openCheckErrorsOf(snaps, read.report.month).length };
}
