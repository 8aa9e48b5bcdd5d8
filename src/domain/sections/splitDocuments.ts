/**
 * A bundle (seed 002) holds several documents one after the other: a notice about the closed
 * park, one delegating powers (with two tables), the decomposition, a water-source notice, the
 * 八大行动 plan. Each starts with its 文号 ("岳云政办函〔2024〕4号") or a title line; parts of a
 * report or plan must not leak into the next document (a plan's goals do not make the next
 * notice's numbers targets).
 */
import type { Block } from '../document';
import { DOCUMENT_NUMBER, REPORT_TITLE } from './headings';

export interface DocumentPart {
  /** Title as the clerk reads it ("关于印发2024年《政府工作报告》目标任务分解的通知"), or "" when none. */
  title: string;
  blocks: Block[];
}

function startsDocument(block: Block): boolean {
  return block.kind === 'paragraph' && (DOCUMENT_NUMBER.test(block.text) || REPORT_TITLE.test(block.text.replace(/\s+/g, '')));
}

export function splitDocuments(blocks: Block[]): DocumentPart[] {
  const parts: DocumentPart[] = [];
  let current: Block[] = [];
  for (const block of blocks) {
    if (startsDocument(block) && current.some((b) => b.kind === 'table' || isSubstantial(b))) {
      parts.push({ title: findTitle(current), blocks: current });
      current = [];
    }
    current.push(block);
  }
  if (current.length > 0) parts.push({ title: findTitle(current), blocks: current });
  return parts;
}

/** Blocks before the first 文号 that are only a date or an attachment label do not make a document. */
function isSubstantial(block: Block): boolean {
  return block.kind === 'paragraph' && block.text.length > 20;
}

const TITLE_START = /^关于|^政府工作报告$|方案$|^\S{0,20}(?:目标任务分解|工作要点)$/;
const TITLE_END = /(?:通知|通告|方案|报告|意见|决定|办法|分解)$/;

/** The title: a "关于…" line, continued on the next lines until it ends like a title
 *  (002 l.748-749: "关于印发2024年《政府工作报告》目标任务分解的" / "通    知"). */
function findTitle(blocks: Block[]): string {
  const paragraphs = blocks.filter((b) => b.kind === 'paragraph').slice(0, 12) as { text: string }[];
  const start = paragraphs.findIndex((p) => TITLE_START.test(p.text.replace(/\s+/g, '')));
  if (start < 0) return '';
  let title = '';
  for (let i = start; i < Math.min(paragraphs.length, start + 4); i++) {
    title += paragraphs[i].text.replace(/\s+/g, '');
    if (TITLE_END.test(title)) break;
  }
  return title;
}
