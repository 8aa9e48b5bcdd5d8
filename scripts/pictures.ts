/**
 * `npm run pictures`: refreshes the pictures of printed pages in docs/ (only on request: tests
 * never rewrite them). Builds seed 002's workbook with the sample figures exactly as the README's
 * main job does and prints it through LibreOffice:
 * - docs/workbook/build-p1.png: the first page of the working sheets' PDF (110 dpi);
 * - docs/print/<kind>-p1.png: the first page of each kind of target in the leaders' paper (it
 *   starts a page of its own), and docs/print/unit-lagging-p1.png, the paper by lead unit with the
 *   lagging items only, at 150 dpi.
 * Needs libreoffice-calc, poppler-utils, fonts-noto-cjk.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCommand } from '../src/cli/buildCommand';

const ROOT = join(__dirname, '..');
const SEED = join(ROOT, 'seeds/002_6ca40ee2ecc3ed1b.txt');
const FIGURES = join(ROOT, 'samples/002-figures-2024-06.csv');
const NAME = '目标任务监测-2024-06';
const io = { stdout: (t: string) => process.stdout.write(t), stderr: (t: string) => process.stderr.write(t) };

/** Builds into a new folder with the extra options; the folder. */
async function build(extra: string[]): Promise<string> {
  const out = mkdtempSync(join(tmpdir(), 'tm-pictures-'));
  const code = await buildCommand(['--targets', SEED, '--figures', FIGURES, '--month', '2024-06', '--maker', '区政府督查室', '--issue', '6', ...extra, '--out', out], io);
  if (code !== 0) throw new Error('cli build failed');
  return out;
}

/** Page `page` (1-based) of `pdf` as a PNG at `dpi`, saved as docs/<target>. */
function picture(pdf: string, page: number, dpi: number, target: string): void {
  const dir = mkdtempSync(join(tmpdir(), 'tm-page-'));
  execFileSync('pdftoppm', ['-png', '-r', String(dpi), '-f', String(page), '-l', String(page), '-singlefile', pdf, join(dir, 'p')]);
  mkdirSync(join(ROOT, 'docs', target, '..'), { recursive: true });
  copyFileSync(join(dir, 'p.png'), join(ROOT, 'docs', target));
  console.log(`已更新 docs/${target}`);
}

function pageTexts(pdf: string): string[] {
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);
  return Array.from({ length: pages }, (_, i) => execFileSync('pdftotext', ['-f', String(i + 1), '-l', String(i + 1), pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ''));
}

async function main(): Promise<void> {
  const byKind = await build([]);
  picture(join(byKind, `${NAME}.pdf`), 1, 110, 'workbook/build-p1.png');
  const paper = join(byKind, `${NAME}-1-6月进展表-按类别.pdf`);
  const texts = pageTexts(paper);
  const kinds: [string, string][] = [
    ['一、主要经济指标', 'economic'],
    ['二、量化指标', 'quantified'],
    ['三、重点项目和节点任务', 'milestone'],
    ['四、底线任务', 'bottomline'],
  ];
  for (const [heading, file] of kinds) {
    const page = texts.findIndex((t) => t.includes(heading));
    if (page < 0) throw new Error(`no page holds ${heading}`);
    picture(paper, page + 1, 150, `print/${file}-p1.png`);
  }
  const byUnit = await build(['--group', 'unit', '--only', 'lagging']);
  picture(join(byUnit, `${NAME}-1-6月进展表-按牵头单位-仅滞后预警.pdf`), 1, 150, 'print/unit-lagging-p1.png');
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
