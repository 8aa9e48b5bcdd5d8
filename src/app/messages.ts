/**
 * The clerk's words for what the ports and readers report as data: workbook failures, findings in
 * the sheets, and the steps of a write. Every Chinese sentence about these is made here, so the
 * pane, the command line and the tests read the same thing, and nothing parses a message back.
 */
import { findingPlace, type Finding } from '../domain/findings';
import { percent } from '../domain/progress/format';
import type { CheckRule } from '../domain/reconcile/types';
import type { HostReason, WorkbookFailure } from './workbookFailure';

const quoted = (names: readonly string[]) => names.map((n) => `“${n}”`).join('、');

/** A cell quoted in a message is cut here: a 100,000-character cell stays one readable line. */
const MAX_QUOTED = 40;
const clip = (text: string) => (text.length > MAX_QUOTED ? `${text.slice(0, MAX_QUOTED)}…（共${text.length}个字符）` : text);

/** What the Office.js error codes mean to a clerk (the codes of Excel.ErrorCodes). */
const HOST_CODES: Record<string, string> = {
  InvalidArgument: '参数无效',
  InvalidReference: '引用无效',
  InvalidOperation: '当前不能进行这项操作',
  InvalidOperationInCellEditMode: '正在编辑单元格，请按回车或Esc结束编辑后再试',
  ItemNotFound: '找不到要操作的工作表或对象',
  ItemAlreadyExists: '同名的工作表、表格或名称已存在',
  AccessDenied: '没有权限修改（工作簿或工作表可能受保护）',
  GeneralException: 'Excel 内部错误',
  RequestPayloadSizeLimitExceeded: '一次发送的数据超过了 Excel 的大小限制',
  ResponsePayloadSizeLimitExceeded: '一次读取的数据超过了 Excel 的大小限制',
  ActivityLimitReached: '操作过于频繁，Excel 暂时拒绝',
  Conflict: '与其他人的修改冲突',
  ApiNotFound: '这个版本的 Excel 不支持所需的功能',
  Unauthenticated: '需要重新登录',
  ServiceNotAvailable: 'Excel 服务暂时不可用',
  InsertDeleteConflict: '插入或删除与已有内容冲突',
  FilteredRangeConflict: '筛选状态下不能进行这项操作',
  MergedRangeConflict: '合并单元格冲突',
  NonBlankCellOffSheet: '工作表末尾有内容，无法插入',
  UnsupportedSheet: '这种工作表（如图表工作表）不能操作',
  InvalidSelection: '选中的区域无效',
};

const HAS_CJK = /[\u3400-\u9fff]/;

/** "原因：…" words for a host's reason: the meaning of its code, its own text where Chinese. */
export function reasonWords(reason: HostReason): string {
  const parts: string[] = [];
  if (reason.code && HOST_CODES[reason.code]) parts.push(HOST_CODES[reason.code]);
  if (reason.text && HAS_CJK.test(reason.text) && !parts.includes(reason.text)) parts.push(reason.text);
  if (parts.length === 0) parts.push(reason.code ? `Excel 报告错误（代码 ${reason.code}）` : '未知错误');
  else if (reason.code && !HOST_CODES[reason.code]) parts.push(`代码 ${reason.code}`);
  return parts.join('；');
}

export function describeFailure(f: WorkbookFailure): string {
  switch (f.code) {
    case 'api-too-old':
      return `这个版本的 Excel 太旧，不支持本加载项需要的功能（需要 ExcelApi ${f.required}：Excel 2021、Microsoft 365 或网页版 Excel）。`;
    case 'read-failed': {
      const what = f.selection ? '选中的区域' : `${quoted(f.sheets)}工作表`;
      return `读取${what}失败，工作簿未被修改。原因：${reasonWords(f.reason)}`;
    }
    case 'write-failed': {
      const parts: string[] = [];
      parts.push(f.written.length > 0 ? `已写入${quoted(f.written)}工作表` : '没有写完任何工作表');
      if (f.partial !== undefined) parts.push(`“${f.partial}”工作表未写完（可能只写入了一部分）`);
      if (f.notStarted.length > 0) parts.push(`${quoted(f.notStarted)}工作表未写入`);
      return `写入失败：${parts.join('，')}。原因：${reasonWords(f.reason)}`;
    }
    case 'no-selection':
      return '没有选中的区域：请先在工作表中选中要导入的表格。';
    case 'selection-empty':
      return `选中的区域 ${f.sheet}!${f.address} 是空的：请选中包含表头行的整个表格。`;
    case 'selection-too-large':
      return `选中的区域 ${f.sheet}!${f.address} 太大（超过 ${f.limit} 个单元格）：请只选中目标任务表格。`;
    case 'select-failed':
      return `无法选中“${f.sheet}”工作表的 ${f.address}。原因：${reasonWords(f.reason)}`;
    case 'watch-failed':
      return `无法监视${quoted(f.sheets)}工作表的修改，请在修改后点“更新”。原因：${reasonWords(f.reason)}`;
    case 'file-unreadable':
      return `无法打开工作簿《${f.file}》：${reasonWords(f.reason)}。请确认它是 Excel 工作簿（.xlsx），没有损坏，也没有设置打开密码。`;
  }
}

/** The words of a finding, starting with its place ("月度填报!F7：…", "《数据.csv》第3行“value”列：…")
 *  where it has one. */
export function describeFinding(f: Finding): string {
  const place = findingPlace(f);
  const inFile = f.file ? `《${f.file}》${f.row ? `第${f.row}行` : ''}${f.header && f.code.startsWith('file-') ? `“${f.header}”列` : ''}：` : '';
  const at = place ? `${place}：` : inFile;
  const value = clip(f.value ?? '');
  switch (f.code) {
    case 'header-missing':
      return `${f.sheet}工作表中找不到表头“${f.header}”，请确认前10行中有表头行。`;
    case 'column-missing':
      return `${f.sheet}工作表缺少“${f.header}”列`;
    case 'duplicate-key':
      return `${at}${f.header}“${value}”重复，只读取了第一行`;
    case 'not-a-word':
      return `${at}${f.header}“${value}”应为${(f.allowed ?? []).join('、')}之一${f.fallback ? `，${f.fallback}` : ''}`;
    case 'not-a-number':
      return value === '' ? `${at}“${f.header}”应为数字` : `${at}${f.header}“${value}”不是数字`;
    case 'empty-target':
      return `${at}目标值为空`;
    case 'figure-not-number': {
      // The clerk knows indicators by name, not ID: say both so the row is found either way.
      const who = f.name ? `指标${f.id}（${f.name}）` : `指标${f.id}`;
      return `${at}${who}的${f.period}月数值“${value}”不是数字，请只填数字（单位见“单位”列）`;
    }
    case 'month-invalid':
      return `${at}报告月份“${value}”应为1到12的整数`;
    case 'figure-percent': {
      const who = f.name ? `指标${f.id}（${f.name}）` : `指标${f.id}`;
      return `${at}${who}的${f.period}月数值填成了百分比“${value}”，该指标按原单位填累计值（单位见“单位”列），请改正`;
    }
    case 'figure-unit-slip':
      return `${at}${f.name ? `指标${f.id}（${f.name}）` : `指标${f.id}`}${f.value ?? ''}`;
    case 'compare-date': {
      const who = f.name ? `指标${f.id}（${f.name}）` : `指标${f.id}`;
      return `${at}${who}的比较对象被 Excel 当成了日期（如把“1-1”当成1月1日）：请把该单元格设为“文本”格式后重新填写指标ID`;
    }
    case 'file-empty':
      return `《${f.file}》是空的：应有表头“id,period,value”（可加“note”）和数据行`;
    case 'file-header':
      return `${at}表头应为“id,period,value”或“id,period,value,note”，实际为“${value}”`;
    case 'file-columns':
      return `${at}应有${f.allowed?.length ?? 3}列（${(f.allowed ?? []).join(',')}），实际为“${value}”（数值中不要用千分位逗号，说明中有逗号时请加英文双引号）`;
    case 'file-empty-cell':
      return `${at}不能为空`;
    case 'file-bad-period':
      return `${at}指标${f.id}的期间“${value}”应为YYYY-MM格式（如2024-06）`;
    case 'file-wrong-year':
      return `${at}指标${f.id}的期间“${value}”不是报告年份${f.period}年`;
    case 'file-not-number':
      return `${at}指标${f.id}的数值“${value}”不是数字，请只填数字（不带单位、文字和千分位逗号）`;
    case 'file-out-of-range':
      return `${at}指标${f.id}的数值“${value}”超出范围（有效数字过多或数值过大），请核对是否多写了数字或误用了科学计数法`;
    case 'file-duplicate':
      return `${at}指标${f.id}的${value}数值重复（第${f.period}行已有）`;
    case 'figure-unknown-id':
      return `${at}指标ID“${f.id}”不在目标任务中（请检查ID，或先导入包含它的目标文件）`;
    case 'figure-no-column':
      return `${at}指标${f.id}的${value}没有对应的填报列${f.fallback ? `：${f.fallback}` : ''}`;
    case 'check':
      return describeCheck(f, at);
    case 'form-no-id-column':
      return `${f.file ? `《${f.file}》` : ''}${f.sheet ? `“${f.sheet}”工作表` : ''}中找不到“指标ID”列：请使用本加载项生成的填报表，或在表头加上“指标ID”列`;
    case 'figure-conflict':
      if (f.header) return `${inFile}${place ? `${place}：` : ''}指标${f.id}的${f.header}已有“${f.previous ?? ''}”，与新的“${value}”不同，未写入`;
      return `${inFile}${place ? `${place}：` : ''}指标${f.id}${f.period ? `的${f.period}月` : ''}已填“${f.previous ?? ''}”，与新数值“${value}”不同，未写入`;
  }
}

/** The short word of each check (核对) rule, for lists and the 核对 sheet. */
export const CHECK_RULE_WORDS: Record<CheckRule, string> = {
  missing: '缺报',
  falling: '累计下降',
  sum: '累计不符',
  unit: '单位疑误',
  swing: '增速异动',
  bound: '完成率异常',
  future: '超前填报',
  text: '非数字',
  percent: '百分号',
  duplicate: '重复',
  source: '来源不一致',
};

/** How many times: "5000倍", "12.5倍"; below 1, "万分之一" style is avoided: "1/10000". */
function times(factor: number): string {
  const f = factor >= 1 ? factor : 1 / factor;
  const n = f >= 100 ? String(Math.round(f)) : String(Math.round(f * 10) / 10);
  return factor >= 1 ? `${n}倍` : `${n}分之一`;
}

/** The words of a check (核对) finding, after its place. */
function describeCheck(f: Finding, at: string): string {
  const who = f.name ? `指标${f.id}（${f.name}）` : `指标${f.id}`;
  const month = `${f.period ?? f.month ?? ''}月`;
  const value = f.value ?? '';
  switch (f.rule) {
    case 'missing':
      return `${at}${who}${month}未报送数值${f.owner ? `（牵头单位：${f.owner}）` : ''}`;
    case 'falling':
      return `${at}${who}${month}累计值${value}低于${f.expected ?? '上月'}的${f.previous}，累计数不应减少`;
    case 'sum':
      return `${at}${who}${month}累计值${value}不等于上月累计${f.previous}加本月${f.current}（应为${f.expected}）`;
    case 'unit': {
      const against = f.expected !== undefined ? `目标${f.expected}` : `上期${f.previous}`;
      const size = (f.factor ?? 1) >= 1 ? `是${against}的${times(f.factor ?? 1)}` : `只有${against}的${times(f.factor ?? 1)}`;
      return `${at}${who}${month}数值${value}${size}，疑似单位错误（万元/亿元、人/万人），请核对`;
    }
    case 'swing': {
      const moved = Math.round(Math.abs(Number(value) - Number(f.previous)) * 10) / 10;
      return `${at}${who}${month}增速${value}较上期${f.previous}变动${moved}个百分点，超过${f.expected}个百分点，请说明原因`;
    }
    case 'bound':
      return `${at}${who}${month}累计完成${percent(f.factor ?? 0)}，超过合理上限${percent(Number(f.expected))}，请核对`;
    case 'future':
      return `${at}${who}有${month}的数值“${value}”，晚于报告月份${f.expected ?? ''}，该月尚未结束`;
    case 'text':
      return `${at}${who}${month}数值“${value}”不是数字，请只填数字（单位见“单位”列）`;
    case 'percent':
      return f.severity === 'error'
        ? `${at}${who}${month}数值“${value}”带百分号：本栏按百分点填写，应填${f.expected}`
        : `${at}${who}${month}数值${value}疑似按百分数录入（应为${f.expected}？）：本栏按百分点填写`;
    case 'duplicate':
      return `${at}${who}${month}的数值重复：${value}（${f.expected ? `${f.expected}已有` : '已有'}${f.previous}），只采用第一个，请删去多余的一行`;
    case 'source':
      return f.authoritative
        ? `${at}${who}${month}采用的${value}与权威来源${f.source}报送的${f.previous}不一致，应以${f.source}为准`
        : `${at}${who}${month}${f.source}报送${f.previous}，与采用的${value}不同：请核对，或在“指标”工作表的“数据来源”列指定以哪个来源为准`;
    default:
      return `${at}${who}${month}需核对`;
  }
}

export function writingSheetMessage(sheet: string, rows: number, part?: { index: number; of: number }): string {
  const chunk = part && part.of > 1 ? `（第${part.index}/${part.of}批）` : '';
  return `正在写入“${sheet}”工作表，共${rows}行${chunk}…`;
}

/** Why the leaders' paper could not be written, as data (src/app/print/writePrintSheet.ts). */
export type PrintProblem = { code: 'no-free-name'; sheet: string; tried: number };

export function printProblemMessage(p: PrintProblem): string {
  switch (p.code) {
    case 'no-free-name':
      return `工作簿中已有您自己的“${p.sheet}”工作表，以及“${p.sheet}(2)”到“${p.sheet}(${p.tried})”，打印表未写入。请把不用的工作表删除或改名后再生成。`;
  }
}
