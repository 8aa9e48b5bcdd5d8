/**
 * The leaders' paper (进展情况表) as a sheet plan: a snapshot of the month, not formulas. The
 * title with year and months, a line with the issue, the unit that made it and the data date,
 * the summary counts with their shares, the header (repeated on every printed page), the items in
 * their groups (lagging first), and notes that explain the marks. Landscape A4 or A3, one page
 * wide, "第X页 共Y页" in the footer, no gridlines, a thin grid of borders, the status as a word
 * and a colour. Each kind of target starts a page of its own when the paper is grouped by kind.
 *
 * Why a snapshot: the paper is grouped, filtered and sorted by status, which formulas cannot
 * follow as figures change, and a month's paper must print again as it was. It says so in its
 * notes ("数据截至…"); the 进度 sheet stays the live calculation.
 */
import { DEFAULT_RULES } from '../../domain/progress/rules';
import type { MonthReport } from '../../domain/report/monthReport';
import {
  FILTER_WORDS,
  GROUPING_WORDS,
  dataDateText,
  paperGroups,
  paperTitle,
  periodText,
  selectItems,
  statusSummary,
  summaryText,
  type PaperChoice,
} from '../../domain/report/paper';
import { cellAddress, columnLetter, rangeAddress } from '../a1';
import type { CellValue, ConditionalFormatPlan, RangeFormatPlan, RowHeightPlan, SheetPlan } from '../plan';
import { linesHeight, wrappedLines } from '../textLines';
import { printColumns } from './printColumns';

/** The mark every print sheet carries (SheetPlan.mark): how the add-in tells its own paper from
 *  a clerk's sheet of the same name. */
export const PRINT_MARK = '进展情况表';

/** The sheet's rows (0-based): title, the line under it, the summary, the header. */
const TITLE_ROW = 0;
const LINE_ROW = 1;
const SUMMARY_ROW = 2;
export const PRINT_HEADER_ROW = 3;

const TITLE_SIZE = 18;
const NOTE_SIZE = 10;
const HEADER_FILL = '#D9D9D9';
const GROUP_FILL = '#F2F2F2';

export interface PrintMeta {
  /** 制表单位; "" leaves it out. */
  maker: string;
  /** 期数 ("6" → 第6期); "" for none. */
  issue: string;
}

/** "1-6月进展表-按类别", "1-6月进展表-按牵头单位-仅滞后预警-A3": one sheet per choice. */
export function printSheetName(report: Pick<MonthReport, 'month' | 'mergeJanFeb'>, choice: PaperChoice): string {
  const parts = [`${periodText(report.month, report.mergeJanFeb)}进展表`, GROUPING_WORDS[choice.grouping]];
  if (choice.filter === 'lagging') parts.push('仅滞后预警');
  if (choice.filter === 'livelihood') parts.push('仅民生实事');
  if (choice.paper === 'A3') parts.push('A3');
  return parts.join('-');
}

export function printSheetPlan(report: MonthReport, choice: PaperChoice, name: string, meta: PrintMeta): SheetPlan {
  const period = periodText(report.month, report.mergeJanFeb);
  const items = selectItems(report.items, choice.filter);
  const columns = printColumns(period, choice.grouping, items, report);
  const n = columns.length;
  const last = columnLetter(n - 1);
  const wide = (row: number) => `A${row + 1}:${last}${row + 1}`;
  // The merged width in characters, for the rows whose height is worked out here.
  const totalChars = columns.reduce((sum, c) => sum + c.width + 1 / 3, 0);

  const rows: CellValue[][] = [];
  const merges: string[] = [];
  const formats: RangeFormatPlan[] = [];
  const rowBreaks: number[] = [];
  const firstData = PRINT_HEADER_ROW + 1;
  const blankRow = () => columns.map(() => null as CellValue);
  const groups = paperGroups(report, choice);
  for (const g of groups) {
    const row = firstData + rows.length;
    if (g.newPage) rowBreaks.push(row);
    rows.push([g.title, ...blankRow().slice(1)]);
    merges.push(wide(row));
    formats.push({ range: wide(row), bold: true, fill: GROUP_FILL, horizontal: 'left' });
    if (g.items.length === 0) {
      const none = firstData + rows.length;
      rows.push(['本期无此类事项', ...blankRow().slice(1)]);
      merges.push(wide(none));
      formats.push({ range: wide(none), horizontal: 'center' });
    }
    for (const item of g.items) rows.push(columns.map((c) => c.value(item, report)));
  }
  if (groups.length === 0) {
    const none = firstData + rows.length;
    rows.push([`本期没有${choice.filter ? FILTER_WORDS[choice.filter] : '事项'}`, ...blankRow().slice(1)]);
    merges.push(wide(none));
    formats.push({ range: wide(none), horizontal: 'center' });
  }
  const lastRow = firstData + rows.length - 1;

  const line = [
    meta.issue.trim() !== '' ? `第${meta.issue.trim()}期` : '',
    meta.maker.trim() !== '' ? `制表单位：${meta.maker.trim()}` : '',
    `数据截至：${dataDateText(report.year, report.month)}`,
  ].filter((x) => x !== '');
  const summary = `${summaryText(statusSummary(items))}。`;
  const notes = paperNotes(report, items.some((i) => i.seq === null));
  const notesFirst = lastRow + 2;
  const cells: NonNullable<SheetPlan['cells']> = [
    { address: cellAddress(TITLE_ROW, 0), value: paperTitle(report, choice.filter) },
    { address: cellAddress(LINE_ROW, 0), value: line.join('\u3000\u3000') },
    { address: cellAddress(SUMMARY_ROW, 0), value: summary },
    ...notes.map((text, i) => ({ address: cellAddress(notesFirst + i, 0), value: text })),
  ];
  merges.unshift(wide(TITLE_ROW), wide(LINE_ROW), wide(SUMMARY_ROW));
  notes.forEach((_, i) => merges.push(wide(notesFirst + i)));
  const rowHeights: RowHeightPlan[] = [
    { row: TITLE_ROW, height: linesHeight(wrappedLines(paperTitle(report, choice.filter), totalChars, TITLE_SIZE), TITLE_SIZE) + 8 },
    { row: SUMMARY_ROW, height: linesHeight(wrappedLines(summary, totalChars)) },
    ...notes.map((text, i) => ({ row: notesFirst + i, height: linesHeight(wrappedLines(text, totalChars, NOTE_SIZE), NOTE_SIZE) })),
  ];

  const statusCol = columns.findIndex((c) => c.key === 'status');
  const statusRange = rangeAddress(firstData, statusCol, rows.length, 1);
  const statusTop = `$${columnLetter(statusCol)}${firstData + 1}`;
  const rule = (word: string, fill: string, fontColor: string): ConditionalFormatPlan => ({ range: statusRange, formula: `=${statusTop}="${word}"`, fill, fontColor, bold: true });

  return {
    name,
    columns: columns.map(({ key: _k, value: _v, ...c }) => c),
    headerRow: PRINT_HEADER_ROW,
    rows,
    cells,
    formats: [
      { range: wide(TITLE_ROW), bold: true, fontSize: TITLE_SIZE, horizontal: 'center', vertical: 'center', wrap: true },
      { range: wide(LINE_ROW), horizontal: 'center', vertical: 'center' },
      { range: wide(SUMMARY_ROW), horizontal: 'left', vertical: 'top', wrap: true },
      { range: rangeAddress(PRINT_HEADER_ROW, 0, rows.length + 1, n), borders: true, vertical: 'center' },
      { range: wide(PRINT_HEADER_ROW), bold: true, fill: HEADER_FILL, horizontal: 'center', wrap: true },
      ...formats,
      ...notes.map((_, i) => ({ range: wide(notesFirst + i), fontSize: NOTE_SIZE, horizontal: 'left' as const, vertical: 'top' as const, wrap: true })),
    ],
    merges,
    rowHeights,
    autofitRows: true,
    showGridlines: false,
    freezeRows: PRINT_HEADER_ROW + 1,
    conditionalFormats: [
      rule('已完成', '#C6EFCE', '#006100'),
      rule('正常', '#C6EFCE', '#006100'),
      rule('预警', '#FFEB9C', '#9C5700'),
      rule('滞后', '#FFC7CE', '#9C0006'),
    ],
    pageLayout: {
      orientation: 'landscape',
      paper: choice.paper,
      printTitleRows: `$${PRINT_HEADER_ROW + 1}:$${PRINT_HEADER_ROW + 1}`,
      centerFooter: '第&P页 共&N页',
      fitToWidth: true,
      printArea: `$A$1:$${last}$${notesFirst + notes.length}`,
      rowBreaks,
      margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
      centerHorizontally: true,
    },
    mark: PRINT_MARK,
  };
}

/** The notes under the table: what the marks mean, how the figures are worked out, and that the
 *  paper is a snapshot of the month. */
export function paperNotes(report: MonthReport, outsideDecomposition: boolean): string[] {
  const rules = report.preset === DEFAULT_RULES.preset ? '宣城方案：低于序时进度即为滞后' : `${report.preset}方案，见“规则”工作表`;
  const notes = [
    '注：1.序号为《目标任务分解》中的任务序号' + (outsideDecomposition ? '；序号空白的为行动方案等文件中的目标。' : '。'),
    '2.“—”表示该项不设此项数值（增速类指标不计算完成进度，节点任务、底线任务无月度数值目标，年度、季度考核指标本月不作评价）；空白表示本月未报送数据。',
    '3.完成进度＝累计完成数÷年度目标；差距：数量类为完成进度减序时进度，增速和比率类为实际值减目标值，单位均为百分点。',
    `4.状态：已完成＝已完成全年目标；正常＝达到序时进度；预警、滞后＝低于序时进度或目标（${rules}），预警也指数值待核实；未填报＝本月未报送。`,
    `5.本表为${dataDateText(report.year, report.month)}的数据快照，“月度填报”修改后请重新生成。`,
  ];
  return notes;
}
