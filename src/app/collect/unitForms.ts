/**
 * The month's forms for the units: read the workbook once (指标, 目标任务, 月度填报, 规则), group the
 * items by lead unit, and lay each out as a form sheet. The pane saves each as an .xlsx file
 * (the .xlsx adapter, loaded on demand) or, where it cannot offer a download, writes them into the
 * workbook as sheets "填报-<单位>" the clerk moves out; `cli forms` saves one file per unit.
 */
import { unitForms, type UnitForm } from '../../domain/collect/unitForms';
import { readOwners } from '../../workbook/collect/owners';
import { formSheetName, formSheetPlan } from '../../workbook/collect/formSheet';
import { basisOf } from '../../workbook/progress/figuresSheet';
import { INDICATORS_SHEET, TASKS_SHEET } from '../../workbook/vocabulary';
import type { ApplyReport, SheetSnapshot, WorkbookStore } from '../port';
import { PROGRESS_INPUT_SHEETS, progressInputs, PROGRESS_INPUT_READ, defaultMonth } from '../progress/progressInputs';

/** The forms of `month` (default: the reporting month of 月度填报). */
export function unitFormsOf(snaps: readonly SheetSnapshot[], month?: number, year: number | null = null): UnitForm[] {
  const by = new Map(snaps.map((s) => [s.name, s]));
  const read = progressInputs([...snaps]);
  const owners = readOwners(by.get(INDICATORS_SHEET), by.get(TASKS_SHEET));
  const m = month ?? defaultMonth(read);
  const sources = read.inputs.map((i) => ({ ...i, owner: owners.ownerOf(i.item.id, i.item.task), basis: basisOf(i.item) }));
  // The year the clerk gave, else the workbook's 年度.
  return unitForms(sources, m, read.rules.mergeJanFeb, year ?? read.year);
}

export async function loadUnitForms(store: WorkbookStore, month?: number, year: number | null = null): Promise<UnitForm[]> {
  return unitFormsOf(await store.readSheets(PROGRESS_INPUT_SHEETS, PROGRESS_INPUT_READ), month, year);
}

/** The forms as sheets of the workbook ("填报-<单位>"), for the clerk to move out and send. */
export async function writeFormSheets(store: WorkbookStore, forms: readonly UnitForm[], onProgress?: (m: string) => void): Promise<ApplyReport> {
  return store.apply({ sheets: forms.map((f) => formSheetPlan(f, formSheetName(f.unit))) }, onProgress);
}
