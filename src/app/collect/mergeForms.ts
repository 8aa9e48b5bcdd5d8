/**
 * Returned forms merged into 月度填报, in two steps, so that nothing is written until the clerk has
 * decided every conflict:
 *
 * 1. previewMerge reads the workbook once and says, for each form row, what it would write: a
 *    figure into its month's cell, a milestone's state into 推进状态, 进展情况 into 进展说明. A cell
 *    that is empty or holds the same is simply filled; a cell that holds something else is a
 *    conflict for the clerk to accept or reject. Text in a figure ("约5亿", "6.5%") is never
 *    written: it is shown with its check finding, for the unit to correct.
 * 2. applyMerge takes the decisions, reads the workbook again and, if no cell it is to write has
 *    changed since (a clerk typing meanwhile), writes in one go: the cells, 报送明细 (every row
 *    each form brought, appended), 报送情况 (the months touched, with the forms' sign-off), and
 *    修改记录 for a change to a closed month's figure. Otherwise it writes nothing and says why.
 *
 * Which figure is in force: the item's lead unit's, or the source chosen for it in 指标's 数据来源
 * column. Another source's figure fills an empty cell, and is otherwise only recorded (the source
 * check compares it).
 */
import type { Finding } from '../../domain/findings';
import type { FormReceipt } from '../../domain/collect/reportingStatus';
import { checkFinding } from '../../domain/reconcile/types';
import { percentTyped } from '../../domain/reconcile/figureIndex';
import { cellAddress, columnIndex } from '../../workbook/a1';
import type { CellEdit, CellValue, SheetPlan } from '../../workbook/plan';
import { changesSheetPlan, type ChangeRow } from '../../workbook/collect/changesSheet';
import { closedMonths, readHistory } from '../../workbook/collect/historySheet';
import { CHANGES_SHEET, HISTORY_SHEET, REPORTS_SHEET, STATUS_SHEET } from '../../workbook/collect/layout';
import { NO_OWNER, readOwners } from '../../workbook/collect/owners';
import type { ReturnedForm } from '../../workbook/collect/readReturnedForm';
import { readReports, reportsSheetPlan, type ReportRecord } from '../../workbook/collect/reportsSheet';
import { readReceipts, statusSheetPlan } from '../../workbook/collect/statusSheet';
import { FC, FIGURES_HEADER_ROW, FIGURES_SHEET, FIRST_FIGURE_COL } from '../../workbook/progress/layout';
import { cellText } from '../../workbook/sheetTable';
import { INDICATORS_SHEET, TASKS_SHEET } from '../../workbook/vocabulary';
import type { SheetSnapshot, WorkbookStore } from '../port';
import { PROGRESS_INPUT_SHEETS, progressInputs, PROGRESS_INPUT_READ } from '../progress/progressInputs';
import { reportingStatusOf } from './reportingStatus';

/** Every sheet a merge reads, in one call. */
export const MERGE_SHEETS: readonly string[] = [...PROGRESS_INPUT_SHEETS, REPORTS_SHEET, STATUS_SHEET, HISTORY_SHEET, CHANGES_SHEET];

export interface MergeOptions {
  /** The month of a form that does not say (a pasted range, a file without periods). */
  month: number;
  /** Who sent a form that does not name its unit (a figures file from the statistics bureau);
   *  '' = each item's own lead unit. */
  source?: string;
  /** "2024-07-05 09:30": when the forms were merged. */
  now: string;
  /** Who merged them (logged with a change to a closed month). */
  who: string;
}

export interface PlannedWrite {
  /** Unique per cell: the decision is keyed by it. */
  key: string;
  kind: 'figure' | 'status' | 'note';
  id: string;
  name: string;
  month: number;
  /** The 月度填报 cell. */
  cell: string;
  /** What the cell holds now, and what the form would put there. */
  before: CellValue;
  after: number | string;
  /** The cell holds something else: written only if the clerk accepts. */
  conflict: boolean;
  /** The month is closed: a change is logged in 修改记录. */
  closed: boolean;
  form: string;
  row: number;
  source: string;
}

export interface FormSummary {
  name: string;
  unit: string | null;
  month: number | null;
  signOff: ReturnedForm['signOff'];
  /** Rows with an ID. */
  rows: number;
  /** Cells it fills, cells that already hold the same, conflicts, figures only recorded. */
  fills: number;
  same: number;
  conflicts: number;
  recordedOnly: number;
  findings: Finding[];
}

export interface MergePreview {
  forms: FormSummary[];
  writes: PlannedWrite[];
  conflicts: PlannedWrite[];
  records: ReportRecord[];
  /** By month, by unit: the sign-off and arrival of each form. */
  receipts: Map<number, Map<string, FormReceipt>>;
  findings: Finding[];
}

/** The workbook cannot take figures yet. */
export class MergeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MergeError';
    Object.setPrototypeOf(this, new.target.prototype);
  }
}

interface Sheet {
  values: CellValue[][];
  rowOf: Map<string, number>;
  columnOf: Map<number, number>;
  merged: boolean;
}

function figuresSheet(snap: SheetSnapshot | undefined): Sheet {
  if (!snap) throw new MergeError(`工作簿中还没有“${FIGURES_SHEET}”工作表：请先在“进度”中点“生成/更新进度表”，再合并填报表。`);
  const values = snap.values;
  const columnOf = new Map<number, number>();
  for (let c = FIRST_FIGURE_COL; typeof values[FIGURES_HEADER_ROW - 1]?.[c] === 'number'; c++) columnOf.set(values[FIGURES_HEADER_ROW - 1][c] as number, c);
  const rowOf = new Map<string, number>();
  const idCol = columnIndex(FC.id);
  for (let r = FIGURES_HEADER_ROW + 1; r < values.length; r++) {
    const id = cellText(values[r]?.[idCol]);
    if (id !== '' && !rowOf.has(id)) rowOf.set(id, r);
  }
  return { values, rowOf, columnOf, merged: columnOf.has(2) && !columnOf.has(1) };
}

const sameValue = (a: CellValue, b: number | string) =>
  typeof a === 'number' && typeof b === 'number' ? Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b)) : cellText(a) === cellText(b);

export async function previewMerge(store: WorkbookStore, forms: readonly ReturnedForm[], options: MergeOptions): Promise<MergePreview> {
  return previewOf(await store.readSheets(MERGE_SHEETS, PROGRESS_INPUT_READ), forms, options);
}

export function previewOf(snaps: readonly SheetSnapshot[], forms: readonly ReturnedForm[], options: MergeOptions): MergePreview {
  const by = new Map(snaps.map((s) => [s.name, s]));
  const sheet = figuresSheet(by.get(FIGURES_SHEET));
  const owners = readOwners(by.get(INDICATORS_SHEET), by.get(TASKS_SHEET));
  const closed = closedMonths(readHistory(by.get(HISTORY_SHEET)));
  const reported = readReports(by.get(REPORTS_SHEET));
  // Notes the add-in wrote from earlier forms: replacing one is not a conflict.
  const earlierNotes = new Set(reported.map((r) => r.progress).filter((p) => p !== ''));
  const nameCol = columnIndex(FC.name);
  // Each item's task (its lead unit comes from the task unless 指标 names one).
  const taskOf = new Map(progressInputs([...snaps]).inputs.map((i) => [i.item.id, i.item.task]));
  const preview: MergePreview = { forms: [], writes: [], conflicts: [], records: [], receipts: new Map(), findings: [] };
  /** Cell → value planned by an earlier form of this merge. */
  const planned = new Map<string, PlannedWrite>();

  for (const form of forms) {
    const summary: FormSummary = { name: form.name, unit: form.unit, month: form.month, signOff: form.signOff, rows: 0, fills: 0, same: 0, conflicts: 0, recordedOnly: 0, findings: [...form.findings] };
    preview.forms.push(summary);
    if (form.findings.some((f) => f.severity === 'error')) continue;
    const formMonth = form.month ?? options.month;
    const seen = new Set<string>();
    for (const row of form.rows) {
      summary.rows++;
      const at = { file: form.name, row: row.row };
      const r = sheet.rowOf.get(row.id);
      if (r === undefined) {
        summary.findings.push({ code: 'figure-unknown-id', severity: 'error', ...at, id: row.id });
        continue;
      }
      const month = row.month ?? formMonth;
      const c = sheet.columnOf.get(month);
      if (c === undefined) {
        summary.findings.push({ code: 'figure-no-column', severity: 'error', ...at, id: row.id, value: `${month}月`, fallback: sheet.merged && month === 1 ? '工作簿按1-2月合并填报，请只填2月（1-2月累计）的数值' : undefined });
        continue;
      }
      const name = cellText(sheet.values[r][nameCol]);
      const owner = owners.ownerOf(row.id, taskOf.get(row.id) ?? null);
      const source = form.unit ?? (options.source || owner);
      const subject = { id: row.id, name, owner };
      if (seen.has(`${row.id}:${month}`)) {
        summary.findings.push(checkFinding('duplicate', 'error', subject, month, sheet.merged, { ...at, value: cellText(row.total), expected: '' }));
        continue;
      }
      seen.add(`${row.id}:${month}`);
      const hasAnything = row.total !== null || row.current !== null || row.status !== '' || row.progress !== '' || row.problems !== '' || row.measures !== '';
      if (!hasAnything) continue;
      preview.records.push({
        month,
        id: row.id,
        name,
        source,
        total: row.total,
        current: row.current,
        status: row.status,
        progress: row.progress,
        problems: row.problems,
        measures: row.measures,
        file: form.name,
        received: options.now,
      });

      const plan = (kind: PlannedWrite['kind'], col: number, after: number | string, replaceable?: (v: CellValue) => boolean) => {
        const cell = cellAddress(r, col);
        const earlier = planned.get(cell);
        const before = earlier ? earlier.after : (sheet.values[r][col] ?? null);
        if (sameValue(before, after)) {
          summary.same++;
          return;
        }
        const conflict = cellText(before) !== '' && !(replaceable?.(before) ?? false);
        const write: PlannedWrite = { key: `${kind}:${cell}`, kind, id: row.id, name, month, cell, before: sheet.values[r][col] ?? null, after, conflict: conflict || earlier?.conflict === true, closed: kind === 'figure' && closed.has(month), form: form.name, row: row.row, source };
        if (earlier) preview.writes.splice(preview.writes.indexOf(earlier), 1);
        planned.set(cell, write);
        preview.writes.push(write);
        if (write.conflict) summary.conflicts++;
        else summary.fills++;
      };

      if (row.total !== null) {
        const authority = owners.authority.get(row.id);
        const current = sheet.values[r][c];
        const inForce = authority ? authority === source : source === owner || owner === NO_OWNER || (cellText(current) === '' && !planned.has(cellAddress(r, c)));
        if (typeof row.total === 'string') {
          // Not a number: recorded, shown for the unit to correct, never written.
          const meant = percentTyped(row.total);
          summary.findings.push(
            meant !== null
              ? checkFinding('percent', 'error', subject, month, sheet.merged, { ...at, value: row.total, expected: String(meant) })
              : checkFinding('text', 'error', subject, month, sheet.merged, { ...at, value: row.total }),
          );
        } else if (inForce) plan('figure', c, row.total);
        else summary.recordedOnly++;
      }
      if (row.status !== '' && cellText(sheet.values[r][columnIndex(FC.status)]) !== row.status) plan('status', columnIndex(FC.status), row.status);
      else if (row.status !== '') summary.same++;
      if (row.progress !== '') plan('note', columnIndex(FC.note), row.progress, (v) => earlierNotes.has(cellText(v)));
    }
    if (form.unit) {
      const month = form.month ?? options.month;
      if (!preview.receipts.has(month)) preview.receipts.set(month, new Map());
      preview.receipts.get(month)!.set(form.unit, { signOff: { ...form.signOff }, received: options.now, file: form.name });
    }
    preview.findings.push(...summary.findings);
  }
  preview.conflicts = preview.writes.filter((w) => w.conflict);
  return preview;
}

export type Decision = 'accept' | 'reject';

export type MergeOutcome =
  | { done: true; cells: number; records: number; logged: number; sheets: string[] }
  /** Conflicts without a decision: nothing written. */
  | { done: false; reason: 'undecided'; undecided: PlannedWrite[] }
  /** Cells changed since the preview (a clerk typing): nothing written; preview again. */
  | { done: false; reason: 'stale'; changed: PlannedWrite[] };

export async function applyMerge(store: WorkbookStore, preview: MergePreview, decisions: ReadonlyMap<string, Decision>, options: Pick<MergeOptions, 'now' | 'who'>, onProgress?: (m: string) => void): Promise<MergeOutcome> {
  const undecided = preview.conflicts.filter((w) => !decisions.has(w.key));
  if (undecided.length > 0) return { done: false, reason: 'undecided', undecided };
  const snaps = await store.readSheets(MERGE_SHEETS, PROGRESS_INPUT_READ);
  const by = new Map(snaps.map((s) => [s.name, s]));
  const sheet = figuresSheet(by.get(FIGURES_SHEET));
  const at = (cell: string) => {
    const m = /^([A-Z]+)(\d+)$/.exec(cell)!;
    return { r: Number(m[2]) - 1, c: columnIndex(m[1]) };
  };
  const changed = preview.writes.filter((w) => {
    const { r, c } = at(w.cell);
    return cellText(sheet.values[r]?.[c]) !== cellText(w.before) && !sameValue(sheet.values[r]?.[c] ?? null, w.after);
  });
  if (changed.length > 0) return { done: false, reason: 'stale', changed };

  const writes = preview.writes.filter((w) => !w.conflict || decisions.get(w.key) === 'accept');
  const edits: CellEdit[] = writes.map((w) => ({ sheet: FIGURES_SHEET, address: w.cell, value: w.after }));
  // 报送情况 of each month touched, as 月度填报 will be after the edits.
  const after = sheet.values.map((row) => row.slice());
  for (const w of writes) {
    const { r, c } = at(w.cell);
    while (after[r].length <= c) after[r].push(null);
    after[r][c] = w.after;
  }
  const reportsPlan = reportsSheetPlan(by.get(REPORTS_SHEET), preview.records);
  const overlaid = snaps.map((s) => (s.name === FIGURES_SHEET ? { ...s, values: after } : s.name === REPORTS_SHEET ? { name: REPORTS_SHEET, values: [reportsPlan.columns.map((c) => c.header), ...reportsPlan.rows] } : s));
  const months = new Set([...preview.records.map((r) => r.month), ...preview.receipts.keys()]);
  let statusSnap: SheetSnapshot | undefined = by.get(STATUS_SHEET);
  let statusPlan: SheetPlan | undefined;
  for (const month of [...months].sort((a, b) => a - b)) {
    const status = reportingStatusOf(overlaid, month);
    const kept = readReceipts(statusSnap, status.month);
    for (const [unit, receipt] of preview.receipts.get(month) ?? []) kept.set(unit, receipt);
    const units = status.units.map((u) => {
      const receipt = kept.get(u.unit);
      return receipt ? { ...u, signOff: receipt.signOff, received: receipt.received, file: receipt.file } : u;
    });
    statusPlan = statusSheetPlan(statusSnap, status.month, units);
    statusSnap = { name: STATUS_SHEET, values: [statusPlan.columns.map((c) => c.header), ...statusPlan.rows] };
  }
  const logged: ChangeRow[] = writes
    .filter((w) => w.closed)
    .map((w) => ({ at: options.now, month: w.month, id: w.id, name: w.name, before: typeof w.before === 'number' ? w.before : cellText(w.before) || null, after: w.after, who: options.who, how: `合并填报表《${w.form}》` }));
  const sheets: SheetPlan[] = [reportsPlan, ...(statusPlan ? [statusPlan] : []), ...(logged.length > 0 ? [changesSheetPlan(by.get(CHANGES_SHEET), logged)] : [])];
  const report = await store.apply({ sheets, edits }, onProgress);
  return { done: true, cells: edits.length, records: preview.records.length, logged: logged.length, sheets: report.sheetsWritten };
}
