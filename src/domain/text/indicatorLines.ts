/**
 * An indicator table copied from a web page one cell per line (issue 11, dev/sc-jingyang-2016): the
 * header's cells ("项 目", "分值", "目标任务", "监考单位") each on a line, then the rows, each cell on
 * a line — and rows do not all have every cell (no target for a row judged at the year's end, no
 * unit where the one above serves, a category line such as "宏观调控" between rows). So the rows
 * are found by what each line is, in the header's order: a name, a figure (a score, then a target),
 * a unit, an owner. A line of words followed by a figure starts a row (a score or target follows
 * its name); a row with a name only was a category.
 */
import type { Block, ParagraphBlock } from '../document';
import { indicatorColumns, indicatorRole, targetOfCell, type IndicatorRole } from '../tables/indicatorColumns';
import { matchUnit } from '../extract/units';

export interface IndicatorRow {
  /** Line of the row's target figure (of its name when it has none). */
  line: number;
  name: string;
  target: string | null;
  unit: string | null;
}

export interface IndicatorLines {
  rows: IndicatorRow[];
  /** Index in the blocks of the first block after the table. */
  next: number;
}

/** A header's cells come one per line: at most this many. */
const MAX_HEADER = 8;
/** The table ends after this many lines in a row without a figure (prose after it). */
const MAX_WITHOUT_FIGURE = 5;
/** A cell is short; a line with a full stop or longer than this is prose. */
const MAX_CELL = 40;

/** An owner cell: the names of units ("区发改局区统计局", "区金融办"). */
const OWNER = /^[\u4e00-\u9fa5、，,（）()\s]{2,40}$/;
const OWNER_END = /(局|委|办|中心|政府|公司|集团|委员会|部|室|院|队|站|行|会|处|科|馆|厅|团|所|街道|乡镇|各县区|各区县|管委会)$/;

const isFigure = (text: string) => targetOfCell(text, null) !== null;
/** The number some tables write inside a name's cell ("3、四大重点培育产业占区级税收"). */
export const ROW_NUMBER = /^\d{1,3}[、.．]\s*/;
/** A name numbered inside its cell: it starts a row. */
const NUMBERED = new RegExp(`${ROW_NUMBER.source}[\u4e00-\u9fa5]`);
/** Words of a target or a result, not of a name's second line ("与市保持同步" is a target cell). */
const NOT_NAME = /(保持|同步|持平|完成|确保|力争|控制|达到|提升|提高|下降|降低|增长|不低于|不超过|以上|以内|任务|目标)/;
const isOwner = (text: string) => OWNER.test(text) && OWNER_END.test(text.replace(/[\s（）()]/g, ''));
const isUnit = (text: string) => {
  const t = text.replace(/[\s\u3000]+/g, '');
  if (t === '%' || t === '％' || t === '‰') return true;
  const u = matchUnit(t, 0);
  return u !== null && u.length === t.length;
};

function paragraphAt(blocks: readonly Block[], i: number): ParagraphBlock | null {
  const b = blocks[i];
  return b !== undefined && b.kind === 'paragraph' ? b : null;
}

/** The header that starts at blocks[start] (its columns and the index after it), or null. */
function headerAt(blocks: readonly Block[], start: number): { columns: IndicatorRole[]; next: number } | null {
  const cells: string[] = [];
  let i = start;
  while (cells.length < MAX_HEADER) {
    const p = paragraphAt(blocks, i);
    if (p === null || indicatorRole(p.text) === null) break;
    cells.push(p.text);
    i++;
  }
  if (cells.length < 3) return null;
  const columns = indicatorColumns(cells);
  if (columns === null || columns[0] === 'target') return null;
  return { columns: columns.filter((c): c is IndicatorRole => c !== null && c !== 'category'), next: i };
}

/** Whether a cell can fill a column of that role. */
function fits(role: IndicatorRole, text: string): boolean {
  switch (role) {
    case 'score':
      return /^\d+(?:\.\d+)?$/.test(text.trim());
    case 'target':
      return isFigure(text) || (!isOwner(text) && !isUnit(text));
    case 'unit':
      return isUnit(text);
    case 'owner':
      return isOwner(text);
    case 'result':
      // What was done: a figure, or words such as "年度指标" (judged at the year's end).
      return !isOwner(text);
    default:
      return false;
  }
}

/**
 * The indicator table whose header starts at blocks[start], read as far as its rows go, or null
 * when no such header starts there. Cheap to ask at every paragraph: a line that is no header word
 * is refused at once.
 */
export function readIndicatorLines(blocks: readonly Block[], start: number): IndicatorLines | null {
  const first = paragraphAt(blocks, start);
  if (first === null || indicatorRole(first.text) === null) return null;
  const header = headerAt(blocks, start);
  if (header === null) return null;
  const { columns } = header;
  const hasSeq = columns[0] === 'seq';
  const nameAt = columns.indexOf('name');
  const rows: IndicatorRow[] = [];
  interface OpenRow { line: number; name: string; cells: Map<IndicatorRole, string>; pos: number; numbered: boolean; targetLine: number | null; last: IndicatorRole | null }
  const newRow = (line: number, name: string, pos: number): OpenRow =>
    ({ line, name, cells: new Map(), pos, numbered: NUMBERED.test(name.trim()), targetLine: null, last: null });
  let row: OpenRow | null = null;
  let lastSeq = 0;
  let withoutFigure = 0;
  let end = header.next;

  const close = () => {
    if (row !== null && row.cells.size > 0) {
      rows.push({ line: row.targetLine ?? row.line, name: row.name, target: row.cells.get('target') ?? null, unit: row.cells.get('unit') ?? null });
    }
    row = null;
  };
  const open = (p: ParagraphBlock, pos: number) => {
    close();
    row = newRow(p.line, p.text, pos);
  };

  for (let i = header.next; i < blocks.length; i++) {
    const p = paragraphAt(blocks, i);
    if (p === null || p.text.length > MAX_CELL || /[。；;]/.test(p.text)) break;
    const text = p.text.trim();
    const figure = isFigure(text);
    // A line with digits may be half of a broken cell ("10410人内" after "控制在").
    withoutFigure = figure || /\d/.test(text) ? 0 : withoutFigure + 1;
    if (withoutFigure > MAX_WITHOUT_FIGURE) break;
    if (figure) end = i + 1;
    const current = row as OpenRow | null;

    if (hasSeq && /^\d{1,3}$/.test(text) && Number(text) === lastSeq + 1) {
      // 序号 starts a row; its name is the next line.
      lastSeq++;
      close();
      row = newRow(p.line, '', 1);
      continue;
    }
    if (current !== null && current.name === '' && hasSeq) {
      current.name = text;
      current.line = p.line;
      current.pos = nameAt + 1;
      continue;
    }
    if (!hasSeq && !figure && NUMBERED.test(text)) {
      open(p, nameAt + 1);
      continue;
    }
    const following = paragraphAt(blocks, i + 1);
    const beforeFigure = following !== null && isFigure(following.text.trim());
    // A numbered name broken over two lines ("3、四大重点培育产业占区级税收" / "比重") before its target.
    if (current !== null && current.numbered && current.cells.size === 0 && !figure && !isOwner(text) && !isUnit(text) && !NOT_NAME.test(text) && beforeFigure) {
      current.name += text;
      continue;
    }
    // A target cell broken over two lines ("提升4个" / "百分点", "控制在" / "10410人内").
    const target = current?.cells.get('target');
    if (current !== null && current.last === 'target' && target !== undefined && isFigure(target + text) && !(figure && isFigure(target))) {
      current.cells.set('target', target + text);
      if (/\d/.test(text)) current.targetLine = p.line;
      end = i + 1;
      continue;
    }
    // Words followed by a figure start a row: a name comes before its score or target.
    // Not words of a target in a row still without one ("与市保持同步" before the result "9.8%").
    const targetWords = current !== null && current.cells.size === 0 && NOT_NAME.test(text);
    const startsRow = !hasSeq && !figure && !isOwner(text) && !isUnit(text) && beforeFigure && !targetWords;
    if (current === null || startsRow) {
      if (!figure && !hasSeq) open(p, nameAt + 1);
      continue;
    }
    let placed = false;
    for (let c = current.pos; c < columns.length; c++) {
      if (fits(columns[c], text)) {
        current.cells.set(columns[c], text);
        current.pos = c + 1;
        current.last = columns[c];
        if (columns[c] === 'target') current.targetLine = p.line;
        placed = true;
        break;
      }
    }
    if (placed) continue;
    if (isOwner(text) && current.cells.has('owner')) continue; // a second line of owners
    // Words that fit no column left start the next row (a row without its score, a category).
    if (!figure && !hasSeq) open(p, nameAt + 1);
  }
  close();
  const kept = rows.filter((r) => r.target !== null);
  if (kept.length === 0) return null;
  // The table ends with its last figure: the lines after it are read as text again.
  return { rows: kept, next: end };
}
