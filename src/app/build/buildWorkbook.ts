/**
 * The month's workbook, built headless: the same use cases the clerk runs in the pane, in the same
 * order. Import the targets (目标任务, 指标; a re-import merges, keeping the clerk's columns); make
 * sure 月度填报 exists (as 生成进度表 does the first time); enter the month's figures; rebuild
 * 规则, 月度填报 and 进度 for the reporting month; then the leaders' paper (one print sheet for
 * the choice) and the month's bulletin, as the pane's 打印 and 通报 views make them. Every step
 * goes through the store, so the command line's file and the pane's Excel get the same sheets.
 *
 * It stops before the rebuild when the figures cannot all be entered (an unknown ID, a month
 * without a column, or a figure that differs from the one the workbook holds and `overwrite` is
 * not set): nothing of the figures is written then, and the caller does not save.
 */
import type { FigureEntry } from '../../domain/progress/figuresFile';
import type { RulePresetName } from '../../domain/progress/types';
import { FIGURES_SHEET } from '../../workbook/progress/layout';
import { enterFigures, type EnterFiguresOutcome } from '../figures/enterFigures';
import { writeImport } from '../importTargets';
import type { ImportOutcome, ImportPreview } from '../importTypes';
import type { WorkbookStore } from '../port';
import { loadBulletin, type BulletinOutcome } from '../print/loadBulletin';
import { writePrintSheet, type PrintOutcome } from '../print/writePrintSheet';
import { refreshProgressSheets, type RefreshOutcome } from '../progress/refreshProgress';
import type { PaperChoice } from '../../domain/report/paper';

export interface BuildRequest {
  preview: ImportPreview;
  /** The figures to enter, if any. */
  figures?: readonly FigureEntry[];
  year: number;
  /** Reporting month 1..12. */
  month: number;
  preset?: RulePresetName;
  /** Replace figures that differ from the workbook's (otherwise they stop the build). */
  overwrite?: boolean;
  /** The leaders' paper to write (one print sheet), with its unit and issue number. */
  print?: { choice: PaperChoice; maker?: string; issue?: string };
  /** Make the month's bulletin, dated `issued`. */
  bulletin?: { issued: Date };
}

export type BuildOutcome =
  | {
      done: true;
      imported: ImportOutcome;
      figures: EnterFiguresOutcome | null;
      refresh: RefreshOutcome;
      print: PrintOutcome | null;
      bulletin: BulletinOutcome | null;
    }
  | { done: false; imported: ImportOutcome; figures: EnterFiguresOutcome };

export async function buildWorkbook(store: WorkbookStore, request: BuildRequest, onProgress?: (message: string) => void): Promise<BuildOutcome> {
  const { year, month, preset } = request;
  const imported = await writeImport(store, request.preview, onProgress);
  let figures: EnterFiguresOutcome | null = null;
  if (request.figures && request.figures.length > 0) {
    const [sheet] = await store.readSheets([FIGURES_SHEET]);
    if (!sheet) await refreshProgressSheets(store, { month, year, preset }, onProgress);
    onProgress?.(`正在填入${request.figures.length}个数值…`);
    figures = await enterFigures(store, request.figures, { overwrite: request.overwrite });
    const blocked = figures.findings.length > 0 || (figures.conflicts.length > 0 && !request.overwrite);
    if (blocked) return { done: false, imported, figures };
  }
  const refresh = await refreshProgressSheets(store, { month, year, preset }, onProgress);
  const print = request.print ? await writePrintSheet(store, { year, month, ...request.print }, onProgress) : null;
  const bulletin = request.bulletin ? await loadBulletin(store, { year, month, issued: request.bulletin.issued }) : null;
  return { done: true, imported, figures, refresh, print, bulletin };
}
