/**
 * Indicator tables (issue 11): a list of indicators with their year's target in a column of its
 * own, with or without a unit column, without 序号 or with one — "项目 / 分值 / 目标任务 / 监考单位"
 * (a district's target table), "指标名称 / 单位 / 目标值 / 责任单位". Unlike a decomposition table
 * (序号 + 目标任务 as the task's text), the task here is the indicator's name and the target a figure
 * in its own cell. A score or weight column (分值, 权重) holds no targets, and neither does a cell
 * that only says how the row is judged ("年终根据全省平均水平综合考核").
 */
import type { Cmp } from '../model';
import type { Measure } from '../extract/types';
import { matchUnit } from '../extract/units';
import { qualifierAfter, qualifierBefore } from '../extract/qualifiers';

export type IndicatorRole = 'seq' | 'name' | 'score' | 'target' | 'unit' | 'owner' | 'category' | 'result';

/** Header words, as a cell's whole text without spaces. Tried in order. */
const ROLES: [IndicatorRole, RegExp][] = [
  ['seq', /^(?:序号|编号)$/],
  ['score', /^(?:分值|权重|分数|基本分|分值权重|考核分值)$/],
  ['unit', /^(?:计量)?单位$/],
  ['owner', /^(?:监考|考核|责任|牵头|主管|监测|配合|主责|统计)(?:单位|部门)$/],
  ['target', /^(?:20\d\d年(?:度)?)?(?:目标任务|目标值|年度目标|目标|任务数|年度任务|计划目标|预期目标|任务目标|目标数|计划数|考核目标|计划)(?:值)?$/],
  ['name', /^(?:项目|指标|指标名称|考核指标|考核项目|考核内容|主要指标|项目名称|指标项目|具体指标|经济指标|考核指标名称)$/],
  ['category', /^(?:类别|类型|分类|指标类别|考核类别|指标类型)$/],
  // A report on the plan puts what was done beside each target ("年度目标 / 完成情况"): results.
  ['result', /^(?:(?:上半年|前三季度|1-\d{1,2}月|1—\d{1,2}月|全年)?(?:完成情况|执行情况|实际完成|完成值|完成数|进展情况|完成)|实绩|实际值)$/],
];

export function indicatorRole(cell: string): IndicatorRole | null {
  const words = cell.replace(/[\s\u3000]+/g, '');
  if (words === '' || words.length > 12) return null;
  for (const [role, pattern] of ROLES) if (pattern.test(words)) return role;
  return null;
}

/** The columns of an indicator table's header, or null when the row is not one: it names the
 *  indicator and its target (and nothing of a decomposition's task text). */
export function indicatorColumns(header: readonly string[]): (IndicatorRole | null)[] | null {
  const roles = header.map(indicatorRole);
  if (!roles.includes('name') || !roles.includes('target')) return null;
  // Every named column has a known role: a header is not a sentence that happens to hold 目标.
  const named = header.filter((c) => c.trim() !== '').length;
  if (roles.filter((r) => r !== null).length < Math.max(2, named - 1)) return null;
  return roles;
}

/** A comparison written as a sign before the figure: ≥95, ＜4.5. */
const SIGN_BEFORE: Record<string, Cmp> = { '≥': '>=', '>': '>=', '＞': '>=', '≤': '<=', '<': '<=', '＜': '<=', '≈': '~', '约': '~' };
/** A change rather than a level: 增长7%, 下降3%. */
const CHANGE = /^(增长|增速|增幅|提高|提升|下降|降低|减少)$/;
const DECLINE = /^(下降|降低|减少)$/;
/** Words about a cell's figure that leave it a target: 力争, 确保, 达到, 完成. */
const TONE = /^(力争|确保|达到|完成|实现|新增)?$/;

const FIGURE = /^(-|−)?(\d+(?:,\d{3})*(?:\.\d+)?)(?:\s*[-—–~～至到]\s*(\d+(?:\.\d+)?))?/;

/**
 * The target a cell states: "186", "18.4", "低于 4.1", "≥95", "95%以上", "增长7%左右", "5-6".
 * `unit` is the row's unit cell, if the table has one. Null for a cell that is not a figure
 * ("年终根据全省平均水平综合考核", "完成市下达任务").
 */
export function targetOfCell(cell: string, unit: string | null): Pick<Measure, 'kind' | 'target' | 'max' | 'unit' | 'cmp'> | null {
  const text = cell.replace(/[\s\u3000]+/g, '');
  const at = text.search(/[-−]?\d/);
  if (at < 0) return null;
  let before = text.slice(0, at);
  let cmp: Cmp | null = null;
  const sign = SIGN_BEFORE[before.slice(-1)];
  if (sign) {
    cmp = sign;
    before = before.slice(0, -1);
  } else {
    const q = qualifierBefore(before);
    if (q) {
      cmp = q.cmp;
      before = before.slice(0, before.length - q.length);
    }
  }
  const change = /(增长|增速|增幅|提高|提升|下降|降低|减少)$/.exec(before);
  if (change) before = before.slice(0, change.index);
  if (!TONE.test(before)) return null;
  const m = FIGURE.exec(text.slice(at));
  if (!m) return null;
  let rest = text.slice(at + m[0].length);
  let written = '';
  const u = matchUnit(rest, 0);
  if (u) {
    written = u.unit;
    rest = rest.slice(u.length);
  } else if (rest.startsWith('%') || rest.startsWith('‰')) {
    written = rest[0];
    rest = rest.slice(1);
  }
  const after = qualifierAfter(rest);
  if (after) {
    cmp = after.cmp;
    rest = rest.slice(after.length);
  }
  // "控制在 10410人内": 内 after the unit closes a 控制在.
  if (rest === '内' && cmp === '<=') rest = '';
  if (rest !== '') return null;
  const value = Number(m[2].replace(/,/g, '')) * (m[1] ? -1 : 1);
  const max = m[3] !== undefined ? Number(m[3]) : null;
  const unitOfRow = (unit ?? '').replace(/[\s\u3000]+/g, '');
  const finalUnit = written !== '' ? written : unitOfRow === '%' || unitOfRow === '％' ? '%' : (matchUnit(unitOfRow, 0)?.unit ?? '');
  const growth = change !== null && CHANGE.test(change[1]);
  if (growth && DECLINE.test(change![1])) {
    if (max !== null) return { kind: 'growth', target: -max, max: -value, unit: finalUnit, cmp: cmp ?? '=' };
    const flipped: Cmp = cmp === '>=' ? '<=' : cmp === '<=' ? '>=' : (cmp ?? '=');
    return { kind: 'growth', target: -value, max: null, unit: finalUnit, cmp: flipped };
  }
  return { kind: growth ? 'growth' : 'level', target: value, max, unit: finalUnit, cmp: cmp ?? '=' };
}

/** A figure in a target column that is a growth rate by its name ("地区生产总值增长率", "…增速"):
 *  the target is a change, judged in percentage points. */
export function kindByName(name: string, unit: string, kind: Measure['kind']): Measure['kind'] {
  if (kind === 'growth') return kind;
  return (unit === '%' || unit === '个百分点') && /(增长率|增速|增幅|增长)$/.test(name.replace(/[\s\u3000]+/g, '')) ? 'growth' : kind;
}
