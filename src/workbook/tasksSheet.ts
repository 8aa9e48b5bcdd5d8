/**
 * Plan of the 目标任务 sheet: one row per task of the decomposition, as an Excel table.
 */
import type { Task } from '../domain/model';
import type { CellValue, ColumnPlan, SheetPlan } from './plan';
import { listPageLayout } from './pageLayouts';
import { LIST_SEPARATOR, STATUS_WORDS, TASKS_SHEET, TASKS_TABLE, TASK_HEADERS as H, YES } from './vocabulary';

const TEXT = '@';

/**
 * Widths are in Chinese characters (a column of n holds n). On paper the filter buttons are not
 * printed, so a header needs its own characters only (on screen a button covers about one more).
 * The sum (87, about 1016 pt) prints fitted to A4 landscape within Excel's default margins at
 * about 73 %: long 目标任务 texts take two or three lines rather than making every page smaller.
 * Measured on seed 002: 目标任务 holds the median text (36) on one line; the unit and owner
 * lists hold 90 % of their values on one line.
 */
export const TASK_COLUMNS: ColumnPlan[] = [
  { header: H.seq, width: 3, numberFormat: TEXT, align: 'center' },
  { header: H.text, width: 38, numberFormat: TEXT, wrap: true },
  { header: H.leadLeader, width: 5, numberFormat: TEXT, wrap: true },
  { header: H.leadUnit, width: 7, numberFormat: TEXT, wrap: true },
  { header: H.units, width: 8, numberFormat: TEXT, wrap: true },
  { header: H.owners, width: 7, numberFormat: TEXT, wrap: true },
  { header: H.deadline, width: 5, numberFormat: TEXT, wrap: true },
  { header: H.livelihood, width: 5, numberFormat: TEXT, align: 'center' },
  { header: H.line, width: 4, kind: 'number', align: 'right' },
  // "新通知中已无此项" takes two lines rather than widening the printed page.
  { header: H.status, width: 5, numberFormat: TEXT, wrap: true },
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
