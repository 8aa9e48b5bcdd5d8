/**
 * Items and figure sets for the progress tests, built here: every kind of target the parser
 * produces, each under several clerk settings, with figures on track, behind, done, missing,
 * typed as text, or off by a factor of 10,000.
 */
import type { Indicator, Qualitative } from '../../../src/domain/model';
import type { FigureRow, ItemSettings } from '../../../src/domain/progress/types';


export const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];

type Shape = Omit<Indicator, 'id' | 'task' | 'line' | 'quote' | 'livelihood'> & { quote: string };

/** One of each way a target is written (domain.md "How a target is written"). */
export const SHAPES: Shape[] = [
  { name: '地区生产总值', kind: 'growth', target: 7.5, max: null, unit: '%', cmp: '>=', quote: '地区生产总值增长7.5%以上' },
  { name: '一般公共预算收入', kind: 'growth', target: 2.2, max: null, unit: '%', cmp: '~', quote: '一般公共预算收入增长2.2%左右' },
  { name: '居民消费价格涨幅', kind: 'growth', target: 3, max: null, unit: '%', cmp: '<=', quote: '居民消费价格涨幅控制在3%以内' },
  { name: '单位GDP能耗', kind: 'growth', target: 3, max: null, unit: '%', cmp: '=', quote: '单位GDP能耗下降3%' },
  // A fall as the parser writes it since issue 11: a signed target, and "以上" a ceiling.
  { name: '现行案件发案率', kind: 'growth', target: -50, max: null, unit: '%', cmp: '=', quote: '现行案件发案率同比下降50%' },
  { name: 'PM2.5平均浓度', kind: 'growth', target: -5, max: null, unit: '%', cmp: '<=', quote: 'PM2.5平均浓度下降5%以上' },
  { name: '城乡居民收入', kind: 'growth', target: 1, max: null, unit: '个百分点', cmp: '=', quote: '提高1个百分点' },
  { name: '空气质量优良率', kind: 'level', target: 85, max: null, unit: '%', cmp: '>=', quote: '空气质量优良率保持在85%以上' },
  { name: '城镇调查失业率', kind: 'level', target: 5.5, max: null, unit: '%', cmp: '<=', quote: '城镇调查失业率控制在5.5%以内' },
  { name: '新增城镇就业', kind: 'level', target: 5600, max: null, unit: '人', cmp: '>=', quote: '新增城镇就业5600人以上' },
  { name: '实际到位资金', kind: 'level', target: 39, max: null, unit: '亿元', cmp: '=', quote: '实际到位资金39亿元' },
  { name: '招商引资', kind: 'level', target: 39, max: null, unit: '亿元', cmp: '~', quote: '招商引资约39亿元' },
  { name: '新增上市企业', kind: 'level', target: 1, max: 2, unit: '家', cmp: '>=', quote: '新增上市企业1-2家' },
  { name: '政府债务', kind: 'level', target: 12000, max: null, unit: '万元', cmp: '<=', quote: '新增债务控制在12000万元以内' },
  { name: '安全事故死亡人数', kind: 'level', target: 3, max: null, unit: '人', cmp: '=', quote: '安全事故死亡人数下降到3人' },
  { name: '新开工项目', kind: 'level', target: 40, max: null, unit: '个', cmp: '>=', quote: '新开工项目40个以上' },
  { name: '零目标', kind: 'level', target: 0, max: null, unit: '个', cmp: '>=', quote: '零目标0个' },
];

export const QUAL_SHAPES: { name: string; type: Qualitative['type'] }[] = [
  { name: '较大及以上安全生产事故', type: 'bottomline' },
  { name: '居民收入增长与经济增长同步', type: 'relative' },
  { name: '能耗控制在省定目标以内', type: 'relative' },
  { name: '完成云溪小学改扩建', type: 'milestone' },
  { name: '启动长岭消防救援站建设', type: 'milestone' },
];

/** A cumulative figure for month m: on track, behind (a little, far), done, or a slip. */
export function figureFor(r: () => number, shape: { kind: string; target: number; unit: string; cmp: string }, m: number): number | string | null {
  const roll = r();
  if (roll < 0.12) return null;
  if (roll < 0.15) return pick(r, ['约5亿', '5,600人', '待核']);
  const rate = shape.kind === 'growth' || shape.unit === '%' || shape.unit === '个百分点';
  if (rate) {
    const delta = pick(r, [-6, -2.5, -1.5, -1, -0.6, -0.5, -0.3, 0, 0.2, 0.5, 0.7, 1.2, 3]);
    return Math.round((shape.target + delta) * 100) / 100;
  }
  const factor = pick(r, [0, 0.2, 0.5, 0.7, 0.9, 0.95, 1, 1.02, 1.3, 10000, 0.00005]);
  const base = Math.max(shape.target, 3) * (m / 12) * factor;
  return Math.round(base * 100) / 100;
}

export function randomFigures(r: () => number, shape: { kind: string; target: number; unit: string; cmp: string }): FigureRow {
  const row: FigureRow = new Array(13).fill(null);
  for (let m = 1; m <= 12; m++) row[m] = figureFor(r, shape, m);
  return row;
}

export function randomSettings(r: () => number, base: ItemSettings, kind: string, ids: string[]): ItemSettings {
  const s: ItemSettings = { ...base };
  s.frequency = pick(r, ['monthly', 'monthly', 'monthly', 'quarterly', 'yearly'] as const);
  if (r() < 0.3) s.tolerance = pick(r, [0.3, 1, 2]);
  if (r() < 0.25) s.quarterPlan = pick(r, [[0.1, 0.4, 0.7, 1], [0, 0.3, 0.6, 1], [0.25, 0.5, 0.75, 1]] as [number, number, number, number][]);
  if (kind === 'milestone') {
    s.milestoneStatus = pick(r, [null, '未启动', '推进中', '已完成'] as const);
    s.plannedMonth = pick(r, [null, 3, 6]);
    s.dueMonth = pick(r, [null, 6, 9, 12]);
    s.frequency = 'monthly';
  }
  if (kind === 'relative') s.compareWith = pick(r, [null, 6.5, 'NOPE', ...ids.slice(0, 3)]);
  if (kind === 'bottomline') s.frequency = 'monthly';
  return s;
}

/** Figures of a bottom line: occurrences, mostly none. */
export function bottomlineFigures(r: () => number): FigureRow {
  const row: FigureRow = new Array(13).fill(null);
  let n = 0;
  for (let m = 1; m <= 12; m++) {
    if (r() < 0.08) n += 1;
    row[m] = r() < 0.1 ? null : n;
  }
  return row;
}
