/**
 * The leaders' paper through the Office.js adapter over the fake Excel: one write of constant
 * cost whatever the rows, with its merged title and headings, fixed heights, page breaks, no
 * gridlines and its mark; an Excel below the manifest's ExcelApi 1.9 is refused before anything is
 * written, with the clerk's words.
 */
import { WorkbookError } from '../../src/app/port';
import { createOfficeWorkbook, type OfficeCost } from '../../src/excel/officeWorkbook';
import { PRINT_MARK, printSheetPlan } from '../../src/workbook/print/printSheet';
import { report, reportItem } from '../domain/report/reportItems';
import { FakeExcel } from './fakeExcel';

let fake: FakeExcel;
beforeEach(() => {
  fake = new FakeExcel().install();
});
afterEach(() => fake.uninstall());

const month = (n: number) =>
  report(Array.from({ length: n }, (_, k) => reportItem(`${k + 1}-1`, { progress: { kind: k % 2 === 0 ? 'level' : 'milestone', status: k % 3 === 0 ? '滞后' : '正常' } })));
const choice = { grouping: 'kind', filter: null, paper: 'A3' } as const;

test('the paper is one write of constant cost, merged, bordered, broken into pages by kind, without gridlines, marked as the add-in’s', async () => {
  const syncs: number[] = [];
  for (const n of [10, 1000]) {
    const f = new FakeExcel().install();
    const costs: OfficeCost[] = [];
    const store = createOfficeWorkbook({ onCost: (c) => costs.push(c) });
    const plan = printSheetPlan(month(n), choice, '进展表', { maker: '区政府督查室', issue: '6' });
    await store.apply({ sheets: [plan] });
    syncs.push(costs.find((c) => c.op === 'apply')!.syncs);
    const s = f.sheet('进展表')!;
    expect(s.merges).toEqual(expect.arrayContaining(['A1:L1', 'A2:L2', 'A3:L3', 'A5:L5']));
    expect(s.showGridlines).toBe(false);
    expect(s.pageBreaks).toEqual(plan.pageLayout!.rowBreaks);
    expect(s.pageBreaks).toHaveLength(1);
    expect(s.paperSize).toBe('A3');
    expect(s.rowHeights.get(0)).toBe(plan.rowHeights![0].height);
    expect(s.autofitRows.length).toBe(1);
    expect(s.formats.some((x) => x.address === 'A1:L1' && x.prop === 'size' && x.value === 18)).toBe(true);
    expect(s.formats.filter((x) => x.prop.startsWith('border.EdgeTop.style')).map((x) => x.address)).toContain(`A4:L${4 + plan.rows.length}`);
    const [read] = await store.readSheets(['进展表'], { marks: true });
    expect(read.mark).toBe(PRINT_MARK);
    expect(read.values[0][0]).toBe('2024年1-6月《政府工作报告》目标任务进展情况表');
    f.uninstall();
  }
  expect(syncs[0]).toBe(syncs[1]);
  fake = new FakeExcel().install();
});

test('written again, the paper forgets the earlier one’s merges, heights and page breaks', async () => {
  const store = createOfficeWorkbook();
  await store.apply({ sheets: [printSheetPlan(month(40), choice, '进展表', { maker: '', issue: '' })] });
  const shorter = printSheetPlan(month(3), { ...choice, filter: 'lagging' }, '进展表', { maker: '', issue: '' });
  await store.apply({ sheets: [shorter] });
  const s = fake.sheet('进展表')!;
  expect([...s.merges].sort()).toEqual([...shorter.merges!].sort());
  expect([...s.rowHeights.keys()].sort((a, b) => a - b)).toEqual(shorter.rowHeights!.map((h) => h.row).sort((a, b) => a - b));
  expect(s.pageBreaks).toEqual([]);
});

test('an Excel below ExcelApi 1.9 is told so before anything is written', async () => {
  fake.apiVersion = 1.8;
  const error = await createOfficeWorkbook()
    .apply({ sheets: [printSheetPlan(month(3), choice, '进展表', { maker: '', issue: '' })] })
    .catch((e: unknown) => e);
  expect(error).toBeInstanceOf(WorkbookError);
  expect((error as WorkbookError).message).toContain('需要 ExcelApi 1.9');
  expect(fake.sheet('进展表')).toBeUndefined();
  expect(fake.syncs).toBe(0);
});
