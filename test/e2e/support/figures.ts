/**
 * The sample month of figures (samples/002-figures-2024-06.csv, illustrative numbers, not real
 * statistics) and a clerk typing them into 月度填报 in the harness, cell by cell (each fires a
 * change, as in Excel).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT } from './builds';

export const FIGURES = readFileSync(join(ROOT, 'samples', '002-figures-2024-06.csv'), 'utf8')
  .split('\n')
  .filter((l) => /^[\w-]+,\d{4}-\d{2},/.test(l))
  .map((l) => {
    const [id, period, value] = l.split(',');
    return { id, month: Number(period.slice(5, 7)), value: Number(value) };
  });

export async function typeFigures(page: Page, figures: { id: string; month: number; value: number | string }[]): Promise<void> {
  await page.evaluate((rows) => {
    const port = window.__tmPort;
    const values = port.values('月度填报');
    const months = values[1];
    const letter = (c: number) => {
      let s = '';
      for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
      return s;
    };
    for (const f of rows) {
      const r = values.findIndex((row, i) => i >= 3 && row[0] === f.id);
      const c = months.indexOf(f.month);
      if (r < 0 || c < 0) throw new Error(`月度填报中没有 ${f.id} ${f.month}月`);
      port.setCell('月度填报', `${letter(c)}${r + 1}`, f.value);
    }
  }, figures);
}
