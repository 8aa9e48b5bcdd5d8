/**
 * The readers run in the task pane (browser, bundled by webpack) as well as in Node (CLI, jest):
 * a Node built-in or Buffer in src/sources would break the task pane at load time.
 */
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';

const dir = join(__dirname, '../../src/sources');
const NODE_BUILTINS = /from\s+['"](?:node:[^'"]+|fs|path|buffer|util|stream|zlib|os|crypto|child_process)['"]/;

describe('src/sources runs in the browser', () => {
  const files = readdirSync(dir).filter((f) => f.endsWith('.ts'));

  it('has source files to check', () => {
    expect(files).toEqual(expect.arrayContaining(['readSource.ts', 'readDocx.ts', 'decodeText.ts']));
  });

  it.each(files)('%s imports no Node built-in and uses no Buffer', (file) => {
    const code = readFileSync(join(dir, file), 'utf8');
    expect(code).not.toMatch(NODE_BUILTINS);
    expect(code).not.toMatch(/\bBuffer\b|\brequire\(|\bprocess\./);
  });
});
