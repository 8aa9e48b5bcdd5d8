/**
 * The cell-per-line tables of text extracted from Word (seed 002 from line 758): each row starts
 * after an empty line, each cell starts with a tab, a line without a tab continues the previous
 * cell (a list of units), and a lone tab is an empty cell.
 */
import type { TableBlock } from '../document';

export interface ReadTable {
  table: TableBlock;
  /** Index of the first line after the table. */
  next: number;
}

export function isCellLine(line: string): boolean {
  return line.startsWith('\t');
}

function isBlank(line: string): boolean {
  return line.trim() === '' && !line.includes('\t');
}

/** Reads the table whose first cell line is lines[start]. Returns null when what looks like a
 *  table is too small to be one (at least two rows of at least two cells): a paragraph indented
 *  with a tab is not a table. */
export function readCellLineTable(lines: string[], start: number): ReadTable | null {
  const rows: string[][] = [];
  const rowLines: number[] = [];
  const cellLines: number[][] = [];
  let row: string[] | null = null;
  let rowCellLines: number[] = [];
  let i = start;
  const finishRow = () => {
    if (row && row.length > 0) {
      rows.push(row);
      cellLines.push(rowCellLines);
    }
    row = null;
  };
  while (i < lines.length) {
    const line = lines[i];
    if (isBlank(line)) {
      finishRow();
      let j = i;
      while (j < lines.length && isBlank(lines[j])) j++;
      if (j < lines.length && isCellLine(lines[j])) {
        i = j;
        continue;
      }
      break;
    }
    if (isCellLine(line)) {
      if (!row) {
        row = [];
        rowCellLines = [];
        rowLines.push(i + 1);
      }
      for (const cell of line.slice(1).split('\t')) {
        row.push(cell.trim());
        rowCellLines.push(i + 1);
      }
    } else if (row && row.length > 0) {
      // A line without a tab continues the cell above it (units listed one per line).
      row[row.length - 1] = row[row.length - 1] === '' ? line.trim() : `${row[row.length - 1]}\n${line.trim()}`;
    } else {
      break;
    }
    i++;
  }
  finishRow();
  const realRows = rows.filter((r) => r.length >= 2).length;
  if (realRows < 2) return null;
  return { table: { kind: 'table', rows, rowLines, cellLines }, next: i };
}
