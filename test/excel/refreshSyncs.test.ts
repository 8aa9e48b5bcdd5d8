/**
 * Issue 4: building and refreshing the progress sheets through the Office.js adapter costs the
 * same number of context.sync() calls for 10, 1,000 and 10,000 indicators, each request under
 * 4 MB (Excel on the web refuses 5 MB). 进度's ~7 KB of formulas per row are written for the first
 * row and filled down (Range.autoFill); the sheet Excel is left with must still hold every row's
 * formula, as the plan (checked against the engine by the agreement test) says.
 */
import { refreshProgressSheets } from '../../src/app/progress/refreshProgress';
import { RULE_PRESETS } from '../../src/domain/progress/rules';
import { createOfficeWorkbook, type OfficeCost } from '../../src/excel/officeWorkbook';
import { MAX_REQUEST_BYTES, utf8Length } from '../../src/excel/requestBlocks';
import { indicatorsSheetPlan } from '../../src/workbook/indicatorsSheet';
import { FIGURES_FIRST_DATA_ROW, FIGURES_SHEET, FIRST_FIGURE_COL, PROGRESS_SHEET } from '../../src/workbook/progress/layout';
import { PC, PROGRESS_HEADERS, progressRowFormulas } from '../../src/workbook/progress/progressFormulas';
import { PROGRESS_FIRST_DATA_ROW } from '../../src/workbook/progress/progressSheet';
import { benchIndicators } from '../../bench/refresh.bench';
import { FakeExcel } from './fakeExcel';

jest.setTimeout(120_000);

const options = { month: 6, rules: RULE_PRESETS['银川'] };

describe('Office.js adapter: refreshing the progress sheets', () => {
  it('spends syncs by the 4 MB, not by the row, for 10, 1,000 and 10,000 indicators, every request under 4 MB, as the adapter reports', async () => {
    const counts: number[] = [];
    for (const n of [10, 1_000, 10_000]) {
      const fake = new FakeExcel().install();
      try {
        const costs: OfficeCost[] = [];
        const port = createOfficeWorkbook({ onCost: (c) => costs.push(c) });
        await port.apply({ sheets: [indicatorsSheetPlan(benchIndicators(n), [])] });
        const before = fake.syncs;
        const beforeBytes = fake.syncBytes.length;
        costs.length = 0;
        await refreshProgressSheets(port, options);
        const syncs = fake.syncs - before;
        expect(Math.max(...fake.syncBytes.slice(beforeBytes))).toBeLessThanOrEqual(MAX_REQUEST_BYTES);
        // The adapter's own report is what Excel saw.
        expect(costs.reduce((s, c) => s + c.syncs, 0)).toBe(syncs);

        // Excel holds every row's formula, filled down from the first: the last row's are
        // the plan's for that row, the number formats came along.
        const last = PROGRESS_FIRST_DATA_ROW + n - 1;
        const planned = progressRowFormulas(last);
        for (const h of PROGRESS_HEADERS.slice(1)) {
          const cell = fake.cell(PROGRESS_SHEET, `${PC[h]}${last}`);
          expect(cell?.formula).toBe(`=${planned[h as Exclude<typeof h, '指标ID'>]}`);
        }
        expect(fake.cell(PROGRESS_SHEET, `${PC['完成率']}${last}`)?.numberFormat).toBe('0.0%');
        expect(fake.cell(PROGRESS_SHEET, `${PC['指标ID']}${last}`)?.value).toBe(`${n}-1`);
        // Nothing below the table.
        expect(fake.cell(PROGRESS_SHEET, `${PC['状态']}${last + 1}`)).toBeUndefined();
        expect(fake.values(FIGURES_SHEET)).toHaveLength(3 + n);
        expect(fake.log.filter((o) => o.kind === 'autoFill' && o.sheet === PROGRESS_SHEET).map((o) => o.address)).toEqual(
          n > 1 ? [`${PC['任务序号']}${PROGRESS_FIRST_DATA_ROW}:${PC['期名']}${last}`] : [],
        );
        counts.push(syncs);
      } finally {
        fake.uninstall();
      }
    }
    // Read: the sheets' size, then their cells, one sync per 4 MB of response (10,000 rows of 指标
    // take two); write: 1 load + one per sheet (规则, 月度填报, 进度) + 1 to turn events on.
    expect(counts).toEqual([7, 7, 8]);
  });

  it('fills down in the same batch as the first row, after its formulas', async () => {
    const fake = new FakeExcel().install();
    try {
      const port = createOfficeWorkbook();
      await port.apply({ sheets: [indicatorsSheetPlan(benchIndicators(3), [])] });
      await refreshProgressSheets(port, options);
      const ops = fake.log.filter((o) => o.sheet === PROGRESS_SHEET);
      const fill = ops.find((o) => o.kind === 'autoFill')!;
      const firstRow = ops.find((o) => o.kind === 'formulas' && o.address === `${PC['状态']}${PROGRESS_FIRST_DATA_ROW}`)!;
      expect(fill.sync).toBe(firstRow.sync);
      expect(ops.indexOf(firstRow)).toBeLessThan(ops.indexOf(fill));
      // Only the first data row's formulas were sent (and the title's, in A1).
      const formulaRows = ops.filter((o) => o.kind === 'formulas').map((o) => Number(/\d+$/.exec(o.address ?? '')?.[0]));
      expect(new Set(formulaRows)).toEqual(new Set([1, PROGRESS_FIRST_DATA_ROW]));
      expect(fake.cell(PROGRESS_SHEET, `${PC['指标行']}5`)?.formula).toBe(`=${progressRowFormulas(5)['指标行']}`);
      // The printed 进度 stops at 原因: the working columns after it are for the screen only.
      expect(fake.sheet(PROGRESS_SHEET)?.printArea).toBe(`$A$1:$${PC['原因']}$${PROGRESS_FIRST_DATA_ROW + 2}`);
    } finally {
      fake.uninstall();
    }
  });

  it('a refresh’s payload grows by the figures of a row, not by its formulas', async () => {
    const applyBytes = async (n: number) => {
      const fake = new FakeExcel().install();
      try {
        const costs: OfficeCost[] = [];
        const port = createOfficeWorkbook({ onCost: (c) => costs.push(c) });
        await port.apply({ sheets: [indicatorsSheetPlan(benchIndicators(n), [])] });
        await refreshProgressSheets(port, options);
        // The clerk types a June figure for every indicator (1-2月 merged: the 5th figure column).
        for (let i = 0; i < n; i++) fake.sheet(FIGURES_SHEET)!.cells.set(`${FIGURES_FIRST_DATA_ROW - 1 + i}:${FIRST_FIGURE_COL + 4}`, { value: 100 + (i % 50), numberFormat: 'General' });
        costs.length = 0;
        await refreshProgressSheets(port, { month: 6 });
        const apply = costs.find((c) => c.op === 'apply')!;
        return { syncs: apply.syncs, bytes: apply.requestBytes.reduce((a, b) => a + b, 0) };
      } finally {
        fake.uninstall();
      }
    };
    const small = await applyBytes(100);
    const large = await applyBytes(1_100);
    expect(large.syncs).toBe(small.syncs);
    const perRow = (large.bytes - small.bytes) / 1_000;
    const rowFormulas = Object.values(progressRowFormulas(500)).reduce((n, f) => n + utf8Length(JSON.stringify([`=${f}`])) + 1, 0);
    expect(rowFormulas).toBeGreaterThan(5_000);
    // A row of 月度填报 (settings, figures, formats) and an ID in 进度: a few hundred bytes.
    expect(perRow).toBeLessThan(600);
  });
});
