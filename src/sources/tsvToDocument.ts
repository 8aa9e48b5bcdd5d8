/**
 * Tab-separated text (a range copied from Excel, a table copied from Word) → SourceDocument.
 * Rows with several cells form tables whose row positions are the lines they start on. Lines
 * without a tab around them (a title above a table copied from Word, the note under it such as
 * "注：第48、49…项为区级民生实事") are not table rows: they go through the domain's text reader
 * like any other text, so the note is seen as a paragraph.
 */

import type { Block, SourceDocument, TableBlock } from '../domain/document';
import { textToDocument } from '../domain/text/textToDocument';
import { parseTsvRows } from './parseTsv';

export function tsvToDocument(text: string, name: string): SourceDocument {
  const lines = text.split('\n');
  const rows = parseTsvRows(text);
  const blocks: Block[] = [];
  let table: TableBlock | null = null;
  let proseStart: number | null = null;

  const flushProse = (endLine: number) => {
    if (proseStart === null) return;
    const offset = proseStart - 1;
    const segment = lines.slice(offset, endLine - 1).join('\n');
    for (const block of textToDocument(segment, name).blocks) blocks.push(shift(block, offset));
    proseStart = null;
  };

  for (const row of rows) {
    if (row.cells.length >= 2) {
      flushProse(row.line);
      if (!table) {
        table = { kind: 'table', rows: [], rowLines: [] };
        blocks.push(table);
      }
      table.rows.push(row.cells);
      table.rowLines.push(row.line);
    } else {
      table = null;
      if (proseStart === null) proseStart = row.line;
    }
  }
  flushProse(lines.length + 1);
  return { name, blocks };
}

function shift(block: Block, offset: number): Block {
  return block.kind === 'paragraph'
    ? { ...block, line: block.line + offset }
    : { ...block, rowLines: block.rowLines.map((line) => line + offset) };
}
