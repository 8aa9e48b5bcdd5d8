/**
 * 报送情况: one row per month and lead unit (every month kept): items due, reported, missing (and
 * which), the state, and the form's sign-off with when it arrived. Rebuilding a month replaces
 * that month's rows only; a unit's sign-off stays until a newer form brings another.
 */
import { SIGNOFF_FIELDS, type FormReceipt, type SignOff, type UnitReport } from '../../domain/collect/reportingStatus';
import type { CellValue, SheetPlan } from '../plan';
import type { SheetContent } from '../sheetTable';
import { REPORT_STATE_WORDS, STATUS_HEADERS as H, STATUS_SHEET, STATUS_TABLE } from './layout';
import { keepRecordColumns, readRecords, recordColumns, recordNumber, recordText } from './recordTable';

const SIGNOFF_KEYS = { 填报人: 'filler', 审核人: 'reviewer', 单位负责人: 'head', 联系电话: 'phone', 填报日期: 'date' } as const;

/** The receipts (sign-off, time, source) the sheet holds for a month, by unit. */
export function readReceipts(snap: SheetContent | undefined, month: number): Map<string, FormReceipt> {
  const out = new Map<string, FormReceipt>();
  for (const { values: v } of readRecords(snap, H)) {
    if (recordNumber(v.month) !== month) continue;
    const signOff: SignOff = {};
    for (const f of SIGNOFF_FIELDS) {
      const t = recordText(v[SIGNOFF_KEYS[f]]);
      if (t !== '') signOff[f] = t;
    }
    out.set(recordText(v.unit), { signOff, received: recordText(v.received), file: recordText(v.file) });
  }
  return out;
}

function row(r: UnitReport): CellValue[] {
  const blank = (s: string | undefined) => (s === undefined || s === '' ? null : s);
  return [
    r.month,
    r.unit,
    r.due,
    r.reported,
    r.due - r.reported,
    REPORT_STATE_WORDS[r.state],
    blank(r.missing.map((m) => `${m.id} ${m.name}`).join('、')),
    ...SIGNOFF_FIELDS.map((f) => blank(r.signOff[f])),
    blank(r.received),
    blank(r.file),
  ];
}

export function statusSheetPlan(existing: SheetContent | undefined, month: number, reports: readonly UnitReport[]): SheetPlan {
  const all = readRecords(existing, H);
  const units = new Set(reports.map((r) => r.unit));
  // Other months' rows as they were; a row of this month for a unit no longer listed too.
  const old = all.filter((o) => recordNumber(o.values.month) !== month || !units.has(recordText(o.values.unit)));
  // A clerk's own column (e.g. 催报记录) on a rebuilt row follows its unit.
  const before = new Map(all.filter((o) => recordNumber(o.values.month) === month).map((o) => [recordText(o.values.unit), o.index]));
  const keys = Object.keys(H) as (keyof typeof H)[];
  const plan: SheetPlan = {
    name: STATUS_SHEET,
    table: { name: STATUS_TABLE, style: 'TableStyleLight1' },
    columns: recordColumns(H, {
      month: { width: 3, kind: 'number', numberFormat: 'General', align: 'center' },
      unit: { width: 9, wrap: true },
      due: { width: 4, kind: 'number', numberFormat: 'General', align: 'right' },
      reported: { width: 4, kind: 'number', numberFormat: 'General', align: 'right' },
      missing: { width: 4, kind: 'number', numberFormat: 'General', align: 'right' },
      state: { width: 4, align: 'center' },
      missingItems: { width: 20, wrap: true },
      filler: { width: 4 },
      reviewer: { width: 4 },
      head: { width: 4 },
      phone: { width: 6 },
      date: { width: 5 },
      received: { width: 8 },
      file: { width: 10, wrap: true },
    }),
    // The month rebuilt first, then the other months as they were (newest first as written).
    rows: [...reports.map(row), ...old.map((o) => keys.map((k) => o.values[k]))],
    freezeRows: 1,
    freezeColumns: 2,
    conditionalFormats: [
      { range: `F2:F${reports.length + old.length + 1}`, formula: `=$F2="${REPORT_STATE_WORDS.none}"`, fill: '#F4CCCC' },
      { range: `F2:F${reports.length + old.length + 1}`, formula: `=$F2="${REPORT_STATE_WORDS.partial}"`, fill: '#FFF2CC' },
    ],
    pageLayout: { orientation: 'landscape', paper: 'A4', printTitleRows: '$1:$1', centerHeader: '报送情况', centerFooter: '第 &P 页 共 &N 页', fitToWidth: true },
  };
  return keepRecordColumns(plan, existing, [...reports.map((r) => before.get(r.unit)), ...old.map((o) => o.index)]);
}
