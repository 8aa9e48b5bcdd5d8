/** @jest-environment node */
/**
 * The .docx reader is fetched on demand (src/sources/loadDocxReader.ts): opening the pane does not
 * download it, picking a real Word file does (from the pane's own origin, under the page's
 * Content-Security-Policy script-src 'self') and imports it, and a failed download tells the clerk
 * what to do and can be retried. The .docx is built here with the `docx` package, as Word lays out
 * a 目标任务分解 notice (test/sources/docxFixtures.ts).
 */
import type { Page, Request } from 'playwright-core';
import { decompositionNotice, toBytes } from '../sources/docxFixtures';
import { describeIfBrowser } from './support/browser';
import { servedBrowser } from './support/servedBrowser';
import { ensureHarnessBuild } from './support/builds';
import { alertText, expectClerkMessage, openPane, pickFile, previewCounts, rowsByHeader, sheetValues, type Pane } from './support/pane';

jest.setTimeout(120_000);

const DOCX_CHUNK = /\/docx\.js$/;
const NAME = '目标任务分解通知.docx';

const describeBrowser = describeIfBrowser('e2e docx chunk');

describeBrowser('the .docx reader loads on demand in the browser task pane', () => {
  const env = servedBrowser(ensureHarnessBuild);
  let notice: Uint8Array;
  const panes: Pane[] = [];

  beforeAll(async () => {
    notice = await toBytes(decompositionNotice());
  });

  afterEach(async () => {
    for (const p of panes.splice(0)) {
      expect(p.pageErrors).toEqual([]);
      await p.close();
    }
  });

  /** Opens a pane and records the script requests it makes from then on. */
  async function pane(): Promise<{ page: Page; scripts: string[]; refused: string[] }> {
    const p = await openPane(env.browser, env.server.origin);
    panes.push(p);
    const scripts: string[] = [];
    const refused: string[] = [];
    const record = (r: Request) => {
      if (r.resourceType() === 'script') scripts.push(r.url());
    };
    p.page.on('request', record);
    // A CSP refusal shows only on the console; a chunk refused that way would never arrive.
    p.page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) refused.push(m.text());
    });
    return { page: p.page, scripts, refused };
  }

  test('opening the pane does not fetch it; picking a .docx fetches it from the pane origin and imports the notice', async () => {
    const { page, scripts, refused } = await pane();
    await page.getByRole('button', { name: '解析' }).and(page.locator(':enabled')).waitFor();
    const atStart = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
    expect(atStart.filter((u) => DOCX_CHUNK.test(u))).toEqual([]);

    await pickFile(page, NAME, notice);
    const counts = await previewCounts(page);
    expect(counts.tasks).toBe(3);
    expect(counts.indicators).toBeGreaterThanOrEqual(2);
    const chunk = scripts.filter((u) => DOCX_CHUNK.test(u));
    expect(chunk).toEqual([`${env.server.origin}/docx.js`]);
    expect(refused).toEqual([]);

    await page.getByRole('button', { name: '写入工作簿' }).click();
    await page.getByRole('region', { name: '已写入工作簿' }).waitFor({ timeout: 60_000 });
    const tasks = rowsByHeader(await sheetValues(page, '目标任务'));
    expect(tasks.map((r) => r['牵头单位'])).toEqual(['区发改局', '区人社局', '区教育局']);
    // The cell text "=SUM(A1)" from the document stays text in the sheet.
    expect(tasks[2]['责任单位']).toContain('=SUM(A1)');
  });

  test('a failed download says so in Chinese, names the file, and the next pick succeeds', async () => {
    const { page } = await pane();
    await page.route(DOCX_CHUNK, (route) => route.abort('internetdisconnected'));
    await pickFile(page, NAME, notice);
    const text = await alertText(page);
    expectClerkMessage(text);
    expect(text).toContain(NAME);
    expect(text).toContain('重新打开');

    await page.unroute(DOCX_CHUNK);
    await page.getByRole('button', { name: '关闭' }).click();
    await pickFile(page, NAME, notice);
    expect((await previewCounts(page)).tasks).toBe(3);
  });
});
