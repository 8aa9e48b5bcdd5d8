/**
 * A memory workbook as a clerk would have it: a small pasted decomposition imported through the
 * real use cases, then 生成进度表 (refreshProgressSheets). Shared by the use-case and view tests.
 */
import { previewImport, writeImport } from '../../../src/app/importTargets';
import { createMemoryWorkbook, type MemoryWorkbook } from '../../support/memoryWorkbook';
import { RULE_PRESETS } from '../../../src/domain/progress/rules';
import { refreshProgressSheets } from '../../../src/app/progress/refreshProgress';
import { columnLetter } from '../../../src/workbook/a1';
import { FIGURES_FIRST_DATA_ROW, FIGURES_SHEET, FIRST_FIGURE_COL } from '../../../src/workbook/progress/layout';

/** Four tasks, three lead units; task 4 has none (its item goes under 未分配牵头单位). */
export const PASTED = [
  '序号\t目标任务\t牵头领导\t牵头单位\t责任单位',
  '1\t新增城镇就业5600人以上\t张三\t区人社局\t区人社局、区财政局',
  '2\t规模工业增加值增长8%以上\t李四\t区工信局\t区工信局',
  '3\t固定资产投资完成120亿元以上\t王五\t区发改局\t区发改局',
  '4\t招引亿元以上项目30个以上\t赵六\t\t',
].join('\n');

/** Imported and 生成进度表 run for `month` with the 银川 preset (10–30 pp behind = 预警, beyond
 *  = 滞后; growth targets: any shortfall 预警, more than 1 pp 滞后), so both flags can occur. */
export async function importedWorkbook(month = 6): Promise<MemoryWorkbook> {
  const wb = await importOnly();
  await refreshProgressSheets(wb, { month, rules: RULE_PRESETS['银川'] });
  return wb;
}

/** Imported, 生成进度表 not run yet. */
export async function importOnly(): Promise<MemoryWorkbook> {
  const wb = createMemoryWorkbook();
  await writeImport(wb, await previewImport({ kind: 'text', text: PASTED }, wb));
  return wb;
}

/** The 月度填报 cell of an indicator's figure for month m (the sheet merges 1-2月 by default). */
export function figureCell(wb: { values(sheet: string): readonly (readonly unknown[])[] }, id: string, m: number): string {
  const values = wb.values(FIGURES_SHEET);
  const r = values.findIndex((row, i) => i >= FIGURES_FIRST_DATA_ROW - 1 && row[0] === id);
  if (r < 0) throw new Error(`月度填报中没有指标${id}`);
  const months = values[1].slice(FIRST_FIGURE_COL);
  const c = months.indexOf(m);
  if (c < 0) throw new Error(`月度填报中没有${m}月列`);
  return `${columnLetter(FIRST_FIGURE_COL + c)}${r + 1}`;
}
