/**
 * The one entry the task pane and the CLI use to read a file or pasted text into a
 * SourceDocument. What a file is comes from its first bytes before its name: a .docx renamed .txt
 * is still read as Word, and a .doc renamed .docx still gets the "save as .docx" message.
 * The Word reader is loaded on demand (loadDocxReader): the task pane starts without it.
 */

import type { SourceDocument } from '../domain/document';
import { normalizeInvisible } from '../domain/text/invisible';
import { textToDocument } from '../domain/text/textToDocument';
import { decodeText } from './decodeText';
import { SourceError, oldWordError, quoteName } from './errors';
import { htmlToText, looksLikeHtml } from './htmlToText';
import { loadDocxReader } from './loadDocxReader';
import { extensionOf, isOle, isZip } from './magic';
import { looksLikeTsv } from './parseTsv';
import { tsvToDocument } from './tsvToDocument';

/** Larger than any notice or report; a bigger file is a mistake (a video, a database dump). */
export const MAX_SOURCE_BYTES = 20 * 1024 * 1024;

const EXCEL_EXTENSIONS = new Set(['xlsx', 'xlsm', 'xlsb', 'xls', 'et', 'ods']);
const PASTED_TEXT_NAME = '粘贴的文本';

export async function readSource(name: string, bytes: Uint8Array): Promise<SourceDocument> {
  if (bytes.length > MAX_SOURCE_BYTES) {
    const mb = (bytes.length / 1024 / 1024).toFixed(1);
    throw new SourceError('too-large', `${quoteName(name)}太大（${mb} MB，超过 20 MB），请只导入目标任务分解通知或工作报告本身`, {
      source: name,
    });
  }
  const ext = extensionOf(name);
  if (EXCEL_EXTENSIONS.has(ext)) throw useExcel(name);
  if (isZip(bytes) || isOle(bytes) || ext === 'docx') return (await loadDocxReader(name)).readDocx(bytes, name);
  // A .doc that is not OLE is Word's "web page" or RTF saved under that name: Word converts it.
  if (ext === 'doc') throw oldWordError(name);
  if (startsWithAscii(bytes, '%PDF')) {
    throw new SourceError('unsupported', `${quoteName(name)}是 PDF 文件，暂不能直接导入：请用 Word 打开后另存为 .docx，或复制其中的文字粘贴到导入框`, {
      source: name,
    });
  }
  if (startsWithAscii(bytes, '{\\rtf')) {
    throw new SourceError('unsupported', `${quoteName(name)}是 RTF 格式，请在 Word 中“另存为” .docx 后再导入`, { source: name });
  }
  return textSourceToDocument(decodeText(bytes, name).text, name);
}

/** Text the clerk pasted into the task pane. */
export function readPastedText(text: string, name = PASTED_TEXT_NAME): SourceDocument {
  const normalised = normalizeInvisible(text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'));
  if (normalised.trim() === '') throw empty(name);
  return textSourceToDocument(normalised, name);
}

/** A web page saved as text is read as the text it shows; a copied table by its tabs; anything else
 *  by the domain's text reader. */
function textSourceToDocument(source: string, name: string): SourceDocument {
  const text = looksLikeHtml(source) ? normalizeInvisible(htmlToText(source)) : source;
  if (text.trim() === '') throw empty(name);
  return looksLikeTsv(text) ? tsvToDocument(text, name) : textToDocument(text, name);
}

function empty(name: string): SourceError {
  return new SourceError('empty', `${quoteName(name)}是空的，没有可导入的文字`, { source: name });
}

function useExcel(name: string): SourceError {
  return new SourceError('use-excel', `${quoteName(name)}是 Excel 工作簿：请在 Excel 中打开该文件，选中表格后使用“使用选中区域”`, {
    source: name,
  });
}

function startsWithAscii(bytes: Uint8Array, prefix: string): boolean {
  for (let i = 0; i < prefix.length; i++) if (bytes[i] !== prefix.charCodeAt(i)) return false;
  return true;
}
