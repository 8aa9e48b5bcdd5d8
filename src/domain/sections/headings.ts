/**
 * The words by which a clerk (and this parser) tells the parts of a report or plan apart. Checked
 * against the seeds: 000 l.77, 001 l.33, 003 l.80 and l.100, 004 l.75/77 (goals of a report);
 * 002 l.1465 "一、主要目标", l.1505 "一、工作目标", l.1484 "三、组织实施", l.1520 "三、推进机制"
 * (action plan and its attachments); 000 l.145 "注释：", 003 l.198 "名词解释", 001 l.151 "[1]…"
 * (glossaries at the end).
 */

/** A 文号 line starts a new document of a bundle: "岳云政办函〔2024〕4号". */
export const DOCUMENT_NUMBER = /^[\u4e00-\u9fa5]{2,12}[〔［[【(（]\d{4}[〕］\]】)）]\s*\d{1,4}\s*号$/;

/** A report title line on its own also starts a new document. */
export const REPORT_TITLE = /^政府工作报告$/;

/** A list of the targets handed down ("2018年全市促进就业目标责任制主要指标：全市实现城镇新增就业12.2
 *  万人…"): the indicators of a target or task, then a colon. */
const TARGET_LIST = /(?:目标|任务)[^。；;，,：:]{0,12}主要指标(?:是|为)?[：:]/;

/** A completion report's opening ("29个为民办实事项目已全部完成具体情况如下："): under it each item's
 *  title keeps its target and the lines under the titles report results. */
const COMPLETION_INTRO = /(?:已(?:全部|基本)?完成|完成情况)[^。；;]{0,12}(?:如下|[：:])\s*$/;

/** Item numbering at the start of a line: "（二）", "3、", "12." */
const ITEM_NUMBER = /^\s*(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}[、．.]|\d{1,2}[、．.](?!\d))/;

/** The title of a list of livelihood projects to do ("2024年县政府十件民生实事项目", "关于印发2023年
 *  为民办实事项目的通知"), not news of how they went ("十件民生实事全部完成", "…进展顺利"). */
/** The names of such a list: 民生实事, 为民办实事, 惠民实事, and Tianjin's 民心工程. */
const LIST_NAME = '(?:民生实事|为民办实事|惠民实事|民心工程)';
const LIVELIHOOD_TITLE = new RegExp(`^(?!.*(?:完成|建成|办结|进展|进度|成效|情况|盘点|回眸|回顾|投票|表决|票决|征集|候选|出炉|揭晓|公布))[^。；;，,]{0,30}${LIST_NAME}(?:项目)?(?:的通知|计划|安排|安排意见|实施方案|清单|名单)?\\s*$`);
/** The lead that opens such a list by counting it and saying what it holds ("2017年10方面20项区政府实事项目,
 *  主要涉及为老服务、…", "新一轮20项民心工程出台,包括…", "推出10件惠民实事。涉及…", "市级重点民生实事11件包括…"),
 *  not news of how it went. */
const LIVELIHOOD_LEAD = new RegExp(`^[^。；;]{0,80}?(?:[\\d一二三四五六七八九十]+[件项个][^。，,；;]{0,12}?(?:${LIST_NAME}|实事项目)(?:项目)?(?:出台|确定|发布)?|${LIST_NAME}(?:项目)?[\\d一二三四五六七八九十]+[件项个])[，,:：。]?\\s*(?:主要)?(?:涉及|包括|包含|分别是|具体是|如下)`);
/** News of how a list went, in its lead's sentence. */
const LEAD_NEWS = /完成|建成|办结|进展|进度|成效|情况|盘点|回眸|回顾/;
/** A lead is read from its first sentence only: a paragraph may be a whole 5 MB line. */
const LEAD_LENGTH = 200;
export const opensLivelihoodList = (text: string): boolean => {
  if (isHeading(text) && LIVELIHOOD_TITLE.test(text)) return true;
  const lead = text.slice(0, LEAD_LENGTH);
  return LIVELIHOOD_LEAD.test(lead) && !LEAD_NEWS.test(lead.split(/[。；;]/)[0]);
};

/** How the work went, as a progress report's headings and columns name it. */
const PROGRESS = '(?:完成|进展|落实|推进|执行|进度)情况';
/** The heading of a progress report's part ("（二）报告中确定的其他指标任务完成情况", "重点工作进展情况"). */
const PROGRESS_HEADING = new RegExp(`${PROGRESS}[：:]?\\s*$`);
/** A report's title in a cell of a page's index kept as text ("| 内容概述 | 2025年1-6月…项目进展情况 | ||||"),
 *  not a progress table's column ("序号 | 项目内容 | 进展情况 | 责任单位 |", "| 落实进展情况 |"): the title
 *  names the time it reports on. */
const PROGRESS_TITLE_CELL = new RegExp(`(?:\\d{4}年|年度|季度|\\d月)[^|]*${PROGRESS}\\s*$`);
export const reportsProgress = (text: string): boolean =>
  text.includes('|') ? text.split('|').some((cell) => isHeading(cell.trim()) && PROGRESS_TITLE_CELL.test(cell.trim())) : isHeading(text) && PROGRESS_HEADING.test(text);

/** The header of a progress table kept as text, a row per line with bars ("序号 | 项目内容 | 进展情况 |
 *  责任单位 |"): a column of how the work went. */
const PROGRESS_BARS = new RegExp(`\\|.*${PROGRESS}.*\\||${PROGRESS}\\s*\\|`);
export const opensProgressBars = (text: string): boolean => PROGRESS_BARS.test(text);

/** The same header with its cells set apart by spaces ("序号 目标任务 责任单位 上半年推进情况"): each row
 *  is "1 地区生产总值增长6%以上。 区发展改革委 地区生产总值同比增长2.9%。", the units and the progress
 *  sometimes on lines of their own. */
const PROGRESS_SPACED = new RegExp(`^\\s*序\\s*号\\s.*\\s[\\u4e00-\\u9fa5]{0,6}${PROGRESS}\\s*$`);
export const opensProgressColumns = (text: string): boolean => PROGRESS_SPACED.test(text);

/** The task cell of such a row: after its number, up to the first sentence's end before a space; null
 *  for a line that is no row (a unit, a progress cell of its own, a heading). */
export function taskOfSpacedRow(row: string): string | null {
  const m = /^\s*\d{1,3}\s+(\S.*?[。；;])(?=\s|$)/.exec(row);
  return m ? m[1] : null;
}

/** The task cell of a progress table's row ("1 | 新建成公办中小学7所。 | 新建成…(progress) | 教育局 |"): the
 *  first cell that is not a sequence number, or null for a row without one. */
export function taskCellOf(row: string): string | null {
  const cells = row.split('|').map((c) => c.trim());
  const isNumber = (c: string) => /^[\d一二三四五六七八九十.、()（）]+$/.test(c);
  // A category's cell opens the first row of its group ("一、继续提高底线民生保障水平 | 1 | 将城镇…提高到… |"):
  // the task is the cell after the number.
  if (cells.length > 2 && cells[0] !== '' && !isNumber(cells[0]) && isNumber(cells[1]) && cells[2] !== '') return cells[2];
  return cells.find((c) => c !== '' && !isNumber(c)) ?? null;
}

/**
 * The head of a progress report's item ("1.引进…项目不少于3个；投资10亿元以上项目10个。上半年，引进…"):
 * its first sentence, where the target is restated before the results. Null for an item of one sentence.
 */
export function itemHead(text: string): string | null {
  const end = text.indexOf('。');
  return end < 0 || end === text.length - 1 ? null : text.slice(0, end + 1);
}

/**
 * A progress report's item states its target and its progress under labels of their own
 * ("目标任务：对8所中小学校进行校舍安全改造…" / "目前进度：今年教育部门共争取…项目16个…", or in brackets:
 * "【目标任务】…" / "【实施情况】…", "【部门说法】…"): what follows a progress label, up to the next target
 * label or item, reports results.
 */
const PROGRESS_NOTE = /^\s*(?:(?:目前|当前|工作|截至目前)?(?:进度|进展|进展情况|完成情况|进度情况|推进情况|落实情况)\s*[:：]|【\s*(?:实施情况|进展情况|完成情况|落实情况|推进情况|进度|进展|部门说法)\s*】)/;
const TARGET_NOTE = /^\s*(?:(?:目标任务|年度目标|工作目标|建设内容|目标)\s*[:：]|【\s*(?:目标任务|年度目标|工作目标)\s*】)/;
export const opensProgressNote = (text: string): boolean => PROGRESS_NOTE.test(text);
export const closesProgressNote = (text: string): boolean => TARGET_NOTE.test(text) || ITEM_NUMBER.test(text);
/** A paragraph under a target label ("【目标任务】…", "目标任务：…") states the target it restates. */
export const opensTargetNote = (text: string): boolean => TARGET_NOTE.test(text);

/** Whether a paragraph opens a completion report, and whether a line is a numbered item. */
export const opensCompletionReport = (text: string): boolean => COMPLETION_INTRO.test(text);
export const isNumberedItem = (text: string): boolean => ITEM_NUMBER.test(text);

/** The end of a news article: "…以上。(完) 【编辑:梁异】", a line "(责编: 郭爽)", or the heading of
 *  the page's links ("相关链接", "延伸阅读"). What follows on the page is its furniture (related
 *  links, "95人支持"), not the article. */
const ARTICLE_END =
  /[(（]完[)）]\s*(?:【[^】]{0,20}】)?\s*$|^\s*[(（【[]\s*(?:责编|责任编辑|编辑)\s*[:：][^)）】\]]{0,30}[)）】\]]\s*$|^\s*[【[]?(?:相关链接|相关阅读|相关新闻|相关文章|延伸阅读|推荐阅读|热门推荐|热点推荐|新闻推荐|精彩推荐|为你推荐|猜你喜欢)[】\]]?[:：]?\s*$/;
export const endsArticle = (text: string): boolean => ARTICLE_END.test(text);

/** A related article's link in a page's list ("LF老乡俱乐部  ·  山西新建一所高等学校! ·  4 小时前"): its
 *  source, title and age set off by middle dots. Page furniture, wherever it stands. */
const LINK_LINE = /^[^·。]{1,30}\s·\s[^·]{2,80}\s·\s*(?:\d+\s*(?:秒|分钟|小时|天)前|昨天|前天|\d{1,2}-\d{1,2}|\d{4}-\d{1,2}-\d{1,2})\s*$/;
export const isLinkLine = (text: string): boolean => LINK_LINE.test(text);

/** A heading is a short line that does not read like a sentence. */
export function isHeading(text: string): boolean {
  return text.length <= 40 && !/[。；;]/.test(text);
}

/** The sentence that states a report's or plan's goals: "主要预期目标是：", "总体目标是：". */
const GOAL_SENTENCE = /(?:预期目标|总体目标|主要目标|工作目标|发展目标|奋斗目标|^(?:20\d\d年度?|今年|[“"]?十[一二三四五六]五[”"]?(?:时期|期间)?的?)目标)(?:是|为)?[：:]/;
/**
 * The words of a plan heading once its numbering and its year are set aside: "主要目标", "重点任务",
 * "目标分解", "任务分解", "工作安排", "主要目标任务", "目标任务和重点工作", "主要预期目标分解" — "一、主要目标",
 * "二、2025年主要目标任务", "（一）今年的重点工作", "2024年工作安排", "2025 年工作安排".
 */
const PLAN_WORDS = '(?:主要|重点|总体|年度)?(?:预期)?目标(?:任务)?(?:(?:责任)?分解)?|(?:主要|重点|工作|具体|重点工作|主要工作)任务|重点工作|工作安排|工作目标|(?:目标|任务|责任|目标任务)分解';
const PLAN_HEADING = new RegExp(
  '^(?:[一二三四五六七八九十]+[、．.]|[（(][一二三四五六七八九十]{1,3}[）)]|\\d{1,2}[、．](?!\\d))?\\s*' +
    '(?:(?:\\d{4}\\s*年度?|今年|明年|全年)(?:全[省市区县])?(?:经济社会发展|国民经济和社会发展)?的?)?' +
    `(?:${PLAN_WORDS})(?:(?:和|与|及)(?:${PLAN_WORDS}))?[：:]?\\s*$`,
);
/** A news item's heading over the year's tasks: "2021年要干好这些事", "今年重点做好以下工作". */
const YEAR_TODO = /^\s*(?:20\d\d年|今年|明年)(?:要|将|重点)?(?:干好|做好|抓好|办好|干成)(?:这些事|这几件事|以下|这些|[\u4e00-\u9fa5]{0,4}事)/;
/** "围绕上述目标，我们将重点抓好以下五个方面的工作" (000 l.79) opens the tasks of the plan. */
const PLAN_OPENING = /^围绕上述目标/;

/** Review of past years (results, not targets): "2024年工作回顾", "回顾 2023：…", "一、2023年…计划
 *  执行情况", "■ 2024年成绩单", and the sections of a plan about how it is run (组织实施, 推进机制…),
 *  which hold no targets. */
const REVIEW_HEADING = /回顾|过去的?[一五]年|执行情况|完成情况|成绩单/;
/** A heading that names the goals themselves ("■ 2025年经济社会发展的主要预期目标"). */
const GOAL_HEADING = /(?:主要预期目标|预期目标|主要目标|发展目标|工作目标)$/;
/** Bullets and numbering before a heading's words. */
const HEADING_MARK = /^[\s●■◆▲★□○◎•·]+/;
const ORGANISATION_HEADING = /^[一二三四五六七八九十]+[、．.]\s*(?:组织实施|推进机制|保障措施|工作要求|组织保障|工作机制|工作保障)/;

/** The glossary at the end of a report: its numbers explain names, they are not targets. */
const GLOSSARY_START = /^(?:注释|名词解释|名词注释)[：:]?$|^\[1\]|^扫一扫/;

export type ZoneSignal = 'on' | 'off' | 'end' | null;

/** What a paragraph says about the part that follows it (and, for 'on', itself). */
export function zoneSignal(text: string): ZoneSignal {
  if (GLOSSARY_START.test(text)) return 'end';
  if (GOAL_SENTENCE.test(text) || PLAN_OPENING.test(text) || TARGET_LIST.test(text) || (isHeading(text) && YEAR_TODO.test(text))) return 'on';
  if (isHeading(text)) {
    const words = text.replace(HEADING_MARK, '');
    if (ORGANISATION_HEADING.test(words) || REVIEW_HEADING.test(words)) return 'off';
    if (PLAN_HEADING.test(words) || GOAL_HEADING.test(words)) return 'on';
  }
  return null;
}
