import type { IndicatorKind } from '../model';
import { isRateUnit } from './units';

/**
 * growth or level, from the words before a rate: 增长7.5% is a change (growth), 优良率85% and
 * 提高到62% are levels. Returns the name with the growth verb taken off.
 */
export const TO_LEVEL = /(提高到|提高至|提升到|提升至|增加到|增加至|降低到|降低至|下降到|下降至|降至|升至|扩大到|扩大至|缩小到|缩小至)$/;
const CHANGE_VERB = /(比上年度同比|比上年同期|比上年|较上年|同比|年均)?(负增长|增长|上涨|下降|降低|减少|压减|压缩|削减|回落|提高|提升|增加|回升|扩大|递增|比增|同比增)(幅度)?$/;
const CHANGE_NOUN = /(增速|增幅|涨幅|提速)$/;
export const DECREASE = /^(下降|降低|减少|压减|压缩|削减|回落|负增长)$/;
/** The base a change is measured against: last year, or a year named ("较2023年增加3000人"). */
const BASE = '比上年度同比|比上年同期|比上年|较上年|同比|[比较]20\\d\\d年(?:度)?';
const YEAR_ON_YEAR = new RegExp(`(${BASE}|年均)$`);
/** How the change is computed, not what changes: "同口径比上年增长12%", "按可比价格计算增长7%". */
const BASIS = /[，,]?(同口径|按?可比(口径|价格?)?(计算)?)$/;
/** A margin over another figure: "高于全国平均水平", "快于全省增速". */
const MARGIN = /(高于|快于|低于|慢于|超过|超出)[^，,；;]{1,12}(水平|平均|增速|增幅)$/;
/** A change in an amount measured against last year: "比上年增加1530元", "较上年减少2亿元". */
const AMOUNT_CHANGE = new RegExp(`(比上年度|${BASE})(增长|增加|下降|减少|提高)$`);

/**
 * `decline`: the words say the figure is a fall written as a positive number (下降3%, 压减5%以上,
 * 降幅3%, 负增长2%). The target is then signed (−3): what the progress engine compares a clerk's
 * figure with, written the way statistics releases write a fall ("-48.0"). The verb leaves the name.
 */
export function classifyKind(prefix: string, unit: string): { name: string; kind: IndicatorKind; decline?: boolean } {
  // Doublings (比2010年翻一番) are a change, named without the base year.
  if (unit === '番') return { name: prefix.replace(/(?:力争|确保|预期)?(?:20\d\d年)?(?:比20\d\d年)?翻?$/, ''), kind: 'growth' };
  if (TO_LEVEL.test(prefix)) return { name: prefix.replace(TO_LEVEL, ''), kind: 'level' };
  // An amount added on last year ("人均可支配收入比上年增加1530元") is a change in its unit: the base
  // of comparison says so. Without it ("新增就业1万人", "增加绿地50亩") an amount is a level.
  const onLastYear = !isRateUnit(unit) && AMOUNT_CHANGE.test(prefix);
  if (!isRateUnit(unit) && !onLastYear) return { name: prefix, kind: 'level' };
  const verb = CHANGE_VERB.exec(prefix);
  if (verb) {
    const name = prefix.slice(0, verb.index).replace(YEAR_ON_YEAR, '').replace(BASIS, '');
    return DECREASE.test(verb[2]) ? { name, kind: 'growth', decline: true } : { name, kind: 'growth' };
  }
  if (/(降幅|下降幅度)$/.test(prefix)) return { name: prefix.replace(/(降幅|下降幅度)$/, ''), kind: 'growth', decline: true };
  if (CHANGE_NOUN.test(prefix)) return { name: prefix, kind: 'growth' };
  // A margin over another rate in points ("高于全国平均水平0.5个百分点") is judged as a change is;
  // the name keeps the comparison.
  if (/百分点$/.test(unit) && MARGIN.test(prefix)) return { name: prefix, kind: 'growth' };
  return { name: prefix, kind: 'level' };
}
