/**
 * Builds or rebuilds 规则, 月度填报 and 进度 from what the workbook holds: one read, one write,
 * whatever the number of indicators. Every figure and setting the clerk typed is read first and
 * written back (also for rows whose indicator left 指标 after a re-import), so neither a
 * re-import nor a new reporting month loses one.
 */
import { computeProgress } from '../../domain/progress/evaluate';
import { RULE_PRESETS } from '../../domain/progress/rules';
import type { ProgressReport, ProgressRules, RulePresetName } from '../../domain/progress/types';
import { defaultSettings } from '../../domain/progress/settings';
import type { FiguresRowInput } from '../../workbook/progress/figuresSheet';
import { hasClerkColumns, keepClerkColumns } from '../../workbook/keepClerkColumns';
import { sheetUpdate, type OwnedCells, type SheetUpdate } from '../../workbook/sheetUpdate';
import { PROGRESS_HEADER_ROW } from '../../workbook/progress/progressSheet';
import { FIGURES_SHEET, FIGURE_SETTING_HEADERS, PROGRESS_SHEET, RULES_SHEET } from '../../workbook/progress/layout';
import { PROGRESS_HEADERS } from '../../workbook/progress/progressFormulas';
import { progressWorkbookPlan } from '../../workbook/progress/progressWorkbookPlan';
import type { Finding } from '../../domain/findings';
import type { ApplyReport, LiveWorkbook, WorkbookStore } from '../port';
import { PROGRESS_INPUT_READ, PROGRESS_INPUT_SHEETS, defaultMonth, progressInputs } from './progressInputs';

export interface RefreshOptions {
  /** Reporting month 1..12; default: the one in 月度填报, else the current month. */
  month?: number;
  /** 年度 (titles say it): default the workbook's, else none until the clerk gives one. */
  year?: number;
  /** Rules for a first build (an existing 规则 sheet wins). */
  rules?: ProgressRules;
  /** Switch 规则 to this preset (the clerk's choice on the command line); 自定义 keeps its column. */
  preset?: RulePresetName;
}

/** The cells of 月度填报 the add-in keeps up to date: what 指标 says of each row. Settings,
 *  figures, 推进状态 and 进展说明 are the clerk's. */
const FIGURES_OWNED: OwnedCells = { key: '指标ID', columns: ['指标ID', '指标名称', '单位', '口径'] };
/** Of 规则, the labels and the 当前值 formulas; the preset columns and the choice are the clerk's. */
const RULES_OWNED: OwnedCells = { key: '规则', columns: ['规则', '当前值'] };

export interface RefreshOutcome {
  month: number;
  report: ProgressReport;
  apply: ApplyReport;
  findings: Finding[];
}

export async function refreshProgressSheets(store: WorkbookStore, options: RefreshOptions = {}, onProgress?: (m: string) => void): Promise<RefreshOutcome> {
  onProgress?.('正在读取指标和已填报的数据…');
  // 进度 too: a column the clerk added to it or to 月度填报 is kept, formulas included. 进度's own
  // formulas are ~7 KB a row: read only when the clerk has columns there.
  const snaps = await store.readSheets([...PROGRESS_INPUT_SHEETS, PROGRESS_SHEET], { ...PROGRESS_INPUT_READ, formulas: [FIGURES_SHEET, RULES_SHEET] });
  const progress = snaps.find((s) => s.name === PROGRESS_SHEET);
  if (progress && hasClerkColumns(progress.values, PROGRESS_HEADER_ROW, PROGRESS_HEADERS)) {
    const [withFormulas] = await store.readSheets([PROGRESS_SHEET], { formulas: true });
    snaps.splice(snaps.indexOf(progress), 1, withFormulas);
  }
  const read = progressInputs(snaps);
  const rules = chosenRules(read, options);
  const month = options.month ?? defaultMonth(read);
  const rows: FiguresRowInput[] = [
    ...read.inputs,
    // Figures of indicators no longer in 指标 stay in 月度填报 (not judged in 进度).
    ...read.orphans.map((o) => {
      const item = { id: o.id, task: null, name: o.name, kind: 'level' as const, cmp: null, target: null, max: null, unit: o.unit };
      return { item, settings: defaultSettings(item), figures: o.figures };
    }),
  ];
  const plan = progressWorkbookPlan(rows, rules, month, options.year ?? read.year, read.customRules ?? undefined);
  const [rulesPlan, figuresPlan, progressPlan] = plan.sheets;
  // 进度 lists only what 指标 defines; it is the add-in's own sheet, written whole, with any
  // column the clerk added kept.
  progressPlan.rows = progressPlan.rows.slice(0, read.inputs.length);
  const snap = (name: string) => snaps.find((s) => s.name === name);
  const sheets = [keepClerkColumns(progressPlan, snap(PROGRESS_SHEET), PROGRESS_HEADERS[0])];
  // 规则 and 月度填报 are typed into: only the add-in's cells that changed are written (a figure
  // typed meanwhile is never overwritten); a sheet laid out otherwise is written whole.
  const rulesUpdate = snap(RULES_SHEET) && sheetUpdate(rulesPlan, snap(RULES_SHEET)!, RULES_OWNED);
  const figuresUpdate = snap(FIGURES_SHEET) && sheetUpdate(figuresPlan, snap(FIGURES_SHEET)!, FIGURES_OWNED);
  if (!figuresUpdate) sheets.unshift(keepClerkColumns(figuresPlan, snap(FIGURES_SHEET), FIGURE_SETTING_HEADERS[0]));
  if (!rulesUpdate) sheets.unshift(rulesPlan);
  const updates = [rulesUpdate, figuresUpdate].filter((u): u is SheetUpdate => !!u);
  plan.sheets = sheets;
  plan.edits = updates.flatMap((u) => u.edits);
  plan.tableRows = updates.flatMap((u) => u.tableRows);
  const apply = await store.apply(plan, onProgress);
  return { month, report: computeProgress(read.inputs, rules, month), apply, findings: read.findings };
}

function chosenRules(read: ReturnType<typeof progressInputs>, options: RefreshOptions): ProgressRules {
  const mergeJanFeb = read.rules.mergeJanFeb;
  if (options.preset === '自定义') return { ...(read.customRules ?? read.rules), preset: '自定义', mergeJanFeb };
  if (options.preset) return { ...RULE_PRESETS[options.preset], mergeJanFeb };
  return read.hasFigures || !options.rules ? read.rules : { ...options.rules, mergeJanFeb };
}

/** The engine over what the sheets hold now (one read, no write): what the pane shows and what
 *  `cli progress` prints. */
export async function readProgress(store: WorkbookStore, month?: number): Promise<{ report: ProgressReport; findings: Finding[] }> {
  const read = progressInputs(await store.readSheets(PROGRESS_INPUT_SHEETS, PROGRESS_INPUT_READ));
  const m = month ?? defaultMonth(read);
  return { report: computeProgress(read.inputs, read.rules, m), findings: read.findings };
}

/** Calls `handler` whenever a figure, a setting, a rule or an indicator changes (the task pane
 *  re-reads: no manual reload). Returns the unsubscribe. */
export function watchProgressInputs(host: LiveWorkbook, handler: () => void): Promise<() => void> {
  return host.onSheetsChanged(PROGRESS_INPUT_SHEETS, handler);
}
