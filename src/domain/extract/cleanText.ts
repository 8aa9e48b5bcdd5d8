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

/** The clean text being built: copied stretches and the breakpoints between them. */
class Builder {
  parts: string[] = [];
  clean: number[] = [0];
  from: number[] = [0];
  /** Clean text length so far. */
  length = 0;
  /** Input index where the current copied stretch starts. */
  runStart = 0;

  constructor(private readonly half: string) {}

  /** Copies the stretch before `upTo`. */
  flush(upTo: number): void {
    if (upTo > this.runStart) {
      this.parts.push(this.half.slice(this.runStart, upTo));
      this.length += upTo - this.runStart;
    }
  }

  /** The next stretch starts at input index `inputIndex`. */
  breakAt(inputIndex: number): void {
    this.runStart = inputIndex;
    if (this.clean[this.clean.length - 1] === this.length) this.from[this.from.length - 1] = inputIndex;
    else {
      this.clean.push(this.length);
      this.from.push(inputIndex);
    }
  }

  /** Writes `ch` for the space run at `inputIndex`. */
  space(inputIndex: number, ch = ' '): void {
    this.parts.push(ch);
    this.length += 1;
    this.clean.push(this.length - 1);
    this.from.push(inputIndex);
  }

  lastChar(i: number): string {
    if (i > this.runStart) return this.half[i - 1];
    return this.parts.length > 0 ? this.parts[this.parts.length - 1].slice(-1) : '';
  }
}

/** A headline's figure and the unit it ends with, right before a space ("今年GDP增长目标4.5% 开建…"). */
const FIGURE_END = /\d(?:%|[万亿千百]?[\u4e00-\u9fa5]{1,2})(?:以上|以内|以下|左右)?$/;
/** What continues a figure's phrase after a space ("8% 以上", "6% 和 7%", "3000 人"). */
const CONTINUES = /^(?:以上|以内|以下|左右|上下|和|及|与|或|至|到|、|的|之间|为|-|—|~)/;
/** The news of an announcement in a headline ("…项目票决结果公布", "…名单出炉"). */
const ANNOUNCED = /(?:公布|发布|出炉|揭晓|通报)$/;
/** A short line without a comma or full stop: a headline, or a cell. */
const isHeadline = (input: string) => input.length <= 80 && !/[，,；;。]/.test(input);

export function cleanText(input: string): CleanText {
  const half = toHalfWidth(input);
  const b = new Builder(half);
  const headline = isHeadline(half);
  let i = 0;
  const n = half.length;
  while (i < n) {
    const c = half.charCodeAt(i);
    if (c === 42 /* * */ || c === 94 /* ^ */ || c === 91 /* [ */) {
      MARK.lastIndex = i;
      const m = MARK.exec(half);
      if (m) {
        b.flush(i);
        i += m[0].length;
        b.breakAt(i);
        continue;
      }
    } else if (c === 37 /* % */ && headline && i + 1 < n && /[\u4e00-\u9fa5]/.test(half[i + 1]) && !CONTINUES.test(half.slice(i + 1, i + 3))) {
      // A headline that runs two targets together ("生产总值增长13%城镇居民人均可支配收入达3万元"):
      // the rate ends the first, as a full stop would.
      b.flush(i + 1);
      b.space(i + 1, '。');
      b.breakAt(i + 1);
      i++;
      continue;
    } else if (isSpace(c)) {
      let j = i + 1;
      while (j < n && isSpace(half.charCodeAt(j))) j++;
      // A space between two ASCII words ("S208 S209", "VR AR") separates them; elsewhere it is an
      // extraction artefact ("新开工项目 40 个以上").
      const keep = isAsciiLetter(b.lastChar(i)) && isAsciiLetter(j < n ? half[j] : '');
      // In a headline a space after a figure separates its phrases as a comma would ("天津:今年GDP
      // 增长目标4.5% 开建至北京新机场联络线"), or a full stop before the news of an announcement, whose
      // words say nothing of the other phrase's tense ("筹集资金550亿元以上 南昌市…票决结果公布").
      const separates = headline && j < n && /[\u4e00-\u9fa5]/.test(half[j]) && FIGURE_END.test(half.slice(Math.max(0, i - 10), i)) && !CONTINUES.test(half.slice(j, j + 2));
      b.flush(i);
      if (keep) b.space(i);
      else if (separates) b.space(i, ANNOUNCED.test(half.slice(j)) ? '。' : '，');
      i = j;
      b.breakAt(i);
      continue;
    }
    i++;
  }
  b.flush(n);
  return { text: b.parts.join(''), clean: b.clean, input: b.from, inputLength: input.length };
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
