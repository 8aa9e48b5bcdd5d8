/**
 * The reference judgement of one item (issue 3): readable, each branch mirroring a formula of the
 * 进度 sheet (src/workbook/progress/progressFormulas.ts). Change both or neither, and the compiled
 * engine (compiled.ts, reasons.ts) with them: test/workbook/progress/formulaAgreement.test.ts ties
 * the formulas to the engine, test/domain/progress/compiled.test.ts the compiled engine to this.
 * Nothing in the add-in runs it (computeProgress runs the compiled engine), so the task pane's
 * bundle leaves it out.
 */
import { figureOf } from './figureCell';
import { fixed1, percent, plain, r6 } from './format';
import { slipSentence } from './reasons';
import { isRateUnit, methodOf } from './method';
import { judgedMonth, periodLabel, periodsUpTo, plannedShare, previousMonth, reportingMonth } from './months';
import type { FigureCell, FigureRow, ItemProgress, ItemSettings, ProgressInput, ProgressItem, ProgressRules, ProgressStatus } from './types';

type Verdict = Pick<ItemProgress, 'status' | 'reason'> & Partial<Pick<ItemProgress, 'actual' | 'completion' | 'gap' | 'margin' | 'timeProgress' | 'unitSlip'>>;

export function evaluateItem(input: ProgressInput, rules: ProgressRules, month: number, figuresById: ReadonlyMap<string, FigureRow>): ItemProgress {
  const { item } = input;
  const base: ItemProgress = {
    id: item.id,
    task: item.task,
    name: item.name,
    kind: item.kind,
    cmp: item.cmp,
    target: item.target,
    unit: item.unit,
    actual: null,
    month: 0,
    timeProgress: null,
    completion: null,
    gap: null,
    margin: null,
    status: '不适用',
    reason: '',
    unitSlip: false,
  };
  const m = reportingMonth(month, rules.mergeJanFeb);
  if (item.kind === 'milestone') return { ...base, month: m, ...milestone(input.settings, m) };
  const e = judgedMonth(m, input.settings.frequency);
  return { ...base, month: e, ...judgeFigure(input, rules, e, figuresById) };
}

function judgeFigure(input: ProgressInput, rules: ProgressRules, e: number, figuresById: ReadonlyMap<string, FigureRow>): Verdict {
  const { item, settings, figures } = input;
  const method = methodOf(item, settings);
  if (method === '无目标') return { status: '不适用', reason: '目标值缺失或不是正数，无法计算' };
  if (e === 0) {
    return settings.frequency === 'yearly'
      ? { status: '不适用', reason: '年度指标，12月考核' }
      : { status: '不适用', reason: '季度指标，一季度数据尚未发布' };
  }
  const timeProgress = plannedShare(e, settings.quarterPlan);
  const label = periodLabel(e, rules.mergeJanFeb);
  const raw = cellAt(figures, e);
  if (method === '相对' && settings.compareWith === null) {
    return { status: '不适用', timeProgress, actual: typeof raw === 'number' ? raw : null, reason: '未设置比较对象（月度填报“比较对象”列）' };
  }
  if (typeof raw !== 'number') {
    if (typeof raw === 'string') return { status: '未填报', timeProgress, reason: `${label}填报值“${raw}”不是数字，请在月度填报中改正` };
    if (missedInARow(figures, e, settings, rules)) return { status: '滞后', timeProgress, reason: `连续${rules.missedMonthsRed}个月未填报` };
    return { status: '未填报', timeProgress, reason: `${label}未填报` };
  }
  const actual = raw;
  const v = judgeNumber(method, item, settings, rules, e, actual, timeProgress, figuresById);
  const slip = (method === '完成率' || method === '上限') && !isRateUnit(item.unit) && unitSlip(item, actual, cellAt(figures, previousMonth(e, settings.frequency, rules.mergeJanFeb)), rules);
  if (!slip) return { actual, timeProgress, ...v };
  // A probable 万元/亿元 slip: not a result (a false 已完成 or 滞后) but a figure to check; no
  // completion or gap is claimed from it.
  const limit = item.max ?? item.target ?? 0;
  return { actual, timeProgress, status: '预警', unitSlip: true, reason: slipSentence(item.unit, actual, limit, periodLabel(e, rules.mergeJanFeb), rules.unitSlipRatio) };
}

function judgeNumber(
  method: ReturnType<typeof methodOf>,
  item: ProgressItem,
  settings: ItemSettings,
  rules: ProgressRules,
  e: number,
  actual: number,
  share: number,
  figuresById: ReadonlyMap<string, FigureRow>,
): Verdict {
  const target = item.target ?? 0;
  const u = item.unit;
  const label = item.kind === 'growth' ? '累计增速' : '当前';
  const yearEnd = e === 12;
  switch (method) {
    case '完成率': {
      const completion = r6(actual / target);
      const gap = r6((completion - share) * 100);
      if (completion >= 1) return { status: '已完成', completion, gap, reason: `累计完成${percent(completion)}，已完成全年目标` };
      const shortfall = -gap;
      if (shortfall <= 0) return { status: '正常', completion, gap, reason: `累计完成${percent(completion)}，不低于序时进度${percent(share)}` };
      const status =
        rules.completionMode === 'relative'
          ? grade(share > 0 ? r6(shortfall / (share * 100)) : 0, rules.yellowRel, rules.redRel)
          : grade(shortfall, rules.yellowPp, rules.redPp);
      return { status, completion, gap, reason: `累计完成${percent(completion)}，低于序时进度${percent(share)}共${fixed1(shortfall)}个百分点` };
    }
    case '差距': {
      const goal = item.kind === 'growth' && settings.lowerIsBetter && target > 0 ? -target : target;
      const gap = r6(actual - goal);
      const shortfall = settings.lowerIsBetter ? gap : -gap;
      const head = `${label}${fixed1(actual)}${u}`;
      if (shortfall <= 0) return { status: yearEnd ? '已完成' : '正常', gap, reason: `${head}，达到目标${fixed1(goal)}${u}` };
      return {
        status: grade(shortfall, rules.gapYellowPp, rules.gapRedPp),
        gap,
        reason: `${head}，${settings.lowerIsBetter ? '高于' : '低于'}目标${fixed1(goal)}${u}共${fixed1(shortfall)}个百分点`,
      };
    }
    case '上限': {
      const limit = item.max ?? target;
      const margin = r6(limit - actual);
      const gap = item.kind === 'growth' || isRateUnit(u) ? r6(actual - limit) : null;
      if (margin < 0) return { status: '滞后', margin, gap, reason: `当前${plain(actual)}${u}，超过上限${plain(limit)}${u}共${plain(-margin)}${u}` };
      return { status: yearEnd ? '已完成' : '正常', margin, gap, reason: `当前${plain(actual)}${u}，未超过上限${plain(limit)}${u}，余量${plain(margin)}${u}` };
    }
    case '区间': {
      const tol = settings.tolerance ?? rules.defaultTolerance;
      const gap = r6(actual - target);
      const below = r6(target - tol - actual);
      const above = r6(actual - target - tol);
      const head = `${label}${fixed1(actual)}${u}`;
      const band = `目标${fixed1(target)}${u}左右（±${plain(tol)}）`;
      if (below > 0) {
        return { status: below > rules.gapRedPp ? '滞后' : '预警', gap, reason: `${head}，低于${band}的下限共${fixed1(below)}个百分点` };
      }
      if (above > 0) return { status: '预警', gap, reason: `${head}，高于${band}的上限共${fixed1(above)}个百分点` };
      return { status: yearEnd ? '已完成' : '正常', gap, reason: `${head}，在${band}范围内` };
    }
    case '底线':
      if (actual > 0) return { status: '滞后', reason: `已发生${plain(actual)}起，触及底线` };
      return { status: yearEnd ? '已完成' : '正常', reason: yearEnd ? '全年未发生' : '未发生' };
    case '相对': {
      const cw = settings.compareWith;
      let ref: FigureCell;
      let refName: string;
      if (typeof cw === 'number') {
        ref = cw;
        refName = '比较值';
      } else {
        const row = figuresById.get(String(cw));
        if (!row) return { status: '不适用', reason: `比较对象“${cw}”不在月度填报中` };
        ref = cellAt(row, e);
        refName = `比较对象${cw}`;
        if (typeof ref !== 'number') return { status: '未填报', reason: `${refName}${periodLabel(e, rules.mergeJanFeb)}未填报` };
      }
      const gap = r6(actual - (ref as number));
      const shortfall = settings.lowerIsBetter ? gap : -gap;
      const head = `实际${fixed1(actual)}，${refName}${fixed1(ref as number)}`;
      if (shortfall <= 0) return { status: yearEnd ? '已完成' : '正常', gap, reason: `${head}，${settings.lowerIsBetter ? '未超过' : '不低于'}比较对象` };
      return { status: grade(shortfall, rules.gapYellowPp, rules.gapRedPp), gap, reason: `${head}，${settings.lowerIsBetter ? '高于' : '低于'}比较对象共${fixed1(shortfall)}个百分点` };
    }
    default:
      return { status: '不适用', reason: '' };
  }
}

function milestone(settings: ItemSettings, m: number): Verdict {
  const due = settings.dueMonth ?? 12;
  const s = settings.milestoneStatus;
  if (s === '已完成') return { status: '已完成', reason: '已完成' };
  if (s === null) return { status: '未填报', reason: '未选择推进状态（未启动/推进中/已完成）' };
  if (m > due) return { status: '滞后', reason: `已超过完成时限${due}月，尚未完成` };
  if (m === due) return { status: '预警', reason: `本月为完成时限${due}月，尚未完成` };
  if (s === '未启动' && settings.plannedMonth !== null && m >= settings.plannedMonth) {
    return { status: '预警', reason: `计划${settings.plannedMonth}月启动，尚未启动` };
  }
  return { status: '正常', reason: `${s}，完成时限${due}月` };
}

/** Above red → 滞后, above yellow → 预警, else 正常 (strict: a shortfall equal to a threshold
 *  stays in the milder colour). */
function grade(shortfall: number, yellow: number, red: number): ProgressStatus {
  if (shortfall > red) return '滞后';
  if (shortfall > yellow) return '预警';
  return '正常';
}

function cellAt(row: FigureRow, month: number): FigureCell {
  return month < 1 ? null : figureOf(row[month]);
}

function missedInARow(figures: FigureRow, e: number, settings: ItemSettings, rules: ProgressRules): boolean {
  const n = rules.missedMonthsRed;
  if (n <= 0 || settings.frequency !== 'monthly') return false;
  const periods = periodsUpTo(e, rules.mergeJanFeb);
  if (periods.length < n) return false;
  return periods.slice(-n).every((p) => typeof cellAt(figures, p) !== 'number');
}

/** Compared by multiplication, not division, so a zero target or figure needs no special case. */
function unitSlip(item: ProgressItem, actual: number, previous: FigureCell, rules: ProgressRules): boolean {
  const r = rules.unitSlipRatio;
  const far = (a: number, b: number) => a > 0 && b > 0 && (a >= b * r || a * r <= b);
  const limit = item.max ?? item.target ?? 0;
  return far(actual, limit) || (typeof previous === 'number' && far(actual, previous));
}
