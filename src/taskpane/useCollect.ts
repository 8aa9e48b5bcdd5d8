/**
 * The 收集 view's state: the month's 报送情况, the forms going out (downloaded as .xlsx files, or
 * written as sheets), returned forms read in and previewed, the clerk's decision on each conflict,
 * and the merge. Components render it and call the actions; every sentence comes from strings.ts
 * or the use cases (messages.ts).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { LoadFileWorkbooks } from '../app/collect/fileWorkbooks';
import { FilesLoadError } from '../app/collect/fileWorkbooks';
import { applyMerge, previewMerge, type Decision, type MergePreview } from '../app/collect/mergeForms';
import { formSheetsIn, readFormFile, readFormSelection, readFormSheet } from '../app/collect/readForms';
import { loadReportingStatus, type ReportingStatus } from '../app/collect/reportingStatus';
import { loadUnitForms, writeFormSheets } from '../app/collect/unitForms';
import type { WorkbookHost } from '../app/port';
import { timestamp } from '../domain/collect/timestamp';
import type { ReturnedForm } from '../workbook/collect/readReturnedForm';
import { FIGURES_SHEET } from '../workbook/progress/layout';
import { readFileBytes } from './readFile';
import { saveFile } from './saveFile';
import { collectStrings } from './collectStrings';
import { strings } from './strings';

export interface CollectController {
  status: ReportingStatus | null;
  /** The workbook has no 月度填报 yet (nothing to collect into). */
  noFigures: boolean;
  sheets: string[];
  working: string | null;
  outcome: string | null;
  error: string | null;
  preview: MergePreview | null;
  decisions: ReadonlyMap<string, Decision>;
  setMonth(month: number): Promise<void>;
  downloadForms(): Promise<void>;
  writeSheets(): Promise<void>;
  readFiles(files: File[], source: string): Promise<void>;
  readSheet(sheet: string, source: string): Promise<void>;
  readSelection(source: string): Promise<void>;
  decide(key: string, decision: Decision): void;
  decideAll(decision: Decision): void;
  apply(): Promise<void>;
  cancel(): void;
  select(sheet: string, cell: string): Promise<void>;
  dismissError(): void;
}

const message = (err: unknown) => (err instanceof Error && err.message.trim() !== '' ? err.message : strings.errors.unknown);

export function useCollect(port: WorkbookHost, loadFiles: LoadFileWorkbooks | undefined, clerk: string, active = true): CollectController {
  const [status, setStatus] = useState<ReportingStatus | null>(null);
  const [noFigures, setNoFigures] = useState(false);
  const [sheets, setSheets] = useState<string[]>([]);
  const [working, setWorking] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [preview, setPreview] = useState<MergePreview | null>(null);
  const [decisions, setDecisions] = useState<ReadonlyMap<string, Decision>>(new Map());
  const mounted = useRef(true);
  const forms = useRef<ReturnedForm[]>([]);
  const source = useRef('');

  const load = useCallback(
    async (month?: number) => {
      try {
        const [figures] = await port.readSheets([FIGURES_SHEET]);
        if (!mounted.current) return;
        setNoFigures(!figures);
        if (!figures) return;
        const next = await loadReportingStatus(port, month);
        const names = await formSheetsIn(port);
        if (!mounted.current) return;
        shownMonth.current = next.month;
        setStatus(next);
        setSheets(names);
      } catch (err) {
        if (mounted.current) setError(message(err));
      }
    },
    [port],
  );

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  // Read when shown (first time and every return to the tab), for the month shown.
  const shownMonth = useRef<number | undefined>(undefined);
  useEffect(() => {
    if (active) void load(shownMonth.current);
  }, [active, load]);

  /** Runs a step with its progress line; its error becomes the error bar. */
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

  const month = status?.month;
  const who = clerk.trim() === '' ? collectStrings.clerk.unknown : clerk.trim();

  const preview_ = useCallback(
    async (read: ReturnedForm[]) => {
      forms.current = read;
      const next = await previewMerge(port, read, { month: month ?? new Date().getMonth() + 1, source: source.current, now: timestamp(new Date()), who });
      if (!mounted.current) return;
      setPreview(next);
      setDecisions(new Map());
    },
    [port, month, who],
  );

  return {
    status,
    noFigures,
    sheets,
    working,
    outcome,
    error,
    preview,
    decisions,
    setMonth: (m) => load(m),
    downloadForms: () =>
      step(collectStrings.collect.preparing, async () => {
        if (!loadFiles) throw new FilesLoadError(null);
        const unitForms = await loadUnitForms(port, month);
        let files;
        try {
          files = await loadFiles();
        } catch (e) {
          throw new FilesLoadError(e);
        }
        const zip = await files.formsZip(unitForms);
        if (!saveFile(zip.name, zip.bytes, 'application/zip')) throw new FilesLoadError(null);
        if (mounted.current) setOutcome(collectStrings.collect.downloaded(zip.name));
      }),
    writeSheets: () =>
      step(collectStrings.collect.preparing, async () => {
        const unitForms = await loadUnitForms(port, month);
        const report = await writeFormSheets(port, unitForms);
        if (!mounted.current) return;
        setOutcome(collectStrings.collect.sheetsWritten(report.sheetsWritten.length));
        setSheets(await formSheetsIn(port));
      }),
    readFiles: (files, from) =>
      step(collectStrings.collect.reading(files.map((f) => f.name).join('、')), async () => {
        source.current = from.trim();
        if (!loadFiles && files.some((f) => !/\.csv$/i.test(f.name))) throw new FilesLoadError(null);
        const read: ReturnedForm[] = [];
        for (const f of files) read.push(await readFormFile(f.name, await readFileBytes(f), loadFiles ?? (() => Promise.reject(new Error('no files')))));
        await preview_(read);
      }),
    readSheet: (sheet, from) =>
      step(collectStrings.collect.reading(sheet), async () => {
        source.current = from.trim();
        await preview_([await readFormSheet(port, sheet)]);
      }),
    readSelection: (from) =>
      step(collectStrings.collect.reading(''), async () => {
        source.current = from.trim();
        await preview_([await readFormSelection(port)]);
      }),
    decide: (key, decision) => setDecisions((d) => new Map(d).set(key, decision)),
    decideAll: (decision) => setDecisions(new Map((preview?.conflicts ?? []).map((c) => [c.key, decision]))),
    apply: () =>
      step(collectStrings.collect.writing, async () => {
        if (!preview) return;
        const done = await applyMerge(port, preview, decisions, { now: timestamp(new Date()), who });
        if (!mounted.current) return;
        if (!done.done && done.reason === 'stale') {
          await preview_(forms.current);
          setOutcome(collectStrings.collect.stale(done.changed.length));
          return;
        }
        if (!done.done) return;
        setPreview(null);
        setOutcome(done.cells + done.records === 0 ? collectStrings.collect.nothing : collectStrings.collect.merged(done.cells, done.records, done.logged));
        await load(month);
      }),
    cancel: () => {
      setPreview(null);
      setDecisions(new Map());
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
