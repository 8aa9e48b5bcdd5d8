/**
 * Size and start-up of the task pane: the production JavaScript gzipped that a clerk's Excel
 * downloads on first open (the scripts taskpane.html loads at start; the CI budget in
 * test/compat/bundleBudget.test.ts is set from it), the .docx reader chunk fetched only when a
 * Word file is picked, and, where Chromium is installed, the time from navigation to an
 * interactive pane (the "解析" button enabled) in the e2e harness, which is the production App
 * over the in-memory port.
 */
import { existsSync } from 'node:fs';
import { CHROMIUM_PATH, launchChromium } from '../test/e2e/support/browser';
import { ensureHarnessBuild, ensureProductionBuild } from '../test/e2e/support/builds';
import { serveDirectory } from '../test/e2e/support/staticServer';
import { lazyChunk, sizesOf, startScripts, type FileSizes } from '../test/compat/bundleFiles';
import { median, round, type BenchRow } from './report';

function sizeRow(what: string, size: FileSizes): BenchRow {
  return {
    bench: 'bundle',
    case: what,
    metric: 'gzip',
    value: round(size.gzip / 1024),
    unit: 'KB',
    note: `${round(size.raw / 1024)} KB raw: ${size.files.join(', ')}`,
  };
}

async function timeToInteractive(runs: number): Promise<number[]> {
  const server = await serveDirectory(ensureHarnessBuild());
  const browser = await launchChromium();
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
  const rows: BenchRow[] = [
    sizeRow('task pane start-up JS (taskpane.html scripts, production)', sizesOf(dir, startScripts(dir, 'taskpane.html'))),
    sizeRow('.docx reader chunk, on demand (docx.*.js, production)', sizesOf(dir, lazyChunk(dir, 'docx'))),
    sizeRow('commands page start-up JS (commands.html scripts, production)', sizesOf(dir, startScripts(dir, 'commands.html'))),
  ];
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
