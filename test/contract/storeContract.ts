/**
 * What every workbook store must do, whatever its host: the in-memory double, the Office.js
 * adapter over the fake Excel, the .xlsx file adapter. Each adapter's test file calls
 * `storeContract` with a harness that makes a fresh store and lets a "clerk" type into it.
 */
import { writeImport } from '../../src/app/importTargets';
import type { ImportPreview } from '../../src/app/importTypes';
import { WorkbookError, type SheetSnapshot, type WorkbookStore } from '../../src/app/port';
import { refreshProgressSheets } from '../../src/app/progress/refreshProgress';
import { parseCell, parseRange } from '../../src/workbook/a1';
import { indicatorsSheetPlan } from '../../src/workbook/indicatorsSheet';
import type { CellValue, SheetPlan } from '../../src/workbook/plan';
import { FIGURES_SHEET, PROGRESS_SHEET } from '../../src/workbook/progress/layout';
import { tasksSheetPlan } from '../../src/workbook/tasksSheet';
import { sampleResult, task } from '../workbook/sampleResult';

/** How a cell looks: what the plan's block formats give it. */
export interface CellLook {
  bold?: boolean;
  fontSize?: number;
  /** "#RRGGBB", upper case. */
  fill?: string;
  horizontal?: 'left' | 'center' | 'right';
  /** Thin borders on all four edges. */
  borders?: boolean;
}

/** A sheet's paper layout as the host holds it. */
export interface SheetLayout {
  /** Merged blocks, e.g. "A1:E1", sorted. */
  merges: string[];
  showGridlines: boolean;
  /** Rows of a fixed height: 0-based row → points. */
  rowHeights: Record<number, number>;
  /** 0-based rows that start a printed page, sorted. */
  rowBreaks: number[];
  /** Margins in inches (the plan's unit), when set. */
  margins?: { left: number; right: number; top: number; bottom: number };
  centerHorizontally: boolean;
  look(address: string): CellLook;
}

/** A cell's look from block formats applied in order (the in-memory double and the fake keep
 *  the formats as given). */
export function lookFrom(formats: readonly { range: string; look: CellLook }[], address: string): CellLook {
  const { row, col } = parseCell(address);
  const out: CellLook = {};
  for (const f of formats) {
    const a = parseRange(f.range);
    if (row >= a.row && row < a.row + a.rowCount && col >= a.col && col < a.col + a.colCount) Object.assign(out, f.look);
  }
  return out;
}

export interface StoreUnderTest {
  store: WorkbookStore;
  /** The paper layout of a sheet (merges, heights, breaks, formats). */
  layout(sheet: string): Promise<SheetLayout>;
  /** A clerk typing into a cell: a value, or a formula ("=…"). */
  type(sheet: string, address: string, value: CellValue): Promise<void>;
  /** The workbook names and their formulas. */
  names(): Promise<Map<string, string>>;
  /** The same workbook after it is saved and opened again (a file), or itself (a live host). */
  reopen(): Promise<StoreUnderTest>;
  /** Whether a sheet is protected and hidden, and whether one of its cells is locked, as the host
   *  holds it. */
  sheetState(sheet: string): Promise<SheetState>;
}

export interface SheetState {
  protected: boolean;
  hidden: boolean;
  /** A cell that the clerk cannot type into while the sheet is protected. */
  locked(address: string): boolean;
}

export interface StoreHarness {
  make(): Promise<StoreUnderTest>;
  /** Cleans up after a test (uninstalls a fake). */
  done?(): void;
}

const preview = (over: Partial<ImportPreview['result']> = {}): ImportPreview => ({ sourceName: '测试', result: { ...sampleResult(), ...over }, uncertain: [] });

/** Whether cell `address` lies in range `range` (both A1). */
export function within(address: string, range: string): boolean {
  const { row, col } = parseCell(address);
  const a = parseRange(range);
  return row >= a.row && row < a.row + a.rowCount && col >= a.col && col < a.col + a.colCount;
}

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

/** A sheet laid out like paper: a merged title in a large font, a line under it, a bordered
 *  header and rows, a merged note under the table with its own height, no gridlines, a page
 *  break, narrow margins, and the add-in's mark. */
export const paper = (rows: number, mark: string | null = '进展情况表'): SheetPlan => {
  const last = 2 + rows; // 0-based row of the last data row
  const note = last + 2; // a blank row, then the note
  return {
    name: '进展表',
    headerRow: 2,
    columns: [
      { header: '序号', width: 3 },
      { header: '指标', width: 12, wrap: true },
      { header: '状态', width: 4 },
    ],
    rows: Array.from({ length: rows }, (_, i) => [String(i + 1), `第${i + 1}项指标`, i % 2 === 0 ? '滞后' : '正常']),
    cells: [
      { address: 'A1', value: '2024年1-6月《政府工作报告》目标任务进展情况表' },
      { address: 'A2', value: '数据截至：2024年6月30日' },
      { address: `A${note + 1}`, value: '注：“—”表示该项无月度数值目标。' },
    ],
    formats: [
      { range: 'A1:C1', bold: true, fontSize: 16, horizontal: 'center' },
      { range: `A3:C${last + 1}`, borders: true },
      { range: 'A3:C3', bold: true, fill: '#d9d9d9', horizontal: 'center' },
    ],
    merges: ['A1:C1', 'A2:C2', `A${note + 1}:C${note + 1}`],
    rowHeights: [
      { row: 0, height: 30 },
      { row: note, height: 45 },
    ],
    autofitRows: true,
    showGridlines: false,
    pageLayout: {
      orientation: 'landscape',
      paper: 'A4',
      printTitleRows: '$3:$3',
      centerFooter: '第&P页 共&N页',
      fitToWidth: true,
      rowBreaks: rows > 2 ? [5] : [],
      margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
      centerHorizontally: true,
    },
    ...(mark === null ? {} : { mark }),
  };
};

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

    test('lays out a sheet like paper: merged title, font, borders, fixed heights, no gridlines, a page break, margins', async () => {
      const t = await harness.make();
      await t.store.apply({ sheets: [paper(6)] });
      const again = await t.reopen();
      const s = await sheet(again.store, '进展表');
      expect(s.values[0][0]).toBe('2024年1-6月《政府工作报告》目标任务进展情况表');
      expect(s.values[2]).toEqual(['序号', '指标', '状态']);
      expect(s.values[3]).toEqual(['1', '第1项指标', '滞后']);
      expect(s.values[10][0]).toBe('注：“—”表示该项无月度数值目标。');
      // Merged: only the top-left cell holds the text.
      expect(s.values[0][1] ?? '').toBe('');
      const layout = await again.layout('进展表');
      expect(layout.merges).toEqual(['A11:C11', 'A1:C1', 'A2:C2'].sort());
      expect(layout.showGridlines).toBe(false);
      expect(layout.rowHeights).toEqual({ 0: 30, 10: 45 });
      expect(layout.rowBreaks).toEqual([5]);
      expect(layout.margins).toEqual({ left: 0.4, right: 0.4, top: 0.6, bottom: 0.6 });
      expect(layout.centerHorizontally).toBe(true);
      expect(layout.look('A1')).toMatchObject({ bold: true, fontSize: 16, horizontal: 'center' });
      expect(layout.look('B3')).toMatchObject({ bold: true, fill: '#D9D9D9', borders: true });
      expect(layout.look('C9')).toMatchObject({ borders: true });
      expect(layout.look('C9').bold).toBeFalsy();
      expect(layout.look('A11').borders).toBeFalsy();
    });

    test('a sheet written again forgets its earlier merges, heights and page breaks; its mark is read back, and lost when a plan gives none', async () => {
      const t = await harness.make();
      await t.store.apply({ sheets: [paper(8), { ...mixed(1), name: '别的' }] });
      await t.store.apply({ sheets: [paper(2)] });
      const again = await t.reopen();
      const layout = await again.layout('进展表');
      // The note moved up from row 13 to row 7: nothing of the longer sheet remains.
      expect(layout.merges).toEqual(['A1:C1', 'A2:C2', 'A7:C7']);
      expect(layout.rowHeights).toEqual({ 0: 30, 6: 45 });
      expect(layout.rowBreaks).toEqual([]);
      const marks = await again.store.readSheets(['进展表', '别的', '没有这张表'], { marks: true });
      expect(marks.map((m) => [m.name, m.mark])).toEqual([
        ['进展表', '进展情况表'],
        ['别的', null],
      ]);
      await again.store.apply({ sheets: [paper(2, null)] });
      const last = await again.reopen();
      expect((await last.store.readSheets(['进展表'], { marks: true }))[0].mark).toBeNull();
      // Without being asked, no mark is read.
      expect((await last.store.readSheets(['进展表']))[0].mark).toBeUndefined();
    });

    test('a protected sheet: only its inputs are unlocked; it can be written again, protected or not', async () => {
      const t = await harness.make();
      const form: SheetPlan = { ...mixed(4), name: '填报表', protection: { unlocked: ['C3:C6', 'B8'] } };
      await t.store.apply({ sheets: [form] });
      const again = await t.reopen();
      const state = await again.sheetState('填报表');
      expect(state.protected).toBe(true);
      expect(['C3', 'C6', 'B8'].map((a) => state.locked(a))).toEqual([false, false, false]);
      expect(['A3', 'B3', 'D4', 'C2', 'C7', 'A1'].map((a) => state.locked(a))).toEqual([true, true, true, true, true, true]);
      // Written again over the protected sheet: replaced, and unprotected when the plan says so.
      await again.store.apply({ sheets: [{ ...mixed(2), name: '填报表' }] });
      const plain = await again.reopen();
      expect((await plain.sheetState('填报表')).protected).toBe(false);
      expect((await sheet(plain.store, '填报表')).values).toHaveLength(4);
      await plain.store.apply({ sheets: [{ ...form, protection: { unlocked: ['C3:C4'] } }] });
      const last = await (await plain.reopen()).sheetState('填报表');
      expect([last.protected, last.locked('C4'), last.locked('C5')]).toEqual([true, false, true]);
    });

    test('a hidden sheet is listed and read like any other, and stays hidden', async () => {
      const t = await harness.make();
      await t.store.apply({ sheets: [mixed(2), { ...mixed(1), name: '存档', hidden: true }] });
      const again = await t.reopen();
      expect(await again.store.listSheets()).toEqual(['混合', '存档']);
      expect((await sheet(again.store, '存档')).values[2][1]).toBe('第1项');
      expect((await again.sheetState('存档')).hidden).toBe(true);
      expect((await again.sheetState('混合')).hidden).toBe(false);
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
