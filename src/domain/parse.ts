/**
 * The parse entry point: a SourceDocument (or plain text) → tasks, indicators, qualitative targets
 * and diagnostics for the clerk. The same code serves the add-in and the CLI.
 *
 * Where targets are looked for: rows of decomposition tables (every task text), and the
 * target-bearing parts of reports and plans (sections/targetZones.ts). Sentence-level extraction
 * is extract/extractTargets.ts.
 */
import { planYear } from './sections/planYear';
import { mapText, type ParagraphBlock, type SourceDocument, type TableBlock } from './document';
import type { Diagnostic, Indicator, ParseResult, Qualitative, Task } from './model';
import type { ExtractedIndicator, ExtractedQualitative, RefusedFigure } from './extract/types';
import { tenseOf, type ReadingContext } from './extract/tense';
import { extractTargets, type TenseFlow } from './extract/extractTargets';
import { textToDocument } from './text/textToDocument';
import { dropReadings } from './text/readings';
import { lineAt, PassageBuilder, type Passage } from './text/passages';
import { splitDocuments } from './sections/splitDocuments';
import { hasTargetZone, readingContexts } from './sections/targetZones';
import { DOCUMENT_NUMBER, isNumberedItem, opensLivelihoodList, reportsProgress, itemHead, opensProgressBars, taskCellOf, opensProgressColumns, taskOfSpacedRow, opensProgressNote, closesProgressNote, opensTargetNote, isLinkLine } from './sections/headings';
import { livelihoodParagraphs } from './sections/livelihoodSections';
import { classifyTable } from './tables/classifyTable';
import { tableToTasks } from './tables/tableToTasks';
import { livelihoodSeqs } from './tables/livelihoodNote';
import { indicatorIds } from './ids';
import { foldedDocument, restoreWritten } from './text/foldDocument';
import { readIndicatorLines, type IndicatorRow } from './text/indicatorLines';
import { indicatorOfRow, relativeOfRow } from './tables/indicatorRows';

export type Extractor = (
  text: string,
  context: ReadingContext,
  planYear: number | null,
  flow?: TenseFlow,
) => { indicators: ExtractedIndicator[]; qualitative: ExtractedQualitative[]; refused?: RefusedFigure[] };


/** Words that only a text that looks ahead uses somewhere; with 今年, a text that plans. */
const AHEAD_WORD = /明年|新的一年|蓝图|将|力争|确保|目标|预期|计划|拟|争取|努力|实事|民生工程|民生项目|年内|部署|安排|要求|提出|分解|牵头|责任单位|完成时限|时间节点/;
const PLAN_WORD = new RegExp(`今年|${AHEAD_WORD.source}`);
/** A year told of ("2024年，…"), not a deadline or a span (到2025年, 2025年底前, 2018年以来). */
const namesYear = (text: string) => /(?<![到至比较])20\d\d\s*年(?!以来|底前|前|[—–~-])/.test(text);

export function parseText(text: string, name: string, extract: Extractor = extractTargets): ParseResult {
  return parseDocument(textToDocument(text, name), extract);
}

export function parseDocument(source: SourceDocument, extract: Extractor = extractTargets): ParseResult {
  // Readings in pinyin after characters hide the words every step looks for (text/readings.ts).
  const doc = mapText(source, dropReadings);
  // Traditional characters (a Big5 text from Taiwan, Hong Kong or Macau) are folded for matching;
  // what the clerk sees is taken back to how the document wrote it.
  const traditional = foldedDocument(doc);
  // The year the document plans: a sentence about an earlier year reports results (extract/tense.ts).
  const year = planYear(traditional === null ? doc.blocks : traditional.folded.blocks);
  const result = traditional === null ? parseSimplified(doc, extract, year) : restoreWritten(parseSimplified(traditional.folded, extract, year), traditional);
  return { ...result, planYear: year };
}

function parseSimplified(doc: SourceDocument, extract: Extractor, year: number | null): ParseResult {
  const parts = splitDocuments(doc.blocks);
  const diagnostics: Diagnostic[] = [];
  const tasks: Task[] = [];
  const drafts: Indicator[] = [];
  /** Why the extraction of an indicator is unsure, for the few that are. */
  const uncertainOf = new Map<Indicator, string>();
  const qualitative: Qualitative[] = [];
  const usedSeqs = new Set<string>();
  let tableCount = 0;

  const noZoneAnywhere = !parts.some(hasTargetZone);
  const anyTargetTable = doc.blocks.some((b) => b.kind === 'table' && classifyTable(b).kind !== 'other');
  const isNotice = doc.blocks.some((b) => b.kind === 'paragraph' && DOCUMENT_NUMBER.test(b.text));
  // A few target sentences pasted on their own: no report headings, no table, no notice. A dated
  // text without a single word of a plan (今年, 将, 目标, 力争 …) only reports: a news item of the
  // year's results ("2024年，西藏地区生产总值增长6.3%").
  const paragraphs = doc.blocks.filter((b): b is ParagraphBlock => b.kind === 'paragraph');
  const onlyReports = !paragraphs.some((p) => PLAN_WORD.test(p.text)) && paragraphs.some((p) => namesYear(p.text));
  // A notice that hands down a list of 民生实事 ("赣市府发〔2021〕1号" / "2021年50件民生实事项目安排意见" / "1.…")
  // is read as the list it is.
  const handsDownList = isNotice && paragraphs.some((p) => opensLivelihoodList(p.text));
  const readEverything = noZoneAnywhere && !anyTargetTable && (!isNotice || handsDownList) && !onlyReports;
  const thisYearPlans = !readEverything || paragraphs.some((p) => AHEAD_WORD.test(p.text));
  if (readEverything && doc.blocks.some((b) => b.kind === 'paragraph')) {
    diagnostics.push({
      level: 'info',
      message: `《${doc.name}》中没有“主要预期目标”“工作目标”等标题，也没有目标任务表，已按全文（回顾部分除外）提取目标。`,
    });
  }

  const refuse = (figures: RefusedFigure[] | undefined, lineOf: (offset: number) => number, ref?: string) => {
    for (const f of figures ?? []) {
      const line = lineOf(f.offset);
      const d: Diagnostic = { level: 'warning', message: `第${line}行“${shortQuote(f.quote)}”：${f.reason}，未作为目标导入，请核对原文。`, line };
      if (ref !== undefined) d.ref = ref;
      diagnostics.push(d);
    }
  };

  for (const part of parts) {
    // Where each paragraph is read from (extract/tense.ts): a plan part, a text without headings,
    // or beside a plan part (only sentences that plan, such as a news lead, are read there).
    const contextOf = readingContexts(part, readEverything);
    const underLivelihood = livelihoodParagraphs(part.blocks.filter((b): b is ParagraphBlock => b.kind === 'paragraph'));
    const livelihoodLines = new Set<number>([...underLivelihood].map((p) => p.line));
    const partTables: { table: TableBlock; tasks: Task[]; textLines: Map<string, number> }[] = [];
    const notes: { line: number; seqs: string[] }[] = [];
    // Consecutive paragraphs read the same way are joined into passages as they come (a sentence
    // broken across lines is read whole) and each passage is read as soon as it is closed.
    const passages = new PassageBuilder();
    let runContext: ReadingContext | null = null;
    // The tense a text without headings ended on, for the next passage.
    // A text that never looks ahead (a year-end news item) tells of 今年 as the year it reports on.
    const flow: TenseFlow = { tense: null, thisYearPlans };
    const readPassage = (passage: Passage | null) => {
      if (passage === null || runContext === null) return;
      // A numbered item starts afresh: its title states its own target ("(一)新增养老床位200张").
      // So does an item's number on a line of its own ("1" / "新干县城东学校" / "建设3栋教学楼…").
      if (isNumberedItem(passage.text) || /^\s*\d{1,3}\s*$/.test(passage.text)) flow.tense = null;
      const found = extract(passage.text, runContext, year, flow);
      const livelihood = passage.segments.some((s) => livelihoodLines.has(s.line));
      // A bare figure with no word around it (a progress cell "96.64% |" on a line of its own) is no target a
      // clerk could track; one stated with its verb ("增长8%以上") is kept and flagged for its name.
      for (const ind of found.indicators) if (ind.name.trim() !== '' || /[\u4e00-\u9fa5]/.test(ind.quote)) drafts.push(draftOf(ind, null, lineAt(passage, ind.offset), livelihood, uncertainOf));
      for (const q of found.qualitative) qualitative.push({ task: null, line: lineAt(passage, q.offset), quote: q.quote, name: q.name, type: q.type });
      refuse(found.refused, (offset) => lineAt(passage, offset));
    };
    const flushRun = () => {
      readPassage(passages.finish());
      runContext = null;
    };

    // An indicator table's rows (one cell per line, or a table of the source) are targets as they stand.
    const readRows = (rows: IndicatorRow[]) => {
      for (const row of rows) {
        const ind = indicatorOfRow(row);
        if (ind) drafts.push(draftOf({ ...ind, offset: 0 }, null, ind.line, false, uncertainOf));
        const relative = ind ? null : relativeOfRow(row);
        if (relative) qualitative.push({ task: null, ...relative, type: 'relative' });
      }
    };

    let livelihoodList = false;
    let progressBars = false;
    let progressColumns = false;
    let progressReport = false;
    let progressNote = false;
    for (let b = 0; b < part.blocks.length; b++) {
      let block = part.blocks[b];
      if (block.kind === 'paragraph') {
        // "目前进度：…" and the lines after it, up to the next "目标任务：" or item, report results.
        if (opensProgressNote(block.text)) progressNote = true;
        else if (closesProgressNote(block.text)) progressNote = false;
        if (progressNote || isLinkLine(block.text)) {
          flushRun();
          continue;
        }
        const lines = readIndicatorLines(part.blocks, b);
        if (lines) {
          flushRun();
          readRows(lines.rows);
          b = lines.next - 1;
          continue;
        }
        const seqs = livelihoodSeqs(block.text);
        if (seqs) notes.push({ line: block.line, seqs });
        if (opensLivelihoodList(block.text)) livelihoodList = true;
        // A row's task restates a target of the year, whatever the title says of the table (…一季度完成情况).
        let rowTask = false;
        // A progress table kept as text, a row per line with bars ("序号 | 项目内容 | 进展情况 | 责任单位 |"):
        // only each row's task cell states a target; the progress cells report results.
        if (opensProgressBars(block.text)) progressBars = true;
        else if (progressBars && block.text.includes('|')) {
          const task = taskCellOf(block.text);
          if (task === null) continue;
          block = { ...block, text: task };
          rowTask = true;
        }
        // The same table with its cells set apart by spaces: only each numbered row's task is read; the
        // lines of units and progress between the rows are not (headings are kept, they hold no figure).
        if (opensProgressColumns(block.text)) {
          progressColumns = true;
          continue;
        }
        if (progressColumns && !isNumberedItem(block.text)) {
          const task = taskOfSpacedRow(block.text);
          if (task === null) continue;
          block = { ...block, text: task };
          rowTask = true;
        }
        if (reportsProgress(block.text)) progressReport = true;
        else if (contextOf[b] === 'plan') progressReport = false;
        // A progress report restates each target at the head of its item before the results
        // ("1.引进…项目不少于3个；…。上半年，引进…"): the head is read as a plan's, the rest as it stands.
        const head = progressReport && isNumberedItem(block.text) ? itemHead(block.text) : null;
        if (head !== null && !/review/.test(tenseOf(head, year))) {
          flushRun();
          runContext = 'plan';
          readPassage(passages.add({ ...block, text: head }));
          flushRun();
        }
        let context = contextOf[b];
        // A progress table's task cell restates the plan; so does a target label's paragraph ("【目标任务】…"),
        // whatever the results before it told.
        if (rowTask || opensTargetNote(block.text)) context = 'plan';
        // Under the title of a list of livelihood projects to do, a text without plan headings plans
        // ("学校食堂“明厨亮灶”覆盖率达到100%" is a project's target, not news of a result).
        else if (context === 'neutral' && livelihoodList) context = 'plan';
        // Under a progress report's title, a text without plan headings reports: only what plans is read
        // ("2025年1-6月…项目进展情况" / "关心关爱方面，2个社区助餐点已运营…").
        else if (context === 'neutral' && progressReport && head === null) context = 'outside';
        if (context !== runContext) flushRun();
        if (context !== null) {
          runContext = context;
          readPassage(passages.add(block));
        }
        continue;
      }
      flushRun();
      tableCount++;
      const line = block.rowLines[0] ?? 0;
      const kind = classifyTable(block);
      if (kind.kind === 'other') {
        diagnostics.push({
          level: 'info',
          message: `第${line}行的表格（${kind.header.slice(0, 4).join('、')}…）不是目标任务表，未导入。`,
          line,
        });
        continue;
      }
      if (kind.kind === 'indicators') {
        readRows(kind.rows);
        continue;
      }
      if (kind.kind === 'unreadable') {
        diagnostics.push({
          level: 'error',
          message: `第${line}行的表格没有可识别的表头（需要“目标任务/工作任务/重点任务”等任务列，以及“序号”或“责任单位”“完成时限”等列）`,
          line,
        });
        continue;
      }
      const read = tableToTasks(block, kind.layout);
      diagnostics.push(...read.diagnostics);
      const prefix = read.tasks.some((t) => usedSeqs.has(t.seq)) ? `表${tableCount}-` : '';
      if (prefix) {
        diagnostics.push({
          level: 'warning',
          message: `第${line}行的表格与前面的表格序号重复，其序号已加前缀“${prefix}”。`,
          line,
        });
      }
      const accepted: Task[] = [];
      for (const t of read.tasks) {
        t.seq = prefix + t.seq;
        if (usedSeqs.has(t.seq)) {
          diagnostics.push({ level: 'warning', message: `第${t.line}行：序号${t.seq}重复，已跳过此行，请核对。`, line: t.line, ref: t.seq });
          continue;
        }
        usedSeqs.add(t.seq);
        accepted.push(t);
      }
      partTables.push({ table: block, tasks: accepted, textLines: read.textLines });
    }
    flushRun();

    applyLivelihoodNotes(notes, partTables, diagnostics);
    for (const { tasks: tableTasks, textLines } of partTables) {
      for (const task of tableTasks) {
        tasks.push(task);
        const found = extract(task.text, 'plan', year);
        const line = textLines.get(task.seq) ?? task.line;
        for (const ind of found.indicators) drafts.push(draftOf(ind, task.seq, line, task.livelihood, uncertainOf));
        for (const q of found.qualitative) qualitative.push({ task: task.seq, line, quote: q.quote, name: q.name, type: q.type });
        refuse(found.refused, () => line, task.seq);
      }
    }
  }

  // The drafts become the indicators in place (one object each, however many a document holds).
  const indicators = orderByDocument(drafts);
  const ids = indicatorIds(indicators);
  indicators.forEach((ind, i) => {
    ind.id = ids[i];
    const uncertain = uncertainOf.get(ind);
    if (uncertain) {
      diagnostics.push({ level: 'warning', message: `第${ind.line}行“${shortQuote(ind.quote)}”：${uncertain}`, line: ind.line, ref: ids[i] });
    }
  });
  const orderedQualitative = orderByDocument(qualitative);

  if (tasks.length === 0 && indicators.length === 0 && orderedQualitative.length === 0) {
    // Not an error: a review or a notice is a document without targets, and says so.
    diagnostics.push({
      level: 'warning',
      message: `未在《${doc.name}》中找到目标任务：没有可识别的目标任务表（需要“目标任务/工作任务/重点任务”等任务列，以及“序号”或“责任单位”“完成时限”等列），也没有“主要预期目标”“工作目标”等部分中的目标。`,
    });
  }
  return { tasks, indicators, qualitative: orderedQualitative, diagnostics };
}

/** An indicator before its key is known (`id` is set once all are in document order). */
function draftOf(ind: ExtractedIndicator, task: string | null, line: number, livelihood: boolean, uncertainOf: Map<Indicator, string>): Indicator {
  const draft: Indicator = {
    id: '',
    task,
    line,
    quote: ind.quote,
    name: ind.name,
    kind: ind.kind,
    target: ind.target,
    max: ind.max,
    unit: ind.unit,
    cmp: ind.cmp,
    livelihood,
  };
  if (ind.uncertain) uncertainOf.set(draft, ind.uncertain);
  return draft;
}

/** Document order by line; a stable sort keeps reading order within a line or a task. */
function orderByDocument<T extends { line: number }>(items: T[]): T[] {
  // Usually already in order (paragraphs, then a part's tables): a check instead of a sort.
  let sorted = true;
  for (let i = 1; i < items.length && sorted; i++) sorted = items[i - 1].line <= items[i].line;
  if (sorted) return items;
  return items
    .map((item, i) => ({ item, i }))
    .sort((a, b) => a.item.line - b.item.line || a.i - b.i)
    .map((x) => x.item);
}

/** Marks the tasks a 民生实事 note names, in the target table just before the note (or, when the
 *  note comes first, the one after it). */
function applyLivelihoodNotes(
  notes: { line: number; seqs: string[] }[],
  tables: { table: TableBlock; tasks: Task[] }[],
  diagnostics: Diagnostic[],
): void {
  if (tables.length === 0) return;
  for (const note of notes) {
    const before = tables.filter((t) => (t.table.rowLines[0] ?? 0) < note.line);
    const target = before.length > 0 ? before[before.length - 1] : tables[0];
    for (const seq of note.seqs) {
      const task = target.tasks.find((t) => t.seq === seq || t.seq.endsWith(`-${seq}`));
      if (task) task.livelihood = true;
      else diagnostics.push({ level: 'warning', message: `第${note.line}行的注释提到第${seq}项为民生实事，但表中没有序号${seq}。`, line: note.line });
    }
  }
}

/** A quote short enough for a message: a 100,000-digit figure is shown by its start and length. */
function shortQuote(quote: string): string {
  return quote.length <= 40 ? quote : `${quote.slice(0, 30)}…（共${quote.length}个字符）`;
}
