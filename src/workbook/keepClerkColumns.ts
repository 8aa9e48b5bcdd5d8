/**
 * A sheet the add-in rebuilds whole (月度填报, 进度) keeps the columns a clerk added to it: each
 * such column, with its header, values and formulas, goes after the add-in's columns, its values
 * following their row's key (指标ID). A key that left the plan keeps a row of its own when the
 * clerk wrote something for it, so nothing typed is lost.
 */
import { clerkColumns, columnLayout, followRow } from './merge';
import type { CellValue, SheetPlan } from './plan';
import { cellText, locateTable, type SheetContent } from './sheetTable';

export function keepClerkColumns(plan: SheetPlan, existing: SheetContent | undefined, keyHeader: string): SheetPlan {
  const table = existing ? locateTable(existing, keyHeader) : undefined;
  if (!table || !existing) return plan;
  const planHeaders = plan.columns.map((c) => c.header);
  const clerk = clerkColumns(table, existing, planHeaders);
  if (clerk.length === 0) return plan;
  // The rebuilt sheets' formulas, formats and validations address their columns by letter: the
  // clerk's columns go after all of them.
  const layout = columnLayout(plan, table, clerk, true);
  const keyCol = planHeaders.indexOf(keyHeader);
  const oldKeyCol = table.column.get(keyHeader)!;
  const byKey = new Map<string, number>();
  table.rows.forEach((row, i) => {
    const k = cellText(row[oldKeyCol]);
    if (k !== '' && !byKey.has(k)) byKey.set(k, i);
  });
  const placed = new Set<string>();
  // Data rows start where the plan's header says; a clerk's A1 formula follows its row.
  const shift = (plan.headerRow ?? 0) - table.headerRow;
  const rows: CellValue[][] = plan.rows.map((row, j) => {
    const k = cellText(row[keyCol]);
    const i = byKey.get(k);
    placed.add(k);
    return layout(row, clerk.map((c) => (i === undefined ? null : followRow(c.values[i], j - i + shift))));
  });
  for (const [k, i] of byKey) {
    if (placed.has(k) || clerk.every((c) => cellText(c.values[i]) === '')) continue;
    const keyOnly = planHeaders.map((_, c) => (c === keyCol ? k : null));
    rows.push(layout(keyOnly, clerk.map((c) => followRow(c.values[i], rows.length - i + shift))));
  }
  return { ...plan, columns: layout.columns, rows };
}

/** Whether the header row holds a header that is not the add-in's (a column the clerk added). */
export function hasClerkColumns(values: readonly CellValue[][], headerRow: number, own: readonly string[]): boolean {
  const mine = new Set(own);
  return (values[headerRow] ?? []).some((v) => cellText(v) !== '' && !mine.has(cellText(v)));
}
