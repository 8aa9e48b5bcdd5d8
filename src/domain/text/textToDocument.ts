/**
 * Plain text (a .txt seed, pasted text) → SourceDocument: tables where the text holds tables
 * (cell-per-line or tab-separated), one paragraph per other non-empty line, with its 1-based line.
 *
 * Paragraphs are kept one per line here, so that every block knows its line; a sentence broken
 * across lines is joined later, when the parser reads the target-bearing parts (see passages.ts).
 */
import type { Block, SourceDocument } from '../document';
import { cleanInline } from './cleanInline';
import { isCellLine, readCellLineTable } from './cellLineTable';
import { isTsvLine, readTsvTable } from './tsvTable';

export function splitLines(text: string): string[] {
  return text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
}

export function textToDocument(text: string, name: string): SourceDocument {
  const lines = splitLines(text);
  const blocks: Block[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    const read = isCellLine(line) ? readCellLineTable(lines, i) : isTsvLine(line) ? readTsvTable(lines, i) : null;
    if (read) {
      blocks.push(read.table);
      i = read.next;
      continue;
    }
    const paragraph = cleanInline(line.replace(/\t/g, ' ')).trim();
    if (paragraph !== '') blocks.push({ kind: 'paragraph', text: paragraph, line: i + 1 });
    i++;
  }
  return { name, blocks };
}
