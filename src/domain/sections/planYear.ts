/**
 * The year a document's targets are for (年度), for the titles a clerk prints: "2024年1-6月…".
 * A report of December 2023 plans 2024; a decomposition says "2024年《政府工作报告》目标任务"; a
 * report says "2024年区政府工作的总体要求" or reviews "2024年工作回顾" and plans the year after.
 * The document's own phrases decide, strongest first; with none, the year it names most. Null when
 * it names no year at all: the clerk then gives it.
 */
import type { Block } from '../document';
import { digitYears } from '../text/chineseYears';

const RULES: { pattern: RegExp; offset: number }[] = [
  // The year of the work the report sets: "2024年区政府工作的总体要求", "2024年工作安排".
  { pattern: /(20\d\d)年(?:[区市县省州旗]|全[区市县省州])?(?:政府)?工作的?(?:总体要求|主要目标|安排|重点|任务)/g, offset: 0 },
  // A decomposition of that year's report or its targets.
  { pattern: /(20\d\d)年(?:度)?《?(?:[^》]{0,6})?政府工作报告》?(?:确定的)?(?:目标任务|重点工作|任务分解|主要目标)/g, offset: 0 },
  { pattern: /(20\d\d)年(?:度)?[，,\s]*(?:[全本][省市区县州旗镇]|[\u4e00-\u9fa5]{2,8}?[省市区县州旗镇]|[\u4e00-\u9fa5]{2,4}?(?=经济社会发展|国民经济和社会发展))?(?:经济社会发展|国民经济和社会发展|高质量发展)?的?(?:主要预期目标|预期目标|奋斗目标|主要目标|目标任务|民生实事|为民办实事|重点民生实事)/g, offset: 0 },
  // The sessions a news item reports: "2022全国地方两会｜…" reports the 2022 reports.
  { pattern: /(20\d\d)年?(?:全国)?(?:地方)?两会/g, offset: 0 },
  // A news item of the report: "部署2024年工作", "描绘2025年发展蓝图".
  { pattern: /(?:部署|描绘|谋划|擘画)(20\d\d)年/g, offset: 0 },
  // "2024年工作回顾", "2025年及“十四五”时期经济社会发展回顾" in a report: it plans the year after.
  { pattern: /(20\d\d)年[^。，\n]{0,16}?回顾/g, offset: 1 },
  // "回望2023年", "回顾2023年工作" as a report's review heading: it plans the year after.
  { pattern: /(?:回望|回顾|回首|盘点)(20\d\d)年/g, offset: 1 },
  // A report's byline, the day it was given to the people's congress ("——2024年4月29日在修山镇第七届
  // 人民代表大会第四次会议上"): given in the first months, it plans that year.
  { pattern: /(20\d\d)年[1-6]月\d{1,2}日在[^。\n]{0,30}?(?:人民代表大会|人大)/g, offset: 0 },
  // A news item that tells last year's results and this year's plan: the year told with a plan's
  // verb is the one planned ("2019年，西藏将推进…"), however often the year before is named.
  { pattern: /(?<![到至比较])(20\d\d)年[，,\s]*[\u4e00-\u9fa5]{0,8}?(?:将|力争|拟|确保)/g, offset: 0 },
  // A plan's verb before the year ("计划2023年地区生产总值增长8.5%以上", "力争2023年…").
  { pattern: /(?:计划|力争|确保|预期)(20\d\d)年/g, offset: 0 },
  // A news item that states the year's target as such: "2021年全区生产总值增长目标为7.5%以上".
  { pattern: /(?<![到至比较])(20\d\d)年[^。，,；;\n]{0,16}?目标(?:为|是|定为|确定为)/g, offset: 0 },
  // A year whose results are told ("2006年，全县实现生产总值50.7亿元", "2010年全市上下齐心协力完成了…"): the
  // year planned, if any, is the one after it.
  { pattern: /(?<![到至比较])(20\d\d)年[，,\s]*(?:全[省市县区镇]|我[省市县区镇])[^。，,；;\n]{0,8}?(?:实现|完成了|完成)/g, offset: 1 },
  // A congress that hears how last year's plan or budget was carried out ("审议…2020年财政预算执行情况和
  // 2021年财政预算的报告"): it plans the year after. A half year's 执行情况 is of the year itself.
  { pattern: /(20\d\d)年(?!上半年|前三季度|1[-—–~至到])[^。，,；;\n]{0,16}?(?:计划|预算)\s*执行情况/g, offset: 1 },
];

export function planYear(blocks: readonly Block[]): number | null {
  const text = digitYears(blocks.map((b) => (b.kind === 'paragraph' ? b.text : b.rows.map((r) => r.join(' ')).join('\n'))).join('\n'));
  for (const { pattern, offset } of RULES) {
    const year = mostFrequent([...text.matchAll(pattern)].map((m) => Number(m[1]) + offset));
    if (year !== null) return year;
  }
  return mostFrequent([...text.matchAll(/(20\d\d)年/g)].map((m) => Number(m[1])));
}

/** The most frequent value; a tie goes to the later year (a plan names its year more). */
function mostFrequent(years: number[]): number | null {
  const counts = new Map<number, number>();
  for (const y of years) counts.set(y, (counts.get(y) ?? 0) + 1);
  let best: number | null = null;
  for (const [y, n] of counts) if (best === null || n > counts.get(best)! || (n === counts.get(best)! && y > best)) best = y;
  return best;
}
