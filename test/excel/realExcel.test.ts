/**
 * What real Excel does that the add-in meets first (issue 10), each modelled by the fake Excel as
 * the Excel JavaScript API documentation describes it, and the adapter's answer to it.
 */
import { writeImport } from '../../src/app/importTargets';
import { describeFinding } from '../../src/app/messages';
import { refreshProgressSheets } from '../../src/app/progress/refreshProgress';
import { loadProgressView } from '../../src/app/progressView/loadProgressView';
import { createOfficeWorkbook } from '../../src/excel/officeWorkbook';
import { FIGURES_SHEET, FC } from '../../src/workbook/progress/layout';
import { tasksSheetPlan } from '../../src/workbook/tasksSheet';
import { figureCell } from '../app/progressView/workbookWithFigures';
import { sampleResult, task } from '../workbook/sampleResult';
import { FakeExcel } from './fakeExcel';

let fake: FakeExcel;
beforeEach(() => {
  fake = new FakeExcel().install();
});
afterEach(() => fake.uninstall());

const preview = { sourceName: '测试', result: sampleResult(), uncertain: [] };
const settle = () => new Promise((r) => setTimeout(r, 0));

describe('a batch while the clerk is editing a cell', () => {
  test('the fake refuses it, as Excel does, when the run does not ask to wait', async () => {
    fake.addSheet('指标', [['x']]);
    fake.startEdit();
    const error = await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('指标');
      await context.sync();
    }).catch((e: unknown) => e);
    expect((error as { code?: string }).code).toBe('InvalidOperationInCellEditMode');
  });

  test('on ExcelApi 1.11 the read waits for the edit to end (delayForCellEdit) and then succeeds', async () => {
    fake.apiVersion = '1.11';
    fake.addSheet('指标', [['指标ID'], ['1-1']]);
    fake.startEdit();
    let done = false;
    const read = createOfficeWorkbook()
      .readSheets(['指标'])
      .then((r) => ((done = true), r));
    await settle();
    expect(done).toBe(false);
    fake.endEdit();
    expect((await read)[0].values).toEqual([['指标ID'], ['1-1']]);
  });

  test('on an older host the read is tried again a moment later, and succeeds once the clerk presses Enter', async () => {
    fake.addSheet('指标', [['指标ID'], ['1-1']]);
    fake.startEdit();
    const read = createOfficeWorkbook().readSheets(['指标']);
    setTimeout(() => fake.endEdit(), 600);
    expect((await read)[0].values).toEqual([['指标ID'], ['1-1']]);
  });
});

describe('the add-in’s own writes and the change events it listens to', () => {
  test('an import raises no change event, and events are on again afterwards for the clerk’s typing', async () => {
    const port = createOfficeWorkbook();
    await writeImport(port, preview);
    let calls = 0;
    await port.onSheetsChanged(['指标', '目标任务'], () => calls++);
    await writeImport(port, preview);
    await settle();
    expect(fake.events.filter((e) => e.source === 'add-in')).toEqual([]);
    expect(calls).toBe(0);
    expect(fake.eventsEnabled).toBe(true);
    await fake.type('指标', 'M2', 3.9);
    expect(calls).toBe(1);
  });

  test('a write that fails half-way still turns the events back on', async () => {
    const port = createOfficeWorkbook();
    await writeImport(port, preview);
    fake.failSync = fake.syncs + 4; // after the read (2) and the load, during 目标任务
    await expect(writeImport(port, preview)).rejects.toThrow('写入失败');
    expect(fake.eventsEnabled).toBe(true);
  });

  test('without turning them off, Excel would have raised them (the fake does)', async () => {
    const port = createOfficeWorkbook();
    await writeImport(port, preview);
    let calls = 0;
    await port.onSheetsChanged(['目标任务'], () => calls++);
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('目标任务').getRange('K1').values = [['x']];
      await context.sync();
    });
    await settle();
    expect(calls).toBe(1);
  });
});

test('reads are cut into responses under 5 MB, as writes are, so a large sheet reads on the web', async () => {
  const text = '推进重点项目建设'.repeat(5); // 120 bytes a cell
  const rows = Array.from({ length: 12_000 }, (_, r) => Array.from({ length: 8 }, (_, c) => (c === 0 ? `${r + 1}-1` : text)));
  fake.addSheet('进度', rows);
  const [read] = await createOfficeWorkbook().readSheets(['进度']);
  expect(read.values).toHaveLength(12_000);
  expect(read.values[11_999][0]).toBe('12000-1');
  expect(read.values[5_000][3]).toBe(text);
  // Longer text than the estimate: the first try is refused, then halves go through.
  expect(fake.refusedResponses.length).toBeGreaterThan(0);
  expect(Math.max(...fake.responseBytes)).toBeLessThanOrEqual(5 * 1024 * 1024);
  expect(fake.responseBytes.filter((b) => b > 1024 * 1024).length).toBeGreaterThan(1);
});

test('a sheet of ordinary cells is read in one response per 4 MB, with none refused', async () => {
  const rows = Array.from({ length: 20_000 }, (_, r) => [`${r + 1}-1`, 5600 + r, '人', '新增城镇就业']);
  fake.addSheet('指标', rows);
  const [read] = await createOfficeWorkbook().readSheets(['指标']);
  expect(read.values).toHaveLength(20_000);
  expect(fake.refusedResponses).toEqual([]);
  expect(Math.max(...fake.responseBytes)).toBeLessThanOrEqual(4 * 1024 * 1024);
});

test('a sheet of short formulas is read in blocks sized by what its cells cost, not by the typical 进度 row', async () => {
  // 月度填报-like: 10,000 rows × 20 columns, a short formula in each (about 1.6 MB with the values).
  const sheet = fake.addSheet('月度填报');
  for (let r = 0; r < 10_000; r++) for (let c = 0; c < 20; c++) sheet.cells.set(`${r}:${c}`, { value: r + c, formula: `=A${r + 1}+${c}`, numberFormat: 'General' });
  const before = fake.syncs;
  const [read] = await createOfficeWorkbook().readSheets(['月度填报'], { formulas: true });
  expect(read.formulas![9_999][19]).toBe('=A10000+19');
  expect(fake.refusedResponses).toEqual([]);
  // 1 to learn the size, 1 block sized for 120-byte cells, then the rest in one measured block
  // (sized for the typical cell alone it took 6 loads).
  expect(fake.syncs - before).toBeLessThanOrEqual(3);
});

describe('printing', () => {
  test('a list is fitted one page wide with automatic height (not the whole sheet on one page)', async () => {
    await createOfficeWorkbook().apply({ sheets: [tasksSheetPlan([task('1')])] });
    expect(fake.sheet('目标任务')!.fit).toEqual({ wide: 1, tall: 0 });
  });

  test('rows with wrapped text are made tall enough for it after every write', async () => {
    const port = createOfficeWorkbook();
    await port.apply({ sheets: [tasksSheetPlan([task('1'), task('2', { text: '推进'.repeat(80) })])] });
    await port.apply({ sheets: [tasksSheetPlan([task('1')])] });
    expect(fake.sheet('目标任务')!.autofitRows).toEqual(['A1:J3', 'A1:J2']);
  });
});

test('a clerk’s formula column inside the 指标 table, with a structured reference, survives a re-import', async () => {
  const port = createOfficeWorkbook();
  await writeImport(port, preview);
  // The clerk types a header beside the table (Excel grows the table over it), then a formula
  // by clicking cells: Excel writes it with a structured reference.
  await fake.type('指标', 'M1', '两倍目标');
  expect(fake.tables.get('指标表')!.address).toBe('A1:M4');
  await fake.type('指标', 'M2', '=[@目标值]*2');
  await writeImport(port, { ...preview, result: { ...sampleResult(), indicators: sampleResult().indicators.map((i) => ({ ...i, target: i.target + 1 })) } });
  expect(fake.cell('指标', 'M2')!.formula).toBe('=[@目标值]*2');
  expect(fake.tables.get('指标表')!.address).toBe('A1:M4');
});

describe('what a clerk types into 月度填报', () => {
  async function built() {
    const port = createOfficeWorkbook();
    await writeImport(port, preview);
    await refreshProgressSheets(port, { month: 6 });
    return port;
  }
  const cellOf = (id: string, month: number) => figureCell(fake, id, month);

  test('"7.6%" in a growth figure is read as 7.6 (Excel stores 0.076 shown as a percentage)', async () => {
    const port = await built();
    await fake.type(FIGURES_SHEET, cellOf('1-1', 6), '7.6%');
    expect(fake.cell(FIGURES_SHEET, cellOf('1-1', 6))).toMatchObject({ value: 0.076, numberFormat: '0.0%' });
    const view = await loadProgressView(port, 6);
    if (view.kind !== 'ready') throw new Error('no view');
    expect(view.counts['正常'] + view.counts['已完成']).toBe(1);
    expect(view.otherErrors).toEqual([]);
  });

  test('"56%" in an amount is named as a slip to correct, not judged as 0.56 people', async () => {
    const port = await built();
    await fake.type(FIGURES_SHEET, cellOf('2-1', 6), '56%');
    const view = await loadProgressView(port, 6);
    if (view.kind !== 'ready') throw new Error('no view');
    // Listed with the figures to correct, linked to the cell it is in.
    const slip = view.figureErrors.find((e) => e.message.includes('指标2-1（新增城镇就业）的6月数值填成了百分比“56%”'));
    expect(slip).toMatchObject({ sheet: FIGURES_SHEET, cell: cellOf('2-1', 6) });
    expect(view.counts['已完成'] + view.counts['正常'] + view.counts['滞后']).toBe(0);
  });

  test('"1-1" typed into 比较对象 stays the ID it is (the column is text), not a date', async () => {
    await built();
    const row = (fake.values(FIGURES_SHEET) as unknown[][]).findIndex((r) => r[0] === '2-1') + 1;
    await fake.type(FIGURES_SHEET, `${FC.compare}${row}`, '1-1');
    expect(fake.cell(FIGURES_SHEET, `${FC.compare}${row}`)).toMatchObject({ value: '1-1', numberFormat: '@' });
  });

  test('in a 比较对象 cell of General format (a workbook built before), the date Excel made is named', async () => {
    const port = await built();
    const row = (fake.values(FIGURES_SHEET) as unknown[][]).findIndex((r) => r[0] === '2-1') + 1;
    fake.cell(FIGURES_SHEET, `${FC.compare}${row}`)!.numberFormat = 'General';
    await fake.type(FIGURES_SHEET, `${FC.compare}${row}`, '1-1');
    const view = await loadProgressView(port, 6);
    if (view.kind !== 'ready') throw new Error('no view');
    expect(view.otherErrors.join()).toContain('比较对象被 Excel 当成了日期');
    expect(describeFinding({ code: 'compare-date', severity: 'error', sheet: FIGURES_SHEET, cell: 'N5', id: '2-1' })).toMatch(/^月度填报!N5：/);
  });
});

describe('a refresh and the clerk typing at the same time', () => {
  test('a figure typed while the refresh runs is still there afterwards: 月度填报 is updated, not rewritten', async () => {
    const port = createOfficeWorkbook();
    await writeImport(port, preview);
    await refreshProgressSheets(port, { month: 5 });
    const cell = figureCell(fake, '2-1', 6);
    const start = fake.syncs;
    // Between the refresh's read and its writes, the clerk types June's figure.
    fake.beforeSync = (n) => {
      if (n === start + 3) void fake.type(FIGURES_SHEET, cell, 3300);
    };
    await refreshProgressSheets(port, { month: 6 });
    expect(fake.cell(FIGURES_SHEET, cell)?.value).toBe(3300);
    // The refresh wrote the reporting month into 月度填报 and nothing a clerk types there.
    const written = fake.log.filter((o) => o.sync > start && o.sheet === FIGURES_SHEET && o.kind === 'values').map((o) => o.address);
    expect(written).toEqual(['B1']);
    expect(fake.values(FIGURES_SHEET)[0][1]).toBe(6);
  });

  test('a new indicator after a re-import is appended to 月度填报 below the clerk’s rows, which stay as typed', async () => {
    const port = createOfficeWorkbook();
    await writeImport(port, preview);
    await refreshProgressSheets(port, { month: 6 });
    await fake.type(FIGURES_SHEET, figureCell(fake, '2-1', 6), 3300);
    const more = { ...sampleResult(), indicators: [...sampleResult().indicators, { ...sampleResult().indicators[1], id: '2-2', name: '新增农村劳动力转移就业', target: 1100 }] };
    await writeImport(port, { ...preview, result: more });
    await refreshProgressSheets(port, { month: 6 });
    const values = fake.values(FIGURES_SHEET) as unknown[][];
    expect(values.map((r) => r[0]).slice(3)).toEqual(['1-1', '2-1', '48-Q1', '2-2']);
    expect(fake.cell(FIGURES_SHEET, figureCell(fake, '2-1', 6))?.value).toBe(3300);
    expect(fake.tables.get('月度填报表')!.address).toBe(`A3:AA7`);
    expect(fake.cell(FIGURES_SHEET, 'E7')).toMatchObject({ value: '月度', numberFormat: '@' });
  });
});
