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
 * under 序号, 目标任务… as in the text form of these tables (002 l.761-777). A cell's paragraphs
 * are joined with "\n". A table nested in a cell becomes lines of that cell's text (its cells
 * separated by spaces).
 *
 * The package checks (not a zip, .doc, encrypted, no Word part, too large) are in docxPackage.ts.
 */

import type { Block, SourceDocument } from '../domain/document';
import { DocxNumbering } from './docxNumbering';
import { openDocx } from './docxPackage';
import { attr, child, childElements, intAttr, type XmlElement } from './docxXml';

export function readDocx(bytes: Uint8Array, name: string): SourceDocument {
  const parts = openDocx(bytes, name);
  const body = child(parts.document.documentElement, 'body');
  const reader = new BodyReader(new DocxNumbering(parts.numbering));
  if (body) reader.readContainer(body);
  return { name, blocks: reader.blocks };
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
