/**
 * The check (核对) a clerk runs before anyone sees a table: every rule over what the workbook holds
 * now, each finding with its explanation from the 核对 sheet, written back as the 核对 sheet (the
 * open findings, errors first, and kept explanations). A change typed into a closed month's figure
 * since it was closed is logged in 修改记录 on the way.
 *
 * `openCheckErrors` is what the progress view and the bulletin call to warn while errors are open:
 * it reads, never writes.
 */
import type { Finding } from '../../domain/findings';
import { periodLabel, reportingMonth } from '../../domain/progress/months';
import { runChecks } from '../../domain/reconcile/runChecks';
import type { CheckFinding } from '../../domain/reconcile/types';
import { changesSheetPlan } from '../../workbook/collect/changesSheet';
import { checkKey, checkSheetPlan, explanations, readCheckSheet, type CheckRow } from '../../workbook/collect/checkSheet';
import { CHANGES_SHEET, CHECK_SHEET, HISTORY_SHEET } from '../../workbook/collect/layout';
import type { SheetPlan } from '../../workbook/plan';
import { findingPlace } from '../../domain/findings';
import { CHECK_RULE_WORDS, describeFinding } from '../messages';
import { PROGRESS_INPUT_READ } from '../progress/progressInputs';
import type { SheetSnapshot, WorkbookStore } from '../port';
import { unloggedChanges } from '../history/closedChanges';
import { CHECK_INPUT_SHEETS, checkContextOf, checkInputOf } from './checkContext';

/** Every sheet a check reads, in one call. */
export const CHECK_SHEETS: readonly string[] = [...CHECK_INPUT_SHEETS, CHECK_SHEET, HISTORY_SHEET, CHANGES_SHEET];

export interface CheckedFinding extends CheckFinding {
  /** rule|id|month: what an explanation belongs to. */
  key: string;
  message: string;
  explanation: string;
}

export interface CheckReport {
  /** The month checked (1..12; with 1-2月 merged, 2 for the first period). */
  month: number;
  mergeJanFeb: boolean;
  /** Errors first, then warnings, each in the checks' order. */
  findings: CheckedFinding[];
  errors: number;
  warnings: number;
  /** Warnings without an explanation yet. */
  unexplained: number;
}

function placeOf(f: Finding): string {
  return findingPlace(f) ?? (f.file ? `《${f.file}》${f.row ? `第${f.row}行` : ''}` : '');
}

/** The check over snapshots, with the explanations of the 核对 sheet (`extra` laid over them). */
export function checkReportOf(snaps: readonly SheetSnapshot[], month?: number, extra: ReadonlyMap<string, string> = new Map()): CheckReport {
  const context = checkContextOf(snaps);
  const input = checkInputOf(context, month);
  const merged = context.rules.mergeJanFeb;
  const explained = new Map([...explanations(readCheckSheet(snaps.find((s) => s.name === CHECK_SHEET))), ...extra]);
  const found = runChecks(input).map((f): CheckedFinding => ({ ...f, key: checkKey(f), message: describeFinding(f), explanation: explained.get(checkKey(f)) ?? '' }));
  const findings = [...found.filter((f) => f.severity === 'error'), ...found.filter((f) => f.severity !== 'error')];
  return {
    month: reportingMonth(input.month, merged),
    mergeJanFeb: merged,
    findings,
    errors: findings.filter((f) => f.severity === 'error').length,
    warnings: findings.filter((f) => f.severity === 'warning').length,
    unexplained: findings.filter((f) => f.severity === 'warning' && f.explanation === '').length,
  };
}

function rowOf(f: CheckedFinding): CheckRow {
  return {
    severity: f.severity === 'error' ? 'error' : 'warning',
    ruleWord: CHECK_RULE_WORDS[f.rule],
    rule: f.rule,
    id: f.id,
    name: f.name ?? '',
    month: f.month,
    owner: f.owner ?? '',
    place: placeOf(f),
    message: f.message,
    explanation: f.explanation,
    state: f.severity === 'error' ? 'fix' : f.explanation === '' ? 'explain' : 'explained',
  };
}

export interface CheckOptions {
  month?: number;
  /** "2024-07-05 09:30": when (a change found in a closed month is logged with it). */
  now: string;
  /** An explanation the clerk wrote in the pane: laid over the sheet's. */
  explain?: { key: string; text: string };
}

export interface CheckRun extends CheckReport {
  /** Changes to closed months found and logged in 修改记录. */
  logged: number;
}

export async function runCheck(store: WorkbookStore, options: CheckOptions, onProgress?: (m: string) => void): Promise<CheckRun> {
  const snaps = await store.readSheets(CHECK_SHEETS, PROGRESS_INPUT_READ);
  const extra = new Map(options.explain ? [[options.explain.key, options.explain.text]] : []);
  const report = checkReportOf(snaps, options.month, extra);
  const existing = snaps.find((s) => s.name === CHECK_SHEET);
  const current = new Set(report.findings.map((f) => f.key));
  // An explanation whose finding went away stays, marked 已消除 (with a new text, updated).
  const kept = readCheckSheet(existing)
    .filter((r) => !current.has(checkKey(r)) && (r.explanation !== '' || extra.has(checkKey(r))))
    .map((r): CheckRow => ({ ...r, explanation: extra.get(checkKey(r)) ?? r.explanation, state: 'gone' }));
  const seenKept = new Set<string>();
  const keptOnce = kept.filter((r) => !seenKept.has(checkKey(r)) && seenKept.add(checkKey(r)));
  const title = `${periodLabel(report.month, report.mergeJanFeb)}数据核对（错误${report.errors}处，警告${report.warnings}处）`;
  const sheets: SheetPlan[] = [checkSheetPlan(existing, [...report.findings.map(rowOf), ...keptOnce], title)];
  const changes = unloggedChanges(snaps, options.now);
  if (changes.length > 0) sheets.push(changesSheetPlan(snaps.find((s) => s.name === CHANGES_SHEET), changes));
  await store.apply({ sheets }, onProgress);
  return { ...report, logged: changes.length };
}

/**
 * The errors open now (read only): the progress view and the bulletin warn while there are any.
 * A missing figure is left out unless asked for: the table already shows its item as 未填报, and
 * the bulletin lists who has not reported (reportingStatusOf); the warning is about figures that
 * are there and wrong.
 */
export function openCheckErrorsOf(snaps: readonly SheetSnapshot[], month?: number, options: { includeMissing?: boolean } = {}): CheckedFinding[] {
  return checkReportOf(snaps, month).findings.filter((f) => f.severity === 'error' && (options.includeMissing === true || f.rule !== 'missing'));
}

export async function openCheckErrors(store: WorkbookStore, month?: number, options: { includeMissing?: boolean } = {}): Promise<CheckedFinding[]> {
  return openCheckErrorsOf(await store.readSheets(CHECK_SHEETS, PROGRESS_INPUT_READ), month, options);
}

/** The check as it stands (read only: nothing is written). */
export async function loadCheckReport(store: WorkbookStore, month?: number): Promise<CheckReport> {
  return checkReportOf(await store.readSheets(CHECK_SHEETS, PROGRESS_INPUT_READ), month);
}
