/**
 * The layering of docs/architecture.md, enforced: domain ← sources/workbook ← app ← {excel, cli,
 * taskpane}. A violation names the file, the line and what it imports, so the fix is obvious.
 */
import { builtinModules } from 'node:module';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';
import ts from 'typescript';

const ROOT = join(__dirname, '..');
const SRC = join(ROOT, 'src');

type Layer = 'domain' | 'sources' | 'workbook' | 'app' | 'excel' | 'xlsx' | 'taskpane' | 'cli' | 'commands';

interface Rule {
  /** Layers under src/ this layer may import (its own is always allowed). */
  layers: Layer[];
  /** npm packages it may import ('*' = any). */
  packages: string[] | '*';
  /** Node built-ins (fs, path, node:…) allowed. */
  builtins: boolean;
}

const RULES: Record<Layer, Rule> = {
  // Pure TypeScript: runs in the task pane, in jest and in the CLI alike.
  domain: { layers: [], packages: [], builtins: false },
  // Readers run in the task pane too: browser-safe packages only.
  sources: { layers: ['domain'], packages: ['fflate'], builtins: false },
  workbook: { layers: ['domain'], packages: [], builtins: false },
  app: { layers: ['domain', 'sources', 'workbook'], packages: [], builtins: false },
  excel: { layers: ['app', 'workbook', 'domain'], packages: [], builtins: false },
  // The .xlsx file adapter (exceljs; fflate for the names it keeps itself): the command line's
  // store, browser-safe, never in the task pane's start-up bundle.
  xlsx: { layers: ['app', 'workbook', 'domain'], packages: ['exceljs', 'fflate'], builtins: false },
  taskpane: { layers: ['app', 'domain', 'sources', 'workbook'], packages: '*', builtins: false },
  cli: { layers: ['app', 'domain', 'sources', 'workbook', 'xlsx'], packages: '*', builtins: true },
  commands: { layers: [], packages: [], builtins: false },
};

/** The one file allowed to wire the Office.js adapter (and the .xlsx adapter) into the UI. */
const COMPOSITION_ROOT = 'src/taskpane/index.tsx';

const BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

interface ImportRef {
  spec: string;
  line: number;
}

/** Every module a file names: import/export … from, import(), require(), import x = require(). */
function importsOf(fileName: string, text: string): ImportRef[] {
  const info = ts.preProcessFile(text, true, true);
  const lineOf = (pos: number) => text.slice(0, pos).split('\n').length;
  return info.importedFiles.map((f) => ({ spec: f.fileName, line: lineOf(f.pos) }));
}

function packageName(spec: string): string {
  const parts = spec.split('/');
  return spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/** Violations of one file's imports; `file` is the repo-relative posix path. */
function checkImports(file: string, imports: ImportRef[]): string[] {
  const layer = file.split('/')[1] as Layer;
  const rule = RULES[layer];
  if (!rule) return [`${file}: is in an unknown layer src/${layer}/ (add it to the architecture test)`];
  const problems: string[] = [];
  for (const { spec, line } of imports) {
    const where = `${file}:${line} imports '${spec}'`;
    if (spec.startsWith('.')) {
      const target = posix.normalize(posix.join(posix.dirname(file), spec));
      const [top, targetLayer] = target.split('/');
      if (top !== 'src') {
        problems.push(`${where}, which is outside src/`);
        continue;
      }
      if (targetLayer === layer) continue;
      // The composition root wires the adapters: Office.js, and the .xlsx adapter as a chunk
      // loaded on demand (forms out and back).
      if (layer === 'taskpane' && (targetLayer === 'excel' || targetLayer === 'xlsx') && file === COMPOSITION_ROOT) continue;
      if (!rule.layers.includes(targetLayer as Layer)) {
        problems.push(`${where} (src/${targetLayer}), but src/${layer} may import only ${[layer, ...rule.layers].map((l) => `src/${l}`).join(', ')}`);
      }
    } else if (BUILTINS.has(spec) || spec.startsWith('node:')) {
      if (!rule.builtins) problems.push(`${where}, a Node built-in, which src/${layer} must not use`);
    } else if (rule.packages !== '*' && !rule.packages.includes(packageName(spec))) {
      const allowed = rule.packages.length ? `only ${rule.packages.join(', ')}` : 'no npm package';
      problems.push(`${where}, an npm package; src/${layer} may import ${allowed}`);
    }
  }
  return problems;
}

/** Layers that must not touch the `Office` global either (the task pane may call Office.onReady,
 * the ribbon commands page too). */
const OFFICE_FREE: Layer[] = ['domain', 'sources', 'workbook', 'app', 'xlsx', 'cli'];

/**
 * Uses of the Excel API: the `Excel` namespace (value or type, e.g. Excel.run, Excel.Range),
 * `context.sync()`, and, with `office`, the `Office` global. Found in the syntax tree, so comments
 * and strings don't count.
 */
function excelApiUses(file: string, text: string, office = false): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const uses: string[] = [];
  const lineOf = (node: ts.Node) => source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
  const visit = (node: ts.Node): void => {
    if (ts.isPropertyAccessExpression(node)) {
      const target = node.expression;
      if (ts.isIdentifier(target) && target.text === 'Excel') uses.push(`${file}:${lineOf(node)} uses Excel.${node.name.text}`);
      if (office && ts.isIdentifier(target) && target.text === 'Office') uses.push(`${file}:${lineOf(node)} uses Office.${node.name.text}`);
      if (node.name.text === 'sync' && ts.isIdentifier(target) && /^(context|ctx)$/.test(target.text)) {
        uses.push(`${file}:${lineOf(node)} calls ${target.text}.sync()`);
      }
    } else if (ts.isQualifiedName(node) && ts.isIdentifier(node.left) && (node.left.text === 'Excel' || (office && node.left.text === 'Office'))) {
      uses.push(`${file}:${lineOf(node)} uses the type ${node.left.text}.${node.right.text}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return uses;
}

function sourceFiles(dir: string): string[] {
  let files: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) files = files.concat(sourceFiles(full));
    else if (/\.(ts|tsx|mts|cts)$/.test(name) && !name.endsWith('.d.ts')) files.push(full);
  }
  return files;
}

const repoPath = (full: string) => relative(ROOT, full).split(sep).join('/');
const files = sourceFiles(SRC).map((full) => ({ path: repoPath(full), text: readFileSync(full, 'utf8') }));

describe('architecture: layer imports', () => {
  it('finds the source tree', () => {
    expect(files.map((f) => f.path)).toContain('src/domain/model.ts');
  });

  it('every file under src/ imports only what its layer may', () => {
    const problems = files.flatMap((f) => checkImports(f.path, importsOf(f.path, f.text)));
    expect(problems).toEqual([]);
  });

  it('the Excel API (Excel.*, context.sync) appears only in src/excel', () => {
    const uses = files.filter((f) => !f.path.startsWith('src/excel/')).flatMap((f) => excelApiUses(f.path, f.text));
    expect(uses).toEqual([]);
  });

  it(`the Office global is not used in ${OFFICE_FREE.map((l) => `src/${l}`).join(', ')}`, () => {
    const uses = files
      .filter((f) => OFFICE_FREE.includes(f.path.split('/')[1] as Layer))
      .flatMap((f) => excelApiUses(f.path, f.text, true));
    expect(uses).toEqual([]);
  });
});

describe('architecture: the checker itself', () => {
  const check = (file: string, code: string) => checkImports(file, importsOf(file, code));

  it('rejects React, Office.js packages and Node built-ins in the domain, naming file and line', () => {
    const code = "import type { Task } from './model';\nimport React from 'react';\nimport { readFileSync } from 'node:fs';\nimport * as path from 'path';\n";
    expect(check('src/domain/x.ts', code)).toEqual([
      "src/domain/x.ts:2 imports 'react', an npm package; src/domain may import no npm package",
      "src/domain/x.ts:3 imports 'node:fs', a Node built-in, which src/domain must not use",
      "src/domain/x.ts:4 imports 'path', a Node built-in, which src/domain must not use",
    ]);
  });

  it('rejects a domain file reaching up into another layer', () => {
    expect(check('src/domain/x.ts', "export { plan } from '../workbook/plan';")).toEqual([
      "src/domain/x.ts:1 imports '../workbook/plan' (src/workbook), but src/domain may import only src/domain",
    ]);
  });

  it('lets sources use fflate but not other packages', () => {
    expect(check('src/sources/docx.ts', "import { unzipSync } from 'fflate';")).toEqual([]);
    expect(check('src/sources/docx.ts', "import { DOMParser } from '@xmldom/xmldom';")).toHaveLength(1);
    expect(check('src/sources/docx.ts', "import mammoth from 'mammoth';")).toHaveLength(1);
  });

  it('lets only the composition root of the task pane import the Excel adapter', () => {
    const code = "import { ExcelWorkbookPort } from '../excel/port';";
    expect(check('src/taskpane/index.tsx', code)).toEqual([]);
    expect(check('src/taskpane/views/ImportView.tsx', "import { x } from '../../excel/port';")).toEqual([
      "src/taskpane/views/ImportView.tsx:1 imports '../../excel/port' (src/excel), but src/taskpane may import only src/taskpane, src/app, src/domain, src/sources, src/workbook",
    ]);
  });

  it('keeps the test doubles (test/support) out of production code', () => {
    expect(check('src/taskpane/App.tsx', "import { createMemoryWorkbook } from '../../test/support/memoryWorkbook';")).toEqual([
      "src/taskpane/App.tsx:1 imports '../../test/support/memoryWorkbook', which is outside src/",
    ]);
  });

  it('keeps app free of the UI and the adapter, and sees require() and import() too', () => {
    const code = "const r = require('react');\nconst e = import('../excel/port');";
    expect(check('src/app/importUseCase.ts', code)).toEqual([
      "src/app/importUseCase.ts:1 imports 'react', an npm package; src/app may import no npm package",
      "src/app/importUseCase.ts:2 imports '../excel/port' (src/excel), but src/app may import only src/app, src/domain, src/sources, src/workbook",
    ]);
  });

  it('finds Excel API uses in code but not in comments or strings', () => {
    const code = [
      '// Excel.run and context.sync() are mentioned here only',
      "const s = 'Excel.run';",
      'export async function f(context: Excel.RequestContext) {',
      '  await context.sync();',
      '  return Excel.run(async () => undefined);',
      '}',
    ].join('\n');
    expect(excelApiUses('src/app/x.ts', code)).toEqual([
      'src/app/x.ts:3 uses the type Excel.RequestContext',
      'src/app/x.ts:4 calls context.sync()',
      'src/app/x.ts:5 uses Excel.run',
    ]);
  });

  it('finds the Office global when asked (app, domain…), e.g. a requirement check', () => {
    const code = "export const ok = Office.context.requirements.isSetSupported('ExcelApi', '1.9');";
    expect(excelApiUses('src/app/x.ts', code)).toEqual([]);
    expect(excelApiUses('src/app/x.ts', code, true)).toEqual(['src/app/x.ts:1 uses Office.context']);
  });
});
