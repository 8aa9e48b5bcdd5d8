/**
 * The 核对 view's state: the check as it stands (read on opening, nothing written), a run that
 * writes the 核对 sheet, a warning's explanation, the escalation due and the closed months, an
 * item's trend, and closing the month.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { loadCheckReport, runCheck, type CheckReport } from '../app/check/runCheck';
import { closeMonth, loadItemTrend, loadMonthsView, type ItemTrend, type MonthsView } from '../app/history/monthHistory';
import type { WorkbookHost } from '../app/port';
import { NoIndicatorsError } from '../app/progress/progressInputs';
import { timestamp } from '../domain/collect/timestamp';
import { periodLabel } from '../domain/progress/months';
import { collectStrings } from './collectStrings';
import { strings } from './strings';

export interface CheckController {
  report: CheckReport | null;
  months: MonthsView | null;
  noIndicators: boolean;
  working: string | null;
  outcome: string | null;
  error: string | null;
  /** The close waits for "仍然关闭": errors are open. */
  closeBlocked: number | null;
  trend: ItemTrend | null;
  setMonth(month: number): Promise<void>;
  run(): Promise<void>;
  explain(key: string, text: string): Promise<void>;
  close(force: boolean): Promise<void>;
  showTrend(id: string): Promise<void>;
  select(sheet: string, cell: string): Promise<void>;
  dismissError(): void;
}

/** The check as it stands and the months around it (read only). */
async function fetchCheck(port: WorkbookHost, month?: number): Promise<{ report: CheckReport; months: MonthsView }> {
  const report = await loadCheckReport(port, month);
  return { report, months: await loadMonthsView(port, report.month) };
}

const message = (err: unknown) => (err instanceof Error && err.message.trim() !== '' ? err.message : strings.errors.unknown);

export function useCheck(port: WorkbookHost, clerk: string): CheckController {
  const [report, setReport] = useState<CheckReport | null>(null);
  const [months, setMonths] = useState<MonthsView | null>(null);
  const [noIndicators, setNoIndicators] = useState(false);
  const [working, setWorking] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [closeBlocked, setCloseBlocked] = useState<number | null>(null);
  const [trend, setTrend] = useState<ItemTrend | null>(null);
  const mounted = useRef(true);

  const show = useCallback((next: { report: CheckReport; months: MonthsView }) => {
    if (!mounted.current) return;
    setReport(next.report);
    setMonths(next.months);
  }, []);
  const fail = useCallback((err: unknown) => {
    if (!mounted.current) return;
    if (err instanceof NoIndicatorsError) setNoIndicators(true);
    else setError(message(err));
  }, []);
  const load = useCallback((month?: number) => fetchCheck(port, month).then(show, fail), [port, show, fail]);

  useEffect(() => {
    mounted.current = true;
    fetchCheck(port).then(show, fail);
    return () => {
      mounted.current = false;
    };
  }, [port, show, fail]);

  const step = useCallback(async (label: string, work: () => Promise<void>) => {
    setError(null);
    setOutcome(null);
    setWorking(label);
    try {
      await work();
    } catch (err) {
      if (mounted.current) setError(message(err));
    } finally {
      if (mounted.current) setWorking(null);
    }
  }, []);

  const month = report?.month;
  const who = clerk.trim() === '' ? collectStrings.clerk.unknown : clerk.trim();

  return {
    report,
    months,
    noIndicators,
    working,
    outcome,
    error,
    closeBlocked,
    trend,
    setMonth: (m) => load(m),
    run: () =>
      step(collectStrings.check.running, async () => {
        const done = await runCheck(port, { month, now: timestamp(new Date()) });
        if (!mounted.current) return;
        setReport(done);
        setOutcome(collectStrings.check.ran(done.errors, done.warnings, done.logged));
      }),
    explain: (key, text) =>
      step(collectStrings.check.running, async () => {
        const done = await runCheck(port, { month, now: timestamp(new Date()), explain: { key, text } });
        if (mounted.current) setReport(done);
      }),
    close: (force) =>
      step(collectStrings.check.running, async () => {
        if (month === undefined || !report) return;
        const label = periodLabel(month, report.mergeJanFeb);
        const done = await closeMonth(port, { month, now: timestamp(new Date()), who, force });
        if (!mounted.current) return;
        if (done.done) {
          setCloseBlocked(null);
          setOutcome(collectStrings.check.closed(label, done.items));
          setMonths(await loadMonthsView(port, month));
        } else if (done.reason === 'open-errors') setCloseBlocked(done.errors);
        else setOutcome(collectStrings.check.alreadyClosed(label));
      }),
    showTrend: async (id) => {
      try {
        const next = month === undefined ? null : await loadItemTrend(port, id, month);
        if (mounted.current) setTrend(next);
      } catch (err) {
        if (mounted.current) setError(message(err));
      }
    },
    select: async (sheet, cell) => {
      try {
        await port.select(sheet, cell);
      } catch (err) {
        setError(message(err));
      }
    },
    dismissError: () => setError(null),
  };
}
