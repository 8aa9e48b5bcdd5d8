/**
 * Which paragraphs of a document can hold targets. Only the plan part of a work report (from its
 * goals sentence or plan heading to the glossary), an action plan's goals and tasks (and those of
 * its attachments), and decomposition tables do; the review of past years is full of results that
 * look like targets ("全年完成地区生产总值325亿元") and notices hold none.
 */
import type { ParagraphBlock } from '../document';
import type { DocumentPart } from './splitDocuments';
import { zoneSignal } from './headings';

/** The paragraphs of `part` inside a target-bearing part, in order. */
export function targetParagraphs(part: DocumentPart): ParagraphBlock[] {
  const inZone: ParagraphBlock[] = [];
  let on = false;
  for (const block of part.blocks) {
    if (block.kind !== 'paragraph') continue;
    const signal = zoneSignal(block.text);
    if (signal === 'end') break;
    if (signal === 'on') on = true;
    else if (signal === 'off') on = false;
    if (on) inZone.push(block);
  }
  return inZone;
}

/** The paragraphs of a part that has a plan part but stand outside it (a news lead before the
 *  goals, a review), up to the glossary: only their planning sentences are read. */
export function paragraphsBesideZones(part: DocumentPart): ParagraphBlock[] {
  const beside: ParagraphBlock[] = [];
  let on = false;
  for (const block of part.blocks) {
    if (block.kind !== 'paragraph') continue;
    const signal = zoneSignal(block.text);
    if (signal === 'end') break;
    if (signal === 'on') on = true;
    else if (signal === 'off') on = false;
    if (!on) beside.push(block);
  }
  return beside;
}

/** Whether any paragraph of the part opens a target-bearing part. */
export function hasTargetZone(part: DocumentPart): boolean {
  return part.blocks.some((b) => b.kind === 'paragraph' && zoneSignal(b.text) === 'on');
}

/** For a text that is neither a report nor a plan nor a notice (a few target sentences pasted
 *  by the clerk): every paragraph before a review heading or glossary. */
export function allParagraphsOutsideReview(part: DocumentPart): ParagraphBlock[] {
  const kept: ParagraphBlock[] = [];
  let on = true;
  for (const block of part.blocks) {
    if (block.kind !== 'paragraph') continue;
    const signal = zoneSignal(block.text);
    if (signal === 'end') break;
    if (signal === 'off') on = false;
    else if (signal === 'on') on = true;
    if (on) kept.push(block);
  }
  return kept;
}
