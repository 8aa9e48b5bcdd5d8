/**
 * The 打印 view's state: the defaults read from the workbook (month, year, unit, issue number),
 * the clerk's choice, and the write of the print sheet with its progress and outcome.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { PrintDefaults } from '../app/print/printDefaults';
import type { PrintOutcome } from '../app/print/writePrintSheet';
import type { WorkbookHost } from '../app/port';
import type { PaperChoice } from '../domain/report/paper';
import { loadPrintUseCases } from './loadPrintUseCases';
import { strings } from './strings';

export interface PrintForm extends PaperChoice {
  year: number;
  month: number;
  maker: string;
  issue: string;
}

export interface PrintController {
  defaults: PrintDefaults | null;
  form: PrintForm | null;
  setForm(change: Partial<PrintForm>): void;
  working: string | null;
  outcome: PrintOutcome | null;
  error: string | null;
  print(): Promise<void>;
  show(): Promise<void>;
  dismissError(): void;
}

/** The paper a clerk gets without choosing: by kind of target, everything, A4 (the domain's
 *  DEFAULT_CHOICE; repeated here so the start bundle does not carry the paper's code). */
const FIRST_CHOICE: PaperChoice = { grouping: 'kind', filter: null, paper: 'A4' };

export const errorText = (err: unknown) => (err instanceof Error && err.message.trim() !== '' ? err.message : strings.errors.unknown);

export function usePrint(port: WorkbookHost): PrintController {
  const [defaults, setDefaults] = useState<PrintDefaults | null>(null);
  const [form, setFormState] = useState<PrintForm | null>(null);
  const [working, setWorking] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<PrintOutcome | null>(null);
  const [error, setError] = useState<string | null>(null);
  const mounted = useRef(true);

  useEffect(() => {
    mounted.current = true;
    loadPrintUseCases()
      .then((u) => u.loadPrintDefaults(port))
      .then(
      (d) => {
        if (!mounted.current) return;
        setDefaults(d);
        setFormState({ ...FIRST_CHOICE, year: d.year, month: d.month, maker: d.maker, issue: d.issue });
      },
      (err: unknown) => mounted.current && setError(errorText(err)),
    );
    return () => {
      mounted.current = false;
    };
  }, [port]);

  const setForm = useCallback((change: Partial<PrintForm>) => setFormState((f) => (f ? { ...f, ...change } : f)), []);

  const print = useCallback(async () => {
    if (!form) return;
    setError(null);
    setOutcome(null);
    setWorking(strings.print.working);
    try {
      const { writePrintSheet } = await loadPrintUseCases();
      const done = await writePrintSheet(
        port,
        { year: form.year, month: form.month, choice: { grouping: form.grouping, filter: form.filter, paper: form.paper }, maker: form.maker, issue: form.issue },
        (m) => mounted.current && setWorking(m),
      );
      if (mounted.current) setOutcome(done);
    } catch (err) {
      if (mounted.current) setError(errorText(err));
    } finally {
      if (mounted.current) setWorking(null);
    }
  }, [port, form]);

  const show = useCallback(async () => {
    if (!outcome) return;
    try {
      await port.select(outcome.sheet, 'A1');
    } catch (err) {
      if (mounted.current) setError(errorText(err));
    }
  }, [port, outcome]);

  return { defaults, form, setForm, working, outcome, error, print, show, dismissError: () => setError(null) };
}
