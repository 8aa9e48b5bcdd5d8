/**
 * Plan of 进度: an Excel table whose cells are formulas (not pasted values) over 指标, 月度填报 and
 * 规则, looked up by the indicator ID. Status is shown twice: the word (survives black-and-white
 * printing) and a fill colour (green / yellow / red).
 */
import type { ColumnPlan, ConditionalFormatPlan, SheetPlan } from '../plan';
import { PC, PROGRESS_HEADERS, progressRowFormulas } from './progressFormulas';
import { PROGRESS_SHEET, PROGRESS_TABLE, RULE_NAMES } from './layout';

export const PROGRESS_HEADER_ROW = 1;
export const PROGRESS_FIRST_DATA_ROW = 3;

/** Widths for print: 状态 … 原因 (A:N) is what is handed out (the print area), on A4 landscape
 *  fitted to the width; every column wraps so that a long header such as 差距(百分点) takes two
 *  lines instead of widening the page. */
const WIDTHS: Partial<Record<(typeof PROGRESS_HEADERS)[number], number>> = {
  指标ID: 5, 任务序号: 4, 指标名称: 11, 方法: 3, 目标值: 4, 单位: 3, 考核月: 3, 最新数值: 4, 序时进度: 4, 完成率: 5,
  '差距(百分点)': 5, 余量: 4, 状态: 4, 原因: 24,
};
/** The last column handed out: the working columns after it stay on screen only. */
const LAST_PRINTED: (typeof PROGRESS_HEADERS)[number] = '原因';
const FORMATS: Partial<Record<(typeof PROGRESS_HEADERS)[number], string>> = {
  序时进度: '0.0%', 完成率: '0.0%', '差距(百分点)': '0.0', 余量: '0.##',
};

export function progressSheetPlan(ids: string[]): SheetPlan {
  const columns: ColumnPlan[] = PROGRESS_HEADERS.map((h, i) => ({
    header: h,
    width: WIDTHS[h] ?? 5,
    kind: i === 0 ? 'text' : 'formula',
    // Every row is the first row's formulas with the row shifted (progressRowFormulas(n) refers
    // to its own row only as $X{n}): written once and filled down, so a 10,000-row 进度 costs one
    // request, not ~70 MB of formulas (test/workbook/progress/fillDown.test.ts holds the rows to it).
    fillDown: i > 0,
    numberFormat: i === 0 ? '@' : FORMATS[h],
    // Not 指标ID: column A also holds the title in A1, which must run across the page.
    wrap: h !== '指标ID',
    align: h === '原因' || h === '指标名称' ? 'left' : 'center',
  }));
  // Only the first row's formulas: the others are that row filled down (fillDown), so a
  // 10,000-row 进度 costs one row of formulas to build, send and store.
  const first = progressRowFormulas(PROGRESS_FIRST_DATA_ROW);
  const formulas = PROGRESS_HEADERS.slice(1).map((h) => `=${first[h as Exclude<typeof h, '指标ID'>]}`);
  const rest = formulas.map(() => null);
  const rows = ids.map((id, k) => [id, ...(k === 0 ? formulas : rest)]);
  const last = PROGRESS_FIRST_DATA_ROW + Math.max(ids.length, 1) - 1;
  const status = `${PC['状态']}${PROGRESS_FIRST_DATA_ROW}:${PC['状态']}${last}`;
  const rule = (word: string, fill: string, fontColor: string): ConditionalFormatPlan => ({
    range: status,
    formula: `=$${PC['状态']}${PROGRESS_FIRST_DATA_ROW}="${word}"`,
    fill,
    fontColor,
    bold: true,
  });
  return {
    name: PROGRESS_SHEET,
    table: { name: PROGRESS_TABLE, style: 'TableStyleLight1' },
    columns,
    rows,
    headerRow: PROGRESS_HEADER_ROW,
    cells: [
      // The year and month of 月度填报 (TM_YEAR, TM_MONTH): the title follows when the clerk changes them.
      { address: 'A1', value: null, formula: `=IF(ISNUMBER(${RULE_NAMES.year}),${RULE_NAMES.year}&"年","")&"1-"&${RULE_NAMES.month}&"月《政府工作报告》目标任务进展情况表"`, bold: true },
    ],
    freezeRows: 2,
    freezeColumns: 3,
    conditionalFormats: [
      rule('已完成', '#C6EFCE', '#006100'),
      rule('正常', '#C6EFCE', '#006100'),
      rule('预警', '#FFEB9C', '#9C5700'),
      rule('滞后', '#FFC7CE', '#9C0006'),
    ],
    pageLayout: {
      orientation: 'landscape',
      paper: 'A4',
      printTitleRows: '$1:$2',
      centerFooter: '第&P页 共&N页',
      fitToWidth: true,
      printArea: `$A$1:$${PC[LAST_PRINTED]}$${last}`,
    },
  };
}
