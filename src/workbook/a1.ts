/** A1 addresses: column letters and cell/range addresses from 0-based indexes. */

/** The size of an Excel worksheet. */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/** 0 → "A", 25 → "Z", 26 → "AA". */
export function columnLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** "AA" → 26. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** 0-based row and column → "B7". */
export function cellAddress(row: number, col: number): string {
  return `${columnLetter(col)}${row + 1}`;
}

/** Top-left and size (0-based) → "A1:L200". */
export function rangeAddress(row: number, col: number, rowCount: number, colCount: number): string {
  const tl = cellAddress(row, col);
  if (rowCount === 1 && colCount === 1) return tl;
  return `${tl}:${cellAddress(row + rowCount - 1, col + colCount - 1)}`;
}

/** "B7" or "$B$7" → {row: 6, col: 1}; throws on anything else. */
export function parseCell(address: string): { row: number; col: number } {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!m) throw new Error(`不是单元格地址：${address}`);
  return { row: Number(m[2]) - 1, col: columnIndex(m[1]) };
}

/** "A1:F80", "Sheet1!A1:F80" or "B7" → 0-based corners. */
export function parseRange(address: string): { row: number; col: number; rowCount: number; colCount: number } {
  const bare = address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address;
  const [a, b] = bare.split(':');
  // Whole columns ("A:F") or whole rows ("3:7"), as Excel reports a click on the headers.
  const cols = /^\$?([A-Za-z]{1,3})$/;
  const rows = /^\$?(\d+)$/;
  if (b !== undefined && cols.test(a) && cols.test(b)) {
    const c1 = columnIndex(cols.exec(a)![1]);
    const c2 = columnIndex(cols.exec(b)![1]);
    return { row: 0, col: Math.min(c1, c2), rowCount: MAX_ROWS, colCount: Math.abs(c2 - c1) + 1 };
  }
  if (b !== undefined && rows.test(a) && rows.test(b)) {
    const r1 = Number(rows.exec(a)![1]) - 1;
    const r2 = Number(rows.exec(b)![1]) - 1;
    return { row: Math.min(r1, r2), col: 0, rowCount: Math.abs(r2 - r1) + 1, colCount: MAX_COLUMNS };
  }
  const start = parseCell(a);
  const end = b ? parseCell(b) : start;
  return {
    row: Math.min(start.row, end.row),
    col: Math.min(start.col, end.col),
    rowCount: Math.abs(end.row - start.row) + 1,
    colCount: Math.abs(end.col - start.col) + 1,
  };
}
