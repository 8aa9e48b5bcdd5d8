/**
 * The month's report (src/domain/report/monthReport.ts) from what the workbook holds, in one
 * read: the engine's inputs (指标, 月度填报, 规则), the tasks (序号, 牵头领导, 牵头单位, 民生实事),
 * the clerk's 存在问题 and 下步措施 columns of 月度填报 where they added them, and 打印设置. Shared
 * by the print sheet and the bulletin, so both say the same.
 */
import type { BulletinSettings } from '../../domain/bulletin/bulletin';
import type { Finding } from '../../domain/findings';
import { monthReport, type ItemDetails, type MonthReport } from '../../domain/report/monthReport';
import { FIGURE_SETTING_HEADERS, FIGURES_SHEET } from '../../workbook/progress/layout';
import { PRINT_SETTINGS_MARK, PRINT_SETTINGS_SHEET, readPrintSettings } from '../../workbook/print/printSettingsSheet';
import { readIndicators } from '../../workbook/readIndicators';
import { readTasks } from '../../workbook/readTasks';
import { cellText, locateTable } from '../../workbook/sheetTable';
import { INDICATORS_SHEET, TASKS_SHEET } from '../../workbook/vocabulary';
import type { SheetSnapshot, WorkbookStore } from '../port';
import { PROGRESS_INPUT_SHEETS, progressInputs } from '../progress/progressInputs';

/** Headers a clerk may add to 月度填报 for the paper's 存在问题 and 下步措施 columns. */
export const PROBLEMS_HEADER = '存在问题';
export const MEASURES_HEADER = '下步措施';

export const MONTH_REPORT_SHEETS: readonly string[] = [...PROGRESS_INPUT_SHEETS, PRINT_SETTINGS_SHEET];

export interface MonthReportRequest {
  /** The year in the title (the pane's choice, or the command line's --month). */
  year: number;
  /** Reporting month 1..12; default: the one in 月度填报. */
  month?: number;
}

export interface MonthReportRead {
  report: MonthReport;
  /** 打印设置 as the clerk left it (the defaults where the sheet is missing or is not the
   *  add-in's). */
  settings: BulletinSettings;
  /** The add-in's 打印设置 as read, absent where the workbook has none (the first print writes
   *  it) or where a sheet of that name is a clerk's. */
  settingsSheet?: SheetSnapshot;
  /** Bad cells met on the way (as the 进度 view lists them). */
  findings: Finding[];
}

/** The workbook has no 月度填报 yet: nothing has been reported to print. */
export class NoFiguresError extends Error {
  constructor() {
    super('还没有生成进度表：请先在“进度”中点“生成/更新进度表”，在“月度填报”中填入本月数据，再打印进展情况表或生成通报。');
    this.name = 'NoFiguresError';
    Object.setPrototypeOf(this, new.target.prototype);
  }
}

export async function readMonthReport(store: WorkbookStore, request: MonthReportRequest): Promise<MonthReportRead> {
  return monthReportOf(await store.readSheets(MONTH_REPORT_SHEETS, { marks: true }), request);
}

/** The pure part, over snapshots. */
export function monthReportOf(snaps: SheetSnapshot[], request: MonthReportRequest): MonthReportRead {
  const by = new Map(snaps.map((s) => [s.name, s]));
  const read = progressInputs(snaps);
  if (!read.hasFigures) throw new NoFiguresError();
  const tasks = by.get(TASKS_SHEET) ? readTasks(by.get(TASKS_SHEET)!).tasks : [];
  const ind = readIndicators(by.get(INDICATORS_SHEET)!);
  const livelihoodTasks = new Set(tasks.filter((t) => t.livelihood).map((t) => t.seq));
  const details = new Map<string, ItemDetails>();
  for (const i of ind.indicators) details.set(i.id, { quote: i.quote, livelihood: i.livelihood, line: i.line });
  for (const q of ind.qualitative) details.set(q.key, { quote: q.quote, livelihood: q.task !== null && livelihoodTasks.has(q.task), line: q.line });
  const settingsSheet = by.get(PRINT_SETTINGS_SHEET);
  const ours = settingsSheet?.mark === PRINT_SETTINGS_MARK;
  const report = monthReport({
    inputs: read.inputs,
    rules: read.rules,
    month: request.month ?? read.month ?? new Date().getMonth() + 1,
    year: request.year,
    tasks,
    details,
    clerkNotes: clerkNotes(by.get(FIGURES_SHEET)),
  });
  return {
    report,
    settings: readPrintSettings(ours ? settingsSheet : undefined),
    ...(ours ? { settingsSheet } : {}),
    findings: read.findings,
  };
}

/** 存在问题 and 下步措施 by 指标ID, from columns the clerk added to 月度填报. */
function clerkNotes(sheet: SheetSnapshot | undefined): Map<string, { problems: string; measures: string }> {
  const out = new Map<string, { problems: string; measures: string }>();
  const table = sheet ? locateTable(sheet, FIGURE_SETTING_HEADERS[0]) : undefined;
  if (!table) return out;
  const id = table.column.get(FIGURE_SETTING_HEADERS[0])!;
  const problems = table.column.get(PROBLEMS_HEADER);
  const measures = table.column.get(MEASURES_HEADER);
  if (problems === undefined && measures === undefined) return out;
  for (const row of table.rows) {
    const key = cellText(row[id]);
    if (key === '' || out.has(key)) continue;
    out.set(key, {
      problems: problems === undefined ? '' : cellText(row[problems]),
      measures: measures === undefined ? '' : cellText(row[measures]),
    });
  }
  return out;
}
