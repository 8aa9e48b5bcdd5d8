import type { QualitativeType } from '../model';
import type { Clause } from './clauses';

/**
 * Checkable targets without a figure (README of the labels): bottom lines (不发生…, 杜绝…),
 * targets relative to another figure (与经济增长同步, 控制在省定目标以内), and milestones (a
 * completion verb applied to a named deliverable: 完成云溪小学改扩建, 启动长岭消防救援站建设).
 */
export interface RawQualitative {
  quoteStart: number;
  quoteEnd: number;
  name: string;
  type: QualitativeType;
}

const BOTTOM_PREFIX = /(确保不发生|坚决不发生|不发生|坚决杜绝|杜绝|确保不出现|不出现)/;
const BOTTOM_SUFFIX = /^(.{2,30}?)(不新增|不发生|不断链|“零发生”|零发生|零增长)/;
const RELATIVE = [
  /^(.{0,24}?)(与|和|同)(.{1,12}?)(基本)?同步$/,
  /^(.{1,24}?)(控制在|低于|高于|不低于|不高于|优于|达到)(国家|省市|省|市|全省|全市|省定|市定|上级)(下达的?)?(.{0,10}?)(目标|平均水平|平均|要求|水平)(以内|以下|以上)?$/,
  /^(完成)(国家和省市|国家|省市|省|市|上级)下达的?(.{0,12})(任务|目标)$/,
  /^(.{1,24}?)(与|和)(省市|全省|全市|省|市)(保持)?一致$/,
];
const MILESTONE_VERBS = '完成|启动|建成|投产|开工|竣工|投用|通车|挂牌|开业|获批|建成投产|建成运营|开工建设|启动建设|整体搬迁';
const VERB_FIRST = new RegExp(`^(确保|力争|全面|全力|加快|坚决|争取|基本)?(${MILESTONE_VERBS})(.{3,})$`);
const VERB_LAST = new RegExp(`^(确保|力争|推动|推进|全力推进|实现|促进|争取)(.{3,}?)(${MILESTONE_VERBS})$`);
/** Objects that are efforts or duties, not deliverables. */
const GENERIC = /(各项|工作任务|目标任务|交办|反馈问题|整改|工作$|任务$|目标$|要求$|作用$|水平$|能力$)/;

function clauseText(text: string, c: Clause): { s: string; offset: number } {
  const raw = text.slice(c.start, c.end);
  const lead = raw.length - raw.replace(/^[、，,；;\s]+/, '').length;
  return { s: raw.slice(lead).replace(/[。]$/, ''), offset: c.start + lead };
}

export function qualitativeOfClause(text: string, clause: Clause, hasFigure: boolean, mask: boolean[]): RawQualitative[] {
  const { s, offset } = clauseText(text, clause);
  const out: RawQualitative[] = [];
  const bottom = BOTTOM_PREFIX.exec(s);
  // A slogan in quotes (“两个坚决不发生”) names a campaign, not a bottom line of its own.
  if (bottom && !mask[offset + bottom.index]) {
    const object = s.slice(bottom.index + bottom[0].length).replace(/(底线|的底线|问题)$/, '');
    if (object.length >= 2) {
      const startWord = /^(确保|坚决)/.test(s.slice(Math.max(0, bottom.index - 2), bottom.index)) ? bottom.index - 2 : bottom.index;
      const end = bottom.index + bottom[0].length + object.length;
      out.push({ quoteStart: offset + startWord, quoteEnd: offset + end, name: object, type: 'bottomline' });
      return out;
    }
  }
  const suffixBottom = BOTTOM_SUFFIX.exec(s.replace(/^(确保|坚决|实现)/, ''));
  const lead = s.length - s.replace(/^(确保|坚决|实现)/, '').length;
  if (suffixBottom && !mask[offset + lead + suffixBottom[1].length]) {
    out.push({ quoteStart: offset + lead, quoteEnd: offset + lead + suffixBottom[0].length, name: suffixBottom[1], type: 'bottomline' });
    return out;
  }
  if (hasFigure) return out;
  for (const re of RELATIVE) {
    const m = re.exec(s);
    if (m) {
      out.push({ quoteStart: offset, quoteEnd: offset + s.length, name: s.replace(/^(确保|力争|实现)/, ''), type: 'relative' });
      return out;
    }
  }
  const first = VERB_FIRST.exec(s);
  if (first && !GENERIC.test(first[3])) {
    const start = first[1] ? first[1].length : 0;
    out.push({ quoteStart: offset + start, quoteEnd: offset + s.length, name: first[3], type: 'milestone' });
    return out;
  }
  const last = VERB_LAST.exec(s);
  if (last && !GENERIC.test(last[2])) {
    out.push({ quoteStart: offset, quoteEnd: offset + s.length, name: last[2] + last[3], type: 'milestone' });
  }
  return out;
}
