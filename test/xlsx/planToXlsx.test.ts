/**
 * The .xlsx of seed 002's workbook, read back with exceljs: what a clerk opening the file would
 * find — the five sheets, document text kept as text, live formulas in 进度, the TM_ names, and
 * the print setup (A4 landscape, header rows on every page, page numbers, print area).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { unzipSync, strFromU8 } from 'fflate';
import { createMemoryWorkbook, type MemoryWorkbook } from '../../src/app/memoryWorkbook';
import { previewImport, writeImport } from '../../src/app/importTargets';
import { refreshProgressSheets } from '../../src/app/progress/refreshProgress';
import { columnWidthPoints } from '../../src/excel/applyPlan';
import { fileColumnWidth, memoryWorkbookToXlsx, planToXlsx, wrappedLines } from '../../src/xlsx/planToXlsx';
import { tasksSheetPlan } from '../../src/workbook/tasksSheet';

const SEED = join(__dirname, '../../seeds/002_6ca40ee2ecc3ed1b.txt');

let memory: MemoryWorkbook;
let file: Buffer;
let book: ExcelJS.Workbook;

beforeAll(async () => {
  memory = createMemoryWorkbook();
  const preview = await previewImport({ kind: 'file', name: '002_6ca40ee2ecc3ed1b.txt', bytes: new Uint8Array(readFileSync(SEED)) }, memory);
  await writeImport(memory, preview);
  await refreshProgressSheets(memory, { month: 6, year: 2024 });
  // A clerk types a figure and, in a text column, something that looks like a formula.
  memory.setCell('月度填报', 'V4', 7.6);
  memory.setCell('指标', 'J2', '=1+1');
  file = await memoryWorkbookToXlsx(memory);
  book = new ExcelJS.Workbook();
  await book.xlsx.load(file as unknown as ArrayBuffer);
}, 30_000);

const part = (name: string) => strFromU8(unzipSync(new Uint8Array(file))[name]);

describe('seed 002 exported to .xlsx', () => {
  test('has the five sheets in the order the add-in leaves them, 进度 first', () => {
    expect(book.worksheets.map((w) => w.name)).toEqual(['进度', '目标任务', '指标', '规则', '月度填报']);
  });

  test('a text cell starting with "=" is a string, not a formula', () => {
    expect(book.getWorksheet('指标')!.getCell('J2').value).toBe('=1+1');
    expect(book.getWorksheet('指标')!.getCell('J2').numFmt).toBe('@');
    // Document text of the tasks stays text too, and numbers stay numbers.
    const tasks = book.getWorksheet('目标任务')!;
    expect(typeof tasks.getCell('B2').value).toBe('string');
    expect(tasks.getCell('B2').value).toBe(memory.cell('目标任务', 'B2')?.value);
    expect(book.getWorksheet('月度填报')!.getCell('V4').value).toBe(7.6);
  });

  test('the 进度 cells hold formulas over the names, and the title is a formula too', () => {
    const progress = book.getWorksheet('进度')!;
    const status = progress.getCell('M3').value as ExcelJS.CellFormulaValue;
    expect(status.formula).toMatch(/^IF\(/);
    expect(status.formula).not.toMatch(/^=/);
    expect((progress.getCell('N3').value as ExcelJS.CellFormulaValue).formula).toContain('TM_');
    expect((progress.getCell('A1').value as ExcelJS.CellFormulaValue).formula).toContain('TM_MONTH');
    expect(progress.getCell('A3').value).toBe(memory.cell('进度', 'A3')?.value);
    // Every indicator row of 进度 is there.
    const rows = memory.values('进度').length;
    expect((progress.getCell(`H${rows}`).value as ExcelJS.CellFormulaValue).formula).toBeTruthy();
  });

  test('the workbook names exist, whole-column ranges included, and Excel recalculates on opening', () => {
    const xml = part('xl/workbook.xml');
    for (const [name, value] of memory.names) {
      const text = value.formula.slice(1).replace(/'/g, '&apos;');
      expect(xml).toContain(`<definedName name="${name}">${text}</definedName>`);
    }
    expect(xml).toContain(`<definedName name="TM_I_ID">&apos;指标&apos;!$A:$A</definedName>`);
    expect(xml).toMatch(/fullCalcOnLoad="1"/);
  });

  test('prints A4 landscape, the lists one page wide, header rows on every page, page numbers in the footer', () => {
    for (const name of ['进度', '目标任务', '指标', '规则', '月度填报']) {
      const setup = book.getWorksheet(name)!.pageSetup;
      expect({ name, orientation: setup.orientation, paperSize: setup.paperSize }).toEqual({ name, orientation: 'landscape', paperSize: 9 });
      expect(book.getWorksheet(name)!.headerFooter.oddFooter).toMatch(/&P.*&N/);
      // Excel's default margins: what a sheet the adapter wrote prints with.
      expect(setup.margins).toMatchObject({ left: 0.7, right: 0.7 });
    }
    for (const name of ['进度', '目标任务', '指标', '规则']) expect(book.getWorksheet(name)!.pageSetup).toMatchObject({ fitToPage: true, fitToWidth: 1 });
    // 月度填报 (27 columns) prints at 100 % across pages, ID, name and unit on each.
    expect(book.getWorksheet('月度填报')!.pageSetup).toMatchObject({ fitToPage: false, scale: 100, printTitlesRow: '3:3', printTitlesColumn: 'A:C' });
    expect(part('xl/workbook.xml')).toContain('<definedName name="_xlnm.Print_Titles" localSheetId="4">&apos;月度填报&apos;!$A:$C,&apos;月度填报&apos;!$3:$3</definedName>');
    expect(book.getWorksheet('进度')!.pageSetup.printTitlesRow).toBe('1:2');
    expect(book.getWorksheet('目标任务')!.pageSetup.printTitlesRow).toBe('1:1');
    expect(book.getWorksheet('目标任务')!.headerFooter.oddHeader).toBe('&C目标任务分解表');
    // 进度 hands out 指标ID … 原因; the working columns stay on screen only.
    expect(part('xl/workbook.xml')).toMatch(/<definedName name="_xlnm.Print_Area" localSheetId="0">&apos;进度&apos;!\$A\$1:\$N\$\d+<\/definedName>/);
  });

  test('keeps the tables, frozen panes, widths, conditional colours and validation', () => {
    const progress = book.getWorksheet('进度')!;
    expect(part('xl/tables/table1.xml')).toMatch(/name="进度表"/);
    expect(progress.views[0]).toMatchObject({ state: 'frozen', xSplit: 3, ySplit: 2 });
    const sheet1 = part('xl/worksheets/sheet1.xml');
    expect(sheet1).toContain('<formula>$M3=&quot;滞后&quot;</formula>');
    expect(part('xl/styles.xml')).toContain('FFFFC7CE');
    const figures = part('xl/worksheets/sheet5.xml');
    expect(figures).toContain('<formula1>&quot;1,2,3,4,5,6,7,8,9,10,11,12&quot;</formula1>');
    expect(figures).toContain('error="报告月份请填1到12之间的整数"');
    // The widest column of 目标任务 is the task text: 38 characters, 15 px each plus 5 px of
    // padding, are 570 / 7 widths of Calibri's "0" (7 px) plus that padding.
    const tasks = book.getWorksheet('目标任务')!;
    expect(tasks.getColumn(2).width).toBeCloseTo(570 / 7, 2);
    expect(tasks.getColumn(2).width).toBeGreaterThan(tasks.getColumn(3).width! * 3);
  });
});

describe('planToXlsx', () => {
  test('writes a plan alone, text that looks like a formula kept as text', async () => {
    const plan = tasksSheetPlan([
      { seq: '1', text: '=HYPERLINK("http://x")', leadLeader: null, leadUnit: '+区发改局', units: ['-区统计局'], owners: [], deadline: null, livelihood: false, line: 3 } as never,
    ]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await planToXlsx({ sheets: [plan] })) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('目标任务')!;
    expect(ws.getCell('B2').value).toBe('=HYPERLINK("http://x")');
    expect(ws.getCell('D2').value).toBe('+区发改局');
    expect(ws.getCell('E2').value).toBe('-区统计局');
    expect(ws.getCell('I2').value).toBe(3);
  });
});

describe('column widths in the file', () => {
  test('are the adapter’s points in widths of Calibri 11’s "0" (7 px, plus 5 px of padding)', () => {
    for (const chars of [1, 3, 4, 16, 38]) {
      const px = fileColumnWidth(chars) * 7 + 5;
      expect(px * 0.75).toBeCloseTo(columnWidthPoints(chars), 1);
    }
  });

  test('wrap a text by its Chinese characters, digits and Latin letters about half', () => {
    expect(wrappedLines('一二三四五六七八', 4)).toBe(2);
    expect(wrappedLines('一二三四五六七八九', 4)).toBe(3);
    expect(wrappedLines('12345678', 4)).toBe(2);
    expect(wrappedLines('第一行\n第二行', 4)).toBe(2);
  });
});
