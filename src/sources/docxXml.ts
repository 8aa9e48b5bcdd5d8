/**
 * The small XML parts of a .docx (_rels/.rels, word/numbering.xml) as a light element tree built
 * by the XmlScanner, with helpers that match elements by local name, so that both the transitional
 * namespace (what Word writes) and the strict one are read. The main document part is not built
 * into a tree: readDocx streams it.
 */

import { SourceError, quoteName } from './errors';
import { END, EOF, START, XmlScanner, XmlSyntaxError } from './xmlScanner';

export interface XmlElement {
  /** Local name: "num" for "w:num". */
  localName: string;
  /** Attribute values by local name. */
  attributes: Map<string, string>;
  children: XmlElement[];
}

/** More elements than any real numbering or relationships part holds: a bigger one is refused. */
export const MAX_TREE_ELEMENTS = 200_000;

/** The root element of a small part, or a SourceError for the clerk when it is damaged or huge. */
export function parseXmlTree(xml: string, name: string, part: string): XmlElement {
  const scanner = new XmlScanner(xml);
  const root: XmlElement = { localName: '', attributes: new Map(), children: [] };
  const stack: XmlElement[] = [root];
  let count = 0;
  try {
    for (let event = scanner.next(); event !== EOF; event = scanner.next()) {
      if (event === START) {
        if (++count > MAX_TREE_ELEMENTS) throw tooLarge(name, part);
        const el: XmlElement = { localName: scanner.name, attributes: scanner.attributes(), children: [] };
        stack[stack.length - 1].children.push(el);
        stack.push(el);
      } else if (event === END) stack.pop();
    }
  } catch (e) {
    if (e instanceof XmlSyntaxError) throw badXml(name, part);
    throw e;
  }
  if (root.children.length === 0) throw badXml(name, part);
  return root.children[0];
}

export function badXml(name: string, part: string): SourceError {
  return new SourceError('bad-xml', `${quoteName(name)}已损坏（${part} 不是完整的 XML），请在 Word 中打开后重新保存`, { source: name });
}

function tooLarge(name: string, part: string): SourceError {
  return new SourceError('too-large', `${quoteName(name)}的 ${part} 过大（超过 ${MAX_TREE_ELEMENTS} 个元素），文件可能已损坏，不是正常的 Word 文档`, {
    source: name,
  });
}

export function childElements(el: XmlElement): XmlElement[] {
  return el.children;
}

export function child(el: XmlElement | null | undefined, localName: string): XmlElement | null {
  if (!el) return null;
  for (const c of el.children) if (c.localName === localName) return c;
  return null;
}

/** The w:val (or other) attribute, whatever the prefix. */
export function attr(el: XmlElement | null | undefined, localName = 'val'): string | null {
  return el?.attributes.get(localName) ?? null;
}

export function intAttr(el: XmlElement | null | undefined, localName = 'val'): number | null {
  const value = attr(el, localName);
  if (value === null) return null;
  const n = Number.parseInt(value, 10);
  return Number.isFinite(n) ? n : null;
}
