/** @jest-environment node */
/**
 * Collecting and checking as a clerk does it, in Chromium over the harness's in-memory workbook:
 * seed 002 imported, 进度 built for June with the sample figures typed in; on 收集 the forms go out
 * (a .zip of .xlsx files from the on-demand .xlsx chunk, and as sheets), a unit fills its sheet and
 * another returns an .xlsx file, a conflict is decided, and 报送情况 follows; on 核对 the check is
 * run, a finding selects its cell, a warning is explained, an item's trend is drawn, the month is
 * closed; the 进度 view warns while errors are open. Screenshots: collect-*.png, check-*.png.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import type { UnitForm } from '../../src/domain/collect/unitForms';
import { formFile } from '../../src/xlsx/formFile';
import ExcelJS from 'exceljs';
import { describeIfBrowser } from './support/browser';
import { servedBrowser } from './support/servedBrowser';
import { ROOT, ensureHarnessBuild } from './support/builds';
import { SCREENSHOT_DIR, openPane, paste, previewCounts, screenshot, sheetValues, type Pane } from './support/pane';
import { seed002Text } from '../badInput/inputs';
import { validateXlsx, validatorMissing } from '../support/validateXlsx';

jest.setTimeout(300_000);

const FIGURES = readFileSync(join(ROOT, 'samples', '002-figures-2024-06.csv'), 'utf8')
  .split('\n')
  .filter((l) => /^[\w-]+,\d{4}-\d{2},/.test(l))
  .map((l) => {
    const [id, period, value] = l.split(',');
    return { id, month: Number(period.slice(5, 7)), value: Number(value) as number | string };
  });

/** Types into a sheet the way a clerk would: cell by cell, by row ID and header (or month). */
async function typeInto(page: Page, sheet: string, cells: { id: string; column: string | number; value: number | string }[], headerRow: number): Promise<void> {
  await page.evaluate(
    ({ sheet, cells, headerRow }) => {
      const port = window.__tmPort;
      const values = port.values(sheet);
      const letter = (c: number) => {
        let s = '';
        for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
        return s;
      };
      for (const x of cells) {
        const r = values.findIndex((row, i) => i > headerRow && row[0] === x.id);
        const c = values[typeof x.column === 'number' ? 1 : headerRow].indexOf(x.column);
        if (r < 0 || c < 0) throw new Error(`${sheet} has no ${x.id}/${x.column}`);
        port.setCell(sheet, `${letter(c)}${r + 1}`, x.value);
      }
    },
    { sheet, cells, headerRow },
  );
}

describeIfBrowser('e2e collect')('collecting and checking in the browser task pane', () => {
  const env = servedBrowser(ensureHarnessBuild);
  const panes: Pane[] = [];
  afterEach(async () => {
    for (const p of panes.splice(0)) {
      expect(p.pageErrors).toEqual([]);
      await p.close();
    }
  });

  test('forms out and back, a conflict decided, checked, explained, a trend, the month closed', async () => {
    const pane = await openPane(env.browser, env.server.origin, 320);
    panes.push(pane);
    const { page } = pane;
    await paste(page, seed002Text());
    await previewCounts(page);
    await page.getByRole('button', { name: '写入工作簿' }).click();
    await page.getByRole('region', { name: '已写入工作簿' }).waitFor({ timeout: 60_000 });
    await page.getByRole('tab', { name: '进度' }).click();
    await page.getByRole('button', { name: '生成/更新进度表' }).click();
    await page.getByText(/^已生成进度表/).waitFor({ timeout: 60_000 });
    await page.getByRole('combobox', { name: '报告月份' }).selectOption({ label: '6月' });
    await page.getByText(/^已生成进度表：报告月份6月/).waitFor({ timeout: 60_000 });
    // June's figures as typed, 规模工业增加值 swinging to 45 and 收益 in 万元.
    await typeInto(page, '月度填报', [...FIGURES.filter((f) => f.id !== '1-2' || f.month !== 6), { id: '1-2', month: 6, value: 45 }, { id: '2-1', month: 6, value: 35000 }].map((f) => ({ id: f.id, column: f.month, value: f.value })), 2);

    // ---- 收集: the forms out. ----
    await page.getByRole('tab', { name: '收集' }).click();
    const status = page.getByTestId('reporting-status');
    await status.waitFor({ timeout: 60_000 });
    expect(await status.textContent()).toContain('6月报送情况');
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), page.getByRole('button', { name: '下载全部填报表（.zip）' }).click()]);
    expect(download.suggestedFilename()).toMatch(/填报表（\d+个单位）\.zip$/);
    const zip = unzipSync(new Uint8Array(readFileSync((await download.path())!)));
    // Named by the month, and by the workbook's 年度 where it has one (this one was built without).
    const hr = Object.keys(zip).find((n) => /^(\d{4}-06|6月)-区人社局-填报表\.xlsx$/.test(n))!;
    expect(hr).toBeDefined();
    if (!validatorMissing()) expect(validateXlsx(zip[hr]).ok).toBe(true);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(zip[hr] as unknown as ArrayBuffer);
    expect(book.getWorksheet('填报表')!.getCell('A1').value).toMatch(/^(\d{4}年)?6月目标任务进展情况填报表$/);
    expect(book.getWorksheet('填报表')!.getCell('B2').value).toBe('区人社局');

    await page.getByRole('button', { name: '写入为工作表' }).click();
    await page.getByTestId('collect-outcome').getByText(/^已写入\d+张填报表工作表/).waitFor({ timeout: 60_000 });
    expect(await page.evaluate(() => window.__tmPort.sheetNames())).toContain('填报-区人社局');
    // A unit cannot type over an ID: the sheet is protected.
    expect(await page.evaluate(() => {
      try {
        window.__tmPort.setCell('填报-区人社局', 'A6', 'X');
        return 'typed';
      } catch {
        return 'refused';
      }
    })).toBe('refused');

    // ---- The forms back: a sheet (a conflict with June's 2330), and a returned file. ----
    await typeInto(page, '填报-区人社局', [{ id: '9-1', column: '本月数值', value: 2400 }, { id: '9-1', column: '进展情况', value: '新增就业2400人' }, { id: '9-2', column: '本月数值', value: '约700人' }], 4);
    await page.getByRole('combobox', { name: '工作表中的填报表' }).selectOption('填报-区人社局');
    await page.getByRole('button', { name: '读取此工作表' }).click();
    const preview = page.getByTestId('merge-preview');
    await preview.waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('merge-findings').textContent()).toContain('“约700人”不是数字');
    const write = page.getByRole('button', { name: '写入月度填报' });
    expect(await write.isDisabled()).toBe(true);
    await page.getByTestId('merge-conflicts').getByRole('button', { name: '采用新值', exact: true }).click();
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    await preview.scrollIntoViewIfNeeded();
    await screenshot(page, 'collect-merge');
    await write.click();
    await page.getByTestId('collect-outcome').getByText(/^已写入月度填报2格/).waitFor({ timeout: 60_000 });
    const figures = await sheetValues(page, '月度填报');
    const jobs = figures.find((r) => r[0] === '9-1')!;
    expect(jobs[figures[1].indexOf(6)]).toBe(2400);
    expect(await page.locator('[data-unit="区人社局"]').textContent()).toContain('已报送');

    // 区发改局 returns its form as a file.
    const form: UnitForm = {
      unit: '区发改局',
      month: 6,
      year: null,
      mergeJanFeb: true,
      items: [{ id: '1-4', task: '1', name: '社会消费品零售总额', target: '增长8%以上', unit: '%', basis: '累计增速', milestone: false, last: null, lastPeriod: '', status: '', due: true }],
    };
    const returned = new ExcelJS.Workbook();
    await returned.xlsx.load((await formFile(form)) as unknown as ArrayBuffer);
    const ws = returned.getWorksheet('填报表')!;
    // The figure the workbook already has (nothing to decide), and a note.
    ws.getCell('I6').value = 7.9;
    ws.getCell('K6').value = '消费回暖';
    const file = join(SCREENSHOT_DIR, '发改局.xlsx');
    writeFileSync(file, new Uint8Array(await returned.xlsx.writeBuffer()));
    await page.getByLabel('选择交回的填报表（.xlsx 或 .csv）').setInputFiles(file);
    await preview.getByText('《发改局.xlsx》（区发改局）：1行').waitFor({ timeout: 60_000 });
    expect(await preview.textContent()).toContain('将填入1格，与已有相同1格，冲突0格');
    await write.click();
    await page.getByTestId('collect-outcome').getByText(/^已写入月度填报/).waitFor({ timeout: 60_000 });
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'collect');

    // ---- 核对 ----
    await page.getByRole('tab', { name: '核对' }).click();
    await page.getByTestId('check-summary').waitFor({ timeout: 60_000 });
    await page.getByRole('button', { name: '核对并写入“核对”工作表' }).click();
    await page.getByTestId('check-outcome').waitFor({ timeout: 60_000 });
    expect(await sheetValues(page, '核对')).not.toEqual([]);
    const unit = page.getByTestId('check-errors').locator('[data-rule="unit"][data-id="2-1"]');
    expect(await unit.textContent()).toContain('疑似单位错误');
    await unit.getByRole('button').click();
    const selected = await page.evaluate(() => window.__tmPort.selections.slice(-1)[0]);
    expect(selected.sheet).toBe('月度填报');
    const swing = page.getByTestId('check-warnings').locator('[data-rule="swing"][data-id="1-2"]');
    await swing.getByRole('textbox').fill('上年同期基数低，已与统计局核实');
    await swing.getByRole('button', { name: '保存说明' }).click();
    await swing.getByText('已说明').waitFor({ timeout: 60_000 });
    expect((await sheetValues(page, '核对')).flat()).toContain('上年同期基数低，已与统计局核实');
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'check');

    const escalation = page.getByTestId('escalations').locator('button[data-item-id]').first();
    await escalation.click();
    const trend = page.getByTestId('trend');
    await trend.waitFor({ timeout: 30_000 });
    expect(await trend.locator('svg polyline').count()).toBe(2);
    await trend.scrollIntoViewIfNeeded();
    await screenshot(page, 'check-trend');

    await page.getByRole('button', { name: '关闭6月' }).click();
    await page.getByText(/核对错误未改正。建议改正后再关闭/).waitFor({ timeout: 60_000 });
    await page.getByRole('button', { name: '仍然关闭' }).click();
    await page.getByTestId('check-outcome').getByText(/^已关闭6月/).waitFor({ timeout: 60_000 });
    expect(await page.evaluate(() => window.__tmPort.sheet('历史')?.hidden)).toBe(true);

    // ---- 进度 warns while errors are open. ----
    await page.getByRole('tab', { name: '进度' }).click();
    await page.getByTestId('open-check-errors').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('open-check-errors').textContent()).toMatch(/^有\d+处核对错误未改正/);
  });
});
