/**
 * `forms` on the command line: the month's fill-in forms from a workbook `build` made, one .xlsx per
 * lead unit, each opening in Excel without repair, locked where a unit must not type; and the
 * clerk's words when it cannot.
 */
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCommand } from '../../src/cli/buildCommand';
import { formsCommand } from '../../src/cli/formsCommand';
import { FORM_HEADERS, FORM_HEADER_ROW, FORM_SHEET } from '../../src/workbook/collect/formSheet';
import { openXlsxWorkbook } from '../../src/xlsx/xlsxWorkbook';
import { validateXlsx, validatorMissing } from '../support/validateXlsx';

jest.setTimeout(300_000);

const root = join(__dirname, '../..');
const io = () => {
  const out = { stdout: '', stderr: '' };
  return { out, io: { stdout: (t: string) => (out.stdout += t), stderr: (t: string) => (out.stderr += t) } };
};

let workbook: string;
beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'forms-cli-'));
  const b = io();
  const args = ['--targets', join(root, 'seeds/002_6ca40ee2ecc3ed1b.txt'), '--figures', join(root, 'samples/002-figures-2024-06.csv'), '--month', '2024-06', '--no-pdf', '--out', dir];
  expect(await buildCommand(args, b.io)).toBe(0);
  workbook = join(dir, '目标任务监测-2024-06.xlsx');
});

test('one valid .xlsx per lead unit, only its items, June prefilled, IDs locked and figures open', async () => {
  const out = mkdtempSync(join(tmpdir(), 'forms-out-'));
  const r = io();
  expect(await formsCommand(['--workbook', workbook, '--month', '2024-07', '--out', out], r.io)).toBe(0);
  const files = readdirSync(out).sort();
  expect(files).toHaveLength(22);
  expect(files).toContain('2024-07-区人社局-填报表.xlsx');
  expect(r.out.stdout).toContain(`已写出22份填报表（2024-07）到 ${out}`);
  expect(r.out.stderr).toMatch(/^提示：\d+项没有牵头单位/);
  for (const f of files) {
    const bytes = new Uint8Array(readFileSync(join(out, f)));
    if (!validatorMissing() || process.env.CI) {
      const { ok, report } = validateXlsx(bytes);
      if (!ok) throw new Error(`${f}: ${report}`);
    }
  }
  const form = await openXlsxWorkbook(new Uint8Array(readFileSync(join(out, '2024-07-区人社局-填报表.xlsx'))), 'x.xlsx');
  const [sheet] = await form.readSheets([FORM_SHEET]);
  expect(sheet.values[0][0]).toBe('2024年7月目标任务进展情况填报表');
  expect(sheet.values[1].slice(0, 2)).toEqual(['填报单位', '区人社局']);
  const rows = sheet.values.slice(FORM_HEADER_ROW + 1).filter((row) => /^\d+-\d+$/.test(String(row[0])));
  expect(rows.map((row) => [row[0], row[2], row[6]])).toEqual([
    ['9-1', '新增城镇就业', 2330],
    ['9-2', '新增农村劳动力转移就业', 620],
  ]);
  const ws = form.book.getWorksheet(FORM_SHEET)!;
  const total = sheet.values[FORM_HEADER_ROW].indexOf(FORM_HEADERS.total);
  expect(ws.getCell(FORM_HEADER_ROW + 2, 1).protection?.locked).not.toBe(false);
  expect(ws.getCell(FORM_HEADER_ROW + 2, total + 1).protection?.locked).toBe(false);
});

test('a workbook that is missing or has no targets: exit 1 and the reason in Chinese', async () => {
  const r = io();
  expect(await formsCommand(['--workbook', join(tmpdir(), '没有这个.xlsx'), '--month', '2024-07', '--out', tmpdir()], r.io)).toBe(1);
  expect(r.out.stderr).toMatch(/^找不到文件《.*没有这个\.xlsx》/);
  const m = io();
  expect(await formsCommand(['--workbook', workbook, '--month', '7月', '--out', tmpdir()], m.io)).toBe(1);
  expect(m.out.stderr).toBe('报告月份“7月”应为YYYY-MM格式（如2024-06）\n');
});
