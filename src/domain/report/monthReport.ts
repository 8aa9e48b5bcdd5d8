/**
 * The month's report for the leaders' paper and the bulletin: the engine's judgement of every
 * item (computeProgress, the same as the 进度 sheet and the task pane) joined with what a leader
 * reads beside it: the decomposition's 序号, the target as the document states it, the leading
 * official and unit, the 民生实事 mark and the clerk's notes. Pure data; the print sheets
 * (src/workbook/print/) and the bulletin (src/domain/bulletin/) are both made from it, so they
 * cannot disagree with each other or with the engine.
 */
import type { Task } from '../model';
import { computeProgress, type ProgressInput } from '../progress/evaluate';
import { methodOf, type Method } from '../progress/method';
import { reportingMonth } from '../progress/months';
import type { Frequency, ItemProgress, ProgressRules, ProgressStatus, RulePresetName } from '../progress/types';

/** The kinds of target a paper is split by (宣城's 附件1-3, and the 底线 tasks). */
export type TableKind = 'economic' | 'quantified' | 'milestone' | 'bottomline';
export const TABLE_KINDS: readonly TableKind[] = ['economic', 'quantified', 'milestone', 'bottomline'];
export const TABLE_KIND_WORDS: Record<TableKind, string> = {
  economic: '主要经济指标',
  quantified: '量化指标',
  milestone: '重点项目和节点任务',
  bottomline: '底线任务',
};

/** The status as printed: the engine's word, except that an item not judged this month says why
 *  (an indicator with only a year-end figure is 年度考核, not 不适用). */
export type PrintedStatus = ProgressStatus | '年度考核' | '季度考核';

export interface ReportItem {
  /** The engine's judgement, as the 进度 sheet shows it. */
  progress: ItemProgress;
  /** 序号 of the task in the decomposition ("第12项"); null for a target outside it (an action
   *  plan's, a report sentence's). */
  seq: string | null;
  /** What the leader reads in 指标/任务: the indicator's name, or a qualitative target as the
   *  document states it ("不发生较大及以上安全生产事故"). */
  statement: string;
  /** Upper bound of a range target (1-2家). */
  max: number | null;
  /** Lower figures are better (a decline: "下降3%"; a ceiling). */
  lowerIsBetter: boolean;
  /** How the engine judged it: 完成率 (an amount against 序时进度), 差距 (a rate against its
   *  target), 上限, 区间, 底线, 相对, 节点, 无目标. */
  method: Method;
  /** The figure is out of scale with its target or the month before (a probable 万元/亿元
   *  slip, the engine's unitSlip): 预警 with no completion claimed, and the paper shows it as a
   *  figure to check, never as "完成500000%". */
  suspect: boolean;
  frequency: Frequency;
  /** A milestone's deadline month. */
  dueMonth: number | null;
  kind: TableKind;
  status: PrintedStatus;
  leader: string | null;
  unit: string | null;
  livelihood: boolean;
  /** 进展情况 (月度填报's 进展说明), 存在问题 and 下步措施 as the clerk wrote them ("" where not). */
  note: string;
  problems: string;
  measures: string;
}

export interface MonthReport {
  year: number;
  /** The reporting month as judged, 1..12 (with 1-2月 merged, January reads as 2). */
  month: number;
  mergeJanFeb: boolean;
  /** The rules judged by (规则's chosen column). */
  preset: RulePresetName;
  /** 序时进度 of the month: months elapsed / 12. */
  timeProgress: number;
  /** In the decomposition's order: by task, then by the line of the document. */
  items: ReportItem[];
}

export interface ItemDetails {
  /** The document's words for the target. */
  quote: string;
  /** 民生实事: the indicator's flag (a qualitative item takes its task's). */
  livelihood: boolean;
  /** Line in the document, for the order within a task. */
  line: number;
}

export interface MonthReportSource {
  inputs: readonly ProgressInput[];
  rules: ProgressRules;
  /** Reporting month 1..12. */
  month: number;
  year: number;
  tasks: readonly Task[];
  details: ReadonlyMap<string, ItemDetails>;
  /** 存在问题 and 下步措施 by item, where the clerk wrote them. */
  clerkNotes?: ReadonlyMap<string, { problems: string; measures: string }>;
}

export function monthReport(source: MonthReportSource): MonthReport {
  const { rules } = source;
  const progress = computeProgress([...source.inputs], rules, source.month);
  const taskBySeq = new Map(source.tasks.map((t, i) => [t.seq, { task: t, index: i }]));
  const items = source.inputs.map((input, k): ReportItem & { sortKey: [number, number, number] } => {
    const p = progress.items[k];
    const d = source.details.get(p.id);
    const t = p.task !== null ? taskBySeq.get(p.task) : undefined;
    const qualitative = p.kind === 'milestone' || p.kind === 'bottomline' || p.kind === 'relative';
    const notes = source.clerkNotes?.get(p.id);
    return {
      progress: p,
      seq: p.task,
      statement: qualitative && d?.quote ? d.quote.trim() : p.name,
      max: input.item.max,
      lowerIsBetter: input.settings.lowerIsBetter,
      method: methodOf(input.item, input.settings),
      suspect: p.unitSlip,
      frequency: input.settings.frequency,
      dueMonth: p.kind === 'milestone' ? (input.settings.dueMonth ?? 12) : null,
      kind: kindOf(p),
      status: printedStatus(p, input.settings.frequency),
      leader: t?.task.leadLeader ?? null,
      unit: t?.task.leadUnit ?? null,
      livelihood: (d?.livelihood ?? false) || (t?.task.livelihood ?? false),
      note: input.settings.note.trim(),
      problems: notes?.problems.trim() ?? '',
      measures: notes?.measures.trim() ?? '',
      // Tasks in the decomposition's order, then targets outside it; within, the document's.
      sortKey: [t ? t.index : Number.MAX_SAFE_INTEGER, d?.line ?? 0, k],
    };
  });
  items.sort((a, b) => a.sortKey[0] - b.sortKey[0] || a.sortKey[1] - b.sortKey[1] || a.sortKey[2] - b.sortKey[2]);
  return {
    year: source.year,
    month: reportingMonth(source.month, rules.mergeJanFeb),
    mergeJanFeb: rules.mergeJanFeb,
    preset: rules.preset,
    timeProgress: progress.timeProgress,
    items: items.map(({ sortKey: _, ...item }) => item),
  };
}

/** Growth rates and targets set against another figure are the 主要经济指标; amounts, counts and
 *  levels the 量化指标; then milestones and bottom lines. */
export function kindOf(p: Pick<ItemProgress, 'kind'>): TableKind {
  switch (p.kind) {
    case 'growth':
    case 'relative':
      return 'economic';
    case 'level':
      return 'quantified';
    case 'milestone':
      return 'milestone';
    case 'bottomline':
      return 'bottomline';
  }
}

export function printedStatus(p: Pick<ItemProgress, 'status' | 'month'>, frequency: Frequency): PrintedStatus {
  if (p.status === '不适用' && p.month === 0 && frequency === 'yearly') return '年度考核';
  if (p.status === '不适用' && p.month === 0 && frequency === 'quarterly') return '季度考核';
  return p.status;
}
