/**
 * In an action plan, 民生实事 (livelihood projects) are listed under their own heading rather than
 * marked by a note: 002 attachment 8, "（一）办好十大省级重点民生实事" (l.1709), "（二）办好八件市级
 * 重点民生实事", "（三）办好六件区级重点民生实事" (l.1746), each followed by its numbered items. Every
 * paragraph from such a heading to the next heading of the same or a higher level is a livelihood one.
 */
import type { ParagraphBlock } from '../document';
import { isHeading } from './headings';

/** 1: "一、", 2: "（一）", 3: "1." / "1、"; 0 for a document-level line ("附件8"); null: not numbered. */
function headingLevel(text: string): number | null {
  if (/^附件\s*\d*$/.test(text)) return 0;
  if (/^[一二三四五六七八九十]+[、．.]/.test(text)) return 1;
  if (/^[（(][一二三四五六七八九十]+[）)]/.test(text)) return 2;
  if (/^\d+[、．.](?!\d)/.test(text)) return 3;
  return null;
}

/** The paragraphs (of one document part, in order) that lie under a 民生实事 heading. */
export function livelihoodParagraphs(paragraphs: ParagraphBlock[]): Set<ParagraphBlock> {
  const marked = new Set<ParagraphBlock>();
  let level: number | null = null;
  for (const p of paragraphs) {
    const own = isHeading(p.text) ? headingLevel(p.text) : null;
    if (own !== null) {
      if (/民生实事/.test(p.text)) level = own;
      else if (level !== null && own <= level) level = null;
    }
    if (level !== null) marked.add(p);
  }
  return marked;
}
