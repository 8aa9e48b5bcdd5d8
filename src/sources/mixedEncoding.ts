/**
 * A text file pieced together from two sources — one half saved as UTF-8, the other pasted in
 * from a GBK file — has valid UTF-8 lines and lines that only GBK/GB18030 explains. Decoded
 * either way, half of it is mojibake, so it is neither "not text" nor safe to import: the clerk
 * has to re-save it. This finds the line where the second encoding starts.
 */

type LineEncoding = 'utf-8' | 'gbk' | 'ascii' | 'unclear';

/** Enough Chinese on each side that neither half is a stray byte or a lucky byte pattern. */
const MIN_CJK_EACH_SIDE = 6;

/** 1-based line where the file switches encoding, or null when it is not a UTF-8/GBK mix. */
export function mixedEncodingLine(bytes: Uint8Array): number | null {
  const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
  const gb = new TextDecoder('gb18030');
  let utf8Cjk = 0;
  let gbkCjk = 0;
  let first: 'utf-8' | 'gbk' | null = null;
  let switchLine: number | null = null;
  let line = 1;
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i < bytes.length && bytes[i] !== 0x0a) continue;
    const { encoding, cjk } = classifyLine(bytes.subarray(start, i), strictUtf8, gb);
    if (encoding === 'utf-8') utf8Cjk += cjk;
    if (encoding === 'gbk') gbkCjk += cjk;
    if (encoding === 'utf-8' || encoding === 'gbk') {
      if (first === null) first = encoding;
      else if (encoding !== first && switchLine === null) switchLine = line;
    }
    line++;
    start = i + 1;
  }
  if (utf8Cjk < MIN_CJK_EACH_SIDE || gbkCjk < MIN_CJK_EACH_SIDE) return null;
  return switchLine;
}

function classifyLine(bytes: Uint8Array, strictUtf8: TextDecoder, gb: TextDecoder): { encoding: LineEncoding; cjk: number } {
  if (bytes.every((b) => b < 0x80)) return { encoding: 'ascii', cjk: 0 };
  try {
    return { encoding: 'utf-8', cjk: countCjk(strictUtf8.decode(bytes)) };
  } catch {
    // Not UTF-8: GBK, or UTF-8 with a damaged character.
  }
  // A damaged UTF-8 line still reads mostly right as UTF-8; a GBK line reads as replacement
  // characters almost throughout, and as clean Chinese in GB18030.
  const asUtf8 = new TextDecoder('utf-8').decode(bytes);
  let bad = 0;
  let good = 0;
  for (const ch of asUtf8) {
    if (ch === '\ufffd') bad++;
    else if (ch.charCodeAt(0) >= 0x80) good++;
  }
  const asGb = gb.decode(bytes);
  if (bad > good && !asGb.includes('\ufffd')) return { encoding: 'gbk', cjk: countCjk(asGb) };
  return { encoding: 'unclear', cjk: 0 };
}

function countCjk(text: string): number {
  let n = 0;
  for (const ch of text) if (ch >= '\u4e00' && ch <= '\u9fff') n++;
  return n;
}
