/**
 * Re-import of a corrected notice: merges the rows of a freshly built sheet plan into what the
 * sheet holds now, by key (序号 for tasks, 指标ID for indicators).
 *
 * - The add-in's columns (the plan's headers) take the new values.
 * - Every other column is the clerk's: it is kept, with its header, values and formulas, next to
 *   the column it followed, wherever in the table the clerk put it.
 * - A row that is no longer in the notice is kept, marked “新通知中已无此项”, when it carries any
 *   clerk data; otherwise it is dropped. Rows without a key that hold anything are kept as they are.
 * - New rows are appended.
 * Pure: the caller reads the sheet, merges, then applies the returned plan.
 */
import { cellAddress } from './a1';
import { shiftFormulaRows } from './formulaShift';
import type { CellValue, ColumnPlan, SheetPlan } from './plan';
import { cellText, isBlankRow, locateTable, type LocatedTable, type SheetContent } from './sheetTable';
import { STATUS_WORDS } from './vocabulary';

/** What a merge did to one sheet's rows, reported to the clerk after an import. */
export interface ChangeCounts {
  added: number;
  updated: number;
  unchanged: number;
  /** In the workbook but not in the new source: kept (marked) because a clerk added data to it. */
  kept: number;
  /** In the workbook but not in the new source, with nothing a clerk added: removed. */
  removed: number;
}

export interface MergeSpec {
  /** Header of the key column, e.g. "序号". */
  keyHeader: string;
  /** Header of the 导入状态 column the merge fills in. */
  statusHeader: string;
  /** Turns a key into the words of a change line: "12" → "任务12". */
  label: (key: string) => string;
  /** Columns updated silently (a shifted 来源行 is not news to the clerk). */
  quietHeaders?: string[];
}

export interface MergeResult {
  plan: SheetPlan;
  counts: ChangeCounts;
  /** "任务12：责任单位由“A”改为“B”", in sheet order. */
  changes: string[];
}

const MAX_QUOTED = 40;

export function mergeSheet(plan: SheetPlan, existing: SheetContent | undefined, spec: MergeSpec): MergeResult {
  const counts: ChangeCounts = { added: 0, updated: 0, unchanged: 0, kept: 0, removed: 0 };
  const planHeaders = plan.columns.map((c) => c.header);
  const keyCol = planHeaders.indexOf(spec.keyHeader);
  const statusCol = planHeaders.indexOf(spec.statusHeader);
  if (keyCol < 0 || statusCol < 0) throw new Error(`合并规则与表格不符：缺少“${spec.keyHeader}”或“${spec.statusHeader}”列`);

  const table = existing ? locateTable(existing, spec.keyHeader) : undefined;
  if (!table) {
    counts.added = plan.rows.length;
    return { plan: { ...plan, rows: plan.rows.map((r) => withStatus(r, statusCol, STATUS_WORDS.added)) }, counts, changes: [] };
  }

  const clerk = clerkColumns(table, existing!, planHeaders);
  const layout = columnLayout(plan, table, clerk);
  const quiet = new Set([spec.statusHeader, ...(spec.quietHeaders ?? [])]);
  const changes: string[] = [];
  const rows: CellValue[][] = [];

  const fresh = new Map<string, CellValue[]>();
  for (const r of plan.rows) {
    const k = cellText(r[keyCol]);
    if (!fresh.has(k)) fresh.set(k, r);
  }
  const existingKeyCol = table.column.get(spec.keyHeader)!;
  const placed = new Set<string>();

  /** The old value of a plan column in an existing row ('' if the column was not there). */
  const oldPlanValue = (i: number, h: string): CellValue => {
    const c = table.column.get(h);
    return c === undefined ? null : table.rows[i][c];
  };
  // A clerk's A1 formula follows its row, as it would if Excel had moved the row: "=F7*2" in the
  // row that moves up to 5 becomes "=F5*2".
  const clerkValues = (i: number) => clerk.map((c) => followRow(c.values[i], rows.length - i));
  const hasClerkData = (i: number) => clerk.some((c) => cellText(c.values[i]) !== '');

  table.rows.forEach((oldRow, i) => {
    const key = cellText(oldRow[existingKeyCol]);
    if (key === '') {
      if (!isBlankRow(oldRow)) rows.push(layout(planHeaders.map((h) => oldPlanValue(i, h)), clerkValues(i)));
      return;
    }
    const next = placed.has(key) ? undefined : fresh.get(key);
    if (!next) {
      if (hasClerkData(i)) {
        counts.kept++;
        changes.push(`${spec.label(key)}：${STATUS_WORDS.kept}，因有另加的数据而保留`);
        const kept = planHeaders.map((h) => oldPlanValue(i, h));
        rows.push(layout(withStatus(kept, statusCol, STATUS_WORDS.kept), clerkValues(i)));
      } else {
        counts.removed++;
        changes.push(`${spec.label(key)}：${STATUS_WORDS.kept}，已删除`);
      }
      return;
    }
    placed.add(key);
    const diffs = planHeaders
      .map((h, c) => ({ h, before: cellText(oldPlanValue(i, h)), after: cellText(next[c]) }))
      .filter((d) => !quiet.has(d.h) && d.before !== d.after);
    if (diffs.length === 0) counts.unchanged++;
    else {
      counts.updated++;
      for (const d of diffs) changes.push(`${spec.label(key)}：${describe(d.h, d.before, d.after)}`);
    }
    const status = diffs.length === 0 ? STATUS_WORDS.unchanged : STATUS_WORDS.updated;
    rows.push(layout(withStatus(next, statusCol, status), clerkValues(i)));
  });

  for (const [key, r] of fresh) {
    if (placed.has(key)) continue;
    counts.added++;
    changes.push(`${spec.label(key)}：新增`);
    rows.push(layout(withStatus(r, statusCol, STATUS_WORDS.added), clerk.map(() => null)));
  }

  const shift = table.headerRow - (plan.headerRow ?? 0);
  return {
    plan: {
      ...plan,
      columns: layout.columns,
      rows,
      headerRow: table.headerRow,
      // Titles above the header push the header down: the frozen rows and the printed title
      // rows follow it.
      freezeRows: plan.freezeRows ? plan.freezeRows + shift : plan.freezeRows,
      pageLayout: plan.pageLayout && { ...plan.pageLayout, printTitleRows: shiftRows(plan.pageLayout.printTitleRows, shift) },
      cells: [...(plan.cells ?? []), ...titleCells(existing!, table)],
    },
    counts,
    changes,
  };
}

export interface ClerkColumn {
  header: string;
  /** Column in the existing sheet. */
  from: number;
  /** One value per existing data row: the formula where the cell holds one. */
  values: CellValue[];
  column: ColumnPlan;
}

/** Every column of the existing table that is not the add-in's, with its values; a column the
 *  clerk filled without giving it a header is kept under Excel's own default name “列N”. */
export function clerkColumns(table: LocatedTable, existing: SheetContent, planHeaders: string[]): ClerkColumn[] {
  const out: ClerkColumn[] = [];
  const seen = new Set(planHeaders);
  table.headers.forEach((h, c) => {
    if (h !== '' && table.column.get(h) !== c) return; // a repeated header: Excel tables forbid it
    if (planHeaders.includes(h)) return;
    const isFormula = table.rows.map((row, i) => {
      const f = existing.formulas?.[table.headerRow + 1 + i]?.[c];
      // Excel reports a constant's text as its "formula": only an "=…" that differs from the
      // shown value is a real formula.
      return typeof f === 'string' && f.startsWith('=') && f !== row[c] ? f : undefined;
    });
    const hasFormula = isFormula.some((f) => f !== undefined);
    // In a formula column a constant text goes with the quote prefix, so "=见附件" stays text.
    const values = table.rows.map((row, i) =>
      isFormula[i] ?? (hasFormula && typeof row[c] === 'string' && row[c] !== '' ? `'${row[c] as string}` : row[c]),
    );
    if (h === '' && values.every((v) => cellText(v) === '')) return;
    let header = h;
    for (let n = c + 1; header === '' || seen.has(header); n++) header = `列${n}`;
    seen.add(header);
    const longest = Math.max(header.length, ...values.map((v) => cellText(v).length));
    out.push({
      header,
      from: c,
      values,
      column: { header, width: Math.min(Math.max(longest, header.length + 2, 8), 30), kind: hasFormula ? 'formula' : 'text' },
    });
  });
  return out;
}

export type Layout = ((planValues: CellValue[], clerkValues: CellValue[]) => CellValue[]) & { columns: ColumnPlan[] };

/** Where the clerk's columns go: after the column they followed in the sheet. When the plan
 *  carries conditional formats or validations (addressed by column letter), after all of the
 *  plan's columns instead, so those addresses stay true. */
export function columnLayout(
  plan: SheetPlan,
  table: LocatedTable,
  clerk: ClerkColumn[],
  addressed = (plan.conditionalFormats?.length ?? 0) > 0 || (plan.validations?.length ?? 0) > 0,
): Layout {
  // Each output column: ['p', planIndex] or ['c', clerkIndex].
  const order: [('p' | 'c'), number][] = plan.columns.map((_, i) => ['p', i]);
  clerk.forEach((cc, k) => {
    if (addressed) {
      order.push(['c', k]);
      return;
    }
    // The nearest column to its left in the sheet that is already placed.
    let at = 0;
    for (let left = cc.from - 1; left >= 0; left--) {
      const h = table.headers[left];
      const p = plan.columns.findIndex((c) => c.header === h);
      const q = clerk.findIndex((c, j) => j < k && c.from === left);
      const idx = order.findIndex(([t, i]) => (t === 'p' && i === p) || (t === 'c' && i === q));
      if ((p >= 0 || q >= 0) && idx >= 0) {
        at = idx + 1;
        break;
      }
    }
    order.splice(at, 0, ['c', k]);
  });
  const fn = ((planValues: CellValue[], clerkValues: CellValue[]) =>
    order.map(([t, i]) => (t === 'p' ? planValues[i] ?? null : clerkValues[i] ?? null))) as Layout;
  fn.columns = order.map(([t, i]) => (t === 'p' ? plan.columns[i] : clerk[i].column));
  return fn;
}

/** Anything the clerk typed above the header (a title) stays where it was. */
function titleCells(existing: SheetContent, table: LocatedTable): NonNullable<SheetPlan['cells']> {
  const cells: NonNullable<SheetPlan['cells']> = [];
  for (let r = 0; r < table.headerRow; r++) {
    (existing.values[r] ?? []).forEach((v, c) => {
      if (cellText(v) === '') return;
      const f = existing.formulas?.[r]?.[c];
      const isFormula = typeof f === 'string' && f.startsWith('=') && f !== v;
      cells.push(isFormula ? { address: cellAddress(r, c), value: null, formula: f } : { address: cellAddress(r, c), value: v });
    });
  }
  return cells;
}

/** A formula moved `delta` rows: its relative row references move with it. */
export function followRow(v: CellValue, delta: number): CellValue {
  return typeof v === 'string' && v.startsWith('=') && delta !== 0 ? shiftFormulaRows(v, delta) : v;
}

function withStatus(row: CellValue[], statusCol: number, status: string): CellValue[] {
  const out = row.slice();
  out[statusCol] = status;
  return out;
}

function clip(s: string): string {
  return s.length > MAX_QUOTED ? `${s.slice(0, MAX_QUOTED)}…` : s;
}

function describe(header: string, before: string, after: string): string {
  if (before === '') return `${header}新填“${clip(after)}”`;
  if (after === '') return `${header}“${clip(before)}”已删去`;
  return `${header}由“${clip(before)}”改为“${clip(after)}”`;
}

/** "$1:$1" shifted by 2 → "$3:$3". */
function shiftRows(rows: string | undefined, by: number): string | undefined {
  if (!rows || by === 0) return rows;
  return rows.replace(/\$(\d+)/g, (_, n: string) => `$${Number(n) + by}`);
}
