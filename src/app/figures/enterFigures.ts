/**
 * Figures entered into 月度填报 from outside the sheet (a figures file on the command line; the
 * units' returned forms later): each figure goes into its indicator's row and its month's column,
 * and nothing else is touched. A figure the cell already holds is left alone; a different figure
 * already there is a conflict, and then nothing at all is written until the clerk decides
 * (`overwrite`): a typed figure is never replaced silently.
 */
import type { Finding } from '../../domain/findings';
import type { FigureEntry } from '../../domain/progress/figuresFile';
import { periodLabel } from '../../domain/progress/months';
import { cellAddress } from '../../workbook/a1';
import type { CellEdit, CellValue } from '../../workbook/plan';
import { FC, FIGURES_HEADER_ROW, FIGURES_SHEET, FIRST_FIGURE_COL } from '../../workbook/progress/layout';
import { columnIndex } from '../../workbook/a1';
import type { WorkbookStore } from '../port';

export interface EnterFiguresOptions {
  /** Replace figures that differ from the workbook's (the clerk has decided). */
  overwrite?: boolean;
}

export interface EnterFiguresOutcome {
  /** Cells written (figures and notes). */
  written: number;
  /** Figures the workbook already held with the same value. */
  unchanged: number;
  /** Figures that differ from the workbook's; written only with `overwrite`. */
  conflicts: Finding[];
  /** Entries that could not be placed (unknown ID, no column for the month). Nothing is written
   *  while there are any. */
  findings: Finding[];
}

const same = (a: CellValue | undefined, b: number) => typeof a === 'number' && Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));

export async function enterFigures(store: WorkbookStore, entries: readonly FigureEntry[], options: EnterFiguresOptions = {}): Promise<EnterFiguresOutcome> {
  const [sheet] = await store.readSheets([FIGURES_SHEET]);
  const outcome: EnterFiguresOutcome = { written: 0, unchanged: 0, conflicts: [], findings: [] };
  if (!sheet) {
    outcome.findings.push(...entries.map((e): Finding => ({ code: 'figure-unknown-id', severity: 'error', file: e.file, row: e.row, id: e.id })));
    return outcome;
  }
  const values = sheet.values;
  // Row 2 says which month each figure column ends (1-2月 merged: the first is 2).
  const columnOf = new Map<number, number>();
  for (let c = FIRST_FIGURE_COL; typeof values[FIGURES_HEADER_ROW - 1]?.[c] === 'number'; c++) columnOf.set(values[FIGURES_HEADER_ROW - 1][c] as number, c);
  const merged = columnOf.has(2) && !columnOf.has(1);
  const idCol = columnIndex(FC.id);
  const noteCol = columnIndex(FC.note);
  const rowOf = new Map<string, number>();
  for (let r = FIGURES_HEADER_ROW + 1; r < values.length; r++) {
    const id = String(values[r]?.[idCol] ?? '').trim();
    if (id !== '' && !rowOf.has(id)) rowOf.set(id, r);
  }

  const edits: CellEdit[] = [];
  const notes = new Map<number, { note: string; month: number }>();
  for (const e of entries) {
    const r = rowOf.get(e.id);
    if (r === undefined) {
      outcome.findings.push({ code: 'figure-unknown-id', severity: 'error', file: e.file, row: e.row, id: e.id });
      continue;
    }
    const c = columnOf.get(e.month);
    if (c === undefined) {
      outcome.findings.push({
        code: 'figure-no-column',
        severity: 'error',
        file: e.file,
        row: e.row,
        id: e.id,
        value: `${e.year}年${e.month}月`,
        fallback: merged && e.month === 1 ? '工作簿按1-2月合并填报，请只填2月（1-2月累计）的数值' : undefined,
      });
      continue;
    }
    const address = cellAddress(r, c);
    const old = values[r]?.[c];
    if (same(old, e.value)) outcome.unchanged++;
    else if (old === null || old === undefined || old === '') edits.push({ sheet: FIGURES_SHEET, address, value: e.value });
    else {
      outcome.conflicts.push({
        code: 'figure-conflict',
        severity: 'warning',
        sheet: FIGURES_SHEET,
        cell: address,
        file: e.file,
        row: e.row,
        id: e.id,
        period: periodLabel(e.month, merged).replace('月', ''),
        value: String(e.value),
        previous: String(old),
      });
      if (options.overwrite) edits.push({ sheet: FIGURES_SHEET, address, value: e.value });
    }
    // The latest month's note is the item's 进展说明.
    if (e.note !== null && (notes.get(r)?.month ?? 0) <= e.month) notes.set(r, { note: e.note, month: e.month });
  }
  for (const [r, { note }] of notes) {
    const old = String(values[r]?.[noteCol] ?? '').trim();
    if (old === note) continue;
    const address = cellAddress(r, noteCol);
    if (old !== '') {
      // A note the clerk wrote is not replaced silently either.
      const id = String(values[r][idCol]);
      outcome.conflicts.push({ code: 'figure-conflict', severity: 'warning', sheet: FIGURES_SHEET, cell: address, id, header: '进展说明', value: note, previous: old });
      if (!options.overwrite) continue;
    }
    edits.push({ sheet: FIGURES_SHEET, address, value: note });
  }

  if (outcome.findings.length > 0 || (outcome.conflicts.length > 0 && !options.overwrite) || edits.length === 0) return outcome;
  await store.apply({ sheets: [], edits });
  outcome.written = edits.length;
  return outcome;
}
