import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync, spawnSync } from 'node:child_process';
import { runCommand } from '../../src/cli/command';
import { parseCommand } from '../../src/cli/parseCommand';

const root = join(__dirname, '..', '..');
const seed = (f: string) => join(root, 'seeds', f);

async function run(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCommand(args, { parse: async () => parseCommand }, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

describe('cli parse', () => {
  it('prints the contract JSON for 002: keys in order, 2-space indented', async () => {
    const { code, stdout } = await run('parse', seed('002_6ca40ee2ecc3ed1b.txt'));
    expect(code).toBe(0);
    expect(stdout.startsWith('{\n  "tasks": [\n    {\n      "seq": "1",')).toBe(true);
    const json = JSON.parse(stdout);
    expect(Object.keys(json)).toEqual(['tasks', 'indicators', 'qualitative']);
    expect(Object.keys(json.tasks[0])).toEqual(['seq', 'text', 'leadLeader', 'leadUnit', 'units', 'owners', 'deadline', 'livelihood', 'line']);
    expect(Object.keys(json.indicators[0])).toEqual(['id', 'task', 'line', 'quote', 'name', 'kind', 'target', 'max', 'unit', 'cmp', 'livelihood']);
    expect(json.tasks).toHaveLength(80);
    if (json.qualitative.length > 0) expect(Object.keys(json.qualitative[0])).toEqual(['task', 'line', 'quote', 'name', 'type']);
  });

  it('prints the same output on two runs', async () => {
    const a = await run('parse', seed('000_944c3e97a995c1db.txt'));
    const b = await run('parse', seed('000_944c3e97a995c1db.txt'));
    expect(a.code).toBe(0);
    expect(a.stdout).toBe(b.stdout);
  });

  it('fails with a Chinese message naming a missing file', async () => {
    const { code, stdout, stderr } = await run('parse', 'seeds/没有这个文件.txt');
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('找不到文件《seeds/没有这个文件.txt》');
  });

  it('fails with a Chinese message naming an empty file', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'tm-cli-')), '空文件.txt');
    writeFileSync(file, '');
    const { code, stdout, stderr } = await run('parse', file);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('空文件.txt');
    expect(stderr).toContain('是空的');
  });

  it('prints an empty result and a Chinese warning for a document without targets, exit 0', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'tm-cli-')), '通知.txt');
    writeFileSync(file, '岳云政办函〔2024〕2号\n\n关于取消部分集中式饮用水水源地的通知\n\n特此通知。\n');
    const { code, stdout, stderr } = await run('parse', file);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({ tasks: [], indicators: [], qualitative: [] });
    expect(stderr).toContain('警告：未在《通知.txt》中找到目标任务');
  });

  it('runs as `npm run -s cli -- parse <file>` (node scripts/cli.mjs, the bundled CLI) with exit codes', () => {
    const out = execFileSync('node', ['scripts/cli.mjs', 'parse', 'seeds/004_51bcf80d7e327ab3.txt'], { cwd: root, encoding: 'utf8' });
    expect(JSON.parse(out).tasks).toEqual([]);
    const missing = spawnSync('node', ['scripts/cli.mjs', 'parse', 'nope.txt'], { cwd: root, encoding: 'utf8' });
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('找不到文件《nope.txt》');
  }, 30000);
});
