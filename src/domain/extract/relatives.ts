import type { ClauseWords, RawQualitative } from './qualitativeTypes';

/**
 * Targets relative to another figure (labels README): 与经济增长同步, 控制在省定目标以内,
 * 低于省市平均水平, 达到省市要求, 完成国家和省市下达的节能减排任务, 与乙烯项目同时建成、同时投产.
 * (“双下降”, relative to last year, is read with the bottom lines: it has their shape.)
 * Each pattern captures the thing compared as group 1, which becomes the name.
 */
const PATTERNS: RegExp[] = [
  /^(.{1,24}?)(与|和|同)(.{1,12}?)(基本)?同步$/,
  /^(.{1,24}?)(控制在|低于|高于|不低于|不高于|优于|达到)(国家|省市|省|市|全省全市|全省|全市|省定|市定|上级)(下达的?)?(.{0,10}?)(目标|平均水平|平均|要求|水平)(以内|以下|以上)?$/,
  /^完成(?:国家和省市|国家|省市|省|市|上级)下达的?(.{0,12}(任务|目标))$/,
  /^(.{1,24}?)(与|和)(省市|全省|全市|省|市)(保持)?一致$/,
  // Done together with another project: the name keeps both sides, or it says nothing.
  /^(.{2,24}?与.{2,16}?同时(建成|投产|开工|完成|投用|竣工)(、?同时(建成|投产|开工|完成|投用|竣工))*)$/,
];

/** Tone before the thing compared: part of the quote, not of the name. */
const TONE = /^(确保|力争|实现|努力|全力)+/;

export function relativeOf({ s, offset }: ClauseWords): RawQualitative | null {
  for (const re of PATTERNS) {
    const m = re.exec(s);
    if (!m) continue;
    const name = m[1].replace(TONE, '').replace(/(控制|保持)$/, '');
    return { quoteStart: offset, quoteEnd: offset + s.length, name: name.length >= 2 ? name : s.replace(TONE, ''), type: 'relative' };
  }
  return null;
}
