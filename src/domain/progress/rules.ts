/**
 * Presets of the three-colour rules, from published local practice (domain.md "How progress is
 * judged"). The gap thresholds for growth and rate targets are not published anywhere: they are a
 * local choice, set here to "any shortfall yellow, more than 1 pp red", and the clerk edits them.
 */
import type { ProgressRules, RulePresetName } from './types';

const COMMON = {
  gapYellowPp: 0,
  gapRedPp: 1,
  defaultTolerance: 0.5,
  unitSlipRatio: 1000,
  mergeJanFeb: true,
  yellowRel: 0,
  redRel: 0.5,
  // Checks: a swing of ~30 points needs an explanation (domain.md, "checks that statistics clerks
  // make"); a completion above 300 % is taken as implausible (a local choice, editable).
  swingPp: 30,
  completionBound: 3,
  // Escalation: one yellow month a 提醒, two yellows or one red a 督办 (广元: 两黄专函督办), three
  // reds a 约谈 (隆昌: 三红约谈). Editable in 规则.
  remindAfter: 1,
  superviseAfterBehind: 2,
  superviseAfterRed: 1,
  interviewAfterRed: 3,
} as const;

export const RULE_PRESETS: Record<Exclude<RulePresetName, '自定义'>, ProgressRules> = {
  /** 宣城: behind 序时进度 at all = 滞后 (no yellow). */
  宣城: { ...COMMON, preset: '宣城', completionMode: 'pp', yellowPp: 0, redPp: 0, gapRedPp: 0, missedMonthsRed: 0 },
  /** 银川: 10–30 pp behind = yellow, more than 30 pp = red. */
  银川: { ...COMMON, preset: '银川', completionMode: 'pp', yellowPp: 10, redPp: 30, missedMonthsRed: 0 },
  /** 三亚: behind by up to 50% of 序时进度 = yellow, beyond = red; two missed months = red. */
  三亚: { ...COMMON, preset: '三亚', completionMode: 'relative', yellowPp: 0, redPp: 0, missedMonthsRed: 2 },
};

export const DEFAULT_RULES: ProgressRules = RULE_PRESETS['宣城'];

export function rulesFromPreset(name: string): ProgressRules | undefined {
  return (RULE_PRESETS as Record<string, ProgressRules>)[name];
}
