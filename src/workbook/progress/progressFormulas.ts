/**
 * The formulas of one 进度 row. Each mirrors a branch of src/domain/progress/evaluate.ts (same
 * rounding to 6 decimals before any comparison, same words in the reason); the agreement test
 * evaluates both. Only functions that both Excel 2021 and HyperFormula 3.5 know: IF, AND, OR,
 * NOT, INDEX, MATCH, IFERROR, ISNA, ISNUMBER, ISTEXT, VALUE, FIND, MID, ROUND, INT, ROUNDUP,
 * MAX, SUM, TEXT with
 * "0.0" only, number&"" for General text; TRUE()/FALSE() as functions. No LET, no INDEX:INDEX ranges, no
 * array formulas, sheet names always quoted.
 */
import { columnLetter } from '../a1';
import { INDICATOR_COLUMNS } from '../indicatorsSheet';
import { CMP_WORDS, INDICATORS_SHEET, INDICATOR_HEADERS, TYPE_WORDS } from '../vocabulary';
import type { NamePlan } from '../plan';
import { FC, FIGURES_SHEET, FREQUENCY_WORDS, RULE_NAMES as N, YES_WORD, figureColumns, sheetRef } from './layout';

/** Headers of 进度 in order: the visible columns, then the working columns that show how each
 *  figure was reached (kept visible on purpose: a clerk can check every step). */
export const PROGRESS_HEADERS = [
  '指标ID', '任务序号', '指标名称', '方法', '目标值', '单位', '考核月', '最新数值', '序时进度', '完成率', '差距(百分点)', '余量', '状态', '原因',
  '指标行', '填报行', '类型', '比较', '上限', '频率', '越低越好', '报告月', '期列', '填报文本', '比较状态', '比较值', '落后', '容差', '低于下限', '高于上限', '上期值', '完成时限', '计划启动月', '推进状态', '单位存疑', '连续未报', '期名',
] as const;
export type ProgressHeader = (typeof PROGRESS_HEADERS)[number];

export const PC = Object.fromEntries(PROGRESS_HEADERS.map((h, i) => [h, columnLetter(i)])) as Record<ProgressHeader, string>;

function indicatorColumn(header: string): string {
  const i = INDICATOR_COLUMNS.findIndex((c) => c.header === header);
  if (i < 0) throw new Error(`指标表缺少列：${header}`);
  return columnLetter(i);
}

const str = (s: string) => `"${s.replace(/"/g, '""')}"`;

/** Names of the ranges the formulas read: short formulas (a 500-row 进度 stays far under Excel on
 *  the web's 5 MB request) that a clerk can read ("INDEX(TM_I_TARGET,…)"). */
export const PN = {
  figures: 'TM_F_FIG',
  months: 'TM_F_MONTHS',
  plan: 'TM_F_PLAN',
  firstMonth: 'TM_F_FIRST',
} as const;

const INDICATOR_NAME_OF: Record<string, string> = {
  [INDICATOR_HEADERS.id]: 'TM_I_ID',
  [INDICATOR_HEADERS.task]: 'TM_I_TASK',
  [INDICATOR_HEADERS.name]: 'TM_I_NAME',
  [INDICATOR_HEADERS.kind]: 'TM_I_KIND',
  [INDICATOR_HEADERS.cmp]: 'TM_I_CMP',
  [INDICATOR_HEADERS.target]: 'TM_I_TARGET',
  [INDICATOR_HEADERS.max]: 'TM_I_MAX',
  [INDICATOR_HEADERS.unit]: 'TM_I_UNIT',
};
const INDICATOR_NAMES: Record<string, string> = INDICATOR_NAME_OF;

const FIGURE_NAME_OF: Record<string, string> = {
  [FC.id]: 'TM_F_ID',
  [FC.frequency]: 'TM_F_FREQ',
  [FC.lower]: 'TM_F_LOWER',
  [FC.tolerance]: 'TM_F_TOL',
  [FC.planned]: 'TM_F_PLANNED',
  [FC.due]: 'TM_F_DUE',
  [FC.compare]: 'TM_F_CMPW',
  [FC.status]: 'TM_F_STATUS',
};
const FIGURE_NAMES: Record<string, string> = FIGURE_NAME_OF;

/** The range names above, for the workbook plan (whole columns: rows a clerk adds are seen). */
export function progressRangeNames(mergeJanFeb: boolean): NamePlan[] {
  const ind = sheetRef(INDICATORS_SHEET);
  const fig = sheetRef(FIGURES_SHEET);
  const { first, last } = figureColumns(mergeJanFeb);
  const whole = (sheet: string, c: string) => `=${sheet}$${c}:$${c}`;
  return [
    ...Object.entries(INDICATOR_NAME_OF).map(([h, name]) => ({ name, formula: whole(ind, indicatorColumn(h)), comment: `${INDICATORS_SHEET}：${h}` })),
    ...Object.entries(FIGURE_NAME_OF).map(([letter, name]) => ({ name, formula: whole(fig, letter), comment: `${FIGURES_SHEET}：${letter}列` })),
    { name: PN.figures, formula: `=${fig}$${first}:$${last}`, comment: `${FIGURES_SHEET}：各月数值` },
    { name: PN.months, formula: `=${fig}$${first}$2:$${last}$2`, comment: `${FIGURES_SHEET}：各列对应的期末月份` },
    { name: PN.plan, formula: `=${fig}$${FC.q1}:$${FC.q4}`, comment: `${FIGURES_SHEET}：季度计划进度` },
    { name: PN.firstMonth, formula: `=${fig}$${first}$2`, comment: `${FIGURES_SHEET}：第一期的期末月份（1-2月合并时为2）` },
  ];
}

/** Formulas of the data row at 1-based sheet row n; index = column (0 = 指标ID, left to caller). */
export function progressRowFormulas(n: number): Record<Exclude<ProgressHeader, '指标ID'>, string> {
  const c = (h: ProgressHeader) => `$${PC[h]}${n}`;
  const FB = PN.figures;
  const MONTHS = PN.months;
  const PLAN = PN.plan;
  const FIRST_MONTH = PN.firstMonth;
  const iCol = (h: string) => INDICATOR_NAMES[h];
  const fCol = (letter: string) => FIGURE_NAMES[letter];
  // INDEX(range, 0) is the whole column, which current Excel spills (#SPILL! in a table): every
  // row or column number given to INDEX is at least 1, so no branch can ever ask for an array;
  // 指标行 or 填报行 0 (a row deleted by hand) is caught by the IFs around (noSpill.test.ts).
  const atLeast1 = (x: string) => `MAX(1,${x})`;
  const indRow = atLeast1(c('指标行'));
  const figRow = atLeast1(c('填报行'));
  const fromInd = (h: string) => `IF(${c('指标行')}=0,"",INDEX(${iCol(h)},${indRow})&"")`;
  const numFromInd = (h: string) => `IF(${c('指标行')}=0,"",IF(ISNUMBER(INDEX(${iCol(h)},${indRow})),INDEX(${iCol(h)},${indRow}),""))`;
  const setting = (letter: string) => `INDEX(${fCol(letter)},${figRow})`;
  const numSetting = (letter: string) => `IF(ISNUMBER(${setting(letter)}),${setting(letter)},"")`;
  const figAt = (col: string) => `INDEX(${FB},${figRow},${atLeast1(col)})`;

  const D = c('方法');
  const is = (m: string) => `${D}=${str(m)}`;
  const T = TYPE_WORDS;
  const rate = `OR(${c('单位')}="%",${c('单位')}="个百分点",${c('单位')}="‰",${c('单位')}="‱")`;
  const grade = (x: string, y: string, r: string) => `IF(${x}>${r},"滞后",IF(${x}>${y},"预警","正常"))`;
  const yearEnd = (ok: string) => `IF(${c('考核月')}=12,"已完成",${ok})`;
  const f1 = (x: string) => `TEXT(ROUND(${x},1),"0.0")`;
  const pct = (x: string) => `TEXT(ROUND((${x})*100,1),"0.0")&"%"`;
  const plain = (x: string) => `(ROUND(${x},2)&"")`;
  const H = c('最新数值');
  const E = c('目标值');
  const U = c('单位');
  const lower = c('越低越好');
  const limit = `IF(ISNUMBER(${c('上限')}),${c('上限')},${E})`;
  const goal = `IF(AND(${c('类型')}=${str(T.growth)},${lower},${E}>0),-${E},${E})`;
  const label = `IF(${c('类型')}=${str(T.growth)},"累计增速","当前")`;
  const far = (a: string, b: string) => `AND(${a}>0,${b}>0,OR(${a}>=${b}*${N.slip},${a}*${N.slip}<=${b}))`;
  const ms = c('推进状态');
  const cw = `${setting(FC.compare)}&""`;
  const cwRow = `MATCH(${cw},${fCol(FC.id)},0)`;
  // 比较对象 is a text column ("1-1" must not become a date): an ID there is looked up first; a
  // figure typed there is text too, read as a number when it is one and not a date ("5-1").
  // (FIND's start argument is avoided: HyperFormula, the test engine, gets it wrong.)
  const typed = `IF(ISNUMBER(${setting(FC.compare)}),${setting(FC.compare)},IF(AND(ISNUMBER(VALUE(${cw})),NOT(ISNUMBER(FIND("-",MID(${cw},2,255)))),NOT(ISNUMBER(FIND("/",${cw})))),VALUE(${cw}),""))`;
  const refName = `IF(ISNA(${cwRow}),"比较值","比较对象"&${cw})`;
  const band = `"目标"&${f1(E)}&${U}&"左右（±"&${plain(c('容差'))}&"）"`;
  const head = `${label}&${f1(H)}&${U}`;

  const missedTerms = Array.from({ length: 12 }, (_, k) => `IF(${N.missed}>${k},ISNUMBER(${figAt(`${c('期列')}-${k}`)})*1,0)`).join(',');

  const methodF =
    `IF(${c('类型')}=${str(T.milestone)},"节点",IF(${c('类型')}=${str(T.bottomline)},"底线",IF(${c('类型')}=${str(T.relative)},"相对",` +
    `IF(NOT(ISNUMBER(${E})),"无目标",IF(AND(${c('比较')}=${str(CMP_WORDS['~'])},OR(${c('类型')}=${str(T.growth)},${rate})),"区间",` +
    `IF(OR(${c('比较')}=${str(CMP_WORDS['<='])},AND(${c('类型')}=${str(T.level)},${lower})),"上限",` +
    `IF(OR(${c('类型')}=${str(T.growth)},${rate}),"差距",IF(${E}>0,"完成率","无目标"))))))))`;

  const byMethod =
    `IF(${is('完成率')},IF(${c('完成率')}>=1,"已完成",IF(${c('落后')}<=0,"正常",IF(${N.mode}="相对比例",` +
    `${grade(`IF(${c('序时进度')}>0,ROUND(${c('落后')}/(${c('序时进度')}*100),6),0)`, N.yellowRel, N.redRel)},${grade(c('落后'), N.yellowPp, N.redPp)}))),` +
    `IF(${is('上限')},IF(${c('余量')}<0,"滞后",${yearEnd('"正常"')}),` +
    `IF(${is('区间')},IF(${c('低于下限')}>0,IF(${c('低于下限')}>${N.gapRedPp},"滞后","预警"),IF(${c('高于上限')}>0,"预警",${yearEnd('"正常"')})),` +
    `IF(${is('底线')},IF(${H}>0,"滞后",${yearEnd('"正常"')}),` +
    `IF(${c('落后')}<=0,${yearEnd('"正常"')},${grade(c('落后'), N.gapYellowPp, N.gapRedPp)})))))`;

  const statusF =
    `IF(${c('填报行')}=0,"不适用",IF(${is('节点')},` +
    `IF(${ms}="已完成","已完成",IF(${ms}="","未填报",IF(${c('报告月')}>${c('完成时限')},"滞后",IF(${c('报告月')}=${c('完成时限')},"预警",` +
    `IF(AND(${ms}="未启动",ISNUMBER(${c('计划启动月')}),${c('报告月')}>=${c('计划启动月')}),"预警","正常"))))),` +
    `IF(${is('无目标')},"不适用",IF(${c('考核月')}=0,"不适用",IF(AND(${is('相对')},${c('比较状态')}="无"),"不适用",` +
    `IF(NOT(ISNUMBER(${H})),IF(${c('填报文本')}<>"","未填报",IF(${c('连续未报')},"滞后","未填报")),` +
    `IF(AND(${is('相对')},${c('比较状态')}="缺"),"不适用",IF(AND(${is('相对')},${c('比较状态')}="未报"),"未填报",IF(${c('单位存疑')},"预警",${byMethod})))))))))`;

  const numberReason =
    `IF(${is('完成率')},"累计完成"&${pct(c('完成率'))}&IF(${c('完成率')}>=1,"，已完成全年目标",IF(${c('落后')}<=0,"，不低于序时进度"&${pct(c('序时进度'))},` +
    `"，低于序时进度"&${pct(c('序时进度'))}&"共"&${f1(c('落后'))}&"个百分点")),` +
    `IF(${is('差距')},${head}&IF(${c('落后')}<=0,"，达到目标"&${f1(goal)}&${U},"，"&IF(${lower},"高于","低于")&"目标"&${f1(goal)}&${U}&"共"&${f1(c('落后'))}&"个百分点"),` +
    `IF(${is('上限')},"当前"&${plain(H)}&${U}&IF(${c('余量')}<0,"，超过上限"&${plain(limit)}&${U}&"共"&${plain(`-${c('余量')}`)}&${U},"，未超过上限"&${plain(limit)}&${U}&"，余量"&${plain(c('余量'))}&${U}),` +
    `IF(${is('区间')},${head}&IF(${c('低于下限')}>0,"，低于"&${band}&"的下限共"&${f1(c('低于下限'))}&"个百分点",IF(${c('高于上限')}>0,"，高于"&${band}&"的上限共"&${f1(c('高于上限'))}&"个百分点","，在"&${band}&"范围内")),` +
    `IF(${is('底线')},IF(${H}>0,"已发生"&${plain(H)}&"起，触及底线",IF(${c('考核月')}=12,"全年未发生","未发生")),` +
    `"实际"&${f1(H)}&"，"&${refName}&${f1(c('比较值'))}&IF(${c('落后')}<=0,"，"&IF(${lower},"未超过","不低于")&"比较对象","，"&IF(${lower},"高于","低于")&"比较对象共"&${f1(c('落后'))}&"个百分点"))))))`;

  const reasonF =
    `IF(${c('填报行')}=0,"月度填报中没有该指标行",IF(${is('节点')},` +
    `IF(${ms}="已完成","已完成",IF(${ms}="","未选择推进状态（未启动/推进中/已完成）",IF(${c('报告月')}>${c('完成时限')},"已超过完成时限"&${c('完成时限')}&"月，尚未完成",` +
    `IF(${c('报告月')}=${c('完成时限')},"本月为完成时限"&${c('完成时限')}&"月，尚未完成",IF(AND(${ms}="未启动",ISNUMBER(${c('计划启动月')}),${c('报告月')}>=${c('计划启动月')}),` +
    `"计划"&${c('计划启动月')}&"月启动，尚未启动",${ms}&"，完成时限"&${c('完成时限')}&"月"))))),` +
    `IF(${is('无目标')},"目标值缺失或不是正数，无法计算",IF(${c('考核月')}=0,IF(${c('频率')}=${str(FREQUENCY_WORDS.yearly)},"年度指标，12月考核","季度指标，一季度数据尚未发布"),` +
    `IF(AND(${is('相对')},${c('比较状态')}="无"),"未设置比较对象（月度填报“比较对象”列）",` +
    `IF(NOT(ISNUMBER(${H})),IF(${c('填报文本')}<>"",${c('期名')}&"填报值“"&${c('填报文本')}&"”不是数字，请在月度填报中改正",IF(${c('连续未报')},"连续"&${N.missed}&"个月未填报",${c('期名')}&"未填报")),` +
    `IF(AND(${is('相对')},${c('比较状态')}="缺"),"比较对象“"&${cw}&"”不在月度填报中",IF(AND(${is('相对')},${c('比较状态')}="未报"),"比较对象"&${cw}&${c('期名')}&"未填报",` +
    `IF(${c('单位存疑')},${c('期名')}&"填报值"&${plain(H)}&${U}&"与目标"&${plain(limit)}&${U}&"或上期相差"&${plain(N.slip)}&"倍以上，疑似万元/亿元单位错误，请核对后改正",${numberReason})))))))))`;

  const prevMonth = `IF(${c('频率')}=${str(FREQUENCY_WORDS.monthly)},IF(${c('考核月')}-1<${FIRST_MONTH},0,${c('考核月')}-1),IF(${c('频率')}=${str(FREQUENCY_WORDS.quarterly)},${c('考核月')}-3,0))`;

  return {
    任务序号: fromInd(INDICATOR_HEADERS.task),
    指标名称: fromInd(INDICATOR_HEADERS.name),
    方法: methodF,
    目标值: numFromInd(INDICATOR_HEADERS.target),
    单位: fromInd(INDICATOR_HEADERS.unit),
    考核月: `IF(${is('节点')},${c('报告月')},IF(${c('频率')}=${str(FREQUENCY_WORDS.quarterly)},3*INT(${c('报告月')}/3),IF(${c('频率')}=${str(FREQUENCY_WORDS.yearly)},IF(${c('报告月')}=12,12,0),${c('报告月')})))`,
    最新数值: `IF(OR(${c('填报行')}=0,${is('节点')},${is('无目标')},${c('期列')}=0),"",IF(ISNUMBER(${figAt(c('期列'))}),${figAt(c('期列'))},""))`,
    序时进度: `IF(OR(${c('填报行')}=0,${is('节点')},${is('无目标')},${c('考核月')}=0),"",IF(AND(ISNUMBER(INDEX(${PLAN},${figRow},1)),ISNUMBER(INDEX(${PLAN},${figRow},2)),ISNUMBER(INDEX(${PLAN},${figRow},3)),ISNUMBER(INDEX(${PLAN},${figRow},4))),` +
      `ROUND(IF(ROUNDUP(${c('考核月')}/3,0)=1,0,INDEX(${PLAN},${figRow},${atLeast1(`ROUNDUP(${c('考核月')}/3,0)-1`)}))+(INDEX(${PLAN},${figRow},${atLeast1(`ROUNDUP(${c('考核月')}/3,0)`)})-IF(ROUNDUP(${c('考核月')}/3,0)=1,0,INDEX(${PLAN},${figRow},${atLeast1(`ROUNDUP(${c('考核月')}/3,0)-1`)})))*(${c('考核月')}-3*(ROUNDUP(${c('考核月')}/3,0)-1))/3,6),ROUND(${c('考核月')}/12,6)))`,
    // A probable unit slip is a figure to check, not a result: no completion, gap or margin.
    完成率: `IF(AND(${is('完成率')},ISNUMBER(${H})),IF(${c('单位存疑')},"",ROUND(${H}/${E},6)),"")`,
    '差距(百分点)':
      `IF(OR(NOT(ISNUMBER(${H})),${c('单位存疑')}),"",IF(${is('完成率')},ROUND((${c('完成率')}-${c('序时进度')})*100,6),IF(${is('差距')},ROUND(${H}-${goal},6),` +
      `IF(${is('上限')},IF(OR(${c('类型')}=${str(T.growth)},${rate}),ROUND(${H}-${limit},6),""),IF(${is('区间')},ROUND(${H}-${E},6),IF(AND(${is('相对')},${c('比较状态')}="有"),ROUND(${H}-${c('比较值')},6),""))))))`,
    余量: `IF(AND(${is('上限')},ISNUMBER(${H})),IF(${c('单位存疑')},"",ROUND(${limit}-${H},6)),"")`,
    状态: statusF,
    原因: reasonF,
    指标行: `IFERROR(MATCH($${PC['指标ID']}${n},${iCol(INDICATOR_HEADERS.id)},0),0)`,
    填报行: `IFERROR(MATCH($${PC['指标ID']}${n},${fCol(FC.id)},0),0)`,
    类型: fromInd(INDICATOR_HEADERS.kind),
    比较: fromInd(INDICATOR_HEADERS.cmp),
    上限: numFromInd(INDICATOR_HEADERS.max),
    频率: `IF(${c('填报行')}=0,"",IF(${setting(FC.frequency)}&""="",${str(FREQUENCY_WORDS.monthly)},${setting(FC.frequency)}&""))`,
    越低越好: `IF(${c('填报行')}=0,FALSE(),${setting(FC.lower)}=${str(YES_WORD)})`,
    报告月: `MAX(${N.month},${FIRST_MONTH})`,
    期列: `IFERROR(MATCH(${c('考核月')},${MONTHS},0),0)`,
    填报文本: `IF(OR(${is('节点')},${c('期列')}=0),"",IF(ISTEXT(${figAt(c('期列'))}),${figAt(c('期列'))},""))`,
    比较状态: `IF(OR(NOT(${is('相对')}),${c('期列')}=0),"",IF(${cw}="","无",IF(NOT(ISNA(${cwRow})),IF(ISNUMBER(INDEX(${FB},${cwRow},${atLeast1(c('期列'))})),"有","未报"),IF(ISNUMBER(${typed}),"有","缺"))))`,
    比较值: `IF(${c('比较状态')}<>"有","",IF(ISNA(${cwRow}),${typed},INDEX(${FB},${cwRow},${atLeast1(c('期列'))})))`,
    落后: `IF(NOT(ISNUMBER(${c('差距(百分点)')})),"",IF(${is('完成率')},-${c('差距(百分点)')},IF(${lower},${c('差距(百分点)')},-${c('差距(百分点)')})))`,
    容差: `IF(ISNUMBER(${setting(FC.tolerance)}),${setting(FC.tolerance)},${N.tolerance})`,
    低于下限: `IF(AND(${is('区间')},ISNUMBER(${H})),ROUND(${E}-${c('容差')}-${H},6),"")`,
    高于上限: `IF(AND(${is('区间')},ISNUMBER(${H})),ROUND(${H}-${E}-${c('容差')},6),"")`,
    上期值: `IF(OR(${is('节点')},${c('期列')}=0),"",IFERROR(IF(ISNUMBER(${figAt(`MATCH(${prevMonth},${MONTHS},0)`)}),${figAt(`MATCH(${prevMonth},${MONTHS},0)`)},""),""))`,
    完成时限: `IF(${c('填报行')}=0,12,IF(ISNUMBER(${setting(FC.due)}),${setting(FC.due)},12))`,
    计划启动月: `IF(${c('填报行')}=0,"",${numSetting(FC.planned)})`,
    推进状态: `IF(${c('填报行')}=0,"",IF(OR(${setting(FC.status)}="未启动",${setting(FC.status)}="推进中",${setting(FC.status)}="已完成"),${setting(FC.status)}&"",""))`,
    // IF, not AND: Excel's AND evaluates every argument, and ""*TM_SLIP (no previous figure) is
    // #VALUE!, which AND passes on (HyperFormula does not, so the agreement test cannot see it).
    单位存疑: `IF(AND(OR(${is('完成率')},${is('上限')}),NOT(${rate}),ISNUMBER(${H})),OR(${far(H, limit)},IF(ISNUMBER(${c('上期值')}),${far(H, c('上期值'))},FALSE())),FALSE())`,
    连续未报: `IF(AND(${N.missed}>0,${c('频率')}=${str(FREQUENCY_WORDS.monthly)},${c('期列')}>=${N.missed}),SUM(${missedTerms})=0,FALSE())`,
    期名: `IF(AND(${c('考核月')}=2,${FIRST_MONTH}=2),"1-2月",${c('考核月')}&"月")`,
  };
}
