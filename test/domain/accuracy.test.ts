/**
 * Extraction accuracy against the hand-labelled targets of the seeds (test/fixtures/labels, one
 * file per seed, labelled by reading the document). Match rule of the labels README: same line
 * (±1 for a sentence broken across lines), equal target and unit; then kind, cmp, max and name are
 * scored as attributes. Indicators must reach precision and recall ≥ 0.95 over all labelled seeds;
 * qualitative targets are reported.
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

/** A qualitative label matches a parsed one of the same type within a line whose name shares
 *  at least four characters in a row with it. */
function sharesRun(a: string, b: string, n = 4): boolean {
  const x = norm(a);
  const y = norm(b);
  if (x.length < n || y.length < n) return x === y;
  for (let i = 0; i + n <= x.length; i++) if (y.includes(x.slice(i, i + n))) return true;
  return false;
}

function matchQualitative(labels: LabelQualitative[], found: Qualitative[]) {
  const used = new Set<number>();
  let hit = 0;
  for (const l of labels) {
    const k = found.findIndex((f, i) => !used.has(i) && f.type === l.type && Math.abs(f.line - l.line) <= 1
      && (sharesRun(f.name, l.name) || sharesRun(f.quote, l.quote)));
    if (k >= 0) {
      used.add(k);
      hit++;
    }
  }
  return { hit, labelled: labels.length, found: found.length };
}

const labelFiles = existsSync(LABELS) ? readdirSync(LABELS).filter((f) => f.endsWith('.json')).sort() : [];

describe('extraction accuracy on the hand-labelled seeds', () => {
  const rows: Array<Record<string, string | number>> = [];
  const totals = { labelled: 0, found: 0, matched: 0, kind: 0, cmp: 0, max: 0, name: 0 };
  const problems: string[] = [];

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
      name: pct(totals.name, totals.matched), 'qual P': '', 'qual R': '',
    });
    console.log(`indicator accuracy per seed\n${formatTable(rows)}\n${problems.join('\n')}`);
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
