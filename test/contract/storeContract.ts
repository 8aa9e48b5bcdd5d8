/**
 * What every workbook store must do, whatever its host: the in-memory double, the Office.js
 * adapter over the fake Excel, the .xlsx file adapter. Each adapter's test file calls
 * `storeContract` with a harness that makes a fresh store and lets a "clerk" type into it.
 */
import { writeImport } from '../../src/app/importTargets';
import type { ImportPreview } from '../../src/app/importTypes';
import { WorkbookError, type SheetSnapshot, type WorkbookStore } from '../../src/app/port';
import { refreshProgressSheets } from '../../src/app/progress/refreshProgress';
import { indicatorsSheetPlan } from '../../src/workbook/indicatorsSheet';
import type { CellValue, SheetPlan } from '../../src/workbook/plan';
import { FIGURES_SHEET, PROGRESS_SHEET } from '../../src/workbook/progress/layout';
import { tasksSheetPlan } from '../../src/workbook/tasksSheet';
import { sampleResult, task } from '../workbook/sampleResult';

export interface StoreUnderTest {
  store: WorkbookStore;
  /** A clerk typing into a cell: a value, or a formula ("=…"). */
  type(sheet: string, address: string, value: CellValue): Promise<void>;
  /** The workbook names and their formulas. */
  names(): Promise<Map<string, string>>;
  /** The same workbook after it is saved and opened again (a file), or itself (a live host). */
  reopen(): Promise<StoreUnderTest>;
}

export interface StoreHarness {
  make(): Promise<StoreUnderTest>;
  /** Cleans up after a test (uninstalls a fake). */
  done?(): void;
}

const preview = (over: Partial<ImportPreview['result']> = {}): ImportPreview => ({ sourceName: '测试', result: { ...sampleResult(), ...over }, uncertain: [] });

const sheet = async (store: WorkbookStore, name: string, formulas = true): Promise<SheetSnapshot> => {
  const [s] = await store.readSheets([name], { formulas });
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
};

/** A sheet with a title above the header, text, numbers, a per-row formula column and a
 *  fill-down column. */
const mixed = (rows: number): SheetPlan => ({
  name: '混合',
  headerRow: 1,
  columns: [
    { header: '编号', width: 4, numberFormat: '@' },
    { header: '名称', width: 10 },
    { header: '数', width: 4, kind: 'number' },
    { header: '两倍', width: 4, kind: 'formula' },
    { header: '加一', width: 4, kind: 'formula', fillDown: true },
  ],
  rows: Array.from({ length: rows }, (_, i) => [String(i + 1), `第${i + 1}项`, i * 10, `=C${i + 3}*2`, i === 0 ? '=$C3+1' : null]),
  cells: [{ address: 'A1', value: '标题', bold: true }],
});

export function storeContract(label: string, harness: StoreHarness): void {
  describe(`${label}: the workbook store contract`, () => {
    afterEach(() => harness.done?.());

    test('writes a plan and reads it back: title, header, text, numbers, formulas, a column filled down', async () => {
      const t = await harness.make();
      await t.store.apply({ sheets: [mixed(4)] });
      const s = await sheet((await t.reopen()).store, '混合');
      expect(s.values[0][0]).toBe('标题');
      expect(s.values[1]).toEqual(['编号', '名称', '数', '两倍', '加一']);
      expect(s.values.slice(2).map((r) => r.slice(0, 3))).toEqual([
        ['1', '第1项', 0],
        ['2', '第2项', 10],
        ['3', '第3项', 20],
        ['4', '第4项', 30],
      ]);
      expect(s.formulas!.slice(2).map((r) => r.slice(3))).toEqual([
        ['=C3*2', '=$C3+1'],
        ['=C4*2', '=$C4+1'],
        ['=C5*2', '=$C5+1'],
        ['=C6*2', '=$C6+1'],
      ]);
    });

    test('applying again replaces the content: no stale rows, the same result', async () => {
      const t = await harness.make();
      await t.store.apply({ sheets: [mixed(6)] });
      await t.store.apply({ sheets: [mixed(2)] });
      const s = await sheet((await t.reopen()).store, '混合');
      expect(s.values).toHaveLength(4);
      expect(s.formulas![3][4]).toBe('=$C4+1');
    });

    test('text that starts with = + - @ stays text, in a text column and in any other', async () => {
      const t = await harness.make();
      const risky = ['=1+1', '+86 0730', '-3%以内', '@区政府'];
      const plain: SheetPlan = { name: '备注', columns: [{ header: '备注', width: 8 }], rows: risky.map((r) => [r]) };
      await t.store.apply({ sheets: [tasksSheetPlan(risky.map((text, i) => task(String(i + 1), { text }))), plain] });
      const again = (await t.reopen()).store;
      const tasks = await sheet(again, '目标任务');
      const notes = await sheet(again, '备注');
      risky.forEach((text, i) => {
        expect(tasks.values[i + 1][1]).toBe(text);
        expect(tasks.formulas![i + 1][1]).toBe(text);
        expect(notes.values[i + 1][0]).toBe(text);
        expect(notes.formulas![i + 1][0]).toBe(text);
      });
    });

    test('a re-import keeps the clerk’s own columns, with their values and formulas', async () => {
      const t = await harness.make();
      await writeImport(t.store, preview());
      const mid = await t.reopen();
      await mid.type('指标', 'M1', '6月累计');
      await mid.type('指标', 'M2', 3.9);
      await mid.type('指标', 'N1', '两倍目标');
      await mid.type('指标', 'N2', '=F2*2');
      const r = sampleResult();
      await writeImport(mid.store, preview({ indicators: r.indicators.map((i) => (i.id === '2-1' ? { ...i, target: 6000 } : i)) }));
      const s = await sheet((await mid.reopen()).store, '指标');
      expect(s.values[0].slice(12, 14)).toEqual(['6月累计', '两倍目标']);
      expect(s.values[1][12]).toBe(3.9);
      expect(s.formulas![1][13]).toBe('=F2*2');
      expect(s.values[2][5]).toBe(6000);
    });

    test('defines the names before the formulas that use them: no #NAME? after a write', async () => {
      const t = await harness.make();
      await t.store.apply({ sheets: [indicatorsSheetPlan(sampleResult().indicators, sampleResult().qualitative)] });
      await refreshProgressSheets(t.store, { month: 6, year: 2024 });
      const names = await (await t.reopen()).names();
      expect(names.get('TM_MONTH')).toMatch(/月度填报'?!\$B\$1$/);
      expect(names.get('TM_I_ID')).toMatch(/指标'?!\$A:\$A$/);
      const progress = await sheet(t.store, PROGRESS_SHEET);
      expect(progress.values.flat().filter((v) => v === '#NAME?')).toEqual([]);
      expect(progress.formulas![2][12]).toMatch(/^=IF\(/);
    });

    test('a failed write says exactly which sheets were written, and those hold their content', async () => {
      const t = await harness.make();
      const bad: SheetPlan = { ...mixed(1), name: '第[1]期' };
      const error = await t.store.apply({ sheets: [mixed(3), bad, { ...mixed(1), name: '后面' }] }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(WorkbookError);
      const f = (error as WorkbookError).failure;
      if (f.code !== 'write-failed') throw new Error(`expected write-failed, got ${f.code}`);
      expect([...f.written, ...(f.partial ? [f.partial] : []), ...f.notStarted].sort()).toEqual(['后面', '混合', '第[1]期'].sort());
      expect(f.written).not.toContain('第[1]期');
      expect((error as WorkbookError).message).toMatch(/^写入失败：/);
      for (const name of f.written) expect((await sheet(t.store, name)).values).toHaveLength(5);
    });

    test('cell edits write into an existing sheet and leave every other cell as it was', async () => {
      const t = await harness.make();
      await t.store.apply({ sheets: [mixed(3)] });
      await t.store.apply({ sheets: [], edits: [{ sheet: '混合', address: 'C4', value: 99 }, { sheet: '混合', address: 'B5', value: '=不是公式' }] });
      const s = await sheet((await t.reopen()).store, '混合');
      expect(s.values[3][2]).toBe(99);
      expect(s.values[4][1]).toBe('=不是公式');
      expect(s.formulas![4][1]).toBe('=不是公式');
      expect(s.values[2].slice(0, 3)).toEqual(['1', '第1项', 0]);
      expect(s.formulas![3][3]).toBe('=C4*2');
    });

    test('rows appended to a table land below it, as text where text, and the table grows over them', async () => {
      const t = await harness.make();
      await t.store.apply({ sheets: [tasksSheetPlan([task('1'), task('2')])] });
      const row = (seq: string, text: string) => [seq, text, '彭伟', '区发改局', null, null, null, null, 800, '新增'];
      await t.store.apply({ sheets: [], tableRows: [{ sheet: '目标任务', table: '目标任务表', rows: [row('3', '=新任务')] }] });
      const again = await t.reopen();
      await again.store.apply({ sheets: [], tableRows: [{ sheet: '目标任务', table: '目标任务表', rows: [row('4', '@区政府')] }] });
      const s = await sheet((await again.reopen()).store, '目标任务');
      expect(s.values.slice(1).map((r) => r.slice(0, 2))).toEqual([
        ['1', '第1项目标任务'],
        ['2', '第2项目标任务'],
        ['3', '=新任务'],
        ['4', '@区政府'],
      ]);
      expect(s.formulas![3][1]).toBe('=新任务');
      expect(s.values[4][8]).toBe(800);
    });

    test('the progress sheets built twice keep a figure the clerk typed', async () => {
      const t = await harness.make();
      await writeImport(t.store, preview());
      await refreshProgressSheets(t.store, { month: 6, year: 2024 });
      const typed = await t.reopen();
      // 1-2月 merged: June is the fifth figure column (U) of the first indicator's row (4).
      await typed.type(FIGURES_SHEET, 'U4', 7.9);
      await refreshProgressSheets(typed.store, { month: 7, year: 2024 });
      const s = await sheet((await typed.reopen()).store, FIGURES_SHEET, false);
      expect(s.values[3][20]).toBe(7.9);
      expect(s.values[0][1]).toBe(7);
    });
  });
}
