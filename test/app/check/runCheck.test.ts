/**
 * The check (核对) on the in-memory workbook: findings written to 核对 with their cells, a warning
 * explained in the pane or typed into the sheet and kept through re-checks and rebuilds, a finding
 * that went away kept with its explanation, and the open errors the progress view warns about.
 */
import { loadProgressViewWithChecks } from '../../../src/app/check/progressViewChecks';
import { openCheckErrors, runCheck } from '../../../src/app/check/runCheck';
import { refreshProgressSheets } from '../../../src/app/progress/refreshProgress';
import { CHECK_SHEET } from '../../../src/workbook/collect/layout';
import { parseCell } from '../../../src/workbook/a1';
import { FIGURES_SHEET } from '../../../src/workbook/progress/layout';
import { figureCell, importedWorkbook } from '../progressView/workbookWithFigures';

const now = '2024-07-05 09:30';

async function typedJune() {
  const wb = await importedWorkbook(6);
  // 新增城镇就业 5600人: May 2300, June 2800; 规模工业增加值 8%: May 8.2, June 45 (a swing);
  // 固定资产投资 120亿元: June typed as text; 招引项目 30个: June 12 (May 10).
  for (const [id, m, v] of [['1-1', 5, 2300], ['1-1', 6, 2800], ['2-1', 5, 8.2], ['2-1', 6, 45], ['3-1', 6, '约60亿'], ['4-1', 5, 10], ['4-1', 6, 12]] as const) {
    wb.setCell(FIGURES_SHEET, figureCell(wb, id, m), v);
  }
  return wb;
}

const rows = (wb: Awaited<ReturnType<typeof typedJune>>) => {
  const [header, ...body] = wb.values(CHECK_SHEET);
  return body.map((r) => Object.fromEntries(header.map((h, i) => [String(h), r[i]])));
};

test('findings go to 核对, errors first, each with its cell, rule and the clerk\'s words', async () => {
  const wb = await typedJune();
  const run = await runCheck(wb, { now });
  expect([run.errors, run.warnings, run.unexplained]).toEqual([1, 1, 1]);
  expect(rows(wb).map((r) => [r['级别'], r['规则'], r['规则代码'], r['指标ID'], r['月份'], r['位置'], r['处理状态']])).toEqual([
    ['错误', '非数字', 'text', '3-1', 6, `月度填报!${figureCell(wb, '3-1', 6)}`, '待改正'],
    ['警告', '增速异动', 'swing', '2-1', 6, `月度填报!${figureCell(wb, '2-1', 6)}`, '待说明'],
  ]);
  expect(rows(wb)[0]['问题']).toBe(`月度填报!${figureCell(wb, '3-1', 6)}：指标3-1（固定资产投资）6月数值“约60亿”不是数字，请只填数字（单位见“单位”列）`);
  expect((await openCheckErrors(wb)).map((f) => f.rule)).toEqual(['text']);
});

test('an explanation from the pane or typed into 核对 is kept by re-checks and by rebuilding the progress sheets', async () => {
  const wb = await typedJune();
  const first = await runCheck(wb, { now });
  const swing = first.findings.find((f) => f.rule === 'swing')!;
  const explained = await runCheck(wb, { now, explain: { key: swing.key, text: '上年同期基数低' } });
  expect([explained.unexplained, rows(wb)[1]['情况说明'], rows(wb)[1]['处理状态']]).toEqual([0, '上年同期基数低', '已说明']);
  // The clerk edits it in the sheet itself.
  const at = wb.values(CHECK_SHEET)[0].indexOf('情况说明');
  wb.setCell(CHECK_SHEET, `${String.fromCharCode(65 + at)}3`, '上年同期基数低，已电话核实');
  await refreshProgressSheets(wb, { month: 6 });
  await runCheck(wb, { now });
  expect(rows(wb)[1]['情况说明']).toBe('上年同期基数低，已电话核实');
});

test('a finding that went away keeps its explanation (已消除); a fixed error leaves no open errors', async () => {
  const wb = await typedJune();
  const first = await runCheck(wb, { now });
  await runCheck(wb, { now, explain: { key: first.findings.find((f) => f.rule === 'swing')!.key, text: '基数低' } });
  wb.setCell(FIGURES_SHEET, figureCell(wb, '2-1', 6), 8.4);
  wb.setCell(FIGURES_SHEET, figureCell(wb, '3-1', 6), 60);
  const again = await runCheck(wb, { now });
  expect([again.errors, again.warnings]).toEqual([0, 0]);
  expect(rows(wb).map((r) => [r['规则代码'], r['情况说明'], r['处理状态']])).toEqual([['swing', '基数低', '已消除']]);
  expect(await openCheckErrors(wb)).toEqual([]);
});

test('the progress view counts the open check errors from the same read; a missing figure is not one of them', async () => {
  const wb = await typedJune();
  const reads = wb.calls.filter((c) => c.op === 'readSheets').length;
  const view = await loadProgressViewWithChecks(wb, 6);
  expect(wb.calls.filter((c) => c.op === 'readSheets').length).toBe(reads + 1);
  expect(view.kind === 'ready' && view.openCheckErrors).toBe(1);
  wb.setCell(FIGURES_SHEET, figureCell(wb, '3-1', 6), null);
  const missing = await loadProgressViewWithChecks(wb, 6);
  expect(missing.kind === 'ready' && missing.openCheckErrors).toBe(0);
  expect((await openCheckErrors(wb, 6, { includeMissing: true })).map((f) => f.rule)).toEqual(['missing']);
});

test('"8.3%" typed into a growth figure is read as 8.3, as the engine reads it; "56%" in an amount is words to correct', async () => {
  const wb = await typedJune();
  const typedAsPercent = (id: string, value: number, format: string) => {
    const { row, col } = parseCell(figureCell(wb, id, 6));
    wb.sheet(FIGURES_SHEET)!.cells.set(`${row}:${col}`, { value, numberFormat: format });
  };
  typedAsPercent('2-1', 0.083, '0.0%');
  typedAsPercent('1-1', 0.56, '0%');
  const run = await runCheck(wb, { now });
  expect(run.findings.filter((f) => f.id === '2-1')).toEqual([]);
  expect(run.findings.filter((f) => f.id === '1-1').map((f) => [f.rule, f.value])).toEqual([['text', '56%']]);
});
