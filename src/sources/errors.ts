/**
 * The one error type the source readers throw. Its message is meant for the clerk as it stands
 * (Chinese, naming the file and, where it applies, the line or cell), so the task pane and the CLI
 * can show `error.message` without rewording it. `kind` lets callers and tests tell the cases apart
 * without matching on the wording.
 */

export type SourceErrorKind =
  | 'empty' // nothing but whitespace
  | 'not-text' // binary data, or bytes no supported encoding explains
  | 'mixed-encoding' // part UTF-8, part GBK (two files pasted together): must be re-saved
  | 'foreign-encoding' // a Japanese (Shift-JIS) or Korean (EUC-KR) file
  | 'too-large' // over the input size limit, or a zip that unpacks to too much
  | 'not-zip' // claims to be .docx but cannot be unzipped
  | 'not-word' // a zip without a Word document inside (renamed .zip, .xlsx…)
  | 'old-word' // OLE compound file: .doc, .wps, or an encrypted .docx
  | 'encrypted' // password-protected Office file
  | 'bad-xml' // word/document.xml is not well-formed
  | 'use-excel' // a workbook: it must be opened in Excel and the range selected
  | 'unsupported'; // a known format the add-in does not read (PDF, RTF)

export interface SourceErrorDetails {
  /** The file or source name as shown to the clerk. */
  source: string;
  /** 1-based line or row, when the problem sits at one place. */
  line?: number;
  /** A cell address like "B7", when the problem sits in a cell. */
  cell?: string;
}

export class SourceError extends Error {
  readonly kind: SourceErrorKind;
  readonly source: string;
  readonly line?: number;
  readonly cell?: string;

  constructor(kind: SourceErrorKind, message: string, details: SourceErrorDetails) {
    super(message);
    this.name = 'SourceError';
    this.kind = kind;
    this.source = details.source;
    if (details.line !== undefined) this.line = details.line;
    if (details.cell !== undefined) this.cell = details.cell;
    // Keeps `instanceof SourceError` true if the code is ever compiled down to ES5.
    Object.setPrototypeOf(this, new.target.prototype);
  }
}

/** 《name》 as every message spells a source's name. */
export function quoteName(name: string): string {
  return `《${name}》`;
}

/** A .doc file (Word 97-2003): kept out of the lazy .docx chunk so that refusing one downloads nothing. */
export function oldWordError(name: string): SourceError {
  return new SourceError('old-word', `${quoteName(name)}是旧版 Word（.doc）格式，请在 Word 中“另存为” .docx 后再导入`, {
    source: name,
  });
}
