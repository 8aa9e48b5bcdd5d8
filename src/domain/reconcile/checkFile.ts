/**
 * The figures file of `cli check`: the same table as `progress` reads (`id,period,value[,note]`,
 * src/domain/progress/figuresFile.ts), read without refusing what the checks are there to find:
 * text in a value ("约5亿", "6.5%"), a repeated row, a month after the reporting month. Two more
 * columns may follow, in any order: `month_value` (当月值, the month alone, for the sum check) and
 * `source` (who reported the row: a row with a source other than the figure in force is compared
 * with it). A file that cannot be read as such a table (its header, a row's width, a bad period,
 * another year) is refused row by row, naming the file, the row and the column.
 */
import type { Finding } from '../findings';
import type { FileRow } from '../progress/figuresFile';
import type { ReportedFigure } from './types';

export const CHECK_FILE_COLUMNS = ['id', 'period', 'value'] as const;
export const CHECK_FILE_OPTIONAL = ['note', 'month_value', 'source'] as const;

const NUMBER = /^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/;

export interface CheckFile {
  /** The figures in force: rows without a source, or the first source of an indicator and month
   *  that has no such row. Duplicates and text included. */
  figures: ReportedFigure[];
  /** Rows of another source than the figure in force. */
  otherSources: ReportedFigure[];
  /** Rows that could not be read at all. */
  findings: Finding[];
}

export function readCheckFile(rows: readonly FileRow[], file: string, year: number, mergeJanFeb: boolean): CheckFile {
  const out: CheckFile = { figures: [], otherSources: [], findings: [] };
  const at = (row: number, column?: string) => ({ severity: 'error' as const, file, row, ...(column ? { header: column } : {}) });
  const [head, ...body] = rows;
  if (!head) return { ...out, findings: [{ code: 'file-empty', severity: 'error', file }] };
  const header = head.cells.map((c) => c.trim().toLowerCase());
  const extra = header.slice(3);
  const known = extra.every((h, i) => (CHECK_FILE_OPTIONAL as readonly string[]).includes(h) && extra.indexOf(h) === i);
  if (header.slice(0, 3).join(',') !== CHECK_FILE_COLUMNS.join(',') || !known) {
    return { ...out, findings: [{ code: 'file-header', ...at(head.row), value: head.cells.join(',') }] };
  }
  const col = (h: string) => header.indexOf(h);
  const sourced: { figure: ReportedFigure }[] = [];
  for (const { row, cells: given } of body) {
    if (given.length > header.length) {
      out.findings.push({ code: 'file-columns', ...at(row), value: given.join(','), allowed: header });
      continue;
    }
    const cells = [...given, ...Array.from({ length: header.length - given.length }, () => '')];
    const [id, period, value] = cells;
    if (id === '') {
      out.findings.push({ code: 'file-empty-cell', ...at(row, 'id') });
      continue;
    }
    const p = /^(\d{4})-(\d{2})$/.exec(period);
    const month = p ? Number(p[2]) : 0;
    if (!p || month < 1 || month > 12) {
      out.findings.push({ code: 'file-bad-period', ...at(row, 'period'), id, value: period });
      continue;
    }
    if (Number(p[1]) !== year) {
      out.findings.push({ code: 'file-wrong-year', ...at(row, 'period'), id, value: period, period: String(year) });
      continue;
    }
    if (mergeJanFeb && month === 1) {
      out.findings.push({ code: 'figure-no-column', ...at(row, 'period'), id, value: `${year}年1月`, fallback: '工作簿按1-2月合并填报，请只填2月（1-2月累计）的数值' });
      continue;
    }
    if (value === '') continue; // not reported: the missing check says so
    const currentText = col('month_value') >= 0 ? cells[col('month_value')] : '';
    if (currentText !== '' && !NUMBER.test(currentText)) {
      out.findings.push({ code: 'file-not-number', ...at(row, 'month_value'), id, value: currentText });
      continue;
    }
    const n = Number(value);
    const figure: ReportedFigure = {
      id,
      month,
      raw: NUMBER.test(value) && Number.isFinite(n) ? n : value,
      ...(currentText !== '' ? { current: Number(currentText) } : {}),
      source: col('source') >= 0 ? cells[col('source')] : '',
      place: { file, row },
    };
    if (figure.source === '') out.figures.push(figure);
    else sourced.push({ figure });
  }
  // A sourced row stands in for the figure in force where the file has no unsourced one.
  const key = (f: ReportedFigure) => `${f.id}\u0000${f.month}`;
  const inForce = new Map(out.figures.map((f) => [key(f), f.source]));
  for (const { figure } of sourced) {
    const chosen = inForce.get(key(figure));
    if (chosen === undefined) {
      inForce.set(key(figure), figure.source);
      out.figures.push(figure);
    } else if (chosen === figure.source) out.figures.push(figure); // the same source twice: a duplicate
    else out.otherSources.push(figure);
  }
  return out;
}
