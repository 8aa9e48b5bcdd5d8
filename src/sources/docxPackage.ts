/**
 * The package side of a .docx: checks that the bytes are a Word file (and says what they are
 * when not), finds the main document part and unpacks only the parts the reader needs, within a
 * size limit: the main part is handed on as text for readDocx to stream, the small parts as trees.
 */

import { unzipSync } from 'fflate';
import { attr, childElements, parseXmlTree, type XmlElement } from './docxXml';
import { SourceError, oldWordError, quoteName } from './errors';
import { isEncryptedOffice, isOle, isZip } from './magic';

/** Limit on the unpacked main part: a real notice is a few MB; more is a zip bomb or a book. Up to
 *  it, reading takes seconds and memory about three times the part (bytes, text, blocks). */
export const MAX_DOCX_PART_BYTES = 64 * 1024 * 1024;
/** Limit on the numbering and relationship parts, which are read as trees: real ones are kilobytes. */
export const MAX_SMALL_PART_BYTES = 8 * 1024 * 1024;

const MAIN_DOCUMENT_TYPE = /\/officeDocument$/;

export interface DocxParts {
  /** The main document part's XML, and its path (for messages). */
  documentXml: string;
  documentPath: string;
  /** word/numbering.xml, for automatic list numbers; absent in documents without lists. */
  numbering: XmlElement | null;
}

export function openDocx(bytes: Uint8Array, name: string): DocxParts {
  if (isOle(bytes)) throw oleError(bytes, name);
  if (!isZip(bytes)) throw notZip(name);

  const entries = listEntries(bytes, name);
  const documentPath = mainDocumentPath(bytes, entries, name);
  if (!documentPath) throw notWord(entries, name);

  const numberingPath = documentPath.replace(/[^/]*$/, 'numbering.xml');
  const parts = extract(bytes, name, [documentPath, numberingPath], { [numberingPath]: MAX_SMALL_PART_BYTES });
  return {
    documentXml: utf8(parts[documentPath]),
    documentPath,
    numbering: parts[numberingPath] ? parseXmlTree(utf8(parts[numberingPath]), name, numberingPath) : null,
  };
}

function oleError(bytes: Uint8Array, name: string): SourceError {
  if (isEncryptedOffice(bytes)) {
    return new SourceError('encrypted', `${quoteName(name)}设置了打开密码（已加密），请在 Word 中取消密码并另存为 .docx 后再导入`, {
      source: name,
    });
  }
  return oldWordError(name);
}

function notZip(name: string): SourceError {
  return new SourceError('not-zip', `${quoteName(name)}不是有效的 .docx 文件（无法解压）`, { source: name });
}

function notWord(entries: Map<string, number>, name: string): SourceError {
  // The clerk sees what the file is and what to do, not which part of the package is missing.
  const what = entries.has('xl/workbook.xml')
    ? '它是 Excel 工作簿，请在 Excel 中打开该文件，选中表格后使用“使用选中区域”。'
    : entries.has('content.xml') && entries.has('mimetype')
      ? '它是 OpenDocument（WPS/LibreOffice 的 .odt）文件，请另存为 .docx 后再导入。'
      : '它是一个压缩包，但里面没有 Word 正文。请确认选择的是 .docx 文件。';
  return new SourceError('not-word', `${quoteName(name)}不是 Word 文档：${what}`, { source: name });
}

/** Names and unpacked sizes of the archive's entries, without unpacking any. */
function listEntries(bytes: Uint8Array, name: string): Map<string, number> {
  const entries = new Map<string, number>();
  try {
    unzipSync(bytes, {
      filter: (file) => {
        entries.set(file.name, file.originalSize);
        return false;
      },
    });
  } catch {
    throw notZip(name);
  }
  return entries;
}

/** The main part named in _rels/.rels (word/document.xml for everything Word and WPS write). */
function mainDocumentPath(bytes: Uint8Array, entries: Map<string, number>, name: string): string | null {
  if (entries.has('_rels/.rels')) {
    const rels = extract(bytes, name, ['_rels/.rels'], { '_rels/.rels': MAX_SMALL_PART_BYTES })['_rels/.rels'];
    if (rels) {
      for (const rel of childElements(parseXmlTree(utf8(rels), name, '_rels/.rels'))) {
        const target = attr(rel, 'Target');
        if (target && MAIN_DOCUMENT_TYPE.test(attr(rel, 'Type') ?? '')) {
          const path = target.replace(/^\//, '');
          if (entries.has(path) && /\.xml$/i.test(path) && !path.startsWith('xl/') && !path.startsWith('ppt/')) return path;
        }
      }
    }
  }
  return entries.has('word/document.xml') ? 'word/document.xml' : null;
}

/**
 * Unpacks only the named parts; their declared sizes bound the memory used (fflate sizes its buffer
 * by them and cuts longer data there: a part that lies about its size arrives truncated, and then
 * reads as damaged XML). `limits` overrides MAX_DOCX_PART_BYTES per part.
 */
function extract(bytes: Uint8Array, name: string, paths: string[], limits: Record<string, number> = {}): Record<string, Uint8Array> {
  let tooLarge: { part: string; limit: number } | null = null;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (file) => {
        if (!paths.includes(file.name)) return false;
        const limit = limits[file.name] ?? MAX_DOCX_PART_BYTES;
        if (file.originalSize > limit) {
          tooLarge = { part: file.name, limit };
          return false;
        }
        return true;
      },
    });
  } catch {
    throw notZip(name);
  }
  if (tooLarge) {
    const { part, limit } = tooLarge;
    throw new SourceError('too-large', `${quoteName(name)}解压后过大（${part} 超过 ${limit / 1024 / 1024} MB），文件可能已损坏，不是正常的 Word 文档`, {
      source: name,
    });
  }
  return files;
}

function utf8(bytes: Uint8Array): string {
  return new TextDecoder('utf-8').decode(bytes);
}

