/**
 * Sentences broken across lines (000 lines 87/89: "…力争全年引进50" / "亿元以上项目 1 个…") must be
 * read whole, or the extraction sees "50" without its unit. A passage is one or more consecutive
 * paragraphs joined without separator, remembering where each one starts so that a char offset in
 * the passage maps back to the line a clerk can find it on.
 */
import type { ParagraphBlock } from '../document';

export interface Passage {
  text: string;
  /** Start offset in `text` and 1-based line of each joined paragraph, in order. */
  segments: { offset: number; line: number }[];
}

/** The line where the char at `offset` of the passage comes from. */
export function lineAt(passage: Passage, offset: number): number {
  // Binary search: a passage may join many paragraphs, and every target asks for its line.
  const segs = passage.segments;
  let lo = 0;
  let hi = segs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (segs[mid].offset <= offset) lo = mid;
    else hi = mid - 1;
  }
  return segs[lo].line;
}

/** Punctuation that closes a sentence or a clause list: after it, a line break is a real break. */
const CLOSED = /[。！？!?；;：:”’」』）)】]$/;
/** Punctuation that leaves a sentence open whatever else the line holds. */
const OPEN_PUNCTUATION = /[，,、]$/;
/** A line that holds at least one sentence or clause mark is prose, not a heading. */
const PROSE = /[。；;，,]/;
/** The start of a heading, a list item or an attachment: never a continuation. */
const STARTS_BLOCK = /^(?:[一二三四五六七八九十]+[、．.]|[（(][一二三四五六七八九十\d]+[）)]|\d+[、．.]|——|附件|注[：:])/;

/** Whether paragraph `a` was cut off in the middle of a sentence that `b` continues. */
export function continues(a: string, b: string): boolean {
  if (STARTS_BLOCK.test(b)) return false;
  if (OPEN_PUNCTUATION.test(a)) return true;
  // A heading ("一、加快转型升级，培育更具优势的产业链群") has no sentence mark at its end and
  // none inside that closes a clause; prose cut by a page break has.
  return !CLOSED.test(a) && /[。；;]/.test(a) && PROSE.test(a);
}

/**
 * Passages built one paragraph at a time, so that a document of a million lines never holds a
 * million passages at once: `add` returns the passage that the new paragraph closes, if any.
 */
export class PassageBuilder {
  private current: Passage | null = null;
  private last: ParagraphBlock | null = null;

  add(p: ParagraphBlock): Passage | null {
    if (this.current && this.last && continues(this.last.text, p.text)) {
      this.current.segments.push({ offset: this.current.text.length, line: p.line });
      this.current.text += p.text;
      this.last = p;
      return null;
    }
    const done = this.current;
    this.current = { text: p.text, segments: [{ offset: 0, line: p.line }] };
    this.last = p;
    return done;
  }

  /** The passage still open, and a fresh start. */
  finish(): Passage | null {
    const done = this.current;
    this.current = null;
    this.last = null;
    return done;
  }
}

/** Groups paragraphs (in document order, already restricted to one target-bearing part) into
 *  passages. Only paragraphs that follow each other in the document are joined: `adjacent(a, b)`
 *  says whether nothing (but empty lines) stood between them. */
export function toPassages(paragraphs: ParagraphBlock[], adjacent: (a: ParagraphBlock, b: ParagraphBlock) => boolean): Passage[] {
  const passages: Passage[] = [];
  let current: Passage | null = null;
  let last: ParagraphBlock | null = null;
  for (const p of paragraphs) {
    if (current && last && adjacent(last, p) && continues(last.text, p.text)) {
      current.segments.push({ offset: current.text.length, line: p.line });
      current.text += p.text;
    } else {
      current = { text: p.text, segments: [{ offset: 0, line: p.line }] };
      passages.push(current);
    }
    last = p;
  }
  return passages;
}
