/**
 * Rounding and number text exactly as the workbook's formulas produce them, so the reason a clerk
 * reads in the 进度 sheet and in the task pane is the same string.
 *
 * ROUND here is the spreadsheet's (half away from zero on the binary value, as HyperFormula and
 * Excel do for all but contrived inputs); TEXT(ROUND(x,1),"0.0") is toFixed(1) of the rounded value.
 */

export function round(x: number, digits: number): number {
  const m = Math.pow(10, digits);
  return x < 0 ? -Math.round(-x * m) / m : Math.round(x * m) / m;
}

/** Compared quantities are rounded to 6 decimals on both sides: 600/1200 and 6/12 must agree
 *  exactly, whatever the binary noise of each engine. */
export function r6(x: number): number {
  return round(x, 6);
}

/** "41.7" — formula: TEXT(ROUND(x,1),"0.0"). */
export function fixed1(x: number): string {
  return round(x, 1).toFixed(1);
}

/** "5600", "39.5", "0.25" (no trailing zeros) — formula: ROUND(x,2)&"" (a number joined to text
 *  is written in General format, as String() writes it). */
export function plain(x: number): string {
  return String(round(x, 2) + 0);
}

/** A fraction as a percentage: 0.41666 → "41.7%". */
export function percent(fraction: number): string {
  return `${fixed1(fraction * 100)}%`;
}
