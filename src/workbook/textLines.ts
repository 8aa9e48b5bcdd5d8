/**
 * How many lines a wrapped text takes in a cell, estimated from its characters: a CJK glyph is
 * one em, any other character about 0.55 em (the default 11 pt font). Used where no host fits the
 * rows: a merged cell (Excel never autofits one), and the copy LibreOffice prints (headless, it
 * does not grow rows to their wrapped text).
 */

/** Lines `text` takes in a cell `chars` Chinese characters wide (at 11 pt), in a font of
 *  `fontSize` points. */
export function wrappedLines(text: string, chars: number, fontSize = 11): number {
  const room = Math.max(1, (chars * 11) / fontSize);
  return text.split(/\r?\n/).reduce((n, part) => {
    let w = 0;
    for (const ch of part) w += ch.charCodeAt(0) <= 0xff ? 0.55 : 1;
    // A tenth of a character of slack: a column of n characters holds n, whatever the rounding
    // of its width in the file.
    return n + Math.max(1, Math.ceil((w - 0.1) / room));
  }, 0);
}

/** A row's height in points for `lines` lines of a `fontSize` font: a CJK line (Noto Sans CJK,
 *  Microsoft YaHei) takes about 1.45 em, with a little room so nothing touches the border. */
export function linesHeight(lines: number, fontSize = 11): number {
  return Math.ceil(lines * fontSize * 1.45 + 3);
}
