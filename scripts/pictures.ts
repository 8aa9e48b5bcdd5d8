/**
 * `npm run pictures`: refreshes the pictures of printed pages in docs/workbook/ (only on request:
 * tests never rewrite them). Builds seed 002's workbook with the sample figures exactly as the
 * README's main job does, prints it through LibreOffice, and turns the first page into a PNG at a
 * resolution where the Chinese is legible. Needs libreoffice-calc, poppler-utils, fonts-noto-cjk.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCommand } from '../src/cli/buildCommand';

const ROOT = join(__dirname, '..');
const DPI = '110';

async function main(): Promise<void> {
  const out = mkdtempSync(join(tmpdir(), 'tm-pictures-'));
  const io = { stdout: (t: string) => process.stdout.write(t), stderr: (t: string) => process.stderr.write(t) };
  const code = await buildCommand(
    ['--targets', join(ROOT, 'seeds/002_6ca40ee2ecc3ed1b.txt'), '--figures', join(ROOT, 'samples/002-figures-2024-06.csv'), '--month', '2024-06', '--out', out],
    io,
  );
  if (code !== 0) throw new Error('cli build failed');
  const pdf = join(out, '目标任务监测-2024-06.pdf');
  execFileSync('pdftoppm', ['-png', '-r', DPI, '-f', '1', '-l', '1', '-singlefile', pdf, join(out, 'p1')]);
  renameSync(join(out, 'p1.png'), join(ROOT, 'docs/workbook/build-p1.png'));
  console.log('已更新 docs/workbook/build-p1.png');
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
