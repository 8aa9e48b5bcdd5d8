/**
 * Every figure cell of 月度填报 that holds anything, as typed (a number, or text), with its cell;
 * a repeated ID's row included (readFiguresSheet reads the first row of an ID only: the checks
 * must see the second). And the cell where each item's figure of a month belongs.
 */
import { cellAddress } from '../a1';
import type { CellValue } from '../plan';
import { FIGURES_HEADER_ROW, FIGURE_SETTING_HEADERS, FIRST_FIGURE_COL } from '../progress/layout';
import { PERCENT_POINT_BASES, isPercentFormat } from '../progress/readProgressSheets';
import { cellText } from '../sheetTable';

export interface FigureCell {
  id: string;
  month: number;
  raw: number | string;
  /** "U7". */
  cell: string;
  /** 0-based sheet row. */
  row: number;
}

export interface FigureCells {
  cells: FigureCell[];
  /** 指标ID → month → the cell of its (first) row. */
  placeOf: Map<string, Map<number, string>>;
  /** The months of the figure columns, in order. */
  months: number[];
}

/**
 * @param formats the cells' number formats, when read: "6.5%" typed into a figure cell is stored
 *   by Excel as 0.065 shown as a percentage; it is read as the engine reads it (readFiguresSheet):
 *   6.5 where the row holds percentage points, the text "56%" where it holds an amount.
 */
export function readFigureCells(values: CellValue[][], formats?: string[][]): FigureCells {
  const months: number[] = [];
  const monthRow = values[FIGURES_HEADER_ROW - 1] ?? [];
  for (let c = FIRST_FIGURE_COL; typeof monthRow[c] === 'number'; c++) months.push(monthRow[c] as number);
  const idCol = FIGURE_SETTING_HEADERS.indexOf('指标ID');
  const basisCol = FIGURE_SETTING_HEADERS.indexOf('口径');
  const cells: FigureCell[] = [];
  const placeOf = new Map<string, Map<number, string>>();
  for (let r = FIGURES_HEADER_ROW + 1; r < values.length; r++) {
    const id = cellText(values[r]?.[idCol]);
    if (id === '') continue;
    const first = !placeOf.has(id);
    const places = first ? new Map<number, string>() : undefined;
    if (places) placeOf.set(id, places);
    months.forEach((m, i) => {
      const c = FIRST_FIGURE_COL + i;
      const cell = cellAddress(r, c);
      places?.set(m, cell);
      const v = values[r]?.[c];
      if (typeof v === 'number' && Number.isFinite(v) && isPercentFormat(formats?.[r]?.[c])) {
        const meant = Math.round(v * 100 * 1e9) / 1e9;
        cells.push({ id, month: m, raw: PERCENT_POINT_BASES.has(cellText(values[r]?.[basisCol])) ? meant : `${meant}%`, cell, row: r });
      } else if (typeof v === 'number' && Number.isFinite(v)) cells.push({ id, month: m, raw: v, cell, row: r });
      else if (cellText(v) !== '') cells.push({ id, month: m, raw: cellText(v), cell, row: r });
    });
  }
  return { cells, placeOf, months };
}
