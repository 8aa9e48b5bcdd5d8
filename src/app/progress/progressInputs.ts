/**
 * Turns the sheets a clerk has (指标, 月度填报, 规则) into the engine's inputs. Shared by the
 * refresh (which rewrites the progress sheets) and the read (the task pane's 进度 view).
 */
import type { Finding } from '../../domain/findings';
import { DEFAULT_RULES } from '../../domain/progress/rules';
import type { ProgressInput } from '../../domain/progress/evaluate';
import { defaultSettings, itemFromIndicator, itemFromQualitative } from '../../domain/progress/settings';
import type { FigureRow, ProgressRules } from '../../domain/progress/types';
import { FIGURES_SHEET, RULES_SHEET } from '../../workbook/progress/layout';
import { readFiguresSheet, readRulesSheet } from '../../workbook/progress/readProgressSheets';
import { readIndicators } from '../../workbook/readIndicators';
import { readTasks } from '../../workbook/readTasks';
import { INDICATORS_SHEET, TASKS_SHEET } from '../../workbook/vocabulary';
import type { SheetSnapshot } from '../port';

export const PROGRESS_INPUT_SHEETS = [TASKS_SHEET, INDICATORS_SHEET, FIGURES_SHEET, RULES_SHEET];

/** How the inputs are read: 月度填报 with its number formats, so that a figure typed as "6.5%"
 *  is read as the clerk meant it. */
export const PROGRESS_INPUT_READ = { numberFormats: [FIGURES_SHEET] } as const;

export interface ProgressInputs {
  inputs: ProgressInput[];
  rules: ProgressRules;
  /** The 自定义 column of 规则 as the clerk left it (null before 规则 exists). */
  customRules: ProgressRules | null;
  /** The reporting month in 月度填报, null when the sheet does not exist yet or B1 is bad. */
  month: number | null;
  /** 年度 in 月度填报, null when it has none. */
  year: number | null;
  /** Rows of 月度填报 whose ID is no longer in 指标: kept with their figures, not judged. */
  orphans: { id: string; name: string; unit: string; figures: FigureRow }[];
  /** Bad cells of 指标, 月度填报 and 规则 (text in figure cells, bad settings, bad rows). */
  findings: Finding[];
  /** Whether 月度填报 existed (false on the first build). */
  hasFigures: boolean;
}

/** The workbook has no 指标 sheet yet: nothing to judge until targets are imported. */
export class NoIndicatorsError extends Error {
  constructor() {
    super(`工作簿中没有“${INDICATORS_SHEET}”工作表：请先导入目标任务`);
    this.name = 'NoIndicatorsError';
    Object.setPrototypeOf(this, new.target.prototype);
  }
}

export function progressInputs(snapshots: SheetSnapshot[]): ProgressInputs {
  const by = new Map(snapshots.map((s) => [s.name, s]));
  const indicatorsSnap = by.get(INDICATORS_SHEET);
  if (!indicatorsSnap) throw new NoIndicatorsError();
  const ind = readIndicators(indicatorsSnap);
  // Milestones default to the task's 完成时限.
  const deadlines = new Map<string, string | null>();
  const tasksSnap = by.get(TASKS_SHEET);
  if (tasksSnap) for (const t of readTasks(tasksSnap).tasks) deadlines.set(t.seq, t.deadline);
  const figuresSnap = by.get(FIGURES_SHEET);
  const figures = figuresSnap ? readFiguresSheet(figuresSnap.values, figuresSnap.numberFormats) : null;
  const rulesSnap = by.get(RULES_SHEET);
  const mergeJanFeb = figures ? figures.mergeJanFeb : DEFAULT_RULES.mergeJanFeb;
  const ruleRead = rulesSnap ? readRulesSheet(rulesSnap.values, mergeJanFeb) : { rules: { ...DEFAULT_RULES, mergeJanFeb }, custom: null, findings: [] };

  const items = [
    ...ind.indicators.map((i) => ({ item: itemFromIndicator(i), quote: i.quote })),
    ...ind.qualitative.map((q) => ({ item: itemFromQualitative(q, q.key), quote: q.quote })),
  ];
  const inputs: ProgressInput[] = items.map(({ item, quote }) => {
    const row = figures?.rows.get(item.id);
    if (row) return { item, settings: row.settings, figures: row.figures };
    const deadline = item.task !== null ? (deadlines.get(item.task) ?? null) : null;
    return { item, settings: defaultSettings(item, quote, deadline), figures: new Array(13).fill(null) };
  });
  const known = new Set(items.map((i) => i.item.id));
  const orphans: ProgressInputs['orphans'] = [];
  if (figures && figuresSnap) {
    for (const [id, row] of figures.rows) {
      if (known.has(id) || !row.figures.some((v) => v !== null)) continue;
      const cells = figuresSnap.values[row.row - 1] ?? [];
      orphans.push({ id, name: String(cells[1] ?? ''), unit: String(cells[2] ?? ''), figures: row.figures });
    }
  }
  return {
    inputs,
    rules: ruleRead.rules,
    customRules: ruleRead.custom,
    month: figures?.month ?? null,
    year: figures?.year ?? null,
    orphans,
    findings: [...ind.findings, ...(figures?.findings ?? []), ...ruleRead.findings],
    hasFigures: figures !== null,
  };
}

/**
 * The month judged when the clerk has not chosen one: the reporting month of 月度填报, else the
 * latest month any figure was entered for, else the month before this one (figures for a month
 * come in after it ends: judging the current month would set 序时进度 too high, and in December
 * everything would be judged against 100 %).
 */
export function defaultMonth(read: Pick<ProgressInputs, 'month' | 'inputs'>, today: Date = new Date()): number {
  if (read.month !== null) return read.month;
  let latest = 0;
  for (const input of read.inputs) {
    for (let m = 12; m > latest; m--) {
      if (typeof input.figures[m] === 'number') {
        latest = m;
        break;
      }
    }
  }
  return latest > 0 ? latest : Math.max(1, today.getMonth());
}
