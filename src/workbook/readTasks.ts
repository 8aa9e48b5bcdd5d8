/**
 * Reads the 目标任务 sheet back into tasks, whatever order the columns are in.
 */
import type { Finding } from '../domain/findings';
import type { Task } from '../domain/model';
import { cellFlag, cellList, cellNumber, cellOrNull } from './readCells';
import { cellAt, cellText, locateTable, type SheetContent } from './sheetTable';
import { TASKS_SHEET, TASK_HEADERS as H } from './vocabulary';

export interface ReadTasksResult {
  tasks: Task[];
  /** Bad cells, each naming its cell (e.g. a repeated 序号). */
  findings: Finding[];
}

export function readTasks(snapshot: SheetContent): ReadTasksResult {
  const sheet = snapshot.name || TASKS_SHEET;
  const table = locateTable(snapshot, H.seq);
  if (!table) return { tasks: [], findings: [{ code: 'header-missing', severity: 'error', sheet, header: H.seq }] };
  const col = (h: string) => table.column.get(h);
  const findings: Finding[] = [];
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
      findings.push({ code: 'duplicate-key', severity: 'error', sheet, cell: cellAt(table, i, seqCol), header: H.seq, value: seq, id: seq });
      return;
    }
    seen.add(seq);
    const line = cellNumber(get(H.line));
    if (!line.ok) findings.push({ code: 'not-a-number', severity: 'error', sheet, cell: cellAt(table, i, col(H.line)!), header: H.line, value: cellText(get(H.line)), id: seq });
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
  return { tasks, findings };
}
