/**
 * Check inputs built from seed 002's own indicators (the decomposition and the 八大行动 plan):
 * every item with its default settings and its lead unit, and a clean month-by-month figure set
 * for them, the way a careful statistics clerk would report it.
 */
import { parseDocument } from '../../../src/domain/parse';
import { defaultSettings, itemFromIndicator, itemFromQualitative } from '../../../src/domain/progress/settings';
import { qualitativeKeys } from '../../../src/domain/ids';
import { periodsUpTo } from '../../../src/domain/progress/months';
import { isRateUnit } from '../../../src/domain/progress/method';
import { DEFAULT_CHECK_RULES, type CheckInput, type CheckItem, type ReportedFigure } from '../../../src/domain/reconcile/types';
import { textToDocument } from '../../../src/domain/text/textToDocument';
import { SEEDS, seedText } from '../seedText';

let cached: CheckItem[] | undefined;

/** Every item of seed 002 (206 indicators, 57 qualitative), in the workbook's order. */
export function seedItems(): CheckItem[] {
  if (cached) return cached;
  const result = parseDocument(textToDocument(seedText(SEEDS.bundle), SEEDS.bundle));
  const owner = new Map(result.tasks.map((t) => [t.seq, t.leadUnit ?? '']));
  const keys = qualitativeKeys(result.qualitative);
  cached = [
    ...result.indicators.map((i) => ({ item: itemFromIndicator(i), quote: i.quote })),
    ...result.qualitative.map((q, k) => ({ item: itemFromQualitative(q, keys[k]), quote: q.quote })),
  ].map(({ item, quote }) => ({ item, settings: defaultSettings(item, quote), owner: item.task !== null ? (owner.get(item.task) ?? '') : '' }));
  return cached;
}

export function seedItem(id: string): CheckItem {
  const c = seedItems().find((x) => x.item.id === id);
  if (!c) throw new Error(`seed 002 has no item ${id}`);
  return c;
}

/** A plausible figure of item `c` at the end of month m: cumulative amounts on schedule, rates and
 *  growth rates at their target. */
export function cleanValue(c: CheckItem, m: number): number {
  const { item } = c;
  const target = item.target ?? 0;
  if (item.kind === 'growth' || isRateUnit(item.unit) || item.cmp === '<=' || c.settings.lowerIsBetter) return target;
  return Math.round(((target * m) / 12) * 100) / 100;
}

/** Clean figures of every quantified item for every period up to `month`, as rows of a file. */
export function cleanFigures(items: readonly CheckItem[], month: number): ReportedFigure[] {
  const out: ReportedFigure[] = [];
  let row = 2;
  for (const c of items) {
    if (c.item.kind !== 'growth' && c.item.kind !== 'level') continue;
    for (const m of periodsUpTo(month, true)) {
      if (c.settings.frequency === 'quarterly' && m % 3 !== 0) continue;
      out.push({ id: c.item.id, month: m, raw: cleanValue(c, m), source: '', place: { file: '数据.csv', row: row++ } });
    }
  }
  return out;
}

export function input(items: CheckItem[], figures: ReportedFigure[], month = 6, over: Partial<CheckInput> = {}): CheckInput {
  return { items, figures, month, rules: DEFAULT_CHECK_RULES, ...over };
}

/** Figures of one item: month → value (a number, or text as typed). */
export function figuresOf(id: string, byMonth: Record<number, number | string>, extra: Partial<ReportedFigure> = {}): ReportedFigure[] {
  return Object.entries(byMonth).map(([m, raw], i) => ({ id, month: Number(m), raw, source: '', place: { sheet: '月度填报', cell: `R${10 + i}` }, ...extra }));
}
