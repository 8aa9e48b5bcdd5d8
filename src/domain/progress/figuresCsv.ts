/**
 * The figures file of the CLI: CSV with the header `id,period,value`, one cumulative figure per
 * row (period YYYY-MM). Every malformed row is an error naming its line; a figure that is not a
 * plain number ("约5亿", "5,600人") is refused, never read as zero, and so is one no engine can
 * hold ("1e400", a 100,000-digit number): never passed on as Infinity.
 *
 * A file of 100,000 bad rows lists its first MAX_LISTED_ERRORS errors and a count of the rest:
 * the clerk fixes the cause (usually one, such as a wrong column), not 99,904 lines one by one.
 */
import { normalizeInvisible } from '../text/invisible';
import type { FigureRow } from './types';

export interface FiguresFile {
  /** Figures by indicator id, index 1..12 of the given year. */
  rows: Map<string, FigureRow>;
  /** The first MAX_LISTED_ERRORS errors, then one line counting the others. */
  errors: string[];
  /** Every error, listed or not. */
  errorCount: number;
}

export const MAX_LISTED_ERRORS = 20;

const NUMBER = /^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/;
/** Longer than any figure written by hand or by Excel (15 significant digits, sign, point, exponent). */
const MAX_NUMBER_CHARS = 32;
/** A cell or line quoted in a message is cut here: a 100,000-character cell stays one readable line. */
const MAX_QUOTED_CHARS = 40;

function quoted(text: string): string {
  return text.length > MAX_QUOTED_CHARS ? `${text.slice(0, MAX_QUOTED_CHARS)}…（共${text.length}个字符）` : text;
}

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
  let errorCount = 0;
  const error = (message: string) => {
    errorCount++;
    if (errors.length < MAX_LISTED_ERRORS) errors.push(message);
  };
  const lines = normalizeInvisible(text.replace(/^\uFEFF/, '')).split(/\r?\n/);
  let header = -1;
  lines.forEach((raw, i) => {
    const line = i + 1;
    const where = `《${fileName}》第${line}行`;
    if (raw.trim() === '' || raw.trim().startsWith('#')) return;
    const cells = splitCsvLine(raw);
    if (header < 0) {
      header = line;
      if (cells.join(',').toLowerCase() !== 'id,period,value') error(`${where}：表头应为“id,period,value”，实际为“${quoted(raw.trim())}”`);
      return;
    }
    if (cells.length !== 3) {
      error(`${where}：应有3列（id,period,value），实际${cells.length}列：“${quoted(raw.trim())}”（数值中不要用千分位逗号）`);
      return;
    }
    const [id, period, value] = cells;
    if (!knownIds.has(id)) {
      error(`${where}：指标ID“${quoted(id)}”不在目标文件中`);
      return;
    }
    const p = /^(\d{4})-(\d{2})$/.exec(period);
    const month = p ? Number(p[2]) : 0;
    if (!p || month < 1 || month > 12) {
      error(`${where}：期间“${quoted(period)}”应为YYYY-MM格式（如2024-06）`);
      return;
    }
    if (Number(p[1]) !== year) {
      error(`${where}：期间“${period}”不是报告年份${year}年`);
      return;
    }
    if (!NUMBER.test(value)) {
      error(`${where}：数值“${quoted(value)}”不是数字，请只填数字（不带单位、文字和千分位逗号）`);
      return;
    }
    const figure = Number(value);
    if (value.length > MAX_NUMBER_CHARS || !Number.isFinite(figure) || Math.abs(figure) > Number.MAX_SAFE_INTEGER) {
      error(`${where}：数值“${quoted(value)}”超出范围（有效数字过多或数值过大），请核对是否多写了数字或误用了科学计数法`);
      return;
    }
    let row = rows.get(id);
    if (!row) {
      row = new Array(13).fill(null);
      rows.set(id, row);
    }
    if (row[month] !== null) {
      error(`${where}：指标${id}的${period}数值重复`);
      return;
    }
    row[month] = figure;
  });
  if (header < 0) error(`《${fileName}》是空的：应有表头“id,period,value”和数据行`);
  if (errorCount > errors.length) errors.push(`《${fileName}》另有${errorCount - errors.length}处错误未列出（共${errorCount}处），请先按以上提示改正后再试`);
  return { rows, errors, errorCount };
}
