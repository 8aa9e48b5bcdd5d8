/**
 * The built workbook in a real spreadsheet program: LibreOffice (Debian's libreoffice-calc)
 * recalculates seed 002's workbook from scratch, and every status and reason the 进度 formulas
 * show must be the engine's; the PDF `cli build` prints is A4 landscape, several pages, the title
 * with the year on the first. CI installs LibreOffice; elsewhere, without it, this says so.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { readProgress } from '../../src/app/progress/refreshProgress';
import { buildCommand } from '../../src/cli/buildCommand';
import { LibreOffice, findSoffice } from '../../src/cli/libreOffice';
import { PROGRESS_SHEET } from '../../src/workbook/progress/layout';
import { PC } from '../../src/workbook/progress/progressFormulas';
import { PROGRESS_FIRST_DATA_ROW } from '../../src/workbook/progress/progressSheet';
import { openXlsxWorkbook } from '../../src/xlsx/xlsxWorkbook';

jest.setTimeout(300_000);

const root = join(__dirname, '../..');
const soffice = findSoffice();
const required = process.env.CI !== undefined;
const maybe = soffice || required ? describe : describe.skip;
if (!soffice && !required) console.warn('LibreOffice (soffice) is not installed: the recalculation and PDF checks are skipped (CI runs them).');

maybe('seed 002’s workbook in LibreOffice', () => {
  const out = mkdtempSync(join(tmpdir(), 'tm-lo-'));
  const xlsx = join(out, '目标任务监测-2024-06.xlsx');
  const pdf = join(out, '目标任务监测-2024-06.pdf');

  beforeAll(async () => {
    expect(soffice).toBeDefined();
    let err = '';
    const code = await buildCommand(
      ['--targets', join(root, 'seeds/002_6ca40ee2ecc3ed1b.txt'), '--figures', join(root, 'samples/002-figures-2024-06.csv'), '--month', '2024-06', '--out', out],
      { stdout: () => undefined, stderr: (t) => (err += t) },
    );
    expect(err).not.toMatch(/错误|冲突/);
    expect(code).toBe(0);
  });

  test('recalculated from scratch, every status and reason in 进度 is the engine’s', async () => {
    const lo = new LibreOffice(soffice!);
    try {
      const recalculated = await lo.convert(xlsx, 'xlsx', join(out, 'recalculated'));
      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile(recalculated);
      const ws = book.getWorksheet(PROGRESS_SHEET)!;
      const shown = (r: number, col: string) => {
        const v = ws.getCell(`${col}${r}`).value;
        return v !== null && typeof v === 'object' && 'result' in v ? v.result : v;
      };
      const { report } = await readProgress(await openXlsxWorkbook(new Uint8Array(readFileSync(xlsx)), 'built.xlsx'), 6);
      expect(report.items.length).toBeGreaterThan(250);
      expect(ws.getCell(`${PC['指标ID']}${PROGRESS_FIRST_DATA_ROW + report.items.length}`).value).toBeNull();
      const mismatches: string[] = [];
      report.items.forEach((item, k) => {
        const r = PROGRESS_FIRST_DATA_ROW + k;
        expect(shown(r, PC['指标ID'])).toBe(item.id);
        const status = shown(r, PC['状态']);
        const reason = shown(r, PC['原因']);
        if (status !== item.status || reason !== item.reason) mismatches.push(`${item.id}: ${String(status)} / ${String(reason)} ≠ ${item.status} / ${item.reason}`);
      });
      expect(mismatches).toEqual([]);
      // The sample month has every kind of verdict.
      expect(new Set(report.items.map((i) => i.status))).toEqual(new Set(['已完成', '正常', '预警', '滞后', '未填报', '不适用']));
    } finally {
      lo.dispose();
    }
  });

  test('the PDF is A4 landscape over several pages, the title with year and months on the first', () => {
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    expect(Number(/Pages:\s+(\d+)/.exec(info)![1])).toBeGreaterThan(3);
    const [w, h] = /Page size:\s+([\d.]+) x ([\d.]+)/.exec(info)!.slice(1).map(Number);
    expect(Math.round(w)).toBe(842);
    expect(Math.round(h)).toBe(595);
    const first = execFileSync('pdftotext', ['-f', '1', '-l', '1', '-layout', pdf, '-'], { encoding: 'utf8' });
    expect(first).toContain('2024年1-6月《政府工作报告》目标任务进展情况表');
    expect(first).toContain('第1页 共');
  });
});
