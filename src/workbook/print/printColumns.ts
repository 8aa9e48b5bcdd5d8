/**
 * The columns of the leaders' paper and what each item shows in them. Only what a leader reads
 * is printed (no IDs, methods or working columns). A figure the target has no use for is "—"
 * (a growth rate has no 完成进度; a milestone no figure); a figure not reported is left blank.
 */
import { plain } from '../../domain/progress/format';
import type { MonthReport, ReportItem } from '../../domain/report/monthReport';
import { periodText, type Grouping } from '../../domain/report/paper';
import { NO_FIGURE, targetText } from '../../domain/report/targetText';
import type { CellValue, ColumnPlan } from '../plan';

export type PrintColumnKey =
  | 'seq'
  | 'statement'
  | 'unit'
  | 'target'
  | 'cumulative'
  | 'growth'
  | 'completion'
  | 'timeProgress'
  | 'gap'
  | 'status'
  | 'leader'
  | 'leadUnit'
  | 'note'
  | 'problems'
  | 'measures';

export interface PrintColumn extends ColumnPlan {
  key: PrintColumnKey;
  value(item: ReportItem, report: Pick<MonthReport, 'month' | 'mergeJanFeb'>): CellValue;
}

const TEXT = '@';
const dash = NO_FIGURE;
const text = (v: string | null) => (v === null || v.trim() === '' ? null : v);

/** Percentage points with their sign: "+0.6", "-8.4". */
export const GAP_FORMAT = '+0.0;-0.0;0.0';
/** A figure out of scale (a probable unit slip): no completion or gap is worked out from it. */
export const TO_CHECK = '待核实';

/** The figure of the period judged; a quarterly or yearly figure says which period it is. */
function cumulative(item: ReportItem, report: Pick<MonthReport, 'month' | 'mergeJanFeb'>): CellValue {
  const p = item.progress;
  if (p.kind === 'growth' || p.kind === 'milestone' || ['年度考核', '季度考核', '不适用'].includes(item.status)) return dash;
  if (p.actual === null) return null;
  if (p.month !== report.month && p.month > 0) return `${plain(p.actual)}（${periodText(p.month, report.mergeJanFeb)}）`;
  return p.actual;
}

const amount = (item: ReportItem) => item.method === '完成率';
const gapApplies = (item: ReportItem) => ['完成率', '差距', '区间', '相对'].includes(item.method) || (item.method === '上限' && item.progress.gap !== null);

/** Every column, in print order; `printColumns` picks those a paper shows. */
function allColumns(period: string): PrintColumn[] {
  return [
    { key: 'seq', header: '序号', width: 3, numberFormat: TEXT, align: 'center', value: (i) => i.seq },
    { key: 'statement', header: '指标/任务', width: 16, numberFormat: TEXT, wrap: true, align: 'left', value: (i) => i.statement },
    { key: 'unit', header: '单位', width: 3, numberFormat: TEXT, wrap: true, align: 'center', value: (i) => text(i.progress.unit) },
    { key: 'target', header: '年度目标', width: 8, numberFormat: TEXT, wrap: true, align: 'center', value: (i) => targetText(i) },
    { key: 'cumulative', header: `${period}累计`, width: 5, kind: 'number', wrap: true, align: 'center', value: cumulative },
    {
      key: 'growth',
      header: '同比增长（%）',
      width: 4,
      kind: 'number',
      numberFormat: '0.0',
      wrap: true,
      align: 'center',
      value: (i) => (i.progress.kind === 'growth' && i.status !== '季度考核' && i.status !== '年度考核' ? i.progress.actual : dash),
    },
    {
      key: 'completion',
      header: '完成进度',
      width: 4,
      kind: 'number',
      numberFormat: '0.0%',
      wrap: true,
      align: 'center',
      value: (i) => (!amount(i) ? dash : i.suspect ? TO_CHECK : i.progress.completion),
    },
    { key: 'timeProgress', header: '序时进度', width: 4, kind: 'number', numberFormat: '0.0%', wrap: true, align: 'center', value: (i) => (amount(i) ? i.progress.timeProgress : dash) },
    {
      key: 'gap',
      header: '差距（百分点）',
      width: 4,
      kind: 'number',
      numberFormat: GAP_FORMAT,
      wrap: true,
      align: 'center',
      value: (i) => (!gapApplies(i) ? dash : i.suspect ? TO_CHECK : i.progress.gap),
    },
    { key: 'status', header: '状态', width: 4, numberFormat: TEXT, align: 'center', value: (i) => i.status },
    { key: 'leader', header: '牵头领导', width: 4, numberFormat: TEXT, wrap: true, align: 'center', value: (i) => text(i.leader) },
    { key: 'leadUnit', header: '牵头单位', width: 7, numberFormat: TEXT, wrap: true, align: 'center', value: (i) => text(i.unit) },
    { key: 'note', header: '进展情况', width: 16, numberFormat: TEXT, wrap: true, align: 'left', value: (i) => text(i.note) },
    { key: 'problems', header: '存在问题', width: 10, numberFormat: TEXT, wrap: true, align: 'left', value: (i) => text(i.problems) },
    { key: 'measures', header: '下步措施', width: 10, numberFormat: TEXT, wrap: true, align: 'left', value: (i) => text(i.measures) },
  ];
}

/** The columns of one paper: the grouping's own column is left out (its group heading says it);
 *  进展情况, 存在问题 and 下步措施 only where the clerk wrote any. A figure column is widened to
 *  its widest figure: a number never wraps, and one wider than its column prints as "###". */
export function printColumns(period: string, grouping: Grouping, items: readonly ReportItem[], report: Pick<MonthReport, 'month' | 'mergeJanFeb'>): PrintColumn[] {
  return allColumns(period)
    .filter((c) => {
      if (c.key === 'leadUnit') return grouping !== 'unit';
      if (c.key === 'leader') return grouping !== 'leader';
      if (c.key === 'note') return items.some((i) => i.note !== '');
      if (c.key === 'problems') return items.some((i) => i.problems !== '');
      if (c.key === 'measures') return items.some((i) => i.measures !== '');
      return true;
    })
    .map((c) => {
      if (c.kind !== 'number') return c;
      const widest = Math.max(0, ...items.map((i) => numberText(c.value(i, report), c.numberFormat).length));
      // Digits are about half a Chinese character; one more for the cell's padding.
      return { ...c, width: Math.max(c.width, Math.ceil(widest * 0.55 + 1)) };
    });
}

/** About what a number shows in its format, for its width. */
export function numberText(v: CellValue, format: string | undefined): string {
  if (typeof v !== 'number') return v === null ? '' : String(v);
  if (format === '0.0%') return `${(v * 100).toFixed(1)}%`;
  if (format === '0.0' || format === GAP_FORMAT) return `${v < 0 ? '' : '+'}${v.toFixed(1)}`;
  return String(v);
}
