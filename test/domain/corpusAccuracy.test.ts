/**
 * Extraction accuracy on real documents from other provinces (test/fixtures/corpus: 428 excerpts of
 * work reports, 民生实事 lists, 责任分解 and reviews from 31 provinces, labelled by reading before
 * the parser ran on them). Strict matches as in accuracy/scoring.ts. The held-out part was not
 * looked at while the rules were tuned; its thresholds sit a little under the figures it reached
 * when it was measured at the end. Figures are printed per set, per document class and per
 * document, with every miss and extra — except for heldout2, kept unseen: only its figures per
 * class and overall are printed, so that nobody tunes on its documents (a document whose failures
 * someone looks at moves to dev/). heldout3, measured blind once, is a development set since.
 *
 * `CORPUS_SPLIT=dev npx jest test/domain/corpusAccuracy.test.ts` measures the development part only.
 */
import { readFileSync, readdirSync } from 'fs';
import { join } from 'path';
import { parseText } from '../../src/domain/parse';
import { add, emptyScore, figures, formatTable, row, score, type Labels, type Score } from './accuracy/scoring';

const CORPUS = join(__dirname, '../fixtures/corpus');
const SPLITS = (process.env.CORPUS_SPLIT ?? 'dev,heldout,heldout2,heldout3,heldout4,heldout5,heldout6,heldout7,heldout8,heldout9,heldout10,heldout11,heldout12,heldout13,heldout14,heldout15,heldout16,heldout17,heldout18,heldout19,heldout20,heldout21,heldout22,heldout23,heldout24,heldout25,heldout26,heldout27,heldout28,heldout29,heldout30,heldout31,heldout32,heldout33,heldout34,heldout35,heldout36').split(',');

interface CorpusLabels extends Labels { text: string; split: string; class: string; source: { province: string } }

function documents(split: string): CorpusLabels[] {
  const dir = join(CORPUS, split);
  return readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as CorpusLabels);
}

/**
 * Thresholds, a little under what each set reached (README "Extraction accuracy"). heldout's sit
 * under its blind measure (strict F1 0.929, indicator precision 0.885, recall 0.979); the fixes made
 * after that measure are not credited. heldout2 was measured blind once at strict F1 0.633; its
 * floors sit under what its 12 documents that were never looked at one by one reach (0.816).
 * heldout3 was measured blind once at strict F1 0.777 (17 documents; 0.824 on the 16 never looked
 * at). It is no longer unseen: its misses and extras were looked at and fixed with general rules
 * (extract4), and its floors sit a little under what it reaches since (strict F1 0.978, indicator
 * precision 0.982, recall 0.982) — a development figure, not a measure of unseen documents.
 * heldout2 stays unseen: its floor rose only with its totals (0.825 after extract4).
 * heldout4 (18 documents labelled by another engineer who never ran the parser) was measured blind,
 * totals only, at strict F1 0.800 before and after round 4 (indicator P 0.845, R 0.769). Round 5 then
 * opened it as a development set: its floors sit a little under what it reaches since.
 * heldout5 (20 documents, 15 provinces, labelled the same way) was measured blind, totals only, at
 * strict F1 0.747 (indicator P 0.673, R 0.827) with round 6's first rules, 0.768 without them; round 6
 * then opened it as a development set, and its floors sit a little under what it reaches since.
 * heldout6 (20 documents, 15 provinces, labelled the same way) was measured blind, totals only, after
 * round 6: strict F1 0.870 (indicator P 0.904, R 0.939; qualitative recall 0.364), 0.849 with the
 * parser as it was before round 6. Round 7 then opened it as a development set (0.974 since); its
 * floors sit a little under that.
 * heldout7 (19 documents, 15 provinces) was measured blind, totals only, after round 7: strict F1
 * 0.832 (indicator P 0.781, R 0.898); 0.830 after round 6 and 0.829 before it. Its floors sit under
 * that blind measure. Round 8 then opened it (0.907 since).
 * heldout8 (14 documents, 12 provinces) was measured blind, totals only, after round 8's first rules:
 * strict F1 0.657 (indicator P 0.750, R 0.582); 0.609 before round 6. Then opened as a development
 * set: dropping readings in pinyin from the whole document (not only inside a sentence) took it to
 * 0.761; its floors sit a little under that.
 * heldout9 (18 documents, 9 provinces) and heldout10 (16 documents, 10 provinces), labelled the same
 * way, were measured blind, totals only, after round 9: strict F1 0.735 (indicator P 0.718, R 0.800)
 * and 0.692 (P 0.644, R 0.774); the same with the parser as it was before round 9. heldout10 was then
 * opened as round 10's development set (its floors sit a little under what it reaches since);
 * heldout9 stays unseen, its floors under its blind measure, to measure round 10 once more at the end.
 * heldout11 (19 documents, 10 provinces) was measured blind, totals only, after round 10: strict F1
 * 0.883 (indicator P 0.857, R 0.936), against 0.902 after round 9 — round 10 had cost it 0.019 (a
 * "增长目标" reached in a review read as a plan). Round 11 opened it as a development set.
 * heldout12 (16 documents, 9 provinces) was measured blind, totals only, after round 11: strict F1
 * 0.571 (indicator P 0.550, R 0.655), 0.719 once names compare in simplified characters (scoring.ts
 * `norm`; its labeller wrote traditional texts' names in simplified ones). Round 12 opened it.
 * heldout9, unseen since its blind measure, measured once more after round 12: 0.738 (P 0.724, R 0.800).
 * heldout13 (14 documents, 11 provinces) was measured blind, totals only, after round 12: strict F1
 * 0.808 (indicator P 0.809, R 0.873; 0.800 with the parser at the start of round 9); it stays unseen,
 * its floors under that measure.
 * heldout14 (15 documents, 10 provinces) and heldout15 (17 documents, 12 provinces), labelled the same
 * way, were measured blind, totals only, at the start of round 13 (90f67a9): strict F1 0.861 (indicator
 * P 0.887, R 0.887) and 0.843 (P 0.783, R 0.918; its reviews imported five figures). Round 13 opened
 * heldout14 (0.993 since; its floors sit a little under that); heldout15 stays unseen, its floors under
 * its blind measure (0.843 after round 13 too).
 * heldout16 (18 documents, 12 provinces) and heldout17 (16 documents, 10 provinces) came next. heldout17
 * was measured blind, totals only, after round 13: 0.752 (the same at 90f67a9); round 14 opened it
 * (0.917 since). heldout16 was measured blind, totals only, during round 14: 0.738 (P 0.667, R 0.773;
 * 0.704 at 90f67a9; its documents without targets imported 14 figures both times); it stays unseen.
 * heldout18 (14 documents, 10 provinces) was measured blind, totals only, after round 14: 0.849 (the same
 * at 90f67a9); round 15 opened it (0.936 since).
 * heldout19 (11 documents, 7 provinces), heldout20 (12, 7) and heldout21 (15, 9) were measured blind,
 * totals only, at the start of round 16 (d7ef480; the same with round 16's first rules): 0.824, 0.745 and
 * 0.682. Round 16 opened heldout19 and heldout21 (0.938 and 0.880 since); heldout20 stays unseen, its
 * floors under its measure after round 16 (0.783; its documents without targets import 2 figures, as at
 * the start). heldout22 (8 documents, 6 provinces) and heldout23 (14, 8) were measured blind during round
 * 16: 0.927 and 0.646 (0.927 and 0.635 at d7ef480; 4 and 13 figures from their documents without targets).
 * Round 16 cost heldout13's goals some recall (0.803, from 0.821; its recall floor was lowered to 0.84 for
 * that commit); round 17 gave it back (0.821, indicator recall 0.889) and the floor is 0.86 again. Its
 * documents were not looked at.
 * Round 17 opened heldout23 (0.913 since).
 * heldout25 (12 documents, 10 provinces) was measured blind, totals only, after round 17 (a466367): 0.739
 * (indicator P 0.663, R 0.826; 0.714 at d7ef480; its documents without targets imported 11 figures). It
 * was opened in round 19 (0.840 since). heldout24 (12 documents, 8
 * provinces) was measured blind, totals only, during round 18: 0.862 (indicator P 0.890, R 0.858; the same
 * at d7ef480 and at a466367; one figure from its documents without targets); it stays unseen.
 * heldout26 (11 documents, 7 provinces) and heldout27 (12, 7) were measured blind, totals only, after round
 * 19 (0d657d8): 0.715 (indicator P 0.596, R 0.894; 0.746 at d7ef480: rounds 16-19 cost it 0.031; its
 * documents without targets imported 30 figures) and 0.635 (P 0.680, R 0.895; 0.625 at d7ef480; 2 figures).
 * Round 20 opened heldout26 (0.914 since); heldout27 stays unseen.
 * heldout28 (12 documents, 5 provinces), heldout29 (13, 8) and heldout30 (13, 7) were measured blind, totals
 * only, after round 21 (8077c45): 0.722 (indicator P 0.714, R 0.893; 0.713 at 88266ec), 0.725 (P 0.655, R
 * 0.837; 0.713 at 88266ec; 2 figures from its documents without targets) and 0.584 (P 0.597, R 0.589; the
 * same at 88266ec). Round 22 opened heldout28 and heldout30; heldout29 stays unseen.
 * heldout31 (12 documents, 5 provinces), heldout32 (14, 6) and heldout33 (12, 6) were measured blind, totals
 * only, after round 23 (15c8259): 0.780 (indicator P 0.766, R 0.766; 0.771 at 88266ec; 1 figure from its
 * documents without targets), 0.848 (P 0.833, R 0.842; the same at 88266ec; 1 figure) and 0.722 (P 0.667,
 * R 0.762; 0.709 at 88266ec). Round 24 opened heldout31 and heldout33; heldout32 stays unseen.
 * heldout34 (12 documents, 6 provinces) and heldout36 (13, 7) were measured blind, totals only, after round
 * 24 (55b02da): 0.759 (indicator P 0.845, R 0.698; 0.747 at 88266ec; 7 figures from its documents without
 * targets) and 0.723 (P 0.717, R 0.750; 0.704 at 88266ec); heldout35 (13, 7) after round 25 (ed1d590): 0.754
 * (P 0.719, R 0.845; the same at 88266ec). Round 25 opened heldout34 and heldout36; heldout35 stays unseen.
 */
/** Sets kept unseen: their documents' misses and extras are not printed. */
const UNSEEN = new Set(['heldout20', 'heldout22', 'heldout24', 'heldout27', 'heldout2', 'heldout9', 'heldout13', 'heldout15', 'heldout16', 'heldout29', 'heldout32', 'heldout35']);
/** What an unseen set's documents without targets imported at its blind measure (heldout9: one
 *  figure, heldout13 and heldout15: five, heldout16: fourteen, heldout20: two, heldout22: four, heldout23:
 *  thirteen, heldout24: one, heldout27: two, heldout29: two, heldout32: one); no more may come from them. Every other set imports nothing from such documents. */
const MAX_FROM_EMPTY: Record<string, number> = { heldout20: 2, heldout22: 4, heldout24: 1, heldout27: 2, heldout9: 1, heldout13: 5, heldout15: 5, heldout16: 14, heldout29: 2, heldout32: 1, heldout35: 0 };

/** What a development set's documents without targets still import, known and left (README, rounds 19 and 25):
 *  a county's year-end news item tells of 2025 in words a plan for 2025 uses too ("制定实施《…2025年项目
 *  攻坚行动方案》，全年在建在库项目86个…"), and nothing in the text dates it after that year. */
const STILL_FROM_EMPTY: Record<string, string[]> = {
  // A district report rewritten with synonyms by a copying site (its labeller read it as the original, a
  // text without targets): the counts of the year's project list ("共谋划…项目119项，…结转续建项目31项…") and a
  // "减缓…安置步伐" (the original's 加快) are read as a plan's (README, round 25).
  heldout34: [
    'qh-chengbei-2022.txt:15 减缓大堡子村、新民村等 5 个村新村安置步伐',
    'qh-chengbei-2022.txt:17 我们共谋划 2022 年重点建设项目 119 项',
    'qh-chengbei-2022.txt:17 结转续建项目 31 项',
    'qh-chengbei-2022.txt:17 确定新建开工项目32 项',
    'qh-chengbei-2022.txt:17 争取新建开工项目 18 项',
    'qh-chengbei-2022.txt:17 意向谋划项目 38 项',
  ],
  heldout25: [
    'yn-yunlong-2026-review.txt:5 全年在建在库项目86个',
    'yn-yunlong-2026-review.txt:5 新入库36个',
    'yn-yunlong-2026-review.txt:5 完成投资34.02亿元',
    'yn-yunlong-2026-review.txt:5 争取到中央预算内等各类资金约3.8亿元',
    'yn-yunlong-2026-review.txt:5 建成充电桩156个',
    'yn-yunlong-2026-review.txt:5 云龙至兰坪高速公路建成通车',
  ],
};

const MIN: Record<string, { f1: number; p: number; r: number }> = {
  dev: { f1: 0.95, p: 0.95, r: 0.95 },
  heldout: { f1: 0.92, p: 0.87, r: 0.95 },
  heldout2: { f1: 0.81, p: 0.8, r: 0.8 },
  heldout3: { f1: 0.95, p: 0.95, r: 0.95 },
  heldout4: { f1: 0.89, p: 0.92, r: 0.87 },
  heldout5: { f1: 0.9, p: 0.86, r: 0.92 },
  heldout6: { f1: 0.95, p: 0.94, r: 0.96 },
  heldout7: { f1: 0.89, p: 0.91, r: 0.9 },
  heldout8: { f1: 0.74, p: 0.78, r: 0.7 },
  heldout9: { f1: 0.78, p: 0.75, r: 0.84 },
  heldout10: { f1: 0.9, p: 0.9, r: 0.9 },
  heldout11: { f1: 0.92, p: 0.93, r: 0.93 },
  heldout12: { f1: 0.87, p: 0.87, r: 0.9 },
  heldout13: { f1: 0.79, p: 0.79, r: 0.86 },
  heldout14: { f1: 0.97, p: 0.97, r: 0.97 },
  heldout15: { f1: 0.83, p: 0.77, r: 0.9 },
  heldout16: { f1: 0.72, p: 0.65, r: 0.75 },
  heldout17: { f1: 0.9, p: 0.88, r: 0.94 },
  heldout18: { f1: 0.91, p: 0.88, r: 0.97 },
  heldout19: { f1: 0.92, p: 0.95, r: 0.94 },
  heldout20: { f1: 0.76, p: 0.78, r: 0.8 },
  heldout21: { f1: 0.86, p: 0.91, r: 0.88 },
  heldout22: { f1: 0.9, p: 0.91, r: 0.91 },
  heldout23: { f1: 0.89, p: 0.95, r: 0.83 },
  heldout24: { f1: 0.84, p: 0.87, r: 0.84 },
  heldout25: { f1: 0.82, p: 0.8, r: 0.85 },
  heldout26: { f1: 0.89, p: 0.94, r: 0.87 },
  heldout27: { f1: 0.74, p: 0.79, r: 0.87 },
  heldout28: { f1: 0.86, p: 0.9, r: 0.87 },
  heldout29: { f1: 0.7, p: 0.63, r: 0.81 },
  heldout30: { f1: 0.83, p: 0.89, r: 0.84 },
  heldout31: { f1: 0.87, p: 0.86, r: 0.88 },
  heldout32: { f1: 0.82, p: 0.81, r: 0.82 },
  heldout33: { f1: 0.78, p: 0.79, r: 0.74 },
  heldout34: { f1: 0.84, p: 0.86, r: 0.85 },
  heldout35: { f1: 0.73, p: 0.7, r: 0.82 },
  heldout36: { f1: 0.7, p: 0.7, r: 0.73 },
};

describe.each(SPLITS)('extraction accuracy on the %s corpus', (split) => {
  const total = emptyScore();
  const byClass = new Map<string, Score>();
  const rows: Array<Record<string, string | number>> = [];

  beforeAll(() => {
    for (const doc of documents(split)) {
      const text = readFileSync(join(CORPUS, split, doc.text), 'utf8');
      const result = parseText(text, doc.text);
      const s = score(doc, result.indicators, result.qualitative, doc.text.replace(/\.txt$/, ''));
      rows.push(row(doc.text.replace(/\.txt$/, ''), s));
      add(total, s);
      add(byClass.get(doc.class) ?? byClass.set(doc.class, emptyScore()).get(doc.class)!, s);
    }
    const classRows = [...byClass].sort(([a], [b]) => a.localeCompare(b)).map(([c, s]) => row(c, s));
    const perDocument = UNSEEN.has(split) ? '' : `per document\n${formatTable(rows)}\n\n`;
    const problems = UNSEEN.has(split) ? '' : `\n\n${total.problems.join('\n')}`;
    console.log(`${split}: strict accuracy\n${perDocument}all\n${formatTable([row('all', total)])}\n\nper class\n${formatTable(classRows)}${problems}`);
  });

  it('reaches its strict F1 over indicators and qualitative targets', () => {
    expect(figures(total).all.f1).toBeGreaterThanOrEqual(MIN[split].f1);
  });

  it('keeps strict precision and recall of indicators above their floors', () => {
    const f = figures(total).indicators;
    expect(f.p).toBeGreaterThanOrEqual(MIN[split].p);
    expect(f.r).toBeGreaterThanOrEqual(MIN[split].r);
  });

  it('imports nothing from reviews and lists without figures', () => {
    const empty = documents(split).filter((d) => d.indicators.length === 0 && d.qualitative.length === 0);
    const imported = empty.flatMap((d) => {
      const r = parseText(readFileSync(join(CORPUS, split, d.text), 'utf8'), d.text);
      return [...r.indicators.map((i) => `${d.text}:${i.line} ${i.quote}`), ...r.qualitative.map((q) => `${d.text}:${q.line} ${q.quote}`)];
    });
    // For a set kept unseen only the count is shown: its documents' extras are not printed.
    if (UNSEEN.has(split)) expect(imported.length).toBeLessThanOrEqual(MAX_FROM_EMPTY[split] ?? 0);
    else if (split in STILL_FROM_EMPTY) expect(imported).toEqual(STILL_FROM_EMPTY[split]);
    else expect(imported).toEqual([]);
  });
});
