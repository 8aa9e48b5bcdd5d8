// The command line as a prebuilt bundle run by plain node (dist-cli/cli.mjs): tsx compiles every
// run and starts a second node process, which cost about a second a call. One ES-module bundle
// with a chunk per command, so `parse` never loads the .xlsx writer that `build` needs.
// `node scripts/build-cli.mjs` builds it; `npm run -s cli` (scripts/cli.mjs) builds it when missing
// or older than src/, then runs it.
import { build } from 'esbuild';
import { mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const OUT_DIR = join(ROOT, 'dist-cli');
export const ENTRY = join(OUT_DIR, 'cli.mjs');
const CHUNKS = join(OUT_DIR, 'chunks');

/** Each file is written whole and renamed into place, entry last: two runs building at once (test
 *  workers) or a run importing while another builds never see half a file. Chunks are named by
 *  their hash, so an older entry still finds its own. */
function writeWhole(path, contents) {
  const tmp = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  writeFileSync(tmp, contents);
  renameSync(tmp, path);
}

export async function buildCli() {
  const result = await build({
    entryPoints: { cli: join(ROOT, 'src/cli/main.ts') },
    outdir: OUT_DIR,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    outExtension: { '.js': '.mjs' },
    chunkNames: 'chunks/[name]-[hash]',
    // exceljs and its helpers are CommonJS that require Node's own modules.
    banner: { js: "import { createRequire as __tmCreateRequire } from 'node:module'; const require = __tmCreateRequire(import.meta.url);" },
    logLevel: 'warning',
    legalComments: 'none',
    write: false,
  });
  mkdirSync(CHUNKS, { recursive: true });
  const entry = result.outputFiles.find((f) => f.path === ENTRY);
  for (const file of result.outputFiles) if (file !== entry) writeWhole(file.path, file.contents);
  writeWhole(ENTRY, entry.contents);
  // Chunks of earlier builds, once no run can still be loading them.
  const current = new Set(result.outputFiles.map((f) => basename(f.path)));
  for (const name of readdirSync(CHUNKS)) {
    const path = join(CHUNKS, name);
    if (!current.has(name) && Date.now() - statSync(path).mtimeMs > 10 * 60_000) rmSync(path, { force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await buildCli();
  console.log(`已生成 ${ENTRY}`);
}
