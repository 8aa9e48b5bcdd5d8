/**
 * Size and start-up of the task pane: the production JavaScript gzipped (what a clerk's Excel
 * downloads on first open; the CI budget in test/compat/bundleBudget.test.ts is set from it),
 * and, where Chromium is installed, the time from navigation to an interactive pane (the "解析"
 * button enabled) in the e2e harness, which is the production App over the in-memory port.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { CHROMIUM_PATH } from '../test/e2e/support/browser';
import { ensureHarnessBuild, ensureProductionBuild } from '../test/e2e/support/builds';
import { serveDirectory } from '../test/e2e/support/staticServer';
import { median, round, type BenchRow } from './report';

/** Raw and gzipped (level 9, as a web server would) bytes of the build's `<entry>.*.js`. */
export function bundleSizes(dir: string, entry: string): { files: string[]; raw: number; gzip: number } {
  const files = readdirSync(dir).filter((f) => f.startsWith(`${entry}.`) && f.endsWith('.js'));
  let raw = 0;
  let gzip = 0;
  for (const f of files) {
    const bytes = readFileSync(join(dir, f));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { files, raw, gzip };
}

async function timeToInteractive(runs: number): Promise<number[]> {
  const server = await serveDirectory(ensureHarnessBuild());
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const times: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      // A new context each time: a cold cache, as on the first open of the pane.
      const context = await browser.newContext({ viewport: { width: 320, height: 760 } });
      const page = await context.newPage();
      await page.goto(`${server.origin}/harness.html`);
      await page.getByRole('button', { name: '解析' }).and(page.locator(':enabled')).waitFor();
      times.push(await page.evaluate(() => performance.now()));
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return times;
}

export default async function bundleBench(): Promise<BenchRow[]> {
  const dir = ensureProductionBuild();
  const rows: BenchRow[] = [];
  for (const entry of ['taskpane', 'commands']) {
    const size = bundleSizes(dir, entry);
    rows.push({
      bench: 'bundle',
      case: `${entry}.*.js (production)`,
      metric: 'gzip',
      value: round(size.gzip / 1024),
      unit: 'KB',
      note: `${round(size.raw / 1024)} KB raw, ${size.files.length} file(s)`,
    });
  }
  if (existsSync(CHROMIUM_PATH)) {
    const times = await timeToInteractive(7);
    rows.push({
      bench: 'bundle',
      case: 'harness: navigation → interactive pane (headless Chromium, cold cache)',
      metric: 'time',
      value: round(median(times)),
      unit: 'ms',
      note: `median of ${times.length}, range ${round(Math.min(...times))}–${round(Math.max(...times))} ms`,
    });
  } else {
    rows.push({ bench: 'bundle', case: 'harness: navigation → interactive', metric: 'time', value: NaN, unit: 'ms', note: `skipped: no ${CHROMIUM_PATH}` });
  }
  return rows;
}
