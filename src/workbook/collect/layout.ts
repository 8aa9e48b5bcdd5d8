/**
 * The sheets of collecting and checking, and their headers: one place, so the plans that write
 * them and the readers that read them back never drift apart. Readers find every column by its
 * header (a clerk may drag columns about or add their own); the add-in's cells are these.
 *
 * - 报送明细: every figure and note a unit's form brought, one row per form row, appended (a
 *   form sent again adds rows; the latest per 月份 + 指标ID + 报送单位 counts), never deleted.
 * - 报送情况: by month and lead unit, who has reported, what is missing, and the form's sign-off.
 * - 核对: the open findings of the last check, with the clerk's written explanations.
 * - 历史 (hidden): each closed month's snapshot of figures, statuses and notes.
 * - 修改记录: every change to a closed month's figure: old, new, when, who.
 */

export const REPORTS_SHEET = '报送明细';
export const REPORTS_TABLE = '报送明细表';
export const REPORTS_HEADERS = {
  month: '月份',
  id: '指标ID',
  name: '指标名称',
  source: '报送单位',
  total: '累计值',
  current: '当月值',
  status: '推进状态',
  progress: '进展情况',
  problems: '存在问题',
  measures: '下步措施',
  file: '来源',
  received: '收到时间',
} as const;

export const STATUS_SHEET = '报送情况';
export const STATUS_TABLE = '报送情况表';
export const STATUS_HEADERS = {
  month: '月份',
  unit: '牵头单位',
  due: '应报项数',
  reported: '已报项数',
  missing: '未报项数',
  state: '报送状态',
  missingItems: '未报指标',
  filler: '填报人',
  reviewer: '审核人',
  head: '单位负责人',
  phone: '联系电话',
  date: '填报日期',
  received: '收到时间',
  file: '来源',
} as const;

/** 报送状态 words. */
export const REPORT_STATE_WORDS = { done: '已报送', partial: '部分报送', none: '未报送' } as const;

export const CHECK_SHEET = '核对';
export const CHECK_TABLE = '核对表';
export const CHECK_HEADERS = {
  severity: '级别',
  rule: '规则',
  ruleCode: '规则代码',
  id: '指标ID',
  name: '指标名称',
  month: '月份',
  owner: '牵头单位',
  place: '位置',
  message: '问题',
  explanation: '情况说明',
  state: '处理状态',
} as const;

export const SEVERITY_WORDS = { error: '错误', warning: '警告' } as const;
/** 处理状态 words: an error to correct, a warning to explain or explained, a finding that went
 *  away (kept because the clerk wrote an explanation for it). */
export const CHECK_STATE_WORDS = { fix: '待改正', explain: '待说明', explained: '已说明', gone: '已消除' } as const;

export const HISTORY_SHEET = '历史';
export const HISTORY_TABLE = '历史表';
export const HISTORY_HEADERS = {
  month: '月份',
  id: '指标ID',
  task: '任务序号',
  name: '指标名称',
  target: '目标值',
  unit: '单位',
  owner: '牵头单位',
  value: '数值',
  /** The month the figure is of (a quarterly figure judged in May is March's; 0 for a milestone,
   *  whose 数值 is its state). */
  valueMonth: '数值月份',
  completion: '完成率',
  timeProgress: '序时进度',
  gap: '差距',
  status: '状态',
  reason: '原因',
  note: '进展说明',
  explanation: '情况说明',
  closedAt: '关闭时间',
  closedBy: '关闭人',
} as const;

export const CHANGES_SHEET = '修改记录';
export const CHANGES_TABLE = '修改记录表';
export const CHANGES_HEADERS = {
  at: '记录时间',
  month: '月份',
  id: '指标ID',
  name: '指标名称',
  before: '原值',
  after: '新值',
  who: '修改人',
  how: '方式',
} as const;

/** Sheets the add-in writes for collecting and checking (never offered as returned forms). */
export const COLLECT_SHEETS: readonly string[] = [REPORTS_SHEET, STATUS_SHEET, CHECK_SHEET, HISTORY_SHEET, CHANGES_SHEET];

/** Optional columns a clerk may add to 指标: a lead unit for an item without a task (the 八大行动
 *  plan's indicators) and the source whose figure is authoritative for the indicator. */
export const INDICATOR_OWNER_HEADER = '牵头单位';
export const INDICATOR_SOURCE_HEADER = '数据来源';
