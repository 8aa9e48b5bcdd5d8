import type { ClauseWords, RawQualitative } from './qualitativeTypes';

/**
 * Targets relative to another figure (labels README): 与经济增长同步(增长), 控制在省定目标以内 (省政府下达的范围之内),
 * 低于省市平均水平 (增速高于全省平均、位次靠前), 达到省市要求, 完成国家和省市下达的节能减排任务, 与乙烯项目同时建成、同时投产.
 * (“双下降”, relative to last year, is read with the bottom lines: it has their shape.)
 * The name is the comparison as the target states it (issue 10), without the tone before it.
 */
const PATTERNS: RegExp[] = [
  /^(.{1,24}?)(与|和|同)(.{1,12}?)(基本)?同步$/,
  // Growing with another figure (与经济同步增长); "A和B同步提升" only says both grow.
  /^(.{1,24}?)与(.{1,12}?)(基本)?同步(增长|提高|提升)$/,
  /^(.{1,80}?)(控制在|低于|高于|不低于|不高于|优于|达到)(全国|国家|省市|省政府|市政府|省|市|全省全市|全省|全市|省定|市定|上级)(下达的?)?(.{0,10}?)(目标|平均水平|平均|要求|水平|范围)(以内|以下|以上|之内|内)?(?:、(?:位次|排名)(?:靠前|前移|进位))?$/,
  // A task or target set by a higher level: "（全面）完成省下达节能减排任务", "完成国家下达的单位地区生产总值
  // 二氧化碳排放降低任务", "单位地区生产总值能耗完成“十四五”国家考核目标", "A和B均完成省下达".
  /^(.{0,120}?)(?:均|全面|确保|力争|超额)*完成(?:“[^”]{1,8}”)?(?:国家和省市|国家|省、市|省市|省|市|自治区|上级)(?:下达|考核|确定|要求)的?(.{0,24}?)$/,
  // A reduction target named as such: "超额完成主要污染物排放总量的削减目标", "完成节能减排目标任务"
  // (a task set from outside even without 下达, labels README).
  /^(?:全面|确保|力争|超额)*完成(.{2,60}?)的?(?:削减|减排|节能|降低|控制)(?:目标任务|目标|任务)$/,
  /^(.{1,24}?)(与|和)(省市|全省|全市|省|市)(保持)?一致$/,
  // A target set from outside named by who sets it ("…完成市定目标") or as an assigned task of the
  // year ("空气质量完成年度目标任务"), and a level kept with last year's ("固定资产投资与上年度持平").
  /^(.{2,60}?)完成(?:国家|省|市|省定|市定|县定|上级)?(?:年度|进度)?目标(?:任务)?$/,
  // One figure's change against another's: "居民人均可支配收入增速高于地区生产总值增速", "A增幅快于B增长".
  /^(.{2,24}?)(?:增速|增幅|涨幅)(?:略|明显)?(?:高于|快于|低于|慢于|不低于|不高于|超过)(.{2,16}?)(?:增速|增幅|涨幅|增长)$/,
  // A fall that is to narrow, against last year's: "一般公共预算收入降幅继续收窄".
  /^(.{2,24}?)(?:降幅|跌幅|下降幅度|亏损面)(?:继续|进一步|持续|逐步)?(?:收窄|缩小|减小)$/,
  /^(.{2,24}?)与上年(?:度|同期)?持平$/,
  // The same as last year's level: "财政收入保持上年水平".
  /^(.{2,24}?)保持(?:在)?上年(?:度|同期)?水平$/,
  // Done together with another project: the name keeps both sides, or it says nothing.
  /^(.{2,24}?与.{2,16}?同时(建成|投产|开工|完成|投用|竣工)(、?同时(建成|投产|开工|完成|投用|竣工))*)$/,
];

/** Tone before the thing compared: part of the quote, not of the name. */
const TONE = /^(确保|力争|实现|努力|全力)+/;

export function relativeOf({ s, offset }: ClauseWords): RawQualitative | null {
  for (const re of PATTERNS) {
    const m = re.exec(s);
    if (!m) continue;
    return { quoteStart: offset, quoteEnd: offset + s.length, name: s.replace(TONE, ''), type: 'relative' };
  }
  return null;
}
