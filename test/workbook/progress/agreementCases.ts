/**
 * The cases of the formula agreement test (formulaAgreement.test.ts): every shape of target under
 * random clerk settings and figures, and seed 002's indicators, under each rule preset and a
 * custom one, in the months each preset is tried in. The compiled engine's test
 * (test/domain/progress/compiled.test.ts) judges the same cases.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Indicator, Qualitative } from '../../../src/domain/model';
import { parseText } from '../../../src/domain/parse';
import type { ProgressInput } from '../../../src/domain/progress/evaluate';
import { RULE_PRESETS } from '../../../src/domain/progress/rules';
import { defaultSettings, itemFromIndicator, itemFromQualitative } from '../../../src/domain/progress/settings';
import type { ProgressRules } from '../../../src/domain/progress/types';
import { qualitativeKeys } from '../../../src/workbook/keys';
import { QUAL_SHAPES, SHAPES, bottomlineFigures, pick, randomFigures, randomSettings } from './progressFixtures';
import { prng as rng } from '../../support/prng';

export const CUSTOM: ProgressRules = {
  ...RULE_PRESETS['银川'],
  preset: '自定义',
  completionMode: 'relative',
  yellowRel: 0.1,
  redRel: 0.4,
  yellowPp: 5,
  redPp: 20,
  gapYellowPp: 0.5,
  gapRedPp: 2,
  missedMonthsRed: 3,
  defaultTolerance: 1,
  unitSlipRatio: 500,
};

export interface Scenario {
  indicators: Indicator[];
  qualitative: Qualitative[];
  inputs: ProgressInput[];
}

/** `copies` instances of every shape, each with its own settings and figures. */
export function generated(seed: number, copies: number): Scenario {
  const r = rng(seed);
  const indicators: Indicator[] = [];
  const qualitative: Qualitative[] = [];
  let t = 0;
  for (let c = 0; c < copies; c++) {
    for (const s of SHAPES) {
      t++;
      indicators.push({ ...s, id: `T${t}-1`, task: `T${t}`, line: t, livelihood: false });
    }
    for (const q of QUAL_SHAPES) {
      t++;
      qualitative.push({ task: `T${t}`, line: t, quote: q.name, name: q.name, type: q.type });
    }
  }
  const ids = indicators.filter((i) => i.kind === 'growth').map((i) => i.id);
  const keys = qualitativeKeys(qualitative);
  const inputs: ProgressInput[] = [
    ...indicators.map((ind) => {
      const item = itemFromIndicator(ind);
      return { item, settings: randomSettings(r, defaultSettings(item, ind.quote), item.kind, ids), figures: randomFigures(r, ind) };
    }),
    ...qualitative.map((q, k) => {
      const item = itemFromQualitative(q, keys[k]);
      const settings = randomSettings(r, defaultSettings(item, q.quote), item.kind, [pick(r, ids), ...ids]);
      const figures = q.type === 'bottomline' ? bottomlineFigures(r) : randomFigures(r, { kind: 'growth', target: 6, unit: '%', cmp: '>=' });
      return { item, settings, figures };
    }),
  ];
  return { indicators, qualitative, inputs };
}

export function fromSeed002(seed: number): Scenario {
  const text = readFileSync(join(__dirname, '../../../seeds/002_6ca40ee2ecc3ed1b.txt'), 'utf8');
  const parsed = parseText(text, '002_6ca40ee2ecc3ed1b.txt');
  const r = rng(seed);
  const keys = qualitativeKeys(parsed.qualitative);
  const ids = parsed.indicators.filter((i) => i.kind === 'growth').map((i) => i.id);
  const inputs: ProgressInput[] = [
    ...parsed.indicators.map((ind) => {
      const item = itemFromIndicator(ind);
      const settings = r() < 0.5 ? defaultSettings(item, ind.quote) : randomSettings(r, defaultSettings(item, ind.quote), item.kind, ids);
      return { item, settings, figures: randomFigures(r, ind) };
    }),
    ...parsed.qualitative.map((q, k) => {
      const item = itemFromQualitative(q, keys[k]);
      const settings = randomSettings(r, defaultSettings(item, q.quote), item.kind, ids);
      return { item, settings, figures: q.type === 'bottomline' ? bottomlineFigures(r) : randomFigures(r, { kind: 'growth', target: 6, unit: '%', cmp: '>=' }) };
    }),
  ];
  return { indicators: parsed.indicators, qualitative: parsed.qualitative, inputs };
}

export const PRESETS: ProgressRules[] = [RULE_PRESETS['宣城'], RULE_PRESETS['银川'], RULE_PRESETS['三亚'], CUSTOM];
/** Every preset sees January (1-2月), December and two months in between. */
export const MONTHS: Record<string, number[]> = { 宣城: [1, 4, 9, 12], 银川: [2, 5, 11, 12], 三亚: [1, 3, 6, 12], 自定义: [2, 7, 8, 12] };
