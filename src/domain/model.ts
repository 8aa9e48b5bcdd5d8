/**
 * The domain model of target-monitor: what a decomposition notice or a work report says, as data.
 * Pure TypeScript: nothing here knows about Excel, React or Node.
 *
 * The JSON printed by `npm run -s cli -- parse <file>` is exactly {tasks, indicators, qualitative}
 * of ParseResult with the fields below, in this order (the CLI contract of issue 2).
 */

/** How the stated figure is to be met: 以上/不低于/突破 `>=`, 以内/控制在 `<=`, 左右/约 `~`, none `=`. */
export type Cmp = '>=' | '<=' | '~' | '=';

/** growth: a rate of change (增长7.5%, 下降3%, 提高2个百分点); level: an amount, count or rate level. */
export type IndicatorKind = 'growth' | 'level';

/** Checkable targets without a figure. */
export type QualitativeType = 'bottomline' | 'relative' | 'milestone';

/** One numbered row of a decomposition (目标任务分解) table. */
export interface Task {
  /** 序号 as written, e.g. "1", "48". Unique within one parse (the workbook key of a task). */
  seq: string;
  /** The task text (目标任务/工作任务/重点任务), whitespace-normalised. */
  text: string;
  /** 牵头领导 (names normalised: "彭  伟" → "彭伟"), null when the cell is empty. */
  leadLeader: string | null;
  /** 牵头单位; when only 责任单位 is given, the first unit listed. */
  leadUnit: string | null;
  /** 责任单位/配合单位, each unit once, in document order. */
  units: string[];
  /** 责任人 (all sub-columns), names normalised. */
  owners: string[];
  /** 完成时限 as written, when the table has the column and the cell is filled. */
  deadline: string | null;
  /** 民生实事: marked by a note such as "第48、49…项为区级民生实事" or a column. */
  livelihood: boolean;
  /** 1-based line of the input text where the row starts, or the table row for a grid source. */
  line: number;
}

/** One quantified target. */
export interface Indicator {
  /** Stable workbook key: the same for the same input every time ("5-1" = first of task 5). */
  id: string;
  /** 序号 of the task it belongs to, or null for a report sentence. */
  task: string | null;
  line: number;
  /** The exact words of the document that state the target, e.g. "新增城镇就业5600人以上". */
  quote: string;
  /** What is measured, e.g. "新增城镇就业", "地区生产总值". */
  name: string;
  kind: IndicatorKind;
  /** The stated figure (lower bound of a range). */
  target: number;
  /** Upper bound of a range such as 1-2家, else null. */
  max: number | null;
  /** Unit as written: "%", "个百分点", "亿元", "人", "家" … ("" when none). */
  unit: string;
  cmp: Cmp;
  livelihood: boolean;
}

/** A checkable target without a figure: 不发生… (bottomline), 与…同步 (relative), 完成/建成… (milestone). */
export interface Qualitative {
  task: string | null;
  line: number;
  quote: string;
  name: string;
  type: QualitativeType;
}

/** Something the clerk should look at: an uncertain row, a skipped table, a bad cell. */
export interface Diagnostic {
  level: 'error' | 'warning' | 'info';
  /** Chinese message that says what is wrong and where. */
  message: string;
  line?: number;
  /** Key of the task or indicator concerned, when there is one. */
  ref?: string;
}

export interface ParseResult {
  tasks: Task[];
  indicators: Indicator[];
  qualitative: Qualitative[];
  diagnostics: Diagnostic[];
  /** The year the targets are for (年度), as the document says it; null when it names none.
   *  Not part of the `parse` JSON. */
  planYear?: number | null;
}
