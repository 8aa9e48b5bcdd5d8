/**
 * The figures file a clerk hands the command line: a table with the header `id,period,value` and,
 * optionally, `note` (CSV, or the first sheet of an .xlsx with the same columns). One cumulative
 * figure per row: the indicator's ID, the period (YYYY-MM) it runs to, the value, and a note on
 * the progress. Every bad row is a finding naming the file, the row and the column; a value that
 * is not a plain number ("约5亿", "5,600人") is refused, never read as zero, and so is one no
 * engine can hold ("1e400", a 100,000-digit number, beyond 2^53): never passed on as Infinity.
 *
 * Which IDs exist and which months the workbook has columns for are the workbook's business
 * (src/app/figures/enterFigures.ts); this checks the file itself.
 */
import type { Finding } from '../findings';
import { normalizeInvisible } from '../text/invisible';

export interface FigureEntry {
  id: string;
  year: number;
  /** 1..12: the figure is the cumulative value up to the end of this month. */
  month: number;
  value: number;
  /** The 进展说明 given with the figure, if any. */
  note: string | null;
  /** Where it was read: the file and its 1-based row. */
  file: string;
  row: number;
}

export interface FiguresFile {
  entries: FigureEntry[];
  findings: Finding[];
}

/** A row of the file: its 1-based row number and its cells as text. */
export interface FileRow {
  row: number;
  cells: string[];
}

export const FIGURE_COLUMNS = ['id', 'period', 'value'] as const;
export const NOTE_COLUMN = 'note';

const NUMBER = /^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/;
/** Longer than any figure written by hand or by Excel (15 significant digits, sign, point, exponent). */
const MAX_NUMBER_CHARS = 32;

/** Splits one CSV line, honouring "quoted, fields" (a quoted value may hold commas). */
export function splitCsvLine(line: string): string[] {
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

/** The rows of a CSV text: blank lines and lines starting with "#" (comments) left out. */
export function csvRows(text: string): FileRow[] {
  const rows: FileRow[] = [];
  // Zero-width characters inside a number ("5\u200D600") would change it; U+2028 is a line break.
  normalizeInvisible(text.replace(/^\uFEFF/, ''))
    .split(/\r?\n/)
    .forEach((raw, i) => {
      if (raw.trim() === '' || raw.trim().startsWith('#')) return;
      rows.push({ row: i + 1, cells: splitCsvLine(raw) });
    });
  return rows;
}

/**
 * @param year only rows of this year are taken (a row of another year would be judged against the
 *             wrong months, so it is an error).
 */
export function readFiguresFile(rows: FileRow[], file: string, year: number): FiguresFile {
  const entries: FigureEntry[] = [];
  const findings: Finding[] = [];
  const at = (row: number, column?: string) => ({ severity: 'error' as const, file, row, ...(column ? { header: column } : {}) });
  const [head, ...body] = rows;
  if (!head) return { entries, findings: [{ code: 'file-empty', severity: 'error', file }] };
  const header = head.cells.map((c) => c.trim().toLowerCase());
  const withNote = header.length === 4 && header[3] === NOTE_COLUMN;
  if (header.slice(0, 3).join(',') !== FIGURE_COLUMNS.join(',') || (header.length !== 3 && !withNote)) {
    return { entries, findings: [{ code: 'file-header', ...at(head.row), value: head.cells.join(',') }] };
  }
  const width = withNote ? 4 : 3;
  const seen = new Map<string, number>();
  for (const { row, cells: given } of body) {
    // An empty note may be left off the end of a row.
    const cells = withNote && given.length === 3 ? [...given, ''] : given;
    if (cells.length !== width) {
      findings.push({ code: 'file-columns', ...at(row), value: cells.join(','), allowed: header });
      continue;
    }
    const [id, period, value, note] = cells;
    if (id === '') {
      findings.push({ code: 'file-empty-cell', ...at(row, 'id') });
      continue;
    }
    const p = /^(\d{4})-(\d{2})$/.exec(period);
    const month = p ? Number(p[2]) : 0;
    if (!p || month < 1 || month > 12) {
      findings.push({ code: 'file-bad-period', ...at(row, 'period'), id, value: period });
      continue;
    }
    if (Number(p[1]) !== year) {
      findings.push({ code: 'file-wrong-year', ...at(row, 'period'), id, value: period, period: String(year) });
      continue;
    }
    const v = Number(value);
    if (!NUMBER.test(value)) {
      findings.push({ code: 'file-not-number', ...at(row, 'value'), id, value });
      continue;
    }
    if (value.length > MAX_NUMBER_CHARS || !Number.isFinite(v) || Math.abs(v) > Number.MAX_SAFE_INTEGER) {
      findings.push({ code: 'file-out-of-range', ...at(row, 'value'), id, value });
      continue;
    }
    const key = `${id}\u0000${month}`;
    if (seen.has(key)) {
      findings.push({ code: 'file-duplicate', ...at(row, 'id'), id, value: period, period: String(seen.get(key)) });
      continue;
    }
    seen.set(key, row);
    entries.push({ id, year, month, value: v, note: note === undefined || note.trim() === '' ? null : note.trim(), file, row });
  }
  return { entries, findings };
}
