// `npm run stop`: stops what `npm start` started — the dev server it runs in the foreground (by the
// pid it recorded) and, on Windows/macOS when office-addin-debugging is installed, the sideload.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PID_FILE, canSideload, localDebuggingBin, readPidFile, removePidFile } from './devServer.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

const debuggingBin = canSideload() ? localDebuggingBin(ROOT) : null;
if (debuggingBin) {
  // Unregisters the sideloaded add-in and stops the dev server it started.
  spawnSync(process.execPath, [debuggingBin, 'stop', 'manifest.xml'], { cwd: ROOT, stdio: 'inherit' });
}

/** SIGTERM, then SIGKILL if it is still shutting down "gracefully" (e.g. mid-compile) after 10 s. */
async function terminate(pid) {
  process.kill(pid, 'SIGTERM');
  for (let waited = 0; waited < 10_000; waited += 250) {
    await new Promise((r) => setTimeout(r, 250));
    try {
      process.kill(pid, 0);
    } catch {
      return;
    }
  }
  process.kill(pid, 'SIGKILL');
}

const pid = readPidFile();
if (pid === null) {
  if (!debuggingBin) console.log(`[stop] 没有正在运行的开发服务器 / no dev server recorded in ${PID_FILE}.`);
} else {
  try {
    if (process.platform === 'win32') spawnSync('taskkill', ['/pid', String(pid), '/T', '/F'], { stdio: 'inherit' });
    else await terminate(pid);
    console.log(`[stop] 已停止开发服务器 / stopped the dev server (pid ${pid}).`);
  } catch (error) {
    if (error.code !== 'ESRCH') throw error;
    console.log(`[stop] 开发服务器已不在运行 / the dev server (pid ${pid}) had already stopped.`);
  }
  removePidFile();
}
