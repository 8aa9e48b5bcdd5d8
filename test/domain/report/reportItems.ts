/** Report items built by a test: what the engine and the workbook would give, field by field. */
import type { ItemProgress } from '../../../src/domain/progress/types';
import { kindOf, type MonthReport, type ReportItem } from '../../../src/domain/report/monthReport';

export function reportItem(id: string, over: Partial<Omit<ReportItem, 'progress'>> & { progress?: Partial<ItemProgress> } = {}): ReportItem {
  const { progress: p = {}, ...rest } = over;
  const progress: ItemProgress = {
    id,
    task: rest.seq === undefined ? id.split('-')[0] : rest.seq,
    name: `指标${id}`,
    kind: 'level',
    cmp: '>=',
    target: 100,
    unit: '个',
    actual: 40,
    month: 6,
    timeProgress: 0.5,
    completion: 0.4,
    gap: -10,
    margin: null,
    status: '滞后',
    reason: '累计完成40.0%，低于序时进度50.0%共10.0个百分点',
    unitSlip: false,
    ...p,
  };
  return {
    progress,
    seq: progress.task,
    statement: progress.name,
    max: null,
    lowerIsBetter: false,
    method: '完成率',
    suspect: p.unitSlip ?? false,
    frequency: 'monthly',
    dueMonth: null,
    kind: kindOf(progress),
    status: progress.status,
    leader: '张三',
    unit: '区发改局',
    livelihood: false,
    note: '',
    problems: '',
    measures: '',
    ...rest,
  };
}

export function report(items: ReportItem[], over: Partial<MonthReport> = {}): MonthReport {
  return { year: 2024, month: 6, mergeJanFeb: true, preset: '宣城', timeProgress: 0.5, items, ...over };
}
