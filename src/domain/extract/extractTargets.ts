import { cleanText, originalSpan } from './cleanText';
import { splitClauses, type Clause } from './clauses';
import { findFigures, type Figure } from './figures';
import { indicatorsOfClause, type Carry, type RawIndicator } from './indicators';
import { trimLeading } from './names';
import { isDatedOnly } from './milestones';
import { qualitativeOfClause } from './qualitative';
import { rankingOfClause } from './ranking';
import { protectedMask, type Mask } from './spans';
import { isCountUnit } from './units';
import { inherit, isMixed, looksAhead, sentenceIsRead, tenseOf, type ReadingContext, type Tense } from './tense';
import type { ExtractedIndicator, ExtractedQualitative, ExtractedTargets, RefusedFigure } from './types';

export type { ExtractedIndicator, ExtractedQualitative, ExtractedTargets } from './types';

/**
 * The tense the text before a passage ended on, carried from one passage to the next of a text
 * without headings: "过去一年，…（results）。" then, on the next line, "新建高标准农田377.2万亩。" is a
 * result too, as it would be in one paragraph (tense.ts, `inherit`).
 */
export interface TenseFlow {
  tense: Tense | null;
  /** False for a text that never looks ahead (no 将, 目标, 力争 … anywhere): its 今年 is the year
   *  it reports on, as in a year-end news item ("今年，…有望达到3170元，…今年又有57800户…"). */
  thisYearPlans?: boolean;
}

/**
 * The targets stated in one paragraph or one task cell. The caller says where the text stands
 * (`context`, tense.ts): each sentence is then read or not by its own words, so that results of
 * the past year are not imported (`planYear`, the year the document plans, makes a sentence about an
 * earlier year a review). Numbers that name, qualify or date something are left alone
 * (“1+2+N”, 引进50亿元以上项目1个 → 1 个, 总投资356.8亿元的…, 2024年, 第一, 6月底前).
 */
export function extractTargets(
  text: string,
  context: ReadingContext = 'plan',
  planYear: number | null = null,
  flow?: TenseFlow,
): ExtractedTargets {
  const clean = cleanText(text);
  const t = clean.text;
  const mask = protectedMask(t);
  const figures = findFigures(t).filter((f) => !mask[f.start]);
  const clauses = splitClauses(t, mask);
  const indicators: ExtractedIndicator[] = [];
  const qualitative: ExtractedQualitative[] = [];
  const refused: RefusedFigure[] = [];
  /** Targets kept so far, by figure: a target restated in a later sentence is one. */
  const kept = new Map<string, { sentence: number; name: string }[]>();
  const carry: Carry = { verb: null };
  let tensePeriod = -1;
  let tense: Tense | null = null;
  let previousTense: Tense | null = context === 'neutral' ? flow?.tense ?? null : null;
  const thisYearPlans = flow?.thisYearPlans ?? true;
  let mixed = false;
  let clauseTense: Tense | null = null;
  /** Whether the current period holds a figure. */
  let periodFigures = false;
  /** Whether the current period looks ahead (将, 要, 年内 …): it leaves its own tense, figures or not. */
  let periodAhead = false;
  /** The sentence asks ("…今年如何落子布局，确保既定“KPI”高质量完成？"): a question sets no target. */
  let question = false;
  let sentence = -1;
  /** The period breaks a list down ("从项目领域看，…"). */
  let breakdown = false;
  let previous: Clause | null = null;
  let nextFigure = 0;
  /** The title of the item being read, for a milestone told by its date alone. */
  let title: string | null = null;
  for (const clause of clauses) {
    // The clause's figures: figures are in text order, so one pointer walks them all once.
    while (nextFigure < figures.length && figures[nextFigure].start < clause.start) nextFigure++;
    const own: Figure[] = [];
    for (let k = nextFigure; k < figures.length && figures[k].start < clause.end; k++) {
      if (figures[k].end <= clause.end) own.push(figures[k]);
    }
    if (clause.sentenceStart !== sentence) {
      sentence = clause.sentenceStart;
      carry.verb = null;
      carry.subject = null;
      carry.name = null;
      carry.before = null;
      previous = null;
    }
    // Clauses come in order, so the tense of the sentence is worked out once, at its first clause;
    // a sentence that reports and plans is read clause by clause.
    if (clause.periodStart !== tensePeriod) {
      tensePeriod = clause.periodStart;
      carry.existing = false;
      breakdown = false;
      // A question ("这10个项目是什么？") asks about what follows: it leaves no tense to it.
      previousTense = question ? null : carriedTense(tense, periodFigures || periodAhead, previousTense);
      periodFigures = false;
      const words = unmasked(t, mask, clause.periodStart, clause.periodEnd);
      periodAhead = looksAhead(words);
      mixed = isMixed(words, planYear, thisYearPlans);
      // A question mark after a question word: a "?" alone is often a character the copying lost ("???、儋州").
      question = (t[clause.periodEnd] === '？' || t[clause.periodEnd] === '?') && QUESTION_WORD.test(words);
      clauseTense = null;
      tense = inherit(tenseOf(words, planYear, thisYearPlans), previousTense, context, words);
    }
    if (own.length > 0) periodFigures = true;
    if (mixed) {
      const own = tenseOf(unmasked(t, mask, clause.start, clause.end), planYear, thisYearPlans);
      // The words of results after a clause that reports ("2006年，全县实现生产总值50.7亿元，…；而2007年…预期
      // 目标为：…") go on reporting, as whole sentences do (tense.ts `inherit`).
      clauseTense = own === 'neutral' ? (clauseTense ?? own) : own === 'weak-review' && clauseTense === 'review' ? 'review' : own;
    } else clauseTense = tense;
    if (question || !sentenceIsRead(clauseTense ?? 'neutral', context)) {
      previous = clause;
      continue;
    }
    const readable = own.filter((f) => {
      if (!f.refused) return true;
      const span = originalSpan(text, clean, f.start, f.end);
      refused.push({ quote: span.quote, offset: span.offset, reason: f.refused });
      return false;
    });
    // "从投资性质看，政府投资项目54个，年度计划投资45.3亿元；…": the counts after it break a list down, they
    // are no targets (the money each part plans is).
    if (BREAKDOWN.test(t.slice(clause.start, clause.end))) breakdown = true;
    const raws = indicatorsOfClause(t, clause, readable, carry).filter((r) => !breakdown || !isCountUnit(r.unit));
    if (readable.length === 0) raws.push(...rankingOfClause(t, clause));
    for (const r of raws) {
      // A target restated in a later sentence of the same paragraph is one target.
      const key = measureKey(r);
      const same = kept.get(key) ?? kept.set(key, []).get(key)!;
      if (restated(same, sentence, r.name)) continue;
      same.push({ sentence, name: r.name });
      const span = originalSpan(text, clean, r.quoteStart, r.quoteEnd);
      const ind: ExtractedIndicator = {
        quote: span.quote, name: r.name, kind: r.kind, target: r.target, max: r.max, unit: r.unit, cmp: r.cmp,
        offset: span.offset,
      };
      if (r.uncertain) ind.uncertain = r.uncertain;
      indicators.push(ind);
    }
    if (raws.length === 0) carry.before = { text: t, start: clause.start, end: clause.end };
    if (!isItemTitle(t, clause)) {
      for (const q of qualitativeOfClause(t, clause, raws.length > 0 || own.length > readable.length, mask, previous)) {
        const span = originalSpan(text, clean, q.quoteStart, q.quoteEnd);
        // "预计6月上旬全部开工": the work is the one the item's title names ("建设农村饮水工程。").
        const datedOnly = q.type === 'milestone' && isDatedOnly(q.name);
        // Alone, as a table's deadline cell ("9月投入使用"), the date is a deadline, not a milestone.
        if (datedOnly && clause.start === clause.periodStart && clause.end === clause.periodEnd) continue;
        const name = datedOnly && title !== null ? title + q.name : q.name;
        qualitative.push({ quote: span.quote, name, type: q.type, offset: span.offset });
      }
    }
    // A short first sentence is the title of what follows ("建设农村饮水工程。", "老旧小区及外立面改造。").
    if (title === null && clause.start === clause.periodStart && clause.end === clause.periodEnd && clause.end - clause.start <= 20 && own.length === 0) {
      title = t.slice(clause.start, clause.end).replace(/[。.！!]$/, '').replace(/^(?:建设|实施|推进|开展|加快)/, '');
    }
    previous = clause;
  }
  if (flow !== undefined) flow.tense = context === 'neutral' && !question ? carriedTense(tense, periodFigures || periodAhead, previousTense) : null;
  return { indicators, qualitative, refused };
}

/** The opening of a list's breakdown: "从投资性质看", "从项目领域来看". */
const BREAKDOWN = /^\s*从[\u4e00-\u9fa5]{2,8}(?:来)?看$/;

/** The words that ask: 什么, 哪些, 如何, 怎样, 多少, 几, 是否, 吗, 呢 …. */
const QUESTION_WORD = /什么|哪|如何|怎么|怎样|为何|为什么|多少|几|吗|呢|是否|何时/;

/** The tense a period leaves for the next: its own, unless it is a line without a figure that does
 *  not report ("新增长动能加快形成", a digest's heading between its results), which leaves the one before. */
function carriedTense(tense: Tense | null, hadFigures: boolean, before: Tense | null): Tense | null {
  if (tense === null) return before;
  return hadFigures || tense === 'review' || tense === 'weak-review' || before === null ? tense : before;
}

/** The words of text[from, to) outside quotes and brackets: “五个确保” names a campaign, it does not
 *  plan anything. */
function unmasked(text: string, mask: Mask, from: number, to: number): string {
  let any = false;
  for (let i = from; i < to && !any; i++) any = mask[i] === 1;
  if (!any) return text.slice(from, to);
  let out = '';
  let run = from;
  for (let i = from; i < to; i++) {
    if (mask[i]) {
      if (i > run) out += text.slice(run, i);
      run = i + 1;
    }
  }
  return out + text.slice(run, to);
}

/**
 * Targets with the same figure, to compare by what they measure: a target restated in a later
 * sentence ("5.完成2所…建设。2024年计划完成2所…建设") is one, but two targets with the same figure
 * ("签约亿元以上项目50个；新开工亿元以上产业项目50个") are two (`sameThing`).
 */
function measureKey(r: RawIndicator): string {
  return `${r.target}|${r.max}|${r.unit}|${r.kind}`;
}

/** How many earlier targets with the same figure a new one is compared with: a restatement stands
 *  near what it restates, and a text of any length stays linear (100,000 "新增项目5个" compare with
 *  the last few, not with each other). */
const RESTATEMENT_WINDOW = 16;

function restated(same: { sentence: number; name: string }[], sentence: number, name: string): boolean {
  for (let k = same.length - 1; k >= 0 && k >= same.length - RESTATEMENT_WINDOW; k--) {
    if (same[k].sentence !== sentence && sameThing(same[k].name, name)) return true;
  }
  return false;
}

/** Two names of the same figure name one thing when they share a run of four characters and
 *  what comes before that run, and what comes after it, do not differ on both sides ("建设高标准农田" /
 *  "高标准农田建设任务目标" are one; "签约亿元以上项目" / "新开工亿元以上产业项目" are two, and so
 *  are "亿元以上项目签约" / "亿元以上项目开复工建设"). */
function sameThing(a: string, b: string): boolean {
  if (a === b) return true;
  for (let i = 0; i + 4 <= a.length; i++) {
    const at = b.indexOf(a.slice(i, i + 4));
    if (at < 0) continue;
    let n = 4;
    while (i + n < a.length && at + n < b.length && a[i + n] === b[at + n]) n++;
    const agree = (x: string, y: string) => x === '' || y === '' || x === y;
    return agree(trimLeading(a.slice(0, i)), trimLeading(b.slice(0, at))) && agree(a.slice(i + n), b.slice(at + n));
  }
  return false;
}

/** The short title of a numbered item whose content, in the same paragraph, starts with the same
 *  words ("1。开通运营地铁线路。开通运营地铁8号环线…"): it repeats the item and is not read apart.
 *  A title that is the whole item ("1.完成云溪小学改扩建。（区教体局牵头）") is read. */
function isItemTitle(text: string, clause: Clause): boolean {
  if (clause.start !== clause.periodStart || clause.end !== clause.periodEnd) return false;
  const words = text.slice(clause.start, clause.end).replace(/^\s*(\d{1,2}[.。．、]|[（(][一二三四五六七八九十\d]{1,3}[）)])/, '');
  if (words.length > 14 || words.length < 4) return false;
  return text.startsWith(words.slice(0, 4), clause.end + 1);
}
