/**
 * Who answers for each item (its 牵头单位) and whose figure is authoritative, read from the
 * workbook: a clerk may add the columns “牵头单位” and “数据来源” to 指标 (the import keeps a
 * clerk's columns); otherwise an item's unit is its task's lead unit. Where 牵头单位 lists several
 * units ("区交通局、区物流发展服务中心") the first is the lead (the decomposition's convention).
 */
import { readTasks } from '../readTasks';
import { cellText, locateTable, type SheetContent } from '../sheetTable';
import { INDICATOR_HEADERS, LIST_SPLIT } from '../vocabulary';
import { INDICATOR_OWNER_HEADER, INDICATOR_SOURCE_HEADER } from './layout';

/** Where no lead unit is known (a report sentence, a plan without a decomposition). */
export const NO_OWNER = '未分配牵头单位';

export interface Owners {
  /** 指标ID → 牵头单位 (NO_OWNER when unknown). */
  ownerOf(id: string, task: string | null): string;
  /** 指标ID → the authoritative source chosen in 指标's “数据来源” column. */
  authority: Map<string, string>;
}

/** The first unit of a 牵头单位 cell. */
export function leadOf(units: string | null): string | null {
  const first = (units ?? '').split(LIST_SPLIT).map((s) => s.trim()).find((s) => s !== '');
  return first ?? null;
}

export function readOwners(indicators: SheetContent | undefined, tasks: SheetContent | undefined): Owners {
  const taskUnit = new Map<string, string>();
  if (tasks) for (const t of readTasks(tasks).tasks) {
    const lead = leadOf(t.leadUnit);
    if (lead) taskUnit.set(t.seq, lead);
  }
  const byId = new Map<string, string>();
  const authority = new Map<string, string>();
  const table = indicators ? locateTable(indicators, INDICATOR_HEADERS.id) : undefined;
  if (table) {
    const idCol = table.column.get(INDICATOR_HEADERS.id)!;
    const ownerCol = table.column.get(INDICATOR_OWNER_HEADER);
    const sourceCol = table.column.get(INDICATOR_SOURCE_HEADER);
    for (const row of table.rows) {
      const id = cellText(row[idCol]);
      if (id === '') continue;
      const owner = ownerCol === undefined ? null : leadOf(cellText(row[ownerCol]));
      if (owner) byId.set(id, owner);
      const source = sourceCol === undefined ? '' : cellText(row[sourceCol]);
      if (source !== '') authority.set(id, source);
    }
  }
  return {
    ownerOf: (id, task) => byId.get(id) ?? (task !== null ? taskUnit.get(task) : undefined) ?? NO_OWNER,
    authority,
  };
}
