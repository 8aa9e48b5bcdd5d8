import { toHalfWidth } from '../numbers/parseNumber';

/**
 * Text as the extractor reads it, with the scars of text extraction removed (markdown bold,
 * footnote marks ^[13] / [2], spaces and line breaks between words and digits), and a map back
 * to the input so that quotes and offsets are the document's own words.
 */
export interface CleanText {
  text: string;
  /** map[i] = index in the input of text[i]; map[text.length] = input length. */
  map: number[];
}

const ASCII_WORD = /[A-Za-z0-9.]/;

export function cleanText(input: string): CleanText {
  const half = toHalfWidth(input);
  const out: string[] = [];
  const map: number[] = [];
  let i = 0;
  while (i < half.length) {
    const rest = half.slice(i);
    const skip = /^(\*\*|\^\[\d{1,3}\]|\[\d{1,3}\])/.exec(rest);
    if (skip) {
      i += skip[0].length;
      continue;
    }
    const ch = half[i];
    if (/\s/.test(ch)) {
      // A space between two ASCII words ("S208 S209", "VR AR") separates them; elsewhere it is
      // an extraction artefact ("新开工项目 40 个以上").
      let j = i;
      while (j < half.length && /\s/.test(half[j])) j++;
      const before = out.length > 0 ? out[out.length - 1] : '';
      const after = j < half.length ? half[j] : '';
      if (ASCII_WORD.test(before) && /[A-Za-z]/.test(after) && /[A-Za-z]/.test(before)) {
        out.push(' ');
        map.push(i);
      }
      i = j;
      continue;
    }
    out.push(ch);
    map.push(i);
    i++;
  }
  map.push(input.length);
  return { text: out.join(''), map };
}

/** The input's own words for clean[start, end). Trailing input whitespace is not included. */
export function originalSpan(input: string, clean: CleanText, start: number, end: number): { quote: string; offset: number } {
  const from = clean.map[start];
  const to = end > start ? clean.map[end - 1] + 1 : from;
  return { quote: input.slice(from, to), offset: from };
}
