/**
 * What Excel's fill handle does to a formula copied k rows down: every relative row number of an
 * A1 reference moves by k (A7 → A(7+k), $A7 → $A(7+k), A7:N7, 'sheet'!A7, whole rows 7:9), while
 * absolute rows ($A$7, A$7), whole columns (A:A), text in "…", sheet names in '…', defined names
 * (TM_F_1) and functions (LOG10) stay as they are. A reference pushed off the sheet becomes #REF!,
 * as in Excel.
 *
 * Plans mark a column `fillDown` when every row's formula is the first row's shifted this way; the
 * in-memory port fills down with it, and a test holds the 进度 plan to it, so the workbook the
 * Office.js adapter leaves (one row written, then Range.autoFill) is the one the plan describes.
 */

const MAX_ROW = 1_048_576;
const MAX_COL = 16_384;

/** A formula cut into fixed text and the relative row numbers in between. */
interface Template {
  /** text[0] row[0] text[1] row[1] … text[n]. */
  text: string[];
  rows: number[];
  /** Length of the column part ("$A") that ends text[k], dropped when row k leaves the sheet. */
  columnParts: number[];
}

const NON_ASCII_NAME = /[\p{L}\p{N}]/u;
/** Characters of a name, number or reference token (names may be Chinese). */
function isNameChar(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  if (c < 0x80) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || ch === '_' || ch === '.' || ch === '\\' || ch === '?' || ch === '$';
  return NON_ASCII_NAME.test(ch);
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

function parse(formula: string): Template {
  const text: string[] = [];
  const rows: number[] = [];
  const columnParts: number[] = [];
  let pending = '';
  const pushRow = (column: string, row: number) => {
    text.push(pending + column);
    rows.push(row);
    columnParts.push(column.length);
    pending = '';
  };
  let i = 0;
  const n = formula.length;
  while (i < n) {
    const ch = formula[i];
    // Text literals ("a""b") and quoted sheet names ('a''b'!) are copied as they are.
    if (ch === '"' || ch === "'") {
      let j = i + 1;
      while (j < n) {
        if (formula[j] === ch) {
          if (formula[j + 1] === ch) j += 2;
          else break;
        } else j++;
      }
      pending += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    // Structured references (Table[Column]) and array constants' contents are not A1 references.
    if (ch === '[') {
      let depth = 0;
      let j = i;
      for (; j < n; j++) {
        if (formula[j] === '[') depth++;
        else if (formula[j] === ']' && --depth === 0) break;
      }
      pending += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (!isNameChar(ch)) {
      pending += ch;
      i++;
      continue;
    }
    // One whole token: a name, a number, a cell reference or a row number of a row range.
    let j = i;
    while (j < n && isNameChar(formula[j])) j++;
    // A number's exponent sign (1E+5) belongs to the token.
    while (/^\d+(\.\d*)?[eE]$/.test(formula.slice(i, j)) && (formula[j] === '+' || formula[j] === '-')) {
      j++;
      while (j < n && isNameChar(formula[j])) j++;
    }
    const token = formula.slice(i, j);
    const next = formula[j];
    const prev = formula[i - 1];
    const cell = /^(\$?)([A-Za-z]{1,3})(\$?)(\d+)$/.exec(token);
    const wholeRow = /^(\$?)(\d+)$/.exec(token);
    if (cell && next !== '(' && next !== '!' && columnNumber(cell[2]) <= MAX_COL && Number(cell[4]) >= 1 && Number(cell[4]) <= MAX_ROW) {
      if (cell[3] === '$') pending += token;
      else pushRow(`${cell[1]}${cell[2]}`, Number(cell[4]));
    } else if (wholeRow && (next === ':' || prev === ':') && isRowRange(formula, i, j)) {
      if (wholeRow[1] === '$') pending += token;
      else pushRow('', Number(wholeRow[2]));
    } else pending += token;
    i = j;
  }
  text.push(pending);
  return { text, rows, columnParts };
}

/** Whether the digits at [i, j) are one side of a row range such as 3:5 or $3:$5. */
function isRowRange(formula: string, i: number, j: number): boolean {
  const side = /^\$?\d+$/;
  const tokenAt = (from: number, step: 1 | -1): string => {
    let k = from;
    while (k >= 0 && k < formula.length && isNameChar(formula[k])) k += step;
    return step === 1 ? formula.slice(from, k) : formula.slice(k + 1, from + 1);
  };
  if (formula[j] === ':') return side.test(tokenAt(j + 1, 1));
  if (formula[i - 1] === ':') return side.test(tokenAt(i - 2, -1));
  return false;
}

function render(t: Template, delta: number): string {
  let out = t.text[0];
  for (let k = 0; k < t.rows.length; k++) {
    const row = t.rows[k] + delta;
    // Off the sheet: Excel writes #REF! in place of the reference (its column part included).
    out = row < 1 || row > MAX_ROW ? out.slice(0, out.length - t.columnParts[k]) + '#REF!' : out + String(row);
    out += t.text[k + 1];
  }
  return out;
}

/** The formula as the fill handle writes it `delta` rows below (negative: above). */
export function shiftFormulaRows(formula: string, delta: number): string {
  if (delta === 0) return formula;
  return render(parse(formula), delta);
}

/** The same, parsed once for many rows: a 10,000-row fill of a 7 KB formula. */
export function rowShifter(formula: string): (delta: number) => string {
  const t = parse(formula);
  return (delta) => (delta === 0 ? formula : render(t, delta));
}
