/**
 * What the lists look like on paper: A4 landscape within Excel's default margins (0.7" left and
 * right: 841.9 − 2 × 50.4 = 741 pt of printable width). Fit-to-width scales a sheet by printable
 * width / sum of its column widths; below about 70 % an 11 pt text is too small to read well.
 * Widths in points are the adapter's (columnWidthPoints), so the figures hold for Excel.
 */
import { columnWidthPoints } from '../../src/excel/applyPlan';
import { INDICATOR_COLUMNS } from '../../src/workbook/indicatorsSheet';
import type { ColumnPlan } from '../../src/workbook/plan';
import { figuresSheetPlan } from '../../src/workbook/progress/figuresSheet';
import { TASK_COLUMNS } from '../../src/workbook/tasksSheet';

const PRINTABLE = 841.9 - 2 * 50.4;
const points = (columns: ColumnPlan[]) => columns.reduce((sum, c) => sum + columnWidthPoints(c.width), 0);
const fitScale = (columns: ColumnPlan[]) => Math.min(1, PRINTABLE / points(columns));

describe('printed scale on A4 landscape', () => {
  test('目标任务 and 指标 print one page wide at 70 % or more', () => {
    expect(fitScale(TASK_COLUMNS)).toBeGreaterThanOrEqual(0.7);
    expect(fitScale(INDICATOR_COLUMNS)).toBeGreaterThanOrEqual(0.7);
  });

  test('the task text column still holds a typical task (36 characters) on one line', () => {
    expect(TASK_COLUMNS.find((c) => c.header === '目标任务')!.width).toBeGreaterThanOrEqual(36);
  });

  test('月度填报 prints at 100 % across pages, every page holding its title columns and at least a quarter of the rest', () => {
    const plan = figuresSheetPlan([], 6, true);
    expect(plan.pageLayout).toMatchObject({ fitToWidth: false, printTitleColumns: '$A:$C', printTitleRows: '$3:$3' });
    const titles = points(plan.columns.slice(0, 3));
    const rest = plan.columns.slice(3).map((c) => columnWidthPoints(c.width));
    // Every column fits on a page beside the titles, so no column is cut between two pages…
    expect(titles + Math.max(...rest)).toBeLessThanOrEqual(PRINTABLE);
    // …and the 24 columns go on three pages across, not six.
    let pages = 1;
    let used = titles;
    for (const w of rest) {
      if (used + w > PRINTABLE) {
        pages++;
        used = titles;
      }
      used += w;
    }
    expect(pages).toBe(3);
  });
});
