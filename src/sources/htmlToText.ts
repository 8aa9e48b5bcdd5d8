/**
 * A web page saved as .txt (an OA system's "导出", a notice saved from the browser) holds tags, not
 * text: read as it is, `<td>` and `&nbsp;` end up in the names of tasks. It is turned into the text
 * the page shows, the way a copied table arrives: paragraphs and rows as lines, table cells
 * separated by tabs (so the TSV and table readers see a table), a cell spanning n columns followed
 * by n−1 empty cells and a cell spanning rows repeated in each row it covers, except under a header
 * row, as the .docx reader does (readDocx.ts). Scripts, styles, comments and the title are dropped.
 *
 * Line numbers in messages are those of this text, not of the page's source: there is no better
 * position a clerk could look up, and the text quoted with each message names the place.
 *
 * One pass over the string, iterative (a page of 60,000 nested tags cannot overflow the stack).
 */

/** Does this text look like HTML rather than prose that mentions a tag? */
export function looksLikeHtml(text: string): boolean {
  const start = text.slice(0, 4096).trimStart().toLowerCase();
  if (/^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<(!doctype\s+html|html|head|body|meta|table|div|p)[\s/>]/.test(start)) return true;
  // A fragment: several closing tags of the elements a page's text sits in.
  const closing = /<\/(td|th|tr|table|p|div|li)\s*>/gi;
  let count = 0;
  while (count < 3 && closing.exec(text)) count++;
  return count >= 3;
}

const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'caption', 'center', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer',
  'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'ul',
]);
/** Elements whose content is not shown (the head itself is not one: its end tag may be left out). */
const HIDDEN = new Set(['script', 'style', 'template', 'noscript', 'title', 'xml', 'object']);

/** Spaces written as references are kept as written (HTML does not collapse them) and become plain
 *  spaces at the end: "彭&nbsp;&nbsp;伟" stays "彭  伟", as Word shows it. */
const HARD_SPACE = '\u00a0';
const ENTITIES: Record<string, string> = {
  nbsp: HARD_SPACE, ensp: HARD_SPACE, emsp: HARD_SPACE, thinsp: HARD_SPACE, amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", ldquo: '“', rdquo: '”',
  lsquo: '‘', rsquo: '’', mdash: '—', ndash: '–', hellip: '…', middot: '·', times: '×', divide: '÷', yen: '¥', deg: '°',
  plusmn: '±', permil: '‰', copy: '©', reg: '®', sup2: '²', sup3: '³', laquo: '«', raquo: '»', bull: '•', shy: '\u00ad',
  zwj: '\u200d', zwnj: '\u200c',
};

export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z][a-z0-9]{1,9});/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : '';
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

interface Cell {
  text: string;
  colspan: number;
  rowspan: number;
}

interface Table {
  rows: Cell[][];
  /** The cell being read, or null between cells. */
  cell: Cell | null;
}

/** The page's text: lines for blocks and rows, tabs between cells. */
export function htmlToText(html: string): string {
  const lines: string[] = [];
  let line = '';
  const tables: Table[] = [];
  let hidden: string | null = null;

  /** Where text goes: the open cell of the innermost table, else the current line. */
  const append = (text: string) => {
    const cell = tables.length > 0 ? tables[tables.length - 1].cell : null;
    if (cell) cell.text += text;
    else if (tables.length === 0) line += text;
    // Text between cells (whitespace, stray words outside <td>) is not shown in a grid.
  };
  const breakLine = () => {
    const cell = tables.length > 0 ? tables[tables.length - 1].cell : null;
    if (cell) cell.text += '\n';
    else if (tables.length === 0) {
      lines.push(line);
      line = '';
    }
  };
  const closeCell = (t: Table) => {
    t.cell = null;
  };
  const closeTable = () => {
    const t = tables.pop()!;
    closeCell(t);
    const rows = gridOf(t.rows);
    if (tables.length > 0) {
      // A table nested in a cell becomes lines of that cell, its cells separated by spaces.
      for (const row of rows) append(`\n${row.filter((c) => c !== '').join(' ')}`);
      append('\n');
    } else {
      lines.push(line);
      line = '';
      for (const row of rows) lines.push(row.map(tsvCell).join('\t'));
    }
  };

  let i = 0;
  const n = html.length;
  while (i < n) {
    const lt = html.indexOf('<', i);
    const textEnd = lt < 0 ? n : lt;
    if (textEnd > i && hidden === null) append(collapse(decodeEntities(html.slice(i, textEnd))));
    if (lt < 0) break;
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      i = end < 0 ? n : end + 3;
      continue;
    }
    const gt = html.indexOf('>', lt + 1);
    if (gt < 0) {
      // No tag closes after this "<": the rest is text (read at once, not "<" by "<").
      if (hidden === null) append(collapse(decodeEntities(html.slice(lt))));
      break;
    }
    const tag = /^<\s*(\/?)\s*([a-zA-Z][a-zA-Z0-9:-]*)/.exec(html.slice(lt, Math.min(gt + 1, lt + 64)));
    i = gt + 1;
    if (!tag) {
      // "<!DOCTYPE", "<?xml", or a "<" that is not a tag ("a < b").
      if (hidden === null && !/^<[!?]/.test(html.slice(lt, lt + 2))) append(collapse(html.slice(lt, gt + 1)));
      continue;
    }
    const closing = tag[1] === '/';
    const name = tag[2].toLowerCase().replace(/^.*:/, '');
    if (hidden !== null) {
      if (closing && name === hidden) hidden = null;
      continue;
    }
    if (HIDDEN.has(name)) {
      if (!closing && !html.slice(lt, gt + 1).endsWith('/>')) hidden = name;
      continue;
    }
    const table = tables.length > 0 ? tables[tables.length - 1] : null;
    if (name === 'table') {
      if (!closing) tables.push({ rows: [], cell: null });
      else if (table) closeTable();
    } else if (name === 'tr' && table) {
      closeCell(table);
      if (!closing) table.rows.push([]);
    } else if ((name === 'td' || name === 'th') && table) {
      closeCell(table);
      if (!closing) {
        if (table.rows.length === 0) table.rows.push([]);
        const attrs = html.slice(lt, gt + 1);
        table.cell = { text: '', colspan: spanOf(attrs, 'colspan'), rowspan: spanOf(attrs, 'rowspan') };
        table.rows[table.rows.length - 1].push(table.cell);
      }
    } else if (BLOCK.has(name)) {
      breakLine();
    }
  }
  while (tables.length > 0) closeTable();
  lines.push(line);
  return lines
    .map((l) => (l.includes('\t') ? l : l.trim()))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/\u00a0/g, ' ')
    .trim();
}

function spanOf(tag: string, attr: string): number {
  const m = new RegExp(`\\b${attr}\\s*=\\s*["']?(\\d{1,4})`, 'i').exec(tag);
  return m ? Math.max(1, Number(m[1])) : 1;
}

function collapse(text: string): string {
  return text.replace(/[ \t\n\r\f]+/g, ' ');
}

/**
 * Cells on the grid: colspan pads with empty cells; a rowspan cell fills its column in the rows it
 * covers, with its text, except a header row's merged cells (the first row, when most of its cells
 * span down), which leave the sub-header row empty under them, as in the text form of such tables.
 */
function gridOf(rows: Cell[][]): string[][] {
  const first = rows[0] ?? [];
  const spanning = first.filter((c) => c.rowspan > 1).length;
  const headerMerged = spanning >= 2 && spanning * 2 >= first.length;
  /** Column → cell text still to repeat and rows left. */
  const pending = new Map<number, { text: string; left: number }>();
  return rows.map((row, r) => {
    const out: string[] = [];
    const fillPending = () => {
      let p = pending.get(out.length);
      while (p) {
        out.push(r === 1 && headerMerged ? '' : p.text);
        if (--p.left === 0) pending.delete(out.length - 1);
        p = pending.get(out.length);
      }
    };
    for (const cell of row) {
      fillPending();
      const text = cell.text
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l !== '')
        .join('\n');
      const col = out.length;
      out.push(text);
      for (let k = 1; k < cell.colspan; k++) out.push('');
      if (cell.rowspan > 1) pending.set(col, { text, left: cell.rowspan - 1 });
    }
    fillPending();
    return out;
  });
}

/** A cell as Excel puts it on the clipboard: quoted when it holds a line break, tab or quote. */
function tsvCell(text: string): string {
  return /[\n\t"]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
