/**
 * The 进度 view's state: the view data (loadProgressView), the rebuild (refreshProgressSheets) with
 * its progress and outcome, and live updates — the view re-reads the workbook by itself when the
 * clerk types in 月度填报, 指标 or 规则 (worksheet change events, debounced).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { WorkbookHost, WorkbookStore } from '../app/port';
import type { ProgressView } from '../app/progressView/progressViewTypes';
import type { RefreshOptions, RefreshOutcome } from '../app/progress/refreshProgress';
import { periodLabel } from '../domain/progress/months';
import { FIGURES_SHEET, RULES_SHEET } from '../workbook/progress/layout';
import { INDICATORS_SHEET } from '../workbook/vocabulary';
import { strings } from './strings';
import { lazyProgressUseCases } from './useCases';

/** The use cases, injectable so a test or harness can observe or stub them. */
export interface ProgressUseCases {
  loadProgressView(store: WorkbookStore, month?: number): Promise<ProgressView>;
  refreshProgressSheets(store: WorkbookStore, options?: RefreshOptions, onProgress?: (m: string) => void): Promise<RefreshOutcome>;
}

export const defaultProgressUseCases: ProgressUseCases = lazyProgressUseCases;

/** Sheets whose edits change what the view shows. */
export const WATCHED_SHEETS = [FIGURES_SHEET, INDICATORS_SHEET, RULES_SHEET];

/** A clerk typing a column of figures fires one event per cell: re-read once they pause. */
export const LIVE_DEBOUNCE_MS = 300;

export interface ProgressController {
  view: ProgressView | null;
  /** The rebuild's current step while it runs. */
  working: string | null;
  /** What the last rebuild did (Chinese), until the next one. */
  outcome: string | null;
  error: { message: string; fromRead?: boolean } | null;
  /** Check errors open on the month's figures (a figure in words, a unit slip, a cumulative
   *  that falls…): the view warns while there are any. */
  openErrors: number;
  refresh(month?: number, year?: number): Promise<void>;
  select(sheet: string, address: string): Promise<void>;
  dismissError(): void;
}

function errorOf(err: unknown): { message: string } {
  return { message: err instanceof Error && err.message.trim() !== '' ? err.message : strings.errors.unknown };
}

export function useProgress(port: WorkbookHost, useCases: ProgressUseCases = defaultProgressUseCases): ProgressController {
  const [view, setView] = useState<ProgressView | null>(null);
  const [working, setWorking] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<string | null>(null);
  const [error, setError] = useState<ProgressController['error']>(null);
  // A newer load wins: a slow read must not overwrite the answer to a later one.
  const loadRun = useRef(0);
  const mounted = useRef(true);
  // Bumped after a rebuild: sheets that did not exist when we subscribed do now.
  const [subscription, setSubscription] = useState(0);

  // A failed read (the workbook busy, a sheet half-written by a co-author) shows once and goes
  // at the next read that succeeds; an error of the clerk's own action stays until dismissed.
  const readDone = useCallback((next: ProgressView) => {
    setView(next);
    setError((e) => (e?.fromRead ? null : e));
  }, []);
  const readFailed = useCallback((err: unknown) => setError({ ...errorOf(err), fromRead: true }), []);

  const load = useCallback(async (): Promise<ProgressView | null> => {
    const run = ++loadRun.current;
    try {
      const next = await useCases.loadProgressView(port);
      if (mounted.current && run === loadRun.current) readDone(next);
      return next;
    } catch (err) {
      if (mounted.current && run === loadRun.current) readFailed(err);
      return null;
    }
  }, [port, useCases, readDone, readFailed]);

  useEffect(() => {
    mounted.current = true;
    const run = ++loadRun.current;
    useCases.loadProgressView(port).then(
      (next) => {
        if (mounted.current && run === loadRun.current) readDone(next);
      },
      (err: unknown) => {
        if (mounted.current && run === loadRun.current) readFailed(err);
      },
    );
    return () => {
      mounted.current = false;
    };
  }, [port, useCases, readDone, readFailed]);

  const sheetsKey = view?.kind === 'ready' ? `ready:${view.hasFiguresSheet}` : (view?.kind ?? 'none');
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let unsubscribe: (() => void) | undefined;
    let active = true;
    const onChange = () => {
      clearTimeout(timer);
      timer = setTimeout(() => void load(), LIVE_DEBOUNCE_MS);
    };
    port.onSheetsChanged(WATCHED_SHEETS, onChange).then(
      (off) => {
        // Unmounted before the subscription came back: drop it at once.
        if (active) unsubscribe = off;
        else off();
      },
      // Without change events the view still works; the clerk can press 生成/更新进度表.
      () => undefined,
    );
    return () => {
      active = false;
      clearTimeout(timer);
      unsubscribe?.();
    };
  }, [port, load, sheetsKey, subscription]);

  const refresh = useCallback(
    async (month?: number, year?: number) => {
      setError(null);
      setOutcome(null);
      setWorking(strings.progress.refreshing);
      try {
        const options: RefreshOptions = {};
        if (month !== undefined) options.month = month;
        if (year !== undefined) options.year = year;
        const done = await useCases.refreshProgressSheets(port, options, (m) => {
          if (mounted.current) setWorking(m);
        });
        if (!mounted.current) return;
        const next = await load();
        if (!mounted.current) return;
        const merged = next?.kind === 'ready' ? next.mergeJanFeb : false;
        setOutcome(strings.progress.refreshed(periodLabel(next?.kind === 'ready' ? next.month : done.month, merged), done.report.items.length));
        setSubscription((n) => n + 1);
      } catch (err) {
        if (mounted.current) setError(errorOf(err));
      } finally {
        if (mounted.current) setWorking(null);
      }
    },
    [port, useCases, load],
  );

  const select = useCallback(
    async (sheet: string, address: string) => {
      try {
        await port.select(sheet, address);
      } catch (err) {
        if (mounted.current) setError(errorOf(err));
      }
    },
    [port],
  );

  const openErrors = view?.kind === 'ready' ? (view.openCheckErrors ?? 0) : 0;
  return { view, working, outcome, error, openErrors, refresh, select, dismissError: () => setError(null) };
}
