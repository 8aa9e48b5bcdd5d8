/** @jest-environment node */
/**
 * In current Excel a formula written through `range.formulas` is a dynamic-array formula: an
 * INDEX whose row (or column) is 0 returns the whole column (or row) and spills, and a spill
 * inside a table is #SPILL!. HyperFormula, the test engine, answers #VALUE! instead and hides it
 * inside ISNUMBER or an IF. So INDEX is replaced here by one that records every call Excel would
 * spill. HyperFormula evaluates both branches of an IF, where Excel takes one: the check is the
 * stricter for it (no INDEX may ask for a row or column 0 even in a branch Excel would skip). 进度
 * is evaluated over the workbooks a clerk really leaves: a row of 月度填报 or 指标 deleted by hand,
 * settings typed as words, text in figure cells, both 1-2月 layouts.
 */
import { FunctionArgumentType, FunctionPlugin, HyperFormula, type ImplementedFunctions, type SimpleRangeValue } from 'hyperformula';

/** The arguments HyperFormula passes a plugin method (its AST and state types are not exported). */
type PluginArgs = Parameters<FunctionPlugin['runFunction']>;
import { indicatorsSheetPlan } from '../../../src/workbook/indicatorsSheet';
import type { SheetPlan, WorkbookPlan } from '../../../src/workbook/plan';
import { FIGURES_SHEET, FC, PROGRESS_SHEET } from '../../../src/workbook/progress/layout';
import { progressWorkbookPlan } from '../../../src/workbook/progress/progressWorkbookPlan';
import { columnIndex } from '../../../src/workbook/a1';
import { INDICATORS_SHEET } from '../../../src/workbook/vocabulary';
import { CUSTOM, generated } from './agreementCases';
import { buildHyperFormula, sheetValues } from './planToHyperFormula';

/** Where an INDEX would spill in Excel: the 进度 cells whose formula asked for a whole row or column. */
const spills: string[] = [];

class SpillWatchingIndex extends FunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = {
    INDEX: {
      method: 'index',
      parameters: [{ argumentType: FunctionArgumentType.RANGE }, { argumentType: FunctionArgumentType.NUMBER }, { argumentType: FunctionArgumentType.NUMBER, defaultValue: 1 }],
    },
  };

  index(ast: { args: PluginArgs[0] }, state: PluginArgs[1]) {
    return this.runFunction(ast.args, state, this.metadata('INDEX'), (range: SimpleRangeValue, row: number, col: number) => {
      if ((row === 0 && range.height() > 1) || (col === 0 && range.width() > 1)) {
        spills.push(`${state.formulaAddress.sheet}!R${state.formulaAddress.row + 1}C${state.formulaAddress.col + 1}`);
      }
      if (row < 1 || col < 1 || row > range.height() || col > range.width()) return '';
      return range.data[row - 1][col - 1] ?? '';
    });
  }
}

beforeAll(() => {
  HyperFormula.unregisterFunction('INDEX');
  HyperFormula.registerFunctionPlugin(SpillWatchingIndex);
});

/** The workbook of a generated scenario, as plans; `edit` changes it the way a clerk would. */
function evaluate(mergeJanFeb: boolean, edit: (figures: SheetPlan, indicators: SheetPlan) => void): string[] {
  spills.length = 0;
  const sc = generated(7, 1);
  const rules = { ...CUSTOM, mergeJanFeb };
  const plan: WorkbookPlan = progressWorkbookPlan(sc.inputs, rules, 6, 2024);
  const indicators = indicatorsSheetPlan(sc.indicators, sc.qualitative);
  const figures = plan.sheets.find((s) => s.name === FIGURES_SHEET)!;
  edit(figures, indicators);
  const hf = buildHyperFormula([indicators, ...plan.sheets], plan.names);
  const progress = sheetValues(hf, PROGRESS_SHEET);
  hf.destroy();
  expect(progress.length).toBeGreaterThan(10);
  return [...spills];
}

const setting = (h: string) => columnIndex(h);

describe('进度 never asks Excel for an array (no #SPILL! in a table)', () => {
  test.each([true, false])('as built (1-2月 merged: %s)', (merged) => {
    expect(evaluate(merged, () => undefined)).toEqual([]);
  });

  test.each([true, false])('a row of 月度填报 deleted by hand (1-2月 merged: %s)', (merged) => {
    expect(
      evaluate(merged, (figures) => {
        // Every third row gone: their IDs stay in 进度 and 指标, their 填报行 becomes 0.
        figures.rows = figures.rows.filter((_, i) => i % 3 !== 1);
      }),
    ).toEqual([]);
  });

  test('a row of 指标 deleted by hand', () => {
    expect(
      evaluate(true, (_, indicators) => {
        indicators.rows = indicators.rows.filter((_, i) => i % 4 !== 2);
      }),
    ).toEqual([]);
  });

  test('settings typed as words and text in figure cells', () => {
    expect(
      evaluate(true, (figures) => {
        figures.rows.forEach((row, i) => {
          row[setting(FC.frequency)] = ['月', '每季', 'x'][i % 3];
          row[setting(FC.tolerance)] = '半个点';
          row[setting(FC.due)] = '六月';
          row[setting(FC.compare)] = i % 2 ? '没有这个' : '';
          row[setting(FC.q1)] = '两成';
          row[row.length - 1] = '约5亿';
        });
      }),
    ).toEqual([]);
  });
});

test('the watcher itself sees a spill where there is one', () => {
  spills.length = 0;
  const plan = indicatorsSheetPlan(generated(7, 1).indicators, []);
  const probe: SheetPlan = { name: 'P', columns: [{ header: 'x', width: 4, kind: 'formula' }], rows: [[`=ISNUMBER(INDEX('${INDICATORS_SHEET}'!$F:$F,0))`]] };
  const hf = buildHyperFormula([plan, probe]);
  hf.destroy();
  expect(spills).toEqual(['1!R2C1']);
});
