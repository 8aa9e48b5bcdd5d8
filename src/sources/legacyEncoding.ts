/**
 * Which double-byte encoding a text file that is not UTF-8 is in. GB18030 decodes nearly any byte
 * string without an error, so a Big5 file from Taiwan or Hong Kong, a Japanese Shift-JIS file or a
 * Korean EUC-KR file used to be read as GBK and imported as nonsense names. Each is recognised by
 * what only it produces:
 *
 * - Big5: about 40 % of its characters have a second byte in 0x40–0x7E, which GB2312 text never has
 *   (GBK uses that range only for rare characters), and almost all of them fall in Big5's common
 *   characters (lead bytes 0xA1–0xC6: symbols and the 5,401 常用字).
 * - Shift-JIS: Japanese prose is a third or more hiragana and katakana, and even a terse line of
 *   official kanji keeps its particles (の, を, とする: a tenth or more); a Chinese file decoded as
 *   Shift-JIS never yields them (its bytes become half-width katakana or errors instead).
 * - EUC-KR: Korean is mostly hangul, written with spaces between words, and a small set of syllables
 *   makes up most of any text; GBK bytes decoded as EUC-KR give hangul too, but spread evenly over
 *   all 2,350 syllables, and Chinese has no spaces between words.
 *
 * Anything else stays GB18030, the default of Chinese Windows. Big5 is read (traditional characters
 * as written); Japanese and Korean files are refused: nothing in them is a target of a 政府工作报告.
 */

export type LegacyEncoding = 'GB18030' | 'Big5' | 'Shift-JIS' | 'EUC-KR';

/** Fewer double-byte characters than this say too little: the file stays GB18030. */
const MIN_CHARACTERS = 8;

/** The ~120 most frequent hangul syllables of Korean prose (news and administrative text). */
const COMMON_HANGUL = new Set(
  '이다의는에을하고가한로서지기도를으시리사정대자수인있부것적전어해나주상과일라제구위국니성장계들면여요게만보동문원경방화소무연생공조발개간내세회관교행실분체및할된와며신식비히물금단결법업중없합음안재민마그우년월군영학치진통운산용명본현되았었습까외후선당미또번심력저참담반호처모더차유입양강복'.split(''),
);

export function detectLegacyEncoding(bytes: Uint8Array): LegacyEncoding {
  if (looksLikeBig5(bytes)) return 'Big5';
  const japanese = decodeOrNull('shift_jis', bytes);
  if (japanese !== null && share(japanese, isKana) >= 0.1) return 'Shift-JIS';
  const korean = decodeOrNull('euc-kr', bytes);
  if (korean !== null && share(korean, isHangul) >= 0.5 && share(korean, (c) => COMMON_HANGUL.has(c)) >= 0.3 && spacesBetweenWords(korean)) {
    return 'EUC-KR';
  }
  return 'GB18030';
}

/** Scans the bytes as Big5 pairs: many low second bytes, and nearly all pairs common characters. */
function looksLikeBig5(bytes: Uint8Array): boolean {
  let pairs = 0;
  let lowTrail = 0;
  let common = 0;
  for (let i = 0; i < bytes.length; i++) {
    const lead = bytes[i];
    if (lead < 0x80) continue;
    const trail = bytes[i + 1];
    if (lead < 0x81 || lead > 0xfe || trail === undefined) return false;
    if (!((trail >= 0x40 && trail <= 0x7e) || (trail >= 0xa1 && trail <= 0xfe))) return false;
    pairs++;
    if (trail <= 0x7e) lowTrail++;
    if (lead >= 0xa1 && lead <= 0xc6) common++;
    i++;
  }
  if (pairs < MIN_CHARACTERS || lowTrail < pairs * 0.15 || common < pairs * 0.9) return false;
  return decodeOrNull('big5', bytes) !== null;
}

function decodeOrNull(label: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Share of the text's non-ASCII characters that pass the test (0 when there are too few). */
function share(text: string, test: (ch: string) => boolean): number {
  let all = 0;
  let hits = 0;
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) continue;
    all++;
    if (test(ch)) hits++;
  }
  return all < MIN_CHARACTERS ? 0 : hits / all;
}

/** At least one space per eight hangul syllables (Korean words are two to four syllables long). */
function spacesBetweenWords(text: string): boolean {
  let spaces = 0;
  let hangul = 0;
  for (const ch of text) {
    if (ch === ' ') spaces++;
    else if (isHangul(ch)) hangul++;
  }
  return spaces * 8 >= hangul;
}

function isKana(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return c >= 0x3041 && c <= 0x30ff;
}

function isHangul(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return c >= 0xac00 && c <= 0xd7a3;
}
