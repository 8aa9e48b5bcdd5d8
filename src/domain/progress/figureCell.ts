/**
 * A figure cell as the engine reads it. Empty cells (null, undefined, "") are missing; a number is
 * a figure only when it is finite (a NaN or Infinity that slipped in is shown as text to correct,
 * never judged as "完成Infinity%"); any other text is what the clerk typed, reported as text.
 */
import type { FigureCell } from './types';

export function figureOf(cell: FigureCell | undefined): number | string | null {
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : String(cell);
  if (typeof cell === 'string') return cell === '' ? null : cell;
  return null;
}
