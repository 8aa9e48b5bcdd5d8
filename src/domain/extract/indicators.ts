import type { Cmp, IndicatorKind } from '../model';
import type { Clause } from './clauses';
import type { Figure } from './figures';
import type { Measure } from './types';
import { classifyKind } from './growth';
import { dropExamples, expandList, leadingVerb, splitList, trimLeading, trimTrailing } from './names';
import { qualifierBefore } from './qualifiers';
import { isCountUnit } from './units';

/** An indicator in clean-text coordinates, before quotes are mapped back to the input. */
export interface RawIndicator extends Measure {
  quoteStart: number;
  quoteEnd: number;
  uncertain?: string;
}

const LIST_SEP = /^([、，,；;]|以及|和|及|与|并|[（(][0-9一二三四五六七八九十]{1,2}[)）]|[0-9]{1,2}[.．、](?!\d)|[一二三四五六七八九十]{1,2}、)+/;
/** Between a qualifying figure and the figure it qualifies there is only a noun: 50亿元以上项目1个. */
const QUALIFIER_GAP = /^[^、，,；;和及与并]{1,14}$/;
/** Words before a figure that make it the size of something named after it (总投资356.8亿元的…). */
const DESCRIPTIVE = /(总投资|投资额|计划投资|年产|年产能|产能|规模|占地|占地面积|总面积|面积|总长|全长|长度|装机容量|装机|容量|库容|总计)$/;
/** A count after these verbs counts the things worked on, not things to deliver (推进3条道路建设). */
const EFFORT = /^(全力|大力|加快|积极|着力|持续|深入|扎实|纵深|全面|重点)*(推进|推动|加快|申报|实行|用好|围绕|依托|聚焦|谋划|储备|利用|发挥|对接|统筹|严控)/;
/** Verbs after which a count in Chinese numerals is a target (办好六件民生实事, 新增一个…). */
const CHINESE_COUNT_VERB = /(新增|新建|建成|建设|完成|培育|引进|改造|办好|办实|创建|新开工|投产|建立)$/;
const NEUTRAL = /(保持在|稳定在|维持在|保持|稳定|达到|达|为)$/;

function stripNeutral(s: string): string {
  let out = s;
  while (NEUTRAL.test(out) && out.replace(NEUTRAL, '').length > 0) out = out.replace(NEUTRAL, '');
  return out;
}

interface Named {
  name: string;
  kind: IndicatorKind;
  cmpBefore: Cmp | null;
  /** The figure is a fall written as a positive number (负增长2%). */
  negate?: boolean;
}

/** The signed target: 负增长2% is −2 (a figure already written −2 stays −2). */
function targetOf(f: Figure, named: Named): number {
  return named.negate ? -Math.abs(f.value) : f.value;
}

/** Name, kind and leading comparator from the words before a figure. */
function nameFromPrefix(prefix: string, unit: string): Named {
  let p = trimTrailing(prefix);
  const q = qualifierBefore(p);
  let cmpBefore: Cmp | null = null;
  if (q) {
    cmpBefore = q.cmp;
    p = p.slice(0, p.length - q.length);
  }
  const toLevel = /(提高到|提高至|提升到|提升至|增加到|增加至|降低到|降低至|下降到|下降至|降至|升至|扩大到|扩大至)$/.test(p);
  const classified = classifyKind(toLevel ? p : stripNeutral(trimTrailing(p)), unit);
  const name = trimLeading(trimTrailing(stripNeutral(classified.name)));
  return classified.negate ? { name, kind: classified.kind, cmpBefore, negate: true } : { name, kind: classified.kind, cmpBefore };
}

function uncertainName(name: string): string | undefined {
  if (name.length === 0) return '未能确定指标名称，请核对';
  if (name.length > 24) return '指标名称较长，可能包含多余文字，请核对';
  return undefined;
}

/** The targets of one clause. `figures` are the clause's figures, in order. */
export function indicatorsOfClause(text: string, clause: Clause, figures: Figure[], carry: { verb: string | null; subject?: string | null }): RawIndicator[] {
  const out: RawIndicator[] = [];
  let segStart = clause.start;
  let group: { subjects: string[]; predicate: string; members: Figure[]; start: number } | null = null;
  const flushGroup = () => {
    if (!group) return;
    const g = group;
    group = null;
    const names = expandList(g.subjects.map((s) => trimLeading(s)));
    const last = g.members[g.members.length - 1];
    const matched = names.length === g.members.length;
    g.members.forEach((f, k) => {
      const subject = matched ? names[k] : g.subjects.join('、');
      const named = nameFromPrefix(subject + g.predicate, f.unit);
      out.push({
        quoteStart: g.start, quoteEnd: last.end, name: named.name, kind: named.kind, target: targetOf(f, named), max: f.max,
        unit: f.unit, cmp: f.cmpAfter ?? named.cmpBefore ?? (k > 0 ? out[out.length - 1].cmp : '=') ,
        uncertain: matched ? uncertainName(named.name) : '分别列出的名称与数值个数不一致，请核对名称',
      });
    });
  };

  for (let k = 0; k < figures.length; k++) {
    const f = figures[k];
    const next = k + 1 < figures.length ? figures[k + 1] : null;
    const rawPrefix = text.slice(segStart, f.start);
    const prefixStart = segStart + (rawPrefix.length - rawPrefix.replace(LIST_SEP, '').length);
    const prefix = text.slice(prefixStart, f.start);

    // Members of a 分别 list: "分别增长8%、10%" — the second figure has nothing before it but 、.
    if (group && /^[、，,]?$/.test(rawPrefix)) {
      group.members.push(f);
      segStart = f.end;
      continue;
    }
    flushGroup();

    // A figure that qualifies the next one: 引进50亿元以上项目1个, 产值过50亿元企业1家.
    if (next && QUALIFIER_GAP.test(text.slice(f.end, next.start)) && !/^的/.test(text.slice(f.end))) {
      continue; // the next figure's prefix starts where this one's did
    }
    // The size of something named after it: 总投资356.8亿元的乙烯项目, 年产30万吨…装置.
    const after = text.slice(f.end, next ? next.start : clause.end);
    // "25%以上的面积" is a share to reach, not a size.
    const sizeOf = /^的/.test(after) && f.unit !== '%';
    if (sizeOf || (DESCRIPTIVE.test(prefix) && /^[\u4e00-\u9fa5A-Za-z“]/.test(after))) {
      segStart = f.end;
      continue;
    }
    // Ordinals, ranks, and counts of what already exists (全区共有…218人) are not targets.
    if (text[f.start - 1] === '第' || /(前|排名|第)$/.test(prefix) || /(共有|现有|目前有)/.test(prefix)) {
      segStart = f.end;
      continue;
    }

    // A noun after the figure names what is counted: 新增1个省级美丽乡村示范村.
    let suffix = after.replace(/^的/, '').split(/[、]/)[0];
    if (next) {
      const joint = /(以及|和|及|与|并)(?!.*(以及|和|及|与|并))/.exec(suffix);
      if (joint && text.slice(f.end + suffix.length).length >= 0 && after.length === suffix.length) {
        suffix = suffix.slice(0, joint.index);
      }
    }
    if (!/^[\u4e00-\u9fa5A-Za-z“]/.test(suffix) || /^(以上|以内|以下|左右)/.test(suffix)) suffix = '';
    const suffixEnd = suffix ? f.end + after.indexOf(suffix) + suffix.length : f.end;

    if (suffix && EFFORT.test(trimLeading(prefix) || prefix)) {
      segStart = suffixEnd;
      continue;
    }
    if (f.chinese && !(CHINESE_COUNT_VERB.test(prefix) && suffix && isCountUnit(f.unit) && !/^方面/.test(suffix))) {
      segStart = f.end;
      continue;
    }

    // A shared subject: "社会消费品零售总额、固定资产投资分别增长8%、10%".
    const fenbie = prefix.indexOf('分别');
    if (fenbie >= 0 && !suffix) {
      const subjects = splitList(trimLeading(prefix.slice(0, fenbie)));
      group = { subjects, predicate: prefix.slice(fenbie + 2), members: [f], start: prefixStart };
      segStart = f.end;
      continue;
    }
    // One figure for each of a list: "农村自来水进村工程、片区管网延伸工程各6个".
    if (/各$/.test(prefix) && !suffix) {
      const items = expandList(splitList(trimLeading(prefix.slice(0, -1))));
      for (const item of items) {
        const named = nameFromPrefix(item, f.unit);
        out.push({
          quoteStart: prefixStart, quoteEnd: f.end, name: named.name, kind: named.kind, target: targetOf(f, named),
          max: f.max, unit: f.unit, cmp: f.cmpAfter ?? named.cmpBefore ?? '=', uncertain: uncertainName(named.name),
        });
      }
      segStart = f.end;
      continue;
    }

    const named = nameFromPrefix(suffix ? prefix : dropExamples(prefix, ''), f.unit);
    let name = named.name;
    if (suffix) name = trimLeading(dropExamples(trimTrailing(prefix), trimTrailing(suffix)));
    // A verb shared by a list: "新建公租房83套，保障性租赁住房100套".
    const verb = leadingVerb(name);
    // Only a bare noun phrase counting things takes the verb of the item before it.
    const bare = trimTrailing(prefix).replace(/^(全年|其中|同时)/, '');
    const plainNoun = named.cmpBefore === null && !NEUTRAL.test(bare) && !/^(完成|实现|达到|确保|力争)/.test(bare);
    if (!verb && carry.verb && plainNoun && isCountUnit(f.unit) && name.length > 0 && !/(率|额|值|量|比重|占比|总数)$/.test(name)) {
      name = carry.verb + name;
    }
    // "项目新签约80个以上、新开工70个以上": the later items share the subject before the verb.
    const shared = carry.subject && /^新[\u4e00-\u9fa5]{1,3}$/.test(name) ? carry.subject : null;
    if (shared) name = shared + name;
    const subjectVerb = /^(.{1,6}?)(新[\u4e00-\u9fa5]{1,3})$/.exec(name);
    carry.subject = subjectVerb ? subjectVerb[1] : shared;
    const nextVerb = leadingVerb(name);
    carry.verb = nextVerb && name.length > nextVerb.length ? nextVerb : null;
    out.push({
      quoteStart: prefixStart, quoteEnd: suffix ? suffixEnd : f.end, name, kind: suffix ? 'level' : named.kind,
      target: targetOf(f, named), max: f.max, unit: f.unit, cmp: f.cmpAfter ?? named.cmpBefore ?? '=', uncertain: uncertainName(name),
    });
    segStart = suffix ? suffixEnd : f.end;
  }
  flushGroup();
  return out;
}
