// The https certificate of the dev server: office-addin-dev-certs' localhost certificate in
// ~/.office-addin-dev-certs/, generated offline when missing or expired. Trusting its CA is a
// separate step that needs admin rights: start.mjs does it where Office can (Windows, macOS) and
// prints the commands on Linux, once. The webpack dev server only reads the files.
import { X509Certificate, createPrivateKey } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(join(dirname(fileURLToPath(import.meta.url)), '..', 'package.json'));

export const CERT_DIR = join(homedir(), '.office-addin-dev-certs');
export const FILES = { ca: join(CERT_DIR, 'ca.crt'), cert: join(CERT_DIR, 'localhost.crt'), key: join(CERT_DIR, 'localhost.key') };

/** The files are there, the certificate is valid for another day, and the key is its key.
 *  (office-addin-dev-certs' own check also wants the CA installed, which Linux cannot do here.) */
function usable() {
  if (!Object.values(FILES).every((f) => existsSync(f))) return false;
  try {
    const cert = new X509Certificate(readFileSync(FILES.cert));
    return new Date(cert.validTo).getTime() > Date.now() + 86_400_000 && cert.checkPrivateKey(createPrivateKey(readFileSync(FILES.key)));
  } catch {
    return false;
  }
}

/** Makes sure the certificate files exist and are valid; true when they were (re)generated now. */
export async function ensureCertificateFiles() {
  if (usable()) return false;
  await require('office-addin-dev-certs').generateCertificates(FILES.ca, FILES.cert, FILES.key);
  return true;
}

export function readCertificates() {
  return { ca: readFileSync(FILES.ca), cert: readFileSync(FILES.cert), key: readFileSync(FILES.key) };
}

/** Windows/macOS: installs the CA into the user's store when it is not there (Office needs it). */
export async function trustCertificateAuthority() {
  const devCerts = require('office-addin-dev-certs');
  if (devCerts.isCaCertificateInstalled()) return;
  await devCerts.installCaCertificate(FILES.ca);
}

/** How to trust the CA on Linux (Excel on the web runs in a browser that must trust it). */
export function linuxTrustHelp() {
  return [
    `开发证书在 ${CERT_DIR}。浏览器要信任它，网页版 Excel 里的任务窗格才会显示。在 Linux 上（一次即可）：`,
    `  Chrome/Chromium：certutil -d sql:$HOME/.pki/nssdb -A -t "C,," -n "Office Add-in Dev CA" -i ${FILES.ca}`,
    '                   （certutil 在 Debian/Ubuntu 的 libnss3-tools 包里）',
    `  系统（curl 等）：sudo cp ${FILES.ca} /usr/local/share/ca-certificates/office-addin-dev-ca.crt && sudo update-ca-certificates`,
    `  Firefox：设置 → 隐私与安全 → 证书 → 查看证书 → 证书颁发机构 → 导入 ${FILES.ca}`,
    '  或者：在同一浏览器里打开一次 https://localhost:3000/taskpane.html 并接受证书。',
    `The dev certificate is in ${CERT_DIR}. Trust its CA once (the commands above: certutil for`,
    '  Chrome/Chromium, update-ca-certificates for the system, Firefox\'s certificate manager),',
    '  or open https://localhost:3000/taskpane.html once in the browser and accept it.',
  ].join('\n');
}
