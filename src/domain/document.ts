/**
 * A source document as the domain sees it, whatever it came from (.txt, .docx, pasted TSV, a
 * selected Excel range): a sequence of paragraphs and tables, each with the position a clerk can
 * find it by. The readers in src/sources/ produce this; src/domain/parse.ts consumes it.
 */

export interface ParagraphBlock {
  kind: 'paragraph';
  text: string;
  /** 1-based line in the input text (for .docx: the paragraph's number in the body). */
  line: number;
}

export interface TableBlock {
  kind: 'table';
  /** Cell texts, row by row; rows may have fewer cells than the header. Line breaks inside a
   *  cell are kept as "\n". */
  rows: string[][];
  /** Position of each row: its 1-based line in the input text, or its row number in the table
   *  or sheet it came from (for a selected range: the worksheet row). */
  rowLines: number[];
  /** Where each cell starts, when the source knows it (text with one cell per line): lets an
   *  indicator found in a task cell point at the line of its own words, not the row's first line. */
  cellLines?: number[][];
}

export type Block = ParagraphBlock | TableBlock;

export interface SourceDocument {
  /** File name or a description ("粘贴的文本", "选中的区域 Sheet1!A1:F80"), used in messages. */
  name: string;
  blocks: Block[];
}

/** The document with every paragraph's text and every table cell passed through `f`. */
export function mapText(doc: SourceDocument, f: (text: string) => string): SourceDocument {
  return {
    ...doc,
    blocks: doc.blocks.map((b) => (b.kind === 'paragraph' ? { ...b, text: f(b.text) } : { ...b, rows: b.rows.map((r) => r.map(f)) })),
  };
}
