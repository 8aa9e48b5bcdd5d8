/**
 * The monthly engine in compiled form (issue 12). The task pane judges every item again on each
 * typed figure, so the work is split by how often it changes:
 *
 * - compileProgress (once per read of the sheets): per item the method, thresholds, goal, ceiling,
 *   band, 序时进度 by month and the row of the indicator it is compared with; the figures in one
 *   Float64Array (NaN where there is no number; a figure typed as text is flagged and kept apart,
 *   so it is reported as text, never read as zero);
 * - judge(month): one loop over the items writing status codes and the numbers into typed arrays;
 * - the reason sentence: written on demand (MonthJudgement.reason), only for the rows shown or
 *   written.
 *
 * Every branch is the one of the readable reference, evaluateItem (reference.ts), which mirrors the
 * 进度 sheet's formulas: test/domain/progress/compiled.test.ts asserts identical results on the
 * formula agreement cases and on random inputs.
 */
import * as codes from './codes';
import { figureOf } from './figureCell';
import * as format from './format';
import { isRateUnit, methodOf, type Method } from './method';
import { MonthJudgement } from './monthJudgement';
import { plannedShare, reportingMonth } from './months';
import type { ItemSettings, ProgressInput, ProgressItem, ProgressRules } from './types';

// Module-local copies of the codes and of r6: the loop then reads constants, not imported bindings
// (tsx and other CommonJS transforms read every imported binding through a getter: 3× the time).
const {
  C_ITEM, C_NONE, C_UNKNOWN, C_VALUE, DONE, F_MONTHLY, F_OTHER, F_QUARTERLY, F_YEARLY, LAGGING, MISSING, MS_DONE, MS_NOT_STARTED,
  MS_UNDER_WAY, MS_UNSET, M_BAND, M_BOTTOM_LINE, M_CEILING, M_COMPLETION, M_GAP, M_MILESTONE, M_NO_TARGET, M_RELATIVE,
  NOT_APPLICABLE, ON_TRACK, STRIDE, WARNING, W_BAND_ABOVE, W_BAND_BELOW, W_BAND_IN, W_BOTTOM_LINE_HIT, W_BOTTOM_LINE_OK, W_CEILING_OK,
  W_CEILING_OVER, W_COMPARE_MET, W_COMPARE_NOT_REPORTED, W_COMPARE_SHORT, W_COMPARE_UNKNOWN, W_COMPLETION_AHEAD,
  W_COMPLETION_BEHIND, W_COMPLETION_DONE, W_GAP_MET, W_GAP_SHORT, W_MILESTONE_DONE, W_MILESTONE_DUE_NOW, W_MILESTONE_NOT_STARTED,
  W_MILESTONE_ON_TRACK, W_MILESTONE_OVERDUE, W_MILESTONE_UNSET, W_MISSED_IN_A_ROW, W_NOT_REPORTED, W_NO_COMPARE, W_NO_TARGET,
  W_QUARTER_NOT_DUE, W_TEXT_FIGURE, W_UNIT_SLIP, W_YEARLY_NOT_DUE,
} = codes;
const { r6 } = format;

const METHOD_CODES: Record<Method, number> = {
  完成率: M_COMPLETION,
  差距: M_GAP,
  上限: M_CEILING,
  区间: M_BAND,
  底线: M_BOTTOM_LINE,
  相对: M_RELATIVE,
  节点: M_MILESTONE,
  无目标: M_NO_TARGET,
};

export function compileProgress(inputs: readonly ProgressInput[], rules: ProgressRules): CompiledProgress {
  return new CompiledProgress(inputs, rules);
}

/**
 * Everything judging needs that does not change with the month. The typed arrays are read by
 * judge() and by the reason writer (reasons.ts); treat them as read-only.
 */
export class CompiledProgress {
  readonly size: number;
  readonly items: readonly ProgressItem[];
  readonly settings: readonly ItemSettings[];
  readonly method: Uint8Array;
  readonly frequency: Uint8Array;
  /** item.target ?? 0. */
  readonly target: Float64Array;
  /** 差距: the signed goal ("下降3%" is −3). */
  readonly goal: Float64Array;
  /** 上限 and the unit-slip check: item.max ?? item.target ?? 0. */
  readonly limit: Float64Array;
  /** 区间: half-width of the band. */
  readonly tolerance: Float64Array;
  readonly lowerIsBetter: Uint8Array;
  /** 上限: a gap in percentage points is shown (growth or rate targets). */
  readonly ceilingGap: Uint8Array;
  /** 完成率 and 上限 of amounts: a figure 1,000× off is a probable 万元/亿元 slip. */
  readonly slipCheck: Uint8Array;
  /** 序时进度 by month: shares[shareAt[i] + e]. Row 0 is the even schedule e/12. */
  readonly shareAt: Int32Array;
  readonly shares: Float64Array;
  readonly compareKind: Uint8Array;
  readonly compareIndex: Int32Array;
  readonly compareValue: Float64Array;
  readonly milestoneStatus: Uint8Array;
  /** dueMonth ?? 12; plannedMonth (NaN when none). */
  readonly dueMonth: Float64Array;
  readonly plannedMonth: Float64Array;
  /** figures[i * STRIDE + m]: the number, or NaN (missing or text). */
  readonly figures: Float64Array;
  /** 1 where the clerk typed text; the text itself in texts. */
  readonly isText: Uint8Array;
  readonly texts: ReadonlyMap<number, string>;

  constructor(
    inputs: readonly ProgressInput[],
    readonly rules: ProgressRules,
  ) {
    const n = inputs.length;
    this.size = n;
    this.items = inputs.map((input) => input.item);
    this.settings = inputs.map((input) => input.settings);
    this.method = new Uint8Array(n);
    this.frequency = new Uint8Array(n);
    this.target = new Float64Array(n);
    this.goal = new Float64Array(n);
    this.limit = new Float64Array(n);
    this.tolerance = new Float64Array(n);
    this.lowerIsBetter = new Uint8Array(n);
    this.ceilingGap = new Uint8Array(n);
    this.slipCheck = new Uint8Array(n);
    this.shareAt = new Int32Array(n);
    this.compareKind = new Uint8Array(n);
    this.compareIndex = new Int32Array(n).fill(-1);
    this.compareValue = new Float64Array(n).fill(NaN);
    this.milestoneStatus = new Uint8Array(n);
    this.dueMonth = new Float64Array(n);
    this.plannedMonth = new Float64Array(n);
    this.figures = new Float64Array(n * STRIDE).fill(NaN);
    this.isText = new Uint8Array(n * STRIDE);
    const texts = new Map<number, string>();
    this.texts = texts;

    // As computeProgress always did: a later row with the same id wins the lookup.
    const indexOf = new Map<string, number>();
    for (let i = 0; i < n; i++) indexOf.set(inputs[i].item.id, i);

    const shares: number[] = [];
    for (let e = 0; e <= 12; e++) shares.push(r6(e / 12));

    for (let i = 0; i < n; i++) {
      const { item, settings, figures } = inputs[i];
      const method = methodOf(item, settings);
      const target = item.target ?? 0;
      const rate = isRateUnit(item.unit);
      this.method[i] = METHOD_CODES[method];
      this.frequency[i] = frequencyCode(settings.frequency);
      this.target[i] = target;
      this.goal[i] = item.kind === 'growth' && settings.lowerIsBetter && target > 0 ? -target : target;
      this.limit[i] = item.max ?? target;
      this.tolerance[i] = settings.tolerance ?? rules.defaultTolerance;
      this.lowerIsBetter[i] = settings.lowerIsBetter ? 1 : 0;
      this.ceilingGap[i] = item.kind === 'growth' || rate ? 1 : 0;
      this.slipCheck[i] = (method === '完成率' || method === '上限') && !rate ? 1 : 0;
      if (settings.quarterPlan) {
        this.shareAt[i] = shares.length;
        shares.push(0);
        for (let e = 1; e <= 12; e++) shares.push(plannedShare(e, settings.quarterPlan));
      }
      const cw = settings.compareWith;
      if (typeof cw === 'number') {
        this.compareKind[i] = C_VALUE;
        this.compareValue[i] = cw;
      } else if (cw === null) {
        this.compareKind[i] = C_NONE;
      } else {
        const at = indexOf.get(String(cw));
        this.compareKind[i] = at === undefined ? C_UNKNOWN : C_ITEM;
        if (at !== undefined) this.compareIndex[i] = at;
      }
      this.milestoneStatus[i] = milestoneCode(settings.milestoneStatus);
      this.dueMonth[i] = settings.dueMonth ?? 12;
      this.plannedMonth[i] = settings.plannedMonth ?? NaN;
      const base = i * STRIDE;
      for (let m = 1; m <= 12; m++) {
        const f = figureOf(figures[m]);
        if (typeof f === 'number') this.figures[base + m] = f;
        else if (f !== null) {
          this.isText[base + m] = 1;
          texts.set(base + m, f);
        }
      }
    }
    this.shares = Float64Array.from(shares);
  }

  /** The judgement of every item for the reporting month (1..12). */
  judge(month: number): MonthJudgement {
    if (!Number.isInteger(month) || month < 1 || month > 12) throw new RangeError(`reporting month must be 1..12, got ${month}`);
    const judgement = new MonthJudgement(this, month, reportingMonth(month, this.rules.mergeJanFeb));
    judgeInto(this, judgement);
    return judgement;
  }

  /** January to December in one call: element k is month k + 1. */
  judgeAll(): MonthJudgement[] {
    const out: MonthJudgement[] = [];
    for (let month = 1; month <= 12; month++) out.push(this.judge(month));
    return out;
  }
}

function frequencyCode(f: ItemSettings['frequency']): number {
  if (f === 'monthly') return F_MONTHLY;
  if (f === 'quarterly') return F_QUARTERLY;
  if (f === 'yearly') return F_YEARLY;
  // Not a word the sheet offers: judged each month like the reference, without the monthly checks.
  return F_OTHER;
}

function milestoneCode(s: ItemSettings['milestoneStatus']): number {
  if (s === null) return MS_UNSET;
  if (s === '已完成') return MS_DONE;
  if (s === '未启动') return MS_NOT_STARTED;
  return MS_UNDER_WAY;
}

/** The one loop: status, why and numbers of every item into the judgement's arrays. */
function judgeInto(c: CompiledProgress, out: MonthJudgement): void {
  const { method, frequency, target, goal, limit, tolerance, lowerIsBetter, ceilingGap, slipCheck, shareAt, shares } = c;
  const { compareKind, compareIndex, compareValue, milestoneStatus, dueMonth, plannedMonth, figures, isText } = c;
  const { judgedMonth, actual, timeProgress, completion, gap, margin } = out;
  const rules = c.rules;
  const rm = out.reportingMonth;
  const first = rules.mergeJanFeb ? 2 : 1;
  const missedN = rules.missedMonthsRed;
  const relativeMode = rules.completionMode === 'relative';
  const { yellowPp, redPp, yellowRel, redRel, gapYellowPp, gapRedPp } = rules;
  const ratio = rules.unitSlipRatio;
  const n = c.size;

  for (let i = 0; i < n; i++) {
    const meth = method[i];
    if (meth === M_MILESTONE) {
      judgedMonth[i] = rm;
      const s = milestoneStatus[i];
      const due = dueMonth[i];
      if (s === MS_DONE) set(out, i, DONE, W_MILESTONE_DONE);
      else if (s === MS_UNSET) set(out, i, MISSING, W_MILESTONE_UNSET);
      else if (rm > due) set(out, i, LAGGING, W_MILESTONE_OVERDUE);
      else if (rm === due) set(out, i, WARNING, W_MILESTONE_DUE_NOW);
      else if (s === MS_NOT_STARTED && rm >= plannedMonth[i]) set(out, i, WARNING, W_MILESTONE_NOT_STARTED);
      else set(out, i, ON_TRACK, W_MILESTONE_ON_TRACK);
      continue;
    }
    const f = frequency[i];
    const e = f === F_QUARTERLY ? 3 * Math.floor(rm / 3) : f === F_YEARLY ? (rm === 12 ? 12 : 0) : rm;
    judgedMonth[i] = e;
    if (meth === M_NO_TARGET) {
      set(out, i, NOT_APPLICABLE, W_NO_TARGET);
      continue;
    }
    if (e === 0) {
      set(out, i, NOT_APPLICABLE, f === F_YEARLY ? W_YEARLY_NOT_DUE : W_QUARTER_NOT_DUE);
      continue;
    }
    const share = shares[shareAt[i] + e];
    timeProgress[i] = share;
    const row = i * STRIDE;
    const v = figures[row + e];
    if (meth === M_RELATIVE && compareKind[i] === C_NONE) {
      actual[i] = v;
      set(out, i, NOT_APPLICABLE, W_NO_COMPARE);
      continue;
    }
    if (v !== v) {
      if (isText[row + e] === 1) set(out, i, MISSING, W_TEXT_FIGURE);
      else if (missedN > 0 && f === F_MONTHLY && e - first + 1 >= missedN && noneReported(figures, row, e - missedN + 1, e)) {
        set(out, i, LAGGING, W_MISSED_IN_A_ROW);
      } else set(out, i, MISSING, W_NOT_REPORTED);
      continue;
    }
    actual[i] = v;
    const yearEnd = e === 12;
    switch (meth) {
      case M_COMPLETION: {
        const done = r6(v / target[i]);
        const g = r6((done - share) * 100);
        completion[i] = done;
        gap[i] = g;
        const shortfall = -g;
        if (done >= 1) set(out, i, DONE, W_COMPLETION_DONE);
        else if (shortfall <= 0) set(out, i, ON_TRACK, W_COMPLETION_AHEAD);
        else {
          const s = relativeMode ? grade(share > 0 ? r6(shortfall / (share * 100)) : 0, yellowRel, redRel) : grade(shortfall, yellowPp, redPp);
          set(out, i, s, W_COMPLETION_BEHIND);
        }
        break;
      }
      case M_GAP: {
        const g = r6(v - goal[i]);
        gap[i] = g;
        const shortfall = lowerIsBetter[i] === 1 ? g : -g;
        if (shortfall <= 0) set(out, i, yearEnd ? DONE : ON_TRACK, W_GAP_MET);
        else set(out, i, grade(shortfall, gapYellowPp, gapRedPp), W_GAP_SHORT);
        break;
      }
      case M_CEILING: {
        const lim = limit[i];
        const left = r6(lim - v);
        margin[i] = left;
        if (ceilingGap[i] === 1) gap[i] = r6(v - lim);
        if (left < 0) set(out, i, LAGGING, W_CEILING_OVER);
        else set(out, i, yearEnd ? DONE : ON_TRACK, W_CEILING_OK);
        break;
      }
      case M_BAND: {
        const t = target[i];
        const tol = tolerance[i];
        gap[i] = r6(v - t);
        const below = r6(t - tol - v);
        if (below > 0) set(out, i, below > gapRedPp ? LAGGING : WARNING, W_BAND_BELOW);
        else if (r6(v - t - tol) > 0) set(out, i, WARNING, W_BAND_ABOVE);
        else set(out, i, yearEnd ? DONE : ON_TRACK, W_BAND_IN);
        break;
      }
      case M_BOTTOM_LINE:
        if (v > 0) set(out, i, LAGGING, W_BOTTOM_LINE_HIT);
        else set(out, i, yearEnd ? DONE : ON_TRACK, W_BOTTOM_LINE_OK);
        break;
      case M_RELATIVE: {
        const ck = compareKind[i];
        let ref: number;
        if (ck === C_VALUE) ref = compareValue[i];
        else if (ck === C_UNKNOWN) {
          set(out, i, NOT_APPLICABLE, W_COMPARE_UNKNOWN);
          break;
        } else {
          ref = figures[compareIndex[i] * STRIDE + e];
          if (ref !== ref) {
            set(out, i, MISSING, W_COMPARE_NOT_REPORTED);
            break;
          }
        }
        const g = r6(v - ref);
        gap[i] = g;
        const shortfall = lowerIsBetter[i] === 1 ? g : -g;
        if (shortfall <= 0) set(out, i, yearEnd ? DONE : ON_TRACK, W_COMPARE_MET);
        else set(out, i, grade(shortfall, gapYellowPp, gapRedPp), W_COMPARE_SHORT);
        break;
      }
    }
    if (slipCheck[i] === 1) {
      const previous = f === F_MONTHLY ? (e - 1 < first ? 0 : e - 1) : f === F_QUARTERLY ? e - 3 : 0;
      const lim = limit[i];
      const slipped = far(v, lim, ratio) || (previous > 0 && far(v, figures[row + previous], ratio));
      // A probable 万元/亿元 slip: not a result (a false 已完成 or 滞后) but a figure to check; no
      // completion or gap is claimed from it.
      if (slipped) {
        set(out, i, WARNING, out.why[i] + W_UNIT_SLIP);
        completion[i] = NaN;
        gap[i] = NaN;
        margin[i] = NaN;
      }
    }
  }
}

function set(out: MonthJudgement, i: number, status: number, why: number): void {
  out.status[i] = status;
  out.why[i] = why;
}

/** Above red → 滞后, above yellow → 预警, else 正常 (a shortfall equal to a threshold stays milder). */
function grade(shortfall: number, yellow: number, red: number): number {
  if (shortfall > red) return LAGGING;
  if (shortfall > yellow) return WARNING;
  return ON_TRACK;
}

/** No number in months from..to (inclusive) of the item whose figures start at row. */
function noneReported(figures: Float64Array, row: number, from: number, to: number): boolean {
  for (let m = from; m <= to; m++) if (figures[row + m] === figures[row + m]) return false;
  return true;
}

/** Compared by multiplication, not division, so a zero target or figure needs no special case. */
function far(a: number, b: number, ratio: number): boolean {
  return a > 0 && b > 0 && (a >= b * ratio || a * ratio <= b);
}
