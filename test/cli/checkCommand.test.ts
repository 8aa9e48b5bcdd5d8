/**
 * `check` on the command line: the exact JSON contract, a clean figures file for every indicator
 * of seed 002 (none found), and a file with one mistake of each kind a unit makes (each found once,
 * with its stable rule code); files that cannot be checked are refused in Chinese with exit 1.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkCommand } from '../../src/cli/checkCommand';
import { parseCommand } from '../../src/cli/parseCommand';
import { CHECK_RULES } from '../../src/domain/reconcile/types';

jest.setTimeout(120_000);

const root = join(__dirname, '../..');
const SEED = join(root, 'seeds/002_6ca40ee2ecc3ed1b.txt');

async function run(args: string[]) {
  let out = '';
  let err = '';
  const code = await checkCommand(args, { stdout: (t) => (out += t), stderr: (t) => (err += t) });
  return { code, out, err };
}

function csv(text: string, name = 'figures.csv'): string {
  const file = join(mkdtempSync(join(tmpdir(), 'check-cli-')), name);
  writeFileSync(file, text);
  return file;
}

interface Parsed {
  indicators: { id: string; name: string; kind: string; target: number; unit: string; cmp: string }[];
}

let parsed: Parsed;
beforeAll(async () => {
  let out = '';
  await parseCommand([SEED], { stdout: (t) => (out += t), stderr: () => undefined });
  parsed = JSON.parse(out) as Parsed;
});

/** Every indicator of the parse, every period 1-2月..June: cumulative amounts on schedule, growth
 *  rates, rates and ceilings at their target. */
function cleanCsv(): string {
  const lines = ['id,period,value'];
  for (const i of parsed.indicators) {
    for (let m = 2; m <= 6; m++) {
      const level = i.kind === 'level' && i.unit !== '%' && i.unit !== '个百分点' && i.cmp !== '<=';
      lines.push(`${i.id},2024-${String(m).padStart(2, '0')},${level ? Math.round((i.target * m) / 12 * 100) / 100 : i.target}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

test('a clean figures file for every indicator of seed 002 prints exactly {"findings":[]}', async () => {
  const r = await run(['--targets', SEED, '--figures', csv(cleanCsv()), '--month', '2024-06']);
  expect(r.err).toBe('');
  expect(r.code).toBe(0);
  expect(JSON.parse(r.out)).toEqual({ findings: [] });
});

test('one mistake of each kind: each rule found, with the contract\'s keys and the clerk\'s words', async () => {
  const clean = cleanCsv()
    .split('\n')
    .filter((l) => !/^(9-1|2-1|1-2|1-3|47-1|6-2|9-2|14-1),/.test(l));
  const bad = [
    'id,period,value,note,month_value,source',
    // 新增城镇就业 5600 人: falls in April; March does not add up; a July figure in a June report.
    '9-1,2024-02,800,,,',
    '9-1,2024-03,1500,,600,',
    '9-1,2024-04,1400,,,',
    '9-1,2024-05,2300,,,',
    '9-1,2024-06,2800,,,',
    '9-1,2024-06,2800,,,区统计局',
    '9-1,2024-07,3300,,,',
    // 收益 3.5 亿元 reported in 万元; 规模工业增加值 typed as "8.3%"; 固定资产投资 swinging 40 points.
    '2-1,2024-06,35000,,,',
    '1-2,2024-06,8.3%,,,',
    '1-3,2024-05,8,,,',
    '1-3,2024-06,48,,,',
    // 基本医保参保率 "约95"; 新增上市后备资源库企业 (4 家) 15 = 375 %; 新增农村劳动力转移就业 twice.
    '47-1,2024-06,约95,,,',
    '6-2,2024-06,15,,,',
    '9-2,2024-06,500,,,',
    '9-2,2024-06,550,,,',
    // 向上争资总额 growth: the statistics bureau says otherwise, and it is the authority.
    '14-1,2024-06,10,,,',
    '14-1,2024-06,12,,,区统计局',
  ];
  const file = csv([bad[0], ...clean.slice(1).filter((l) => l !== '').map((l) => `${l},,,`), ...bad.slice(1)].join('\n'));
  const r = await run(['--targets', SEED, '--figures', file, '--month', '2024-06', '--authority', '区统计局']);
  expect(r.err).toBe('');
  expect(r.code).toBe(0);
  const json = JSON.parse(r.out) as { findings: Record<string, string>[] };
  for (const f of json.findings) {
    expect(Object.keys(f)).toEqual(['id', 'period', 'rule', 'severity', 'message']);
    expect(['error', 'warning']).toContain(f.severity);
    expect(f.message).toMatch(/^《figures\.csv》(第\d+行)?：指标/);
  }
  const found = json.findings.map((f) => `${f.rule} ${f.id} ${f.period} ${f.severity}`);
  expect(found.sort()).toEqual(
    [
      'falling 9-1 2024-04 error',
      'sum 9-1 2024-03 error',
      'future 9-1 2024-07 error',
      'unit 2-1 2024-06 error',
      'percent 1-2 2024-06 error',
      'swing 1-3 2024-06 warning',
      'text 47-1 2024-06 error',
      'bound 6-2 2024-06 warning',
      'duplicate 9-2 2024-06 error',
      'source 14-1 2024-06 error',
    ].sort(),
  );
  // Every rule but missing (the next test's) is found once.
  expect(json.findings.map((f) => f.rule).sort()).toEqual(CHECK_RULES.filter((rule) => rule !== 'missing').sort());
  const unit = json.findings.find((f) => f.rule === 'unit')!;
  expect(unit.message).toMatch(/^《figures\.csv》第\d+行：指标2-1（收益）6月数值35000是目标3\.5的10000倍，疑似单位错误（万元\/亿元、人\/万人），请核对$/);
});

test('missing figures are found, by unit, when a unit has not reported', async () => {
  const file = csv(cleanCsv().split('\n').filter((l) => !/^9-[12],2024-06/.test(l)).join('\n'));
  const r = await run(['--targets', SEED, '--figures', file, '--month', '2024-06']);
  const json = JSON.parse(r.out) as { findings: Record<string, string>[] };
  expect(json.findings.map((f) => [f.rule, f.id, f.period, f.severity])).toEqual([
    ['missing', '9-1', '2024-06', 'error'],
    ['missing', '9-2', '2024-06', 'error'],
  ]);
  expect(json.findings[0].message).toBe('《figures.csv》：指标9-1（新增城镇就业）6月未报送数值（牵头单位：区人社局）');
});

test('a file that cannot be checked: exit 1, every bad row named in Chinese, no JSON', async () => {
  const r = await run(['--targets', SEED, '--figures', csv('id,period,value\n9-1,2024-6,800\nX-9,2024-06,1\n'), '--month', '2024-06']);
  expect(r.code).toBe(1);
  expect(r.out).toBe('');
  expect(r.err).toContain('错误：《figures.csv》第2行“period”列：指标9-1的期间“2024-6”应为YYYY-MM格式（如2024-06）');
  expect(r.err).toContain('错误：《figures.csv》第3行：指标ID“X-9”不在目标任务中');
  const header = await run(['--targets', SEED, '--figures', csv('指标,月份,数值\n'), '--month', '2024-06']);
  expect(header.code).toBe(1);
  expect(header.err).toContain('表头应为“id,period,value”');
  const month = await run(['--targets', SEED, '--figures', csv('id,period,value\n'), '--month', '六月']);
  expect([month.code, month.err]).toEqual([1, '报告月份“六月”应为YYYY-MM格式（如2024-06）\n']);
});
