/**
 * Reads 月度填报 and 规则 back into the engine's inputs, so the task pane judges exactly what the
 * clerk typed. A figure typed as text ("约5亿", "5,600人") is kept as text (the engine reports
 * it as 未填报 with the cell named) and listed in `findings`; it is never taken as zero.
 */
import type { Finding } from '../../domain/findings';
import { cellAddress } from '../a1';
import type { CellValue } from '../plan';
import { RULE_PRESETS } from '../../domain/progress/rules';
import type { FigureRow, Frequency, ItemSettings, MilestoneStatus, ProgressRules, RulePresetName } from '../../domain/progress/types';
import {
  FIGURES_HEADER_ROW,
  FIGURES_SHEET,
  FIGURE_SETTING_HEADERS,
  FIRST_FIGURE_COL,
  FREQUENCY_WORDS,
  MILESTONE_WORDS,
  RULES_SHEET,
  YES_WORD,
} from './layout';
import { MODE_WORDS, PRESET_COLUMNS, RULES_FIRST_ROW, RULE_ROWS } from './rulesSheet';

export interface FiguresSheetData {
  month: number | null;
  /** 年度 (D1), null where the sheet has none (built before it had the cell, or left empty). */
  year: number | null;
  mergeJanFeb: boolean;
  rows: Map<string, { settings: ItemSettings; figures: FigureRow; row: number }>;
  /** Bad cells (text in a figure cell, a bad month), each naming its cell. */
  findings: Finding[];
}

const num = (v: CellValue | undefined): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const text = (v: CellValue | undefined): string => (v === null || v === undefined ? '' : String(v).trim());

/** A number format that shows a percentage ("0.0%"), quoted text and [colours] aside. */
export function isPercentFormat(format: string | undefined): boolean {
  return format !== undefined && /%/.test(format.replace(/"[^"]*"|\[[^\]]*\]|\\./g, ''));
}

/** A number format that shows a date ("m/d", "yyyy-mm-dd", "d-mmm"). */
export function isDateFormat(format: string | undefined): boolean {
  if (!format || format === 'General' || format === '@') return false;
  return /[ymd]/i.test(format.replace(/"[^"]*"|\[[^\]]*\]|\\./g, ''));
}

/** 口径 of figures kept in percentage points: "6.5%" typed there means 6.5. */
export const PERCENT_POINT_BASES: ReadonlySet<string> = new Set(['累计增速', '当期值']);

/**
 * @param formats the number formats of the same cells, when read: a figure a clerk typed as
 *   "6.5%" is stored by Excel as 0.065 formatted as a percentage, and read here as the 6.5 meant
 *   (where the row holds percentage points) or named as a slip (where it holds an amount).
 */
export function readFiguresSheet(values: CellValue[][], formats?: string[][]): FiguresSheetData {
  const at = (r: number, c: number) => values[r]?.[c] ?? null;
  const findings: Finding[] = [];
  const month = num(at(0, 1));
  if (month === null || month < 1 || month > 12 || !Number.isInteger(month)) {
    findings.push({ code: 'month-invalid', severity: 'error', sheet: FIGURES_SHEET, cell: 'B1', value: text(at(0, 1)) });
  }
  // Row 2 says which month each figure column ends: the layout the sheet was built with.
  const months: number[] = [];
  for (let c = FIRST_FIGURE_COL; num(at(1, c)) !== null; c++) months.push(num(at(1, c)) as number);
  const mergeJanFeb = months[0] === 2;
  const col = (h: (typeof FIGURE_SETTING_HEADERS)[number]) => FIGURE_SETTING_HEADERS.indexOf(h);
  const rows = new Map<string, { settings: ItemSettings; figures: FigureRow; row: number }>();
  for (let r = FIGURES_HEADER_ROW + 1; r < values.length; r++) {
    const id = text(at(r, col('指标ID')));
    if (id === '' || rows.has(id)) continue;
    const freqWord = text(at(r, col('频率')));
    const frequency = ((Object.keys(FREQUENCY_WORDS) as Frequency[]).find((k) => FREQUENCY_WORDS[k] === freqWord) ?? 'monthly') as Frequency;
    const plan = [col('一季度末计划'), col('上半年计划'), col('前三季度计划'), col('全年计划')].map((c) => num(at(r, c)));
    const compare = at(r, col('比较对象'));
    const statusWord = text(at(r, col('推进状态')));
    const settings: ItemSettings = {
      frequency,
      lowerIsBetter: text(at(r, col('越低越好'))) === YES_WORD,
      tolerance: num(at(r, col('左右容差'))),
      quarterPlan: plan.every((p) => p !== null) ? (plan as [number, number, number, number]) : null,
      plannedMonth: num(at(r, col('计划启动月'))),
      dueMonth: num(at(r, col('完成时限(月)'))),
      compareWith: typeof compare === 'number' && !isDateFormat(formats?.[r]?.[col('比较对象')]) ? compare : text(compare) === '' || typeof compare === 'number' ? null : text(compare),
      milestoneStatus: (MILESTONE_WORDS as readonly string[]).includes(statusWord) ? (statusWord as MilestoneStatus) : null,
      note: text(at(r, col('进展说明'))),
    };
    if (typeof compare === 'number' && isDateFormat(formats?.[r]?.[col('比较对象')])) {
      // "1-1" typed into a General cell became a date: the ID meant is lost, say so.
      findings.push({ code: 'compare-date', severity: 'error', sheet: FIGURES_SHEET, cell: cellAddress(r, col('比较对象')), id, name: text(at(r, col('指标名称'))) || undefined });
    }
    const figures: FigureRow = new Array(13).fill(null);
    months.forEach((m, i) => {
      const v = at(r, FIRST_FIGURE_COL + i);
      const period = m === 2 && mergeJanFeb ? '1-2' : String(m);
      const name = text(at(r, col('指标名称'))) || undefined;
      if (typeof v === 'number' && isPercentFormat(formats?.[r]?.[FIRST_FIGURE_COL + i])) {
        if (PERCENT_POINT_BASES.has(text(at(r, col('口径'))))) figures[m] = Math.round(v * 100 * 1e9) / 1e9;
        else {
          // An amount typed as a percentage: not a figure to judge, a cell to correct.
          figures[m] = `${Math.round(v * 100 * 1e9) / 1e9}%`;
          findings.push({ code: 'figure-percent', severity: 'error', sheet: FIGURES_SHEET, cell: cellAddress(r, FIRST_FIGURE_COL + i), id, name, period, value: String(figures[m]) });
        }
      } else if (typeof v === 'number') figures[m] = v;
      else if (text(v) !== '') {
        figures[m] = text(v);
        findings.push({ code: 'figure-not-number', severity: 'error', sheet: FIGURES_SHEET, cell: cellAddress(r, FIRST_FIGURE_COL + i), id, name, period, value: text(v) });
      }
    });
    rows.set(id, { settings, figures, row: r + 1 });
  }
  // 比较对象 is text: an ID of 月度填报 is an ID; other text that is a plain number is a figure to
  // compare with (the formulas read it the same way: the ID first, then the number).
  for (const { settings } of rows.values()) {
    const cw = settings.compareWith;
    if (typeof cw === 'string' && !rows.has(cw) && COMPARE_NUMBER.test(cw)) settings.compareWith = Number(cw);
  }
  const y = num(at(0, 3));
  const year = y !== null && Number.isInteger(y) && y >= 1990 && y <= 2100 ? y : null;
  return { month, year, mergeJanFeb, rows, findings };
}

/** A figure typed as text in 比较对象: a plain number, not an ID or a date ("5-1", "3/12"). */
const COMPARE_NUMBER = /^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/;

/** The rules in force: the chosen preset's column of 规则 (what the 当前值 formulas pick), and
 *  the 自定义 column as the clerk left it (a rebuild writes it back, whatever preset is chosen). */
export function readRulesSheet(values: CellValue[][], mergeJanFeb: boolean): { rules: ProgressRules; custom: ProgressRules | null; findings: Finding[] } {
  const findings: Finding[] = [];
  const chosen = text(values[1]?.[1]) as RulePresetName;
  const c = PRESET_COLUMNS.indexOf(chosen);
  const customColumn = readColumn(values, PRESET_COLUMNS.indexOf('自定义'), '自定义', mergeJanFeb);
  const custom = customColumn.findings.length === 0 ? customColumn.rules : null;
  if (c < 0) {
    findings.push({ code: 'not-a-word', severity: 'error', sheet: RULES_SHEET, cell: 'B2', header: '方案', value: chosen, allowed: PRESET_COLUMNS, fallback: '已按宣城方案计算' });
    return { rules: { ...RULE_PRESETS['宣城'], mergeJanFeb }, custom, findings };
  }
  const read = readColumn(values, c, chosen, mergeJanFeb);
  return { rules: read.rules, custom, findings: read.findings };
}

function readColumn(values: CellValue[][], c: number, preset: RulePresetName, mergeJanFeb: boolean): { rules: ProgressRules; findings: Finding[] } {
  const findings: Finding[] = [];
  const rules: ProgressRules = { ...RULE_PRESETS['宣城'], preset, mergeJanFeb };
  RULE_ROWS.forEach((row, i) => {
    const r = RULES_FIRST_ROW - 1 + i;
    // A row this version added to a 规则 written by an earlier one: its default until rebuilt.
    if (values.slice(r).every((line) => (line ?? []).every((x) => text(x) === ''))) return;
    const v = values[r]?.[1 + c];
    if (row.field === 'completionMode') {
      rules.completionMode = text(v) === MODE_WORDS.relative ? 'relative' : 'pp';
    } else if (typeof v === 'number') {
      (rules[row.field] as number) = v;
    } else {
      findings.push({ code: 'not-a-number', severity: 'error', sheet: RULES_SHEET, cell: cellAddress(r, 1 + c), header: row.label, value: text(v) });
    }
  });
  return { rules, findings };
}

/** The 月度填报 cell of an indicator's figure for a month ("U12"), or null when the sheet has no
 *  row for the ID or no column for the month. */
export function figureCellAddress(values: CellValue[][], id: string, month: number): string | null {
  const r = values.findIndex((row, i) => i > FIGURES_HEADER_ROW && text(row[0]) === id);
  if (r < 0) return null;
  for (let c = FIRST_FIGURE_COL; num(values[1]?.[c]) !== null; c++) if (values[1][c] === month) return cellAddress(r, c);
  return null;
}
