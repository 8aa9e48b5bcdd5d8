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
 * The main part is streamed (xmlScanner.ts), never built into a tree, and read with an explicit
 * stack instead of recursion: tens of megabytes of empty paragraphs take seconds and little memory,
 * and content controls or tables nested 100,000 deep cannot overflow the call stack.
 *
 * The package checks (not a zip, .doc, encrypted, no Word part, too large) are in docxPackage.ts.
 */

import type { Block, SourceDocument } from '../domain/document';
import { normalizeInvisible } from '../domain/text/invisible';
import { DocxNumbering } from './docxNumbering';
import { openDocx } from './docxPackage';
import { badXml } from './docxXml';
import { END, EOF, TEXT, XmlScanner, XmlSyntaxError } from './xmlScanner';

export function readDocx(bytes: Uint8Array, name: string): SourceDocument {
  const parts = openDocx(bytes, name);
  const numbering = new DocxNumbering(parts.numbering);
  try {
    return { name, blocks: readBody(new XmlScanner(parts.documentXml), numbering) };
  } catch (e) {
    if (e instanceof XmlSyntaxError) throw badXml(name, parts.documentPath);
    throw e;
  }
}

/** Elements that only wrap content: their children are read as if they stood in their place. */
const WRAPPERS = new Set(['sdt', 'sdtContent', 'customXml', 'smartTag', 'ins', 'moveTo', 'hyperlink', 'fldSimple', 'r', 'bdo', 'dir']);
/** Wrappers a table's rows and a row's cells may stand in. */
const ROW_WRAPPERS = new Set(['sdt', 'sdtContent', 'customXml']);
/** Inside a paragraph: properties, deleted text, field codes, drawings and note marks show no text of their own. */
const SILENT = new Set([
  'pPr', 'rPr', 'sdtPr', 'sdtEndPr', 'del', 'delText', 'moveFrom', 'instrText', 'fldData',
  'footnoteReference', 'endnoteReference', 'commentReference', 'annotationRef',
  'AlternateContent', 'drawing', 'pict', 'object', 'oMath', 'oMathPara', 'lastRenderedPageBreak',
]);
/** Empty elements that stand for a character in a paragraph. */
const CHARACTERS = new Map([['tab', '\t'], ['ptab', '\t'], ['br', '\n'], ['cr', '\n'], ['noBreakHyphen', '-'], ['softHyphen', '']]);
/** Word allows 63 columns: a larger span or offset is damage, not layout (and would pad a row with millions of cells). */
const MAX_SPAN = 64;

interface CellRecord {
  span: number;
  /** w:vMerge: none, restart, or continuation of the cell above. */
  vMerge: 'none' | 'restart' | 'continue';
  /** Old-style horizontal merge continuation (w:hMerge not "restart"): shows no text. */
  hMergeContinue: boolean;
  text: string;
}

interface RowRecord {
  before: number;
  /** "Repeat as header row" (w:tblHeader). */
  marked: boolean;
  cells: CellRecord[];
}

/** What an open element means to the reader; `depth` is the element's depth in the part. */
type Frame =
  | { kind: 'root'; depth: number; sawDocument: boolean; sawBody: boolean }
  | { kind: 'body'; depth: number }
  | { kind: 'paragraph'; depth: number; text: string; numId: string | null; ilvl: string | null; sawPPr: boolean; cell: CellFrame | null }
  | { kind: 'pPr'; depth: number; paragraph: ParagraphFrame; sawNumPr: boolean }
  | { kind: 'numPr'; depth: number; paragraph: ParagraphFrame }
  | { kind: 't'; depth: number; paragraph: ParagraphFrame }
  | { kind: 'table'; depth: number; rows: RowRecord[]; cell: CellFrame | null }
  | { kind: 'row'; depth: number; row: RowRecord; sawTrPr: boolean }
  | { kind: 'trPr'; depth: number; row: RowRecord; sawBefore: boolean; sawHeader: boolean }
  | CellFrame
  | { kind: 'tcPr'; depth: number; cell: CellFrame; sawSpan: boolean; sawVMerge: boolean; sawHMerge: boolean };

type ParagraphFrame = Extract<Frame, { kind: 'paragraph' }>;
interface CellFrame {
  kind: 'cell';
  depth: number;
  record: CellRecord;
  lines: string[];
  /** Its w:tcPr was read (the merge marks come first, so a continuation's content is never read). */
  sawTcPr: boolean;
}

function readBody(scanner: XmlScanner, numbering: DocxNumbering): Block[] {
  const blocks: Block[] = [];
  let position = 0;
  const root: Extract<Frame, { kind: 'root' }> = { kind: 'root', depth: 0, sawDocument: false, sawBody: false };
  const stack: Frame[] = [root];
  /** While > 0: everything inside the element at this depth is ignored. */
  let skipping = 0;

  const closeParagraph = (p: ParagraphFrame) => {
    const label = p.numId && p.numId !== '0' ? numbering.next(p.numId, intOf(p.ilvl) ?? 0) : null;
    const text = normalizeInvisible((label ?? '') + p.text);
    if (p.cell) p.cell.lines.push(text);
    else {
      position++;
      if (text.trim() !== '') blocks.push({ kind: 'paragraph', text, line: position });
    }
  };
  const closeTable = (t: Extract<Frame, { kind: 'table' }>) => {
    const rows = tableRows(t.rows);
    if (t.cell) {
      for (const row of rows) t.cell.lines.push(row.filter((cell) => cell.trim() !== '').join(' '));
    } else if (rows.length > 0) {
      const rowLines = rows.map(() => ++position);
      blocks.push({ kind: 'table', rows, rowLines });
    }
  };

  for (let event = scanner.next(); event !== EOF; event = scanner.next()) {
    const depth = scanner.depth;
    if (event === TEXT) {
      const top = stack[stack.length - 1];
      if (skipping === 0 && top.kind === 't') top.paragraph.text += scanner.text();
      continue;
    }
    if (event === END) {
      if (skipping !== 0) {
        if (depth > skipping) continue;
        skipping = 0;
      }
      const top = stack[stack.length - 1];
      if (top.depth !== depth) continue; // a transparent wrapper closes
      stack.pop();
      if (top.kind === 'paragraph') closeParagraph(top);
      else if (top.kind === 'table') closeTable(top);
      else if (top.kind === 'cell') top.record.text = readable(top.record) ? top.lines.join('\n').trim() : '';
      continue;
    }
    // A start tag.
    if (skipping !== 0) continue;
    const name = scanner.name;
    const top = stack[stack.length - 1];
    if (top.kind === 'cell' && !(name === 'tcPr' && depth === top.depth + 1 && !top.sawTcPr)) {
      if (!readable(top.record)) {
        // A merge continuation: its content is not shown, so it is not read (nor numbered).
        skipping = top.depth;
        continue;
      }
    }
    switch (top.kind) {
      case 'root':
        // Depth 1 is the document element; its first w:body holds the text.
        if (depth === 1) {
          top.sawDocument = true;
          break;
        }
        if (name === 'body' && depth === 2 && !top.sawBody) {
          top.sawBody = true;
          stack.push({ kind: 'body', depth });
        } else skipping = depth;
        break;
      case 'body':
        if (name === 'p') stack.push(paragraph(depth, null));
        else if (name === 'tbl') stack.push({ kind: 'table', depth, rows: [], cell: null });
        else if (!WRAPPERS.has(name)) skipping = depth;
        break;
      case 'paragraph':
        if (name === 'pPr' && depth === top.depth + 1 && !top.sawPPr) {
          top.sawPPr = true;
          stack.push({ kind: 'pPr', depth, paragraph: top, sawNumPr: false });
        } else if (SILENT.has(name)) skipping = depth;
        else if (name === 't') stack.push({ kind: 't', depth, paragraph: top });
        else if (CHARACTERS.has(name)) {
          top.text += CHARACTERS.get(name);
          skipping = depth;
        }
        // Anything else (runs, hyperlinks, insertions, fields…) is read through.
        break;
      case 'pPr':
        if (name === 'numPr' && depth === top.depth + 1 && !top.sawNumPr) {
          top.sawNumPr = true;
          stack.push({ kind: 'numPr', depth, paragraph: top.paragraph });
        } else skipping = depth;
        break;
      case 'numPr':
        if (depth === top.depth + 1 && name === 'numId' && top.paragraph.numId === null) top.paragraph.numId = scanner.attr() ?? '';
        else if (depth === top.depth + 1 && name === 'ilvl' && top.paragraph.ilvl === null) top.paragraph.ilvl = scanner.attr() ?? '';
        skipping = depth;
        break;
      case 't':
        break; // text inside w:t, whatever wraps it, is the run's text
      case 'table':
        if (name === 'tr') {
          const row: RowRecord = { before: 0, marked: false, cells: [] };
          top.rows.push(row);
          stack.push({ kind: 'row', depth, row, sawTrPr: false });
        } else if (!ROW_WRAPPERS.has(name)) skipping = depth;
        break;
      case 'row':
        if (name === 'trPr' && depth === top.depth + 1 && !top.sawTrPr) {
          top.sawTrPr = true;
          stack.push({ kind: 'trPr', depth, row: top.row, sawBefore: false, sawHeader: false });
        } else if (name === 'tc') {
          const record: CellRecord = { span: 1, vMerge: 'none', hMergeContinue: false, text: '' };
          top.row.cells.push(record);
          stack.push({ kind: 'cell', depth, record, lines: [], sawTcPr: false });
        } else if (!ROW_WRAPPERS.has(name)) skipping = depth;
        break;
      case 'trPr':
        if (depth === top.depth + 1 && name === 'gridBefore' && !top.sawBefore) {
          top.sawBefore = true;
          top.row.before = span(scanner.attr(), 0);
        } else if (depth === top.depth + 1 && name === 'tblHeader' && !top.sawHeader) {
          top.sawHeader = true;
          top.row.marked = !['0', 'false', 'off'].includes(scanner.attr() ?? '');
        }
        skipping = depth;
        break;
      case 'cell':
        if (name === 'tcPr' && depth === top.depth + 1 && !top.sawTcPr) {
          top.sawTcPr = true;
          stack.push({ kind: 'tcPr', depth, cell: top, sawSpan: false, sawVMerge: false, sawHMerge: false });
        } else if (name === 'p') stack.push(paragraph(depth, top));
        else if (name === 'tbl') stack.push({ kind: 'table', depth, rows: [], cell: top });
        else if (!WRAPPERS.has(name)) skipping = depth;
        break;
      case 'tcPr': {
        const record = top.cell.record;
        if (depth === top.depth + 1 && name === 'gridSpan' && !top.sawSpan) {
          top.sawSpan = true;
          record.span = Math.max(1, span(scanner.attr(), 1));
        } else if (depth === top.depth + 1 && name === 'vMerge' && !top.sawVMerge) {
          top.sawVMerge = true;
          record.vMerge = scanner.attr() === 'restart' ? 'restart' : 'continue';
        } else if (depth === top.depth + 1 && name === 'hMerge' && !top.sawHMerge) {
          top.sawHMerge = true;
          record.hMergeContinue = scanner.attr() !== 'restart';
        }
        skipping = depth;
        break;
      }
    }
  }
  if (!root.sawDocument) throw new XmlSyntaxError('no document element');
  return blocks;
}

function paragraph(depth: number, cell: CellFrame | null): ParagraphFrame {
  return { kind: 'paragraph', depth, text: '', numId: null, ilvl: null, sawPPr: false, cell };
}

/** A cell whose content is shown: not a vertical or old-style horizontal merge continuation. */
function readable(cell: CellRecord): boolean {
  return cell.vMerge !== 'continue' && !cell.hMergeContinue;
}

function intOf(value: string | null): number | null {
  if (value === null) return null;
  const n = Number.parseInt(value, 10);
  return Number.isFinite(n) ? n : null;
}

/** A w:gridSpan or w:gridBefore, within 0..MAX_SPAN. */
function span(value: string | null, fallback: number): number {
  const n = intOf(value);
  return n === null ? fallback : Math.min(MAX_SPAN, Math.max(0, n));
}

/** The rows of a table on its grid (see the file comment), from what the stream recorded. */
function tableRows(records: RowRecord[]): string[][] {
  const header = headerRows(records);
  /** The cell that started a vertical merge, by grid column. */
  const mergedAbove = new Map<number, { text: string; inHeader: boolean }>();
  return records.map((rec, r) => {
    const row: string[] = [];
    for (let i = 0; i < rec.before; i++) row.push('');
    for (const cell of rec.cells) {
      const col = row.length;
      let text: string;
      if (cell.vMerge === 'continue') {
        // A header cell merged down over the sub-header row stays there once (as in the text
        // form of such tables); a data cell merged down applies to every row it covers.
        const above = mergedAbove.get(col);
        text = above && !above.inHeader ? above.text : '';
      } else if (cell.hMergeContinue) {
        text = ''; // old-style horizontal merge: the text sits in the first cell
      } else {
        text = cell.text;
        if (cell.vMerge === 'restart') mergedAbove.set(col, { text, inHeader: header.has(r) });
        else mergedAbove.delete(col);
      }
      row.push(text);
      for (let i = 1; i < cell.span; i++) row.push('');
    }
    return row;
  });
}

/**
 * Indexes of the header rows: those marked "repeat as header row" (w:tblHeader); when none is
 * marked, the first row if it starts vertical merges in most of its cells (a two-row header whose
 * 序号, 目标任务… cells span both rows).
 */
function headerRows(rows: RowRecord[]): Set<number> {
  const marked = new Set<number>();
  rows.forEach((row, r) => {
    if (row.marked) marked.add(r);
  });
  if (marked.size > 0 || rows.length === 0) return marked;
  const cells = rows[0].cells;
  const restarts = cells.filter((c) => c.vMerge === 'restart').length;
  return restarts >= 2 && restarts * 2 >= cells.length ? new Set([0]) : marked;
}
