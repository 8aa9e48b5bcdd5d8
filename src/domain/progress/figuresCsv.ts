/**
 * The figures file of the CLI: CSV with the header `id,period,value`, one cumulative figure per
 * row (period YYYY-MM). Every malformed row is an error naming its line; a figure that is not a
 * plain number ("约5亿", "5,600人") is refused, never read as zero.
 */
import type { FigureRow } from './types';

export interface FiguresFile {
  /** Figures by indicator id, index 1..12 of the given year. */
  rows: Map<string, FigureRow>;
  errors: string[];
}

const NUMBER = /^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/;

/** Splits one CSV line, honouring "quoted, fields" (a quoted value may hold commas). */
function splitCsvLine(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cur += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out.map((s) => s.trim());
}

/**
 * @param knownIds ids the targets file defines; any other id is an error.
 * @param year only rows of this year are kept (a row of another year is an error: the file
 *             would otherwise be judged against the wrong months).
 */
export function parseFiguresCsv(text: string, fileName: string, knownIds: ReadonlySet<string>, year: number): FiguresFile {
  const rows = new Map<string, FigureRow>();
  const errors: string[] = [];
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  let header = -1;
  lines.forEach((raw, i) => {
    const line = i + 1;
    const where = `《${fileName}》第${line}行`;
    if (raw.trim() === '' || raw.trim().startsWith('#')) return;
    const cells = splitCsvLine(raw);
    if (header < 0) {
      header = line;
      if (cells.join(',').toLowerCase() !== 'id,period,value') errors.push(`${where}：表头应为“id,period,value”，实际为“${raw.trim()}”`);
      return;
    }
    if (cells.length !== 3) {
      errors.push(`${where}：应有3列（id,period,value），实际${cells.length}列：“${raw.trim()}”（数值中不要用千分位逗号）`);
      return;
    }
    const [id, period, value] = cells;
    if (!knownIds.has(id)) {
      errors.push(`${where}：指标ID“${id}”不在目标文件中`);
      return;
    }
    const p = /^(\d{4})-(\d{2})$/.exec(period);
    const month = p ? Number(p[2]) : 0;
    if (!p || month < 1 || month > 12) {
      errors.push(`${where}：期间“${period}”应为YYYY-MM格式（如2024-06）`);
      return;
    }
    if (Number(p[1]) !== year) {
      errors.push(`${where}：期间“${period}”不是报告年份${year}年`);
      return;
    }
    if (!NUMBER.test(value)) {
      errors.push(`${where}：数值“${value}”不是数字，请只填数字（不带单位、文字和千分位逗号）`);
      return;
    }
    let row = rows.get(id);
    if (!row) {
      row = new Array(13).fill(null);
      rows.set(id, row);
    }
    if (row[month] !== null) {
      errors.push(`${where}：指标${id}的${period}数值重复`);
      return;
    }
    row[month] = Number(value);
  });
  if (header < 0) errors.push(`《${fileName}》是空的：应有表头“id,period,value”和数据行`);
  return { rows, errors };
}
