/**
 * What goes on the leaders' paper, as data: which items (a filter), in which groups and order
 * (lagging items first), the title with year and months, the data date, and the summary counts
 * with their shares. The print sheet's plan (src/workbook/print/) lays this out; nothing here
 * knows about cells.
 */
import { fixed1 } from '../progress/format';
import { periodLabel } from '../progress/months';
import { TABLE_KINDS, TABLE_KIND_WORDS, type MonthReport, type PrintedStatus, type ReportItem } from './monthReport';

/** How the rows are grouped: by kind of target (the default), 牵头单位, 牵头领导, or status. */
export type Grouping = 'kind' | 'unit' | 'leader' | 'status';
export const GROUPINGS: readonly Grouping[] = ['kind', 'unit', 'leader', 'status'];
export const GROUPING_WORDS: Record<Grouping, string> = { kind: '按类别', unit: '按牵头单位', leader: '按牵头领导', status: '按状态' };

/** Which items: all, only those behind schedule (滞后 and 预警), only the 民生实事. */
export type PaperFilter = 'lagging' | 'livelihood';
export const FILTERS: readonly PaperFilter[] = ['lagging', 'livelihood'];
export const FILTER_WORDS: Record<PaperFilter, string> = { lagging: '滞后和预警事项', livelihood: '民生实事' };

export type PaperSize = 'A4' | 'A3';

export interface PaperChoice {
  grouping: Grouping;
  filter: PaperFilter | null;
  paper: PaperSize;
}

export const DEFAULT_CHOICE: PaperChoice = { grouping: 'kind', filter: null, paper: 'A4' };

export interface PaperGroup {
  /** "一、主要经济指标（6项）", "区发改局（4项）". */
  title: string;
  items: ReportItem[];
  /** The group starts a new printed page (each kind of target is a table of its own). */
  newPage: boolean;
}

/** Statuses in the order a leader reads them: the lagging first. */
export const STATUS_ORDER: readonly PrintedStatus[] = ['滞后', '预警', '未填报', '正常', '已完成', '年度考核', '季度考核', '不适用'];

const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
export const NO_UNIT = '未明确牵头单位';
export const NO_LEADER = '未明确牵头领导';

export function isBehind(item: Pick<ReportItem, 'status'>): boolean {
  return item.status === '滞后' || item.status === '预警';
}

export function selectItems(items: readonly ReportItem[], filter: PaperFilter | null): ReportItem[] {
  if (filter === 'lagging') return items.filter(isBehind);
  if (filter === 'livelihood') return items.filter((i) => i.livelihood);
  return [...items];
}

/** 滞后 first, then 预警, then the rest, each in the decomposition's order. */
export function laggingFirst(items: readonly ReportItem[]): ReportItem[] {
  const rank = (i: ReportItem) => (i.status === '滞后' ? 0 : i.status === '预警' ? 1 : 2);
  return items
    .map((item, k) => ({ item, k }))
    .sort((a, b) => rank(a.item) - rank(b.item) || a.k - b.k)
    .map((x) => x.item);
}

export function paperGroups(report: MonthReport, choice: Pick<PaperChoice, 'grouping' | 'filter'>): PaperGroup[] {
  const items = selectItems(report.items, choice.filter);
  const count = (n: number) => `（${n}项）`;
  switch (choice.grouping) {
    case 'kind': {
      const groups = TABLE_KINDS.map((kind) => ({ kind, items: laggingFirst(items.filter((i) => i.kind === kind)) }));
      // Unfiltered, a kind the document has none of is left out; filtered, an empty kind says
      // so (the leader sees that no 底线 task lags, rather than wondering where they went).
      const shown = choice.filter === null ? groups.filter((g) => g.items.length > 0) : groups;
      return shown.map((g, i) => ({
        title: `${NUMERALS[i]}、${TABLE_KIND_WORDS[g.kind]}${count(g.items.length)}`,
        items: g.items,
        newPage: choice.filter === null && i > 0,
      }));
    }
    case 'unit':
    case 'leader': {
      const none = choice.grouping === 'unit' ? NO_UNIT : NO_LEADER;
      const keyOf = (i: ReportItem) => (choice.grouping === 'unit' ? i.unit : i.leader) ?? none;
      const groups = new Map<string, ReportItem[]>();
      for (const item of items) groups.set(keyOf(item), [...(groups.get(keyOf(item)) ?? []), item]);
      // In the order of their first item in the decomposition; the items without one last.
      const keys = [...groups.keys()].sort((a, b) => Number(a === none) - Number(b === none));
      return keys.map((k) => ({ title: `${k}${count(groups.get(k)!.length)}`, items: laggingFirst(groups.get(k)!), newPage: false }));
    }
    case 'status':
      return STATUS_ORDER.map((status) => ({ status, items: items.filter((i) => i.status === status) }))
        .filter((g) => g.items.length > 0)
        .map((g) => ({ title: `${g.status}${count(g.items.length)}`, items: g.items, newPage: false }));
  }
}

/** The categories of the summary line, in the order of a bulletin ("已完成 a 项、达到序时进度 b
 *  项、滞后 c 项、未报送 d 项"), each with the statuses it counts. */
export const SUMMARY_CATEGORIES: readonly { word: string; statuses: readonly PrintedStatus[]; always: boolean }[] = [
  { word: '已完成', statuses: ['已完成'], always: true },
  { word: '达到序时进度', statuses: ['正常'], always: true },
  { word: '预警', statuses: ['预警'], always: false },
  { word: '滞后', statuses: ['滞后'], always: true },
  { word: '未报送', statuses: ['未填报'], always: true },
  { word: '本月不考核', statuses: ['年度考核', '季度考核', '不适用'], always: false },
];

export interface SummaryCount {
  word: string;
  count: number;
  /** A fraction of the total. */
  share: number;
}

export interface StatusSummary {
  total: number;
  counts: SummaryCount[];
}

export function statusSummary(items: readonly Pick<ReportItem, 'status'>[]): StatusSummary {
  const total = items.length;
  const counts = SUMMARY_CATEGORIES.map((c) => {
    const count = items.filter((i) => c.statuses.includes(i.status)).length;
    return { word: c.word, count, share: total > 0 ? count / total : 0, always: c.always };
  })
    .filter((c) => c.always || c.count > 0)
    .map(({ always: _, ...c }) => c);
  return { total, counts };
}

/** "41.7%": a share as printed (the engine's rounding). */
export function shareText(share: number): string {
  return `${fixed1(share * 100)}%`;
}

/** "共263项：已完成12项（4.6%）、达到序时进度30项（11.4%）、滞后10项（3.8%）、未报送200项（76.0%）". */
export function summaryText(summary: StatusSummary): string {
  const parts = summary.counts.map((c) => `${c.word}${c.count}项（${shareText(c.share)}）`);
  return `共${summary.total}项：${parts.join('、')}`;
}

/** "1-6月", "1-2月", "1月". */
export function periodText(month: number, mergeJanFeb: boolean): string {
  if (month === 1 || (mergeJanFeb && month === 2)) return periodLabel(month, mergeJanFeb);
  return `1-${month}月`;
}

/** "2024年1-6月《政府工作报告》目标任务进展情况表", with the filter when there is one. */
export function paperTitle(report: Pick<MonthReport, 'year' | 'month' | 'mergeJanFeb'>, filter: PaperFilter | null): string {
  const base = `${report.year}年${periodText(report.month, report.mergeJanFeb)}《政府工作报告》目标任务进展情况表`;
  return filter ? `${base}（${FILTER_WORDS[filter]}）` : base;
}

/** "2024年6月30日": the last day of the reporting month. */
export function dataDateText(year: number, month: number): string {
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}年${month}月${last}日`;
}
