// Shared by start.mjs and stop.mjs: where the dev server runs, its pid file, whether this platform
// can sideload into desktop Excel.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:https';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

export const DEV_URL = 'https://localhost:3000';
/** Kept inside the project so two checkouts do not stop each other's server. */
export const PID_FILE = join(ROOT, 'node_modules', '.cache', 'target-monitor', 'dev-server.pid');
/** The version that matches office-addin-dev-certs 3 and office-addin-manifest 3. */
export const OFFICE_ADDIN_DEBUGGING = 'office-addin-debugging@7';

/** office-addin-debugging sideloads only into desktop Excel on Windows and macOS. */
export function canSideload() {
  return process.platform === 'win32' || process.platform === 'darwin';
}

/** The CLI of a locally installed office-addin-debugging, or null. */
export function localDebuggingBin(root = ROOT) {
  const bin = join(root, 'node_modules', 'office-addin-debugging', 'cli.js');
  return existsSync(bin) ? bin : null;
}

export function writePidFile(pid) {
  mkdirSync(dirname(PID_FILE), { recursive: true });
  writeFileSync(PID_FILE, String(pid));
}

export function readPidFile() {
  if (!existsSync(PID_FILE)) return null;
  const pid = Number(readFileSync(PID_FILE, 'utf8').trim());
  return Number.isInteger(pid) && pid > 0 ? pid : null;
}

export function removePidFile() {
  rmSync(PID_FILE, { force: true });
}

/** True when something answers https on the dev URL (the dev certificate may not be trusted). */
export function isServing() {
  return new Promise((resolve) => {
    const req = request(`${DEV_URL}/taskpane.html`, { method: 'HEAD', rejectUnauthorized: false, timeout: 2000 }, (res) => {
      res.resume();
      resolve(true);
    });
    req.on('error', () => resolve(false));
    req.on('timeout', () => {
      req.destroy();
      resolve(false);
    });
    req.end();
  });
}
