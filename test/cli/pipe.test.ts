/** A command piped into `head` ends quietly: no stack trace when stdout closes early. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

jest.setTimeout(60_000);

test('`cli parse … | head -3` prints three lines and nothing on stderr', () => {
  const root = join(__dirname, '../..');
  const r = spawnSync('bash', ['-c', `e=$(mktemp); node scripts/cli.mjs parse seeds/002_6ca40ee2ecc3ed1b.txt 2>"$e" | head -3; cat "$e" >&2; rm -f "$e"`], { cwd: root, encoding: 'utf8' });
  expect(r.stdout.split('\n').filter(Boolean)).toHaveLength(3);
  expect(r.stderr).not.toMatch(/EPIPE|Error|at /);
});
