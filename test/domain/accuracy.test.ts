/**
 * Extraction accuracy against the hand-labelled targets of the seeds (test/fixtures/labels, one
 * file per seed, labelled by reading the document). Match rule of the labels README: same line
 * (±1 for a sentence broken across lines), equal target and unit; then kind, cmp, max and name are
 * scored as attributes. Indicators must reach precision and recall ≥ 0.95 over all labelled seeds,
 * qualitative targets (bottom lines, relative targets, milestones) ≥ 0.9; figures are printed per
 * seed and per qualitative type, with every miss and extra.
 */
import { readFileSync, readdirSync, existsSync } from 'fs';
import { join } from 'path';
import { parseText } from '../../src/domain/parse';
import type { Indicator, Qualitative } from '../../src/domain/model';

interface LabelIndicator {
  line: number; quote: string; name: string; kind: string; target: number; max: number | null; unit: string; cmp: string;
}
interface LabelQualitative { line: number; quote: string; name: string; type: string }
interface LabelFile { seed: string; indicators: LabelIndicator[]; qualitative: LabelQualitative[] }

const LABELS = join(__dirname, '../fixtures/labels');
const SEEDS = join(__dirname, '../../seeds');

/** Names compare without spaces, quotes and brackets ("新注册“湘商回归”企业" = "新注册湘商回归企业"). */
const norm = (s: string) => s.replace(/[\s“”"‘’'《》（）()]/g, '');

function matchIndicators(labels: LabelIndicator[], found: Indicator[]) {
  const used = new Set<number>();
  const pairs: Array<[LabelIndicator, Indicator]> = [];
  const missed: LabelIndicator[] = [];
  for (const l of labels) {
    let best = -1;
    for (let k = 0; k < found.length; k++) {
      const f = found[k];
      if (used.has(k) || Math.abs(f.line - l.line) > 1 || f.target !== l.target || f.unit !== l.unit) continue;
      // Among equal figures on a line, prefer the one whose name agrees.
      if (best < 0 || (norm(f.name) === norm(l.name) && norm(found[best].name) !== norm(l.name))) best = k;
    }
    if (best < 0) missed.push(l);
    else {
      used.add(best);
      pairs.push([l, found[best]]);
    }
  }
  const extra = found.filter((_, k) => !used.has(k));
  return { pairs, missed, extra };
}

/**
 * Qualitative match rule: same type, same line ±1 (a sentence broken across lines), and the texts
 * agree — the label's name is inside the parsed quote, or the parsed name is inside the label's
 * quote, or one quote holds the other (names may legitimately differ in wording: “隐性债务新增” vs
 * “新增隐性债务”, with or without the verb; the quote pins the place). Compared without spaces,
 * quotes and brackets. Each parsed item pairs with one label at most.
 */
function textsAgree(l: LabelQualitative, f: Qualitative): boolean {
  const inside = (a: string, b: string) => norm(a).length >= 2 && norm(b).includes(norm(a));
  return inside(l.name, f.quote) || inside(f.name, l.quote) || inside(l.quote, f.quote) || inside(f.quote, l.quote);
}

const TYPES = ['bottomline', 'relative', 'milestone'] as const;
type Tally = { labelled: number; found: number; matched: number };
const tally = (): Tally => ({ labelled: 0, found: 0, matched: 0 });

function matchQualitative(labels: LabelQualitative[], found: Qualitative[]) {
  const used = new Set<number>();
  const missed: LabelQualitative[] = [];
  const byType: Record<string, Tally> = Object.fromEntries(TYPES.map((t) => [t, tally()]));
  for (const f of found) byType[f.type].found++;
  for (const l of labels) {
    byType[l.type].labelled++;
    const k = found.findIndex((f, i) => !used.has(i) && f.type === l.type && Math.abs(f.line - l.line) <= 1 && textsAgree(l, f));
    if (k >= 0) {
      used.add(k);
      byType[l.type].matched++;
    } else missed.push(l);
  }
  const extra = found.filter((_, k) => !used.has(k));
  return { hit: used.size, labelled: labels.length, found: found.length, missed, extra, byType };
}

const labelFiles = existsSync(LABELS) ? readdirSync(LABELS).filter((f) => f.endsWith('.json')).sort() : [];

describe('extraction accuracy on the hand-labelled seeds', () => {
  const rows: Array<Record<string, string | number>> = [];
  const totals = { labelled: 0, found: 0, matched: 0, kind: 0, cmp: 0, max: 0, name: 0 };
  const problems: string[] = [];
  const qual = tally();
  const qualByType: Record<string, Tally> = Object.fromEntries(TYPES.map((t) => [t, tally()]));

  beforeAll(() => {
    for (const file of labelFiles) {
      const label = JSON.parse(readFileSync(join(LABELS, file), 'utf8')) as LabelFile;
      const text = readFileSync(join(SEEDS, label.seed), 'utf8');
      const result = parseText(text, label.seed);
      const { pairs, missed, extra } = matchIndicators(label.indicators, result.indicators);
      const agree = (f: (l: LabelIndicator, p: Indicator) => boolean) => pairs.filter(([l, p]) => f(l, p)).length;
      const kind = agree((l, p) => l.kind === p.kind);
      const cmp = agree((l, p) => l.cmp === p.cmp);
      const max = agree((l, p) => (l.max ?? null) === p.max);
      const name = agree((l, p) => norm(l.name) === norm(p.name));
      const q = matchQualitative(label.qualitative ?? [], result.qualitative);
      const pct = (a: number, b: number) => (b === 0 ? '-' : (a / b).toFixed(3));
      rows.push({
        seed: label.seed.slice(0, 3), labelled: label.indicators.length, found: result.indicators.length, matched: pairs.length,
        precision: pct(pairs.length, result.indicators.length), recall: pct(pairs.length, label.indicators.length),
        kind: pct(kind, pairs.length), cmp: pct(cmp, pairs.length), max: pct(max, pairs.length), name: pct(name, pairs.length),
        'qual P': pct(q.hit, q.found), 'qual R': pct(q.hit, q.labelled),
      });
      totals.labelled += label.indicators.length;
      totals.found += result.indicators.length;
      totals.matched += pairs.length;
      totals.kind += kind;
      totals.cmp += cmp;
      totals.max += max;
      totals.name += name;
      qual.labelled += q.labelled;
      qual.found += q.found;
      qual.matched += q.hit;
      for (const t of TYPES) {
        qualByType[t].labelled += q.byType[t].labelled;
        qualByType[t].found += q.byType[t].found;
        qualByType[t].matched += q.byType[t].matched;
      }
      for (const m of q.missed) problems.push(`${label.seed.slice(0, 3)} 漏检 ${m.type} line ${m.line}: ${m.quote}`);
      for (const e of q.extra) problems.push(`${label.seed.slice(0, 3)} 多检 ${e.type} line ${e.line}: ${e.quote} → ${e.name}`);
      for (const m of missed) problems.push(`${label.seed.slice(0, 3)} 漏检 line ${m.line}: ${m.quote} (${m.target}${m.unit})`);
      for (const e of extra) problems.push(`${label.seed.slice(0, 3)} 多检 line ${e.line}: ${e.quote} → ${e.name} ${e.target}${e.unit}`);
      for (const [l, p] of pairs) {
        if (l.kind !== p.kind || l.cmp !== p.cmp || (l.max ?? null) !== p.max) {
          problems.push(`${label.seed.slice(0, 3)} 属性 line ${l.line}: ${l.quote}: label ${l.kind}/${l.cmp}/${l.max} parsed ${p.kind}/${p.cmp}/${p.max}`);
        }
      }
    }
    const pct = (a: number, b: number) => (b === 0 ? '-' : (a / b).toFixed(3));
    rows.push({
      seed: 'all', labelled: totals.labelled, found: totals.found, matched: totals.matched,
      precision: pct(totals.matched, totals.found), recall: pct(totals.matched, totals.labelled),
      kind: pct(totals.kind, totals.matched), cmp: pct(totals.cmp, totals.matched), max: pct(totals.max, totals.matched),
      name: pct(totals.name, totals.matched), 'qual P': pct(qual.matched, qual.found), 'qual R': pct(qual.matched, qual.labelled),
    });
    const typeRows = [...TYPES.map((t) => [t, qualByType[t]] as const), ['all qualitative', qual] as const].map(([type, n]) => ({
      type, labelled: n.labelled, found: n.found, matched: n.matched, precision: pct(n.matched, n.found), recall: pct(n.matched, n.labelled),
    }));
    console.log(`indicator accuracy per seed\n${formatTable(rows)}\n\nqualitative accuracy per type (all seeds)\n${formatTable(typeRows)}\n\n${problems.join('\n')}`);
  });

  it('has labels for at least the two seeds labelled by the extraction engineer', () => {
    expect(labelFiles).toEqual(expect.arrayContaining(['000_944c3e97a995c1db.json', '004_51bcf80d7e327ab3.json']));
  });

  it('finds at least 95% of the labelled indicators (recall)', () => {
    expect(totals.matched / totals.labelled).toBeGreaterThanOrEqual(0.95);
  });

  it('turns no more than 5% non-targets into indicators (precision)', () => {
    expect(totals.matched / totals.found).toBeGreaterThanOrEqual(0.95);
  });

  it('finds at least 90% of the labelled qualitative targets (recall)', () => {
    expect(qual.matched / qual.labelled).toBeGreaterThanOrEqual(0.9);
  });

  it('turns no more than 10% non-targets into qualitative targets (precision)', () => {
    expect(qual.matched / qual.found).toBeGreaterThanOrEqual(0.9);
  });

  it('gets kind and comparison right for the indicators it finds', () => {
    expect(totals.kind / totals.matched).toBeGreaterThanOrEqual(0.95);
    expect(totals.cmp / totals.matched).toBeGreaterThanOrEqual(0.95);
  });
});

function formatTable(rows: Array<Record<string, string | number>>): string {
  const cols = Object.keys(rows[0] ?? {});
  const width = cols.map((c) => Math.max(c.length, ...rows.map((r) => String(r[c]).length)));
  const line = (vals: string[]) => vals.map((v, k) => v.padEnd(width[k])).join('  ');
  return [line(cols), ...rows.map((r) => line(cols.map((c) => String(r[c]))))].join('\n');
}
