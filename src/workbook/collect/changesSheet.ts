/**
 * 修改记录: every change to a figure of a closed month, after it was closed: the month, the item,
 * the old and the new value, when, who (the Office user where the host gives one: Excel's API
 * gives none, so the pane records the name the clerk typed, the command line the system user) and
 * how (合并填报表, 命令行, 手工修改 found by a later check). Rows are only added.
 */
import type { CellValue, SheetPlan } from '../plan';
import type { SheetContent } from '../sheetTable';
import { CHANGES_HEADERS as H, CHANGES_SHEET, CHANGES_TABLE } from './layout';
import { keepRecordColumns, readRecords, recordColumns, recordNumber, recordText } from './recordTable';

export interface ChangeRow {
  at: string;
  month: number;
  id: string;
  name: string;
  before: number | string | null;
  after: number | string | null;
  who: string;
  how: string;
}

const KEYS = Object.keys(H) as (keyof typeof H)[];
const cell = (v: CellValue): number | string | null => (typeof v === 'number' ? v : recordText(v) === '' ? null : recordText(v));

export function readChanges(snap: SheetContent | undefined): ChangeRow[] {
  return readRecords(snap, H).map(({ values: v }) => ({
    at: recordText(v.at),
    month: recordNumber(v.month) ?? 0,
    id: recordText(v.id),
    name: recordText(v.name),
    before: cell(v.before),
    after: cell(v.after),
    who: recordText(v.who),
    how: recordText(v.how),
  }));
}

export function changesSheetPlan(existing: SheetContent | undefined, added: readonly ChangeRow[]): SheetPlan {
  const old = readRecords(existing, H);
  const plan: SheetPlan = {
    name: CHANGES_SHEET,
    table: { name: CHANGES_TABLE, style: 'TableStyleLight1' },
    columns: recordColumns(H, {
      at: { width: 9 },
      month: { width: 3, kind: 'number', numberFormat: 'General', align: 'center' },
      id: { width: 5 },
      name: { width: 12, wrap: true },
      before: { width: 6, kind: 'number', numberFormat: 'General', align: 'right' },
      after: { width: 6, kind: 'number', numberFormat: 'General', align: 'right' },
      who: { width: 10, wrap: true },
      how: { width: 8 },
    }),
    rows: [...old.map((o) => KEYS.map((k) => o.values[k])), ...added.map((r) => KEYS.map((k) => (r[k] === '' ? null : r[k])))],
    freezeRows: 1,
    pageLayout: { orientation: 'landscape', paper: 'A4', printTitleRows: '$1:$1', centerHeader: '已关闭月份数据修改记录', centerFooter: '第 &P 页 共 &N 页', fitToWidth: true },
  };
  return keepRecordColumns(plan, existing, [...old.map((o) => o.index), ...added.map(() => undefined)]);
}
