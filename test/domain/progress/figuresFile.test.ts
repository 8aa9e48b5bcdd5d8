/**
 * The figures file: every bad row a finding naming file, row and column; no figure an engine
 * cannot hold; invisible characters do not change a figure (issue 12); a note column optional.
 */
import { describeFinding } from '../../../src/app/messages';
import { csvRows, readFiguresFile } from '../../../src/domain/progress/figuresFile';

const read = (text: string) => readFiguresFile(csvRows(text), '数据.csv', 2024);
const words = (text: string) => read(text).findings.map(describeFinding);

describe('readFiguresFile: a file of 100,000 bad rows', () => {
  const rows = Array.from({ length: 100_000 }, (_, i) => `X-${i},2024-06,${i}人`);
  const result = read(['id,period,value', ...rows].join('\n'));

  it('has one finding per bad row, each with its row, and reads none of the figures', () => {
    expect(result.findings).toHaveLength(100_000);
    expect(describeFinding(result.findings[0])).toBe('《数据.csv》第2行“value”列：指标X-0的数值“0人”不是数字，请只填数字（不带单位、文字和千分位逗号）');
    expect(result.findings[99_999].row).toBe(100_001);
    expect(result.entries).toEqual([]);
  });
});

describe('readFiguresFile: figures no engine can hold are refused with their row', () => {
  it.each([
    ['1e400', '1e400'],
    ['-1e400', '-1e400'],
    ['2^53 + 1', '9007199254740993'],
    ['a 100,000-digit number', '1'.repeat(100_000)],
    ['a 100,000-digit fraction', `0.${'0'.repeat(99_998)}1`],
  ])('%s', (_, value) => {
    const result = read(`id,period,value\n10-1,2024-05,1\n9-1,2024-06,${value}\n`);
    expect(result.entries.map((e) => e.id)).toEqual(['10-1']);
    const [message] = result.findings.map(describeFinding);
    expect(result.findings).toHaveLength(1);
    expect(message).toContain('《数据.csv》第3行“value”列');
    expect(message).toContain('超出范围');
    expect(message).not.toMatch(/Infinity|NaN/);
    // The message quotes the start of the figure, not 100,000 characters of it.
    expect(message.length).toBeLessThan(200);
  });

  it('still reads ordinary figures, with a sign, decimals or an exponent', () => {
    const result = read('id,period,value\n9-1,2024-05,-0.5\n9-1,2024-06,1.2e3\n10-1,2024-06,39.25\n');
    expect(result.findings).toEqual([]);
    expect(result.entries.map((e) => [e.id, e.month, e.value])).toEqual([
      ['9-1', 5, -0.5],
      ['9-1', 6, 1200],
      ['10-1', 6, 39.25],
    ]);
  });

  it('cuts a very long bad cell in its message', () => {
    expect(words(`id,period,value\n9-1,2024-06,${'约'.repeat(50_000)}\n`)[0]).toMatch(/^《数据\.csv》第2行“value”列：指标9-1的数值“约{40}…（共50000个字符）”不是数字/);
  });
});

describe('readFiguresFile: invisible characters', () => {
  it('reads "5\\u200D600" as 5600, not as an error or as 5', () => {
    const result = read('id,period,value\n9-1,2024-06,5\u200D600\n10-1,2024-06,\u200B12\u2060.5\n');
    expect(result.findings).toEqual([]);
    expect(result.entries.map((e) => e.value)).toEqual([5600, 12.5]);
  });

  it('treats a Unicode line separator as a line break', () => {
    const result = read('id,period,value\u20289-1,2024-05,100\u202910-1,2024-06,200');
    expect(result.findings).toEqual([]);
    expect(result.entries.map((e) => [e.id, e.month, e.value, e.row])).toEqual([
      ['9-1', 5, 100, 2],
      ['10-1', 6, 200, 3],
    ]);
  });
});

describe('readFiguresFile: columns', () => {
  it('takes an optional note, also left off a row, and refuses a row of the wrong width', () => {
    const result = read('id,period,value,note\n9-1,2024-06,2330,"招聘会延期,七月补"\n1-3,2024-06,5.1\n1-2,2024-06,8,x,y\n');
    expect(result.entries.map((e) => [e.id, e.note])).toEqual([
      ['9-1', '招聘会延期,七月补'],
      ['1-3', null],
    ]);
    expect(words('id,period,value,note\n1-2,2024-06,8,x,y\n')).toEqual(['《数据.csv》第2行：应有4列（id,period,value,note），实际为“1-2,2024-06,8,x,y”（数值中不要用千分位逗号，说明中有逗号时请加英文双引号）']);
  });

  it('names a wrong header, an empty file, a duplicate row and another year', () => {
    expect(words('id,month,value\n')).toEqual(['《数据.csv》第1行：表头应为“id,period,value”或“id,period,value,note”，实际为“id,month,value”']);
    expect(words('# 只有说明\n')).toEqual(['《数据.csv》是空的：应有表头“id,period,value”（可加“note”）和数据行']);
    expect(words('id,period,value\n9-1,2024-06,1\n9-1,2024-06,2\n')).toEqual(['《数据.csv》第3行“id”列：指标9-1的2024-06数值重复（第2行已有）']);
    expect(words('id,period,value\n9-1,2023-12,1\n')).toEqual(['《数据.csv》第2行“period”列：指标9-1的期间“2023-12”不是报告年份2024年']);
  });
});
