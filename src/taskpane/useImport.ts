/**
 * The import state machine: idle → parsing → preview → writing → done, with error reachable from
 * parsing (back to the source choice) and from writing (the preview is kept so the clerk can retry).
 * Components only render the state and call the actions.
 */
import { useCallback, useRef, useState } from 'react';
import type { ImportOutcome, ImportPreview, ImportSource } from '../app/importTypes';
import type { LiveWorkbook, WorkbookHost, WorkbookStore } from '../app/port';
import type { DuplicateGroup } from '../domain/duplicates';
import { mergeDuplicate, removeIndicator, updateIndicator, updateTaskLeadUnit, type IndicatorPatch } from './previewEdits';
import { strings } from './strings';

/** The two use cases of src/app/importTargets.ts, injectable so a harness can observe them. */
export interface ImportUseCases {
  previewImport(source: ImportSource, host: Pick<LiveWorkbook, 'readSelection'>): Promise<ImportPreview>;
  writeImport(store: WorkbookStore, preview: ImportPreview, onProgress?: (message: string) => void): Promise<ImportOutcome>;
}

export type ImportState =
  | { phase: 'idle' }
  | { phase: 'parsing'; message: string }
  | { phase: 'preview'; preview: ImportPreview }
  | { phase: 'writing'; preview: ImportPreview; message: string }
  | { phase: 'done'; preview: ImportPreview; outcome: ImportOutcome }
  | { phase: 'error'; message: string; preview: ImportPreview | null };

export interface ImportController {
  state: ImportState;
  /** Refs (task 序号 or indicator id) the clerk has corrected in this preview. */
  edited: ReadonlySet<string>;
  parse(source: ImportSource, label?: string): Promise<void>;
  editIndicator(id: string, patch: IndicatorPatch): void;
  removeIndicator(id: string): void;
  editLeadUnit(seq: string, leadUnit: string): void;
  /** Keeps one statement of a target stated in several places. */
  mergeDuplicate(group: DuplicateGroup): void;
  write(): Promise<void>;
  /** Shows an error that happened outside the use cases (a file the browser could not read). */
  fail(message: string): void;
  dismissError(): void;
  reset(): void;
}

/** The use cases throw Errors whose message is written for the clerk; anything else is a bug. */
function errorState(err: unknown, preview: ImportPreview | null): ImportState {
  const message = err instanceof Error && err.message.trim() !== '' ? err.message : strings.errors.unknown;
  return { phase: 'error', message, preview };
}

export function useImport(port: WorkbookHost, useCases: ImportUseCases): ImportController {
  const [state, setStateRaw] = useState<ImportState>({ phase: 'idle' });
  const [edited, setEdited] = useState<ReadonlySet<string>>(new Set());
  // The async actions read the latest state here, not from a stale closure.
  const stateRef = useRef(state);
  // Every start or reset bumps the run; a result from an older run is dropped.
  const runRef = useRef(0);

  const setState = useCallback((next: ImportState) => {
    stateRef.current = next;
    setStateRaw(next);
  }, []);

  const parse = useCallback(
    async (source: ImportSource, label?: string) => {
      const run = ++runRef.current;
      if (source.kind === 'text' && source.text.trim() === '') {
        setState({ phase: 'error', message: strings.errors.emptyPaste, preview: null });
        return;
      }
      setState({ phase: 'parsing', message: label ? strings.working.reading(label) : strings.working.parsing });
      setEdited(new Set());
      try {
        const preview = await useCases.previewImport(source, port);
        if (run === runRef.current) setState({ phase: 'preview', preview });
      } catch (err) {
        if (run === runRef.current) setState(errorState(err, null));
      }
    },
    [port, useCases, setState],
  );

  const edit = useCallback(
    (ref: string, change: (p: ImportPreview) => ImportPreview, markEdited: boolean) => {
      const current = stateRef.current;
      // Correcting after a failed write is allowed too; the error then gives way to the preview.
      const preview = current.phase === 'preview' ? current.preview : current.phase === 'error' ? current.preview : null;
      if (!preview) return;
      setState({ phase: 'preview', preview: change(preview) });
      if (markEdited) setEdited((prev) => new Set(prev).add(ref));
    },
    [setState],
  );

  const write = useCallback(async () => {
    const current = stateRef.current;
    const preview = current.phase === 'preview' ? current.preview : current.phase === 'error' ? current.preview : null;
    if (!preview) return;
    const run = ++runRef.current;
    setState({ phase: 'writing', preview, message: strings.working.writing });
    try {
      const outcome = await useCases.writeImport(port, preview, (message) => {
        if (run === runRef.current) setState({ phase: 'writing', preview, message });
      });
      if (run === runRef.current) setState({ phase: 'done', preview, outcome });
    } catch (err) {
      if (run === runRef.current) setState(errorState(err, preview));
    }
  }, [port, useCases, setState]);

  const fail = useCallback(
    (message: string) => {
      runRef.current++;
      setState({ phase: 'error', message, preview: null });
    },
    [setState],
  );

  const dismissError = useCallback(() => {
    const current = stateRef.current;
    if (current.phase !== 'error') return;
    setState(current.preview ? { phase: 'preview', preview: current.preview } : { phase: 'idle' });
  }, [setState]);

  const reset = useCallback(() => {
    runRef.current++;
    setEdited(new Set());
    setState({ phase: 'idle' });
  }, [setState]);

  return {
    state,
    edited,
    parse,
    editIndicator: (id, patch) => edit(id, (p) => updateIndicator(p, id, patch), true),
    removeIndicator: (id) => edit(id, (p) => removeIndicator(p, id), false),
    editLeadUnit: (seq, unit) => edit(seq, (p) => updateTaskLeadUnit(p, seq, unit), true),
    mergeDuplicate: (group) => edit(group.first.id, (p) => mergeDuplicate(p, group), false),
    write,
    fail,
    dismissError,
    reset,
  };
}
