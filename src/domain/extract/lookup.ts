/**
 * Lookups built once and asked many times per paragraph (issue 12, parse speed): a table of
 * characters by code unit, and a word list indexed by first character, longest word first, so a
 * "does the text start with one of these words here" question tries only the few words that can
 * match instead of scanning the whole list or compiling a regex on a substring.
 */

/** A set of BMP characters as a 64 KB table: `has(code)` is one array read. */
export function charTable(chars: string): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (const ch of chars) table[ch.charCodeAt(0)] = 1;
  return table;
}

export interface WordIndex {
  /** The longest listed word that starts at `at` of `text`, or null. */
  at(text: string, at?: number): string | null;
  /** The longest listed word that ends `text`, or null. */
  endOf(text: string): string | null;
}

export function wordIndex(words: readonly string[]): WordIndex {
  const byFirst = new Map<string, string[]>();
  const byLast = new Map<string, string[]>();
  const add = (map: Map<string, string[]>, key: string, w: string) => {
    const list = map.get(key);
    if (list) list.push(w);
    else map.set(key, [w]);
  };
  for (const w of [...words].sort((a, b) => b.length - a.length)) {
    add(byFirst, w[0], w);
    add(byLast, w[w.length - 1], w);
  }
  return {
    at(text: string, at = 0): string | null {
      const list = byFirst.get(text[at]);
      if (!list) return null;
      for (const w of list) if (text.startsWith(w, at)) return w;
      return null;
    },
    endOf(text: string): string | null {
      const list = byLast.get(text[text.length - 1]);
      if (!list) return null;
      for (const w of list) if (text.endsWith(w)) return w;
      return null;
    },
  };
}
