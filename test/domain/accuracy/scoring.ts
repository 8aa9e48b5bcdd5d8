/**
 * Scoring of parsed targets against hand labels (test/fixtures/labels/README.md), shared by the
 * seeds' accuracy test and the corpus' one.
 *
 * - An indicator **matches** a label on the same line (±1 for a sentence broken across lines) with
 *   the same target and unit. It matches **strictly** when, in addition, kind, cmp and max agree and
 *   the names agree (`namesAgree`). Strict precision, recall and F1 are the figures reported.
 * - A qualitative target matches a label of the same type on the same line (±1) whose texts agree
 *   (`textsAgree`); for those, a match is strict.
 * Each parsed item pairs with one label at most.
 */
import * as OpenCC from 'opencc-js';
import type { Indicator, Qualitative } from '../../../src/domain/model';

export interface LabelIndicator {
  line: number; quote: string; name: string; kind: string; target: number; max: number | null; unit: string; cmp: string;
}
export interface LabelQualitative { line: number; quote: string; name: string; type: string }
export interface Labels { indicators: LabelIndicator[]; qualitative: LabelQualitative[] }

/** Traditional characters to simplified ones (OpenCC's t → cn), so that a name the parser keeps as a
 *  traditional text wrote it ("生產總值") and a label written in simplified characters ("生产总值")
 *  compare as the same words. */
const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });

/** Names compare without spaces, quotes, brackets, list commas ("新注册“湘商回归”企业" = "新注册湘商回归企业"),
 *  the readings in pinyin some reposting sites print after characters ("規(guī)模" = "規模"), and in
 *  simplified characters. */
export const norm = (s: string): string =>
  toSimplified(s.replace(/[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}[)）]/g, '').replace(/[\s“”"‘’'《》（）()、,，]/g, ''));

function bigrams(s: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 2 <= s.length; i++) out.push(s.slice(i, i + 2));
  return out;
}

/** Share of the two names' character pairs they have in common (Dice coefficient). */
function dice(a: string, b: string): number {
  const x = bigrams(a);
  const y = bigrams(b);
  if (x.length + y.length === 0) return 0;
  const pool = [...y];
  let common = 0;
  for (const g of x) {
    const k = pool.indexOf(g);
    if (k >= 0) {
      common++;
      pool.splice(k, 1);
    }
  }
  return (2 * common) / (x.length + y.length);
}

/**
 * A parsed name agrees with the labelled one when it names the same thing: equal, one inside the
 * other ("地区生产总值" / "全省地区生产总值", "南宁市" / "南宁市农村危房改造任务"), or at least half
 * of their character pairs shared ("城居民人均可支配收入" / "城镇居民人均可支配收入"). An empty name
 * agrees with nothing.
 */
export function namesAgree(label: string, parsed: string): boolean {
  const a = norm(label);
  const b = norm(parsed);
  if (a.length === 0 || b.length === 0) return false;
  if (a.includes(b) || b.includes(a)) return true;
  return dice(a, b) >= 0.5;
}

/** Same type and line (±1), and the label's name inside the parsed quote, the parsed name inside the
 *  label's quote, or one quote inside the other. */
export function textsAgree(l: LabelQualitative, f: Qualitative): boolean {
  const inside = (a: string, b: string) => norm(a).length >= 2 && norm(b).includes(norm(a));
  return inside(l.name, f.quote) || inside(f.name, l.quote) || inside(l.quote, f.quote) || inside(f.quote, l.quote);
}

const strictAgree = (l: LabelIndicator, f: Indicator) =>
  l.kind === f.kind && l.cmp === f.cmp && (l.max ?? null) === f.max && namesAgree(l.name, f.name);

export interface Score {
  /** Indicators: labelled, found, matched (line, target, unit), strictly matched. */
  labelled: number; found: number; matched: number; strict: number;
  /** Attribute agreement among matched indicators. */
  kind: number; cmp: number; max: number; name: number; nameExact: number;
  /** Qualitative targets: labelled, found, matched. */
  qLabelled: number; qFound: number; qMatched: number;
  /** One line per miss, extra or disagreement, for the test's printout. */
  problems: string[];
}

export const emptyScore = (): Score => ({
  labelled: 0, found: 0, matched: 0, strict: 0, kind: 0, cmp: 0, max: 0, name: 0, nameExact: 0,
  qLabelled: 0, qFound: 0, qMatched: 0, problems: [],
});

export function add(into: Score, s: Score): Score {
  for (const k of Object.keys(into) as (keyof Score)[]) {
    if (k === 'problems') into.problems.push(...s.problems);
    else into[k] += s[k];
  }
  return into;
}

/** Pairs labels with parsed items (a parsed item that also agrees strictly is preferred). */
export function score(labels: Labels, indicators: Indicator[], qualitative: Qualitative[], tag: string): Score {
  const s = emptyScore();
  s.labelled = labels.indicators.length;
  s.found = indicators.length;
  const used = new Set<number>();
  for (const l of labels.indicators) {
    let best = -1;
    for (let k = 0; k < indicators.length; k++) {
      const f = indicators[k];
      if (used.has(k) || Math.abs(f.line - l.line) > 1 || f.target !== l.target || f.unit !== l.unit) continue;
      if (best < 0 || (strictAgree(l, f) && !strictAgree(l, indicators[best]))) best = k;
    }
    if (best < 0) {
      s.problems.push(`${tag} 漏检 line ${l.line}: ${l.quote} (${l.target}${l.unit})`);
      continue;
    }
    used.add(best);
    const f = indicators[best];
    s.matched++;
    if (l.kind === f.kind) s.kind++;
    if (l.cmp === f.cmp) s.cmp++;
    if ((l.max ?? null) === f.max) s.max++;
    if (namesAgree(l.name, f.name)) s.name++;
    if (norm(l.name) === norm(f.name)) s.nameExact++;
    if (strictAgree(l, f)) s.strict++;
    else {
      s.problems.push(
        `${tag} 属性 line ${l.line}: ${l.quote}: label ${l.name} ${l.kind}/${l.cmp}/${l.max} parsed ${f.name} ${f.kind}/${f.cmp}/${f.max}`,
      );
    }
  }
  indicators.forEach((e, k) => {
    if (!used.has(k)) s.problems.push(`${tag} 多检 line ${e.line}: ${e.quote} → ${e.name} ${e.target}${e.unit}`);
  });

  s.qLabelled = labels.qualitative.length;
  s.qFound = qualitative.length;
  const qUsed = new Set<number>();
  for (const l of labels.qualitative) {
    const k = qualitative.findIndex((f, i) => !qUsed.has(i) && f.type === l.type && Math.abs(f.line - l.line) <= 1 && textsAgree(l, f));
    if (k >= 0) {
      qUsed.add(k);
      s.qMatched++;
    } else s.problems.push(`${tag} 漏检 ${l.type} line ${l.line}: ${l.quote}`);
  }
  qualitative.forEach((e, k) => {
    if (!qUsed.has(k)) s.problems.push(`${tag} 多检 ${e.type} line ${e.line}: ${e.quote} → ${e.name}`);
  });
  return s;
}

/** Precision, recall and F1 of strict matches: indicators, qualitative targets, and both pooled.
 *  With nothing labelled and nothing found, every figure is 1 (nothing to get wrong). */
export function figures(s: Score) {
  const prf = (hit: number, found: number, labelled: number) => {
    const p = found === 0 ? 1 : hit / found;
    const r = labelled === 0 ? 1 : hit / labelled;
    return { p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
  };
  return {
    indicators: prf(s.strict, s.found, s.labelled),
    loose: prf(s.matched, s.found, s.labelled),
    qualitative: prf(s.qMatched, s.qFound, s.qLabelled),
    all: prf(s.strict + s.qMatched, s.found + s.qFound, s.labelled + s.qLabelled),
  };
}

export const pct = (x: number): string => x.toFixed(3);

export function formatTable(rows: Array<Record<string, string | number>>): string {
  const cols = Object.keys(rows[0] ?? {});
  const width = cols.map((c) => Math.max(c.length, ...rows.map((r) => String(r[c]).length)));
  const line = (vals: string[]) => vals.map((v, k) => v.padEnd(width[k])).join('  ');
  return [line(cols), ...rows.map((r) => line(cols.map((c) => String(r[c]))))].join('\n');
}

/** One printed row of a score: strict P/R/F1 for indicators, qualitative, and pooled. */
export function row(label: string, s: Score): Record<string, string | number> {
  const f = figures(s);
  return {
    set: label,
    labelled: `${s.labelled}+${s.qLabelled}`,
    found: `${s.found}+${s.qFound}`,
    'ind P': pct(f.indicators.p), 'ind R': pct(f.indicators.r), 'ind F1': pct(f.indicators.f1),
    'loose F1': pct(f.loose.f1),
    'qual P': pct(f.qualitative.p), 'qual R': pct(f.qualitative.r),
    'all P': pct(f.all.p), 'all R': pct(f.all.r), 'all F1': pct(f.all.f1),
  };
}
