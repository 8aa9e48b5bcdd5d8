/**
 * `cli build`, the headless main job: seed 002 with the sample figures becomes a workbook that
 * opens without repair, holds the figures where a clerk would type them, and is updated as the
 * pane would update it, keeping everything a clerk added.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { readProgress } from '../../src/app/progress/refreshProgress';
import { buildCommand } from '../../src/cli/buildCommand';
import { cellAddress } from '../../src/workbook/a1';
import { FC, FIGURES_SHEET, FIRST_FIGURE_COL, PROGRESS_SHEET } from '../../src/workbook/progress/layout';
import { openXlsxWorkbook, type XlsxWorkbook } from '../../src/xlsx/xlsxWorkbook';
import { validateXlsx, validatorMissing } from '../support/validateXlsx';

jest.setTimeout(120_000);

const root = join(__dirname, '../..');
const SEED = join(root, 'seeds/002_6ca40ee2ecc3ed1b.txt');
const SAMPLE = join(root, 'samples/002-figures-2024-06.csv');

async function run(args: string[]) {
  let out = '';
  let err = '';
  const code = await buildCommand(args, { stdout: (t) => (out += t), stderr: (t) => (err += t) });
  return { code, out, err };
}

const tmp = () => mkdtempSync(join(tmpdir(), 'tm-build-'));
const file = (dir: string, name: string, content: string | Uint8Array) => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};
const open = async (path: string) => openXlsxWorkbook(new Uint8Array(readFileSync(path)), 'built.xlsx');
const sheetValues = async (wb: XlsxWorkbook, name: string) => (await wb.readSheets([name]))[0].values;

/** The 月度填报 cell of an indicator's month (1-2月 merged: June is the fifth figure column). */
async function figureCell(wb: XlsxWorkbook, id: string, month: number): Promise<string> {
  const values = await sheetValues(wb, FIGURES_SHEET);
  const r = values.findIndex((row) => row[0] === id);
  const c = values[1].findIndex((v, i) => i >= FIRST_FIGURE_COL && v === month);
  return cellAddress(r, c);
}

describe('cli build', () => {
  let out: string;
  let built: string;

  beforeAll(async () => {
    out = tmp();
    const r = await run(['--targets', SEED, '--figures', SAMPLE, '--month', '2024-06', '--out', out, '--no-pdf']);
    expect(r.code).toBe(0);
    built = join(out, '目标任务监测-2024-06.xlsx');
    expect(r.out).toContain(built);
    expect(r.out).toContain('填入数值34个');
  });

  test('writes 目标任务监测-2024-06.xlsx with the five sheets, the leaders’ paper and 打印设置, and the sample figures in 月度填报', async () => {
    const wb = await open(built);
    expect(wb.sheetNames()).toEqual(['进度', '目标任务', '指标', '规则', '月度填报', '1-6月进展表-按类别', '打印设置']);
    const values = await sheetValues(wb, FIGURES_SHEET);
    expect(values[0][1]).toBe(6);
    const jobs = await figureCell(wb, '9-1', 6);
    expect(values[Number(jobs.slice(1)) - 1][FIRST_FIGURE_COL + 4]).toBe(2330);
    // 进度 judges every indicator and qualitative target: one row each below its two header rows.
    const { report } = await readProgress(wb, 6);
    expect(report.items.length).toBeGreaterThan(250);
    expect((await sheetValues(wb, PROGRESS_SHEET)).length).toBe(2 + report.items.length);
    expect(report.items.find((i) => i.id === '9-1')).toMatchObject({ status: '滞后', reason: '累计完成41.6%，低于序时进度50.0%共8.4个百分点' });
  });

  test('the workbook opens in Excel without a repair prompt (ECMA-376 schemas and Excel’s rules)', () => {
    if (validatorMissing() && !process.env.CI) return console.warn(`validate-xlsx skipped: ${validatorMissing()} missing`);
    const { ok, report } = validateXlsx(new Uint8Array(readFileSync(built)));
    if (!ok) throw new Error(report);
  });

  test('--workbook updates a workbook the clerk worked in, keeping every figure, setting, note and column they added', async () => {
    // The clerk's month: an April figure, a setting, a note, a column of their own in 月度填报 and
    // in 指标 (with a formula), all typed into the workbook in Excel.
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync(built) as unknown as ArrayBuffer);
    const wb = await open(built);
    // 2-1 (收益) has no figures in the sample file.
    const may = await figureCell(wb, '2-1', 4);
    const figures = book.getWorksheet(FIGURES_SHEET)!;
    const row = Number(may.replace(/^[A-Z]+/, ''));
    figures.getCell(may).value = 2000;
    figures.getCell(`${FC.frequency}${row}`).value = '季度';
    figures.getCell(`${FC.note}${row}`).value = '二季度招聘会延期';
    const extra = figures.getRow(3).cellCount + 1;
    figures.getCell(3, extra).value = '联系人';
    figures.getCell(row, extra).value = '人社局 张三';
    const indicators = book.getWorksheet('指标')!;
    indicators.getCell('M1').value = '两倍目标';
    indicators.getCell('M2').value = { formula: 'F2*2' } as ExcelJS.CellFormulaValue;
    const worked = file(out, '已填.xlsx', new Uint8Array(await book.xlsx.writeBuffer()));

    const next = tmp();
    const r = await run(['--targets', SEED, '--figures', SAMPLE, '--month', '2024-07', '--workbook', worked, '--out', next, '--no-pdf']);
    expect(r.err).not.toMatch(/错误|冲突/);
    expect(r.code).toBe(0);
    const updated = await open(join(next, '目标任务监测-2024-07.xlsx'));
    const values = await sheetValues(updated, FIGURES_SHEET);
    expect(values[0][1]).toBe(7);
    const at = values.findIndex((x) => x[0] === '2-1');
    expect(values[at][FIRST_FIGURE_COL + 2]).toBe(2000);
    expect(values.find((x) => x[0] === '9-1')![FIRST_FIGURE_COL + 4]).toBe(2330);
    expect(values[at][4]).toBe('季度');
    expect(values[at][15]).toBe('二季度招聘会延期');
    expect(values[2]).toContain('联系人');
    expect(values[at]).toContain('人社局 张三');
    const ind = (await updated.readSheets(['指标'], { formulas: true }))[0];
    expect(ind.values[0][12]).toBe('两倍目标');
    expect(ind.formulas![1][12]).toBe('=F2*2');
    // The workbook it read is not touched.
    expect((await sheetValues(await open(worked), FIGURES_SHEET))[0][1]).toBe(6);
  });

  test('a figure that differs from the workbook’s stops the build until the clerk says --overwrite', async () => {
    const changed = file(tmp(), '更正.csv', 'id,period,value,note\n9-1,2024-06,2400,六月核实后更正\n');
    const next = tmp();
    const r = await run(['--targets', SEED, '--figures', changed, '--month', '2024-06', '--workbook', built, '--out', next, '--no-pdf']);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/冲突：《更正\.csv》第2行：月度填报![A-Z]+\d+：指标9-1的6月已填“2330”，与新数值“2400”不同，未写入/);
    expect(r.err).toContain('--overwrite');
    expect(existsSync(join(next, '目标任务监测-2024-06.xlsx'))).toBe(false);

    const ok = await run(['--targets', SEED, '--figures', changed, '--month', '2024-06', '--workbook', built, '--out', next, '--no-pdf', '--overwrite']);
    expect(ok.code).toBe(0);
    const wb = await open(join(next, '目标任务监测-2024-06.xlsx'));
    const values = await sheetValues(wb, FIGURES_SHEET);
    const at = values.findIndex((x) => x[0] === '9-1');
    expect(values[at][FIRST_FIGURE_COL + 4]).toBe(2400);
    expect(values[at][15]).toBe('六月核实后更正');
  });

  test.each([
    ['数值不是数字', 'id,period,value\n9-1,2024-06,约5亿\n', /《数据\.csv》第2行“value”列：指标9-1的数值“约5亿”不是数字/],
    ['期间写错', 'id,period,value\n# 说明\n9-1,2024-6,800\n', /《数据\.csv》第3行“period”列：指标9-1的期间“2024-6”应为YYYY-MM格式/],
    ['千分位逗号', 'id,period,value\n9-1,2024-06,5,600\n', /《数据\.csv》第2行：应有3列/],
    ['未知指标', 'id,period,value\n99-9,2024-06,800\n', /《数据\.csv》第2行：指标ID“99-9”不在目标任务中/],
    ['另一年', 'id,period,value\n9-1,2023-06,800\n', /不是报告年份2024年/],
    ['超大的数', 'id,period,value\n9-1,2024-06,1e400\n', /“1e400”超出范围/],
  ])('a bad figures file is refused in Chinese, naming file, row and column (%s)', async (_, text, words) => {
    const next = tmp();
    const r = await run(['--targets', SEED, '--figures', file(tmp(), '数据.csv', text), '--month', '2024-06', '--out', next, '--no-pdf']);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(words);
    expect(r.out).toBe('');
    expect(existsSync(join(next, '目标任务监测-2024-06.xlsx'))).toBe(false);
  });

  test('reads the figures from an .xlsx with the same columns, a period Excel turned into a date included', async () => {
    const book = new ExcelJS.Workbook();
    const ws = book.addWorksheet('数据');
    ws.addRow(['id', 'period', 'value', 'note']);
    ws.addRow(['9-1', new Date(Date.UTC(2024, 5, 1)), 2330, '按月统计']);
    ws.addRow(['1-3', '2024-06', 5.1]);
    const xlsx = file(tmp(), '数据.xlsx', new Uint8Array(await book.xlsx.writeBuffer()));
    const next = tmp();
    const r = await run(['--targets', SEED, '--figures', xlsx, '--month', '2024-06', '--out', next, '--no-pdf']);
    expect(r.code).toBe(0);
    const { report } = await readProgress(await open(join(next, '目标任务监测-2024-06.xlsx')), 6);
    expect(report.items.find((i) => i.id === '9-1')!.actual).toBe(2330);
    expect(report.items.find((i) => i.id === '1-3')!.actual).toBe(5.1);

    ws.addRow(['1-2', '六月', 8]);
    const bad = file(tmp(), '有错.xlsx', new Uint8Array(await book.xlsx.writeBuffer()));
    const refused = await run(['--targets', SEED, '--figures', bad, '--month', '2024-06', '--out', tmp(), '--no-pdf']);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('《有错.xlsx》第4行“period”列：指标1-2的期间“六月”应为YYYY-MM格式');
  });

  test('a GBK figures file (Excel’s “CSV” on Chinese Windows) is read as well', async () => {
    // "招聘会" in GBK: the bytes a Chinese Windows Excel writes.
    const bytes = Buffer.concat([Buffer.from('id,period,value,note\r\n9-1,2024-06,2330,'), Buffer.from([0xd5, 0xd0, 0xc6, 0xb8, 0xbb, 0xe1]), Buffer.from('\r\n')]);
    const next = tmp();
    const r = await run(['--targets', SEED, '--figures', file(tmp(), 'gbk.csv', bytes), '--month', '2024-06', '--out', next, '--no-pdf']);
    expect(r.code).toBe(0);
    const values = await sheetValues(await open(join(next, '目标任务监测-2024-06.xlsx')), FIGURES_SHEET);
    expect(values.find((x) => x[0] === '9-1')![15]).toBe('招聘会');
  });

  test('the paper the options choose, and the month’s bulletin beside the workbook as UTF-8 text and a Word document', async () => {
    const next = tmp();
    const r = await run(['--targets', SEED, '--figures', SAMPLE, '--month', '2024-06', '--out', next, '--no-pdf', '--group', 'unit', '--only', 'lagging', '--paper', 'A3', '--maker', '区政府督查室', '--issue', '6']);
    expect(r.err).not.toMatch(/错误/);
    expect(r.code).toBe(0);
    expect(r.out).toContain('已写入打印表“1-6月进展表-按牵头单位-仅滞后预警-A3”（9项，A3横向）');
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(next, '目标任务监测-2024-06.xlsx'));
    const paper = book.getWorksheet('1-6月进展表-按牵头单位-仅滞后预警-A3')!;
    expect(paper.pageSetup).toMatchObject({ paperSize: 8, orientation: 'landscape', fitToWidth: 1, fitToHeight: 0 });
    expect(paper.getCell('A2').value).toBe('第6期\u3000\u3000制表单位：区政府督查室\u3000\u3000数据截至：2024年6月30日');
    expect(paper.getCell('A5').value).toBe('区发改局（2项）');

    const text = readFileSync(join(next, '目标任务监测-2024-06-通报.txt'), 'utf8');
    expect(text.split('\n').slice(0, 3)).toEqual(['关于2024年1-6月《政府工作报告》目标任务推进情况的通报', '第6期', '各有关单位：']);
    expect(text).toContain('区人社局：新增城镇就业（第9项）累计完成41.6%，低于序时进度8.4个百分点（滞后）。');
    expect(text.trimEnd().split('\n').at(-2)).toBe('区政府督查室');
    // The .docx holds the same paragraphs.
    const docx = unzipSync(new Uint8Array(readFileSync(join(next, '目标任务监测-2024-06-通报.docx'))));
    const xml = strFromU8(docx['word/document.xml']);
    const paragraphs = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) => [...p[0].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''));
    expect(paragraphs.filter((p) => p !== '')).toEqual(text.trimEnd().split('\n').map((l) => l.replace(/^\u3000\u3000/, '').replace(/&/g, '&amp;')));
  });

  test.each([
    [['--group', 'town'], '分组方式“town”应为kind、unit、leader、status之一'],
    [['--paper', 'B5'], '纸张“B5”应为A4或A3'],
    [['--only', 'red'], '范围“red”应为lagging（仅滞后和预警）或livelihood（仅民生实事）'],
    [['--issue', '第六期'], '期数“第六期”应为数字'],
  ])('a bad paper option is refused in Chinese (%s)', async (args, words) => {
    const r = await run(['--targets', SEED, '--month', '2024-06', '--out', tmp(), ...args]);
    expect(r.code).toBe(1);
    expect(r.err).toContain(words);
  });

  test('missing options, a bad month and a bad preset are refused in Chinese', async () => {
    expect((await run(['--targets', SEED])).err).toContain('缺少参数--month');
    expect((await run(['--targets', SEED, '--month', '2024-13', '--out', tmp()])).err).toContain('报告月份“2024-13”');
    expect((await run(['--targets', SEED, '--month', '2024-06', '--out', tmp(), '--preset', '北京'])).err).toContain('预警方案“北京”');
    expect((await run(['--targets', join(root, 'nope.txt'), '--month', '2024-06', '--out', tmp()])).err).toContain('找不到文件');
    const notXlsx = await run(['--targets', SEED, '--month', '2024-06', '--out', tmp(), '--workbook', SAMPLE]);
    expect(notXlsx.code).toBe(1);
    expect(notXlsx.err).toContain('无法打开工作簿《002-figures-2024-06.csv》');
  });
});
