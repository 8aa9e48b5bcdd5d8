/**
 * What the file adapter must keep that exceljs alone would lose: the workbook names (whole-column
 * ranges the 进度 formulas use) across open and save, the print titles and print area as Excel
 * reads them, and 进度's fill-down columns as shared formulas that read back row by row.
 */
import { strFromU8, unzipSync } from 'fflate';
import { writeImport } from '../../src/app/importTargets';
import { refreshProgressSheets } from '../../src/app/progress/refreshProgress';
import { PROGRESS_SHEET } from '../../src/workbook/progress/layout';
import { PC, progressRowFormulas } from '../../src/workbook/progress/progressFormulas';
import { createXlsxWorkbook, openXlsxWorkbook } from '../../src/xlsx/xlsxWorkbook';
import { sampleResult } from '../workbook/sampleResult';

const preview = { sourceName: '测试', result: sampleResult(), uncertain: [] };
const workbookXml = (bytes: Uint8Array) => strFromU8(unzipSync(bytes)['xl/workbook.xml']);

test('names, print titles and print area survive a save, an open and an import that defines none', async () => {
  const first = createXlsxWorkbook();
  await writeImport(first, preview);
  await refreshProgressSheets(first, { month: 6, year: 2024 });
  const reopened = await openXlsxWorkbook(await first.save(), 'a.xlsx');
  await writeImport(reopened, preview);
  const xml = workbookXml(await reopened.save());
  // Local names point at their sheet by its place among the tabs (the import put 目标任务 first).
  const at = (sheet: string) => reopened.sheetNames().indexOf(sheet);
  expect(reopened.sheetNames().slice(0, 2)).toEqual(['目标任务', '进度']);
  expect(xml).toContain('<definedName name="TM_I_ID" comment="指标：指标ID">&apos;指标&apos;!$A:$A</definedName>');
  expect(xml).toContain('<definedName name="TM_MONTH" comment="报告月份（1-12）">&apos;月度填报&apos;!$B$1</definedName>');
  expect(xml).toContain(`<definedName name="_xlnm.Print_Area" localSheetId="${at('进度')}">&apos;进度&apos;!$A$1:$N$5</definedName>`);
  expect(xml).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="${at('目标任务')}">&apos;目标任务&apos;!$1:$1</definedName>`);
  expect(xml).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="${at('月度填报')}">&apos;月度填报&apos;!$A:$C,&apos;月度填报&apos;!$3:$3</definedName>`);
  expect(xml).toContain('fullCalcOnLoad="1"');
  // Names come after the sheets, as the schema orders them.
  expect(xml.indexOf('</sheets>')).toBeLessThan(xml.indexOf('<definedNames>'));
});

test('a fill-down column is one shared formula in the file, and reads back as each row’s formula', async () => {
  const wb = createXlsxWorkbook();
  await writeImport(wb, preview);
  await refreshProgressSheets(wb, { month: 6, year: 2024 });
  const bytes = await wb.save();
  const files = unzipSync(bytes);
  const sheets = Object.keys(files).filter((f) => f.startsWith('xl/worksheets/sheet')).map((f) => strFromU8(files[f]));
  expect(sheets.filter((x) => /<f t="shared" ref="M3:M5" si="\d+">/.test(x))).toHaveLength(1);
  const [progress] = await (await openXlsxWorkbook(bytes, 'a.xlsx')).readSheets([PROGRESS_SHEET], { formulas: true });
  expect(progress.formulas![4][PC['状态'].charCodeAt(0) - 65]).toBe(`=${progressRowFormulas(5)['状态']}`);
});

test('a file that is not a workbook is refused in Chinese, naming it', async () => {
  const error = await openXlsxWorkbook(new TextEncoder().encode('id,period,value'), '数据.csv').catch((e: unknown) => e);
  expect((error as Error).message).toContain('无法打开工作簿《数据.csv》');
  expect((error as Error).message).not.toMatch(/zip|signature|central/i);
});
