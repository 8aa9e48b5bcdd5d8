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

/** A heading is a short line that does not read like a sentence. */
export function isHeading(text: string): boolean {
  return text.length <= 40 && !/[。；;]/.test(text);
}

/** The sentence that states a report's or plan's goals: "主要预期目标是：", "总体目标是：". */
const GOAL_SENTENCE = /(?:预期目标|总体目标|主要目标|工作目标|发展目标|奋斗目标)(?:是|为)?[：:]/;
/** "一、主要目标", "二、重点任务", "2024年工作安排", "2025 年工作安排". */
const PLAN_HEADING =
  /^(?:[一二三四五六七八九十]+[、．.]\s*)?(?:主要目标|工作目标|目标任务|重点任务|工作任务|主要任务|重点工作)$|^\d{4}\s*年(?:工作安排|主要任务|重点工作|工作任务)/;
/** "围绕上述目标，我们将重点抓好以下五个方面的工作" (000 l.79) opens the tasks of the plan. */
const PLAN_OPENING = /^围绕上述目标/;

/** Review of past years (results, not targets): "2024年工作回顾", "回顾 2023：…", "一、2023年…计划
 *  执行情况", "■ 2024年成绩单", and the sections of a plan about how it is run (组织实施, 推进机制…),
 *  which hold no targets. */
const REVIEW_HEADING = /回顾|过去一年|过去五年|执行情况|完成情况|成绩单/;
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
  if (GOAL_SENTENCE.test(text) || PLAN_OPENING.test(text)) return 'on';
  if (isHeading(text)) {
    const words = text.replace(HEADING_MARK, '');
    if (ORGANISATION_HEADING.test(words) || REVIEW_HEADING.test(words)) return 'off';
    if (PLAN_HEADING.test(words) || GOAL_HEADING.test(words)) return 'on';
  }
  return null;
}
