/**
 * The refresh use case on the in-memory workbook: first build, a clerk typing figures (one as
 * text), a new reporting month and a rebuild — nothing typed is lost, writes stay batched.
 */
import { createMemoryWorkbook } from '../../support/memoryWorkbook';
import { describeFinding } from '../../../src/app/messages';
import { readProgress, refreshProgressSheets, watchProgressInputs } from '../../../src/app/progress/refreshProgress';
import type { Indicator, Qualitative } from '../../../src/domain/model';
import { RULE_PRESETS } from '../../../src/domain/progress/rules';
import { indicatorsSheetPlan } from '../../../src/workbook/indicatorsSheet';
import { columnLetter } from '../../../src/workbook/a1';
import { FIGURES_SHEET, FIRST_FIGURE_COL, PROGRESS_SHEET, RULES_SHEET } from '../../../src/workbook/progress/layout';

const ind = (id: string, p: Partial<Indicator>): Indicator => ({
  id, task: id.split('-')[0], line: 1, quote: '', name: '指标', kind: 'level', target: 1, max: null, unit: '个', cmp: '>=', livelihood: false, ...p,
});

function indicators(n: number): Indicator[] {
  const out = [ind('9-1', { name: '新增城镇就业', target: 5600, unit: '人' }), ind('1-1', { name: '规模工业增加值', kind: 'growth', target: 8, unit: '%' })];
  for (let i = 0; i < n; i++) out.push(ind(`${100 + i}-1`, { name: `项目${i}`, target: 10 + i }));
  return out;
}
const qualitative: Qualitative[] = [{ task: '48', line: 2, quote: '完成云溪小学改扩建', name: '完成云溪小学改扩建', type: 'milestone' }];

/** Column letter of month m in a 1-2月-merged 月度填报. */
const monthCol = (m: number) => columnLetter(FIRST_FIGURE_COL + m - 2);

async function workbookWith(inds: Indicator[]) {
  const wb = createMemoryWorkbook();
  await wb.apply({ sheets: [indicatorsSheetPlan(inds, qualitative)] });
  return wb;
}

describe('refreshProgressSheets', () => {
  test('first build writes 规则, 月度填报 and a formula-only 进度 in one read and one apply', async () => {
    const wb = await workbookWith(indicators(0));
    const before = wb.calls.length;
    const out = await refreshProgressSheets(wb, { month: 6, rules: RULE_PRESETS['银川'] });
    expect(wb.calls.slice(before).map((c) => c.op)).toEqual(['readSheets', 'apply']);
    expect(wb.sheetNames()).toEqual(expect.arrayContaining([RULES_SHEET, FIGURES_SHEET, PROGRESS_SHEET]));
    expect(wb.values(RULES_SHEET)[1][1]).toBe('银川');
    expect(wb.values(FIGURES_SHEET)[0][1]).toBe(6);
    // 进度 holds formulas, not pasted values: the status cell of the first row.
    expect(wb.cell(PROGRESS_SHEET, 'M3')?.formula).toMatch(/^=IF\(/);
    expect(out.report.items.map((i) => i.id)).toEqual(['9-1', '1-1', '48-Q1']);
    expect(out.report.items.every((i) => i.status === '未填报')).toBe(true);
  });

  test('typed figures and settings survive a new month and a rebuild; text is named, not zero', async () => {
    const wb = await workbookWith(indicators(0));
    await refreshProgressSheets(wb, { month: 6 });
    wb.setCell(FIGURES_SHEET, `${monthCol(6)}4`, 2330);
    wb.setCell(FIGURES_SHEET, `${monthCol(6)}5`, '约8%');
    wb.setCell(FIGURES_SHEET, 'O6', '推进中');
    const out = await refreshProgressSheets(wb, { month: 7 });
    expect(wb.cell(FIGURES_SHEET, `${monthCol(6)}4`)?.value).toBe(2330);
    expect(wb.cell(FIGURES_SHEET, `${monthCol(6)}5`)?.value).toBe('约8%');
    expect(wb.cell(FIGURES_SHEET, 'O6')?.value).toBe('推进中');
    expect(wb.values(FIGURES_SHEET)[0][1]).toBe(7);
    expect(out.findings).toEqual([
      { code: 'figure-not-number', severity: 'error', sheet: FIGURES_SHEET, cell: `${monthCol(6)}5`, id: '1-1', name: '规模工业增加值', period: '6', value: '约8%' },
    ]);
    expect(describeFinding(out.findings[0])).toBe(`${FIGURES_SHEET}!${monthCol(6)}5：指标1-1（规模工业增加值）的6月数值“约8%”不是数字，请只填数字（单位见“单位”列）`);
    const june = await readProgress(wb, 6);
    const by = new Map(june.report.items.map((i) => [i.id, i]));
    expect(by.get('9-1')!.reason).toBe('累计完成41.6%，低于序时进度50.0%共8.4个百分点');
    expect(by.get('1-1')!.status).toBe('未填报');
    expect(by.get('48-Q1')!.reason).toBe('推进中，完成时限12月');
  });

  test('a re-import that drops an indicator keeps its typed figures in 月度填报', async () => {
    const wb = await workbookWith(indicators(0));
    await refreshProgressSheets(wb, { month: 6 });
    wb.setCell(FIGURES_SHEET, `${monthCol(6)}4`, 2330);
    await wb.apply({ sheets: [indicatorsSheetPlan(indicators(0).slice(1), qualitative)] });
    const out = await refreshProgressSheets(wb);
    expect(out.report.items.map((i) => i.id)).toEqual(['1-1', '48-Q1']);
    const kept = wb.values(FIGURES_SHEET).find((r) => r[0] === '9-1');
    expect(kept?.[FIRST_FIGURE_COL + 4]).toBe(2330);
  });

  test('a figure typed in 月度填报 notifies the watcher; unsubscribing stops it', async () => {
    const wb = await workbookWith(indicators(0));
    await refreshProgressSheets(wb, { month: 6 });
    let calls = 0;
    const stop = await watchProgressInputs(wb, () => calls++);
    wb.setCell(FIGURES_SHEET, `${monthCol(6)}4`, 2330);
    expect(calls).toBe(1);
    stop();
    wb.setCell(FIGURES_SHEET, `${monthCol(6)}4`, 2400);
    expect(calls).toBe(1);
  });
});
