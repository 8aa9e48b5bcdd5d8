/**
 * 通报: the month's bulletin from what the workbook holds (one read), with the phrases of
 * 打印设置. Nothing is written; the pane shows it with a copy button, the command line saves it as
 * .txt and .docx.
 */
import { buildBulletin, bulletinText, type Bulletin } from '../../domain/bulletin/bulletin';
import type { MonthReport } from '../../domain/report/monthReport';
import type { WorkbookStore } from '../port';
import { readMonthReport, type MonthReportRequest } from './readMonthReport';

export interface BulletinRequest extends MonthReportRequest {
  /** The date it is issued (its 落款); default today. */
  issued?: Date;
}

export interface BulletinOutcome {
  bulletin: Bulletin;
  /** Plain text, ready to paste into a Word document. */
  text: string;
  report: MonthReport;
}

export async function loadBulletin(store: WorkbookStore, request: BulletinRequest): Promise<BulletinOutcome> {
  const read = await readMonthReport(store, request);
  const d = request.issued ?? new Date();
  const bulletin = buildBulletin(read.report, read.settings, { issued: { year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() } });
  return { bulletin, text: bulletinText(bulletin), report: read.report };
}
