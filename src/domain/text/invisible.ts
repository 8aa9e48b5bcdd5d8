/**
 * Characters a clerk cannot see but that change what a text says, normalised before anything reads
 * it (issue 12): a zero-width joiner inside "5\u200D600人" splits the number in two, and a Unicode
 * line separator (U+2028, from a web page or a PDF copy) joins two lines into one, so a review
 * figure lands in the plan's line. Every reader applies this: the text sources (.txt, pasted text,
 * .docx runs, Excel cells) and the figures CSV.
 */

/**
 * Zero-width and format characters, removed: soft hyphen, Mongolian vowel separator, zero-width
 * space/non-joiner/joiner, left-to-right and right-to-left marks, bidi embeddings and isolates,
 * word joiner and invisible operators, and a byte-order mark inside the text.
 */
const INVISIBLE = /[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;
/** Unicode line and paragraph separators: line breaks as an editor shows them. */
const SEPARATORS = /[\u2028\u2029]/g;
const ANY = /[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u2028\u2029]/;

/** The text without invisible characters, with U+2028/U+2029 as "\n". */
export function normalizeInvisible(text: string): string {
  // Most texts have none: one scan, no copy.
  if (!ANY.test(text)) return text;
  return text.replace(INVISIBLE, '').replace(SEPARATORS, '\n');
}
