/**
 * The command line's wall time for one call, `parse` of seed 002, as a clerk or a script runs it:
 * the prebuilt bundle under plain node (`node dist-cli/cli.mjs`), the documented `npm run -s cli`
 * (which adds npm and a freshness check), and the former `tsx src/cli/main.ts` for the ratio. A bare
 * `node -e ""` is the floor no bundle can go under on this machine.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { median, round, type BenchRow } from './report';

const ROOT = join(__dirname, '..');
const SEED = 'seeds/002_6ca40ee2ecc3ed1b.txt';

function wallMedian(command: string, args: string[], runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs + 1; i++) {
    const t0 = performance.now();
    const r = spawnSync(command, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const ms = performance.now() - t0;
    if (r.status !== 0) throw new Error(`${command} ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
    if (i > 0) times.push(ms); // the first run warms the disk cache (and builds the bundle if stale)
  }
  return median(times);
}

export default async function cliBench(): Promise<BenchRow[]> {
  const npmRun = wallMedian('npm', ['run', '-s', 'cli', '--', 'parse', SEED], 7);
  const bundle = wallMedian('node', ['dist-cli/cli.mjs', 'parse', SEED], 9);
  const tsx = wallMedian(join(ROOT, 'node_modules/.bin/tsx'), ['src/cli/main.ts', 'parse', SEED], 5);
  const floor = wallMedian('node', ['-e', ''], 9);
  const row = (c: string, ms: number, note: string): BenchRow => ({ bench: 'cli', case: c, metric: 'time', value: round(ms), unit: 'ms', note });
  return [
    row('node dist-cli/cli.mjs parse seed 002 (the bundle)', bundle, `goal < 300 ms; ${round(tsx / bundle)}× faster than tsx`),
    row('npm run -s cli -- parse seed 002', npmRun, 'npm itself and the bundle freshness check included'),
    row('tsx src/cli/main.ts parse seed 002 (before the bundle)', tsx, 'compiles every run in a second node process'),
    row('node -e "" (start-up floor)', floor, 'plain node start, no work'),
  ];
}
