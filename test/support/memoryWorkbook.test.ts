import { createMemoryWorkbook } from './memoryWorkbook';
import { WorkbookError } from '../../src/app/port';
import type { SheetPlan } from '../../src/workbook/plan';
import { tasksSheetPlan } from '../../src/workbook/tasksSheet';
import { task } from '../workbook/sampleResult';

const risky = ['=HYPERLINK("http://x","点我")', '+86 0730', '-3%以内', '@各单位'];

describe('memory workbook', () => {
  it('stores document text starting with = + - @ as text in "@" columns', async () => {
    const wb = createMemoryWorkbook();
    await wb.apply({ sheets: [tasksSheetPlan(risky.map((text, i) => task(String(i + 1), { text })))] });
    for (const [i, text] of risky.entries()) {
      const cell = wb.cell('目标任务', `B${i + 2}`)!;
      expect(cell).toMatchObject({ value: text, numberFormat: '@' });
      expect(cell.formula).toBeUndefined();
    }
  });

  it('behaves like Excel where a column is not text: "=…" would be a formula, the quote prefix keeps it text', async () => {
    const wb = createMemoryWorkbook();
    const plan: SheetPlan = { name: 'S', columns: [{ header: '备注', width: 8 }], rows: risky.map((t) => [t]) };
    await wb.apply({ sheets: [plan] });
    expect(wb.values('S').slice(1).map((r) => r[0])).toEqual(risky);
    wb.setCell('S', 'A6', '=1+1');
    expect(wb.cell('S', 'A6')!.formula).toBe('=1+1');
  });

  it('records every call with the sheets it names', async () => {
    const wb = createMemoryWorkbook();
    const report = await wb.apply({ sheets: [tasksSheetPlan([task('1')]), { name: '空', columns: [{ header: 'a', width: 4 }], rows: [] }] });
    expect(report).toEqual({ sheetsWritten: ['目标任务', '空'], rowsWritten: 1 });
    await wb.readSheets(['目标任务', '没有']);
    expect(wb.calls).toEqual([
      { op: 'apply', sheets: ['目标任务', '空'] },
      { op: 'readSheets', sheets: ['目标任务', '没有'] },
    ]);
  });

  it('shows #NAME? for a formula entered before a name it uses exists, as Excel does', async () => {
    const wb = createMemoryWorkbook();
    const plan: SheetPlan = { name: 'N', columns: [{ header: '月', width: 4, kind: 'formula' }], rows: [['=TM_MONTH&"月"']] };
    wb.setCell('N', 'B2', '=TM_MONTH*2');
    expect(wb.cell('N', 'B2')).toMatchObject({ formula: '=TM_MONTH*2', value: '#NAME?' });
    // A plan defines its names before its formulas: no #NAME?.
    await wb.apply({ sheets: [plan], names: [{ name: 'TM_MONTH', formula: '=N!$C$1' }] });
    expect(wb.cell('N', 'A2')).toMatchObject({ formula: '=TM_MONTH&"月"', value: null });
  });

  it('applies the rest of the plan: table, widths, freeze, print titles, activation', async () => {
    const wb = createMemoryWorkbook({ sheets: [{ name: 'Sheet1', values: [['x']] }] });
    await wb.apply({ sheets: [tasksSheetPlan([task('1'), task('2')])], names: [{ name: '报告月份', formula: '=规则!$B$2' }] });
    expect(wb.tables.get('目标任务表')).toEqual({ name: '目标任务表', sheet: '目标任务', address: 'A1:J3', style: 'TableStyleLight9' });
    const s = wb.sheet('目标任务')!;
    expect(s.columnWidths.get(1)).toBe(38);
    expect(s.wrapColumns.has(1)).toBe(true);
    expect(s.freezeRows).toBe(1);
    expect(s.pageLayout?.printTitleRows).toBe('$1:$1');
    expect(wb.sheetNames()).toEqual(['目标任务', 'Sheet1']);
    expect(wb.activeSheet()).toBe('目标任务');
    expect(wb.names.get('报告月份')?.formula).toBe('=规则!$B$2');
  });

  it('replaces a sheet’s content on a second apply (no stale rows below)', async () => {
    const wb = createMemoryWorkbook();
    await wb.apply({ sheets: [tasksSheetPlan([task('1'), task('2'), task('3')])] });
    await wb.apply({ sheets: [tasksSheetPlan([task('1')])] });
    expect(wb.values('目标任务')).toHaveLength(2);
  });

  it('reads the selection and calls change handlers for the watched sheets only', async () => {
    const wb = createMemoryWorkbook({ sheets: [{ name: 'Sheet1', values: [['序号', '目标任务'], ['1', '新增就业']] }] });
    wb.setSelection('Sheet1', 'A:F');
    expect(await wb.readSelection()).toEqual({ sheet: 'Sheet1', address: 'A1:B2', firstRow: 1, values: [['序号', '目标任务'], ['1', '新增就业']] });
    const seen: string[] = [];
    const off = await wb.onSheetsChanged(['Sheet1'], () => seen.push('changed'));
    wb.setCell('Sheet1', 'C2', 5);
    wb.setCell('Other', 'A1', 5);
    off();
    wb.setCell('Sheet1', 'C3', 5);
    expect(seen).toEqual(['changed']);
    await wb.select('Sheet1', 'B2');
    expect(wb.selections).toEqual([{ sheet: 'Sheet1', address: 'B2' }]);
  });

  it('fails a write like the adapter: a WorkbookError saying what was written', async () => {
    const wb = createMemoryWorkbook();
    wb.failNext({ op: 'apply', afterSheets: 1, reason: '网络中断' });
    const plan = { sheets: [tasksSheetPlan([task('1')]), { ...tasksSheetPlan([task('1')]), name: '指标', table: undefined }] };
    const error = await wb.apply(plan).catch((e) => e);
    expect(error).toBeInstanceOf(WorkbookError);
    expect(error.message).toBe('写入失败：已写入“目标任务”工作表，“指标”工作表未写完（可能只写入了一部分）。原因：网络中断');
    expect(error.written).toEqual(['目标任务']);
  });

  it('fills a fillDown column down as Excel would, from its first row only', async () => {
    const fillPlan = (rows: number, formula = (n: number) => `=IF($A${n}>0,$A${n}*$A$1,"无")&"A${n}"`): SheetPlan => ({
      name: 'F',
      columns: [
        { header: '数', width: 4, kind: 'number' },
        { header: '算', width: 8, kind: 'formula', numberFormat: '0.0', fillDown: true },
      ],
      rows: Array.from({ length: rows }, (_, i) => [i + 1, formula(i + 2)]),
    });
    const wb = createMemoryWorkbook();
    await wb.apply({ sheets: [fillPlan(500)] });
    for (const n of [2, 3, 501]) {
      expect(wb.cell('F', `B${n}`)).toMatchObject({ formula: `=IF($A${n}>0,$A${n}*$A$1,"无")&"A2"`, numberFormat: '0.0' });
    }
    // Text in quotes is not a reference: the plan above says "A3", "A4"… and Excel would not.
    const honest = createMemoryWorkbook();
    await honest.apply({ sheets: [fillPlan(500, (n) => `=IF($A${n}>0,$A${n}*$A$1,"无")`)] });
    expect(honest.cell('F', 'B501')!.formula).toBe('=IF($A501>0,$A501*$A$1,"无")');
  });

  it('says so when nothing is selected', async () => {
    await expect(createMemoryWorkbook().readSelection()).rejects.toThrow('没有选中的区域');
  });
});
