/** @jest-environment node */
/**
 * The import as a clerk does it, in Debian's Chromium: the production task pane (App) over the
 * in-memory workbook port (test/e2e/harness.tsx). Every scenario opens a fresh pane, so a fresh
 * workbook. Screenshots of each view at 320 and 450 px land in test-results/screenshots/.
 */
import { describeIfBrowser } from './support/browser';
import { servedBrowser } from './support/servedBrowser';
import { ensureHarnessBuild } from './support/builds';
import {
  PANE_WIDTHS,
  alertText,
  allRequests,
  expectClerkMessage,
  formulaCells,
  openPane,
  paste,
  pickFile,
  previewCounts,
  rowsByHeader,
  screenshot,
  sheetValues,
  type Pane,
} from './support/pane';
import { SMALL_TABLE, binaryJunk, headerlessTsv, renamedZip, seed002Text, tsv, unknownHeaderTsv } from '../badInput/inputs';

const SEED_NAME = '002_6ca40ee2ecc3ed1b.txt';
// The harness build can take minutes on a busy 2-core machine; each scenario is seconds.
jest.setTimeout(120_000);

const describeBrowser = describeIfBrowser('e2e import');

describeBrowser('import in the browser task pane', () => {
  const env = servedBrowser(ensureHarnessBuild);
  const panes: Pane[] = [];

  async function pane(width: number = PANE_WIDTHS[0]): Promise<Pane> {
    const p = await openPane(env.browser, env.server.origin, width);
    panes.push(p);
    return p;
  }

  afterEach(async () => {
    // A scenario that passed but threw in the page would still be a crash the clerk sees.
    for (const p of panes.splice(0)) {
      expect(p.pageErrors).toEqual([]);
      await p.close();
    }
  });

  test('seed 002 from a file: preview, correct an indicator, write; the 指标 sheet holds the correction', async () => {
    const { page } = await pane();
    await screenshot(page, 'source');
    await pickFile(page, SEED_NAME, seed002Text());
    const counts = await previewCounts(page);
    // 002's decomposition has 80 numbered items (lines 748-1427).
    expect(counts.tasks).toBe(80);
    expect(counts.indicators).toBeGreaterThan(20);
    await screenshot(page, 'preview');

    // Task 1: 地区生产总值增长7.5%以上 — the clerk corrects its figure to 8.
    const row = page.locator('[data-indicator-id="1-1"]');
    await row.getByRole('button', { name: /^修改指标/ }).click();
    const editor = row.getByRole('group', { name: /^修改指标/ });
    await editor.getByRole('textbox', { name: '目标值' }).fill('8');
    await screenshot(page, 'edit-indicator');
    await editor.getByRole('button', { name: '确定' }).click();
    await row.getByText('已修改').waitFor();
    await page.getByRole('button', { name: '写入工作簿' }).click();
    await page.getByRole('region', { name: '已写入工作簿' }).waitFor({ timeout: 60_000 });
    await screenshot(page, 'outcome');

    const indicators = rowsByHeader(await sheetValues(page, '指标'));
    const corrected = indicators.find((r) => r['指标ID'] === '1-1');
    expect(corrected).toMatchObject({ 任务序号: '1', 目标值: 8 });
    // Every quantified and qualitative row of the preview is in the sheet, nothing else.
    expect(indicators).toHaveLength(counts.indicators + counts.qualitative);
    const tasks = rowsByHeader(await sheetValues(page, '目标任务'));
    expect(tasks).toHaveLength(80);
    expect(tasks.find((r) => r['序号'] === '48')).toMatchObject({ 民生实事: expect.stringMatching(/是|✓|√/) });
  });

  test('seed 002 pasted as text gives the same preview as the file', async () => {
    const { page: filePage } = await pane();
    await pickFile(filePage, SEED_NAME, seed002Text());
    const fromFile = await previewCounts(filePage);

    const { page } = await pane();
    await paste(page, seed002Text());
    const fromPaste = await previewCounts(page);
    expect(fromPaste).toEqual(fromFile);
    await page.getByRole('button', { name: '写入工作簿' }).click();
    await page.getByRole('region', { name: '已写入工作簿' }).waitFor({ timeout: 60_000 });
    expect(rowsByHeader(await sheetValues(page, '目标任务'))).toHaveLength(80);
  });

  test('a table selected in the sheet is imported with "使用选中区域"', async () => {
    const { page } = await pane();
    const grid = [['序号', '目标任务', '牵头领导', '牵头单位', '责任单位'], ...SMALL_TABLE.map((r) => [r.seq, r.task, r.leader, r.lead, r.units])];
    await page.evaluate((rows) => {
      const cols = 'ABCDE';
      rows.forEach((row, r) => row.forEach((v, c) => window.__tmPort.setCell('Sheet1', `${cols[c]}${r + 1}`, v)));
      window.__tmPort.setSelection('Sheet1', `A1:E${rows.length}`);
    }, grid);
    await page.getByRole('button', { name: '使用选中区域' }).click();
    const counts = await previewCounts(page);
    expect(counts.tasks).toBe(3);
    expect(counts.indicators).toBe(2);
  });

  describe('every error path ends in a clear Chinese message', () => {
    test('empty paste', async () => {
      const { page } = await pane();
      await paste(page, '');
      const text = await alertText(page);
      expect(text).toContain('粘贴框是空的');
      await screenshot(page, 'error');
      // Whitespace only is just as empty.
      await page.getByRole('button', { name: '关闭' }).click();
      await paste(page, ' \n\t\u3000 \n');
      expect(await alertText(page)).toContain('粘贴框是空的');
    });

    test('a binary file named .txt', async () => {
      const { page } = await pane();
      await pickFile(page, '通知.txt', binaryJunk());
      const text = await alertText(page);
      expectClerkMessage(text);
      expect(text).toContain('通知.txt');
      expect(text).toContain('不是文本文件');
    });

    test('a .zip renamed .docx', async () => {
      const { page } = await pane();
      await pickFile(page, '目标任务分解.docx', renamedZip());
      const text = await alertText(page);
      expectClerkMessage(text);
      expect(text).toContain('目标任务分解.docx');
      expect(text).toMatch(/Word/);
    });

    test('a table without recognisable headers', async () => {
      const { page } = await pane();
      await paste(page, unknownHeaderTsv());
      const text = await alertText(page);
      expectClerkMessage(text);
      expect(text).toContain('表头');
      expect(text).toContain('序号');
    });

    test('a table pasted without its header row', async () => {
      const { page } = await pane();
      await paste(page, headerlessTsv());
      const text = await alertText(page);
      expectClerkMessage(text);
      expect(text).toContain('表头');
    });

    test('a selection with nothing selected', async () => {
      const { page } = await pane();
      await page.getByRole('button', { name: '使用选中区域' }).click();
      const text = await alertText(page);
      expectClerkMessage(text);
      expect(text).toContain('选中');
    });

    test('a workbook that cannot be written keeps the preview for a retry', async () => {
      const { page } = await pane();
      await paste(page, tsv(SMALL_TABLE));
      await previewCounts(page);
      await page.evaluate(() => window.__tmPort.failNext({ op: 'apply', afterSheets: 1, reason: '工作表受保护' }));
      await page.getByRole('button', { name: '写入工作簿' }).click();
      const text = await alertText(page);
      expectClerkMessage(text);
      expect(text).toContain('工作表受保护');
      // The first sheet was written before the failure: the clerk is told so.
      expect(text).toContain('目标任务');
      await screenshot(page, 'write-error');
      // The preview is still there; the retry succeeds.
      await page.getByRole('button', { name: '写入工作簿' }).click();
      await page.getByRole('region', { name: '已写入工作簿' }).waitFor();
      expect(rowsByHeader(await sheetValues(page, '目标任务'))).toHaveLength(3);
    });
  });

  test('document text is data: never a formula in the workbook, never markup in the pane', async () => {
    const { page } = await pane();
    const rows = [
      { seq: '1', task: '=HYPERLINK("http://198.51.100.1/x","点击")新增就业100人以上', leader: '+彭伟', lead: '-区发改局', units: '@区统计局' },
      { seq: '2', task: '<img src="http://198.51.100.1/p.png" onerror="alert(1)">完成云溪小学改扩建', leader: '吴刚', lead: '区教育局', units: '区住建局' },
    ];
    await paste(page, tsv(rows));
    await previewCounts(page);
    // Shown as the words it is: the markup is visible text and no image element exists.
    await page.getByText('<img src="http://198.51.100.1/p.png"', { exact: false }).first().waitFor();
    expect(await page.locator('img').count()).toBe(0);
    await page.getByRole('button', { name: '写入工作簿' }).click();
    await page.getByRole('region', { name: '已写入工作簿' }).waitFor();
    expect(await formulaCells(page)).toEqual([]);
    const tasks = rowsByHeader(await sheetValues(page, '目标任务'));
    expect(tasks[0]['目标任务']).toBe(rows[0].task);
    expect(tasks[0]['牵头领导']).toBe('+彭伟');
    expect(tasks[0]['牵头单位']).toBe('-区发改局');
  });

  test('each view at 450 px too', async () => {
    const { page } = await pane(450);
    await screenshot(page, 'source');
    await paste(page, '');
    await alertText(page);
    await screenshot(page, 'error');
    await page.getByRole('button', { name: '关闭' }).click();
    await paste(page, seed002Text());
    await previewCounts(page);
    await screenshot(page, 'preview');
    const row = page.locator('[data-indicator-id="1-1"]');
    await row.getByRole('button', { name: /^修改指标/ }).click();
    await screenshot(page, 'edit-indicator');
    await row.getByRole('button', { name: '取消' }).click();
    await page.getByRole('button', { name: '写入工作簿' }).click();
    await page.getByRole('region', { name: '已写入工作簿' }).waitFor({ timeout: 60_000 });
    await screenshot(page, 'outcome');
    await page.getByRole('tab', { name: '进度' }).click();
    await screenshot(page, 'progress-empty');
  });

  test('progress tab before any import, at 320 px', async () => {
    const { page } = await pane();
    await page.getByRole('tab', { name: '进度' }).click();
    await screenshot(page, 'progress-empty');
  });

  // Runs last (jest keeps declaration order within a file): every request of every pane above.
  test('no request leaves 127.0.0.1', () => {
    expect(allRequests.length).toBeGreaterThan(0);
    const outside = allRequests.filter((u) => !u.startsWith('data:') && !u.startsWith('blob:') && new URL(u).hostname !== '127.0.0.1');
    expect(outside).toEqual([]);
  });
});
