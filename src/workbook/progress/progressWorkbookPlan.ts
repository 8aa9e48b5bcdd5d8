/**
 * The three progress sheets as one plan: 规则, 月度填报, 进度 (in that order, so the names exist
 * before the formulas that use them).
 */
import type { ProgressRules } from '../../domain/progress/types';
import type { WorkbookPlan } from '../plan';
import { figuresNames, figuresSheetPlan, type FiguresRowInput } from './figuresSheet';
import { progressRangeNames } from './progressFormulas';
import { progressSheetPlan } from './progressSheet';
import { ruleNames, rulesSheetPlan } from './rulesSheet';

export function progressWorkbookPlan(rows: FiguresRowInput[], rules: ProgressRules, month: number, year: number | null = null, custom?: ProgressRules): WorkbookPlan {
  return {
    sheets: [
      rulesSheetPlan(rules, custom),
      figuresSheetPlan(rows, month, rules.mergeJanFeb, year),
      { ...progressSheetPlan(rows.map((r) => r.item.id)), activate: true },
    ],
    names: [...figuresNames(), ...ruleNames(), ...progressRangeNames(rules.mergeJanFeb)],
  };
}
