import { parseNumber } from '../numbers/parseNumber';
import type { Clause } from './clauses';
import type { RawIndicator } from './indicators';
import { trimLeading } from './names';

/**
 * A rank to reach: "年度排名进入全市省级高新区前三", "冲刺省级高新区排名全省前十". The figure is
 * the rank (3 名, at most); "前列" or "位次前移" state no figure and are not targets.
 */
const RANK = /^(.*?)(进入|冲刺|保持|位居|位列|稳居|跻身|进)(.{0,16}?)前([一二三四五六七八九十]{1,3}|\d{1,3})(名|位|强)?$/;
/** The same rank said as a league: "县域综合经济实力跻身全省十强" (at most 10th). */
const LEAGUE = /^(.*?)(进入|冲刺|跻身|迈入|挺进|稳居)(.{0,16}?)([一二三四五六七八九十]{1,3}|百|\d{1,3})强$/;

export function rankingOfClause(text: string, clause: Clause): RawIndicator[] {
  const raw = text.slice(clause.start, clause.end);
  if (!raw.includes('前') && !raw.endsWith('强')) return [];
  const s = raw.replace(/^[、，,；;\s]+/, '');
  const lead = raw.length - s.length;
  const m = RANK.exec(s) ?? LEAGUE.exec(s);
  if (!m) return [];
  const value = parseNumber(m[4]);
  if (value === null) return [];
  const subject = trimLeading(m[1]).replace(/^(?:力争|确保|争取|努力)+/, '').replace(/(年度)?排名$/, '');
  const scope = m[3].replace(/^(排名)/, '');
  const name = `${subject}${scope}排名`;
  return [{
    quoteStart: clause.start + lead, quoteEnd: clause.end, name, kind: 'level', target: value, max: null,
    unit: '名', cmp: '<=', uncertain: subject ? undefined : '未能确定排名对象，请核对',
  }];
}
