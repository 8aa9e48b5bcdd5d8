/**
 * Bytes of a text file → text. Government text files come as UTF-8 (with or without BOM),
 * GBK/GB18030 (the default of Chinese Windows and of many OA systems), UTF-16 ("Unicode text"
 * from Word/Excel, with or without BOM), and now and then Big5 (a file from Taiwan or Hong Kong).
 * There is no declared encoding, so it is detected: a BOM decides; NUL bytes mean UTF-16 or
 * binary; otherwise strict UTF-8 (GBK Chinese is almost never valid UTF-8); otherwise Big5 when
 * the bytes are shaped like it, a refusal for Japanese and Korean files, and GB18030, a superset of
 * GBK and GB2312, for the rest (legacyEncoding.ts). Line breaks come back as "\n" so line numbers
 * match what an editor shows.
 */

import { normalizeInvisible } from '../domain/text/invisible';
import { SourceError, quoteName } from './errors';
import { detectLegacyEncoding } from './legacyEncoding';
import { mixedEncodingLine } from './mixedEncoding';

export type TextEncodingName = 'UTF-8' | 'UTF-16LE' | 'UTF-16BE' | 'GB18030' | 'Big5';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
}

export function decodeText(bytes: Uint8Array, name: string): DecodedText {
  const decoded = detectAndDecode(bytes, name);
  // Zero-width characters out, Unicode line separators as line breaks (domain/text/invisible.ts).
  const text = normalizeInvisible(decoded.text.replace(/\r\n?/g, '\n'));
  if (text.trim() === '') {
    throw new SourceError('empty', `${quoteName(name)}是空的，没有可导入的文字`, { source: name });
  }
  rejectIfNotText(text, name);
  return { text, encoding: decoded.encoding };
}

function detectAndDecode(bytes: Uint8Array, name: string): DecodedText {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    rejectIfMixed(bytes.subarray(3), name);
    return { text: decode('utf-8', bytes.subarray(3)), encoding: 'UTF-8' };
  }
  if (startsWith(bytes, [0xff, 0xfe])) {
    return { text: decode('utf-16le', bytes.subarray(2)), encoding: 'UTF-16LE' };
  }
  if (startsWith(bytes, [0xfe, 0xff])) {
    return { text: decode('utf-16be', bytes.subarray(2)), encoding: 'UTF-16BE' };
  }

  if (bytes.includes(0)) {
    // No UTF-8 or GBK text holds a NUL byte; UTF-16 text without a BOM does, next to every ASCII
    // character. What is neither is binary.
    const utf16 = bomlessUtf16(bytes);
    if (utf16) return utf16;
    throw notText(name, '含有空字节，可能是图片、压缩包或其他二进制文件');
  }

  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8' };
  } catch {
    // Not clean UTF-8: either another encoding, or UTF-8 with a few damaged bytes, or both.
  }
  rejectIfMixed(bytes, name);
  const lenient = decode('utf-8', bytes);
  if (isMostlyValidUtf8(lenient)) return { text: lenient, encoding: 'UTF-8' };
  const legacy = detectLegacyEncoding(bytes);
  if (legacy === 'Big5') return { text: decode('big5', bytes), encoding: 'Big5' };
  if (legacy === 'Shift-JIS' || legacy === 'EUC-KR') {
    const language = legacy === 'Shift-JIS' ? '日文' : '韩文';
    throw new SourceError(
      'foreign-encoding',
      `${quoteName(name)}是${language}（${legacy} 编码）文件，不能导入。请确认选择的是政府工作报告或目标任务分解；如果文件里是中文，请在记事本或 WPS 中另存为 UTF-8 后再导入`,
      { source: name },
    );
  }
  return { text: decode('gb18030', bytes), encoding: 'GB18030' };
}

/** Half UTF-8, half GBK decodes to mojibake either way: the clerk must re-save the file. */
function rejectIfMixed(bytes: Uint8Array, name: string): void {
  const line = mixedEncodingLine(bytes);
  if (line === null) return;
  throw new SourceError(
    'mixed-encoding',
    `${quoteName(name)}混合了 UTF-8 和 GBK 两种编码（第${line}行起），请在记事本或 WPS 中另存为 UTF-8 后再导入。`,
    { source: name, line },
  );
}

function decode(label: string, bytes: Uint8Array): string {
  // ignoreBOM: the BOM, if any, has been cut off already; a second one would be content.
  return new TextDecoder(label, { ignoreBOM: true }).decode(bytes);
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/**
 * UTF-16 without a BOM: decoded in the right byte order nearly every character is text (ASCII,
 * CJK, punctuation); in the wrong order, or from binary data, a large part is not (swapped CJK
 * lands anywhere, unpaired surrogates fail). NULs on both sides of the pairs do not rule it out:
 * "一" is U+4E00, whose low byte is 0.
 */
function bomlessUtf16(bytes: Uint8Array): DecodedText | null {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return null;
  let best: DecodedText | null = null;
  let bestScore = 0;
  let otherScore = 0;
  for (const [label, encoding] of [['utf-16le', 'UTF-16LE'], ['utf-16be', 'UTF-16BE']] as const) {
    let text: string;
    try {
      text = new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
    } catch {
      continue;
    }
    const score = textualShare(text);
    if (score > bestScore) {
      otherScore = bestScore;
      bestScore = score;
      best = { text, encoding };
    } else otherScore = Math.max(otherScore, score);
  }
  return best && bestScore >= 0.95 && bestScore - otherScore >= 0.2 && !notTextReason(best.text) ? best : null;
}

/** Share of characters that ordinary text is made of. */
function textualShare(text: string): number {
  let textual = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (
      c === 0x09 || c === 0x0a || c === 0x0d ||
      (c >= 0x20 && c <= 0x7e) ||
      (c >= 0xa0 && c <= 0x24f) || // Latin-1 and Latin Extended (°, ×, é)
      (c >= 0x2000 && c <= 0x2bff) || // punctuation, symbols, arrows, circled numbers, boxes
      (c >= 0x3000 && c <= 0x30ff) || // CJK punctuation, kana
      (c >= 0x3200 && c <= 0x9fff) || // enclosed CJK, CJK extension A, CJK unified
      (c >= 0xac00 && c <= 0xd7a3) || // hangul
      (c >= 0xd800 && c <= 0xdfff) || // surrogate pairs (the decoder checked they pair)
      (c >= 0xf900 && c <= 0xfaff) ||
      (c >= 0xfe30 && c <= 0xfe4f) ||
      (c >= 0xff00 && c <= 0xffef) // full-width forms
    ) {
      textual++;
    }
  }
  return text.length === 0 ? 0 : textual / text.length;
}

/**
 * A UTF-8 file with a handful of damaged bytes (a truncated copy, one bad character) should still
 * read as UTF-8. GBK text read as UTF-8 instead yields a replacement character for nearly every
 * Chinese character, with few valid multi-byte characters among them.
 */
function isMostlyValidUtf8(text: string): boolean {
  let bad = 0;
  let good = 0;
  for (const ch of text) {
    if (ch === '\ufffd') bad++;
    else if (ch.charCodeAt(0) >= 0x80) good++;
  }
  return good >= 20 * bad;
}

function rejectIfNotText(text: string, name: string): void {
  const reason = notTextReason(text);
  if (reason) throw notText(name, reason);
}

function notTextReason(text: string): string | null {
  let nul = 0;
  let control = 0;
  let replacement = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) nul++;
    else if (c === 0xfffd) replacement++;
    else if (isControl(c)) control++;
  }
  // A stray character or two (a form feed, an old EOF mark, one bad byte) is tolerated.
  const limit = Math.max(2, text.length * 0.01);
  if (nul > 0) return '含有空字节，可能是图片、压缩包或其他二进制文件';
  if (control > limit) return '含有大量控制字符，可能是二进制文件';
  if (replacement > limit) return '无法按 UTF-8、UTF-16、GBK/GB18030 或 Big5 编码读出文字';
  return null;
}

function isControl(c: number): boolean {
  if (c === 0x09 || c === 0x0a || c === 0x0c) return false;
  return c < 0x20 || c === 0x7f || (c >= 0x80 && c <= 0x9f);
}

function notText(name: string, reason: string): SourceError {
  return new SourceError('not-text', `${quoteName(name)}不是文本文件（${reason}）`, { source: name });
}
