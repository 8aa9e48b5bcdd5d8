/**
 * `npm run bench`: runs every bench/*.bench.ts (one after the other, so they do not compete for
 * the two cores), prints one table and writes out/bench-results.json (untracked) with the machine
 * it ran on. `npm run bench -- --update` writes bench/results.json instead, the tracked figures the
 * README quotes: a benchmark run never changes the work tree unless asked to.
 * `npm run bench -- parse import` runs only the benches whose file names start with those words.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, join, relative } from 'node:path';
import type { Bench, BenchRow } from './report';

const TRACKED = join(__dirname, 'results.json');
const SCRATCH = join(__dirname, '..', 'out', 'bench-results.json');

async function main(): Promise<void> {
  const only = process.argv.slice(2).filter((a) => !a.startsWith('-'));
  const target = process.argv.includes('--update') ? TRACKED : SCRATCH;
  const files = readdirSync(__dirname)
    .filter((f) => f.endsWith('.bench.ts'))
    .filter((f) => only.length === 0 || only.some((o) => f.startsWith(o)))
    .sort();
  const rows: BenchRow[] = [];
  const failures: string[] = [];
  for (const file of files) {
    const started = Date.now();
    process.stderr.write(`bench: ${file}… `);
    try {
      const mod = (await import(join(__dirname, file))) as { default?: Bench | { default?: Bench }; run?: Bench };
      // tsx may wrap a CommonJS-compiled default export once more.
      const fn = typeof mod.default === 'function' ? mod.default : (mod.default?.default ?? mod.run);
      if (typeof fn !== 'function') throw new Error('exports no default async () => BenchRow[]');
      rows.push(...(await fn()));
      process.stderr.write(`${((Date.now() - started) / 1000).toFixed(1)} s\n`);
    } catch (err) {
      process.stderr.write('FAILED\n');
      failures.push(`${file}: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    }
  }

  // A partial run (`npm run bench -- parse`) keeps the other benches' last figures in the file.
  const ran = new Set(rows.map((r) => r.bench));
  const kept = only.length > 0 ? previousRows(target).filter((r) => !ran.has(r.bench)) : [];
  rows.push(...kept);

  printTable(rows);
  const machine = { cpus: cpus().length, cpu: cpus()[0]?.model ?? '', memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version };
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, JSON.stringify({ date: new Date().toISOString(), machine, rows }, null, 2) + '\n');
  const shown = relative(join(__dirname, '..'), target);
  console.log(`\nwritten: ${shown} (${machine.cpus} cores, node ${machine.node})${target === SCRATCH ? '; `--update` writes bench/results.json' : ''}`);
  if (failures.length > 0) {
    console.error(`\n${failures.length} bench file(s) failed:\n${failures.join('\n\n')}`);
    process.exitCode = 1;
  }
}

/** The last figures of the benches not run now: from the file being written, else the tracked one. */
function previousRows(target: string): BenchRow[] {
  const file = existsSync(target) ? target : TRACKED;
  if (!existsSync(file)) return [];
  try {
    return (JSON.parse(readFileSync(file, 'utf8')) as { rows?: BenchRow[] }).rows ?? [];
  } catch {
    return [];
  }
}

function printTable(rows: BenchRow[]): void {
  const cells = rows.map((r) => [r.bench, r.case, r.metric, Number.isNaN(r.value) ? '—' : r.value.toLocaleString('en'), r.unit, r.note ?? '']);
  const header = ['bench', 'case', 'metric', 'value', 'unit', 'note'];
  // Chinese characters take two columns in a terminal.
  const width = (s: string) => [...s].reduce((n, ch) => n + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0);
  const widths = header.map((h, i) => Math.max(width(h), ...cells.map((c) => width(c[i]))));
  const line = (c: string[]) => c.map((s, i) => (i === 3 ? ' '.repeat(widths[i] - width(s)) + s : s + ' '.repeat(widths[i] - width(s)))).join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const c of cells) console.log(line(c));
}

void main();
