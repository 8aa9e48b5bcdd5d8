/**
 * Builds or rebuilds 规则, 月度填报 and 进度 from what the workbook holds: one read, one write,
 * whatever the number of indicators. Every figure and setting the clerk typed is read first and
 * written back (also for rows whose indicator left 指标 after a re-import), so neither a
 * re-import nor a new reporting month loses one.
 */
import { computeProgress } from '../../domain/progress/evaluate';
import type { ProgressReport, ProgressRules } from '../../domain/progress/types';
import { defaultSettings } from '../../domain/progress/settings';
import type { FiguresRowInput } from '../../workbook/progress/figuresSheet';
import { progressWorkbookPlan } from '../../workbook/progress/progressWorkbookPlan';
import type { ApplyReport, WorkbookPort } from '../port';
import { PROGRESS_INPUT_SHEETS, progressInputs } from './progressInputs';

export interface RefreshOptions {
  /** Reporting month 1..12; default: the one in 月度填报, else the current month. */
  month?: number;
  /** Year shown in the 进度 title. */
  year?: number;
  /** Rules for a first build (an existing 规则 sheet wins). */
  rules?: ProgressRules;
}

export interface RefreshOutcome {
  month: number;
  report: ProgressReport;
  apply: ApplyReport;
  errors: string[];
}

export async function refreshProgressSheets(port: WorkbookPort, options: RefreshOptions = {}, onProgress?: (m: string) => void): Promise<RefreshOutcome> {
  onProgress?.('正在读取指标和已填报的数据…');
  const snaps = await port.readSheets(PROGRESS_INPUT_SHEETS);
  const read = progressInputs(snaps);
  const rules = read.hasFigures || !options.rules ? read.rules : { ...options.rules, mergeJanFeb: read.rules.mergeJanFeb };
  const month = options.month ?? read.month ?? new Date().getMonth() + 1;
  const rows: FiguresRowInput[] = [
    ...read.inputs,
    // Figures of indicators no longer in 指标 stay in 月度填报 (not judged in 进度).
    ...read.orphans.map((o) => {
      const item = { id: o.id, task: null, name: o.name, kind: 'level' as const, cmp: null, target: null, max: null, unit: o.unit };
      return { item, settings: defaultSettings(item), figures: o.figures };
    }),
  ];
  const plan = progressWorkbookPlan(rows, rules, month, options.year);
  // 进度 lists only what 指标 defines.
  const progressSheet = plan.sheets[2];
  progressSheet.rows = progressSheet.rows.slice(0, read.inputs.length);
  const apply = await port.apply(plan, onProgress);
  return { month, report: computeProgress(read.inputs, rules, month), apply, errors: read.errors };
}

/** The task pane's view: the engine over what the sheets hold now (one read, no write). */
export async function readProgress(port: WorkbookPort, month?: number): Promise<{ report: ProgressReport; errors: string[] }> {
  const read = progressInputs(await port.readSheets(PROGRESS_INPUT_SHEETS));
  const m = month ?? read.month ?? new Date().getMonth() + 1;
  return { report: computeProgress(read.inputs, read.rules, m), errors: read.errors };
}

/** Calls `handler` whenever a figure, a setting, a rule or an indicator changes (the task pane
 *  re-reads with readProgress: no manual reload). Returns the unsubscribe. */
export function watchProgressInputs(port: WorkbookPort, handler: () => void): Promise<() => void> {
  return port.onSheetsChanged(PROGRESS_INPUT_SHEETS, handler);
}
