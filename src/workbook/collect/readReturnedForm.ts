/**
 * A returned form read back: a unit's 填报表 (the .xlsx it sent, the sheet moved into the clerk's
 * workbook, or its rows pasted and selected), or a figures file in the `id,period,value` layout.
 * Columns are found by their header, rows by 指标ID, so a unit that re-ordered, deleted or added
 * rows, or moved columns, is read right. The unit, the month and the sign-off are found by their
 * labels anywhere above or below the table. Nothing here decides what is written: see
 * src/app/collect/mergeForms.ts.
 */
import type { Finding } from '../../domain/findings';
import { cellAddress } from '../a1';
import type { CellValue } from '../plan';
import { cellText, locateTable } from '../sheetTable';
import { FORM_HEADERS, FORM_MONTH_LABEL, FORM_UNIT_LABEL, SIGNOFF_LABELS, type SignOffLabel } from './formSheet';

export interface ReturnedRow {
  id: string;
  /** A row's own month (a figures file's `period`), else the form's. */
  month: number | null;
  /** This month's figure as entered: a number, text as typed, or null (left empty). */
  total: number | string | null;
  current: number | null;
  status: string;
  progress: string;
  problems: string;
  measures: string;
  /** Where it was read: the 1-based row of the file or sheet, and the figure's cell. */
  row: number;
  cell: string;
}

export interface ReturnedForm {
  /** The file, sheet or selection it came from. */
  name: string;
  /** 填报单位, when the form says it. */
  unit: string | null;
  year: number | null;
  month: number | null;
  signOff: Partial<Record<SignOffLabel, string>>;
  rows: ReturnedRow[];
  findings: Finding[];
}

/** Headers a returned table may use for each column: the form's, 月度填报's, a figures file's. */
const ALIASES: Record<'id' | 'period' | 'total' | 'current' | 'status' | 'progress' | 'problems' | 'measures', string[]> = {
  id: [FORM_HEADERS.id, 'id', 'ID', '指标编号'],
  period: ['period', '期间', '月份'],
  total: [FORM_HEADERS.total, '本月累计', '累计值', '数值', 'value'],
  current: [FORM_HEADERS.current, '当月值', 'month_value'],
  status: [FORM_HEADERS.status],
  progress: [FORM_HEADERS.progress, '进展说明', 'note'],
  problems: [FORM_HEADERS.problems, '存在的问题'],
  measures: [FORM_HEADERS.measures, '下一步措施'],
};

const NUMBER = /^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/;

function figure(v: CellValue | undefined): number | string | null {
  if (typeof v === 'number') return Number.isFinite(v) ? v : String(v);
  const s = cellText(v);
  if (s === '') return null;
  return NUMBER.test(s) && Number.isFinite(Number(s)) ? Number(s) : s;
}

/** "2024-06", "2024年6月", "6月", "1-2月" → year and month. */
export function monthOf(text: string): { year: number | null; month: number } | null {
  let m = /(\d{4})\s*[-年./]\s*(\d{1,2})/.exec(text);
  if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12) return { year: Number(m[1]), month: Number(m[2]) };
  m = /(?:^|[^\d])(?:1\s*-\s*)?(\d{1,2})\s*月/.exec(text);
  if (m && Number(m[1]) >= 1 && Number(m[1]) <= 12) return { year: null, month: Number(m[1]) };
  return null;
}

/** An Excel date serial (a date typed into 填报日期) as "2024-07-05". */
function dateText(v: CellValue): string {
  if (typeof v === 'number' && v > 30000 && v < 80000 && Number.isInteger(v)) {
    const d = new Date(Date.UTC(1899, 11, 30) + v * 86_400_000);
    return d.toISOString().slice(0, 10);
  }
  return cellText(v);
}

/** The value next to a label: the first non-empty cell to its right in the same row. */
function labelled(values: CellValue[][], label: string, skip: ReadonlySet<string>): CellValue | undefined {
  for (const row of values) {
    for (let c = 0; c < row.length; c++) {
      if (cellText(row[c]).replace(/[:：\s]/g, '') !== label) continue;
      for (let k = c + 1; k < Math.min(row.length, c + 4); k++) {
        const t = cellText(row[k]);
        if (t === '') continue;
        return skip.has(t.replace(/[:：\s]/g, '')) ? undefined : row[k];
      }
      return undefined;
    }
  }
  return undefined;
}

/**
 * @param values the grid as read (row 0 = `firstRow`).
 * @param firstRow the 1-based row of the grid's first row in its sheet or file (a selection).
 */
export function readReturnedForm(values: CellValue[][], name: string, firstRow = 1, firstCol = 0): ReturnedForm {
  const out: ReturnedForm = { name, unit: null, year: null, month: null, signOff: {}, rows: [], findings: [] };
  const labels = new Set<string>([FORM_UNIT_LABEL, FORM_MONTH_LABEL, ...SIGNOFF_LABELS]);
  const unit = cellText(labelled(values, FORM_UNIT_LABEL, labels));
  if (unit !== '') out.unit = unit;
  const month = monthOf(cellText(labelled(values, FORM_MONTH_LABEL, labels)));
  if (month) Object.assign(out, month);
  for (const label of SIGNOFF_LABELS) {
    const v = labelled(values, label, labels);
    if (v !== undefined && cellText(v) !== '') out.signOff[label] = label === '填报日期' ? dateText(v) : cellText(v);
  }

  const idHeader = ALIASES.id.find((h) => locateTable({ name, values }, h));
  const table = idHeader ? locateTable({ name, values }, idHeader) : undefined;
  if (!table) {
    out.findings.push({ code: 'form-no-id-column', severity: 'error', file: name });
    return out;
  }
  const column = (k: keyof typeof ALIASES) => ALIASES[k].map((h) => table.column.get(h)).find((c) => c !== undefined);
  const c = { id: column('id')!, period: column('period'), total: column('total'), current: column('current'), status: column('status'), progress: column('progress'), problems: column('problems'), measures: column('measures') };
  const text = (row: CellValue[], k: number | undefined) => (k === undefined ? '' : cellText(row[k]));
  table.rows.forEach((row, i) => {
    const id = text(row, c.id);
    // The sign-off block and notes under the table have no ID: not rows of the form.
    if (id === '' || labels.has(id.replace(/[:：\s]/g, ''))) return;
    const r = table.headerRow + 1 + i;
    const current = c.current === undefined ? null : figure(row[c.current]);
    const period = c.period === undefined ? null : monthOf(text(row, c.period));
    out.rows.push({
      id,
      month: period?.month ?? null,
      total: c.total === undefined ? null : figure(row[c.total]),
      current: typeof current === 'number' ? current : null,
      status: text(row, c.status),
      progress: text(row, c.progress),
      problems: text(row, c.problems),
      measures: text(row, c.measures),
      row: firstRow + r,
      cell: c.total === undefined ? '' : cellAddress(firstRow + r - 1, firstCol + c.total),
    });
    if (period?.year && out.year === null) out.year = period.year;
  });
  return out;
}
