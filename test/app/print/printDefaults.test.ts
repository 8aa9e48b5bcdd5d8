/**
 * The 打印 and 通报 views start from the workbook's own 年度 (月度填报!D1, set at import from the
 * document and changeable in the 进度 view), not from the calendar: a clerk printing last year's
 * targets in December gets last year's title.
 */
import { loadPrintDefaults } from '../../../src/app/print/printDefaults';
import { FIGURES_SHEET } from '../../../src/workbook/progress/layout';
import { seed002Workbook } from './seed002';

jest.setTimeout(60_000);

test('the year is the one in 月度填报!D1, whatever today is', async () => {
  const wb = await seed002Workbook();
  wb.setCell(FIGURES_SHEET, 'D1', 2023);
  const defaults = await loadPrintDefaults(wb, new Date(2026, 11, 1));
  expect(defaults).toMatchObject({ ready: true, year: 2023, month: 6 });
});

test('without a year in the workbook, the year of the month just ended', async () => {
  const wb = await seed002Workbook();
  wb.setCell(FIGURES_SHEET, 'D1', null);
  expect((await loadPrintDefaults(wb, new Date(2026, 11, 1))).year).toBe(2026);
  expect((await loadPrintDefaults(wb, new Date(2027, 0, 10))).year).toBe(2026);
});
