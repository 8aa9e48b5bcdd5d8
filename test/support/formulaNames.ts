/**
 * The workbook names a formula uses (TM_MONTH in `=TM_MONTH&"月"`): identifiers that are neither
 * functions, cell references, booleans, nor text in quotes or sheet names. The test doubles of
 * Excel use it to do what Excel does when a formula is entered before a name it uses exists:
 * the cell shows #NAME? (and, with calculation suspended, keeps it).
 */
const IDENT = /[A-Za-z_\\\u4e00-\u9fff][A-Za-z0-9_.\u4e00-\u9fff]*/y;
const CELL = /^\$?[A-Za-z]{1,3}\$?\d+$/;
const COLUMN = /^\$?[A-Za-z]{1,3}$/;

export function namesUsed(formula: string): string[] {
  const out = new Set<string>();
  let i = formula.startsWith('=') ? 1 : 0;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"' || ch === "'") {
      // Text or a quoted sheet name: skip to the closing quote (doubled quotes escape).
      i++;
      while (i < formula.length && !(formula[i] === ch && formula[i + 1] !== ch)) i += formula[i] === ch ? 2 : 1;
      i++;
      continue;
    }
    IDENT.lastIndex = i;
    const m = IDENT.exec(formula);
    if (!m) {
      i++;
      continue;
    }
    const word = m[0];
    const before = formula[i - 1];
    const after = formula[i + word.length];
    i += word.length;
    if (before === '$' || after === '(' || after === '!' || (before !== undefined && /[A-Za-z0-9_.]/.test(before))) continue;
    if (CELL.test(word) || /^(TRUE|FALSE)$/i.test(word)) continue;
    // A:A, A:C (whole columns) and $B$3:$E$3 (the second half of a range).
    if (COLUMN.test(word) && (after === ':' || before === ':')) continue;
    out.add(word);
  }
  return [...out];
}
