/**
 * Driving the task pane in the harness as a clerk would: open it at a pane width, pick a file,
 * paste, read what the pane says, read the workbook back through window.__tmPort.
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { CellValue } from '../../../src/workbook/plan';
import { ROOT } from './builds';

export const SCREENSHOT_DIR = join(ROOT, 'test-results', 'screenshots');
export const DOCS_SCREENSHOT_DIR = join(ROOT, 'docs', 'screenshots');
/** Excel's task pane: 320 px by default on Windows, wider when the clerk drags it. */
export const PANE_WIDTHS = [320, 450] as const;
const PANE_HEIGHT = 760;

export interface Pane {
  page: Page;
  /** Uncaught exceptions in the page: a crash the clerk would see as a frozen or blank pane. */
  pageErrors: string[];
  close(): Promise<void>;
}

/** Every URL requested by any pane, for the network gate. */
export const allRequests: string[] = [];

export async function openPane(browser: Browser, origin: string, width: number = PANE_WIDTHS[0]): Promise<Pane> {
  const context = await browser.newContext({ viewport: { width, height: PANE_HEIGHT }, deviceScaleFactor: 1, locale: 'zh-CN' });
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('request', (r) => allRequests.push(r.url()));
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  await page.goto(`${origin}/harness.html`);
  await page.getByRole('button', { name: '解析' }).waitFor({ timeout: 30_000 });
  return { page, pageErrors, close: () => context.close() };
}

export async function pickFile(page: Page, name: string, bytes: Uint8Array | string): Promise<void> {
  const buffer = typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : Buffer.from(bytes);
  await page.locator('input[type=file]').setInputFiles({ name, mimeType: 'application/octet-stream', buffer });
}

export async function paste(page: Page, text: string): Promise<void> {
  const box = page.getByRole('textbox').first();
  if (text.length <= 2000) {
    await box.fill(text);
  } else {
    // Headless Chromium types a long text in ~20 s whatever the page (a bare <textarea> too),
    // while a real paste is one input event: set the value the way a paste does and let React
    // see the one input event.
    await box.evaluate((el, value) => {
      const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set;
      setter?.call(el, value);
      el.dispatchEvent(new Event('input', { bubbles: true }));
    }, text);
  }
  await page.getByRole('button', { name: '解析' }).click();
}

/** "任务 80 项，量化指标 57 个，定性目标 30 个，需核对 2 处" → the four numbers. */
export async function previewCounts(page: Page): Promise<{ tasks: number; indicators: number; qualitative: number; uncertain: number }> {
  const text = (await page.getByTestId('preview-counts').textContent({ timeout: 60_000 })) ?? '';
  const m = /任务\s*(\d+)\s*项，量化指标\s*(\d+)\s*个，定性目标\s*(\d+)\s*个，需核对\s*(\d+)\s*处/.exec(text);
  if (!m) throw new Error(`preview counts not understood: ${text}`);
  return { tasks: Number(m[1]), indicators: Number(m[2]), qualitative: Number(m[3]), uncertain: Number(m[4]) };
}

/** The text of the error bar (role=alert), waiting for it to appear. */
export async function alertText(page: Page): Promise<string> {
  const alert = page.getByRole('alert');
  await alert.first().waitFor({ timeout: 60_000 });
  return ((await alert.first().textContent()) ?? '').trim();
}

export async function sheetValues(page: Page, sheet: string): Promise<CellValue[][]> {
  return page.evaluate((name) => window.__tmPort.values(name), sheet);
}

/** Cells of every sheet that hold a formula (document text must never become one). */
export async function formulaCells(page: Page): Promise<{ sheet: string; address: string; formula: string }[]> {
  return page.evaluate(() => {
    const port = window.__tmPort;
    const out: { sheet: string; address: string; formula: string }[] = [];
    for (const name of port.sheetNames()) {
      for (const [k, cell] of port.sheet(name)?.cells ?? []) if (cell.formula) out.push({ sheet: name, address: k, formula: cell.formula });
    }
    return out;
  });
}

/** Rows of a sheet as objects keyed by the header row (row 0). */
export function rowsByHeader(values: CellValue[][]): Record<string, CellValue>[] {
  const [header, ...rows] = values;
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [String(h), r[i] ?? null])));
}

/**
 * Screenshot of what the pane shows now, at its width: test-results/screenshots/<view>-<width>.png.
 * One per view (the 320 px one) goes to docs/screenshots/ for the README only when asked
 * (UPDATE_SCREENSHOTS=1), so a test run leaves the work tree as it was.
 */
export async function screenshot(page: Page, view: string): Promise<string> {
  const width = page.viewportSize()?.width ?? 0;
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = join(SCREENSHOT_DIR, `${view}-${width}.png`);
  await page.screenshot({ path: file, fullPage: false, animations: 'disabled' });
  if (width === PANE_WIDTHS[0] && process.env.UPDATE_SCREENSHOTS === '1') {
    mkdirSync(DOCS_SCREENSHOT_DIR, { recursive: true });
    copyFileSync(file, join(DOCS_SCREENSHOT_DIR, `${view}.png`));
  }
  return file;
}

/** A clerk-facing message: Chinese, and none of the developer's words for a crash. */
export function expectClerkMessage(text: string): void {
  expect(text.match(/[\u4e00-\u9fff]/g)?.length ?? 0).toBeGreaterThanOrEqual(6);
  expect(text).not.toMatch(/\b(Error|TypeError|undefined|null|NaN|Exception|stack)\b|\[object /);
}
