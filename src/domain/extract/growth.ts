import type { IndicatorKind } from '../model';
import { isRateUnit } from './units';

/**
 * growth or level, from the words before a rate: 增长7.5% is a change (growth), 优良率85% and
 * 提高到62% are levels. Returns the name with the growth verb taken off.
 */
const TO_LEVEL = /(提高到|提高至|提升到|提升至|增加到|增加至|降低到|降低至|下降到|下降至|降至|升至|扩大到|扩大至)$/;
const CHANGE_VERB = /(比上年度同比|比上年同期|比上年|较上年|同比|年均)?(负增长|增长|下降|降低|减少|压减|压缩|削减|提高|提升|增加|回升|扩大|递增)(幅度)?$/;
const CHANGE_NOUN = /(增速|增幅|涨幅|提速|降幅)$/;
const DECREASE = /^(下降|降低|减少|压减|压缩|削减)$/;

/**
 * `negate`: the words say the figure is a fall although it is written as a positive number
 * (负增长2% is a growth of −2%). A decrease verb (下降3%) is not negated: it stays in the name
 * with a positive figure, which the progress engine reads as lower-is-better.
 */
export function classifyKind(prefix: string, unit: string): { name: string; kind: IndicatorKind; negate?: boolean } {
  if (TO_LEVEL.test(prefix)) return { name: prefix.replace(TO_LEVEL, ''), kind: 'level' };
  if (!isRateUnit(unit)) return { name: prefix, kind: 'level' };
  const verb = CHANGE_VERB.exec(prefix);
  if (verb) {
    // A decrease keeps its verb in the name ("发案率下降") so that the figure, written as a
    // positive number, is not read as a rise.
    const base = prefix.slice(0, verb.index);
    const name = DECREASE.test(verb[2]) ? base + verb[2] : base;
    const growth = { name: name.replace(/(比上年度同比|比上年|较上年|同比|年均)$/, ''), kind: 'growth' as const };
    return verb[2] === '负增长' ? { ...growth, negate: true } : growth;
  }
  // 降幅3% is 下降3%: name it with the verb so that it reads as a decrease like the others.
  if (/降幅$/.test(prefix)) return { name: prefix.replace(/降幅$/, '下降'), kind: 'growth' };
  if (CHANGE_NOUN.test(prefix)) return { name: prefix, kind: 'growth' };
  return { name: prefix, kind: 'level' };
}
