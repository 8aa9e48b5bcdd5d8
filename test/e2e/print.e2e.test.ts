/** @jest-environment node */
/**
 * The 打印 and 通报 views as a clerk uses them, in Chromium over the harness's in-memory workbook:
 * import seed 002, 生成进度表 for June, type the month's figures, then write the leaders' paper
 * grouped by lead unit with only the lagging items (a sheet of the clerk's own holding that name
 * is left alone, and the pane says where the paper went), and copy the month's bulletin.
 * Screenshots at 320 and 450 px in test-results/screenshots/ (print-*.png, bulletin-*.png); the
 * 320 px ones also in docs/screenshots/ when UPDATE_SCREENSHOTS=1.
 */
import { describeIfBrowser } from './support/browser';
import { ensureHarnessBuild } from './support/builds';
import { FIGURES, typeFigures } from './support/figures';
import { PANE_WIDTHS, openPane, paste, previewCounts, screenshot, sheetValues, type Pane } from './support/pane';
import { servedBrowser } from './support/servedBrowser';
import { seed002Text } from '../badInput/inputs';

jest.setTimeout(240_000);

const PAPER = '1-6月进展表-按牵头单位-仅滞后预警';

describeIfBrowser('e2e print')('the 打印 and 通报 views in the browser task pane', () => {
  const env = servedBrowser(ensureHarnessBuild);
  const panes: Pane[] = [];

  afterEach(async () => {
    for (const p of panes.splice(0)) {
      expect(p.pageErrors).toEqual([]);
      await p.close();
    }
  });

  test.each(PANE_WIDTHS)('seed 002 in June: the paper by lead unit, lagging only, beside the clerk’s own sheet; the bulletin copied (%i px)', async (width) => {
    const pane = await openPane(env.browser, env.server.origin, width);
    panes.push(pane);
    const { page } = pane;
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.server.origin });
    await paste(page, seed002Text());
    await previewCounts(page);
    await page.getByRole('button', { name: '写入工作簿' }).click();
    await page.getByRole('region', { name: '已写入工作簿' }).waitFor({ timeout: 60_000 });
    await page.getByRole('tab', { name: '进度' }).click();
    await page.getByRole('button', { name: '生成/更新进度表' }).click();
    await page.getByText(/^已生成进度表/).waitFor({ timeout: 60_000 });
    await page.getByRole('combobox', { name: '报告月份' }).selectOption({ label: '6月' });
    await page.getByText(/^已生成进度表：报告月份6月/).waitFor({ timeout: 60_000 });
    await typeFigures(page, FIGURES);
    // A sheet of the clerk's own, named as the paper would be.
    await page.evaluate((name) => window.__tmPort.setCell(name, 'A1', '我自己的汇总'), PAPER);

    await page.getByRole('tab', { name: '打印' }).click();
    await page.getByRole('combobox', { name: '分组' }).waitFor({ timeout: 30_000 });
    await page.getByRole('combobox', { name: '年份' }).selectOption({ label: '2024年' });
    await page.getByRole('combobox', { name: '分组' }).selectOption({ label: '按牵头单位' });
    await page.getByRole('combobox', { name: '范围' }).selectOption({ label: '仅滞后和预警' });
    await page.getByRole('textbox', { name: '期数' }).fill('6');
    await page.getByRole('textbox', { name: '制表单位' }).fill('区政府督查室');
    await page.getByRole('button', { name: '生成打印表' }).click();
    const outcome = page.getByTestId('print-outcome');
    await outcome.waitFor({ timeout: 60_000 });
    const said = (await outcome.textContent()) ?? '';
    expect(said).toContain(`工作簿中的“${PAPER}”是您自己的工作表，没有改动；打印表写入了“${PAPER}(2)”。`);
    expect(said).toContain(`已写入工作表“${PAPER}(2)”：9项，A4横向`);
    expect(await sheetValues(page, PAPER)).toEqual([['我自己的汇总']]);
    const paper = await sheetValues(page, `${PAPER}(2)`);
    expect(paper[0][0]).toBe('2024年1-6月《政府工作报告》目标任务进展情况表（滞后和预警事项）');
    expect(paper[1][0]).toBe('第6期\u3000\u3000制表单位：区政府督查室\u3000\u3000数据截至：2024年6月30日');
    expect(paper.map((r) => r[0])).toContain('区人社局（1项）');
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'print');
    await page.getByRole('button', { name: '查看打印表' }).click();
    expect(await page.evaluate(() => window.__tmPort.selections.slice(-1)[0])).toEqual({ sheet: `${PAPER}(2)`, address: 'A1' });

    await page.getByRole('tab', { name: '通报' }).click();
    await page.getByRole('combobox', { name: '年份' }).selectOption({ label: '2024年' });
    const bulletin = page.getByTestId('bulletin');
    await bulletin.getByText('关于2024年1-6月《政府工作报告》目标任务推进情况的通报').waitFor({ timeout: 30_000 });
    expect(await bulletin.textContent()).toContain('区人社局：新增城镇就业（第9项）累计完成41.6%，低于序时进度8.4个百分点（滞后）。');
    expect(await bulletin.textContent()).toContain('区政府督查室');
    await page.getByRole('button', { name: '复制全文' }).click();
    await page.getByText('已复制，可粘贴到 Word 文档中。').waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied.split('\n').slice(0, 3)).toEqual(['关于2024年1-6月《政府工作报告》目标任务推进情况的通报', '第6期', '各有关单位：']);
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'bulletin');
  });
});
