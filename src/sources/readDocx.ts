/**
 * A Word .docx → SourceDocument: the body's paragraphs and tables in order.
 *
 * Positions (what `line` and `rowLines` hold): one running count over the body, in which every
 * top-level paragraph (empty ones included) and every table row counts as one. It is unique and
 * increasing over the whole document, so blocks keep their order and two tables never share a
 * number; Word has no line numbers a clerk could use instead, and a message about a row also names
 * its 序号.
 *
 * Tables: cells keep their grid column, so a row lines up with the header: a cell spanning n
 * columns (w:gridSpan) is followed by n-1 empty cells, and a cell merged down from the row above
 * (w:vMerge continuation) takes that cell's text, so a 牵头领导 merged over five rows applies to
 * each, except under the header (see headerRows), where the sub-header row keeps empty cells
 * under 序号, 目标任务… as in the text form of these tables (002 l.761-777). A cell's paragraphs are joined with "\n". A table nested in a cell becomes lines of that
 * cell's text (its cells separated by spaces).
 */

import { unzipSync } from 'fflate';
import type { Block, SourceDocument } from '../domain/document';
import { DocxNumbering } from './docxNumbering';
import { attr, child, childElements, intAttr, parseXml, type XmlElement } from './docxXml';
import { SourceError, quoteName } from './errors';
import { isEncryptedOffice, isOle, isZip } from './magic';

/** Limit on one unpacked XML part: a real notice is a few MB; more is a zip bomb or a book. */
export const MAX_DOCX_PART_BYTES = 64 * 1024 * 1024;

const MAIN_DOCUMENT_TYPE = /\/officeDocument$/;

export function readDocx(bytes: Uint8Array, name: string): SourceDocument {
  if (isOle(bytes)) throw oleError(bytes, name);
  if (!isZip(bytes)) throw notZip(name);

  const entries = listEntries(bytes, name);
  const documentPath = mainDocumentPath(bytes, entries, name);
  if (!documentPath) throw notWord(entries, name);

  const numberingPath = documentPath.replace(/[^/]*$/, 'numbering.xml');
  const parts = extract(bytes, name, [documentPath, numberingPath]);
  const documentXml = parseXml(utf8(parts[documentPath]), name, documentPath);
  const numbering = new DocxNumbering(parts[numberingPath] ? parseXml(utf8(parts[numberingPath]), name, numberingPath) : null);

  const body = child(documentXml.documentElement, 'body');
  const reader = new BodyReader(numbering);
  if (body) reader.readContainer(body);
  return { name, blocks: reader.blocks };
}

function oleError(bytes: Uint8Array, name: string): SourceError {
  if (isEncryptedOffice(bytes)) {
    return new SourceError('encrypted', `${quoteName(name)}设置了打开密码（已加密），请在 Word 中取消密码并另存为 .docx 后再导入`, {
      source: name,
    });
  }
  return oldWordError(name);
}

export function oldWordError(name: string): SourceError {
  return new SourceError('old-word', `${quoteName(name)}是旧版 Word（.doc）格式，请在 Word 中“另存为” .docx 后再导入`, {
    source: name,
  });
}

function notZip(name: string): SourceError {
  return new SourceError('not-zip', `${quoteName(name)}不是有效的 .docx 文件（无法解压）`, { source: name });
}

function notWord(entries: Map<string, number>, name: string): SourceError {
  const hint = entries.has('xl/workbook.xml')
    ? '；它是 Excel 工作簿，请在 Excel 中打开该文件，选中表格后使用“使用选中区域”'
    : entries.has('content.xml') && entries.has('mimetype')
      ? '；它是 OpenDocument（WPS/LibreOffice 的 .odt）文件，请另存为 .docx 后再导入'
      : '';
  return new SourceError('not-word', `${quoteName(name)}不是 Word 文档（缺少 word/document.xml）${hint}`, { source: name });
}

/** Names and unpacked sizes of the archive's entries, without unpacking any. */
function listEntries(bytes: Uint8Array, name: string): Map<string, number> {
  const entries = new Map<string, number>();
  try {
    unzipSync(bytes, {
      filter: (file) => {
        entries.set(file.name, file.originalSize);
        return false;
      },
    });
  } catch {
    throw notZip(name);
  }
  return entries;
}

/** The main part named in _rels/.rels (word/document.xml for everything Word and WPS write). */
function mainDocumentPath(bytes: Uint8Array, entries: Map<string, number>, name: string): string | null {
  if (entries.has('_rels/.rels')) {
    const rels = extract(bytes, name, ['_rels/.rels'])['_rels/.rels'];
    if (rels) {
      const doc = parseXml(utf8(rels), name, '_rels/.rels');
      for (const rel of childElements(doc.documentElement as XmlElement)) {
        const target = attr(rel, 'Target');
        if (target && MAIN_DOCUMENT_TYPE.test(attr(rel, 'Type') ?? '')) {
          const path = target.replace(/^\//, '');
          if (entries.has(path) && /\.xml$/i.test(path) && !path.startsWith('xl/') && !path.startsWith('ppt/')) return path;
        }
      }
    }
  }
  return entries.has('word/document.xml') ? 'word/document.xml' : null;
}

/** Unpacks only the named parts; their declared sizes bound the memory used (fflate trusts them). */
function extract(bytes: Uint8Array, name: string, paths: string[]): Record<string, Uint8Array> {
  let tooLarge: string | null = null;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (file) => {
        if (!paths.includes(file.name)) return false;
        if (file.originalSize > MAX_DOCX_PART_BYTES) {
          tooLarge = file.name;
          return false;
        }
        return true;
      },
    });
  } catch {
    throw notZip(name);
  }
  if (tooLarge) {
    const mb = MAX_DOCX_PART_BYTES / 1024 / 1024;
    throw new SourceError('too-large', `${quoteName(name)}解压后过大（${tooLarge} 超过 ${mb} MB），文件可能已损坏，不是正常的 Word 文档`, {
      source: name,
    });
  }
  return files;
}

function utf8(bytes: Uint8Array): string {
  return new TextDecoder('utf-8').decode(bytes);
}

/** Elements that only wrap content: their children are read as if they stood in their place. */
const WRAPPERS = new Set(['sdt', 'sdtContent', 'customXml', 'smartTag', 'ins', 'moveTo', 'hyperlink', 'fldSimple', 'r', 'bdo', 'dir']);
/** Inside a paragraph: properties, deleted text, field codes, drawings and note marks show no text of their own. */
const SILENT = new Set([
  'pPr', 'rPr', 'sdtPr', 'sdtEndPr', 'del', 'delText', 'moveFrom', 'instrText', 'fldData',
  'footnoteReference', 'endnoteReference', 'commentReference', 'annotationRef',
  'AlternateContent', 'drawing', 'pict', 'object', 'oMath', 'oMathPara', 'lastRenderedPageBreak',
]);

class BodyReader {
  readonly blocks: Block[] = [];
  private position = 0;

  constructor(private readonly numbering: DocxNumbering) {}

  readContainer(el: XmlElement): void {
    for (const c of childElements(el)) {
      if (c.localName === 'p') {
        this.position++;
        const text = this.paragraphText(c);
        if (text.trim() !== '') this.blocks.push({ kind: 'paragraph', text, line: this.position });
      } else if (c.localName === 'tbl') {
        const rows = this.tableRows(c);
        if (rows.length > 0) {
          const rowLines = rows.map(() => ++this.position);
          this.blocks.push({ kind: 'table', rows, rowLines });
        }
      } else if (WRAPPERS.has(c.localName ?? '')) {
        this.readContainer(c);
      }
    }
  }

  private paragraphText(p: XmlElement): string {
    const numPr = child(child(p, 'pPr'), 'numPr');
    const numId = attr(child(numPr, 'numId'));
    const label = numId && numId !== '0' ? this.numbering.next(numId, intAttr(child(numPr, 'ilvl')) ?? 0) : null;
    return (label ?? '') + runText(p);
  }

  private tableRows(tbl: XmlElement): string[][] {
    const rows: string[][] = [];
    const trs = elementsThrough(tbl, 'tr');
    const header = headerRows(trs);
    /** The cell that started a vertical merge, by grid column. */
    const mergedAbove = new Map<number, { text: string; inHeader: boolean }>();
    trs.forEach((tr, r) => {
      const row: string[] = [];
      const before = intAttr(child(child(tr, 'trPr'), 'gridBefore')) ?? 0;
      for (let i = 0; i < before; i++) row.push('');
      for (const tc of elementsThrough(tr, 'tc')) {
        const tcPr = child(tc, 'tcPr');
        const span = Math.max(1, intAttr(child(tcPr, 'gridSpan')) ?? 1);
        const col = row.length;
        const vMerge = child(tcPr, 'vMerge');
        const hMerge = child(tcPr, 'hMerge');
        let text: string;
        if (vMerge && attr(vMerge) !== 'restart') {
          // A header cell merged down over the sub-header row stays there once (as in the text
          // form of such tables); a data cell merged down applies to every row it covers.
          const above = mergedAbove.get(col);
          text = above && !above.inHeader ? above.text : '';
        } else if (hMerge && attr(hMerge) !== 'restart') {
          text = ''; // old-style horizontal merge: the text sits in the first cell
        } else {
          text = this.cellText(tc);
          if (vMerge) mergedAbove.set(col, { text, inHeader: header.has(r) });
          else mergedAbove.delete(col);
        }
        row.push(text);
        for (let i = 1; i < span; i++) row.push('');
      }
      rows.push(row);
    });
    return rows;
  }

  private cellText(tc: XmlElement): string {
    const lines: string[] = [];
    const read = (el: XmlElement): void => {
      for (const c of childElements(el)) {
        if (c.localName === 'p') lines.push(this.paragraphText(c));
        else if (c.localName === 'tbl') {
          for (const row of this.tableRows(c)) lines.push(row.filter((cell) => cell.trim() !== '').join(' '));
        } else if (WRAPPERS.has(c.localName ?? '')) read(c);
      }
    };
    read(tc);
    return lines.join('\n').trim();
  }
}

/**
 * Indexes of the header rows: those marked "repeat as header row" (w:tblHeader); when none is
 * marked, the first row if it starts vertical merges in most of its cells (a two-row header whose
 * 序号, 目标任务… cells span both rows).
 */
function headerRows(trs: XmlElement[]): Set<number> {
  const marked = new Set<number>();
  trs.forEach((tr, r) => {
    const flag = child(child(tr, 'trPr'), 'tblHeader');
    if (flag && !['0', 'false', 'off'].includes(attr(flag) ?? '')) marked.add(r);
  });
  if (marked.size > 0 || trs.length === 0) return marked;
  const cells = elementsThrough(trs[0], 'tc');
  const restarts = cells.filter((tc) => attr(child(child(tc, 'tcPr'), 'vMerge')) === 'restart').length;
  return restarts >= 2 && restarts * 2 >= cells.length ? new Set([0]) : marked;
}

/** Child elements with this local name, looking through content controls and custom XML. */
function elementsThrough(el: XmlElement, localName: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (const c of childElements(el)) {
    if (c.localName === localName) out.push(c);
    else if (c.localName === 'sdt' || c.localName === 'sdtContent' || c.localName === 'customXml') out.push(...elementsThrough(c, localName));
  }
  return out;
}

/** The text a paragraph shows: w:t runs, tabs and breaks, through hyperlinks, insertions, fields. */
function runText(el: XmlElement): string {
  let out = '';
  for (const c of childElements(el)) {
    const name = c.localName ?? '';
    if (SILENT.has(name)) continue;
    switch (name) {
      case 't':
        out += c.textContent ?? '';
        break;
      case 'tab':
      case 'ptab':
        out += '\t';
        break;
      case 'br':
      case 'cr':
        out += '\n';
        break;
      case 'noBreakHyphen':
        out += '-';
        break;
      case 'softHyphen':
        break;
      default:
        out += runText(c);
    }
  }
  return out;
}
