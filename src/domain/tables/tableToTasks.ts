/**
 * Rows of a recognised decomposition table → Task rows (model.ts). Indicators are extracted from
 * each task's text by the parser (parse.ts), not here.
 */
import type { Diagnostic, Task } from '../model';
import type { TableBlock } from '../document';
import { normalizeCellText, splitNames, splitUnits } from '../names';
import { HELPER_UNITS, roleOf, type ColumnRole, type TableLayout } from './tableHeader';

export interface TableTasks {
  tasks: Task[];
  /** Line of each task's text cell (where its targets are written), by 序号. */
  textLines: Map<string, number>;
  diagnostics: Diagnostic[];
}

/** "1", "1.", "（1）", "第1项" → "1". */
function cleanSeq(raw: string): string {
  return raw.replace(/[\s\u3000]+/g, '').replace(/^[（(第]+|[)）.、．项]+$/g, '');
}

const FALSE_MARK = /^(?:否|无|不是|×|N|No)?$/i;

/** A row compared without spaces: "序 号" = "序号". */
function rowKey(row: string[]): string {
  return row.map((c) => c.replace(/[\s\u3000]+/g, '')).join('\t').replace(/\t+$/, '');
}

/** A row whose 序号 and task cells hold the header's own words. */
function isHeaderAgain(row: string[], layout: TableLayout): boolean {
  const seqCol = layout.columns.indexOf('seq');
  const textCol = layout.columns.indexOf('text');
  return seqCol >= 0 && textCol >= 0 && roleOf(row[seqCol] ?? '') === 'seq' && roleOf(row[textCol] ?? '') === 'text';
}

export function tableToTasks(table: TableBlock, layout: TableLayout): TableTasks {
  const tasks: Task[] = [];
  const textLines = new Map<string, number>();
  const diagnostics: Diagnostic[] = [];
  // The columns of each role, found once for the whole table.
  const columnsOf = new Map<ColumnRole, number[]>();
  layout.columns.forEach((r, i) => {
    if (r !== null) (columnsOf.get(r) ?? columnsOf.set(r, []).get(r)!).push(i);
  });
  const cellsOf = (row: string[], role: ColumnRole): string[] => {
    const out: string[] = [];
    for (const i of columnsOf.get(role) ?? []) if (i < row.length && row[i].trim() !== '') out.push(row[i]);
    return out;
  };
  const first = (row: string[], role: ColumnRole): string => cellsOf(row, role)[0] ?? '';
  // Columns of units that only help (配合单位, 协办单位): their first unit is not the one that leads.
  const helping = new Set((columnsOf.get('units') ?? []).filter((c) => table.rows.slice(layout.headerRow, layout.dataStart).some((h) => HELPER_UNITS.test((h[c] ?? '').replace(/\s+/g, '')))));
  const responsibleOf = (row: string[]): string[] =>
    splitUnits((columnsOf.get('units') ?? []).filter((c) => !helping.has(c) && c < row.length).map((c) => row[c]).join('\n'));
  const numbered = layout.columns.includes('seq');

  // The header repeated after a page break ("序号 | 目标任务 | …" again, with its sub-header rows)
  // is layout, not a task.
  const headerRows = table.rows.slice(layout.headerRow, layout.dataStart).map(rowKey);
  for (let r = layout.dataStart; r < table.rows.length; r++) {
    const row = table.rows[r];
    const line = table.rowLines[r];
    if (row.every((c) => c.trim() === '')) continue;
    if (headerRows.includes(rowKey(row)) || isHeaderAgain(row, layout)) {
      diagnostics.push({ level: 'info', message: `第${line}行是重复的表头（如分页后重复），已跳过。`, line });
      continue;
    }
    const text = normalizeCellText(cellsOf(row, 'text').join('\n'));
    // A table without 序号 numbers its tasks in order.
    const seq = numbered ? cleanSeq(first(row, 'seq')) : text === '' ? '' : String(tasks.length + 1);
    const filled = row.filter((c) => c.trim() !== '').length;
    if (seq === '' && text === '') {
      // A group heading spanning the table ("一、经济发展"): structure, not a task.
      continue;
    }
    if (seq !== '' && text === '' && filled === 1) continue;
    const leadUnits = splitUnits(cellsOf(row, 'leadUnit').join('\n'));
    const units = splitUnits(cellsOf(row, 'units').join('\n'));
    const owners = splitNames(cellsOf(row, 'owners').join('\n'));
    const leaders = splitNames(cellsOf(row, 'leadLeader').join('\n'));
    const deadline = normalizeCellText(cellsOf(row, 'deadline').join('；'));
    const livelihoodCell = normalizeCellText(cellsOf(row, 'livelihood').join(''));
    const note = cellsOf(row, 'note').join('');
    const livelihood = (layout.columns.includes('livelihood') && !FALSE_MARK.test(livelihoodCell)) || /民生实事/.test(note);

    if (seq === '') {
      // A row without 序号 under a task: the rest of a merged cell (a Word row split over a page).
      const previous = tasks[tasks.length - 1];
      if (previous) {
        previous.text = normalizeCellText(`${previous.text}${text}`);
        previous.units = Array.from(new Set([...previous.units, ...units]));
        previous.owners = Array.from(new Set([...previous.owners, ...owners]));
        diagnostics.push({
          level: 'warning',
          message: `第${line}行的表格行没有序号，已并入上一项（序号${previous.seq}）的任务内容，请核对。`,
          line,
          ref: previous.seq,
        });
        continue;
      }
      diagnostics.push({ level: 'warning', message: `第${line}行的表格行没有序号，未导入，请核对。`, line });
      continue;
    }

    const textColumn = layout.columns.indexOf('text');
    textLines.set(seq, table.cellLines?.[r]?.[textColumn] ?? line);
    tasks.push({
      seq,
      text,
      leadLeader: leaders.length > 0 ? leaders.join('、') : null,
      // Several lead units (002 item 51: 区交通局 / 区物流发展服务中心) are kept as written, joined.
      // Without a 牵头单位 column, the first unit responsible leads; a helper (配合单位) never does.
      leadUnit: leadUnits.length > 0 ? leadUnits.join('、') : responsibleOf(row)[0] ?? null,
      units,
      owners,
      deadline: deadline === '' ? null : deadline,
      livelihood,
      line,
    });
  }
  return { tasks, textLines, diagnostics };
}
