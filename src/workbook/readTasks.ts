/**
 * Reads the 目标任务 sheet back into tasks, whatever order the columns are in.
 */
import type { Task } from '../domain/model';
import { cellFlag, cellList, cellNumber, cellOrNull } from './readCells';
import { cellRef, cellText, locateTable, type SheetContent } from './sheetTable';
import { TASKS_SHEET, TASK_HEADERS as H } from './vocabulary';

export interface ReadTasksResult {
  tasks: Task[];
  /** Chinese messages naming the cell, e.g. "目标任务!A7：序号“12”重复". */
  errors: string[];
}

export function readTasks(snapshot: SheetContent): ReadTasksResult {
  const sheet = snapshot.name || TASKS_SHEET;
  const table = locateTable(snapshot, H.seq);
  if (!table) return { tasks: [], errors: [`${sheet}工作表中找不到表头“${H.seq}”，请确认前10行中有表头行。`] };
  const col = (h: string) => table.column.get(h);
  const errors: string[] = [];
  const tasks: Task[] = [];
  const seen = new Set<string>();
  const seqCol = col(H.seq)!;
  table.rows.forEach((row, i) => {
    const get = (h: string) => {
      const c = col(h);
      return c === undefined ? null : row[c];
    };
    const seq = cellText(row[seqCol]);
    if (seq === '') return; // a row a clerk added for notes, not a task
    if (seen.has(seq)) {
      errors.push(`${cellRef(sheet, table, i, seqCol)}：序号“${seq}”重复，只读取了第一行`);
      return;
    }
    seen.add(seq);
    const line = cellNumber(get(H.line));
    if (!line.ok) errors.push(`${cellRef(sheet, table, i, col(H.line)!)}：来源行“${cellText(get(H.line))}”不是数字`);
    tasks.push({
      seq,
      text: cellText(get(H.text)),
      leadLeader: cellOrNull(get(H.leadLeader)),
      leadUnit: cellOrNull(get(H.leadUnit)),
      units: cellList(get(H.units)),
      owners: cellList(get(H.owners)),
      deadline: cellOrNull(get(H.deadline)),
      livelihood: cellFlag(get(H.livelihood)),
      line: line.ok && line.value !== null ? line.value : 0,
    });
  });
  return { tasks, errors };
}
