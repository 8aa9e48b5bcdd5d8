/** @jest-environment node */
/**
 * The progress sheets as plans, and what the clerk sees when editing them: figures refused as
 * text, rules switched by a preset cell, the status readable without colour.
 */
import type { Indicator } from '../../../src/domain/model';
import { RULE_PRESETS } from '../../../src/domain/progress/rules';
import { defaultSettings, itemFromIndicator } from '../../../src/domain/progress/settings';
import type { FigureRow } from '../../../src/domain/progress/types';
import { indicatorsSheetPlan } from '../../../src/workbook/indicatorsSheet';
import { FIGURES_SHEET, PROGRESS_SHEET, RULES_SHEET } from '../../../src/workbook/progress/layout';
import { PC } from '../../../src/workbook/progress/progressFormulas';
import { progressWorkbookPlan } from '../../../src/workbook/progress/progressWorkbookPlan';
import { buildHyperFormula, sheetValues } from './planToHyperFormula';

const jobs: Indicator = { id: '9-1', task: '9', line: 1, quote: '新增城镇就业5600人以上', name: '新增城镇就业', kind: 'level', target: 5600, max: null, unit: '人', cmp: '>=', livelihood: false };
const june = (v: number): FigureRow => Object.assign(new Array(13).fill(null), { 6: v });

function plan(month = 6, merge = true) {
  const item = itemFromIndicator(jobs);
  return progressWorkbookPlan([{ item, settings: defaultSettings(item), figures: june(2330) }], { ...RULE_PRESETS['宣城'], mergeJanFeb: merge }, month, 2024);
}

describe('progress sheet plans', () => {
  test('月度填报: a column per period (1-2月 merged or not), text refused in figure cells, a reporting-month cell', () => {
    const merged = plan().sheets.find((s) => s.name === FIGURES_SHEET)!;
    const headers = merged.columns.map((c) => c.header);
    expect(headers.slice(-11)).toEqual(['1-2月', '3月', '4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月']);
    const separate = plan(6, false).sheets.find((s) => s.name === FIGURES_SHEET)!;
    expect(separate.columns.map((c) => c.header).slice(-12)[0]).toBe('1月');
    const figureRule = merged.validations!.find((v) => v.rule.type === 'decimal' && v.range.startsWith('Q'));
    expect(figureRule?.errorMessage).toContain('请填数字');
    expect(merged.cells!.find((c) => c.address === 'B1')?.value).toBe(6);
  });

  test('进度 is all formulas except the ID, and its status is a word plus a colour', () => {
    const p = plan().sheets.find((s) => s.name === PROGRESS_SHEET)!;
    expect(p.rows[0][0]).toBe('9-1');
    expect(p.rows[0].slice(1).every((v) => typeof v === 'string' && v.startsWith('='))).toBe(true);
    expect(p.conditionalFormats!.map((c) => c.formula)).toEqual(['=$M3="已完成"', '=$M3="正常"', '=$M3="预警"', '=$M3="滞后"']);
    expect(new Set(p.conditionalFormats!.map((c) => c.fill)).size).toBe(3);
    expect(p.pageLayout?.printTitleRows).toBe('$1:$2');
  });

  test('formulas use only functions Excel 2021 and HyperFormula share, and no TRUE/FALSE literal', () => {
    const allowed = new Set(['IF', 'AND', 'OR', 'NOT', 'INDEX', 'MATCH', 'IFERROR', 'ISNA', 'ISNUMBER', 'ISTEXT', 'ROUND', 'ROUNDUP', 'INT', 'MAX', 'SUM', 'TEXT', 'VALUE', 'FIND', 'MID', 'TRUE', 'FALSE']);
    const p = plan();
    const formulas = [...p.sheets.flatMap((s) => s.rows.flat().filter((v): v is string => typeof v === 'string' && v.startsWith('='))), ...p.sheets.flatMap((s) => (s.cells ?? []).map((c) => c.formula ?? ''))];
    const used = new Set<string>();
    for (const f of formulas) {
      const bare = f.replace(/"(?:[^"]|"")*"/g, '""');
      for (const m of bare.matchAll(/([A-Z][A-Z0-9.]*)\(/g)) used.add(m[1]);
      expect(bare).not.toMatch(/\b(TRUE|FALSE)\b(?!\()/);
    }
    expect([...used].filter((u) => !allowed.has(u))).toEqual([]);
  });

  test('the clerk switches the preset in 规则 and the status follows (formulas, not values)', () => {
    const p = plan();
    const hf = buildHyperFormula([indicatorsSheetPlan([jobs], []), ...p.sheets], p.names);
    const status = () => sheetValues(hf, PROGRESS_SHEET)[2][Object.keys(PC).indexOf('状态')];
    const reason = () => sheetValues(hf, PROGRESS_SHEET)[2][Object.keys(PC).indexOf('原因')];
    expect(status()).toBe('滞后');
    expect(reason()).toBe('累计完成41.6%，低于序时进度50.0%共8.4个百分点');
    hf.setCellContents({ sheet: hf.getSheetId(RULES_SHEET)!, row: 1, col: 1 }, '银川');
    expect(status()).toBe('正常');
    // A figure typed in 月度填报 recalculates 进度 at once.
    hf.setCellContents({ sheet: hf.getSheetId(FIGURES_SHEET)!, row: 3, col: 16 + 4 }, 3000);
    expect(reason()).toBe('累计完成53.6%，不低于序时进度50.0%');
    // Switching the reporting month: May has no figure → 未填报, not 滞后.
    hf.setCellContents({ sheet: hf.getSheetId(FIGURES_SHEET)!, row: 0, col: 1 }, 5);
    expect(status()).toBe('未填报');
    expect(sheetValues(hf, PROGRESS_SHEET)[0][0]).toBe('2024年1-5月《政府工作报告》目标任务进展情况表');
    hf.destroy();
  });
});
