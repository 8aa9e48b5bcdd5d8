/**
 * The fill-in form (填报表) of one lead unit, as a sheet: a title, the unit and the month, what to
 * do, one row per item, and the sign-off block (填报人, 审核人, 单位负责人, 联系电话, 填报日期).
 * Everything is locked except what the unit fills in: this month's figure and 当月值 (numbers
 * only) or a milestone's state (a list), the three notes, and the sign-off. Inputs are shaded.
 * The reader (readReturnedForm.ts) finds every column by its header and the unit, month and
 * sign-off by their labels, so a unit that moves, deletes or re-orders rows is still read right.
 */
import type { FormItem, UnitForm } from '../../domain/collect/unitForms';
import { periodLabel } from '../../domain/progress/months';
import { rangeAddress } from '../a1';
import type { CellValue, ColumnPlan, ConditionalFormatPlan, SheetPlan } from '../plan';
import { MILESTONE_WORDS } from '../progress/layout';

export const FORM_SHEET = '填报表';
/** The sheet a form becomes inside the clerk's workbook (where the host cannot save files). */
export const FORM_SHEET_PREFIX = '填报-';

export const FORM_HEADERS = {
  id: '指标ID',
  task: '任务序号',
  name: '指标名称',
  target: '目标',
  unit: '单位',
  basis: '口径',
  last: '上期数值',
  current: '本月当月值',
  total: '本月数值',
  status: '推进状态',
  progress: '进展情况',
  problems: '存在问题',
  measures: '下步措施',
} as const;
type FormKey = keyof typeof FORM_HEADERS;
const KEYS = Object.keys(FORM_HEADERS) as FormKey[];
const col = (k: FormKey) => KEYS.indexOf(k);

export const FORM_UNIT_LABEL = '填报单位';
export const FORM_MONTH_LABEL = '报告月份';
export const SIGNOFF_LABELS = ['填报人', '审核人', '单位负责人', '联系电话', '填报日期'] as const;
export type SignOffLabel = (typeof SIGNOFF_LABELS)[number];

/** Row (0-based) of the header: title, unit and month, and the instructions are above it. */
export const FORM_HEADER_ROW = 4;
const MILESTONE_BASIS = '推进状态';
const INPUT_FILL = '#FFF2CC';

const columns: ColumnPlan[] = [
  { header: FORM_HEADERS.id, width: 5, numberFormat: '@' },
  { header: FORM_HEADERS.task, width: 3, numberFormat: '@', align: 'center' },
  { header: FORM_HEADERS.name, width: 12, numberFormat: '@', wrap: true },
  { header: FORM_HEADERS.target, width: 10, numberFormat: '@', wrap: true },
  { header: FORM_HEADERS.unit, width: 3, numberFormat: '@', align: 'center' },
  { header: FORM_HEADERS.basis, width: 4, numberFormat: '@', wrap: true, align: 'center' },
  { header: FORM_HEADERS.last, width: 5, kind: 'number', align: 'right' },
  { header: FORM_HEADERS.current, width: 5, kind: 'number', wrap: true, align: 'right' },
  { header: FORM_HEADERS.total, width: 5, kind: 'number', wrap: true, align: 'right' },
  { header: FORM_HEADERS.status, width: 4, numberFormat: '@', wrap: true, align: 'center' },
  { header: FORM_HEADERS.progress, width: 14, numberFormat: '@', wrap: true },
  { header: FORM_HEADERS.problems, width: 10, numberFormat: '@', wrap: true },
  { header: FORM_HEADERS.measures, width: 10, numberFormat: '@', wrap: true },
];

function row(i: FormItem): CellValue[] {
  const v: CellValue[] = KEYS.map(() => null);
  v[col('id')] = i.id;
  v[col('task')] = i.task === '' ? null : i.task;
  v[col('name')] = i.name;
  v[col('target')] = i.target;
  v[col('unit')] = i.unit === '' ? null : i.unit;
  v[col('basis')] = i.basis;
  v[col('last')] = i.milestone ? null : i.last;
  v[col('status')] = i.milestone && i.status !== '' ? i.status : null;
  return v;
}

/** "2024年6月", "1-2月". */
export function formPeriod(form: Pick<UnitForm, 'year' | 'month' | 'mergeJanFeb'>): string {
  return `${form.year !== null ? `${form.year}年` : ''}${periodLabel(form.month, form.mergeJanFeb)}`;
}

/** What the month cell holds: "2024-06" when the year is known, else "6月". */
export function formMonthText(form: Pick<UnitForm, 'year' | 'month'>): string {
  return form.year !== null ? `${form.year}-${String(form.month).padStart(2, '0')}` : `${form.month}月`;
}

/** The sheet name of a unit's form inside a workbook: "填报-区人社局" (Excel's 31 characters, none
 *  of : \ / ? * [ ]). */
export function formSheetName(unit: string): string {
  return `${FORM_SHEET_PREFIX}${unit.replace(/[:\\/?*[\]]/g, '_')}`.slice(0, 31);
}

/** The file a unit's form is saved as: "2024-06-区人社局-填报表.xlsx" (characters that a file
 *  name may not hold become "_"). */
export function formFileName(form: Pick<UnitForm, 'unit' | 'year' | 'month'>): string {
  // Control characters too (a unit name pasted from a document may carry one).
  // eslint-disable-next-line no-control-regex
  return `${formMonthText(form)}-${form.unit}-填报表.xlsx`.replace(/[<>:"/\\|?*\u0000-\u001f]/g, '_');
}

export function formSheetPlan(form: UnitForm, name: string = FORM_SHEET): SheetPlan {
  const first = FORM_HEADER_ROW + 1;
  const n = form.items.length;
  const last = first + Math.max(n, 1) - 1;
  const signRow = last + 2;
  const letter = (k: FormKey) => rangeAddress(0, col(k), 1, 1).replace(/\d+$/, '');

  // Unlocked: a figure row's 当月值 and 本月数值, a milestone's 推进状态, every row's notes; the
  // sign-off values. Consecutive rows of one kind share a range.
  const unlocked: string[] = [];
  let r = 0;
  while (r < n) {
    const milestone = form.items[r].milestone;
    let end = r;
    while (end + 1 < n && form.items[end + 1].milestone === milestone) end++;
    const rows = end - r + 1;
    unlocked.push(rangeAddress(first + r, milestone ? col('status') : col('current'), rows, milestone ? col('measures') - col('status') + 1 : col('total') - col('current') + 1));
    if (!milestone) unlocked.push(rangeAddress(first + r, col('progress'), rows, col('measures') - col('progress') + 1));
    r = end + 1;
  }
  const signCells = signOffCells(signRow);
  unlocked.push(...signCells.inputs);

  const inputFormat = (range: string, formula: string): ConditionalFormatPlan => ({ range, formula, fill: INPUT_FILL });
  const rowsRange = (k1: FormKey, k2: FormKey) => `${letter(k1)}${first + 1}:${letter(k2)}${last + 1}`;
  const f = first + 1;
  return {
    name,
    columns,
    headerRow: FORM_HEADER_ROW,
    rows: form.items.map(row),
    cells: [
      { address: 'A1', value: `${formPeriod(form)}目标任务进展情况填报表`, bold: true },
      { address: 'A2', value: FORM_UNIT_LABEL, bold: true },
      { address: 'B2', value: form.unit, numberFormat: '@' },
      { address: 'F2', value: FORM_MONTH_LABEL, bold: true },
      { address: 'G2', value: formMonthText(form), numberFormat: '@' },
      {
        address: 'A3',
        value: `请在底色格内填写：“本月数值”填截至${periodLabel(form.month, form.mergeJanFeb)}末的累计值或累计增速（见“口径”列；只填数字，不带单位，增速6.5%填6.5），“本月当月值”可不填；`,
      },
      { address: 'A4', value: '节点任务选择“推进状态”；再填进展情况、存在问题、下步措施和表末的签字栏。指标ID、目标等已锁定，请不要增删行。' },
      ...signCells.labels.map((c) => ({ ...c, bold: true })),
    ],
    freezeRows: first,
    freezeColumns: 3,
    conditionalFormats: n === 0 ? [] : [
      inputFormat(rowsRange('current', 'total'), `=AND($${letter('id')}${f}<>"",$${letter('basis')}${f}<>"${MILESTONE_BASIS}")`),
      inputFormat(rowsRange('status', 'status'), `=$${letter('basis')}${f}="${MILESTONE_BASIS}"`),
      inputFormat(rowsRange('progress', 'measures'), `=$${letter('id')}${f}<>""`),
      // The sign-off cells: always shaded (a formula that is always true).
      ...signCells.inputs.map((range) => inputFormat(range, '=TRUE()')),
    ],
    validations: n === 0 ? [] : [
      { range: rowsRange('current', 'total'), rule: { type: 'decimal' }, errorMessage: '请只填数字（不带单位、文字和千分位逗号；增速6.5%填6.5）' },
      { range: rowsRange('status', 'status'), rule: { type: 'list', values: [...MILESTONE_WORDS] }, errorMessage: '请选择 未启动、推进中 或 已完成' },
    ],
    pageLayout: {
      orientation: 'landscape',
      paper: 'A4',
      printTitleRows: `$${first}:$${first}`,
      centerHeader: `${form.unit} ${formPeriod(form)}填报表`,
      centerFooter: '第 &P 页 共 &N 页',
      fitToWidth: true,
    },
    protection: { unlocked },
  };
}

/** The sign-off block: labels in A, D, G of two rows, each value in the cell to its right. */
function signOffCells(r: number): { labels: { address: string; value: string }[]; inputs: string[] } {
  const places: [SignOffLabel, number, number][] = [
    ['填报人', r, 0],
    ['审核人', r, 3],
    ['单位负责人', r, 6],
    ['联系电话', r + 1, 0],
    ['填报日期', r + 1, 3],
  ];
  return {
    labels: places.map(([label, row, c]) => ({ address: rangeAddress(row, c, 1, 1), value: label })),
    // Two cells wide: a name or a telephone number fits.
    inputs: places.map(([, row, c]) => rangeAddress(row, c + 1, 1, 2)),
  };
}
