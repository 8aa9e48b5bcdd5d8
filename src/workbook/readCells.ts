/** Cell-level conversions shared by the sheet readers: numbers, lists, flags. */
import type { CellValue } from './plan';
import { cellText } from './sheetTable';
import { LIST_SPLIT, YES } from './vocabulary';

/** A figure cell: a number, or text that is plainly one ("5600", " 7.5 "). Anything else
 *  ("约5亿", "5,600人") is refused so it is never silently taken as zero. */
export function cellNumber(v: CellValue | undefined): { ok: true; value: number | null } | { ok: false } {
  if (v === null || v === undefined) return { ok: true, value: null };
  if (typeof v === 'number') return Number.isFinite(v) ? { ok: true, value: v } : { ok: false };
  if (typeof v === 'boolean') return { ok: false };
  const s = v.trim();
  if (s === '') return { ok: true, value: null };
  if (/^[-+]?\d+(\.\d+)?$/.test(s)) return { ok: true, value: Number(s) };
  return { ok: false };
}

export function cellList(v: CellValue | undefined): string[] {
  return cellText(v)
    .split(LIST_SPLIT)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

export function cellFlag(v: CellValue | undefined): boolean {
  const s = cellText(v);
  return s === YES || s === '√' || s === '✓' || s.toUpperCase() === 'Y' || v === true;
}

export function cellOrNull(v: CellValue | undefined): string | null {
  const s = cellText(v);
  return s === '' ? null : s;
}
