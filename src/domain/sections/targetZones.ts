/**
 * Which paragraphs of a document can hold targets. Only the plan part of a work report (from its
 * goals sentence or plan heading to the glossary), an action plan's goals and tasks (and those of
 * its attachments), and decomposition tables do; the review of past years is full of results that
 * look like targets ("全年完成地区生产总值325亿元") and notices hold none.
 */
import type { ParagraphBlock } from '../document';
import type { ReadingContext } from '../extract/tense';
import type { DocumentPart } from './splitDocuments';
import type { Block } from '../document';
import { endsArticle, isNumberedItem, opensCompletionReport, zoneSignal } from './headings';
import { roleOf } from '../tables/tableHeader';

/** A header cell is a few words ("序 号", "主要工作任务"): a sentence that mentions 责任单位 is none. */
const MAX_HEADER_CELL = 12;

/** A web page's table kept as text may mark each cell's end with a bar ("序号 |", "责任单位 |"). */
const CELL_BARS = /^[\s|]+|[\s|]+$/g;

/** A line short enough to be one header cell, as its words without bars; null for a sentence, a
 *  bare number (a row's 序号) or anything but a paragraph. */
function shortCell(block: Block | undefined): string | null {
  if (block === undefined || block.kind !== 'paragraph') return null;
  const cell = block.text.replace(CELL_BARS, '').replace(/[\s\u3000]+/g, '');
  return cell === '' || cell.length > MAX_HEADER_CELL || /^\d+$/.test(cell) ? null : cell;
}

function headerCell(block: Block | undefined): ReturnType<typeof roleOf> {
  const cell = shortCell(block);
  return cell === null ? null : roleOf(cell);
}

/** How many lines a decomposition table's header copied one cell per line may span. */
const CELL_HEADER = 8;

/**
 * A decomposition table copied from a web page one cell per line ("序号" / "民生实事" / "责任单位" /
 * "完成时限", then "1" / "新建2座人行天桥。" / "县住建局" …): its header opens a plan part, as a
 * 目标任务 heading does, so that each task's words are read as the task they are. Header cells the
 * import has no use for (建设地点, 项目名称) may stand between the ones it knows.
 */
export function opensCellTable(blocks: readonly Block[], i: number): boolean {
  if (headerCell(blocks[i]) === null || (i > 0 && headerCell(blocks[i - 1]) !== null)) return false;
  // A run of header cells, one per line, with a task column and 序号 or a column of who or when.
  let task = false;
  let other = false;
  let known = 0;
  for (let k = i; k < Math.min(blocks.length, i + CELL_HEADER); k++) {
    const cell = shortCell(blocks[k]);
    if (cell === null) break;
    const r = roleOf(cell);
    if (r === null) continue;
    known++;
    if (r === 'text' || r === 'livelihood') task = true;
    else other = true;
  }
  return known >= 3 && task && other;
}

/**
 * How each block of a part is read (extract/tense.ts), by its index in `part.blocks` (null: not
 * read, or a table), up to the glossary:
 * - `readEverything` (no plan heading anywhere, no table, no notice): every paragraph `neutral`,
 *   those under a review heading `outside`;
 * - otherwise the plan parts are `plan`, and the paragraphs beside them `outside` (only their
 *   planning sentences are read: a news lead before the goals);
 * - after the end of a news article ("(完)", "(责编:…)") `outside`: the page's furniture.
 * One walk, each heading pattern tried once per paragraph.
 */
export function readingContexts(part: DocumentPart, readEverything: boolean): (ReadingContext | null)[] {
  const contexts: (ReadingContext | null)[] = new Array<ReadingContext | null>(part.blocks.length).fill(null);
  let on = readEverything;
  let results = false;
  let pageTail = false;
  let read = 0;
  for (let i = 0; i < part.blocks.length; i++) {
    const block = part.blocks[i];
    if (block.kind !== 'paragraph') continue;
    const signal = opensCellTable(part.blocks, i) ? 'on' : zoneSignal(block.text);
    // A glossary ends a text; the same words before any sentence ("扫一扫" / "下载客户端" of a news
    // app's banner) are the page's head.
    if (signal === 'end' && read > 0) break;
    if (/[。；;！？]/.test(block.text)) read++;
    if (signal === 'on') on = true;
    else if (signal === 'off') on = false;
    // After a news article's end (…(完)) come the page's links and counters: only a sentence that
    // plans is read there, unless a plan heading opens a new part.
    if (pageTail && signal !== 'on') {
      contexts[i] = 'outside';
      continue;
    }
    if (endsArticle(block.text)) pageTail = true;
    // After a review heading only the sentences that plan are read: a line that mentions a review
    // ("会议回顾了过去一年的工作") does not silence the plan that follows it.
    if (readEverything) contexts[i] = on ? 'neutral' : 'outside';
    else contexts[i] = on ? 'plan' : 'outside';
    // In a completion report the numbered titles state the targets; what is under them, results.
    if (results && !isNumberedItem(block.text)) contexts[i] = 'outside';
    if (opensCompletionReport(block.text)) results = true;
  }
  return contexts;
}

/** The paragraphs of `part` inside a target-bearing part, in order. */
export function targetParagraphs(part: DocumentPart): ParagraphBlock[] {
  const contexts = readingContexts(part, false);
  return part.blocks.filter((b, i): b is ParagraphBlock => contexts[i] === 'plan');
}

/** Whether any paragraph of the part opens a target-bearing part. */
export function hasTargetZone(part: DocumentPart): boolean {
  return part.blocks.some((b, i) => b.kind === 'paragraph' && (zoneSignal(b.text) === 'on' || opensCellTable(part.blocks, i)));
}
