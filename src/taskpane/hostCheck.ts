/**
 * Which screen the task pane shows before the app itself starts. Pure, so every branch is unit
 * tested without Office.js; index.tsx feeds it what it observes.
 */

export type HostScreen =
  | { kind: 'no-office' }
  | { kind: 'no-host' }
  | { kind: 'wrong-host'; host: string }
  | { kind: 'too-old' }
  | { kind: 'app' };

/** The minimum the add-in calls without a run-time check (see README: page layout, print titles). */
export const REQUIRED_SET = { name: 'ExcelApi', version: '1.9' } as const;

/** Before Office.onReady: Office.js did not load at all (offline CDN, blocked intranet). */
export function screenBeforeReady(officeDefined: boolean): { kind: 'no-office' } | null {
  return officeDefined ? null : { kind: 'no-office' };
}

/**
 * After Office.onReady. `host` is what onReady reports: a string such as "Excel" at run time
 * (typed as a numeric enum in @types/office-js, hence unknown here), null in a plain browser.
 */
export function screenAfterReady(
  host: unknown,
  isSetSupported: (name: string, version: string) => boolean,
): HostScreen {
  if (host === null || host === undefined || host === '') return { kind: 'no-host' };
  if (String(host) !== 'Excel') return { kind: 'wrong-host', host: String(host) };
  return isSetSupported(REQUIRED_SET.name, REQUIRED_SET.version) ? { kind: 'app' } : { kind: 'too-old' };
}
