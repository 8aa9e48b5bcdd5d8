import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { looksLikeTsv, parseTsv, parseTsvRows } from '../../src/sources/parseTsv';

const seed = (name: string) => readFileSync(join(__dirname, '../../seeds', name), 'utf8');

/** What Excel puts on the clipboard for a range: quotes around cells with a line break, tab or quote. */
function excelClipboard(rows: string[][]): string {
  const quote = (cell: string) => (/[\t\n"]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
  return rows.map((row) => row.map(quote).join('\t')).join('\r\n') + '\r\n';
}

const TABLE = [
  ['序号', '目标任务', '牵头领导', '牵头单位', '责任单位', '责任人'],
  ['1', '地区生产总值增长7.5%以上', '彭  伟', '区发改局', '区统计局\n区财政局\n区商粮局', '张三'],
  ['2', '他说"力争"突破\t10亿元', '', '区财政局', '', ''],
  ['3', '=SUM(A1)', '吴  刚', '区教育局', '"区住建局"', '李四'],
];

describe('parseTsv: a range copied from Excel', () => {
  it('round-trips cells with line breaks, tabs and quotes', () => {
    expect(parseTsv(excelClipboard(TABLE))).toEqual(TABLE);
  });

  it('gives each row the line of the text it starts on', () => {
    expect(parseTsvRows(excelClipboard(TABLE)).map((r) => r.line)).toEqual([1, 2, 5, 6]);
  });

  it('ignores the trailing line break and keeps empty cells and empty rows inside', () => {
    expect(parseTsv('a\tb\n\t\nc\td\n')).toEqual([['a', 'b'], ['', ''], ['c', 'd']]);
    expect(parseTsv('a\tb')).toEqual([['a', 'b']]);
    expect(parseTsv('')).toEqual([]);
  });

  it('reads a quote that does not wrap the whole cell as text', () => {
    expect(parseTsv('"甲" 乙\t丙\n')).toEqual([['"甲" 乙', '丙']]);
    expect(parseTsv('"未闭合\t丙\n')).toEqual([['"未闭合', '丙']]);
  });
});

describe('looksLikeTsv', () => {
  it('accepts a copied range, also with multi-line quoted cells', () => {
    expect(looksLikeTsv(excelClipboard(TABLE))).toBe(true);
    expect(looksLikeTsv('序号\t目标任务\n1\t新增城镇就业5600人以上\n')).toBe(true);
  });

  it('rejects prose, every seed, and the cell-per-line table of seed 002', () => {
    expect(looksLikeTsv('各位代表：\n现在，我代表区人民政府，向大会报告工作。\n')).toBe(false);
    for (const name of readdirSync(join(__dirname, '../../seeds'))) {
      expect([name, looksLikeTsv(seed(name))]).toEqual([name, false]);
    }
    const cellPerLine = seed('002_6ca40ee2ecc3ed1b.txt').split('\n').slice(757, 1426).join('\n');
    expect(cellPerLine.split('\n').filter((l) => l.startsWith('\t')).length).toBeGreaterThan(300);
    expect(looksLikeTsv(cellPerLine)).toBe(false);
  });

  it('rejects a single column and an empty text', () => {
    expect(looksLikeTsv('甲\n乙\n丙\n')).toBe(false);
    expect(looksLikeTsv('')).toBe(false);
  });
});
