/**
 * 打印进展情况表: writes one print sheet for the clerk's choice (month, grouping, filter, paper),
 * a snapshot of the month made from the engine's report. It replaces only a sheet it wrote itself
 * (the sheet's mark says so): where a clerk has a sheet of that name, that sheet is left as it is
 * and the paper goes to the next free name ("…(2)"), and the outcome says so. The first time, it
 * also writes 打印设置 (the unit, the issue number, the bulletin's phrases).
 */
import type { BulletinSettings } from '../../domain/bulletin/bulletin';
import type { MonthReport } from '../../domain/report/monthReport';
import { selectItems, type PaperChoice } from '../../domain/report/paper';
import type { CellEdit, SheetPlan } from '../../workbook/plan';
import { PRINT_MARK, printSheetName, printSheetPlan } from '../../workbook/print/printSheet';
import { printSettingsEdits, printSettingsPlan } from '../../workbook/print/printSettingsSheet';
import { printProblemMessage } from '../messages';
import type { WorkbookStore } from '../port';
import { readMonthReport } from './readMonthReport';

export interface PrintRequest {
  year: number;
  /** Reporting month 1..12; default: the one in 月度填报. */
  month?: number;
  choice: PaperChoice;
  /** 制表单位 and 期数 for this paper (also kept in 打印设置); default: 打印设置's. */
  maker?: string;
  issue?: string;
}

export interface PrintOutcome {
  /** The sheet written. */
  sheet: string;
  /** The name the choice asked for, when a clerk's sheet held it (and was left alone). */
  clerkSheetKept: string | null;
  /** Whether an earlier print sheet of the add-in was replaced. */
  replaced: boolean;
  /** Items printed (after the filter). */
  items: number;
  /** Whether 打印设置 was written for the first time. */
  settingsCreated: boolean;
  report: MonthReport;
  settings: BulletinSettings;
}

/** The paper cannot be written; the message is the clerk's words. */
export class PrintError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PrintError';
    Object.setPrototypeOf(this, new.target.prototype);
  }
}

/** How many names are tried after the one asked for ("…(2)" to "…(9)"). */
const MAX_ALTERNATIVES = 8;

export async function writePrintSheet(store: WorkbookStore, request: PrintRequest, onProgress?: (m: string) => void): Promise<PrintOutcome> {
  onProgress?.('正在读取本月数据…');
  const read = await readMonthReport(store, { year: request.year, month: request.month });
  const settings: BulletinSettings = {
    ...read.settings,
    ...(request.maker !== undefined ? { maker: request.maker.trim() } : {}),
    ...(request.issue !== undefined ? { issue: request.issue.trim() } : {}),
  };
  const wanted = printSheetName(read.report, request.choice);
  const candidates = [wanted, ...Array.from({ length: MAX_ALTERNATIVES }, (_, i) => `${wanted}(${i + 2})`)];
  const existing = new Map((await store.readSheets(candidates, { marks: true })).map((s) => [s.name, s]));
  const sheet = candidates.find((name) => !existing.has(name) || existing.get(name)!.mark === PRINT_MARK);
  if (sheet === undefined) throw new PrintError(printProblemMessage({ code: 'no-free-name', sheet: wanted, tried: candidates.length }));

  const plan = printSheetPlan(read.report, request.choice, sheet, { maker: settings.maker, issue: settings.issue });
  const sheets: SheetPlan[] = [plan];
  let edits: CellEdit[] = [];
  if (!read.settingsSheet) sheets.push(printSettingsPlan(settings));
  else edits = printSettingsEdits(read.settingsSheet, { maker: request.maker, issue: request.issue });
  await store.apply({ sheets, edits }, onProgress);
  return {
    sheet,
    clerkSheetKept: sheet === wanted ? null : wanted,
    replaced: existing.has(sheet),
    items: selectItems(read.report.items, request.choice.filter).length,
    settingsCreated: !read.settingsSheet,
    report: read.report,
    settings,
  };
}
