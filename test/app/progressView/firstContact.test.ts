/**
 * What a clerk meets first in the 进度 view (issue 10): the month it opens on, a figure in the
 * wrong unit, and a workbook where nothing has been reported yet.
 */
import { loadProgressView } from '../../../src/app/progressView/loadProgressView';
import { refreshProgressSheets } from '../../../src/app/progress/refreshProgress';
import { defaultMonth } from '../../../src/app/progress/progressInputs';
import { FIGURES_SHEET } from '../../../src/workbook/progress/layout';
import { figureCell, importOnly, importedWorkbook } from './workbookWithFigures';

const ready = async (wb: Parameters<typeof loadProgressView>[0], month?: number) => {
  const view = await loadProgressView(wb, month);
  if (view.kind !== 'ready') throw new Error(view.kind);
  return view;
};

describe('the month the view opens on', () => {
  test('is the month before this one when nothing says otherwise (in December, not 100 % 序时进度)', () => {
    expect(defaultMonth({ month: null, inputs: [] }, new Date(2024, 11, 5))).toBe(11);
    expect(defaultMonth({ month: null, inputs: [] }, new Date(2024, 0, 20))).toBe(1);
  });

  test('is the latest month with a figure when there are figures but no reporting month', () => {
    const figures = new Array(13).fill(null);
    figures[5] = 1200;
    const input = { figures } as Parameters<typeof defaultMonth>[0]['inputs'][number];
    expect(defaultMonth({ month: null, inputs: [input] }, new Date(2024, 11, 5))).toBe(5);
  });

  test('is the reporting month of 月度填报 once it exists', async () => {
    const wb = await importOnly();
    await refreshProgressSheets(wb, { month: 4 });
    expect((await ready(wb)).month).toBe(4);
  });
});

test('a figure 5,000 times its target is listed as a probable unit slip to correct, not as a result', async () => {
  const wb = await importedWorkbook(6);
  const cell = figureCell(wb, '3-1', 6); // 固定资产投资 120亿元: 600000 is 万元
  wb.setCell(FIGURES_SHEET, cell, 600000);
  const view = await ready(wb);
  expect(view.figureErrors).toEqual([{ sheet: FIGURES_SHEET, cell, message: expect.stringContaining(`${FIGURES_SHEET}!${cell}：指标3-1（固定资产投资`) }]);
  expect(view.figureErrors[0].message).toContain('6月填报值600000亿元与目标120亿元或上期相差1000倍以上，疑似万元/亿元单位错误，请核对后改正');
  expect(view.figureErrors[0].message).not.toMatch(/累计完成|已完成/);
  // Not among the results: neither an early 已完成 nor a 预警 to act on.
  expect([...view.lagging, ...view.warning].flatMap((g) => g.items.map((i) => i.id))).not.toContain('3-1');
  expect(view.counts['已完成']).toBe(0);
});

test('with 月度填报 built but no figure typed, nothing is claimed: every item is 未填报', async () => {
  const wb = await importedWorkbook(6);
  const view = await ready(wb);
  expect(view.reported).toBe(0);
  expect(view.lagging).toEqual([]);
  wb.setCell(FIGURES_SHEET, figureCell(wb, '1-1', 6), 1000);
  expect((await ready(wb)).reported).toBe(1);
});
