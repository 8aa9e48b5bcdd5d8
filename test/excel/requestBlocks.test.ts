import { MAX_REQUEST_BYTES, requestBlocks, utf8Length, wireValue } from '../../src/excel/requestBlocks';
import type { SheetPlan } from '../../src/workbook/plan';
import { sheetCells } from '../../src/workbook/sheetCells';

const sheetWrite = (plan: SheetPlan, max?: number) => requestBlocks(sheetCells(plan), max);

const plan = (rows: number, text = '地区生产总值增长7.5%以上'): SheetPlan => ({
  name: 'S',
  columns: [
    { header: '序号', width: 6, numberFormat: '@' },
    { header: '原文', width: 30, numberFormat: '@' },
    { header: '目标值', width: 8, kind: 'number' },
    { header: '备注', width: 8 },
    { header: '完成率', width: 8, kind: 'formula' },
  ],
  rows: Array.from({ length: rows }, (_, i) => [String(i + 1), text, 7.5, '=不是公式', `=C${i + 2}/100`]),
});

describe('requestBlocks', () => {
  it('sends header and rows as one block with "@" for text columns and the header', () => {
    const w = sheetWrite(plan(3));
    expect(w.blocks).toHaveLength(1);
    expect(w.tableAddress).toBe('A1:E4');
    expect(w.blocks[0].cells).toHaveLength(1);
    const cells = w.blocks[0].cells[0];
    expect(cells.address).toBe('A1:E4');
    expect(cells.numberFormat[0]).toEqual(['@', '@', '@', '@', '@']);
    expect(cells.numberFormat[1]).toEqual(['@', '@', 'General', 'General', 'General']);
    expect(cells.values[1]).toEqual(['1', '地区生产总值增长7.5%以上', 7.5, "'=不是公式", null]);
    expect(w.blocks[0].fills).toEqual([]);
    expect(w.blocks[0].formulaColumns).toEqual([{ address: 'E2:E4', formulas: [['=C2/100'], ['=C3/100'], ['=C4/100']] }]);
  });

  it('keeps text text in every kind of column', () => {
    expect(wireValue({ text: '=1+1' }, '@')).toBe('=1+1');
    expect(wireValue({ text: '-3' }, 'General')).toBe("'-3");
    expect(wireValue({ text: '@x' }, 'General')).toBe("'@x");
    expect(wireValue({ formula: '=A1' }, 'General')).toBe('=A1');
    expect(wireValue(null, 'General')).toBe('');
  });

  it('splits a large sheet into blocks under the request limit, covering every row once', () => {
    const big = plan(20_000, '字'.repeat(100));
    const w = sheetWrite(big, MAX_REQUEST_BYTES);
    expect(w.bytes).toBeGreaterThan(MAX_REQUEST_BYTES);
    expect(w.blocks.length).toBe(Math.ceil(w.bytes / MAX_REQUEST_BYTES));
    for (const b of w.blocks) expect(b.bytes).toBeLessThanOrEqual(MAX_REQUEST_BYTES);
    expect(w.blocks.reduce((n, b) => n + b.rowCount, 0)).toBe(20_001);
    const second = w.blocks[1];
    expect(second.formulaColumns[0].address).toBe(`E${second.row + 1}:E${second.row + second.rowCount}`);
    expect(second.formulaColumns[0].formulas[0]).toEqual([`=C${second.row + 1}/100`]);
  });

  it('writes fillDown columns in their header and first row, then one fill per run of adjacent ones', () => {
    const filled = (rows: number): SheetPlan => ({
      name: 'F',
      headerRow: 1,
      columns: [
        { header: 'ID', width: 6, numberFormat: '@' },
        { header: '甲', width: 8, kind: 'formula', fillDown: true, numberFormat: '0.0' },
        { header: '乙', width: 8, kind: 'formula', fillDown: true },
        { header: '数', width: 8, kind: 'number' },
        { header: '丙', width: 8, kind: 'formula' },
        { header: '丁', width: 8, kind: 'formula', fillDown: true },
      ],
      rows: Array.from({ length: rows }, (_, i) => [`${i + 1}-1`, `=$A${i + 3}&"x"`, `=$B${i + 3}`, i, `=D${i + 3}*2`, `=$D${i + 3}`]),
    });
    const w = sheetWrite(filled(4));
    expect(w.blocks).toHaveLength(1);
    const [b] = w.blocks;
    expect(b.cells.map((c) => c.address)).toEqual(['A2:A6', 'B2:C3', 'D2:E6', 'F2:F3']);
    expect(b.cells[1].numberFormat).toEqual([['@', '@'], ['0.0', 'General']]);
    expect(b.cells[1].values).toEqual([['甲', '乙'], [null, null]]);
    expect(b.formulaColumns).toEqual([
      { address: 'B3', formulas: [['=$A3&"x"']] },
      { address: 'C3', formulas: [['=$B3']] },
      { address: 'E3:E6', formulas: [['=D3*2'], ['=D4*2'], ['=D5*2'], ['=D6*2']] },
      { address: 'F3', formulas: [['=$D3']] },
    ]);
    expect(b.fills).toEqual([
      { source: 'B3:C3', destination: 'B3:C6' },
      { source: 'F3', destination: 'F3:F6' },
    ]);
    // The payload grows with the other columns only: 1,000 more rows cost no fillDown formula.
    const perRow = (sheetWrite(filled(1_004)).bytes - w.bytes) / 1_000;
    expect(perRow).toBeLessThan(utf8Length('["1000-1"],["@"],[1000,null],["General","General"],["=D1003*2"],'));
    // Split into blocks: the fill goes with the first row, later blocks carry the other columns.
    const split = sheetWrite(filled(3_000), 20_000);
    expect(split.blocks.length).toBeGreaterThan(3);
    for (const blk of split.blocks) expect(blk.bytes).toBeLessThanOrEqual(20_000);
    expect(split.blocks.flatMap((blk) => blk.fills)).toEqual([
      { source: 'B3:C3', destination: 'B3:C3002' },
      { source: 'F3', destination: 'F3:F3002' },
    ]);
    expect(split.blocks[0].fills).toHaveLength(2);
    const later = split.blocks[2];
    expect(later.cells.map((c) => c.address)).toEqual([`A${later.row + 1}:A${later.row + later.rowCount}`, `D${later.row + 1}:E${later.row + later.rowCount}`]);
    expect(split.blocks.reduce((n, blk) => n + blk.cells[0].values.length, 0)).toBe(3_001);
    // One data row: nothing to fill, the row is written as it is.
    expect(sheetWrite(filled(1)).blocks[0].fills).toEqual([]);
    expect(sheetWrite(filled(1)).blocks[0].formulaColumns.map((f) => f.address)).toEqual(['B3', 'C3', 'E3', 'F3']);
  });

  it('counts UTF-8 bytes as sent (3 per Chinese character)', () => {
    expect(utf8Length('a字😀')).toBe(1 + 3 + 4);
  });
});
