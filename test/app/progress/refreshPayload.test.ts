/**
 * Issue 4 on the recording memory port: a refresh's payload grows with the figures and settings
 * (月度填报) and the IDs, not with 进度's ~7 KB of formulas per row, which are sent once and filled
 * down; the memory workbook still holds every row's formula, as Excel would.
 */
import { createMemoryWorkbook } from '../../../src/app/memoryWorkbook';
import { refreshProgressSheets } from '../../../src/app/progress/refreshProgress';
import { RULE_PRESETS } from '../../../src/domain/progress/rules';
import { indicatorsSheetPlan } from '../../../src/workbook/indicatorsSheet';
import { PROGRESS_SHEET } from '../../../src/workbook/progress/layout';
import { PC, progressRowFormulas } from '../../../src/workbook/progress/progressFormulas';
import { PROGRESS_FIRST_DATA_ROW } from '../../../src/workbook/progress/progressSheet';
import { utf8Length } from '../../../src/workbook/writePayload';
import { benchIndicators, typeJuneFigures } from '../../../bench/refresh.bench';

async function refreshApply(n: number) {
  const wb = createMemoryWorkbook();
  await wb.apply({ sheets: [indicatorsSheetPlan(benchIndicators(n), [])] });
  await refreshProgressSheets(wb, { month: 6, rules: RULE_PRESETS['银川'] });
  typeJuneFigures(wb, n);
  const before = wb.calls.length;
  await refreshProgressSheets(wb, { month: 6 });
  return { wb, apply: wb.calls.slice(before).find((c) => c.op === 'apply')! };
}

test('a refresh’s payload grows by the figures of a row, not by its formulas; the workbook holds every formula', async () => {
  const small = await refreshApply(100);
  const large = await refreshApply(1_100);
  expect(large.apply.syncs).toBe(small.apply.syncs);
  const perRow = (large.apply.bytes - small.apply.bytes) / 1_000;
  const rowFormulas = Object.values(progressRowFormulas(500)).reduce((n, f) => n + utf8Length(JSON.stringify([`=${f}`])) + 1, 0);
  expect(rowFormulas).toBeGreaterThan(5_000);
  // A row of 月度填报 (settings, figures, formats) and an ID in 进度: a few hundred bytes.
  expect(perRow).toBeLessThan(600);
  const last = PROGRESS_FIRST_DATA_ROW + 1_100 - 1;
  expect(large.wb.cell(PROGRESS_SHEET, `${PC['原因']}${last}`)?.formula).toBe(`=${progressRowFormulas(last)['原因']}`);
});
