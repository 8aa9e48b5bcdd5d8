/**
 * Small helpers over @xmldom/xmldom for WordprocessingML. Elements are matched by local name so
 * that both the transitional namespace (what Word writes) and the strict one are read.
 */

import { DOMParser } from '@xmldom/xmldom';
import type { Document as XmlDocument, Element as XmlElement } from '@xmldom/xmldom';
import { SourceError, quoteName } from './errors';

export type { XmlDocument, XmlElement };

const ELEMENT_NODE = 1;

export function parseXml(xml: string, name: string, part: string): XmlDocument {
  try {
    return new DOMParser({
      onError: (level, message) => {
        if (level !== 'warning') throw new Error(message);
      },
    }).parseFromString(xml, 'text/xml');
  } catch {
    throw new SourceError('bad-xml', `${quoteName(name)}已损坏（${part} 不是完整的 XML），请在 Word 中打开后重新保存`, {
      source: name,
    });
  }
}

export function childElements(el: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  for (let node = el.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === ELEMENT_NODE) out.push(node as XmlElement);
  }
  return out;
}

export function child(el: XmlElement | null | undefined, localName: string): XmlElement | null {
  if (!el) return null;
  for (let node = el.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === ELEMENT_NODE && (node as XmlElement).localName === localName) return node as XmlElement;
  }
  return null;
}

/** The w:val (or other) attribute, whatever the prefix. */
export function attr(el: XmlElement | null | undefined, localName = 'val'): string | null {
  if (!el) return null;
  const attrs = el.attributes;
  for (let i = 0; i < attrs.length; i++) {
    const a = attrs.item(i);
    if (a && a.localName === localName) return a.value;
  }
  return null;
}

export function intAttr(el: XmlElement | null | undefined, localName = 'val'): number | null {
  const value = attr(el, localName);
  if (value === null) return null;
  const n = Number.parseInt(value, 10);
  return Number.isFinite(n) ? n : null;
}

/** First descendant with this local name, in document order. */
export function firstDescendant(el: XmlElement, localName: string): XmlElement | null {
  for (const c of childElements(el)) {
    if (c.localName === localName) return c;
    const found = firstDescendant(c, localName);
    if (found) return found;
  }
  return null;
}
