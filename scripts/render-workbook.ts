/**
 * `npx tsx scripts/render-workbook.ts [out-dir]` (default out/): the workbook a clerk gets for
 * seed 002, printed by a real spreadsheet program, to look at.
 *
 * 1. imports seeds/002 through the real use cases (previewImport, writeImport) into the in-memory
 *    port, builds 规则/月度填报/进度 (refreshProgressSheets, June 2024) and types the sample June
 *    figures (samples/002-figures-2024-06.csv) into 月度填报 as a clerk would (setCell);
 * 2. writes <out>/target-monitor-002.xlsx (src/xlsx/planToXlsx.ts), the file as the add-in
 *    leaves it (no row heights: Excel sizes rows itself);
 * 3. LibreOffice prints it to PDF, recalculating every formula (a fresh profile with
 *    OOXMLRecalcMode = 0: the file carries no cached results), and pdftoppm makes PNG pages
 *    (<out>/pages/page-N.png, 60 dpi; DPI=80 for more). The printed copy,
 *    <out>/target-monitor-002-print.xlsx, also carries row heights (see the rowHeights option).
 *    Step 3 is skipped with a message when soffice is absent.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { createMemoryWorkbook } from '../src/app/memoryWorkbook';
import { previewImport, writeImport } from '../src/app/importTargets';
import { refreshProgressSheets } from '../src/app/progress/refreshProgress';
import { parseFiguresCsv } from '../src/domain/progress/figuresCsv';
import { cellAddress } from '../src/workbook/a1';
import { FIGURES_SHEET, FIRST_FIGURE_COL } from '../src/workbook/progress/layout';
import { memoryWorkbookToXlsx } from '../src/xlsx/planToXlsx';

const ROOT = resolve(__dirname, '..');
const SEED = join(ROOT, 'seeds/002_6ca40ee2ecc3ed1b.txt');
const FIGURES = join(ROOT, 'samples/002-figures-2024-06.csv');
const YEAR = 2024;
const MONTH = 6;

async function buildWorkbook() {
  const wb = createMemoryWorkbook();
  const preview = await previewImport({ kind: 'file', name: '002_6ca40ee2ecc3ed1b.txt', bytes: new Uint8Array(readFileSync(SEED)) }, wb);
  const outcome = await writeImport(wb, preview);
  const refresh = await refreshProgressSheets(wb, { month: MONTH, year: YEAR });

  // Type the figures where a clerk would: the indicator's row, the month's column.
  const values = wb.values(FIGURES_SHEET);
  const rowOf = new Map<string, number>();
  values.forEach((row, r) => {
    if (r >= 3 && typeof row[0] === 'string' && row[0] !== '') rowOf.set(row[0], r);
  });
  const monthRow = values[1] ?? [];
  const colOf = (m: number) => {
    for (let c = FIRST_FIGURE_COL; c < monthRow.length; c++) if (monthRow[c] === m) return c;
    return -1;
  };
  const csv = parseFiguresCsv(readFileSync(FIGURES, 'utf8'), 'samples/002-figures-2024-06.csv', new Set(rowOf.keys()), YEAR);
  if (csv.errors.length > 0) throw new Error(csv.errors.join('\n'));
  let typed = 0;
  for (const [id, figures] of csv.rows) {
    figures.forEach((v, m) => {
      if (v === null || v === undefined || m === 0) return;
      const c = colOf(m);
      if (c < 0) return; // January when 1-2月 is one column: the 2月 column holds the total.
      wb.setCell(FIGURES_SHEET, cellAddress(rowOf.get(id)!, c), v);
      typed++;
    });
  }
  return { wb, outcome, refresh, typed };
}

/** A LibreOffice profile that recalculates every formula of an .xlsx on loading. */
function freshProfile(dir: string): string {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'user'), { recursive: true });
  writeFileSync(
    join(dir, 'user/registrymodifications.xcu'),
    `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`,
  );
  return `file://${dir}`;
}

async function main() {
  const out = resolve(process.argv[2] ?? join(ROOT, 'out'));
  mkdirSync(out, { recursive: true });
  const { wb, outcome, refresh, typed } = await buildWorkbook();
  const xlsx = join(out, 'target-monitor-002.xlsx');
  const emulateTableStyle = process.env.PLAIN_TABLES !== '1';
  writeFileSync(xlsx, await memoryWorkbookToXlsx(wb, { emulateTableStyle }));
  console.log(`工作表：${wb.sheetNames().join('、')}；任务${outcome.tasks.added}个，指标${outcome.indicators.added}个；填入${typed}个数值（${MONTH}月）；进度问题${refresh.errors.length}个`);
  console.log(`已写出 ${xlsx}`);

  if (!existsSync('/usr/bin/soffice')) {
    console.log('没有找到 /usr/bin/soffice：跳过 PDF 和 PNG。');
    return;
  }
  const profileDir = `/tmp/lo-profile-render-${process.pid}`;
  const profile = freshProfile(profileDir);
  const soffice = (args: string[]) =>
    execFileSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', ...args], { stdio: ['ignore', 'ignore', 'inherit'], timeout: 180_000 });

  // Pass 2 of the picture: LibreOffice does not grow rows to their wrapped text, so the heights
  // are written for it, measured on what each formula shows (read from a recalculated copy).
  const calc = join(out, 'recalculated');
  mkdirSync(calc, { recursive: true });
  soffice(['--convert-to', 'xlsx', '--outdir', calc, xlsx]);
  const shown = new ExcelJS.Workbook();
  await shown.xlsx.readFile(join(calc, 'target-monitor-002.xlsx'));
  const textOf = (sheet: string, r: number, c: number) => {
    const v = shown.getWorksheet(sheet)?.getCell(r + 1, c + 1).value;
    if (v === null || v === undefined) return undefined;
    if (typeof v !== 'object' || v instanceof Date) return String(v);
    if ('richText' in v) return v.richText.map((t) => t.text).join('');
    if ('error' in v) return v.error;
    // A formula LibreOffice left without a result showed "" (nothing to measure).
    const result = 'result' in v ? v.result : undefined;
    return result === null || result === undefined || typeof result === 'object' ? undefined : String(result);
  };
  const printed = join(out, 'target-monitor-002-print.xlsx');
  writeFileSync(printed, await memoryWorkbookToXlsx(wb, { emulateTableStyle, rowHeights: textOf }));
  soffice(['--convert-to', 'pdf', '--outdir', out, printed]);
  rmSync(calc, { recursive: true, force: true });
  const pdf = join(out, 'target-monitor-002-print.pdf');
  const pages = join(out, 'pages');
  rmSync(pages, { recursive: true, force: true });
  mkdirSync(pages, { recursive: true });
  const dpi = process.env.DPI ?? '60';
  execFileSync('pdftoppm', ['-png', '-r', dpi, pdf, join(pages, 'page')], { stdio: 'inherit' });
  console.log(`已写出 ${pdf} 和 ${readdirSync(pages).length} 页 PNG（${pages}）`);
  rmSync(profileDir, { recursive: true, force: true });
}

main().catch((e) => {
  console.error(e instanceof Error ? e.stack : e);
  process.exit(1);
});
