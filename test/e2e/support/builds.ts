/**
 * Builds the browser tests need, made on demand so `npm test` works from a fresh clone:
 *   - the e2e harness (webpack E2E switch) in dist-e2e/
 *   - a production build of the add-in in test-results/prod-build/ (the same config and mode as
 *     `npm run build`, in its own folder so a developer's dist/ — maybe built with OFFICE_JS=local —
 *     neither disturbs the tests nor gets wiped by them)
 * A build is redone when any input is newer than its stamp. Jest runs test files in parallel
 * workers and several files need the same build, so builds take a lock (a directory: mkdir is
 * atomic) and run one at a time; on a 2-core machine two webpacks at once only slow each other.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(__dirname, '..', '..', '..');
export const HARNESS_DIR = join(ROOT, 'dist-e2e');
export const PROD_DIR = join(ROOT, 'test-results', 'prod-build');

const LOCK = join(ROOT, 'test-results', '.build.lock');
const LOCK_OWNER = join(LOCK, 'pid');
/** A build on a busy 2-core machine has taken up to ~4 min; several test runs may queue. */
const LOCK_WAIT_MS = 15 * 60_000;
const WEBPACK = join(ROOT, 'node_modules', 'webpack-cli', 'bin', 'cli.js');

/** What both builds are made from. */
const COMMON_INPUTS = ['src', 'assets', 'webpack.config.js', 'tsconfig.json', 'package.json'];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

function isFresh(outDir: string, inputs: string[]): boolean {
  const stamp = join(outDir, '.built');
  if (!existsSync(stamp)) return false;
  const built = statSync(stamp).mtimeMs;
  return inputs.every((input) => newestMtime(join(ROOT, input)) <= built);
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** The lock's holder died (a killed test run): its lock is free. */
function holderIsGone(): boolean {
  try {
    const pid = Number(readFileSync(LOCK_OWNER, 'utf8'));
    if (!pid) return Date.now() - statSync(LOCK).mtimeMs > 10_000; // taken but pid not yet written
    process.kill(pid, 0);
    return false;
  } catch (err) {
    // ESRCH: no such process. A missing pid file older than a few seconds: a crash mid-take.
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ESRCH') return true;
    if (code === 'ENOENT') return existsSync(LOCK) && Date.now() - statSync(LOCK).mtimeMs > 10_000;
    return false;
  }
}

function withLock<T>(work: () => T): T {
  mkdirSync(join(ROOT, 'test-results'), { recursive: true });
  const deadline = Date.now() + LOCK_WAIT_MS;
  for (;;) {
    try {
      mkdirSync(LOCK);
      writeFileSync(LOCK_OWNER, String(process.pid));
      break;
    } catch {
      if (holderIsGone()) rmSync(LOCK, { recursive: true, force: true });
      else if (Date.now() > deadline) throw new Error(`build lock ${LOCK} held by another build for over ${LOCK_WAIT_MS / 60_000} min`);
      sleep(250);
    }
  }
  try {
    return work();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

function build(outDir: string, inputs: string[], args: string[], env: NodeJS.ProcessEnv): string {
  return withLock(() => {
    // Another worker may have built it while this one waited for the lock.
    if (isFresh(outDir, inputs)) return outDir;
    const started = Date.now();
    try {
      execFileSync(process.execPath, [WEBPACK, ...args], { cwd: ROOT, env: { ...process.env, ...env }, stdio: 'pipe' });
    } catch (err) {
      const e = err as { stdout?: Buffer; stderr?: Buffer };
      throw new Error(`webpack ${args.join(' ')} failed:\n${e.stdout?.toString() ?? ''}\n${e.stderr?.toString() ?? ''}`);
    }
    writeFileSync(join(outDir, '.built'), `${new Date().toISOString()} ${Date.now() - started} ms\n`);
    return outDir;
  });
}

/** dist-e2e/harness.html: the production App over the in-memory workbook port. */
export function ensureHarnessBuild(): string {
  const inputs = [...COMMON_INPUTS, 'test/e2e/harness.tsx', 'test/e2e/harness.html'];
  if (isFresh(HARNESS_DIR, inputs)) return HARNESS_DIR;
  // OFFICE_JS is cleared: the harness never loads Office.js and must not depend on the caller's shell.
  return build(HARNESS_DIR, inputs, ['--mode', 'production', '--env', 'E2E'], { E2E: '1', OFFICE_JS: '' });
}

/** test-results/prod-build/: what `npm run build` makes (Office.js from the CDN). */
export function ensureProductionBuild(): string {
  if (isFresh(PROD_DIR, COMMON_INPUTS)) return PROD_DIR;
  return build(PROD_DIR, COMMON_INPUTS, ['--mode', 'production', '--output-path', PROD_DIR], { E2E: '', OFFICE_JS: '' });
}
