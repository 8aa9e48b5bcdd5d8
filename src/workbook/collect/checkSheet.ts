/**
 * 核对: the findings of the last check, errors first, each with its place and the clerk's words,
 * and a 情况说明 column where the clerk writes why a warning may stand (or, for an error, what is
 * being done). The explanation belongs to the finding's rule, indicator and month: a re-check keeps
 * it on the same finding, and keeps a row whose finding went away when it carries one (已消除),
 * so no explanation is ever lost. The add-in never writes into 月度填报 for this.
 */
import type { CellValue, SheetPlan } from '../plan';
import type { SheetContent } from '../sheetTable';
import { CHECK_HEADERS as H, CHECK_SHEET, CHECK_STATE_WORDS, CHECK_TABLE, SEVERITY_WORDS } from './layout';
import { keepRecordColumns, readRecords, recordColumns, recordNumber, recordText } from './recordTable';

export interface CheckRow {
  severity: 'error' | 'warning';
  /** The rule's word (缺报) and its code (missing). */
  ruleWord: string;
  rule: string;
  id: string;
  name: string;
  month: number;
  owner: string;
  /** "月度填报!U7" or the form and row. */
  place: string;
  message: string;
  explanation: string;
  state: keyof typeof CHECK_STATE_WORDS;
}

/** The key an explanation belongs to. */
export const checkKey = (f: { rule: string; id: string; month: number }) => `${f.rule}|${f.id}|${f.month}`;

export interface CheckSheetRow extends CheckRow {
  /** The data row it was read from. */
  index: number;
}

export function readCheckSheet(snap: SheetContent | undefined): CheckSheetRow[] {
  const states = Object.entries(CHECK_STATE_WORDS) as [keyof typeof CHECK_STATE_WORDS, string][];
  return readRecords(snap, H)
    .map(({ values: v, index }) => ({
      severity: recordText(v.severity) === SEVERITY_WORDS.error ? ('error' as const) : ('warning' as const),
      ruleWord: recordText(v.rule),
      rule: recordText(v.ruleCode),
      id: recordText(v.id),
      name: recordText(v.name),
      month: recordNumber(v.month) ?? 0,
      owner: recordText(v.owner),
      place: recordText(v.place),
      message: recordText(v.message),
      explanation: recordText(v.explanation),
      state: states.find(([, w]) => w === recordText(v.state))?.[0] ?? 'fix',
      index,
    }))
    .filter((r) => r.rule !== '' && r.id !== '');
}

/** The explanations the sheet holds, by key (the last non-empty one of a key). */
export function explanations(rows: readonly CheckRow[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const r of rows) if (r.explanation !== '') out.set(checkKey(r), r.explanation);
  return out;
}

function row(r: CheckRow): CellValue[] {
  const blank = (s: string) => (s === '' ? null : s);
  return [SEVERITY_WORDS[r.severity], r.ruleWord, r.rule, r.id, blank(r.name), r.month, blank(r.owner), blank(r.place), r.message, blank(r.explanation), CHECK_STATE_WORDS[r.state]];
}

/** The sheet for `rows` (the current findings, then the kept ones), each continuing the existing
 *  row of its key so a clerk's own columns follow it. */
export function checkSheetPlan(existing: SheetContent | undefined, rows: readonly CheckRow[], title: string): SheetPlan {
  const old = readCheckSheet(existing);
  const byKey = new Map<string, number>();
  for (const o of old) if (!byKey.has(checkKey(o))) byKey.set(checkKey(o), o.index);
  const n = rows.length + 1;
  const plan: SheetPlan = {
    name: CHECK_SHEET,
    table: { name: CHECK_TABLE, style: 'TableStyleLight1' },
    columns: recordColumns(H, {
      severity: { width: 3, align: 'center' },
      rule: { width: 5 },
      ruleCode: { width: 5 },
      id: { width: 5 },
      name: { width: 10, wrap: true },
      month: { width: 3, kind: 'number', numberFormat: 'General', align: 'center' },
      owner: { width: 7, wrap: true },
      place: { width: 7 },
      message: { width: 30, wrap: true },
      explanation: { width: 16, wrap: true },
      state: { width: 4, align: 'center' },
    }),
    rows: rows.map(row),
    freezeRows: 1,
    conditionalFormats: [
      { range: `A2:A${n}`, formula: `=$A2="${SEVERITY_WORDS.error}"`, fill: '#F4CCCC', bold: true },
      { range: `A2:A${n}`, formula: `=$A2="${SEVERITY_WORDS.warning}"`, fill: '#FFF2CC' },
    ],
    pageLayout: { orientation: 'landscape', paper: 'A4', printTitleRows: '$1:$1', centerHeader: title, centerFooter: '第 &P 页 共 &N 页', fitToWidth: true },
  };
  return keepRecordColumns(plan, existing, rows.map((r) => byKey.get(checkKey(r))));
}
