/** @jest-environment node */
/**
 * The progress plans' fillDown columns are written once and filled down in Excel (Range.autoFill):
 * what Excel then holds in row k must be what the plan says row k holds, or the clerk's 进度 would
 * not be the sheet the agreement test checked. Over seed 002's real indicators and qualitative
 * items (both 1-2月 layouts), every row of every fillDown column must be the first row's formula
 * with its rows shifted, as the fill handle does; and that shift must be the fill handle's, which
 * HyperFormula's copy and paste (an independent formula engine) confirms on the 进度 formulas.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HyperFormula } from 'hyperformula';
import { parseText } from '../../../src/domain/parse';
import { RULE_PRESETS } from '../../../src/domain/progress/rules';
import { defaultSettings, itemFromIndicator, itemFromQualitative } from '../../../src/domain/progress/settings';
import { shiftFormulaRows } from '../../../src/workbook/formulaShift';
import { qualitativeKeys } from '../../../src/workbook/keys';
import type { WorkbookPlan } from '../../../src/workbook/plan';
import { PROGRESS_SHEET, RULES_SHEET } from '../../../src/workbook/progress/layout';
import { progressRowFormulas, type ProgressHeader } from '../../../src/workbook/progress/progressFormulas';
import { PROGRESS_FIRST_DATA_ROW } from '../../../src/workbook/progress/progressSheet';
import { progressWorkbookPlan } from '../../../src/workbook/progress/progressWorkbookPlan';

function seedPlan(mergeJanFeb: boolean): WorkbookPlan {
  const parsed = parseText(readFileSync(join(__dirname, '../../../seeds/002_6ca40ee2ecc3ed1b.txt'), 'utf8'), '002_6ca40ee2ecc3ed1b.txt');
  const keys = qualitativeKeys(parsed.qualitative);
  const items = [...parsed.indicators.map((i) => itemFromIndicator(i)), ...parsed.qualitative.map((q, k) => itemFromQualitative(q, keys[k]))];
  const rows = items.map((item) => ({ item, settings: defaultSettings(item), figures: new Array(13).fill(null) }));
  return progressWorkbookPlan(rows, { ...RULE_PRESETS['宣城'], mergeJanFeb }, 6, 2024);
}

describe('fillDown columns of the progress plans', () => {
  test.each([true, false])('every row of every fillDown column is the first row filled down (1-2月 merged: %s)', (merge) => {
    const plan = seedPlan(merge);
    const progress = plan.sheets.find((s) => s.name === PROGRESS_SHEET)!;
    expect(progress.rows.length).toBeGreaterThan(50);
    // Every 进度 formula column is filled down (only 指标ID, a value, is written per row).
    expect(progress.columns.filter((c) => c.kind === 'formula' && !c.fillDown)).toEqual([]);
    expect(progress.columns.filter((c) => c.fillDown)).toHaveLength(36);
    expect(plan.sheets.find((s) => s.name === RULES_SHEET)!.columns.some((c) => c.fillDown)).toBe(true);

    const mismatches: string[] = [];
    let checked = 0;
    for (const sheet of plan.sheets) {
      sheet.columns.forEach((col, c) => {
        if (!col.fillDown) return;
        expect(col.kind).toBe('formula');
        const first = sheet.rows[0][c];
        expect(typeof first === 'string' && first.startsWith('=')).toBe(true);
        sheet.rows.forEach((row, k) => {
          checked++;
          // What row k must hold: the plan's own row where it gives one (规则), else the formula
          // progressRowFormulas writes for that sheet row (进度 gives its first row only).
          const own = row[c] ?? (sheet.name === PROGRESS_SHEET ? `=${progressRowFormulas(PROGRESS_FIRST_DATA_ROW + k)[col.header as Exclude<ProgressHeader, '指标ID'>]}` : null);
          if (own !== shiftFormulaRows(first as string, k)) mismatches.push(`${sheet.name} ${col.header} 第${k + 1}行`);
        });
      });
    }
    expect(mismatches).toEqual([]);
    expect(checked).toBeGreaterThan(36 * 50);
  });

  test('the shift is the fill handle’s: HyperFormula copying 进度’s first row down writes the same formulas', () => {
    const hf = HyperFormula.buildEmpty({ licenseKey: 'gpl-v3' });
    const sheet = hf.getSheetId(hf.addSheet('S'))!;
    const first = Object.values(progressRowFormulas(3)).map((f) => `=${f}`);
    hf.setCellContents({ sheet, row: 2, col: 1 }, [first]);
    hf.copy({ start: { sheet, row: 2, col: 1 }, end: { sheet, row: 2, col: first.length } });
    for (const k of [1, 7, 500]) {
      hf.paste({ sheet, row: 2 + k, col: 1 });
      first.forEach((_, c) => {
        // Both as HyperFormula prints them, so only the references can differ.
        const source = hf.getCellFormula({ sheet, row: 2, col: 1 + c })!;
        expect(hf.getCellFormula({ sheet, row: 2 + k, col: 1 + c })).toBe(shiftFormulaRows(source, k));
      });
    }
    hf.destroy();
  });
});
