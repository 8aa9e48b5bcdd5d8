/**
 * The 进度 view's use case: the engine over what the sheets hold now, with each lagging item's lead
 * unit (from 目标任务) and its row in 进度 (for click-through). One readSheets round trip: the
 * engine's inputs and 进度 are read together; nothing is written.
 */
import { computeProgress } from '../../domain/progress/evaluate';
import { reportingMonth } from '../../domain/progress/months';
import { STATUSES, type ItemProgress, type ProgressStatus } from '../../domain/progress/types';
import { FIGURES_SHEET, PROGRESS_SHEET } from '../../workbook/progress/layout';
import { PC } from '../../workbook/progress/progressFormulas';
import { PROGRESS_FIRST_DATA_ROW } from '../../workbook/progress/progressSheet';
import { figureCellAddress } from '../../workbook/progress/readProgressSheets';
import { readTasks } from '../../workbook/readTasks';
import { INDICATORS_SHEET, TASKS_SHEET } from '../../workbook/vocabulary';
import { describeFinding } from '../messages';
import type { SheetSnapshot, WorkbookStore } from '../port';
import { PROGRESS_INPUT_READ, PROGRESS_INPUT_SHEETS, defaultMonth, progressInputs } from '../progress/progressInputs';
import { UNASSIGNED_UNIT, type CellMessage, type LaggingItem, type ProgressView, type UnitGroup } from './progressViewTypes';

/** Every sheet the view needs, read in one call. */
export const PROGRESS_VIEW_SHEETS: readonly string[] = [...PROGRESS_INPUT_SHEETS, PROGRESS_SHEET];

/** The view for `month` (1..12), or for the reporting month in 月度填报 when omitted. */
export async function loadProgressView(store: WorkbookStore, month?: number): Promise<ProgressView> {
  const snaps = await store.readSheets(PROGRESS_VIEW_SHEETS, PROGRESS_INPUT_READ);
  return progressViewOf(snaps, month);
}

/** The pure part, over snapshots (tests and the CLI may use it without a port). */
export function progressViewOf(snaps: SheetSnapshot[], month?: number, today: Date = new Date()): ProgressView {
  const by = new Map(snaps.map((s) => [s.name, s]));
  if (!by.has(INDICATORS_SHEET)) return { kind: 'no-indicators' };
  const read = progressInputs(snaps);
  const asked = month ?? defaultMonth(read, today);
  const m = reportingMonth(asked, read.rules.mergeJanFeb);
  const report = computeProgress(read.inputs, read.rules, m);

  const unitOfTask = new Map<string, string>();
  const tasks = by.get(TASKS_SHEET);
  if (tasks) for (const t of readTasks(tasks).tasks) if (t.leadUnit) unitOfTask.set(t.seq, t.leadUnit);
  const rows = progressRows(by.get(PROGRESS_SHEET));
  const lastVisible = PC['原因'];

  const counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<ProgressStatus, number>;
  for (const item of report.items) counts[item.status]++;

  const group = (status: ProgressStatus): UnitGroup[] => {
    const groups = new Map<string, LaggingItem[]>();
    // A probable unit slip is listed with the figures to correct, not as a result.
    for (const item of report.items.filter((i) => i.status === status && !i.unitSlip)) {
      const unit = unitOf(item, unitOfTask);
      const row = rows.get(item.id);
      const entry: LaggingItem = {
        id: item.id,
        name: item.name,
        status: item.status,
        reason: item.reason,
        kind: item.kind,
        address: row === undefined ? null : `A${row}:${lastVisible}${row}`,
      };
      groups.set(unit, [...(groups.get(unit) ?? []), entry]);
    }
    // Units in the order their first item appears (the decomposition's order); the unassigned last.
    const units = [...groups.keys()].sort((a, b) => Number(a === UNASSIGNED_UNIT) - Number(b === UNASSIGNED_UNIT));
    return units.map((unit) => ({ unit, items: groups.get(unit)! }));
  };

  // Figures to correct are listed apart, each linked to its cell: text where a number belongs,
  // an amount typed as a percentage, and a figure 1,000× off (a probable 万元/亿元 slip, which is
  // not a result); the rest as words.
  const figureErrors: CellMessage[] = [];
  const otherErrors: string[] = [];
  for (const f of read.findings) {
    if ((f.code === 'figure-not-number' || f.code === 'figure-percent') && f.sheet === FIGURES_SHEET && f.cell) figureErrors.push({ sheet: f.sheet, cell: f.cell, message: describeFinding(f) });
    else otherErrors.push(describeFinding(f));
  }
  const figureValues = by.get(FIGURES_SHEET)?.values ?? [];
  for (const item of report.items) {
    if (!item.unitSlip) continue;
    const cell = figureCellAddress(figureValues, item.id, item.month);
    if (!cell) continue;
    figureErrors.push({ sheet: FIGURES_SHEET, cell, message: describeFinding({ code: 'figure-unit-slip', severity: 'error', sheet: FIGURES_SHEET, cell, id: item.id, name: item.name, value: item.reason }) });
  }
  return {
    kind: 'ready',
    month: m,
    year: read.year,
    mergeJanFeb: read.rules.mergeJanFeb,
    timeProgress: report.timeProgress,
    counts,
    total: report.items.length,
    lagging: group('滞后'),
    warning: group('预警'),
    missing: group('未填报'),
    figureErrors,
    otherErrors,
    hasProgressSheet: by.has(PROGRESS_SHEET),
    reported: report.items.filter((i) => i.status !== '未填报' && i.status !== '不适用').length,
    hasFiguresSheet: by.has(FIGURES_SHEET),
  };
}

function unitOf(item: ItemProgress, unitOfTask: ReadonlyMap<string, string>): string {
  return (item.task !== null ? unitOfTask.get(item.task) : undefined) ?? UNASSIGNED_UNIT;
}

/** 指标ID → 1-based worksheet row in 进度, read from the sheet itself: a 进度 built before a
 *  re-import may hold its rows in another order (or miss new ones) until it is rebuilt. */
function progressRows(snap: SheetSnapshot | undefined): Map<string, number> {
  const rows = new Map<string, number>();
  if (!snap) return rows;
  for (let r = PROGRESS_FIRST_DATA_ROW - 1; r < snap.values.length; r++) {
    const id = snap.values[r]?.[0];
    if (id !== null && id !== undefined && String(id).trim() !== '' && !rows.has(String(id).trim())) rows.set(String(id).trim(), r + 1);
  }
  return rows;
}
