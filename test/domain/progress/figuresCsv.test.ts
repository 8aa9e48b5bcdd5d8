/**
 * The figures CSV of the CLI: bounded messages on a file of any size, and no figure an engine
 * cannot hold (issue 12).
 */
import { MAX_LISTED_ERRORS, parseFiguresCsv } from '../../../src/domain/progress/figuresCsv';

const IDS = new Set(['9-1', '10-1']);
const parse = (text: string) => parseFiguresCsv(text, '数据.csv', IDS, 2024);

describe('parseFiguresCsv: a file of 100,000 bad rows', () => {
  const rows = Array.from({ length: 100_000 }, (_, i) => `X-${i},2024-06,${i}`);
  const result = parse(['id,period,value', ...rows].join('\n'));

  it('lists the first errors with their lines and counts the rest in one line', () => {
    expect(result.errorCount).toBe(100_000);
    expect(result.errors).toHaveLength(MAX_LISTED_ERRORS + 1);
    expect(result.errors[0]).toBe('《数据.csv》第2行：指标ID“X-0”不在目标文件中');
    expect(result.errors[MAX_LISTED_ERRORS - 1]).toContain(`第${MAX_LISTED_ERRORS + 1}行`);
    expect(result.errors[MAX_LISTED_ERRORS]).toBe(`《数据.csv》另有${100_000 - MAX_LISTED_ERRORS}处错误未列出（共100000处），请先按以上提示改正后再试`);
  });

  it('reads none of the figures', () => {
    expect(result.rows.size).toBe(0);
  });
});

describe('parseFiguresCsv: figures no engine can hold are refused with their line', () => {
  it.each([
    ['1e400', '1e400'],
    ['-1e400', '-1e400'],
    ['2^53 + 1', '9007199254740993'],
    ['a 100,000-digit number', '1'.repeat(100_000)],
    ['a 100,000-digit fraction', `0.${'0'.repeat(99_998)}1`],
  ])('%s', (_, value) => {
    const result = parse(`id,period,value\n10-1,2024-05,1\n9-1,2024-06,${value}\n`);
    expect(result.rows.get('9-1')).toBeUndefined();
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toContain('《数据.csv》第3行');
    expect(result.errors[0]).toContain('超出范围');
    expect(result.errors[0]).not.toMatch(/Infinity|NaN/);
    // The message quotes the start of the figure, not 100,000 characters of it.
    expect(result.errors[0].length).toBeLessThan(200);
  });

  it('still reads ordinary figures, with a sign, decimals or an exponent', () => {
    const result = parse('id,period,value\n9-1,2024-05,-0.5\n9-1,2024-06,1.2e3\n10-1,2024-06,39.25\n');
    expect(result.errors).toEqual([]);
    expect(result.rows.get('9-1')![5]).toBe(-0.5);
    expect(result.rows.get('9-1')![6]).toBe(1200);
    expect(result.rows.get('10-1')![6]).toBe(39.25);
  });

  it('cuts a very long bad cell in its message', () => {
    const result = parse(`id,period,value\n9-1,2024-06,${'约'.repeat(50_000)}\n`);
    expect(result.errors[0]).toMatch(/^《数据\.csv》第2行：数值“约{40}…（共50000个字符）”不是数字/);
  });
});

describe('parseFiguresCsv: invisible characters', () => {
  it('reads "5\\u200D600" as 5600, not as an error or as 5', () => {
    const result = parse('id,period,value\n9-1,2024-06,5\u200D600\n10-1,2024-06,\u200B12\u2060.5\n');
    expect(result.errors).toEqual([]);
    expect(result.rows.get('9-1')![6]).toBe(5600);
    expect(result.rows.get('10-1')![6]).toBe(12.5);
  });

  it('treats a Unicode line separator as a line break', () => {
    const result = parse('id,period,value\u20289-1,2024-05,100\u202910-1,2024-06,200');
    expect(result.errors).toEqual([]);
    expect(result.rows.get('9-1')![5]).toBe(100);
    expect(result.rows.get('10-1')![6]).toBe(200);
  });
});
