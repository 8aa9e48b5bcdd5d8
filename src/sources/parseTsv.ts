/**
 * Tab-separated text as Excel (and WPS, Google Sheets) puts a copied range on the clipboard:
 * cells separated by tabs, rows by line breaks, and a cell that holds a line break, tab or quote
 * wrapped in double quotes with inner quotes doubled. Excel ends the last row with a line break.
 */

export interface TsvRow {
  cells: string[];
  /** 1-based line of the text on which the row starts (a quoted cell may span several lines). */
  line: number;
}

export function parseTsv(text: string): string[][] {
  return parseTsvRows(text).map((row) => row.cells);
}

export function parseTsvRows(text: string): TsvRow[] {
  const rows: TsvRow[] = [];
  let cells: string[] = [];
  let line = 1;
  let rowLine = 1;
  let i = 0;
  const n = text.length;

  while (i < n || cells.length > 0) {
    const cell = readCell(text, i);
    cells.push(cell.value);
    line += cell.lineBreaks;
    i = cell.end;
    if (i < n && text[i] === '\t') {
      i++;
      continue;
    }
    // End of row: a line break or the end of the text.
    rows.push({ cells, line: rowLine });
    cells = [];
    if (i < n) {
      i += text[i] === '\r' && text[i + 1] === '\n' ? 2 : 1;
      line++;
      rowLine = line;
    }
    if (i >= n) break;
  }
  // A range copied with empty rows at its foot, or text ending in several line breaks.
  while (rows.length > 0 && rows[rows.length - 1].cells.every((cell) => cell === '')) rows.pop();
  return rows;
}

interface CellRead {
  value: string;
  /** Index just past the cell (at the tab, line break or end of text that follows it). */
  end: number;
  /** Line breaks inside the cell, for line numbering. */
  lineBreaks: number;
}

function readCell(text: string, start: number): CellRead {
  if (text[start] === '"') {
    const quoted = readQuotedCell(text, start);
    if (quoted) return quoted;
  }
  let end = start;
  while (end < text.length && !isCellEnd(text[end])) end++;
  return { value: text.slice(start, end), end, lineBreaks: 0 };
}

/**
 * A cell in quotes, or null when the quotes do not close a cell (then the quote is ordinary text,
 * as Excel writes `"abc" def` unquoted).
 */
function readQuotedCell(text: string, start: number): CellRead | null {
  let value = '';
  let i = start + 1;
  while (i < text.length) {
    const ch = text[i];
    if (ch === '"') {
      if (text[i + 1] === '"') {
        value += '"';
        i += 2;
        continue;
      }
      const after = i + 1;
      if (after < text.length && !isCellEnd(text[after])) return null;
      const normalised = value.replace(/\r\n?/g, '\n');
      return { value: normalised, end: after, lineBreaks: countLineBreaks(normalised) };
    }
    value += ch;
    i++;
  }
  return null;
}

function isCellEnd(ch: string): boolean {
  return ch === '\t' || ch === '\n' || ch === '\r';
}

function countLineBreaks(s: string): number {
  let count = 0;
  for (const ch of s) if (ch === '\n') count++;
  return count;
}

/**
 * Whether pasted or loaded text is a copied table (Excel range, Word table) rather than prose. At
 * least two rows and most non-empty rows must have several cells, mostly the same number of them. The cell-per-line layout of the
 * seeds (002: every line a single cell starting with a tab, rows separated by empty lines) is not
 * TSV: there nearly every "row" is an empty cell followed by one value, and the domain's
 * textToDocument reads it.
 */
export function looksLikeTsv(text: string): boolean {
  const rows = parseTsvRows(text).filter((row) => row.cells.some((cell) => cell.trim() !== ''));
  if (rows.length === 0) return false;

  // Lines without tabs around a table (a title, a note) are allowed; they stay paragraphs.
  const multi = rows.filter((row) => row.cells.length >= 2);
  if (multi.length < 2 || multi.length < rows.length * 0.6) return false;
  if (!multi.some((row) => row.cells.filter((cell) => cell.trim() !== '').length >= 2)) return false;

  const cellPerLine = multi.filter((row) => row.cells.length === 2 && row.cells[0] === '');
  if (cellPerLine.length >= multi.length * 0.5) return false;

  const counts = new Map<number, number>();
  for (const row of multi) counts.set(row.cells.length, (counts.get(row.cells.length) ?? 0) + 1);
  const modal = Math.max(...counts.values());
  return modal >= multi.length * 0.6;
}
