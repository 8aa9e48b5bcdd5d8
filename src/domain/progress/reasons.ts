/**
 * The reason sentence of one judged row, written only when a row is shown or written (formatting
 * every judgement's sentence was 40 % of the engine's time). Each sentence is the one of the same
 * branch in the reference (reference.ts) and in the 进度 sheet's formulas, from the numbers the
 * judgement kept and the compiled item.
 */
import type { CompiledProgress } from './compiled';
import * as codes from './codes';
import { fixed1, percent, plain, r6 } from './format';
import type { MonthJudgement } from './monthJudgement';
import { periodLabel } from './months';

// Module-local copies of the codes: the loop then reads constants, not imported bindings (tsx and
// other CommonJS transforms read every imported binding through a getter, which tripled the time).
const {
  C_VALUE, STRIDE, W_BAND_ABOVE, W_BAND_BELOW, W_BAND_IN, W_BOTTOM_LINE_HIT, W_BOTTOM_LINE_OK, W_CEILING_OK, W_CEILING_OVER,
  W_COMPARE_MET, W_COMPARE_NOT_REPORTED, W_COMPARE_SHORT, W_COMPARE_UNKNOWN, W_COMPLETION_AHEAD, W_COMPLETION_BEHIND,
  W_COMPLETION_DONE, W_GAP_MET, W_GAP_SHORT, W_MILESTONE_DONE, W_MILESTONE_DUE_NOW, W_MILESTONE_NOT_STARTED, W_MILESTONE_ON_TRACK,
  W_MILESTONE_OVERDUE, W_MILESTONE_UNSET, W_MISSED_IN_A_ROW, W_NOT_REPORTED, W_NO_COMPARE, W_NO_TARGET, W_QUARTER_NOT_DUE,
  W_TEXT_FIGURE, W_UNIT_SLIP, W_YEARLY_NOT_DUE,
} = codes;

export function reasonFor(c: CompiledProgress, j: MonthJudgement, i: number): string {
  const why = j.why[i];
  if (why >= W_UNIT_SLIP) return slipSentence(c.items[i].unit, j.actual[i], c.limit[i], periodLabel(j.judgedMonth[i], c.rules.mergeJanFeb), c.rules.unitSlipRatio);
  return sentence(c, j, i, why);
}

/** A figure 1,000× off its target or the period before: what to check, not a result. */
export function slipSentence(unit: string, actual: number, limit: number, period: string, ratio: number): string {
  return `${period}填报值${plain(actual)}${unit}与目标${plain(limit)}${unit}或上期相差${plain(ratio)}倍以上，疑似万元/亿元单位错误，请核对后改正`;
}

function sentence(c: CompiledProgress, j: MonthJudgement, i: number, why: number): string {
  const item = c.items[i];
  const settings = c.settings[i];
  const rules = c.rules;
  const e = j.judgedMonth[i];
  const u = item.unit;
  const actual = j.actual[i];
  const gap = j.gap[i];
  const lower = c.lowerIsBetter[i] === 1;
  switch (why) {
    case W_NO_TARGET:
      return '目标值缺失或不是正数，无法计算';
    case W_YEARLY_NOT_DUE:
      return '年度指标，12月考核';
    case W_QUARTER_NOT_DUE:
      return '季度指标，一季度数据尚未发布';
    case W_NO_COMPARE:
      return '未设置比较对象（月度填报“比较对象”列）';
    case W_TEXT_FIGURE:
      return `${periodLabel(e, rules.mergeJanFeb)}填报值“${c.texts.get(i * STRIDE + e)}”不是数字，请在月度填报中改正`;
    case W_MISSED_IN_A_ROW:
      return `连续${rules.missedMonthsRed}个月未填报`;
    case W_NOT_REPORTED:
      return `${periodLabel(e, rules.mergeJanFeb)}未填报`;
    case W_COMPLETION_DONE:
      return `累计完成${percent(j.completion[i])}，已完成全年目标`;
    case W_COMPLETION_AHEAD:
      return `累计完成${percent(j.completion[i])}，不低于序时进度${percent(j.timeProgress[i])}`;
    case W_COMPLETION_BEHIND:
      return `累计完成${percent(j.completion[i])}，低于序时进度${percent(j.timeProgress[i])}共${fixed1(-gap)}个百分点`;
    case W_GAP_MET:
      return `${head(item.kind, actual, u)}，达到目标${fixed1(c.goal[i])}${u}`;
    case W_GAP_SHORT:
      return `${head(item.kind, actual, u)}，${lower ? '高于' : '低于'}目标${fixed1(c.goal[i])}${u}共${fixed1(lower ? gap : -gap)}个百分点`;
    case W_CEILING_OVER:
      return `当前${plain(actual)}${u}，超过上限${plain(c.limit[i])}${u}共${plain(-j.margin[i])}${u}`;
    case W_CEILING_OK:
      return `当前${plain(actual)}${u}，未超过上限${plain(c.limit[i])}${u}，余量${plain(j.margin[i])}${u}`;
    case W_BAND_BELOW:
    case W_BAND_ABOVE:
    case W_BAND_IN: {
      const target = c.target[i];
      const tol = c.tolerance[i];
      const band = `目标${fixed1(target)}${u}左右（±${plain(tol)}）`;
      if (why === W_BAND_BELOW) return `${head(item.kind, actual, u)}，低于${band}的下限共${fixed1(r6(target - tol - actual))}个百分点`;
      if (why === W_BAND_ABOVE) return `${head(item.kind, actual, u)}，高于${band}的上限共${fixed1(r6(actual - target - tol))}个百分点`;
      return `${head(item.kind, actual, u)}，在${band}范围内`;
    }
    case W_BOTTOM_LINE_HIT:
      return `已发生${plain(actual)}起，触及底线`;
    case W_BOTTOM_LINE_OK:
      return e === 12 ? '全年未发生' : '未发生';
    case W_COMPARE_UNKNOWN:
      return `比较对象“${settings.compareWith}”不在月度填报中`;
    case W_COMPARE_NOT_REPORTED:
      return `比较对象${settings.compareWith}${periodLabel(e, rules.mergeJanFeb)}未填报`;
    case W_COMPARE_MET:
    case W_COMPARE_SHORT: {
      const byValue = c.compareKind[i] === C_VALUE;
      const ref = byValue ? c.compareValue[i] : c.figures[c.compareIndex[i] * STRIDE + e];
      const refHead = `实际${fixed1(actual)}，${byValue ? '比较值' : `比较对象${settings.compareWith}`}${fixed1(ref)}`;
      if (why === W_COMPARE_MET) return `${refHead}，${lower ? '未超过' : '不低于'}比较对象`;
      return `${refHead}，${lower ? '高于' : '低于'}比较对象共${fixed1(lower ? gap : -gap)}个百分点`;
    }
    case W_MILESTONE_DONE:
      return '已完成';
    case W_MILESTONE_UNSET:
      return '未选择推进状态（未启动/推进中/已完成）';
    case W_MILESTONE_OVERDUE:
      return `已超过完成时限${c.dueMonth[i]}月，尚未完成`;
    case W_MILESTONE_DUE_NOW:
      return `本月为完成时限${c.dueMonth[i]}月，尚未完成`;
    case W_MILESTONE_NOT_STARTED:
      return `计划${settings.plannedMonth}月启动，尚未启动`;
    case W_MILESTONE_ON_TRACK:
      return `${settings.milestoneStatus}，完成时限${c.dueMonth[i]}月`;
    default:
      return '';
  }
}

/** "累计增速6.2%" for a growth target, "当前85.0%" for a level. */
function head(kind: string, actual: number, unit: string): string {
  return `${kind === 'growth' ? '累计增速' : '当前'}${fixed1(actual)}${unit}`;
}
