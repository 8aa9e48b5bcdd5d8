/**
 * What the checks read from the workbook: the items with their settings and lead units (指标,
 * 目标任务, 月度填报's settings), every figure cell of 月度填报 as typed, the 规则 thresholds, and
 * from 报送明细 the month's own figures (当月值) the units reported and the figures other sources
 * reported. The pane's 核对, the progress view's warning and the bulletin's all start here.
 */
import type { ProgressRules } from '../../domain/progress/types';
import type { CheckInput, CheckItem, ReportedFigure } from '../../domain/reconcile/types';
import { numberOf, sameFigure } from '../../domain/reconcile/figureIndex';
import { readFigureCells } from '../../workbook/collect/figureCells';
import { REPORTS_SHEET } from '../../workbook/collect/layout';
import { readOwners } from '../../workbook/collect/owners';
import { latestReports, readReports } from '../../workbook/collect/reportsSheet';
import { FIGURES_SHEET } from '../../workbook/progress/layout';
import { INDICATORS_SHEET, TASKS_SHEET } from '../../workbook/vocabulary';
import type { SheetSnapshot } from '../port';
import { PROGRESS_INPUT_SHEETS, progressInputs, type ProgressInputs, defaultMonth } from '../progress/progressInputs';

/** The sheets a check reads, in one call. */
export const CHECK_INPUT_SHEETS: readonly string[] = [...PROGRESS_INPUT_SHEETS, REPORTS_SHEET];

export interface CheckContext {
  items: CheckItem[];
  /** The figures of 月度填报 as typed, each at its cell. */
  figures: ReportedFigure[];
  otherSources: ReportedFigure[];
  authority: Map<string, string>;
  rules: ProgressRules;
  /** The reporting month of 月度填报 (null before it exists). */
  month: number | null;
  progress: ProgressInputs;
}

export function checkContextOf(snaps: readonly SheetSnapshot[]): CheckContext {
  const by = new Map(snaps.map((s) => [s.name, s]));
  const progress = progressInputs([...snaps]);
  const owners = readOwners(by.get(INDICATORS_SHEET), by.get(TASKS_SHEET));
  const figuresSnap = by.get(FIGURES_SHEET);
  const cells = figuresSnap ? readFigureCells(figuresSnap.values, figuresSnap.numberFormats) : { cells: [], placeOf: new Map<string, Map<number, string>>(), months: [] };
  const items: CheckItem[] = progress.inputs.map(({ item, settings }) => {
    const places = cells.placeOf.get(item.id);
    return {
      item,
      settings,
      owner: owners.ownerOf(item.id, item.task),
      ...(places ? { places: new Map([...places].map(([m, cell]) => [m, { sheet: FIGURES_SHEET, cell }])) } : {}),
    };
  });
  const ownerOf = new Map(items.map((c) => [c.item.id, c.owner]));
  const figures: ReportedFigure[] = cells.cells.map((c) => ({ id: c.id, month: c.month, raw: c.raw, source: '', place: { sheet: FIGURES_SHEET, cell: c.cell } }));

  // 报送明细: the lead unit's 当月值 goes with the figure in force when it reported that figure;
  // another unit's or source's figure is compared with it.
  const inForce = new Map(figures.map((f) => [`${f.id}\u0000${f.month}`, f]));
  const otherSources: ReportedFigure[] = [];
  for (const r of latestReports(readReports(by.get(REPORTS_SHEET)))) {
    const f = inForce.get(`${r.id}\u0000${r.month}`);
    const total = typeof r.total === 'number' ? r.total : null;
    if (r.source === ownerOf.get(r.id)) {
      const v = numberOf(f);
      if (f && r.current !== null && total !== null && v !== null && sameFigure(v, total)) f.current = r.current;
    } else if (total !== null) {
      otherSources.push({ id: r.id, month: r.month, raw: total, source: r.source, place: { sheet: REPORTS_SHEET } });
    }
  }
  return { items, figures, otherSources, authority: owners.authority, rules: progress.rules, month: progress.month, progress };
}

/** The checks' input for a month (default: the reporting month of 月度填报, else the month the
 *  progress view defaults to). */
export function checkInputOf(context: CheckContext, month?: number): CheckInput {
  const r = context.rules;
  return {
    items: context.items,
    figures: context.figures,
    otherSources: context.otherSources,
    authority: context.authority,
    month: month ?? defaultMonth(context.progress),
    rules: { swingPp: r.swingPp, completionBound: r.completionBound, unitSlipRatio: r.unitSlipRatio, mergeJanFeb: r.mergeJanFeb },
  };
}
