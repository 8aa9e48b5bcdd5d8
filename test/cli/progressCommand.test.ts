/**
 * `progress` on the command line: seed 002 as targets and the illustrative sample figures, plus
 * the malformed rows a clerk's CSV really contains.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { progressCommand } from '../../src/cli/progressCommand';

const root = join(__dirname, '../..');
const SEED = join(root, 'seeds/002_6ca40ee2ecc3ed1b.txt');
const SAMPLE = join(root, 'samples/002-figures-2024-06.csv');

async function run(args: string[]) {
  let out = '';
  let err = '';
  const code = await progressCommand(args, { stdout: (t) => (out += t), stderr: (t) => (err += t) });
  return { code, out, err };
}

function csv(text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'progress-cli-'));
  const file = join(dir, 'figures.csv');
  writeFileSync(file, text);
  return file;
}

interface Row {
  id: string;
  task: string | null;
  name: string;
  kind: string;
  cmp: string;
  target: number;
  unit: string;
  actual: number | null;
  completion: number | null;
  gap: number | null;
  status: string;
  reason: string;
}

describe('npm run cli -- progress', () => {
  let rows: Map<string, Row>;
  let json: { month: string; timeProgress: number; indicators: Row[] };

  beforeAll(async () => {
    const r = await run(['--targets', SEED, '--figures', SAMPLE, '--month', '2024-06']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    json = JSON.parse(r.out);
    rows = new Map(json.indicators.map((i) => [i.id, i]));
  });

  test('prints the contract: month, time progress as a fraction, one entry per parsed indicator', () => {
    expect(json.month).toBe('2024-06');
    expect(json.timeProgress).toBe(0.5);
    expect(Object.keys(json.indicators[0])).toEqual(['id', 'task', 'name', 'kind', 'cmp', 'target', 'unit', 'actual', 'completion', 'gap', 'status', 'reason']);
    expect(json.indicators.length).toBeGreaterThan(50);
    const words = new Set(['已完成', '正常', '预警', '滞后', '未填报', '不适用']);
    expect(json.indicators.every((i) => words.has(i.status))).toBe(true);
  });

  test('新增城镇就业 2330 of 5600 in June is behind 序时进度, with the reason in words', () => {
    const jobs = rows.get('9-1')!;
    expect(jobs.name).toBe('新增城镇就业');
    expect(jobs.completion).toBeCloseTo(2330 / 5600, 5);
    expect(jobs.gap).toBeCloseTo(-8.39, 2);
    expect(jobs.status).toBe('滞后');
    expect(jobs.reason).toBe('累计完成41.6%，低于序时进度50.0%共8.4个百分点');
  });

  test('growth targets are compared in percentage points', () => {
    expect(rows.get('1-3')!.gap).toBeCloseTo(-2.9, 9);
    expect(rows.get('1-3')!.completion).toBeNull();
    expect(rows.get('1-2')!.status).toBe('正常');
  });

  test('an indicator without figures is 未填报, not 滞后; a 万元 slip is flagged', () => {
    expect(rows.get('2-1')!.status).toBe('未填报');
    expect(rows.get('50-2')!.status).toBe('预警');
    expect(rows.get('50-2')!.reason).toContain('疑似万元/亿元单位错误');
  });

  test.each([
    ['id,period,value\n9-1,2024-06,约5亿\n', '第2行', '“约5亿”不是数字'],
    ['id,period,value\n9-1,2024-06,800\n9-1,2024-05,5,600人\n', '第3行', '应有3列'],
    ['id,period,value\n9-1,2024-6,800\n', '第2行', '期间“2024-6”'],
    ['id,period,value\n99-9,2024-06,800\n', '第2行', '“99-9”不在目标任务中'],
    ['id,month,value\n9-1,2024-06,800\n', '第1行', '表头应为'],
    ['id,period,value\n9-1,2023-06,800\n', '第2行', '不是报告年份2024年'],
  ])('a malformed row is an error naming its line: %j', async (text, line, words) => {
    const r = await run(['--targets', SEED, '--figures', csv(text), '--month', '2024-06']);
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toContain(line);
    expect(r.err).toContain(words);
  });

  test('a 100,000-row file of bad rows prints its first 20 errors and a count of the rest, not 100,000 lines', async () => {
    const rows = Array.from({ length: 100_000 }, (_, i) => `9-1,2024-06,${i}人`);
    const r = await run(['--targets', SEED, '--figures', csv(['id,period,value', ...rows].join('\n')), '--month', '2024-06']);
    expect(r.code).toBe(1);
    const lines = r.err.trimEnd().split('\n');
    expect(lines).toHaveLength(21);
    expect(lines[0]).toBe('错误：《figures.csv》第2行“value”列：指标9-1的数值“0人”不是数字，请只填数字（不带单位、文字和千分位逗号）');
    expect(lines[20]).toBe('错误：另有99980处未列出（共100000处）');
  });

  test('missing options and a bad month are refused in Chinese', async () => {
    expect((await run(['--targets', SEED])).err).toContain('缺少参数--figures');
    const bad = await run(['--targets', SEED, '--figures', SAMPLE, '--month', '2024-13']);
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('报告月份');
    expect((await run(['--targets', join(root, 'nope.txt'), '--figures', SAMPLE, '--month', '2024-06'])).err).toContain('找不到文件');
  });
});

describe('progress on a targets file without targets', () => {
  it('judges nothing and says why in Chinese, as parse does', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'progress-cli-'));
    const review = join(dir, '回顾.txt');
    writeFileSync(review, '2024年工作回顾\n全年完成地区生产总值190.25亿元，增长6.4%。\n');
    const { code, out, err } = await run(['--targets', review, '--figures', csv('id,period,value\n'), '--month', '2024-06']);
    expect(code).toBe(0);
    expect(JSON.parse(out).indicators).toEqual([]);
    expect(err).toMatch(/^警告：.*未在《回顾\.txt》中找到目标任务/);
  });
});
