/** @jest-environment node */
/**
 * The production task pane page (the same build as `npm run build`) where the app cannot start:
 * Office.js blocked (an intranet without the CDN), Office.js present but the page opened outside
 * Excel, an Excel too old, another Office host, an Internet Explorer webview. Each must show a
 * clear Chinese message, never a blank pane.
 *
 * The CDN is never reached: its URL is answered by the test (aborted, or served from the local
 * copy in @microsoft/office-js, or a stub).
 */
import { readFile } from 'node:fs/promises';
import { join, normalize } from 'node:path';
import type { Page, Route } from 'playwright-core';
import { describeIfBrowser } from './support/browser';
import { servedBrowser } from './support/servedBrowser';
import { ROOT, ensureProductionBuild } from './support/builds';
import { screenshot } from './support/pane';

const CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/';
const OFFICE_JS_DIST = join(ROOT, 'node_modules', '@microsoft', 'office-js', 'dist');
// An IE 11 webview, as Office 2016/2019 volume editions use.
const IE11 = 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; rv:11.0) like Gecko';

jest.setTimeout(120_000);

/** A stand-in for office.js: onReady answers with the given host, requirement sets as given. */
function stubOfficeJs(host: string | null, supportsRequiredSet: boolean): string {
  return `window.Office = {
    context: { requirements: { isSetSupported: function () { return ${supportsRequiredSet}; } } },
    onReady: function (cb) {
      var info = { host: ${JSON.stringify(host)}, platform: ${host ? '"PC"' : 'null'} };
      return new Promise(function (resolve) { setTimeout(function () { if (cb) cb(info); resolve(info); }, 30); });
    }
  };`;
}

const describeBrowser = describeIfBrowser('e2e host fallback');

describeBrowser('the task pane outside a usable Excel', () => {
  const env = servedBrowser(ensureProductionBuild);
  const outsideRequests: string[] = [];
  const cspViolations: string[] = [];

  async function open(office: (route: Route) => Promise<void>, options: { userAgent?: string } = {}): Promise<Page> {
    const context = await env.browser.newContext({ viewport: { width: 320, height: 480 }, locale: 'zh-CN', ...options });
    const page = await context.newPage();
    page.on('request', (r) => {
      const url = new URL(r.url());
      if (url.hostname !== '127.0.0.1' && url.protocol !== 'data:') outsideRequests.push(r.url());
    });
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) cspViolations.push(m.text());
    });
    await page.route(`${CDN}**`, office);
    // Anything else off this machine is refused, so a stray request fails loudly here too.
    await page.route((url) => url.hostname !== '127.0.0.1' && !url.href.startsWith(CDN), (route) => route.abort());
    await page.goto(`${env.server.origin}/taskpane.html`);
    return page;
  }

  const visibleText = (page: Page) => page.locator('body').innerText();

  test('Office.js cannot be loaded (CDN unreachable): the "无法加载 Office.js" message', async () => {
    const page = await open((route) => route.abort('internetdisconnected'));
    await page.getByText('无法加载 Office.js').waitFor({ timeout: 30_000 });
    expect(await page.getByRole('alert').innerText()).toContain('appsforoffice.microsoft.com');
    await screenshot(page, 'host-no-office');
    await page.context().close();
  });

  test('the real Office.js outside Excel (onReady host null): "需要在 Excel 中打开"', async () => {
    const page = await open(async (route) => {
      const rel = normalize(new URL(route.request().url()).pathname.replace('/lib/1/hosted/', ''));
      try {
        await route.fulfill({ body: await readFile(join(OFFICE_JS_DIST, rel)), contentType: 'text/javascript' });
      } catch {
        await route.fulfill({ status: 404, body: '' });
      }
    });
    await page.getByText('需要在 Excel 中打开').waitFor({ timeout: 30_000 });
    await screenshot(page, 'host-not-excel');
    await page.context().close();
  });

  test('Excel without ExcelApi 1.9: "过旧"', async () => {
    const page = await open((route) => route.fulfill({ body: stubOfficeJs('Excel', false), contentType: 'text/javascript' }));
    await page.getByText('此版本的 Excel 过旧').waitFor({ timeout: 30_000 });
    await page.context().close();
  });

  test('another Office host: "只能在 Excel 中使用"', async () => {
    const page = await open((route) => route.fulfill({ body: stubOfficeJs('Word', true), contentType: 'text/javascript' }));
    await page.getByText('只能在 Excel 中使用').waitFor({ timeout: 30_000 });
    await page.context().close();
  });

  test('an Internet Explorer webview: the old-engine message', async () => {
    const page = await open((route) => route.fulfill({ body: stubOfficeJs('Excel', true), contentType: 'text/javascript' }), {
      userAgent: IE11,
    });
    await page.locator('#tm-legacy').waitFor({ state: 'visible', timeout: 30_000 });
    expect(await visibleText(page)).toContain('Internet Explorer');
    await page.context().close();
  });

  test('no request but the page\'s own files and Office.js; no Content-Security-Policy violation', () => {
    expect(outsideRequests.length).toBeGreaterThan(0);
    expect(outsideRequests.filter((u) => !u.startsWith(CDN))).toEqual([]);
    expect(cspViolations).toEqual([]);
  });
});
