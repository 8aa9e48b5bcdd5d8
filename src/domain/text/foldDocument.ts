/**
 * A document written in traditional characters, read through a folded copy (text/traditional.ts):
 * the parser matches simplified words, and every string it hands a clerk is taken back to how the
 * document wrote it. Units stay the parser's normalised ones (亿元), which the progress engine and
 * the figures files use.
 */
import type { SourceDocument } from '../document';
import type { ParseResult } from '../model';
import { foldTraditional, hasTraditional, WrittenForm } from './traditional';

/** All the words of a document, in order, for folding and for finding strings back. */
function wordsOf(doc: SourceDocument): string {
  const parts: string[] = [];
  for (const b of doc.blocks) {
    if (b.kind === 'paragraph') parts.push(b.text);
    else for (const row of b.rows) parts.push(row.join('\n'));
  }
  return parts.join('\n');
}

/** The folded copy of a document written in traditional characters, or null when it has none. */
export function foldedDocument(doc: SourceDocument): { folded: SourceDocument; form: WrittenForm } | null {
  const written = wordsOf(doc);
  if (!hasTraditional(written)) return null;
  const folded: SourceDocument = {
    name: doc.name,
    blocks: doc.blocks.map((b) =>
      b.kind === 'paragraph' ? { ...b, text: foldTraditional(b.text) } : { ...b, rows: b.rows.map((r) => r.map(foldTraditional)) },
    ),
  };
  return { folded, form: new WrittenForm(written, wordsOf(folded)) };
}

/** The result of parsing the folded copy, with quotes, names and task fields as written. */
export function restoreWritten(result: ParseResult, form: WrittenForm): ParseResult {
  const r = (s: string) => form.restore(s);
  const rn = (s: string | null) => (s === null ? null : form.restore(s));
  for (const t of result.tasks) {
    t.text = r(t.text);
    t.leadLeader = rn(t.leadLeader);
    t.leadUnit = rn(t.leadUnit);
    t.units = t.units.map(r);
    t.owners = t.owners.map(r);
    t.deadline = rn(t.deadline);
  }
  for (const i of result.indicators) {
    i.quote = r(i.quote);
    i.name = r(i.name);
  }
  for (const q of result.qualitative) {
    q.quote = r(q.quote);
    q.name = r(q.name);
  }
  return result;
}
