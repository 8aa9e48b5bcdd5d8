/**
 * Plan of 月度填报: one row per indicator or qualitative item (by its ID), the clerk's settings,
 * then one column per reporting period holding the cumulative figure. Figures already typed are
 * passed in and written back, so a rebuild (re-import, another month) never loses one.
 */
import { columnLetter } from '../a1';
import type { FigureRow, ItemSettings, ProgressItem } from '../../domain/progress/types';
import type { CellValue, ColumnPlan, NamePlan, SheetPlan } from '../plan';
import {
  FIGURES_FIRST_DATA_ROW,
  FIGURES_SHEET,
  FIGURES_TABLE,
  FIGURE_SETTING_HEADERS,
  FIRST_FIGURE_COL,
  FREQUENCY_WORDS,
  MILESTONE_WORDS,
  MONTH_CELL,
  NO_WORD,
  YEAR_CELL,
  RULE_NAMES,
  YES_WORD,
  periodHeader,
  periodMonths,
  sheetRef,
} from './layout';

export interface FiguresRowInput {
  item: ProgressItem;
  settings: ItemSettings;
  figures: FigureRow;
}

/** 口径: what the clerk types in the month columns. */
export function basisOf(item: ProgressItem): string {
  if (item.kind === 'milestone') return '推进状态';
  if (item.kind === 'bottomline') return '累计发生次数';
  if (item.kind === 'growth' || item.kind === 'relative') return '累计增速';
  return item.unit === '%' || item.unit === '个百分点' ? '当期值' : '累计值';
}

const TEXT = '@';

export function figuresSheetPlan(rows: FiguresRowInput[], month: number, mergeJanFeb: boolean, year: number | null = null): SheetPlan {
  const months = periodMonths(mergeJanFeb);
  const lastRow = FIGURES_FIRST_DATA_ROW + Math.max(rows.length, 1) - 1;
  const figFirst = columnLetter(FIRST_FIGURE_COL);
  const figLast = columnLetter(FIRST_FIGURE_COL + months.length - 1);
  const col = (h: (typeof FIGURE_SETTING_HEADERS)[number]) => columnLetter(FIGURE_SETTING_HEADERS.indexOf(h));
  const range = (c: string) => `${c}${FIGURES_FIRST_DATA_ROW}:${c}${lastRow}`;
  // Widths in Chinese characters (a column of n holds n; digits take about half). The sheet is
  // wider than any page, so it prints at 100 % across three pages, 指标ID/名称/单位 repeated on
  // each: the settings, then 进展说明 and the first months, then the other months. Short values
  // under long headers get narrow columns whose header wraps to two lines.
  const settingColumns: ColumnPlan[] = [
    { header: '指标ID', width: 5, numberFormat: TEXT },
    { header: '指标名称', width: 14, wrap: true, numberFormat: TEXT },
    // No wrap: E1's long note must run on to the right, not stand in a tall column.
    { header: '单位', width: 4, numberFormat: TEXT, align: 'center' },
    { header: '口径', width: 5, wrap: true, numberFormat: TEXT, align: 'center' },
    { header: '频率', width: 3, numberFormat: TEXT, align: 'center' },
    { header: '越低越好', width: 3, wrap: true, numberFormat: TEXT, align: 'center' },
    { header: '左右容差', width: 3, wrap: true, kind: 'number', align: 'right' },
    { header: '一季度末计划', width: 4, wrap: true, kind: 'number', numberFormat: '0%', align: 'right' },
    { header: '上半年计划', width: 4, wrap: true, kind: 'number', numberFormat: '0%', align: 'right' },
    { header: '前三季度计划', width: 4, wrap: true, kind: 'number', numberFormat: '0%', align: 'right' },
    { header: '全年计划', width: 4, wrap: true, kind: 'number', numberFormat: '0%', align: 'right' },
    { header: '计划启动月', width: 4, wrap: true, kind: 'number', align: 'right' },
    { header: '完成时限(月)', width: 4, wrap: true, kind: 'number', align: 'right' },
    // Text: an indicator ID such as "1-1" typed into a General cell would become a date; a typed
    // figure is read back from its text.
    { header: '比较对象', width: 4, wrap: true, numberFormat: TEXT, align: 'center' },
    { header: '推进状态', width: 4, wrap: true, numberFormat: TEXT, align: 'center' },
    { header: '进展说明', width: 16, wrap: true, numberFormat: TEXT },
  ];
  // 4 characters hold 8 digits (12345.67): a cumulative figure in the document's own unit.
  const figureColumns: ColumnPlan[] = months.map((m) => ({ header: periodHeader(m, mergeJanFeb), width: 4, kind: 'number', numberFormat: 'General', align: 'right' }));
  const planned = (v: number | null | undefined): CellValue => (v === null || v === undefined ? null : v);
  return {
    name: FIGURES_SHEET,
    table: { name: FIGURES_TABLE, style: 'TableStyleLight1' },
    columns: [...settingColumns, ...figureColumns],
    headerRow: 2,
    rows: rows.map(({ item, settings, figures }) => [
      item.id,
      item.name,
      item.unit === '' ? null : item.unit,
      basisOf(item),
      FREQUENCY_WORDS[settings.frequency],
      settings.lowerIsBetter ? YES_WORD : NO_WORD,
      planned(settings.tolerance),
      ...(settings.quarterPlan ?? [null, null, null, null]),
      planned(settings.plannedMonth),
      planned(settings.dueMonth),
      settings.compareWith,
      settings.milestoneStatus,
      settings.note === '' ? null : settings.note,
      ...months.map((m) => {
        const v = figures[m];
        return v === undefined || v === '' ? null : v;
      }),
    ]),
    cells: [
      { address: 'A1', value: '报告月份', bold: true },
      { address: 'B1', value: month },
      { address: 'C1', value: '年度', bold: true },
      { address: 'D1', value: year },
      { address: 'E1', value: '（报告月份填1-12，年度如2024；各月填截至该月的累计值或累计增速，1-2月合并时填在“1-2月”列）' },
      { address: 'A2', value: '期末月份' },
      ...months.map((m, i) => ({ address: `${columnLetter(FIRST_FIGURE_COL + i)}2`, value: m })),
    ],
    freezeRows: 3,
    freezeColumns: 2,
    // A4 landscape like every list, but not fitted to one page wide (27 columns would print at
    // about 40 %): pages across at 100 %, the header row (row 3) on every page down and
    // 指标ID, 指标名称 and 单位 on every page across, so each figure can be told by its row.
    pageLayout: {
      orientation: 'landscape',
      paper: 'A4',
      printTitleRows: '$3:$3',
      printTitleColumns: '$A:$C',
      centerHeader: '月度填报',
      centerFooter: '第&P页 共&N页',
      fitToWidth: false,
    },
    validations: [
      { range: 'B1', rule: { type: 'list', values: Array.from({ length: 12 }, (_, i) => String(i + 1)) }, errorMessage: '报告月份请填1到12之间的整数' },
      { range: 'D1', rule: { type: 'decimal' }, errorMessage: '年度请填四位数字，如2024' },
      { range: `${figFirst}${FIGURES_FIRST_DATA_ROW}:${figLast}${lastRow}`, rule: { type: 'decimal' }, errorMessage: '请填数字（不带单位和千分位逗号，如 5600 或 7.5），单位见“单位”列' },
      { range: range(col('频率')), rule: { type: 'list', values: Object.values(FREQUENCY_WORDS) }, errorMessage: '请选择 月度、季度 或 年度' },
      { range: range(col('越低越好')), rule: { type: 'list', values: [YES_WORD, NO_WORD] }, errorMessage: '请选择 是 或 否' },
      { range: range(col('推进状态')), rule: { type: 'list', values: [...MILESTONE_WORDS] }, errorMessage: '请选择 未启动、推进中 或 已完成' },
      ...(['左右容差', '一季度末计划', '上半年计划', '前三季度计划', '全年计划', '计划启动月', '完成时限(月)'] as const).map((h) => ({
        range: range(col(h)),
        rule: { type: 'decimal' as const },
        errorMessage: `“${h}”请填数字`,
      })),
    ],
  };
}

export function figuresNames(): NamePlan[] {
  return [
    { name: RULE_NAMES.month, formula: `=${sheetRef(FIGURES_SHEET)}${MONTH_CELL}`, comment: '报告月份（1-12）' },
    { name: RULE_NAMES.year, formula: `=${sheetRef(FIGURES_SHEET)}${YEAR_CELL}`, comment: '年度' },
  ];
}
