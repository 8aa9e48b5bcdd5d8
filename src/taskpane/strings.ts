/**
 * Every word the task pane shows, in one place (zh-CN first). Components never hold literal
 * Chinese text, so a later en-US table or a wording change touches this file only.
 */
import type { Cmp, IndicatorKind, QualitativeType } from '../domain/model';

export const strings = {
  appTitle: '目标任务监测',

  // Screens chosen before the app starts (see hostCheck.ts).
  host: {
    loading: '正在启动…',
    noOffice:
      '无法加载 Office.js（微软 Office 脚本库）。请检查网络是否能访问 appsforoffice.microsoft.com，或请管理员按 README 使用本地副本。',
    noHost: '此页面是 Excel 加载项的任务窗格，需要在 Excel 中打开（“开始”选项卡 → 目标任务监测 → 打开任务窗格），不能直接在浏览器中使用。',
    wrongHost: (host: string) => `此加载项只能在 Excel 中使用，当前宿主为 ${host}。`,
    tooOld: '此版本的 Excel 过旧（需要 ExcelApi 1.9，Excel 2021 或 Microsoft 365）。',
    readyTimeout:
      'Office.js 已加载，但 Excel 没有响应。请关闭任务窗格后重新打开；如仍如此，请重新启动 Excel。',
  },

  tabs: {
    import: '导入',
    progress: '进度',
    collect: '收集',
    check: '核对',
    print: '打印',
    bulletin: '通报',
  },

  // The 打印 and 通报 views, loaded when first opened.
  lazy: {
    loading: '正在加载…',
    failed: '未能加载这一页的组件（网络中断，或加载项刚刚更新）。请关闭任务窗格后重新打开。',
  },

  print: {
    intro: '生成给领导看的《目标任务进展情况表》：按类别、牵头单位、牵头领导或状态分组，滞后的排在前面。',
    noIndicators: '工作簿中还没有“指标”工作表。请先在“导入”中导入目标任务。',
    notReady: '还没有生成进度表。请先在“进度”中点“生成/更新进度表”，并在“月度填报”中填入本月数据。',
    yearLabel: '年份',
    year: (y: number) => `${y}年`,
    groupingLabel: '分组',
    groupings: { kind: '按类别（每类一张表）', unit: '按牵头单位', leader: '按牵头领导', status: '按状态' },
    filterLabel: '范围',
    filters: { all: '全部事项', lagging: '仅滞后和预警', livelihood: '仅民生实事' },
    paperLabel: '纸张',
    papers: { A4: 'A4 横向', A3: 'A3 横向' },
    issueLabel: '期数',
    issuePlaceholder: '如 6',
    makerLabel: '制表单位',
    makerPlaceholder: '如 区政府督查室（可空）',
    button: '生成打印表',
    working: '正在生成打印表…',
    written: (sheet: string, items: number, paper: string) => `已写入工作表“${sheet}”：${items}项，${paper}横向，一页宽，表头每页重复。在 Excel 中按 Ctrl+P 打印。`,
    replaced: '原来由本加载项生成的同名打印表已替换。',
    clerkSheetKept: (kept: string, sheet: string) => `工作簿中的“${kept}”是您自己的工作表，没有改动；打印表写入了“${sheet}”。`,
    settingsCreated: '已新建“打印设置”工作表：制表单位、期数和通报的主送单位、下步措施可在其中修改。',
    show: '查看打印表',
    snapshot: '打印表是生成时的数据快照；修改“月度填报”后请重新生成。',
  },

  bulletin: {
    intro: '本月的督查通报：总体情况、主要经济指标、滞后事项、民生实事、报送情况和下步工作，可复制后粘贴到 Word 文档。',
    button: '生成通报',
    working: '正在生成通报…',
    copy: '复制全文',
    copied: '已复制，可粘贴到 Word 文档中。',
    copyFailed: '无法自动复制：请在下面的文字中按 Ctrl+A 全选后按 Ctrl+C 复制。',
    textLabel: '通报全文',
    settingsHint: '主送单位、落款、下步措施和结尾在“打印设置”工作表中修改（生成一次打印表后出现）。',
    numbersHint: '通报中的数字与“进度”表的计算结果一致。',
  },

  progress: {
    noIndicators: '工作簿中还没有“指标”工作表。请先在“导入”中导入目标任务，再回到这里生成进度表。',
    monthLabel: '报告月份',
    refreshButton: '生成/更新进度表',
    refreshing: '正在生成进度表…',
    loading: '正在读取进度…',
    refreshed: (month: string, items: number) =>
      `已生成进度表：报告月份${month}，${items}个指标（规则、月度填报、进度三张工作表）。在“月度填报”中填入数字后，这里会自动更新。`,
    notBuilt: (items: number) =>
      `已导入${items}个指标，还没有生成进度表。下一步：点“生成/更新进度表”，建立“规则”“月度填报”“进度”三张工作表，然后在“月度填报”中填入各月数字。`,
    yearLabel: '年度',
    yearHint: '标题中的年份；可改。',
    nothingReported: (month: string) => `${month}还没有填报数字，暂不能判断进度。下一步：在“月度填报”中填入${month}的数字（或用命令行导入数据文件），这里会自动更新。`,
    timeProgress: (month: string, percent: string) => `报告月份 ${month}，序时进度 ${percent}`,
    countsLabel: '各状态指标数',
    count: (word: string, n: number) => `${word} ${n}`,
    total: (n: number) => `共 ${n} 项`,
    laggingTitle: (n: number) => `滞后（${n}）`,
    warningTitle: (n: number) => `预警（${n}）`,
    missingTitle: (n: number) => `未填报（${n}）`,
    noneLagging: '没有滞后的指标。',
    unitCount: (unit: string, n: number) => `${unit}（${n}）`,
    selectRow: (name: string) => `在“进度”工作表中选中：${name}`,
    noRow: '“进度”工作表中还没有此行，请点“生成/更新进度表”。',
    figureErrorsTitle: (n: number) => `填报值需改正（${n}）`,
    openCheckErrors: (n: number) => `有${n}处核对错误未改正（见“核对”）：改正之前，进度和通报中的数字可能不准确。`,
    figureErrorHint: '点一项可选中该单元格。',
    otherErrorsTitle: '其他提示',
    selectCell: (cell: string) => `选中单元格 ${cell}`,
  },

  source: {
    intro: '选择目标任务分解通知或政府工作报告（Word .docx 或文本 .txt），或粘贴文本，或在工作表中选中已粘贴的表格。',
    fileButton: '选择文件…',
    fileInputLabel: '选择 .docx 或 .txt 文件',
    pasteLabel: '粘贴文本或表格',
    pastePlaceholder: '在此粘贴通知正文，或从 Word / Excel 复制的表格',
    parseButton: '解析',
    selectionButton: '使用选中区域',
    pastedName: '粘贴的文本',
  },

  working: {
    parsing: '正在解析…',
    reading: (name: string) => `正在读取 ${name}…`,
    writing: '正在写入工作簿…',
  },

  preview: {
    title: (source: string) => `预览：${source}`,
    counts: (tasks: number, indicators: number, qualitative: number, uncertain: number) =>
      `任务 ${tasks} 项，量化指标 ${indicators} 个，定性目标 ${qualitative} 个，需核对 ${uncertain} 处`,
    nothingFound: '没有找到目标任务或指标。请确认选择的是目标任务分解通知或政府工作报告。',
    reportGroup: '报告中的指标（不属于编号任务）',
    taskHeading: (seq: string) => `${seq}.`,
    leadLeader: '牵头领导',
    leadUnit: '牵头单位',
    units: '责任单位',
    deadline: '完成时限',
    livelihood: '民生实事',
    line: (line: number) => `第 ${line} 行`,
    none: '（无）',
    noIndicators: '此项没有量化指标。',
    qualitativeLabel: '定性目标',
    uncertainLabel: '需核对',
    editedLabel: '已修改',
    showMore: (shown: number, total: number) => `显示更多（已显示 ${shown} / ${total}）`,
    diagnosticsToggle: (n: number) => `解析提示 ${n} 条`,
    checkToggle: (n: number) => `需核对 ${n} 处：逐一查看`,
    goTo: (what: string) => `转到：${what}`,
    duplicatesToggle: (n: number) => `同一目标出现在多处（${n} 组）`,
    duplicateLine: (name: string, lines: string) => `${name}：第${lines}行`,
    mergeButton: '合并为一项',
    mergeAll: '全部合并（各保留第一处）',
    writeButton: '写入工作簿',
    cancelButton: '重新选择来源',
  },

  indicator: {
    name: '指标名称',
    target: '目标值',
    max: '上限（区间目标，可空）',
    unit: '单位',
    cmp: '比较',
    kind: '类型',
    quote: '原文',
    edit: '修改',
    remove: '删除此指标',
    save: '确定',
    cancel: '取消',
    editAria: (name: string) => `修改指标：${name}`,
    removeAria: (name: string) => `删除指标：${name}`,
    targetInvalid: '目标值须为数字，例如 7.5 或 5600。',
    maxInvalid: '上限须为数字且不小于目标值，或留空。',
    nameEmpty: '指标名称不能为空。',
  },

  task: {
    editLeadUnit: '修改牵头单位',
    editLeadUnitAria: (seq: string) => `修改第 ${seq} 项的牵头单位`,
    save: '确定',
    cancel: '取消',
  },

  outcome: {
    title: '已写入工作簿',
    tasks: '任务',
    indicators: '指标',
    added: '新增',
    updated: '更新',
    unchanged: '未变',
    kept: '保留',
    removed: '删除',
    changesTitle: '变更明细',
    noChanges: '与工作簿中已有内容相同，没有变更。',
    again: '导入其他来源',
    written: (tasks: number, indicators: number, qualitative: number) => `写入任务 ${tasks} 项，量化指标 ${indicators} 个、定性目标 ${qualitative} 个（“指标”表中一行一个）。`,
    rowsNote: '下表按工作表计数：“指标”一行为量化指标或定性目标。',
    nextStep: '下一步：生成进度表',
    nextStepHint: (year: string) => `到“进度”中建立“规则”“月度填报”“进度”三张表${year}，然后填入各月数字。`,
  },

  errors: {
    title: '出错了',
    fileUnreadable: (name: string) => `无法读取文件“${name}”。请确认文件没有被移动或被其他程序占用，然后重新选择。`,
    emptyPaste: '粘贴框是空的。请先粘贴通知正文或表格，再点“解析”。',
    unknown: '发生了未知错误，请重试；如仍出错，请把操作步骤告诉管理员。',
    viewLoad: '未能加载这一页的组件（网络中断，或加载项刚刚更新）。请关闭任务窗格后重新打开。',
    dismiss: '关闭',
  },
} as const;

/** The comparison as a clerk reads it next to the figure: "不低于 7.5%". */
export const cmpWords: Record<Cmp, string> = {
  '>=': '不低于',
  '<=': '不超过',
  '~': '约',
  '=': '达到',
};

/**
 * The choice list in the editor: short enough for a half-width select at 320 px. The document's
 * words that mean each choice are shown under the field (cmpHints) for the one selected.
 */
export const cmpOptions: Record<Cmp, string> = {
  '>=': '不低于',
  '<=': '不超过',
  '~': '左右',
  '=': '等于',
};

export const cmpHints: Record<Cmp, string> = {
  '>=': '原文“以上”“突破”',
  '<=': '原文“以内”“控制在”',
  '~': '原文“左右”“约”',
  '=': '原文无限定词',
};

export const kindWords: Record<IndicatorKind, string> = {
  growth: '增速',
  level: '数值',
};

export const qualitativeWords: Record<QualitativeType, string> = {
  bottomline: '底线',
  relative: '相对目标',
  milestone: '节点任务',
};
