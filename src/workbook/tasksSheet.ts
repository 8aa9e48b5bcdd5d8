/**
 * Plan of the 目标任务 sheet: one row per task of the decomposition, as an Excel table.
 */
import type { Task } from '../domain/model';
import type { CellValue, ColumnPlan, SheetPlan } from './plan';
import { listPageLayout } from './pageLayouts';
import { LIST_SEPARATOR, STATUS_WORDS, TASKS_SHEET, TASKS_TABLE, TASK_HEADERS as H, YES } from './vocabulary';

const TEXT = '@';

/** Widths are in Chinese characters: a header plus the table's filter button needs about two more.
 *  The sum (about 113) is kept small: the sheet prints fitted to the width of A4 landscape. */
export const TASK_COLUMNS: ColumnPlan[] = [
  { header: H.seq, width: 4, numberFormat: TEXT, align: 'center' },
  { header: H.text, width: 48, numberFormat: TEXT, wrap: true },
  { header: H.leadLeader, width: 6, numberFormat: TEXT, wrap: true },
  { header: H.leadUnit, width: 10, numberFormat: TEXT, wrap: true },
  { header: H.units, width: 14, numberFormat: TEXT, wrap: true },
  { header: H.owners, width: 8, numberFormat: TEXT, wrap: true },
  { header: H.deadline, width: 6, numberFormat: TEXT, wrap: true },
  { header: H.livelihood, width: 6, numberFormat: TEXT, align: 'center' },
  { header: H.line, width: 5, kind: 'number', align: 'right' },
  // "新通知中已无此项" takes two lines rather than widening the printed page.
  { header: H.status, width: 6, numberFormat: TEXT, wrap: true },
];

export function taskRow(task: Task, status: string = STATUS_WORDS.added): CellValue[] {
  return [
    task.seq,
    task.text,
    task.leadLeader,
    task.leadUnit,
    task.units.join(LIST_SEPARATOR),
    task.owners.join(LIST_SEPARATOR),
    task.deadline,
    task.livelihood ? YES : null,
    task.line,
    status,
  ];
}

export function tasksSheetPlan(tasks: Task[]): SheetPlan {
  return {
    name: TASKS_SHEET,
    table: { name: TASKS_TABLE, style: 'TableStyleLight9' },
    columns: TASK_COLUMNS,
    rows: tasks.map((t) => taskRow(t)),
    freezeRows: 1,
    freezeColumns: 2,
    pageLayout: listPageLayout('目标任务分解表'),
    activate: true,
  };
}
