/**
 * Units a target figure is written with (domain.md "units", plus the ones the seeds use).
 * Longest first, so that "个百分点" wins over "个" and "平方公里" over "公里".
 */
const BASE_UNITS = [
  '个百分点', '百分点', '平方公里', '平方米', '千瓦时', '人次', '场次', '个', '%', '‰', '‱',
  '元', '人', '名', '家', '户', '项', '件', '公里', '千米', '米', '亩', '吨', '套', '座', '处',
  '口', '所', '兆瓦', '千瓦', '台', '辆', '条', '场', '次', '栋', '间', '张', '床', '只', '头',
  '株', '棵', '批', '方', '宗', '篇', '部', '款', '支', '艘', '架', '类', '门', '期', '届', '年',
];

/** Units that are never a target's unit although they follow numbers (dates, ordinals). */
const NOT_TARGET_UNITS = new Set(['年', '期', '届']);

/** Units a Chinese numeral may count with: counts of things, not money or rates. */
const COUNT_UNITS = new Set(['个', '家', '户', '项', '件', '座', '处', '所', '套', '名', '台', '辆', '条', '栋', '间', '场']);

const SORTED = [...BASE_UNITS].sort((a, b) => b.length - a.length);

export interface UnitMatch {
  unit: string;
  length: number;
}

/**
 * The unit at the start of `text` (after an optional 万/亿/千 multiplier, kept in the unit as
 * written: "2万人" has unit "万人", "39亿元" has "亿元"), or null.
 */
export function matchUnit(text: string): UnitMatch | null {
  let prefix = '';
  if (/^(万|亿|千万|百万)/.test(text)) {
    prefix = /^(千万|百万|万|亿)/.exec(text)![0];
  }
  const rest = text.slice(prefix.length);
  for (const u of SORTED) {
    if (rest.startsWith(u)) {
      if (NOT_TARGET_UNITS.has(u)) return null;
      if (prefix && (isRateUnit(u))) return null;
      // A rate per period or head: 700元/月, 90元/月/人.
      const per = /^(\/[月年人日天次户亩])+/.exec(rest.slice(u.length));
      const perText = per ? per[0] : '';
      return { unit: prefix + u + perText, length: prefix.length + u.length + perText.length };
    }
  }
  return null;
}

export function isCountUnit(unit: string): boolean {
  return COUNT_UNITS.has(unit);
}

export function isRateUnit(unit: string): boolean {
  // ‰ and ‱ (人口自然增长率 -1‰, 万人发案率 2‱) are rates like %.
  return unit === '%' || unit === '‰' || unit === '‱' || unit.endsWith('百分点');
}
