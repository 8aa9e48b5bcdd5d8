import type { Mask } from './spans';
import type { ClauseWords, RawQualitative } from './qualitativeTypes';

/**
 * Bottom lines: a zero outcome stated as a guarantee (labels README). Each negation is its own
 * item (“确保隐性债务不新增、“三保”资金不断链、风险事件不发生” → three). Efforts against a risk
 * (防止/防范/严防/遏制), conduct rules (严禁/一律不得) and slogans that say more than one zero
 * (“两个明显下降、两个坚决不发生”) are not bottom lines. “双下降” (fewer than last year) has the
 * same shape but is relative to last year's figure, so it is read here and typed `relative`.
 *
 * Names say the target with its negation (issue 10): “不发生较大及以上安全生产事故”, “隐性债务不新增”,
 * “问题厕所动态清零” — not “事故隐患” or “问题厕所”, which read as the opposite of the target.
 */

/** The zero outcome written before the thing: 不发生较大及以上安全生产事故, 确保2024年不出现…. */
const BEFORE_THING = /(确保不发生|坚决不发生|不发生|坚决杜绝|杜绝|确保不出现|不出现)/g;
/** The zero outcome written after the thing: 隐性债务不新增, 事故“零发生”, 零就业家庭动态清零. */
const AFTER_THING = /“?(不新增|不发生|不断链|不反弹|不减少|不下降|不降低|零发生|零增长|零事故|动态清零|双下降)”?/g;
/** A guarantee made of a list of 无X: 确保无阻工、无纠纷、无强揽工程 (not 做到无事不扰: no 不 inside). */
const NONE_LIST = /^确保(无[^、，不]{1,8})((、无[^、，不]{1,8})*)$/;
/** A quoted set of zeros named by its count: 确保“三个不发生”. */
const COUNTED_ZEROS = /^(确保|做到|实现)?“([一二三四五六七八九十两]个不发生)”$/;
/** Every sampling point meets the standard: 确保国控、省控考核断面水质全部达标 (no failure allowed). */
const ALL_PASS = /^(确保|实现)(.{2,24}?)(全部|全面|稳定)达标$/;

/** Words of guarantee before the thing; they belong to the quote, not to the name. */
const GUARANTEE = /^(全力|坚决|确保|实现|保持|做到|力争|守牢|守住)+/;
/** A list item that is a clause of its own (风险有效管控), not part of the thing that stays at zero. */
const OWN_CLAUSE = /(管控|推进|提升|加强|落实|开展|实现|做到|完善|健全|改善|保持|有效|到位)/;
/** A second item that is an effort (“杜绝较大及以上事故、遏制一般事故”) ends the bottom line. */
const EFFORT_ITEM = /、(遏制|防止|防范|严防|减少|降低|控制|压降|守住|守牢)/;
/** “对问题厕所整改开展‘回头看’，做到动态清零”: the thing is named in the clause before. */
const NAMED_BEFORE = /对(.{2,12}?)(整改|排查|治理|清理|开展|进行|实行)/;

export function bottomLinesOf(w: ClauseWords, previous: string): RawQualitative[] {
  const { s, offset } = w;
  const item = (start: number, end: number, name: string, type: RawQualitative['type'] = 'bottomline'): RawQualitative =>
    ({ quoteStart: offset + start, quoteEnd: offset + end, name, type });

  const counted = COUNTED_ZEROS.exec(s);
  if (counted) return [item(0, s.length, `“${counted[2]}”`)];

  const none = NONE_LIST.exec(s);
  if (none) {
    const out: RawQualitative[] = [];
    let at = 2;
    for (const part of s.slice(2).split('、')) {
      out.push(item(at, at + part.length, part));
      at += part.length + 1;
    }
    return out;
  }

  const before = beforeThing(w);
  if (before) return [before];

  const after = afterThing(w, previous);
  if (after.length > 0) return after;

  const pass = ALL_PASS.exec(s);
  if (pass) return [item(0, s.length, `${pass[2]}${pass[3]}达标`)];
  return [];
}

function beforeThing({ s, offset, mask }: ClauseWords): RawQualitative | null {
  for (const m of s.matchAll(BEFORE_THING)) {
    const at = m.index ?? 0;
    // Inside a quoted slogan (“两个坚决不发生”) it names a campaign, not a bottom line of its own.
    if (mask[offset + at]) continue;
    const rest = s.slice(at + m[0].length);
    const cut = EFFORT_ITEM.exec(rest);
    const object = (cut ? rest.slice(0, cut.index) : rest).replace(/(的底线|底线|问题)$/, '');
    if (object.length < 2) continue;
    const start = /^(确保|坚决)$/.test(s.slice(Math.max(0, at - 2), at)) ? at - 2 : at;
    const marker = m[0].replace(/^(确保|坚决)/, '');
    return { quoteStart: offset + start, quoteEnd: offset + at + m[0].length + object.length, name: marker + object, type: 'bottomline' };
  }
  return null;
}

function afterThing({ s, offset, mask }: ClauseWords, previous: string): RawQualitative[] {
  const out: RawQualitative[] = [];
  let from = 0;
  for (const m of s.matchAll(AFTER_THING)) {
    const at = m.index ?? 0;
    const core = at + (m[0].startsWith('“') ? 1 : 0);
    const quotedAlone = m[0].startsWith('“') && m[0].endsWith('”');
    const end = at + m[0].length;
    // A marker inside a longer quoted slogan is part of the slogan's name.
    if (mask[offset + core] && !quotedAlone) {
      from = end;
      continue;
    }
    let start = from + (s.slice(from).length - s.slice(from).replace(/^([、，和及与]|以及)+/, '').length);
    start += s.slice(start, at).length - s.slice(start, at).replace(GUARANTEE, '').length;
    start = thingStart(s, start, at, mask, offset);
    let name = s.slice(start, at);
    if (name.replace(/[“”]/g, '').length < 2) {
      if (m[1] !== '动态清零') {
        from = end;
        continue;
      }
      // A bare “做到动态清零”: the quote keeps its verb, the name comes from the clause before.
      start = from;
      name = `${NAMED_BEFORE.exec(previous)?.[1] ?? ''}动态清零`;
    } else {
      name += m[0];
    }
    out.push({ quoteStart: offset + start, quoteEnd: offset + end, name, type: m[1] === '双下降' ? 'relative' : 'bottomline' });
    from = end;
  }
  return out;
}

/** Where the thing before a marker starts: list items that are clauses of their own are dropped
 *  (“风险有效管控、事故隐患动态清零” → 事故隐患), nouns joined by 、 are kept
 *  (“生产安全事故起数、死亡人数“双下降”” → both). */
function thingStart(s: string, start: number, end: number, mask: Mask, offset: number): number {
  let begin = start;
  for (let i = start; i < end; i++) {
    if (s[i] === '、' && !mask[offset + i] && OWN_CLAUSE.test(s.slice(begin, i))) begin = i + 1;
  }
  return begin;
}
