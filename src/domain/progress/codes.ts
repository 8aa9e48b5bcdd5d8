/**
 * Small integers the compiled engine (compiled.ts) works in instead of strings: a status is an
 * index into STATUSES, a method and a "why" (the branch that decided, from which the reason
 * sentence is written on demand) are codes below. Plain numbers, not enums, so the judging loop
 * compares small integers only.
 */
import { STATUSES, type ProgressStatus } from './types';

/** Figures are stored 13 to an item: index 1..12 are the months, index 0 is unused (as FigureRow). */
export const STRIDE = 13;

/** Index into STATUSES: 已完成 正常 预警 滞后 未填报 不适用. */
export const DONE = 0;
export const ON_TRACK = 1;
export const WARNING = 2;
export const LAGGING = 3;
export const MISSING = 4;
export const NOT_APPLICABLE = 5;

export function statusWord(code: number): ProgressStatus {
  return STATUSES[code];
}

/** The Method of method.ts, as a code. */
export const M_COMPLETION = 0; // 完成率
export const M_GAP = 1; // 差距
export const M_CEILING = 2; // 上限
export const M_BAND = 3; // 区间
export const M_BOTTOM_LINE = 4; // 底线
export const M_RELATIVE = 5; // 相对
export const M_MILESTONE = 6; // 节点
export const M_NO_TARGET = 7; // 无目标

/** Which branch of the judgement decided: one reason sentence each (reasons.ts). */
export const W_NO_TARGET = 1;
export const W_YEARLY_NOT_DUE = 2;
export const W_QUARTER_NOT_DUE = 3;
export const W_NO_COMPARE = 4;
export const W_TEXT_FIGURE = 5;
export const W_MISSED_IN_A_ROW = 6;
export const W_NOT_REPORTED = 7;
export const W_COMPLETION_DONE = 8;
export const W_COMPLETION_AHEAD = 9;
export const W_COMPLETION_BEHIND = 10;
export const W_GAP_MET = 11;
export const W_GAP_SHORT = 12;
export const W_CEILING_OVER = 13;
export const W_CEILING_OK = 14;
export const W_BAND_BELOW = 15;
export const W_BAND_ABOVE = 16;
export const W_BAND_IN = 17;
export const W_BOTTOM_LINE_HIT = 18;
export const W_BOTTOM_LINE_OK = 19;
export const W_COMPARE_UNKNOWN = 20;
export const W_COMPARE_NOT_REPORTED = 21;
export const W_COMPARE_MET = 22;
export const W_COMPARE_SHORT = 23;
export const W_MILESTONE_DONE = 24;
export const W_MILESTONE_UNSET = 25;
export const W_MILESTONE_OVERDUE = 26;
export const W_MILESTONE_DUE_NOW = 27;
export const W_MILESTONE_NOT_STARTED = 28;
export const W_MILESTONE_ON_TRACK = 29;
/** Added to a why code when a probable 万元/亿元 slip turned the status into 预警. */
export const W_UNIT_SLIP = 64;

/** Frequency codes. */
export const F_MONTHLY = 0;
export const F_QUARTERLY = 1;
export const F_YEARLY = 2;
/** A frequency word the sheet does not offer: judged every month, without the monthly checks. */
export const F_OTHER = 3;

/** 比较对象 of a relative target. */
export const C_NONE = 0;
export const C_VALUE = 1;
export const C_ITEM = 2;
export const C_UNKNOWN = 3;

/** Milestone 推进状态 codes (0 = not chosen). */
export const MS_UNSET = 0;
export const MS_NOT_STARTED = 1;
export const MS_UNDER_WAY = 2;
export const MS_DONE = 3;
