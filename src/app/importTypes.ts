/**
 * Types shared by the import use case (src/app/importTargets.ts) and the task pane.
 */
import type { ParseResult } from '../domain/model';
import type { ChangeCounts } from '../workbook/merge';

/** Where the clerk's decomposition comes from. */
export type ImportSource =
  | { kind: 'file'; name: string; bytes: Uint8Array }
  | { kind: 'text'; text: string; name?: string }
  | { kind: 'selection' };

/** What the clerk checks (and may correct) before anything is written. */
export interface ImportPreview {
  /** File name or "粘贴的文本" / "选中的区域 Sheet1!A1:F80". */
  sourceName: string;
  result: ParseResult;
  /** Keys (task seq or indicator id) of rows the parser is unsure of, with the reason. */
  uncertain: { ref: string; reason: string }[];
  /** The same target stated in several places, which the clerk kept once: the kept indicator and
   *  the statements left out (their lines), for the outcome to say. */
  merged?: { kept: string; dropped: { id: string; line: number }[] }[];
}

/** What a write changed, reported to the clerk after import or re-import. */
export interface ImportOutcome {
  tasks: ChangeCounts;
  indicators: ChangeCounts;
  /** Human-readable lines: "任务 12：责任单位 改为 …", "指标 5-1 已不在新通知中，保留（有填报数据）". */
  changes: string[];
  /** What was written, in the preview's words: quantified indicators and qualitative targets
   *  (both are rows of 指标). */
  written: { tasks: number; indicators: number; qualitative: number };
  /** The year the targets are for, as the document says it (null when it names none). */
  planYear: number | null;
}

/** Counts per sheet of what a write changed (declared in workbook/, where the merge computes them). */
export type { ChangeCounts } from '../workbook/merge';
