/**
 * The clerk's corrections to a preview before it is written. Pure functions returning a new
 * preview, so the object handed to writeImport is exactly what the clerk saw on screen.
 */
import type { Indicator, Task } from '../domain/model';
import type { ImportPreview } from '../app/importTypes';
import type { DuplicateGroup } from '../domain/duplicates';

export type IndicatorPatch = Partial<Pick<Indicator, 'name' | 'target' | 'max' | 'unit' | 'cmp' | 'kind'>>;

export function updateIndicator(preview: ImportPreview, id: string, patch: IndicatorPatch): ImportPreview {
  return {
    ...preview,
    result: {
      ...preview.result,
      indicators: preview.result.indicators.map((ind) => (ind.id === id ? { ...ind, ...patch } : ind)),
    },
  };
}

/** A wrongly extracted indicator leaves the preview (and its "uncertain" mark with it). */
export function removeIndicator(preview: ImportPreview, id: string): ImportPreview {
  return {
    ...preview,
    result: {
      ...preview.result,
      indicators: preview.result.indicators.filter((ind) => ind.id !== id),
    },
    uncertain: preview.uncertain.filter((u) => u.ref !== id),
  };
}

/** Keeps one statement of a target stated in several places; the others are left out, and the
 *  outcome will say so. */
export function mergeDuplicate(preview: ImportPreview, group: DuplicateGroup): ImportPreview {
  const dropped = new Set(group.others.map((o) => o.id));
  return {
    ...preview,
    result: { ...preview.result, indicators: preview.result.indicators.filter((ind) => !dropped.has(ind.id)) },
    uncertain: preview.uncertain.filter((u) => !dropped.has(u.ref)),
    merged: [...(preview.merged ?? []), { kept: group.first.id, dropped: group.others.map((o) => ({ id: o.id, line: o.line })) }],
  };
}

export function updateTaskLeadUnit(preview: ImportPreview, seq: string, leadUnit: string): ImportPreview {
  const trimmed = leadUnit.trim();
  return {
    ...preview,
    result: {
      ...preview.result,
      tasks: preview.result.tasks.map((t): Task => (t.seq === seq ? { ...t, leadUnit: trimmed === '' ? null : trimmed } : t)),
    },
  };
}

export interface PreviewCounts {
  tasks: number;
  indicators: number;
  qualitative: number;
  uncertain: number;
}

/** `checked`: refs the clerk has already corrected; they no longer count as needing a look. */
export function previewCounts(preview: ImportPreview, checked: ReadonlySet<string> = new Set()): PreviewCounts {
  return {
    tasks: preview.result.tasks.length,
    indicators: preview.result.indicators.length,
    qualitative: preview.result.qualitative.length,
    uncertain: preview.uncertain.filter((u) => !checked.has(u.ref)).length,
  };
}

/**
 * A figure typed by the clerk: accepts full-width digits (１２．５), thousands separators
 * ("5,600", "5，600") and surrounding spaces; anything else is refused (null), never taken as 0.
 */
export function parseFigure(text: string): number | null {
  const halfWidth = text
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[．。]/g, '.')
    .replace(/[－—]/g, '-')
    .replace(/[,，\s]/g, '');
  if (!/^-?(\d+(\.\d*)?|\.\d+)$/.test(halfWidth)) return null;
  const value = Number(halfWidth);
  return Number.isFinite(value) ? value : null;
}

/** Groups indicators and qualitative targets under their task; those without a task come last. */
export interface TaskGroup {
  task: Task | null;
  indicators: Indicator[];
  qualitative: ImportPreview['result']['qualitative'];
}

export function groupByTask(preview: ImportPreview): TaskGroup[] {
  const { tasks, indicators, qualitative } = preview.result;
  const known = new Set(tasks.map((t) => t.seq));
  const groups: TaskGroup[] = tasks.map((task) => ({
    task,
    indicators: indicators.filter((i) => i.task === task.seq),
    qualitative: qualitative.filter((q) => q.task === task.seq),
  }));
  // Report sentences (task null) and, defensively, indicators pointing at an unknown 序号.
  const loose: TaskGroup = {
    task: null,
    indicators: indicators.filter((i) => i.task === null || !known.has(i.task)),
    qualitative: qualitative.filter((q) => q.task === null || !known.has(q.task)),
  };
  if (loose.indicators.length > 0 || loose.qualitative.length > 0) groups.push(loose);
  return groups;
}
