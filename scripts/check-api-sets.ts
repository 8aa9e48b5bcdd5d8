/**
 * `npm run check:api`: which Excel API members src/excel uses, with the requirement set each needs
 * (from the "[Api set: ExcelApi 1.x]" tags of @types/office-js), checked against the manifest's
 * declared minimum (<Set Name="ExcelApi" MinVersion="…"/>).
 *
 * A member above the minimum (or in a platform-only set such as ExcelApiDesktop/ExcelApiOnline)
 * must be guarded. The heuristic, kept simple on purpose — write guards in these shapes:
 *   if (Office.context.requirements.isSetSupported('ExcelApi', '1.12')) { …use… }
 *   cond && isSetSupported('ExcelApi', '1.12') ? …use… : …fallback…
 *   isSetSupported('ExcelApi', '1.12') && …use…
 *   if (!isSetSupported('ExcelApi', '1.12')) return/throw …;   …use… (later in the same block)
 * i.e. the guard is in the same function, calls something named isSetSupported with two string
 * literals (the set name and a version ≥ the member's), and encloses the use. Any callee whose name
 * ends in "isSetSupported" counts, so a thin wrapper keeps the literal arguments visible.
 * Members are found through the type checker (so aliases and locals resolve to the real API);
 * string-typed property names (load('a,b'), set({...})) are not inspected.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import ts from 'typescript';

const ROOT = join(__dirname, '..');
export const OFFICE_DTS = join(ROOT, 'node_modules', '@types', 'office-js', 'index.d.ts');

/** What one "[Api set: …]" tag requires; `version` is the first (lowest) version the tag names. */
export interface ApiRequirement {
  set: string;
  version: string;
}

export type UseStatus = 'ok' | 'guarded' | 'unguarded' | 'untagged';

export interface ApiUse {
  /** Class.member as in the docs, e.g. "Range.getRangeByIndexes", "Excel.run". */
  member: string;
  requirement: ApiRequirement | null;
  file: string;
  line: number;
  status: UseStatus;
  /** The guard's version when guarded. */
  guard?: string;
}

/** "[Api set: ExcelApi 1.9]" or "[Api set: ExcelApi 1.1 for get, 1.8 for set]" → ExcelApi 1.9 / 1.1. */
export function parseApiSetTag(comment: string): ApiRequirement | null {
  const m = /\[Api set: (Excel\w*) (\d+\.\d+)/.exec(comment);
  return m ? { set: m[1], version: m[2] } : null;
}

/** Numeric comparison of "1.10" and "1.9" (not lexical). */
export function compareVersions(a: string, b: string): number {
  const [a1, a2] = a.split('.').map(Number);
  const [b1, b2] = b.split('.').map(Number);
  return a1 - b1 || (a2 ?? 0) - (b2 ?? 0);
}

/** Whether a member can be called on every host that meets the manifest's minimum, unguarded. */
export function coveredByMinimum(req: ApiRequirement, minVersion: string): boolean {
  return req.set === 'ExcelApi' && compareVersions(req.version, minVersion) <= 0;
}

export function readManifestMinVersion(manifestXml: string): string {
  const m = /<Set\s+Name="ExcelApi"\s+MinVersion="(\d+\.\d+)"/.exec(manifestXml);
  if (!m) throw new Error('manifest.xml declares no <Set Name="ExcelApi" MinVersion="…"/>');
  return m[1];
}

function jsDocText(decl: ts.Node): string {
  const file = decl.getSourceFile();
  const ranges = ts.getLeadingCommentRanges(file.text, decl.getFullStart()) ?? [];
  return ranges.map((r) => file.text.slice(r.pos, r.end)).join('\n');
}

/** The names of the namespaces enclosing a declaration, outermost first. */
function namespacePath(decl: ts.Node): string[] {
  const names: string[] = [];
  for (let n: ts.Node | undefined = decl.parent; n; n = n.parent) {
    if (ts.isModuleDeclaration(n)) names.unshift(n.name.getText());
  }
  return names;
}

/** "Range.getRangeByIndexes" for a member of a class/interface/enum, "Excel.run" for a function. */
function memberName(decl: ts.Declaration): string | null {
  const own = ts.getNameOfDeclaration(decl)?.getText();
  if (!own) return null;
  const parent = decl.parent;
  if ((ts.isClassDeclaration(parent) || ts.isInterfaceDeclaration(parent) || ts.isEnumDeclaration(parent)) && parent.name) {
    return `${parent.name.text}.${own}`;
  }
  if (ts.isModuleBlock(parent)) return `${namespacePath(decl).join('.')}.${own}`;
  return null;
}

/**
 * Every tagged member of the Excel namespace in an office-js declaration file: "Class.member" →
 * requirement. Used for the documentation table and as the reference the scanner agrees with.
 */
export function parseApiSets(dtsText: string): Map<string, ApiRequirement> {
  const source = ts.createSourceFile('office.d.ts', dtsText, ts.ScriptTarget.Latest, true);
  const map = new Map<string, ApiRequirement>();
  const visit = (node: ts.Node): void => {
    if (ts.isModuleDeclaration(node) && node.name.getText() !== 'Excel' && namespacePath(node).length === 0) return;
    if (
      ts.isMethodDeclaration(node) || ts.isPropertyDeclaration(node) || ts.isMethodSignature(node) ||
      ts.isPropertySignature(node) || ts.isEnumMember(node) || ts.isFunctionDeclaration(node) ||
      ts.isGetAccessorDeclaration(node)
    ) {
      if (namespacePath(node)[0] === 'Excel') {
        const name = memberName(node);
        const req = parseApiSetTag(jsDocText(node));
        // Overloads: keep the lowest set, the one the plainest call needs.
        if (name && req && (!map.has(name) || compareVersions(req.version, map.get(name)!.version) < 0)) map.set(name, req);
      }
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return map;
}

/** The isSetSupported('Set', 'x.y') calls in an expression, with whether each is negated. */
function guardCalls(expr: ts.Node): { set: string; version: string; negated: boolean }[] {
  const found: { set: string; version: string; negated: boolean }[] = [];
  const visit = (node: ts.Node, negated: boolean): void => {
    if (ts.isPrefixUnaryExpression(node) && node.operator === ts.SyntaxKind.ExclamationToken) {
      visit(node.operand, !negated);
      return;
    }
    if (ts.isCallExpression(node)) {
      const callee = node.expression.getText();
      const [set, version] = node.arguments;
      if (/isSetSupported$/.test(callee) && set && version && ts.isStringLiteralLike(set) && ts.isStringLiteralLike(version)) {
        found.push({ set: set.text, version: version.text, negated });
      }
    }
    ts.forEachChild(node, (child) => visit(child, negated));
  };
  visit(expr, false);
  return found;
}

function satisfies(call: { set: string; version: string }, req: ApiRequirement): boolean {
  return call.set === req.set && compareVersions(call.version, req.version) >= 0;
}

function exits(statement: ts.Statement): boolean {
  if (ts.isReturnStatement(statement) || ts.isThrowStatement(statement)) return true;
  if (ts.isBlock(statement)) {
    const last = statement.statements[statement.statements.length - 1];
    return last !== undefined && exits(last);
  }
  return false;
}

/** The version of the isSetSupported guard around `node` that covers `req`, or null. */
export function findGuard(node: ts.Node, req: ApiRequirement): string | null {
  const ok = (expr: ts.Node, negated: boolean) =>
    guardCalls(expr).find((c) => c.negated === negated && satisfies(c, req))?.version ?? null;
  let child: ts.Node = node;
  for (let parent = node.parent; parent; child = parent, parent = parent.parent) {
    let version: string | null = null;
    if (ts.isIfStatement(parent)) {
      if (child === parent.thenStatement) version = ok(parent.expression, false);
      else if (child === parent.elseStatement) version = ok(parent.expression, true);
    } else if (ts.isConditionalExpression(parent)) {
      if (child === parent.whenTrue) version = ok(parent.condition, false);
      else if (child === parent.whenFalse) version = ok(parent.condition, true);
    } else if (ts.isBinaryExpression(parent) && parent.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken && child === parent.right) {
      version = ok(parent.left, false);
    } else if (ts.isBlock(parent) || ts.isSourceFile(parent)) {
      // An earlier `if (!isSetSupported(…)) return;` in the same block.
      for (const statement of parent.statements) {
        if (statement === child) break;
        if (ts.isIfStatement(statement) && !statement.elseStatement && exits(statement.thenStatement)) {
          version = ok(statement.expression, true);
          if (version) break;
        }
      }
    }
    if (version) return version;
    if (ts.isFunctionLike(parent) && !ts.isArrowFunction(parent) && !ts.isFunctionExpression(parent)) break;
  }
  return null;
}

function isOfficeExcelDeclaration(decl: ts.Declaration): boolean {
  return decl.getSourceFile().fileName.split(/[\\/]/).includes('office-js') && namespacePath(decl)[0] === 'Excel';
}

/** Scans TypeScript files for uses of Excel API members (property reads/writes and calls). */
export function findApiUses(files: string[], minVersion: string, root = ROOT): ApiUse[] {
  const program = ts.createProgram(files, {
    target: ts.ScriptTarget.ES2020,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    jsx: ts.JsxEmit.ReactJSX,
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
    types: ['office-js'],
    typeRoots: [join(ROOT, 'node_modules', '@types')],
  });
  const checker = program.getTypeChecker();
  const uses: ApiUse[] = [];
  for (const file of files) {
    const source = program.getSourceFile(file);
    if (!source) continue;
    const visit = (node: ts.Node): void => {
      // A member read or called (range.values, sheet.getRange()), or one given in an object
      // literal the API takes (Excel.run({ delayForCellEdit: true }), zoom = { scale: 100 }).
      const inLiteral = ts.isPropertyAssignment(node) && ts.isObjectLiteralExpression(node.parent) && ts.isIdentifier(node.name);
      if (ts.isPropertyAccessExpression(node) || inLiteral) {
        const call = ts.isPropertyAccessExpression(node) && ts.isCallExpression(node.parent) && node.parent.expression === node ? node.parent : null;
        const signature = call ? checker.getResolvedSignature(call)?.declaration : undefined;
        const symbol = inLiteral
          ? checker.getContextualType(node.parent as ts.ObjectLiteralExpression)?.getProperty((node.name as ts.Identifier).text)
          : checker.getSymbolAtLocation((node as ts.PropertyAccessExpression).name);
        const decls = (signature && !ts.isJSDocSignature(signature) ? [signature] : symbol?.declarations ?? []).filter(isOfficeExcelDeclaration);
        const decl = decls[0];
        const member = decl ? memberName(decl) : null;
        if (decl && member) {
          const requirement = parseApiSetTag(jsDocText(decl));
          const line = source.getLineAndCharacterOfPosition((node as ts.PropertyAccessExpression | ts.PropertyAssignment).name.getStart(source)).line + 1;
          const where = { member, requirement, file: relative(root, file).split(sep).join('/'), line };
          if (!requirement) uses.push({ ...where, status: 'untagged' });
          else if (coveredByMinimum(requirement, minVersion)) uses.push({ ...where, status: 'ok' });
          else {
            const guard = findGuard(node, requirement);
            uses.push(guard ? { ...where, status: 'guarded', guard } : { ...where, status: 'unguarded' });
          }
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return uses;
}

export function listSourceFiles(dir: string): string[] {
  let out: string[] = [];
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return out;
  }
  for (const name of names) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out = out.concat(listSourceFiles(full));
    else if (/\.tsx?$/.test(name) && !name.endsWith('.d.ts')) out.push(full);
  }
  return out.sort();
}

/** One line per member: its set, how many uses, where, and whether each is covered. */
export function formatTable(uses: ApiUse[], minVersion: string): string {
  const byMember = new Map<string, ApiUse[]>();
  for (const u of uses) byMember.set(u.member, [...(byMember.get(u.member) ?? []), u]);
  const rows = [...byMember.entries()]
    .map(([member, us]) => {
      const req = us[0].requirement;
      const set = req ? `${req.set} ${req.version}` : '(no tag)';
      const statuses = [...new Set(us.map((u) => (u.status === 'guarded' ? `guarded ≥${u.guard}` : u.status)))].join(', ');
      const sites = us.map((u) => `${u.file}:${u.line}`).join(' ');
      return { member, set, req, statuses, sites };
    })
    // Highest set first (what limits the hosts), untagged members last.
    .sort((a, b) => {
      if (!a.req || !b.req) return Number(!a.req) - Number(!b.req) || a.member.localeCompare(b.member);
      return a.req.set.localeCompare(b.req.set) || compareVersions(b.req.version, a.req.version) || a.member.localeCompare(b.member);
    });
  const w1 = Math.max(6, ...rows.map((r) => r.member.length));
  const w2 = Math.max(3, ...rows.map((r) => r.set.length));
  const w3 = Math.max(6, ...rows.map((r) => r.statuses.length));
  const lines = [
    `Excel API members used (manifest minimum: ExcelApi ${minVersion})`,
    `${'member'.padEnd(w1)}  ${'set'.padEnd(w2)}  ${'status'.padEnd(w3)}  where`,
    ...rows.map((r) => `${r.member.padEnd(w1)}  ${r.set.padEnd(w2)}  ${r.statuses.padEnd(w3)}  ${r.sites}`),
  ];
  return lines.join('\n');
}

export function checkApiSets(opts: { dir?: string; manifest?: string } = {}): { uses: ApiUse[]; minVersion: string; violations: ApiUse[] } {
  const minVersion = readManifestMinVersion(readFileSync(opts.manifest ?? join(ROOT, 'manifest.xml'), 'utf8'));
  const uses = findApiUses(listSourceFiles(opts.dir ?? join(ROOT, 'src', 'excel')), minVersion);
  return { uses, minVersion, violations: uses.filter((u) => u.status === 'unguarded') };
}

if (require.main === module) {
  const { uses, minVersion, violations } = checkApiSets();
  console.log(uses.length ? formatTable(uses, minVersion) : 'src/excel uses no Excel API member yet.');
  if (violations.length) {
    console.error(`\n✗ ${violations.length} use(s) above ExcelApi ${minVersion} without an isSetSupported guard:`);
    for (const v of violations) {
      console.error(`  ${v.file}:${v.line}  ${v.member} needs ${v.requirement!.set} ${v.requirement!.version}`);
    }
    process.exit(1);
  }
  console.log(`\n✓ every member is within ExcelApi ${minVersion} or guarded by isSetSupported.`);
}
