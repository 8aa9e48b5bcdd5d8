// `npm run -s cli -- <command> …`: runs the prebuilt bundle (dist-cli/cli.mjs), building it first
// when it is missing or any file under src/ is newer (a fresh clone, or an edit since).
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ENTRY, buildCli } from './build-cli.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

function newestIn(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestIn(full) : statSync(full).mtimeMs);
  }
  return newest;
}

if (!existsSync(ENTRY) || statSync(ENTRY).mtimeMs < Math.max(newestIn(join(ROOT, 'src')), statSync(join(ROOT, 'package-lock.json')).mtimeMs)) {
  await buildCli();
}
await import(pathToFileURL(ENTRY).href);
