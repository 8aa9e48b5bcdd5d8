/**
 * Runs the vendored ECMA-376 validator (schemas/ooxml/validate-xlsx.sh: the SpreadsheetML schemas
 * plus Excel's own rules) on an .xlsx: a file that fails would open in Excel with a repair prompt.
 * It needs xmllint, unzip and python3; CI installs them. Where one is missing outside CI the
 * check says so instead of passing silently.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const SCRIPT = join(__dirname, '../../schemas/ooxml/validate-xlsx.sh');

export function validatorMissing(): string | null {
  for (const tool of ['xmllint', 'unzip', 'python3']) {
    if (spawnSync('sh', ['-c', `command -v ${tool}`]).status !== 0) return tool;
  }
  return null;
}

/** The validator's report; `ok` when every part is valid. */
export function validateXlsx(bytes: Uint8Array): { ok: boolean; report: string } {
  const missing = validatorMissing();
  if (missing) throw new Error(`validate-xlsx needs ${missing} (apt-get install libxml2-utils unzip python3)`);
  const dir = mkdtempSync(join(tmpdir(), 'tm-validate-'));
  try {
    const file = join(dir, 'book.xlsx');
    writeFileSync(file, bytes);
    try {
      return { ok: true, report: execFileSync('bash', [SCRIPT, file], { encoding: 'utf8' }) };
    } catch (e) {
      const err = e as { stdout?: string; stderr?: string };
      return { ok: false, report: `${err.stdout ?? ''}${err.stderr ?? ''}` };
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
