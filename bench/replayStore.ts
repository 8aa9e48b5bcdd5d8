/**
 * A store that costs the add-in nothing, so a benchmark measures the add-in's own CPU (issue 12:
 * "the add-in's own CPU before Excel does anything"), not a test double's. It answers reads with
 * the snapshots a real store gave once (taken before the clock starts) and applies a plan by running
 * the host-neutral step every adapter runs (`sheetCells`: plan → cells), then dropping the cells.
 * Every run therefore sees the same workbook: a refresh measured ten times is ten equal refreshes.
 */
import type { ApplyReport, ReadOptions, SheetSnapshot, WorkbookStore } from '../src/app/port';
import type { WorkbookPlan } from '../src/workbook/plan';
import { sheetCells } from '../src/workbook/sheetCells';

export interface ReplayStore extends WorkbookStore {
  /** Reads the source store for every read the operation makes, so later runs replay them. */
  record(run: (store: WorkbookStore) => Promise<unknown>): Promise<void>;
}

export function replayStore(source: WorkbookStore): ReplayStore {
  const reads = new Map<string, SheetSnapshot[]>();
  let sheetNames: string[] = [];
  const keyOf = (names: readonly string[], options?: ReadOptions) => JSON.stringify([names, options ?? null]);
  const recording: WorkbookStore = {
    async listSheets() {
      return (sheetNames = await source.listSheets());
    },
    async readSheets(names, options) {
      const snaps = await source.readSheets(names, options);
      reads.set(keyOf(names, options), snaps);
      return snaps;
    },
    // Recording must not change the source: the plan is only turned into cells.
    apply: async (plan) => cellsOnly(plan),
  };
  return {
    record: async (run) => {
      await run(recording);
    },
    async listSheets() {
      return sheetNames;
    },
    async readSheets(names, options) {
      const snaps = reads.get(keyOf(names, options));
      if (!snaps) throw new Error(`replayStore: a read that was not recorded: ${keyOf(names, options)}`);
      return snaps;
    },
    apply: async (plan) => cellsOnly(plan),
  };
}

function cellsOnly(plan: WorkbookPlan): ApplyReport {
  let rows = 0;
  for (const sheet of plan.sheets) rows += sheetCells(sheet).rows.length;
  return { sheetsWritten: plan.sheets.map((s) => s.name), rowsWritten: rows };
}
