/**
 * Extraction accuracy against the hand-labelled targets of the seeds (test/fixtures/labels, one
 * file per seed, labelled by reading the document). Scoring as in accuracy/scoring.ts: a match is
 * the same line (±1), target and unit; a strict match also agrees on kind, cmp, max and name.
 * Strict F1 over indicators and qualitative targets must stay at 0.97 or more, strict precision and
 * recall of indicators at 0.95 or more; figures are printed per seed with every miss and extra.
 */
import { readFileSync, readdirSync, existsSync } from 'fs';
import { join } from 'path';
import { parseText } from '../../src/domain/parse';
import { add, emptyScore, figures, formatTable, pct, row, score, type Labels } from './accuracy/scoring';

const LABELS = join(__dirname, '../fixtures/labels');
const SEEDS = join(__dirname, '../../seeds');

const labelFiles = existsSync(LABELS) ? readdirSync(LABELS).filter((f) => f.endsWith('.json')).sort() : [];

describe('extraction accuracy on the hand-labelled seeds', () => {
  const total = emptyScore();
  const rows: Array<Record<string, string | number>> = [];

  beforeAll(() => {
    for (const file of labelFiles) {
      const label = JSON.parse(readFileSync(join(LABELS, file), 'utf8')) as Labels & { seed: string };
      const result = parseText(readFileSync(join(SEEDS, label.seed), 'utf8'), label.seed);
      const s = score(label, result.indicators, result.qualitative, label.seed.slice(0, 3));
      rows.push({ ...row(label.seed.slice(0, 3), s), 'name exact': pct(s.nameExact / Math.max(1, s.matched)) });
      add(total, s);
    }
    rows.push({ ...row('all', total), 'name exact': pct(total.nameExact / Math.max(1, total.matched)) });
    console.log(`strict accuracy per seed\n${formatTable(rows)}\n\n${total.problems.join('\n')}`);
  });

  it('has labels for every seed', () => {
    expect(labelFiles).toHaveLength(5);
  });

  it('reaches a strict F1 of 0.97 over indicators and qualitative targets', () => {
    expect(figures(total).all.f1).toBeGreaterThanOrEqual(0.97);
  });

  it('keeps strict precision and recall of indicators at 0.95 or more', () => {
    const f = figures(total).indicators;
    expect(f.p).toBeGreaterThanOrEqual(0.95);
    expect(f.r).toBeGreaterThanOrEqual(0.95);
  });

  it('keeps precision and recall of qualitative targets at 0.9 or more', () => {
    const f = figures(total).qualitative;
    expect(f.p).toBeGreaterThanOrEqual(0.9);
    expect(f.r).toBeGreaterThanOrEqual(0.9);
  });
});
