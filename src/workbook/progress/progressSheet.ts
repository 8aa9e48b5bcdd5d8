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

const WIDTHS: Partial<Record<(typeof PROGRESS_HEADERS)[number], number>> = {
  指标ID: 7, 任务序号: 5, 指标名称: 16, 方法: 5, 目标值: 7, 单位: 5, 考核月: 4, 最新数值: 8, 序时进度: 6, 完成率: 6,
  '差距(百分点)': 6, 余量: 6, 状态: 5, 原因: 34,
};
const FORMATS: Partial<Record<(typeof PROGRESS_HEADERS)[number], string>> = {
  序时进度: '0.0%', 完成率: '0.0%', '差距(百分点)': '0.0', 余量: '0.##',
};

export function progressSheetPlan(ids: string[], year?: number): SheetPlan {
  const columns: ColumnPlan[] = PROGRESS_HEADERS.map((h, i) => ({
    header: h,
    width: WIDTHS[h] ?? 5,
    kind: i === 0 ? 'text' : 'formula',
    numberFormat: i === 0 ? '@' : FORMATS[h],
    wrap: h === '原因' || h === '指标名称',
    align: h === '原因' || h === '指标名称' ? 'left' : 'center',
  }));
  const rows = ids.map((id, k) => {
    const f = progressRowFormulas(PROGRESS_FIRST_DATA_ROW + k);
    return [id, ...PROGRESS_HEADERS.slice(1).map((h) => `=${f[h as Exclude<typeof h, '指标ID'>]}`)];
  });
  const last = PROGRESS_FIRST_DATA_ROW + Math.max(ids.length, 1) - 1;
  const status = `${PC['状态']}${PROGRESS_FIRST_DATA_ROW}:${PC['状态']}${last}`;
  const rule = (word: string, fill: string, fontColor: string): ConditionalFormatPlan => ({
    range: status,
    formula: `=$${PC['状态']}${PROGRESS_FIRST_DATA_ROW}="${word}"`,
    fill,
    fontColor,
    bold: true,
  });
  const yearText = year ? `${year}年` : '';
  return {
    name: PROGRESS_SHEET,
    table: { name: PROGRESS_TABLE, style: 'TableStyleLight1' },
    columns,
    rows,
    headerRow: PROGRESS_HEADER_ROW,
    cells: [
      { address: 'A1', value: null, formula: `="${yearText}1-"&${RULE_NAMES.month}&"月《政府工作报告》目标任务进展情况表"`, bold: true },
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
    },
  };
}
