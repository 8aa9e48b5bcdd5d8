/**
 * The 通报 view's state: the month and year (defaults from the workbook), the bulletin made from
 * what the workbook holds now, and copying it.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { BulletinOutcome } from '../app/print/loadBulletin';
import type { PrintDefaults } from '../app/print/printDefaults';
import type { WorkbookHost } from '../app/port';
import { loadPrintUseCases } from './loadPrintUseCases';
import { strings } from './strings';
import { errorText } from './usePrint';

export interface BulletinController {
  defaults: PrintDefaults | null;
  year: number | null;
  month: number | null;
  choose(change: { year?: number; month?: number }): void;
  working: boolean;
  bulletin: BulletinOutcome | null;
  error: string | null;
  make(): Promise<void>;
  dismissError(): void;
}

export function useBulletin(port: WorkbookHost): BulletinController {
  const [defaults, setDefaults] = useState<PrintDefaults | null>(null);
  const [when, setWhen] = useState<{ year: number; month: number } | null>(null);
  const [working, setWorking] = useState(false);
  const [bulletin, setBulletin] = useState<BulletinOutcome | null>(null);
  const [error, setError] = useState<string | null>(null);
  const mounted = useRef(true);
  const run = useRef(0);

  const make = useCallback(
    async (at = when) => {
      if (!at) return;
      const mine = ++run.current;
      setError(null);
      setWorking(true);
      try {
        const { loadBulletin } = await loadPrintUseCases();
        const done = await loadBulletin(port, { year: at.year, month: at.month });
        if (mounted.current && mine === run.current) setBulletin(done);
      } catch (err) {
        if (mounted.current && mine === run.current) setError(errorText(err));
      } finally {
        if (mounted.current && mine === run.current) setWorking(false);
      }
    },
    [port, when],
  );

  useEffect(() => {
    mounted.current = true;
    loadPrintUseCases()
      .then((u) => u.loadPrintDefaults(port))
      .then(
      (d) => {
        if (!mounted.current) return;
        setDefaults(d);
        const at = { year: d.year, month: d.month };
        setWhen(at);
        if (d.ready) void make(at);
      },
      (err: unknown) => mounted.current && setError(errorText(err)),
    );
    return () => {
      mounted.current = false;
    };
    // The first bulletin is made once, for the workbook's defaults; later ones on request.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [port]);

  const choose = useCallback(
    (change: { year?: number; month?: number }) => {
      if (!when) return;
      const at = { ...when, ...change };
      setWhen(at);
      void make(at);
    },
    [when, make],
  );

  return {
    defaults,
    year: when?.year ?? null,
    month: when?.month ?? null,
    choose,
    working,
    bulletin,
    error,
    make: () => make(),
    dismissError: () => setError(null),
  };
}

/** Copies text: the Clipboard API where the host allows it, else the selection and execCommand
 *  (older Office webviews). False when neither works (the clerk then copies by hand). */
export async function copyText(text: string, fallbackArea: HTMLTextAreaElement | null): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Denied in this host: try the selection below.
  }
  if (!fallbackArea) return false;
  fallbackArea.focus();
  fallbackArea.select();
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  }
}

export const copiedWords = { ok: strings.bulletin.copied, failed: strings.bulletin.copyFailed };
