/**
 * What CompiledProgress.judge(month) answers: per item (in input order) a status code and the
 * numbers in typed arrays, NaN where a number does not apply. Nothing here is a string until asked:
 * reason(i) writes the sentence of one row, item(i) the ItemProgress of one row, report() the
 * whole ProgressReport (what computeProgress returns).
 */
import type { CompiledProgress } from './compiled';
import { STRIDE, W_UNIT_SLIP, statusWord } from './codes';
import { r6 } from './format';
import { reasonFor } from './reasons';
import { STATUSES, type ItemProgress, type ProgressReport, type ProgressStatus } from './types';

export class MonthJudgement {
  /** Status code per item: an index into STATUSES (codes.ts: DONE … NOT_APPLICABLE). */
  readonly status: Uint8Array;
  /** The branch that decided (codes.ts W_…), from which reason() writes the sentence. */
  readonly why: Uint8Array;
  /** The month whose figure was judged (0: nothing due yet), as ItemProgress.month. */
  readonly judgedMonth: Uint8Array;
  readonly actual: Float64Array;
  /** 序时进度 of the item (its quarterly plan, or months / 12). */
  readonly timeProgress: Float64Array;
  readonly completion: Float64Array;
  readonly gap: Float64Array;
  readonly margin: Float64Array;

  constructor(
    readonly compiled: CompiledProgress,
    /** The month as asked (1..12). */
    readonly month: number,
    /** The month as judged: with 1-2月 merged, January is the 1-2月 period (February). */
    readonly reportingMonth: number,
  ) {
    const n = compiled.size;
    this.status = new Uint8Array(n);
    this.why = new Uint8Array(n);
    this.judgedMonth = new Uint8Array(n);
    this.actual = new Float64Array(n).fill(NaN);
    this.timeProgress = new Float64Array(n).fill(NaN);
    this.completion = new Float64Array(n).fill(NaN);
    this.gap = new Float64Array(n).fill(NaN);
    this.margin = new Float64Array(n).fill(NaN);
  }

  get size(): number {
    return this.compiled.size;
  }

  /** months elapsed / 12 (1-2月 = 2/12), as ProgressReport.timeProgress. */
  get overallTimeProgress(): number {
    return r6(this.reportingMonth / 12);
  }

  statusOf(i: number): ProgressStatus {
    return statusWord(this.status[i]);
  }

  /** The sentence of row i ("累计完成41.7%，低于序时进度50.0%共8.3个百分点"). */
  reason(i: number): string {
    return reasonFor(this.compiled, this, i);
  }

  /** What the clerk typed where a figure should be, for row i's judged month (null if a number or empty). */
  textFigure(i: number): string | null {
    return this.compiled.texts.get(i * STRIDE + this.judgedMonth[i]) ?? null;
  }

  /** Row i as the reference engine gives it (with its reason). */
  item(i: number): ItemProgress {
    const it = this.compiled.items[i];
    return {
      id: it.id,
      task: it.task,
      name: it.name,
      kind: it.kind,
      cmp: it.cmp,
      target: it.target,
      unit: it.unit,
      actual: orNull(this.actual[i]),
      month: this.judgedMonth[i],
      timeProgress: orNull(this.timeProgress[i]),
      completion: orNull(this.completion[i]),
      gap: orNull(this.gap[i]),
      margin: orNull(this.margin[i]),
      status: statusWord(this.status[i]),
      reason: this.reason(i),
      unitSlip: this.why[i] >= W_UNIT_SLIP,
    };
  }

  /** Every row with its reason: what computeProgress returns. */
  report(): ProgressReport {
    const items: ItemProgress[] = new Array(this.size);
    for (let i = 0; i < this.size; i++) items[i] = this.item(i);
    return { month: this.month, timeProgress: this.overallTimeProgress, items };
  }

  /** How many items have each status (the bulletin's counts). */
  counts(): Record<ProgressStatus, number> {
    const byCode = new Array<number>(STATUSES.length).fill(0);
    for (let i = 0; i < this.size; i++) byCode[this.status[i]]++;
    return Object.fromEntries(STATUSES.map((s, code) => [s, byCode[code]])) as Record<ProgressStatus, number>;
  }
}

function orNull(x: number): number | null {
  return x === x ? x : null;
}
