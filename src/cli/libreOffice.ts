/**
 * LibreOffice (Debian's libreoffice-calc), where it is installed: recalculates a saved workbook
 * (a fresh profile with OOXMLRecalcMode 0, "always recalculate on load": an .xlsx written without
 * cached results would otherwise show empty formula cells) and prints one to PDF.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const CANDIDATES = ['/usr/bin/soffice', '/usr/lib/libreoffice/program/soffice', '/opt/libreoffice/program/soffice', '/Applications/LibreOffice.app/Contents/MacOS/soffice'];

export function findSoffice(): string | undefined {
  if (process.env.TM_SOFFICE) return existsSync(process.env.TM_SOFFICE) ? process.env.TM_SOFFICE : undefined;
  return CANDIDATES.find((p) => existsSync(p));
}

const PROFILE = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

export class LibreOffice {
  private readonly profile: string;

  constructor(private readonly soffice: string) {
    this.profile = mkdtempSync(join(tmpdir(), 'tm-lo-'));
    mkdirSync(join(this.profile, 'user'), { recursive: true });
    writeFileSync(join(this.profile, 'user/registrymodifications.xcu'), PROFILE);
  }

  /** Converts `file` to `format` ("xlsx" recalculated, "pdf") in `outDir`; the new file's path. */
  async convert(file: string, format: 'xlsx' | 'pdf', outDir: string): Promise<string> {
    mkdirSync(outDir, { recursive: true });
    await run(this.soffice, [`-env:UserInstallation=file://${this.profile}`, '--headless', '--convert-to', format, '--outdir', outDir, file], { timeout: 300_000 });
    const out = join(outDir, basename(file).replace(/\.[^.]+$/, `.${format}`));
    if (!existsSync(out)) throw new Error(`LibreOffice 没有生成《${basename(out)}》`);
    return out;
  }

  dispose(): void {
    rmSync(this.profile, { recursive: true, force: true });
  }
}
