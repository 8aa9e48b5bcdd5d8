import { writeImport } from '../../src/app/importTargets';
import type { ImportPreview } from '../../src/app/importTypes';
import { WorkbookError } from '../../src/app/port';
import type { Indicator, ParseResult, Task } from '../../src/domain/model';
import { createOfficeWorkbook, type OfficeCost } from '../../src/excel/officeWorkbook';
import { tasksSheetPlan } from '../../src/workbook/tasksSheet';
import { indicator, sampleResult, task } from '../workbook/sampleResult';
import { FakeExcel } from './fakeExcel';

let fake: FakeExcel;
beforeEach(() => {
  fake = new FakeExcel().install();
});
afterEach(() => fake.uninstall());

/** A decomposition with n indicators, ten per task; `quote` lets a test make the payload large. */
function generated(n: number, quote = '新增城镇就业5600人以上'): ParseResult {
  const tasks: Task[] = [];
  const indicators: Indicator[] = [];
  for (let i = 0; i < n; i++) {
    const seq = String(Math.floor(i / 10) + 1);
    if (i % 10 === 0) tasks.push(task(seq, { text: `第${seq}项：${quote}` }));
    indicators.push(indicator(`${seq}-${(i % 10) + 1}`, { quote, line: 1000 + i }));
  }
  return { tasks, indicators, qualitative: [], diagnostics: [] };
}
const preview = (result: ParseResult): ImportPreview => ({ sourceName: '生成的', result, uncertain: [] });

describe('Office.js adapter: sync counts', () => {
  it('imports 10, 1,000 and 10,000 indicators with the same number of context.sync() calls, as the adapter reports', async () => {
    const counts: number[] = [];
    for (const n of [10, 1_000, 10_000]) {
      const f = new FakeExcel().install();
      const costs: OfficeCost[] = [];
      await writeImport(createOfficeWorkbook({ onCost: (c) => costs.push(c) }), preview(generated(n)));
      expect(f.values('指标')).toHaveLength(n + 1);
      expect(costs.map((c) => c.op)).toEqual(['readSheets', 'apply']);
      expect(costs.reduce((t, c) => t + c.syncs, 0)).toBe(f.syncs);
      counts.push(f.syncs);
      f.uninstall();
    }
    // 1 read (no sheets yet), then 1 load + 1 per sheet + 1 to turn events back on.
    expect(counts).toEqual([5, 5, 5]);
  });

  it('splits a payload over Excel on the web’s 5 MB limit into 4 MB requests: one more sync per extra block', async () => {
    const long = '推进'.repeat(150); // 300 characters, 900 bytes per quote
    const costs: OfficeCost[] = [];
    await writeImport(createOfficeWorkbook({ onCost: (c) => costs.push(c) }), preview(generated(10_000, long)));
    const apply = costs.find((c) => c.op === 'apply')!;
    expect(apply.requestBytes.reduce((a, b) => a + b, 0)).toBeGreaterThan(5 * 1024 * 1024);
    expect(Math.max(...fake.syncBytes)).toBeLessThanOrEqual(4 * 1024 * 1024);
    expect(fake.syncs).toBe(1 + apply.syncs);
    // 1 load + 1 for 目标任务 + more than one block for 指标.
    expect(apply.syncs).toBeGreaterThan(3);
    expect(fake.values('指标')).toHaveLength(10_001);
    expect(fake.values('指标')[10_000][9]).toBe(long);
  });
});

describe('Office.js adapter: writing', () => {
  it('sets the "@" number format before the values, so text starting with = + - @ stays text', async () => {
    const texts = ['=HYPERLINK("http://x","点我")', '+86', '-3%以内', '@区政府'];
    const result = { ...sampleResult(), tasks: texts.map((text, i) => task(String(i + 1), { text })) };
    await writeImport(createOfficeWorkbook(), preview(result));
    const ops = fake.log.filter((o) => o.sheet === '目标任务');
    const formatAt = ops.findIndex((o) => o.kind === 'numberFormat' && o.address === 'A1:J5');
    const valuesAt = ops.findIndex((o) => o.kind === 'values' && o.address === 'A1:J5');
    expect(formatAt).toBeGreaterThanOrEqual(0);
    expect(formatAt).toBeLessThan(valuesAt);
    texts.forEach((text, i) => {
      const cell = fake.cell('目标任务', `B${i + 2}`)!;
      expect(cell).toEqual({ value: text, numberFormat: '@' });
    });
  });

  it('suspends calculation and screen updating before writing, then lays the sheet out for print', async () => {
    await writeImport(createOfficeWorkbook(), preview(sampleResult()));
    const kinds = fake.log.map((o) => o.kind);
    expect(kinds.indexOf('suspendCalculation')).toBeLessThan(kinds.indexOf('values'));
    expect(kinds).toContain('suspendScreenUpdating');
    const s = fake.sheet('目标任务')!;
    expect(fake.tables.get('目标任务表')).toMatchObject({ sheet: '目标任务', address: 'A1:J4', style: 'TableStyleLight9' });
    expect(fake.tables.get('指标表')).toMatchObject({ sheet: '指标', address: 'A1:L4' });
    // 38 characters of task text: 38 × 11.25 pt plus 3.75 pt of padding.
    expect(s.columnWidths.get('B:B')).toBe(431.25);
    expect(s.wrap.has('B:B')).toBe(true);
    expect(s.freeze).toEqual({ rows: 1, columns: 2 });
    expect(s).toMatchObject({ printTitleRows: '$1:$1', orientation: 'Landscape', paperSize: 'A4', centerFooter: '第 &P 页 共 &N 页' });
    expect(s.zoom).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 0 });
    expect(s.fit).toEqual({ wide: 1, tall: 0 });
    expect(fake.sheets[0].name).toBe('目标任务');
  });

  it('re-imports over its own tables and keeps a column the clerk added', async () => {
    await writeImport(createOfficeWorkbook(), preview(sampleResult()));
    const s = fake.sheet('指标')!;
    s.cells.set('0:12', { value: '6月累计', numberFormat: 'General' });
    s.cells.set('1:12', { value: 3.9, numberFormat: 'General' });
    fake.tables.get('指标表')!.address = 'A1:M4'; // Excel grows the table over a column typed beside it
    const outcome = await writeImport(createOfficeWorkbook(), preview(sampleResult()));
    expect(outcome.indicators).toEqual({ added: 0, updated: 0, unchanged: 3, kept: 0, removed: 0 });
    expect(fake.values('指标')[1][12]).toBe(3.9);
    expect(fake.tables.get('指标表')!.address).toBe('A1:M4');
    // First import 5; the re-import reads the two sheets' size, then their cells: 6.
    expect(fake.syncs).toBe(5 + 6);
  });

  it('writes conditional formats, validation and names of a plan', async () => {
    const port = createOfficeWorkbook();
    const plan = {
      ...tasksSheetPlan([task('1')]),
      conditionalFormats: [{ range: 'J2:J10', formula: '=$J2="滞后"', fill: '#FFC7CE' }],
      validations: [{ range: 'I2:I10', rule: { type: 'decimal' as const }, errorMessage: '请填写数字' }],
    };
    const report = await port.apply({ sheets: [plan], names: [{ name: '报告月份', formula: '=目标任务!$A$1' }] });
    expect(report).toEqual({ sheetsWritten: ['目标任务'], rowsWritten: 1 });
    expect(fake.syncs).toBe(3);
    const s = fake.sheet('目标任务')!;
    expect(s.conditionalFormats).toEqual([{ address: 'J2:J10', formula: '=$J2="滞后"', fill: '#FFC7CE' }]);
    expect(s.validations).toHaveLength(1);
    expect(fake.names.get('报告月份')).toEqual({ reference: '=目标任务!$A$1', comment: undefined });
    // Applying again replaces the name and the formats instead of failing on them.
    await port.apply({ sheets: [plan], names: [{ name: '报告月份', formula: '=目标任务!$A$2' }] });
    expect(fake.names.get('报告月份')!.reference).toBe('=目标任务!$A$2');
    expect(fake.sheet('目标任务')!.conditionalFormats).toHaveLength(1);
  });
});

describe('Office.js adapter: printing a wide sheet across pages', () => {
  const wide = (fitToWidth: boolean) => ({
    ...tasksSheetPlan([task('1')]),
    pageLayout: { orientation: 'landscape' as const, paper: 'A4' as const, printTitleRows: '$1:$1', printTitleColumns: '$A:$B', fitToWidth },
  });

  it('repeats the title columns on every page and prints at 100 %, undoing an earlier fit-to-width', async () => {
    const port = createOfficeWorkbook();
    await port.apply({ sheets: [wide(true)] });
    expect(fake.sheet('目标任务')!.zoom).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 0 });
    await port.apply({ sheets: [wide(false)] });
    const s = fake.sheet('目标任务')!;
    expect(s).toMatchObject({ printTitleRows: '$1:$1', printTitleColumns: '$A:$B', zoom: { scale: 100 } });
  });

  it('writes the column widths as points, one character 11.25 pt plus the cell padding', async () => {
    await createOfficeWorkbook().apply({ sheets: [{ name: 'W', columns: [{ header: '一', width: 1 }, { header: '四个字宽', width: 4 }], rows: [] }] });
    expect([...fake.sheet('W')!.columnWidths]).toEqual([
      ['A:A', 15],
      ['B:B', 48.75],
    ]);
  });
});

describe('Office.js adapter: failures', () => {
  it('a sync that throws becomes a WorkbookError naming what was written', async () => {
    fake.failSync = 4; // 1 read, 2 load, 3 目标任务, 4 指标
    const error = await writeImport(createOfficeWorkbook(), preview(sampleResult())).catch((e) => e);
    expect(error).toBeInstanceOf(WorkbookError);
    expect(error.message).toBe(
      '写入失败：已写入“目标任务”工作表，“指标”工作表未写完（可能只写入了一部分）。原因：Excel 内部错误',
    );
    expect(error.written).toEqual(['目标任务']);
    expect(error.failure).toMatchObject({ code: 'write-failed', written: ['目标任务'], partial: '指标', notStarted: [], reason: { code: 'GeneralException' } });
    // Excel's English words never reach the clerk.
    expect(error.message).not.toContain('The request failed');
    expect(fake.values('目标任务')).toHaveLength(4);
  });

  it('a failure while loading says nothing was written', async () => {
    fake.failSync = 2;
    await expect(writeImport(createOfficeWorkbook(), preview(sampleResult()))).rejects.toThrow(
      /^写入失败：没有写完任何工作表，“目标任务”、“指标”工作表未写入。原因：/,
    );
  });

  it('a failed read says the workbook was not changed', async () => {
    fake.failSync = 1;
    await expect(createOfficeWorkbook().readSheets(['目标任务'])).rejects.toThrow(/^读取“目标任务”工作表失败，工作簿未被修改。/);
  });

  it('refuses to run on an Excel older than ExcelApi 1.9 with a clear message', async () => {
    fake.apiVersion = '1.8';
    await expect(createOfficeWorkbook().readSheets(['目标任务'])).rejects.toThrow('这个版本的 Excel 太旧');
    expect(fake.syncs).toBe(0);
  });
});

describe('Office.js adapter: reading', () => {
  it('reads all named sheets in two syncs (their size, then their cells), values from A1, missing sheets left out', async () => {
    fake.addSheet('目标任务').cells.set('2:1', { value: '序号', numberFormat: 'General' });
    const snaps = await createOfficeWorkbook().readSheets(['目标任务', '指标'], { formulas: true });
    expect(fake.syncs).toBe(2);
    expect(snaps).toEqual([{ name: '目标任务', values: [[null, null], [null, null], [null, '序号']], formulas: [['', ''], ['', ''], ['', '序号']] }]);
  });

  it('reads a selection of whole columns as the part that holds the table', async () => {
    fake.addSheet('Sheet1', [[], ['序号', '目标任务'], ['1', '新增就业']]);
    fake.selection = { sheet: 'Sheet1', address: 'A:F' };
    const sel = await createOfficeWorkbook().readSelection();
    expect(sel).toEqual({ sheet: 'Sheet1', address: 'A2:B3', firstRow: 2, values: [['序号', '目标任务'], ['1', '新增就业']] });
    expect(fake.syncs).toBe(2);
  });

  it('selects a cell and calls change handlers until unsubscribed', async () => {
    fake.addSheet('指标', [['x']]);
    const port = createOfficeWorkbook();
    await port.select('指标', 'B7');
    expect(fake.log.some((o) => o.kind === 'select' && o.address === 'B7')).toBe(true);
    let calls = 0;
    const off = await port.onSheetsChanged(['指标', '月度填报'], () => calls++);
    await fake.fireChanged('指标');
    off();
    await new Promise((r) => setTimeout(r, 0));
    await fake.fireChanged('指标');
    expect(calls).toBe(1);
  });
});
