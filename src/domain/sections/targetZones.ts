/**
 * Which paragraphs of a document can hold targets. Only the plan part of a work report (from its
 * goals sentence or plan heading to the glossary), an action plan's goals and tasks (and those of
 * its attachments), and decomposition tables do; the review of past years is full of results that
 * look like targets ("全年完成地区生产总值325亿元") and notices hold none.
 */
import type { ParagraphBlock } from '../document';
import type { ReadingContext } from '../extract/tense';
import type { DocumentPart } from './splitDocuments';
import { zoneSignal, type ZoneSignal } from './headings';

/** Each paragraph of the part with what it says about the part that follows (read once: the
 *  heading patterns are the costly part of a walk). */
function signals(part: DocumentPart): { p: ParagraphBlock; signal: ZoneSignal }[] {
  const out: { p: ParagraphBlock; signal: ZoneSignal }[] = [];
  for (const block of part.blocks) if (block.kind === 'paragraph') out.push({ p: block, signal: zoneSignal(block.text) });
  return out;
}

/**
 * How each paragraph of a part is read (extract/tense.ts), up to the glossary:
 * - `readEverything` (no plan heading anywhere, no table, no notice): every paragraph outside a
 *   review heading, `neutral`;
 * - otherwise the plan parts are `plan`, and the paragraphs beside them `outside` (only their
 *   planning sentences are read: a news lead before the goals).
 */
export function readingContexts(part: DocumentPart, readEverything: boolean): Map<ParagraphBlock, ReadingContext> {
  const contexts = new Map<ParagraphBlock, ReadingContext>();
  let on = readEverything;
  for (const { p, signal } of signals(part)) {
    if (signal === 'end') break;
    if (signal === 'on') on = true;
    else if (signal === 'off') on = false;
    if (readEverything) {
      if (on) contexts.set(p, 'neutral');
    } else contexts.set(p, on ? 'plan' : 'outside');
  }
  return contexts;
}

/** The paragraphs of `part` inside a target-bearing part, in order. */
export function targetParagraphs(part: DocumentPart): ParagraphBlock[] {
  return [...readingContexts(part, false)].filter(([, c]) => c === 'plan').map(([p]) => p);
}

/** Whether any paragraph of the part opens a target-bearing part. */
export function hasTargetZone(part: DocumentPart): boolean {
  return part.blocks.some((b) => b.kind === 'paragraph' && zoneSignal(b.text) === 'on');
}
