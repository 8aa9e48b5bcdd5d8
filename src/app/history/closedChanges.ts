/**
 * Changes to a closed month's figures that nobody logged: a clerk typing over a figure in 月度填报
 * after the month was closed. Found by comparing each closed month's figure with what was last
 * known of it (the snapshot in 历史, or the last change logged in 修改记录). Excel's API does not
 * say who typed it, so such a change is logged as found, with who unknown.
 */
import type { ChangeRow } from '../../workbook/collect/changesSheet';
import { changesSheetPlan, readChanges } from '../../workbook/collect/changesSheet';
import { readFigureCells } from '../../workbook/collect/figureCells';
import { readHistory } from '../../workbook/collect/historySheet';
import { CHANGES_SHEET, HISTORY_SHEET } from '../../workbook/collect/layout';
import { FIGURES_SHEET } from '../../workbook/progress/layout';
import { cellText } from '../../workbook/sheetTable';
import { PROGRESS_INPUT_READ } from '../progress/progressInputs';
import type { SheetSnapshot, WorkbookStore } from '../port';

/** Who a change found in the sheet was made by: Excel's JavaScript API has no user name. */
export const UNKNOWN_EDITOR = '不详（在工作表中直接修改，Excel 不提供修改人）';

const same = (a: number | string | null, b: number | string | null) =>
  typeof a === 'number' && typeof b === 'number' ? Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b)) : cellText(a) === cellText(b);

export function unloggedChanges(snaps: readonly SheetSnapshot[], now: string, who: string = UNKNOWN_EDITOR, how = '手工修改（核对时发现）'): ChangeRow[] {
  const by = new Map(snaps.map((s) => [s.name, s]));
  const history = readHistory(by.get(HISTORY_SHEET));
  if (history.length === 0) return [];
  const known = new Map<string, { value: number | string | null; name: string }>();
  // A closed month's own figures (a quarterly item's snapshot in May holds March's figure).
  for (const h of history) if (h.valueMonth === h.month) known.set(`${h.month}|${h.id}`, { value: h.value, name: h.name });
  for (const c of readChanges(by.get(CHANGES_SHEET))) {
    const k = `${c.month}|${c.id}`;
    if (known.has(k)) known.set(k, { value: c.after, name: known.get(k)!.name });
  }
  const figures = by.get(FIGURES_SHEET);
  if (!figures) return [];
  const current = new Map<string, number | string>();
  for (const c of readFigureCells(figures.values).cells) if (!current.has(`${c.month}|${c.id}`)) current.set(`${c.month}|${c.id}`, c.raw);
  const out: ChangeRow[] = [];
  for (const [k, { value, name }] of known) {
    const typed = current.get(k) ?? null;
    if (same(value, typed)) continue;
    const [month, id] = k.split('|');
    out.push({ at: now, month: Number(month), id, name, before: value, after: typed, who, how });
  }
  return out;
}

/** Logs the changes to closed months made by a step that knows who made them (the command line's
 *  figures file): read, compare, append to 修改记录. Returns how many. */
export async function logClosedChanges(store: WorkbookStore, now: string, who: string, how: string): Promise<number> {
  const snaps = await store.readSheets([FIGURES_SHEET, HISTORY_SHEET, CHANGES_SHEET], PROGRESS_INPUT_READ);
  const changes = unloggedChanges(snaps, now, who, how);
  if (changes.length > 0) await store.apply({ sheets: [changesSheetPlan(snaps.find((s) => s.name === CHANGES_SHEET), changes)] });
  return changes.length;
}
