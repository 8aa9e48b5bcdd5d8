/**
 * The 进度 view with the number of check errors open on the month's figures, from one read of the
 * workbook: the view warns while a figure is in words, in the wrong unit, falling… (a missing
 * figure is the view's 未填报 already).
 */
import { progressViewOf, PROGRESS_VIEW_SHEETS } from '../progressView/loadProgressView';
import type { ProgressView } from '../progressView/progressViewTypes';
import type { WorkbookStore } from '../port';
import { PROGRESS_INPUT_READ } from '../progress/progressInputs';
import { CHECK_SHEETS, openCheckErrorsOf } from './runCheck';

export async function loadProgressViewWithChecks(store: WorkbookStore, month?: number): Promise<ProgressView> {
  const snaps = await store.readSheets([...new Set([...PROGRESS_VIEW_SHEETS, ...CHECK_SHEETS])], PROGRESS_INPUT_READ);
  const view = progressViewOf(snaps, month);
  return view.kind === 'ready' ? { ...view, openCheckErrors: openCheckErrorsOf(snaps, view.month).length } : view;
}
