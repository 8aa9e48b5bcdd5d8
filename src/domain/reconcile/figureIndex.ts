/**
 * The figures of a check, indexed: the first figure of each indicator and month (the one a reader
 * takes, as 月度填报's reader takes the first row of an ID) and the later ones (duplicates).
 */
import type { ReportedFigure } from './types';

export interface FigureIndex {
  /** ID → month → the first figure reported for it. */
  first: Map<string, Map<number, ReportedFigure>>;
  /** Later figures of an ID and month that already had one. */
  repeats: { figure: ReportedFigure; first: ReportedFigure }[];
}

export function indexFigures(figures: readonly ReportedFigure[]): FigureIndex {
  const first = new Map<string, Map<number, ReportedFigure>>();
  const repeats: FigureIndex['repeats'] = [];
  for (const f of figures) {
    let months = first.get(f.id);
    if (!months) first.set(f.id, (months = new Map()));
    const earlier = months.get(f.month);
    if (earlier) repeats.push({ figure: f, first: earlier });
    else months.set(f.month, f);
  }
  return { first, repeats };
}

/** The figure's number, or null when it is text. */
export function numberOf(f: ReportedFigure | undefined): number | null {
  return f !== undefined && typeof f.raw === 'number' && Number.isFinite(f.raw) ? f.raw : null;
}

/** An indicator's figures that are numbers, by month, in month order. */
export function numericMonths(index: FigureIndex, id: string): { month: number; value: number; figure: ReportedFigure }[] {
  const months = index.first.get(id);
  if (!months) return [];
  const out: { month: number; value: number; figure: ReportedFigure }[] = [];
  for (const [month, figure] of months) {
    const value = numberOf(figure);
    if (value !== null) out.push({ month, value, figure });
  }
  return out.sort((a, b) => a.month - b.month);
}

/** "6.5%" typed into a cell of percent points: the number meant, or null. */
export function percentTyped(raw: string): number | null {
  const m = /^\s*([-+]?(?:\d+(?:\.\d*)?|\.\d+))\s*[%％]\s*$/.exec(raw);
  return m ? Number(m[1]) : null;
}

/** Two figures that are the same up to the rounding of a report (0.01 % of the larger). */
export function sameFigure(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-4 * Math.max(1, Math.abs(a), Math.abs(b));
}

/** Plain text of a number for messages: 5600, 39.5, 0.065 (no binary noise). */
export function figureText(v: number): string {
  return String(Number(v.toPrecision(12)));
}
