/**
 * The monthly judgement of a whole list (issue 3), and the reference judgement of one item.
 *
 * computeProgress runs the compiled engine (compiled.ts): it is what the app layer and the CLI
 * call. evaluateItem (reference.ts) is the readable judgement of one item that mirrors the 进度
 * sheet's formulas; tests assert that the formulas, the reference and the compiled engine agree.
 */
import { compileProgress } from './compiled';
import type { ProgressInput, ProgressReport, ProgressRules } from './types';

export type { ProgressInput } from './types';
export { evaluateItem } from './reference';

/**
 * Judges every item for the reporting month (1..12), with every row's reason. A caller that needs
 * only some reasons, or several months, uses compileProgress directly. A month outside 1..12 is a
 * caller's mistake (RangeError): the readers and the CLI check the month a clerk gives.
 */
export function computeProgress(inputs: ProgressInput[], rules: ProgressRules, month: number): ProgressReport {
  return compileProgress(inputs, rules).judge(month).report();
}
