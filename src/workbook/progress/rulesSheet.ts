/**
 * Plan of 规则: one row per threshold, one column per preset plus 自定义, and a 当前值 column that
 * picks the column of the chosen preset. The names (TM_…) point at 当前值, so the clerk switches
 * a preset or edits a figure and every 进度 formula follows.
 */
import { RULE_PRESETS } from '../../domain/progress/rules';
import type { ProgressRules, RulePresetName } from '../../domain/progress/types';
import type { CellValue, NamePlan, SheetPlan } from '../plan';
import { RULES_SHEET, RULE_NAMES, sheetRef } from './layout';

export const PRESET_COLUMNS: RulePresetName[] = ['宣城', '银川', '三亚', '自定义'];
export const MODE_WORDS = { pp: '百分点', relative: '相对比例' } as const;

type RuleKey = Exclude<keyof typeof RULE_NAMES, 'month' | 'year' | 'preset'>;

/** Rows of the table from sheet row 4 on (row 1 title, row 2 the choice, row 3 header). */
export const RULE_ROWS: { key: RuleKey; label: string; field: keyof ProgressRules }[] = [
  { key: 'mode', label: '数量类指标判定方式（百分点/相对比例）', field: 'completionMode' },
  { key: 'yellowPp', label: '数量类：落后序时进度超过X个百分点为预警', field: 'yellowPp' },
  { key: 'redPp', label: '数量类：落后序时进度超过X个百分点为滞后', field: 'redPp' },
  { key: 'yellowRel', label: '数量类（相对比例）：落后超过序时进度的X为预警', field: 'yellowRel' },
  { key: 'redRel', label: '数量类（相对比例）：落后超过序时进度的X为滞后', field: 'redRel' },
  { key: 'gapYellowPp', label: '增速、比率、相对类：低于目标超过X个百分点为预警', field: 'gapYellowPp' },
  { key: 'gapRedPp', label: '增速、比率、相对类：低于目标超过X个百分点为滞后', field: 'gapRedPp' },
  { key: 'missed', label: '连续X个月未填报为滞后（0为不启用）', field: 'missedMonthsRed' },
  { key: 'tolerance', label: '“左右”目标的默认容差（百分点或原单位）', field: 'defaultTolerance' },
  { key: 'slip', label: '与目标或上期相差X倍以上提示核对单位', field: 'unitSlipRatio' },
  // Rows added later (checks, escalation): a 规则 sheet written before them is read with their
  // defaults until the next rebuild writes them (readRulesSheet).
  { key: 'swing', label: '核对：增速较上期变动超过X个百分点需说明原因', field: 'swingPp' },
  { key: 'bound', label: '核对：完成率超过X（倍，3即300%）视为异常', field: 'completionBound' },
  { key: 'remind', label: '督办：连续X个月预警或滞后发提醒（0为不启用）', field: 'remindAfter' },
  { key: 'superviseBehind', label: '督办：连续X个月预警或滞后发督办单（0为不启用）', field: 'superviseAfterBehind' },
  { key: 'superviseRed', label: '督办：连续X个月滞后发督办单（0为不启用）', field: 'superviseAfterRed' },
  { key: 'interview', label: '督办：连续X个月滞后约谈（0为不启用）', field: 'interviewAfterRed' },
];
export const RULES_FIRST_ROW = 4;
export const PRESET_CELL = '$B$2';

function presetValue(rules: ProgressRules, field: keyof ProgressRules): CellValue {
  const v = rules[field];
  if (field === 'completionMode') return MODE_WORDS[v as ProgressRules['completionMode']];
  return v as number;
}

export function rulesSheetPlan(chosen: ProgressRules, custom: ProgressRules = RULE_PRESETS['银川']): SheetPlan {
  const r = sheetRef(RULES_SHEET);
  const rows = RULE_ROWS.map((row, i) => {
    const n = RULES_FIRST_ROW + i;
    return [
      row.label,
      presetValue(RULE_PRESETS['宣城'], row.field),
      presetValue(RULE_PRESETS['银川'], row.field),
      presetValue(RULE_PRESETS['三亚'], row.field),
      presetValue(chosen.preset === '自定义' ? chosen : custom, row.field),
      `=INDEX(${r}$B${n}:$E${n},1,MATCH(${r}${PRESET_CELL},${r}$B$3:$E$3,0))`,
    ];
  });
  return {
    name: RULES_SHEET,
    columns: [
      { header: '规则', width: 34, wrap: true },
      { header: '宣城', width: 8, kind: 'number', align: 'right' },
      { header: '银川', width: 8, kind: 'number', align: 'right' },
      { header: '三亚', width: 8, kind: 'number', align: 'right' },
      { header: '自定义', width: 8, kind: 'number', align: 'right' },
      // Each row's INDEX(…$B{n}:$E{n}…) is the first row's shifted: filled down like 进度.
      { header: '当前值', width: 10, kind: 'formula', align: 'right', fillDown: true },
    ],
    headerRow: 2,
    rows,
    cells: [
      { address: 'A1', value: '预警规则（选择方案或修改“自定义”列，进度表随之重算）', bold: true },
      { address: 'A2', value: '当前方案（宣城/银川/三亚/自定义）', bold: true },
      { address: 'B2', value: chosen.preset },
    ],
    pageLayout: { orientation: 'landscape', paper: 'A4', centerHeader: '预警规则', centerFooter: '第&P页 共&N页', fitToWidth: true },
    validations: [{ range: 'B2', rule: { type: 'list', values: PRESET_COLUMNS }, errorMessage: '请选择 宣城、银川、三亚 或 自定义' }],
  };
}

/** The TM_… names of 规则 (the reporting month's name lives with 月度填报). */
export function ruleNames(): NamePlan[] {
  const r = sheetRef(RULES_SHEET);
  return [
    { name: RULE_NAMES.preset, formula: `=${r}${PRESET_CELL}`, comment: '当前预警方案' },
    ...RULE_ROWS.map((row, i) => ({ name: RULE_NAMES[row.key], formula: `=${r}$F$${RULES_FIRST_ROW + i}`, comment: row.label })),
  ];
}
