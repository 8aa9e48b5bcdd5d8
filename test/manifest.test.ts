/**
 * manifest.xml as Excel reads it: what a clerk sees (Chinese names, the Home-tab button that opens
 * the pane), what Office checks (requirement set, permissions, icons that exist at their sizes),
 * and that every URL points at a page the build emits. The schema check is `npm run validate`;
 * it runs here too when xmllint is installed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOMParser, type Document, type Element } from '@xmldom/xmldom';

const ROOT = join(__dirname, '..');
const NS = {
  app: 'http://schemas.microsoft.com/office/appforoffice/1.1',
  ov: 'http://schemas.microsoft.com/office/taskpaneappversionoverrides',
  bt: 'http://schemas.microsoft.com/office/officeappbasictypes/1.0',
  xsi: 'http://www.w3.org/2001/XMLSchema-instance',
};
const DEV_ORIGIN = 'https://localhost:3000';

const text = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');
const doc = new DOMParser().parseFromString(text, 'text/xml');
const root = doc.documentElement!;

type El = Element;
type Scope = Element | Document;

/** Elements named `name` in namespace `ns` anywhere under `scope`. */
const all = (ns: string, name: string, scope: Scope = doc): El[] => {
  const list = scope.getElementsByTagNameNS(ns, name);
  const out: El[] = [];
  for (let i = 0; i < list.length; i++) out.push(list.item(i)!);
  return out;
};
const one = (ns: string, name: string, scope?: Scope): El => {
  const found = all(ns, name, scope);
  if (found.length !== 1) throw new Error(`expected one <${name}>, found ${found.length}`);
  return found[0];
};
/** Element children of a node. */
const children = (el: El): El[] => {
  const out: El[] = [];
  for (let i = 0; i < el.childNodes.length; i++) {
    const n = el.childNodes.item(i)!;
    if (n.nodeType === 1) out.push(n as El);
  }
  return out;
};
/** Direct children of the OfficeApp root by local name (the VersionOverrides has same-named ones). */
const top = (name: string): El => {
  const found = children(root).filter((n) => n.localName === name);
  if (found.length !== 1) throw new Error(`expected one top-level <${name}>, found ${found.length}`);
  return found[0];
};
const xsiType = (el: El) => el.getAttributeNS(NS.xsi, 'type');

/** The resources by id: images, URLs, short and long strings (with their overrides). */
function resources(kind: 'Images' | 'Urls' | 'ShortStrings' | 'LongStrings'): Map<string, El> {
  const container = one(NS.bt, kind);
  return new Map(children(container).map((el) => [el.getAttribute('id')!, el]));
}

/** Pixel size of a PNG from its IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** https://localhost:3000/assets/icon-32.png → assets/icon-32.png in the repo. */
function assetFile(url: string): string {
  expect(url.startsWith(`${DEV_ORIGIN}/assets/`)).toBe(true);
  return join(ROOT, url.slice(DEV_ORIGIN.length + 1));
}

describe('manifest.xml', () => {
  it('is a well-formed Excel task-pane add-in with a real GUID', () => {
    expect(root.namespaceURI).toBe(NS.app);
    expect(xsiType(root)).toBe('TaskPaneApp');
    expect(top('Id').textContent).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(top('Id').textContent).not.toBe('00000000-0000-0000-0000-000000000000');
    expect(all(NS.app, 'Host').map((h) => h.getAttribute('Name'))).toEqual(['Workbook']);
    expect(top('Permissions').textContent).toBe('ReadWriteDocument');
    expect(top('ProviderName').textContent?.trim()).not.toBe('');
  });

  it('speaks Chinese by default and English as an override', () => {
    expect(top('DefaultLocale').textContent).toBe('zh-CN');
    for (const name of ['DisplayName', 'Description']) {
      const el = top(name);
      expect(el.getAttribute('DefaultValue')).toMatch(/[\u4e00-\u9fff]/);
      const en = all(NS.app, 'Override', el).find((o) => o.getAttribute('Locale') === 'en-US');
      expect(en?.getAttribute('Value')).toMatch(/[A-Za-z]/);
    }
    expect(top('DisplayName').getAttribute('DefaultValue')).toBe('目标任务监测');
    for (const kind of ['ShortStrings', 'LongStrings'] as const) {
      for (const [id, el] of resources(kind)) {
        const en = all(NS.bt, 'Override', el).find((o) => o.getAttribute('Locale') === 'en-US');
        expect({ id, en: Boolean(en?.getAttribute('Value')) }).toEqual({ id, en: true });
      }
    }
  });

  it('requires ExcelApi 1.9, the set every supported host (Excel 2021+, Microsoft 365, web) has', () => {
    const sets = all(NS.app, 'Set').map((s) => [s.getAttribute('Name'), s.getAttribute('MinVersion')]);
    expect(sets).toEqual([['ExcelApi', '1.9']]);
  });

  it('puts a 打开任务窗格 button in a 目标任务监测 group on the Home tab that opens the task pane', () => {
    const shortStrings = resources('ShortStrings');
    const urls = resources('Urls');
    const label = (el: El) => shortStrings.get(one(NS.ov, 'Label', el).getAttribute('resid')!)?.getAttribute('DefaultValue');
    const tab = one(NS.ov, 'OfficeTab');
    expect(tab.getAttribute('id')).toBe('TabHome');
    const group = one(NS.ov, 'Group', tab);
    expect(shortStrings.get(all(NS.ov, 'Label', group)[0].getAttribute('resid')!)?.getAttribute('DefaultValue')).toBe('目标任务监测');
    const button = one(NS.ov, 'Control', group);
    expect(xsiType(button)).toBe('Button');
    expect(label(button)).toBe('打开任务窗格');
    const action = one(NS.ov, 'Action', button);
    expect(xsiType(action)).toBe('ShowTaskpane');
    const source = one(NS.ov, 'SourceLocation', action).getAttribute('resid')!;
    expect(urls.get(source)?.getAttribute('DefaultValue')).toBe(`${DEV_ORIGIN}/taskpane.html`);
    const functionFile = one(NS.ov, 'FunctionFile').getAttribute('resid')!;
    expect(urls.get(functionFile)?.getAttribute('DefaultValue')).toBe(`${DEV_ORIGIN}/commands.html`);
  });

  it('defines every resource it refers to', () => {
    const defined = new Set(
      (['Images', 'Urls', 'ShortStrings', 'LongStrings'] as const).flatMap((k) => Array.from(resources(k).keys())),
    );
    const referenced = all('*', '*')
      .map((el) => el.getAttribute('resid'))
      .filter((id): id is string => Boolean(id));
    expect(referenced.length).toBeGreaterThan(5);
    expect(referenced.filter((id) => !defined.has(id))).toEqual([]);
  });

  it('has every icon it names in assets/, at the size it is declared for', () => {
    const images = resources('Images');
    const declared = all(NS.bt, 'Image').filter((el) => el.getAttribute('size'));
    expect(new Set(declared.map((el) => el.getAttribute('size')))).toEqual(new Set(['16', '32', '80']));
    for (const el of declared) {
      const size = Number(el.getAttribute('size'));
      const url = images.get(el.getAttribute('resid')!)!.getAttribute('DefaultValue')!;
      expect({ url, ...pngSize(assetFile(url)) }).toEqual({ url, width: size, height: size });
    }
    expect(pngSize(assetFile(top('IconUrl').getAttribute('DefaultValue')!))).toEqual({ width: 32, height: 32 });
    expect(pngSize(assetFile(top('HighResolutionIconUrl').getAttribute('DefaultValue')!))).toEqual({ width: 64, height: 64 });
  });

  it('points only at the dev server, at pages the build emits', () => {
    const urls = [...text.matchAll(/(?:DefaultValue|Value)="(https?:[^"]+)"/g)].map((m) => m[1]);
    expect(urls.filter((u) => !u.startsWith(`${DEV_ORIGIN}/`))).toEqual([]);
    const pages = new Set(urls.filter((u) => u.endsWith('.html')).map((u) => u.slice(DEV_ORIGIN.length + 1)));
    expect(pages).toEqual(new Set(['taskpane.html', 'commands.html']));
    const webpackConfig = readFileSync(join(ROOT, 'webpack.config.js'), 'utf8');
    for (const page of pages) expect(webpackConfig).toContain(`filename: '${page}'`);
    expect(one(NS.app, 'SourceLocation', top('DefaultSettings')).getAttribute('DefaultValue')).toBe(
      `${DEV_ORIGIN}/taskpane.html`,
    );
    expect(all(NS.app, 'AppDomain')).toEqual([]);
  });

  const xmllint = spawnSync('xmllint', ['--version']).status === 0;
  (xmllint ? it : it.skip)('validates against the vendored add-in manifest schemas (xmllint)', () => {
    const schema = join(ROOT, 'schemas', 'OfficeAppManifestV1_1.xsd');
    expect(existsSync(schema)).toBe(true);
    const run = spawnSync('xmllint', ['--noout', '--schema', schema, join(ROOT, 'manifest.xml')], { encoding: 'utf8' });
    expect(run.stderr.trim()).toMatch(/manifest\.xml validates$/);
    expect(run.status).toBe(0);
  });
});
