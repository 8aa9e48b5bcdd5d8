/**
 * What the 打印 and 通报 views start from, in one small read: the reporting month of 月度填报,
 * the workbook's 年度 (月度填报!D1, from the document at import, changeable in the 进度 view), and
 * the unit and issue number of 打印设置. The year is only a default: the clerk can change it here.
 */
import { FIGURES_SHEET, PROGRESS_SHEET } from '../../workbook/progress/layout';
import { readFiguresSheet } from '../../workbook/progress/readProgressSheets';
import { PRINT_SETTINGS_MARK, PRINT_SETTINGS_SHEET, readPrintSettings } from '../../workbook/print/printSettingsSheet';
import { INDICATORS_SHEET } from '../../workbook/vocabulary';
import type { SheetSnapshot, WorkbookStore } from '../port';

export interface PrintDefaults {
  /** Whether there is anything to print: 指标 and 月度填报 exist. */
  ready: boolean;
  hasIndicators: boolean;
  month: number;
  mergeJanFeb: boolean;
  year: number;
  maker: string;
  issue: string;
}

export async function loadPrintDefaults(store: WorkbookStore, today: Date = new Date()): Promise<PrintDefaults> {
  return printDefaultsOf(await store.readSheets([INDICATORS_SHEET, FIGURES_SHEET, PROGRESS_SHEET, PRINT_SETTINGS_SHEET], { marks: true }), today);
}

export function printDefaultsOf(snaps: readonly SheetSnapshot[], today: Date = new Date()): PrintDefaults {
  const by = new Map(snaps.map((s) => [s.name, s]));
  const figures = by.get(FIGURES_SHEET) ? readFiguresSheet(by.get(FIGURES_SHEET)!.values) : null;
  const settingsSheet = by.get(PRINT_SETTINGS_SHEET);
  const settings = readPrintSettings(settingsSheet?.mark === PRINT_SETTINGS_MARK ? settingsSheet : undefined);
  // Before the first figures, the month just ended is the one to report.
  const previous = today.getMonth() === 0 ? 12 : today.getMonth();
  return {
    ready: by.has(INDICATORS_SHEET) && figures !== null,
    hasIndicators: by.has(INDICATORS_SHEET),
    month: figures?.month ?? previous,
    mergeJanFeb: figures?.mergeJanFeb ?? true,
    year: figures?.year ?? workbookYear(snaps) ?? (today.getMonth() === 0 ? today.getFullYear() - 1 : today.getFullYear()),
    maker: settings.maker,
    issue: settings.issue,
  };
}

/** A workbook built before 月度填报 had its 年度: the title of 进度 as Excel shows it
 *  ("2024年1-6月…"). Null when it cannot be told (the clerk then picks the year). */
export function workbookYear(snaps: readonly SheetSnapshot[]): number | null {
  const title = snaps.find((s) => s.name === PROGRESS_SHEET)?.values[0]?.[0];
  const m = typeof title === 'string' ? /^((?:19|20)\d{2})年/.exec(title) : null;
  return m ? Number(m[1]) : null;
}
