/**
 * The words the workbook speaks: sheet and table names, column headers, and the Chinese words for
 * an indicator's kind, comparison and import status. Plans write these words and readers parse
 * them back, so both sides import them from here and can never drift apart.
 */
import type { Cmp, IndicatorKind, QualitativeType } from '../domain/model';

export const TASKS_SHEET = '目标任务';
export const TASKS_TABLE = '目标任务表';
export const INDICATORS_SHEET = '指标';
export const INDICATORS_TABLE = '指标表';

/** Headers of 目标任务, in sheet order. */
export const TASK_HEADERS = {
  seq: '序号',
  text: '目标任务',
  leadLeader: '牵头领导',
  leadUnit: '牵头单位',
  units: '责任单位',
  owners: '责任人',
  deadline: '完成时限',
  livelihood: '民生实事',
  line: '来源行',
  status: '导入状态',
} as const;

/** Headers of 指标, in sheet order. */
export const INDICATOR_HEADERS = {
  id: '指标ID',
  task: '任务序号',
  name: '指标名称',
  kind: '类型',
  cmp: '比较',
  target: '目标值',
  max: '上限',
  unit: '单位',
  livelihood: '民生实事',
  quote: '原文',
  line: '来源行',
  status: '导入状态',
} as const;

/** 类型 column: the two quantified kinds and the three qualitative types share one column. */
export type RowType = IndicatorKind | QualitativeType;

export const TYPE_WORDS: Record<RowType, string> = {
  growth: '增长',
  level: '水平',
  bottomline: '底线',
  relative: '相对',
  milestone: '节点',
};

export const CMP_WORDS: Record<Cmp, string> = {
  '>=': '以上',
  '<=': '以内',
  '~': '左右',
  '=': '等于',
};

/** 民生实事 column: "是" or empty. */
export const YES = '是';

/** Lists (责任单位, 责任人) are joined with the enumeration comma a clerk would type. */
export const LIST_SEPARATOR = '、';
/** What a reader accepts between list items: the clerk may have typed any of these. */
export const LIST_SPLIT = /[、,，;；\n]+/;

/** 导入状态 column. */
export const STATUS_WORDS = {
  added: '新增',
  updated: '已更新',
  unchanged: '未变',
  kept: '新通知中已无此项',
} as const;

/** Reverse lookups for readers. */
export function typeFromWord(word: string): RowType | undefined {
  return (Object.keys(TYPE_WORDS) as RowType[]).find((k) => TYPE_WORDS[k] === word);
}

export function cmpFromWord(word: string): Cmp | undefined {
  return (Object.keys(CMP_WORDS) as Cmp[]).find((k) => CMP_WORDS[k] === word);
}

export function isQualitativeType(t: RowType): t is QualitativeType {
  return t === 'bottomline' || t === 'relative' || t === 'milestone';
}
