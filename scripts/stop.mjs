// `npm run stop`: stops what `npm start` started — the dev server it runs in the foreground (by the
// pid it recorded) and, on Windows/macOS, the sideload through office-addin-debugging.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { OFFICE_ADDIN_DEBUGGING, PID_FILE, canSideload, localDebuggingBin, readPidFile, removePidFile } from './devServer.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

// Windows/macOS: unregister the sideloaded add-in and stop the dev server office-addin-debugging
// started (the local install, or through npx as start.mjs ran it).
const sideloaded = canSideload() && process.env.TM_NO_SIDELOAD !== '1';
if (sideloaded) {
  const local = localDebuggingBin(ROOT);
  if (local) spawnSync(process.execPath, [local, 'stop', 'manifest.xml'], { cwd: ROOT, stdio: 'inherit' });
  else spawnSync(`npx --yes ${OFFICE_ADDIN_DEBUGGING} stop manifest.xml`, { cwd: ROOT, stdio: 'inherit', shell: true });
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
  if (!sideloaded) console.log(`[stop] 没有正在运行的开发服务器 / no dev server recorded in ${PID_FILE}.`);
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
