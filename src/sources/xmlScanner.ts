/**
 * A pull scanner over the XML parts of a .docx: start tags, end tags and text, one at a time, in
 * one pass and without recursion. Nothing is built: a reader keeps only what it needs (readDocx
 * keeps the current paragraph and table), so memory follows the document's text, not its markup.
 * A DOM of a small .docx whose XML expands to tens of megabytes of empty paragraphs took 4 GB and
 * 20 s; deeply nested content controls or tables overflowed the stack of a recursive reader.
 *
 * Checked as it goes: tags must nest, the document must end, and a DOCTYPE (never written by Word,
 * the door to entity-expansion bombs) is refused. Entities are the five of XML and character
 * references; text and attributes are decoded only when asked for.
 */

export const EOF = 0;
export const START = 1;
export const END = 2;
export const TEXT = 3;
export type XmlEvent = typeof EOF | typeof START | typeof END | typeof TEXT;

/** Why a part is not well-formed, for the bad-xml message (the clerk only sees that it is damaged). */
export class XmlSyntaxError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'XmlSyntaxError';
    Object.setPrototypeOf(this, new.target.prototype);
  }
}

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const QUESTION = 0x3f;
const BANG = 0x21;
const DQUOTE = 0x22;
const SQUOTE = 0x27;

export class XmlScanner {
  /** The local name ("p" for "w:p") of the element a START or END event is about. */
  name = '';
  /** Depth of that element: the root is 1. */
  depth = 0;
  private pos = 0;
  private readonly open: string[] = [];
  private attrFrom = 0;
  private attrTo = 0;
  private textFrom = 0;
  private textTo = 0;
  private cdata = false;
  private closeNext = false;

  constructor(private readonly xml: string) {}

  next(): XmlEvent {
    const xml = this.xml;
    if (this.closeNext) {
      // The END of a self-closing element.
      this.closeNext = false;
      this.depth = this.open.length;
      this.open.pop();
      return END;
    }
    for (;;) {
      if (this.pos >= xml.length) {
        if (this.open.length > 0) throw new XmlSyntaxError(`<${this.open[this.open.length - 1]}> is not closed`);
        return EOF;
      }
      const lt = xml.indexOf('<', this.pos);
      if (lt !== this.pos) {
        this.textFrom = this.pos;
        this.textTo = lt < 0 ? xml.length : lt;
        this.cdata = false;
        this.pos = this.textTo;
        return TEXT;
      }
      const c = xml.charCodeAt(lt + 1);
      if (c === SLASH) {
        const gt = xml.indexOf('>', lt + 2);
        if (gt < 0) throw new XmlSyntaxError('an end tag is cut off');
        const qname = xml.slice(lt + 2, gt).trim();
        const expected = this.open.pop();
        if (qname !== expected) throw new XmlSyntaxError(`</${qname}> closes <${expected ?? ''}>`);
        this.depth = this.open.length + 1;
        this.name = localName(qname);
        this.pos = gt + 1;
        return END;
      }
      if (c === QUESTION) {
        const end = xml.indexOf('?>', lt + 2);
        if (end < 0) throw new XmlSyntaxError('a processing instruction is cut off');
        this.pos = end + 2;
        continue;
      }
      if (c === BANG) {
        if (xml.startsWith('<!--', lt)) {
          const end = xml.indexOf('-->', lt + 4);
          if (end < 0) throw new XmlSyntaxError('a comment is cut off');
          this.pos = end + 3;
          continue;
        }
        if (xml.startsWith('<![CDATA[', lt)) {
          const end = xml.indexOf(']]>', lt + 9);
          if (end < 0) throw new XmlSyntaxError('a CDATA section is cut off');
          this.textFrom = lt + 9;
          this.textTo = end;
          this.cdata = true;
          this.pos = end + 3;
          return TEXT;
        }
        throw new XmlSyntaxError('a DOCTYPE or other declaration');
      }
      return this.startTag(lt);
    }
  }

  /** The text of a TEXT event, entities decoded. */
  text(): string {
    const raw = this.xml.slice(this.textFrom, this.textTo);
    return this.cdata ? raw : decodeXmlEntities(raw);
  }

  /** Whether the TEXT event is only whitespace between tags (cheap: no string is made). */
  isBlank(): boolean {
    for (let i = this.textFrom; i < this.textTo; i++) {
      const c = this.xml.charCodeAt(i);
      if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) return false;
    }
    return true;
  }

  /** An attribute of the current start tag by local name ("val" for w:val), or null. */
  attr(local = 'val'): string | null {
    const raw = this.xml.slice(this.attrFrom, this.attrTo);
    const re = /\s*([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/y;
    let m: RegExpExecArray | null;
    while ((m = re.exec(raw)) !== null) {
      if (localName(m[1]) === local) return decodeXmlEntities(m[2] ?? m[3] ?? '');
    }
    return null;
  }

  /** Every attribute of the current start tag, by local name. */
  attributes(): Map<string, string> {
    const out = new Map<string, string>();
    const raw = this.xml.slice(this.attrFrom, this.attrTo);
    const re = /\s*([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/y;
    let m: RegExpExecArray | null;
    while ((m = re.exec(raw)) !== null) out.set(localName(m[1]), decodeXmlEntities(m[2] ?? m[3] ?? ''));
    return out;
  }

  private startTag(lt: number): XmlEvent {
    const xml = this.xml;
    let quote = 0;
    let gt = lt + 1;
    for (; gt < xml.length; gt++) {
      const ch = xml.charCodeAt(gt);
      if (quote !== 0) {
        if (ch === quote) quote = 0;
      } else if (ch === DQUOTE || ch === SQUOTE) quote = ch;
      else if (ch === GT) break;
      else if (ch === LT) throw new XmlSyntaxError('"<" inside a tag');
    }
    if (gt >= xml.length) throw new XmlSyntaxError('a start tag is cut off');
    const selfClosing = xml.charCodeAt(gt - 1) === SLASH;
    const end = selfClosing ? gt - 1 : gt;
    let nameEnd = lt + 1;
    while (nameEnd < end && !isSpace(xml.charCodeAt(nameEnd))) nameEnd++;
    const qname = xml.slice(lt + 1, nameEnd);
    if (qname === '') throw new XmlSyntaxError('a tag without a name');
    this.name = localName(qname);
    this.attrFrom = nameEnd;
    this.attrTo = end;
    this.open.push(qname);
    this.depth = this.open.length;
    this.closeNext = selfClosing;
    this.pos = gt + 1;
    return START;
  }
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}

function localName(qname: string): string {
  const colon = qname.indexOf(':');
  return colon < 0 ? qname : qname.slice(colon + 1);
}

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeXmlEntities(raw: string): string {
  if (!raw.includes('&')) return raw;
  return raw.replace(/&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z]{2,4});/g, (whole, ref: string) => {
    if (ref[0] !== '#') return XML_ENTITIES[ref] ?? whole;
    const code = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : '';
  });
}
