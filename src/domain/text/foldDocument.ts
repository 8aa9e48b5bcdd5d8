/**
 * A document written in traditional characters, read through a folded copy (text/traditional.ts):
 * the parser matches simplified words, and every string it hands a clerk is taken back to how the
 * document wrote it. Units stay the parser's normalised ones (亿元), which the progress engine and
 * the figures files use.
 */
import { mapText, type SourceDocument } from '../document';
import type { ParseResult } from '../model';
import { foldTraditional, hasTraditional, WrittenForm } from './traditional';

/** All the words of a document, in order, for folding and for finding strings back, with where
 *  each line starts in them (lines ascending, as the blocks come). */
function wordsOf(doc: SourceDocument): { words: string; lines: number[]; offsets: number[] } {
  const parts: string[] = [];
  const lines: number[] = [];
  const offsets: number[] = [];
  let offset = 0;
  const add = (text: string, line: number) => {
    lines.push(line);
    offsets.push(offset);
    parts.push(text);
    offset += text.length + 1;
  };
  for (const b of doc.blocks) {
    if (b.kind === 'paragraph') add(b.text, b.line);
    else b.rows.forEach((row, r) => add(row.join('\n'), b.rowLines[r] ?? 0));
  }
  return { words: parts.join('\n'), lines, offsets };
}

/** Where line `line` (or the last line before it) starts in the words. */
function offsetOf(where: { lines: number[]; offsets: number[] }, line: number): number {
  let lo = 0;
  let hi = where.lines.length - 1;
  let best = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (where.lines[mid] <= line) {
      best = where.offsets[mid];
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}

/** The folded copy of a document written in traditional characters, or null when it has none. */
export interface Folded {
  folded: SourceDocument;
  form: WrittenForm;
  where: { lines: number[]; offsets: number[] };
}

export function foldedDocument(doc: SourceDocument): Folded | null {
  const written = wordsOf(doc);
  if (!hasTraditional(written.words)) return null;
  const folded = mapText(doc, foldTraditional);
  return { folded, form: new WrittenForm(written.words, wordsOf(folded).words), where: written };
}

/** The result of parsing the folded copy, with quotes, names and task fields as written. */
export function restoreWritten(result: ParseResult, { form, where }: Folded): ParseResult {
  let near = 0;
  const r = (s: string) => form.restore(s, near);
  const rn = (s: string | null) => (s === null ? null : form.restore(s, near));
  for (const t of result.tasks) {
    near = offsetOf(where, t.line);
    t.text = r(t.text);
    t.leadLeader = rn(t.leadLeader);
    t.leadUnit = rn(t.leadUnit);
    t.units = t.units.map(r);
    t.owners = t.owners.map(r);
    t.deadline = rn(t.deadline);
  }
  for (const i of result.indicators) {
    near = offsetOf(where, i.line);
    i.quote = r(i.quote);
    i.name = r(i.name);
  }
  for (const q of result.qualitative) {
    near = offsetOf(where, q.line);
    q.quote = r(q.quote);
    q.name = r(q.name);
  }
  return result;
}
