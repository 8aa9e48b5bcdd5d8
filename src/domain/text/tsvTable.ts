/**
 * Tab-separated rows as Excel puts them on the clipboard: cells separated by tabs on one line, a
 * cell with a line break or a tab wrapped in double quotes (with "" for a quote inside).
 */
import type { ReadTable } from './cellLineTable';

/** A line with a tab after some text: a row of a pasted table (a line starting with a tab is a
 *  cell-per-line table, see cellLineTable.ts). A search, not a regular expression: on a 5 MB line
 *  without a tab, /^[^\t]+\t/ can overflow the regexp stack under load. */
export function isTsvLine(line: string): boolean {
  return line.indexOf('\t') > 0;
}

export function readTsvTable(lines: string[], start: number): ReadTable | null {
  const rows: string[][] = [];
  const rowLines: number[] = [];
  let i = start;
  while (i < lines.length && lines[i].includes('\t') && lines[i].trim() !== '') {
    rowLines.push(i + 1);
    const cells: string[] = [];
    let cell = '';
    let inQuotes = false;
    let atCellStart = true;
    let line = lines[i];
    let k = 0;
    for (;;) {
      if (k >= line.length) {
        if (inQuotes && i + 1 < lines.length) {
          // A quoted cell goes on over the line break.
          i++;
          line = lines[i];
          k = 0;
          cell += '\n';
          continue;
        }
        break;
      }
      const ch = line[k];
      if (inQuotes) {
        if (ch === '"' && line[k + 1] === '"') {
          cell += '"';
          k += 2;
          continue;
        }
        if (ch === '"') inQuotes = false;
        else cell += ch;
      } else if (ch === '\t') {
        cells.push(cell.trim());
        cell = '';
        atCellStart = true;
        k++;
        continue;
      } else if (ch === '"' && atCellStart) {
        inQuotes = true;
      } else {
        cell += ch;
      }
      atCellStart = false;
      k++;
    }
    cells.push(cell.trim());
    rows.push(cells);
    i++;
  }
  if (rows.length < 2) return null;
  return { table: { kind: 'table', rows, rowLines }, next: i };
}
