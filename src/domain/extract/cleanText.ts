import { toHalfWidth } from '../numbers/parseNumber';

/**
 * Text as the extractor reads it, with the scars of text extraction removed (markdown bold,
 * footnote marks ^[13] / [2], spaces and line breaks between words and digits), and a way back to
 * the input so that quotes and offsets are the document's own words.
 *
 * One pass: unchanged stretches are copied whole, and only where the text changes (a mark or a
 * space dropped) is a breakpoint recorded, so the cost is one scan plus the number of changes.
 */
export interface CleanText {
  text: string;
  /** Breakpoints, in order: clean index `clean[k]` comes from input index `input[k]`, and the
   *  characters after it follow one for one until the next breakpoint. */
  clean: number[];
  input: number[];
  inputLength: number;
}

const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13 || c === 0x3000 || c === 0xa0 || c === 11 || c === 12;
const isAsciiLetter = (ch: string) => /[A-Za-z]/.test(ch);
/** `**`, `^[13]`, `[2]` at an index (tried only where the text has * ^ or [). */
const MARK = /\*\*|\^\[\d{1,3}\]|\[\d{1,3}\]/y;

export function cleanText(input: string): CleanText {
  const half = toHalfWidth(input);
  const parts: string[] = [];
  const clean: number[] = [0];
  const from: number[] = [0];
  let length = 0; // clean text length so far
  let runStart = 0; // input index where the current copied stretch starts
  const flush = (upTo: number) => {
    if (upTo > runStart) {
      parts.push(half.slice(runStart, upTo));
      length += upTo - runStart;
    }
  };
  const breakAt = (inputIndex: number) => {
    runStart = inputIndex;
    if (clean[clean.length - 1] === length) from[from.length - 1] = inputIndex;
    else {
      clean.push(length);
      from.push(inputIndex);
    }
  };
  let i = 0;
  const n = half.length;
  while (i < n) {
    const c = half.charCodeAt(i);
    if (c === 42 /* * */ || c === 94 /* ^ */ || c === 91 /* [ */) {
      MARK.lastIndex = i;
      const m = MARK.exec(half);
      if (m) {
        flush(i);
        i += m[0].length;
        breakAt(i);
        continue;
      }
    } else if (isSpace(c)) {
      let j = i + 1;
      while (j < n && isSpace(half.charCodeAt(j))) j++;
      // A space between two ASCII words ("S208 S209", "VR AR") separates them; elsewhere it is an
      // extraction artefact ("新开工项目 40 个以上").
      const before = i > runStart ? half[i - 1] : (parts.length > 0 ? parts[parts.length - 1].slice(-1) : '');
      const after = j < n ? half[j] : '';
      const keep = isAsciiLetter(before) && isAsciiLetter(after);
      flush(i);
      if (keep) {
        parts.push(' ');
        length += 1;
        clean.push(length - 1);
        from.push(i);
      }
      i = j;
      breakAt(i);
      continue;
    }
    i++;
  }
  flush(n);
  return { text: parts.join(''), clean, input: from, inputLength: input.length };
}

/** The input index of clean index `k` (the last breakpoint at or before it, then one for one). */
function inputIndex(c: CleanText, k: number): number {
  let lo = 0;
  let hi = c.clean.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (c.clean[mid] <= k) lo = mid;
    else hi = mid - 1;
  }
  return c.input[lo] + (k - c.clean[lo]);
}

/** The input's own words for clean[start, end). Trailing input whitespace is not included. */
export function originalSpan(input: string, clean: CleanText, start: number, end: number): { quote: string; offset: number } {
  const from = start >= clean.text.length ? clean.inputLength : inputIndex(clean, start);
  const to = end > start ? inputIndex(clean, end - 1) + 1 : from;
  return { quote: input.slice(from, to), offset: from };
}
