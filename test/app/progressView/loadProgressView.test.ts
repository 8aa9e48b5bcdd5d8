/**
 * The 进度 view's use case over a workbook built the clerk's way: a pasted table imported through
 * the real use cases, 生成进度表, then figures typed into 月度填报 (one as text).
 */
import { createMemoryWorkbook } from '../../support/memoryWorkbook';
import { loadProgressView } from '../../../src/app/progressView/loadProgressView';
import { UNASSIGNED_UNIT } from '../../../src/app/progressView/progressViewTypes';
import { refreshProgressSheets } from '../../../src/app/progress/refreshProgress';
import { FIGURES_SHEET, PROGRESS_SHEET } from '../../../src/workbook/progress/layout';
import { figureCell, importedWorkbook } from './workbookWithFigures';

async function withJuneFigures() {
  const wb = await importedWorkbook(6);
  wb.setCell(FIGURES_SHEET, figureCell(wb, '1-1', 6), 1000); // 5600人: 17.9% vs 50% → 滞后
  wb.setCell(FIGURES_SHEET, figureCell(wb, '2-1', 6), 7.6); // 8%: 0.4 pp short → 预警
  wb.setCell(FIGURES_SHEET, figureCell(wb, '3-1', 6), 70); // 120亿元: 58.3% → 正常
  wb.setCell(FIGURES_SHEET, figureCell(wb, '4-1', 6), '约12个'); // text: 未填报 with the cell named
  return wb;
}

describe('loadProgressView', () => {
  test('counts, lagging groups by lead unit with reasons, and each row of 进度 to click to', async () => {
    const wb = await withJuneFigures();
    const view = await loadProgressView(wb);
    if (view.kind !== 'ready') throw new Error(view.kind);
    expect(view.month).toBe(6);
    expect(view.timeProgress).toBe(0.5);
    expect(view.counts).toEqual({ 已完成: 0, 正常: 1, 预警: 1, 滞后: 1, 未填报: 1, 不适用: 0 });
    expect(view.total).toBe(4);
    expect(view.lagging).toEqual([
      {
        unit: '区人社局',
        items: [expect.objectContaining({ id: '1-1', name: '新增城镇就业', status: '滞后', reason: '累计完成17.9%，低于序时进度50.0%共32.1个百分点' })],
      },
    ]);
    expect(view.warning).toEqual([
      { unit: '区工信局', items: [expect.objectContaining({ id: '2-1', status: '预警', reason: '累计增速7.6%，低于目标8.0%共0.4个百分点' })] },
    ]);
    // Task 4 has no 牵头单位 (nor 责任单位).
    expect(view.missing.map((g) => g.unit)).toEqual([UNASSIGNED_UNIT]);
    expect(view.missing[0].items[0].reason).toContain('“约12个”不是数字');

    // The address is the item's row in 进度: its 指标ID is in column A there.
    const address = view.lagging[0].items[0].address!;
    expect(address).toMatch(/^A(\d+):N\1$/);
    const row = Number(/^A(\d+)/.exec(address)![1]);
    expect(wb.values(PROGRESS_SHEET)[row - 1][0]).toBe('1-1');
    expect(view.warning[0].items[0].address).toBe(`A${row + 1}:N${row + 1}`);
  });

  test('text in a figure cell is listed with its cell, never taken as zero', async () => {
    const wb = await withJuneFigures();
    const view = await loadProgressView(wb);
    if (view.kind !== 'ready') throw new Error(view.kind);
    const cell = figureCell(wb, '4-1', 6);
    expect(view.figureErrors).toEqual([{ sheet: FIGURES_SHEET, cell, message: expect.stringContaining(`${FIGURES_SHEET}!${cell}：`) }]);
    expect(view.figureErrors[0].message).toContain('“约12个”不是数字');
    expect(view.otherErrors).toEqual([]);
  });

  test('one readSheets round trip and no write', async () => {
    const wb = await withJuneFigures();
    const before = wb.calls.length;
    await loadProgressView(wb);
    expect(wb.calls.slice(before).map((c) => c.op)).toEqual(['readSheets']);
    expect(wb.calls[wb.calls.length - 1].sheets).toEqual(expect.arrayContaining(['目标任务', '指标', FIGURES_SHEET, '规则', PROGRESS_SHEET]));
  });

  test('a month asked for is judged (1月 reads as 1-2月 when merged); the sheets are not changed', async () => {
    const wb = await withJuneFigures();
    const jan = await loadProgressView(wb, 1);
    if (jan.kind !== 'ready') throw new Error(jan.kind);
    expect(jan.month).toBe(2);
    expect(jan.mergeJanFeb).toBe(true);
    expect(jan.timeProgress).toBeCloseTo(2 / 12, 6);
    expect(jan.counts['未填报']).toBe(4);
    expect(wb.values(FIGURES_SHEET)[0][1]).toBe(6);
  });

  test('before 生成进度表 the view still judges 指标, without addresses', async () => {
    const wb = await importedWorkbook(6);
    const fresh = createMemoryWorkbook({ sheets: ['目标任务', '指标'].map((name) => ({ name, values: wb.values(name) })) });
    const view = await loadProgressView(fresh, 6);
    if (view.kind !== 'ready') throw new Error(view.kind);
    expect(view.hasProgressSheet).toBe(false);
    expect(view.counts['未填报']).toBe(4);
    expect(view.missing.flatMap((g) => g.items).every((i) => i.address === null)).toBe(true);
    // …and 生成进度表 then gives them their rows.
    await refreshProgressSheets(fresh, { month: 6 });
    const after = await loadProgressView(fresh);
    if (after.kind !== 'ready') throw new Error(after.kind);
    expect(after.missing.flatMap((g) => g.items).every((i) => i.address !== null)).toBe(true);
  });

  test('an empty workbook: no-indicators (the view asks the clerk to import first)', async () => {
    expect(await loadProgressView(createMemoryWorkbook())).toEqual({ kind: 'no-indicators' });
  });
});
