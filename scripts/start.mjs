// `npm start`: make the dev certificate, serve the task pane on https://localhost:3000 and, where
// Excel can be driven (Windows, macOS), sideload manifest.xml into it through office-addin-debugging.
// office-addin-debugging is not a dependency: it pulls a native module that breaks `npm install`
// on Linux, where it could not sideload anyway. On Windows/macOS it is used when installed
// (`npm i -D office-addin-debugging`) or fetched on the fly with npx; set TM_NO_SIDELOAD=1 to skip.
// Everywhere else the server keeps running and the way to load the add-in by hand is printed.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEV_URL, PID_FILE, OFFICE_ADDIN_DEBUGGING, canSideload, isServing, localDebuggingBin, writePidFile, removePidFile } from './devServer.mjs';
import { CERT_DIR, ensureCertificateFiles, linuxTrustHelp, trustCertificateAuthority } from './devCerts.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(ROOT, 'package.json'));

/** The certificate files, made once; the CA trusted where Office can be told (Windows, macOS),
 *  the commands to trust it printed on Linux. One message either way. */
async function prepareCertificates() {
  try {
    const made = await ensureCertificateFiles();
    console.log(`[start] 开发证书 / dev certificate: ${CERT_DIR}${made ? '（新生成 / generated now）' : ''}`);
  } catch (error) {
    console.warn(`[start] 开发证书未能生成 / the dev certificate could not be made: ${String(error?.message ?? error).split('\n')[0]}`);
    return;
  }
  if (!canSideload()) {
    console.log(linuxTrustHelp());
    return;
  }
  try {
    await trustCertificateAuthority();
  } catch (error) {
    console.warn(
      `[start] 开发证书的根证书未能安装 / the dev CA could not be installed (${String(error?.message ?? error).split('\n')[0]}).\n` +
        `        请手动信任 ${CERT_DIR}/ca.crt / trust ${CERT_DIR}/ca.crt yourself.`,
    );
  }
}

function printManualLoadHelp() {
  console.log(
    [
      '',
      `任务窗格已在 ${DEV_URL}/taskpane.html 提供服务（按 Ctrl+C 或运行 npm run stop 停止）。`,
      '在网页版 Excel 中加载：打开一个工作簿 → 插入 → 加载项（Office 加载项）→ 上传我的加载项 →',
      `  选择本项目的 manifest.xml → 上传；然后在“开始”选项卡点击“打开任务窗格”。`,
      '注意：浏览器必须信任开发证书（见上文），否则任务窗格是空白的。',
      '',
      `The task pane is served at ${DEV_URL}/taskpane.html (Ctrl+C or npm run stop to stop it).`,
      'To load it in Excel on the web: open a workbook → Insert → Add-ins (Office Add-ins) →',
      '  Upload My Add-in → choose this project\'s manifest.xml → Upload; then Home → 打开任务窗格.',
      'The browser must trust the dev certificate (see above), otherwise the pane stays blank.',
      '',
    ].join('\n'),
  );
}

/** Windows/macOS: office-addin-debugging starts `npm run dev-server` itself and sideloads. */
function sideload() {
  const local = localDebuggingBin(ROOT);
  const args = ['start', 'manifest.xml', 'desktop', '--app', 'excel', '--dev-server', 'npm run dev-server', '--dev-server-port', '3000'];
  console.log(`[start] sideloading into Excel: ${local ? 'office-addin-debugging' : `npx ${OFFICE_ADDIN_DEBUGGING}`} ${args.join(' ')}`);
  return new Promise((resolve) => {
    let child;
    if (local) child = spawn(process.execPath, [local, ...args], { cwd: ROOT, stdio: 'inherit' });
    else if (process.platform === 'win32') {
      // npx is npx.cmd on Windows: run through the shell, quoting the argument that has spaces.
      const line = ['npx', '--yes', OFFICE_ADDIN_DEBUGGING, ...args].map((a) => (a.includes(' ') ? `"${a}"` : a)).join(' ');
      child = spawn(line, { cwd: ROOT, stdio: 'inherit', shell: true });
    } else child = spawn('npx', ['--yes', OFFICE_ADDIN_DEBUGGING, ...args], { cwd: ROOT, stdio: 'inherit' });
    child.on('exit', (code) => resolve(code === 0));
    child.on('error', () => resolve(false));
  });
}

/** Everywhere else (and when sideloading failed): serve in the foreground until stopped. */
async function serve() {
  if (await isServing()) {
    console.log(`[start] ${DEV_URL} 已在运行 / is already being served.`);
    printManualLoadHelp();
    return;
  }
  const webpackCli = require.resolve('webpack-cli/bin/cli.js');
  const child = spawn(process.execPath, [webpackCli, 'serve', '--mode', 'development'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  writePidFile(child.pid);
  // The next steps once, when the first bundle is ready (webpack says so), rather than polling
  // the server, which only makes the dev middleware print "wait until bundle finished".
  let ready = false;
  const relay = (stream, out) =>
    stream.on('data', (chunk) => {
      out.write(chunk);
      if (!ready && /compiled successfully|compiled with \d+ warning/.test(String(chunk))) {
        ready = true;
        printManualLoadHelp();
      }
    });
  relay(child.stdout, process.stdout);
  relay(child.stderr, process.stderr);
  const stop = () => {
    child.kill('SIGTERM');
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  child.on('exit', (code, signal) => {
    removePidFile();
    process.exit(signal ? 0 : (code ?? 0));
  });
}

await prepareCertificates();
if (canSideload() && process.env.TM_NO_SIDELOAD !== '1') {
  if (await sideload()) {
    console.log('[start] 已加载到 Excel。停止：npm run stop / Sideloaded into Excel. Stop with: npm run stop');
    process.exit(0);
  }
  console.warn('[start] 自动加载失败，改为只提供服务 / sideloading failed; serving only.');
}
console.log(`[start] pid file: ${PID_FILE}`);
await serve();
