/**
 * Names of people and units as they appear in decomposition tables. Word and PDF layouts pad
 * two-character names to the width of three ("彭  伟"), so a name is only comparable once the
 * padding is gone; unit cells list several units separated by punctuation or line breaks.
 */

/** Spaces of every kind (ASCII, full-width U+3000, NBSP) inside one cell. */
const ANY_SPACE = /[\s\u3000\u00a0]+/g;

/** "彭  伟" → "彭伟". Chinese personal names never contain spaces, so every space is padding. */
export function normalizeName(raw: string): string {
  return raw.replace(ANY_SPACE, '');
}

/** Separators between listed units or names: 、，,；; and line breaks (a cell continued on the next line). */
const LIST_SEPARATOR = /[、，,；;\n\r]+/;

/** Splits a cell that lists several units, each once, in document order. */
export function splitUnits(raw: string | null | undefined): string[] {
  return uniqueInOrder(
    (raw ?? '')
      .split(LIST_SEPARATOR)
      .map((s) => s.replace(ANY_SPACE, ''))
      .filter((s) => s.length > 0),
  );
}

/** Splits a cell that lists several people; names are normalised ("彭  伟" → "彭伟"). Spaces are
 *  not separators here because they are padding inside a name. */
export function splitNames(raw: string | null | undefined): string[] {
  return uniqueInOrder(
    (raw ?? '')
      .split(LIST_SEPARATOR)
      .map(normalizeName)
      .filter((s) => s.length > 0),
  );
}

/** Cell text on one line: line breaks inside a Chinese sentence are layout, not content, so they
 *  are dropped; runs of spaces become one space (spaces between digits and words are kept as
 *  written, the extraction reads them). */
export function normalizeCellText(raw: string | null | undefined): string {
  return (raw ?? '')
    .replace(/[ \t\u3000\u00a0]*[\r\n]+[ \t\u3000\u00a0]*/g, '')
    .replace(/[ \t\u3000\u00a0]+/g, ' ')
    .trim();
}

function uniqueInOrder(items: string[]): string[] {
  return Array.from(new Set(items));
}
