// `npm run validate`: offline checks of manifest.xml.
//  1. xmllint against Microsoft's add-in manifest schemas vendored in schemas/ (element order,
//     required elements, string lengths, URL and GUID formats, VersionOverrides structure).
//  2. office-addin-manifest's own parser (readManifestFile), the part of its checks that works
//     without a network (`office-addin-manifest validate` posts the file to an online service).
//  3. Every icon URL the manifest names exists in assets/ with the pixel size it claims.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(ROOT, 'package.json'));
const manifestPath = join(ROOT, process.argv[2] ?? 'manifest.xml');
const schema = join(ROOT, 'schemas', 'OfficeAppManifestV1_1.xsd');
let failed = false;

function fail(message) {
  console.error(`✗ ${message}`);
  failed = true;
}

// 1. Schema.
const lint = spawnSync('xmllint', ['--noout', '--schema', schema, manifestPath], { encoding: 'utf8' });
if (lint.error && lint.error.code === 'ENOENT') {
  fail('xmllint is not installed. Install it with: apt-get install -y libxml2-utils (Debian/Ubuntu), ' +
    'brew install libxml2 (macOS), or use WSL on Windows.');
} else if (lint.status !== 0) {
  fail(`manifest does not match the schema:\n${lint.stderr.trim()}`);
} else {
  console.log(`✓ schema: ${lint.stderr.trim()}`);
}

// 2. office-addin-manifest's offline parse.
try {
  const { OfficeAddinManifest } = require('office-addin-manifest');
  const m = await OfficeAddinManifest.readManifestFile(manifestPath);
  const missing = ['id', 'displayName', 'providerName', 'version', 'defaultLocale', 'iconUrl', 'highResolutionIconUrl', 'supportUrl']
    .filter((key) => !m[key]);
  if (missing.length) fail(`office-addin-manifest: missing ${missing.join(', ')}`);
  else if (m.officeAppType !== 'TaskPaneApp' || !m.hosts?.includes('Workbook')) fail('office-addin-manifest: not an Excel (Workbook) task-pane add-in');
  else console.log(`✓ office-addin-manifest: ${m.displayName} ${m.version} (${m.id}), ${m.officeAppType} for ${m.hosts.join(', ')}`);
} catch (error) {
  fail(`office-addin-manifest could not read the manifest: ${error.message}`);
}

// 3. Icons: https://localhost:3000/assets/icon-NN.png → assets/icon-NN.png, NN×NN pixels.
const xml = readFileSync(manifestPath, 'utf8');
const icons = new Set([...xml.matchAll(/https:\/\/localhost:3000\/(assets\/[^"]+\.png)/g)].map((m) => m[1]));
for (const rel of icons) {
  const file = join(ROOT, rel);
  if (!existsSync(file)) {
    fail(`icon ${rel} named in the manifest does not exist`);
    continue;
  }
  const png = readFileSync(file);
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  const claimed = Number(/-(\d+)\.png$/.exec(rel)?.[1]);
  if (width !== height || (claimed && width !== claimed)) fail(`icon ${rel} is ${width}×${height}, expected ${claimed}×${claimed}`);
}
if (!failed) console.log(`✓ icons: ${[...icons].sort().join(', ')}`);

process.exit(failed ? 1 : 0);
