/**
 * Workbook keys of indicators and qualitative targets: readable, unique within one parse, and the
 * same for the same input every time (a re-import merges by them).
 *
 * - In a task: `${seq}-${k}`, the k-th indicator of task seq in reading order ("5-1", "48-2");
 *   qualitative `${seq}-Q${k}` ("57-Q1").
 * - In prose (a report or plan sentence, no task): `L${line}-${k}`, the k-th indicator whose quote
 *   starts on that 1-based line ("L77-3" = third target stated on line 77); qualitative
 *   `L${line}-Q${k}`. The line is what a clerk can look up in the source, and the key does not
 *   depend on the extracted name, so a better name in a later version keeps the key. A task 序号
 *   never starts with "L", so the two schemes cannot collide.
 */

interface Placed {
  task: string | null;
  line: number;
}

function keys(items: Placed[], infix: string): string[] {
  const counts = new Map<string, number>();
  return items.map((item) => {
    const base = item.task !== null ? item.task : `L${item.line}`;
    const k = (counts.get(base) ?? 0) + 1;
    counts.set(base, k);
    return `${base}-${infix}${k}`;
  });
}

/** Keys of indicators, given in reading order. */
export function indicatorIds(items: Placed[]): string[] {
  return keys(items, '');
}

/** Keys of qualitative targets, given in reading order. */
export function qualitativeKeys(items: Placed[]): string[] {
  return keys(items, 'Q');
}
