/**
 * 民生实事 (livelihood projects) are marked by a note under the decomposition table:
 * "注：第48、49、57、58、67、80项为区级民生实事" (002 l.1427), sometimes with ranges ("第3-5项").
 */

const NOTE = /第([\d、，,\s\-—－~～至到]+)项[^。]*民生实事/;

/** The 序号 the note marks, or null when the paragraph is not such a note. */
export function livelihoodSeqs(paragraph: string): string[] | null {
  const m = NOTE.exec(paragraph);
  if (!m) return null;
  const seqs: string[] = [];
  for (const piece of m[1].split(/[、，,\s]+/).filter(Boolean)) {
    const range = /^(\d+)[-—－~～至到](\d+)$/.exec(piece);
    if (range) {
      for (let n = Number(range[1]); n <= Number(range[2]); n++) seqs.push(String(n));
    } else if (/^\d+$/.test(piece)) {
      seqs.push(String(Number(piece)));
    }
  }
  return seqs;
}
