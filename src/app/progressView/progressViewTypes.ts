/**
 * What the task pane's 进度 view shows: plain data, built by loadProgressView.ts from one read
 * of the workbook. The view renders it and never computes anything itself.
 */
import type { ItemKind, ProgressStatus } from '../../domain/progress/types';

/** One row of the lagging list. */
export interface LaggingItem {
  id: string;
  name: string;
  status: ProgressStatus;
  reason: string;
  kind: ItemKind;
  /** A1 range of the item's row in 进度 (visible columns), null when 进度 has no row for it
   *  (not built yet, or built before the item was imported). */
  address: string | null;
}

/** The items of one lead unit (牵头单位), in 进度 order. */
export interface UnitGroup {
  /** The 牵头单位, or UNASSIGNED_UNIT when the item has no task or the task no lead unit. */
  unit: string;
  items: LaggingItem[];
}

/** A message that names a cell: "月度填报!F7" + what is wrong there. */
export interface CellMessage {
  sheet: string;
  /** "F7"; the cell to select for click-through. */
  cell: string;
  /** The whole Chinese message, cell included, as the engine wrote it. */
  message: string;
}

export type ProgressView =
  | { kind: 'no-indicators' }
  | {
      kind: 'ready';
      /** Reporting month 1..12 as judged (with 1-2月 merged, January reads as 2). */
      month: number;
      /** 年度 of 月度填报 (the titles' year), null where none is set yet. */
      year: number | null;
      /** 1-2月 reported as one period: the month choice then has no separate 1月. */
      mergeJanFeb: boolean;
      /** Months elapsed / 12, a fraction. */
      timeProgress: number;
      /** Items by status, every one of STATUSES present (0 when none). */
      counts: Record<ProgressStatus, number>;
      total: number;
      /** 滞后 items, then 预警, each grouped by lead unit. */
      lagging: UnitGroup[];
      warning: UnitGroup[];
      /** 未填报 items, grouped by lead unit. */
      missing: UnitGroup[];
      /** Text typed in a figure cell of 月度填报 (never taken as zero). */
      figureErrors: CellMessage[];
      /** Other messages of the read (bad settings, bad 规则 or 指标 cells). */
      otherErrors: string[];
      /** Whether the 进度 sheet exists (false until 生成进度表 is first run). */
      hasProgressSheet: boolean;
      /** Items judged on a figure or a status this month (not 未填报, not 不适用): with none, the
       *  view shows what to do next rather than an empty lagging list. */
      reported: number;
      /** Whether 月度填报 exists. */
      hasFiguresSheet: boolean;
      /** Check errors open on the figures (src/app/check/runCheck.ts openCheckErrorsOf), when
       *  counted: the view warns while there are any. */
      openCheckErrors?: number;
    };

export const UNASSIGNED_UNIT = '未分配牵头单位';
