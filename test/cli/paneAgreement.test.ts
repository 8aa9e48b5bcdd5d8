/**
 * The pane and the command line read a workbook through the same code: on the workbook `cli build`
 * makes for seed 002, the pane's 进度 view and `cli progress` give every item the same status,
 * the qualitative targets (milestones, bottom lines, relative targets) included.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadProgressView } from '../../src/app/progressView/loadProgressView';
import { buildCommand } from '../../src/cli/buildCommand';
import { progressCommand } from '../../src/cli/progressCommand';
import { openXlsxWorkbook } from '../../src/xlsx/xlsxWorkbook';

jest.setTimeout(120_000);

const root = join(__dirname, '../..');
const args = ['--targets', join(root, 'seeds/002_6ca40ee2ecc3ed1b.txt'), '--figures', join(root, 'samples/002-figures-2024-06.csv'), '--month', '2024-06'];
const quiet = { stdout: () => undefined, stderr: () => undefined };

test('the pane’s view of the built workbook and `cli progress` agree on every item', async () => {
  const out = mkdtempSync(join(tmpdir(), 'tm-agree-'));
  expect(await buildCommand([...args, '--out', out, '--no-pdf'], quiet)).toBe(0);
  const store = await openXlsxWorkbook(new Uint8Array(readFileSync(join(out, '目标任务监测-2024-06.xlsx'))), 'built.xlsx');
  const view = await loadProgressView(store);
  if (view.kind !== 'ready') throw new Error('no view');

  let json = '';
  expect(await progressCommand(args, { stdout: (t) => (json += t), stderr: () => undefined })).toBe(0);
  const cli = JSON.parse(json) as { indicators: { id: string; kind: string; status: string }[] };
  const status = new Map(cli.indicators.map((i) => [i.id, i.status]));

  expect(view.month).toBe(6);
  expect(cli.indicators).toHaveLength(view.total);
  const counts: Record<string, number> = {};
  for (const i of cli.indicators) counts[i.status] = (counts[i.status] ?? 0) + 1;
  expect(counts).toEqual(Object.fromEntries(Object.entries(view.counts).filter(([, n]) => n > 0)));
  const listed = [...view.lagging, ...view.warning, ...view.missing].flatMap((g) => g.items);
  expect(listed.length).toBeGreaterThan(200);
  for (const item of listed) expect([item.id, status.get(item.id)]).toEqual([item.id, item.status]);
  // Qualitative targets are judged on both sides.
  expect(new Set(cli.indicators.map((i) => i.kind))).toEqual(new Set(['growth', 'level', 'milestone', 'bottomline', 'relative']));
  expect(listed.some((i) => i.kind === 'milestone')).toBe(true);
});
