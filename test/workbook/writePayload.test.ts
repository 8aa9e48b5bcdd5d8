import type { SheetPlan } from '../../src/workbook/plan';
import { MAX_REQUEST_BYTES, sheetWrite, utf8Length, wireValue } from '../../src/workbook/writePayload';

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

describe('sheetWrite', () => {
  it('sends header and rows as one block with "@" for text columns and the header', () => {
    const w = sheetWrite(plan(3));
    expect(w.blocks).toHaveLength(1);
    expect(w.tableAddress).toBe('A1:E4');
    expect(w.blocks[0].numberFormat[0]).toEqual(['@', '@', '@', '@', '@']);
    expect(w.blocks[0].numberFormat[1]).toEqual(['@', '@', 'General', 'General', 'General']);
    expect(w.blocks[0].values[1]).toEqual(['1', '地区生产总值增长7.5%以上', 7.5, "'=不是公式", null]);
    expect(w.blocks[0].formulaColumns).toEqual([{ address: 'E2:E4', formulas: [['=C2/100'], ['=C3/100'], ['=C4/100']] }]);
  });

  it('keeps text text in every kind of column', () => {
    expect(wireValue('=1+1', { numberFormat: '@' })).toBe('=1+1');
    expect(wireValue('-3', {})).toBe("'-3");
    expect(wireValue('@x', { kind: 'formula' })).toBe("'@x");
    expect(wireValue('=A1', { kind: 'formula' })).toBe('=A1');
    expect(wireValue(12, { numberFormat: '@' })).toBe('12');
    expect(wireValue(null, {})).toBe('');
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

  it('counts UTF-8 bytes as sent (3 per Chinese character)', () => {
    expect(utf8Length('a字😀')).toBe(1 + 3 + 4);
  });
});
