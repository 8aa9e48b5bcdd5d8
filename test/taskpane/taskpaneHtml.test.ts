/** @jest-environment jsdom */
/**
 * The page around the bundle: its Content-Security-Policy, and the ES5 fallback that keeps an old
 * Office webview (Internet Explorer 11, EdgeHTML) from showing a blank pane.
 */
import { readFileSync } from 'fs';
import { join } from 'path';

const dir = join(__dirname, '../../src/taskpane');
const template = readFileSync(join(dir, 'taskpane.html'), 'utf8');
const legacyCheck = readFileSync(join(dir, 'legacyCheck.js'), 'utf8');

/** The page as webpack.config.js renders it by default (Office.js from the CDN). */
const page = template
  .replace('<%= officeJsUrl %>', 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js')
  .replace('<%= officeJsOrigin %>', 'https://appsforoffice.microsoft.com');

const IE11 = 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; ms-office; MSOffice 16; rv:11.0) like Gecko';
const EDGE_HTML = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19041';
const EDGE_CHROMIUM = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 Edg/120.0.0.0';

function loadPage(userAgent: string, documentMode?: number) {
  document.documentElement.innerHTML = page.replace(/<!doctype html>/i, '');
  Object.defineProperty(window.navigator, 'userAgent', { value: userAgent, configurable: true });
  Object.defineProperty(document, 'documentMode', { value: documentMode, configurable: true });
  // Indirect eval: the script runs at global scope as the browser would run it.
  (0, eval)(legacyCheck);
}

const visible = (id: string) => !document.getElementById(id)!.hasAttribute('hidden');

describe('Content-Security-Policy of the task pane', () => {
  const csp = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(page)?.[1] ?? '';
  const directives = new Map(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v] as const));

  test('allows only the add-in itself and the Office.js CDN', () => {
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('script-src')).toEqual(["'self'", 'https://appsforoffice.microsoft.com']);
    expect(directives.get('connect-src')).toEqual(["'self'"]);
    expect(directives.get('img-src')).toEqual(["'self'", 'data:']);
    expect(directives.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    const hosts = csp.match(/https?:\/\/[^\s;]+/g);
    expect(hosts).toEqual(['https://appsforoffice.microsoft.com']);
    expect(csp).not.toContain('unsafe-eval');
  });

  test('has no inline script (the CSP would block it): every script is a file, Office.js first', () => {
    const scripts = [...template.matchAll(/<script\b((?:[^>"]|"[^"]*")*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.map((m) => /src="([^"]+)"/.exec(m[1])?.[1])).toEqual(['<%= officeJsUrl %>', 'legacyCheck.js']);
    expect(template.match(/<%[=-]?\s*(\w+)/g)?.map((t) => t.replace(/<%[=-]?\s*/, '')).sort()).toEqual(['officeJsOrigin', 'officeJsUrl']);
    expect(scripts.every((m) => m[2].trim() === '')).toBe(true);
    expect(template).not.toMatch(/\son[a-z]+=/i);
  });
});

describe('legacyCheck.js', () => {
  afterEach(() => jest.useRealTimers());

  test.each([
    ['Internet Explorer 11 (Office 2016/2019 volume)', IE11, 11],
    ['EdgeHTML (Office 2019 retail on Windows 10)', EDGE_HTML, undefined],
  ])('%s: the static message names the engine and the Excel versions that work', (_, ua, mode) => {
    loadPage(ua, mode);
    expect(visible('tm-legacy')).toBe(true);
    expect(document.getElementById('tm-legacy')!.textContent).toContain('Internet Explorer');
    expect(document.getElementById('tm-legacy')!.textContent).toContain('Excel 2021');
  });

  test('a modern webview sees nothing, and nothing later once the bundle has rendered', () => {
    jest.useFakeTimers();
    loadPage(EDGE_CHROMIUM);
    expect(visible('tm-legacy')).toBe(false);
    document.getElementById('root')!.appendChild(document.createElement('div'));
    jest.advanceTimersByTime(60_000);
    expect(visible('tm-stalled')).toBe(false);
  });

  test('a bundle that never starts: after 15 s the pane says so instead of staying blank', () => {
    jest.useFakeTimers();
    loadPage(EDGE_CHROMIUM);
    jest.advanceTimersByTime(14_000);
    expect(visible('tm-stalled')).toBe(false);
    jest.advanceTimersByTime(2_000);
    expect(visible('tm-stalled')).toBe(true);
    expect(document.getElementById('tm-stalled')!.textContent).toContain('未能启动');
  });

  test('is ES5: no let/const, arrow functions, template literals or classes', () => {
    const code = legacyCheck.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
    expect(code).not.toMatch(/\b(let|const|class)\s|=>|`/);
  });
});
