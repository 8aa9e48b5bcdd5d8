/**
 * The files a command reads, each turned into what the use cases take, with the clerk's words
 * when a file is missing or unreadable: the targets (any document `parse` reads) and the figures
 * (CSV in UTF-8 or GBK, or an .xlsx with the same columns).
 */
import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { ImportError, previewImport } from '../app/importTargets';
import type { ImportPreview } from '../app/importTypes';
import { WorkbookError } from '../app/port';
import { csvRows, readFiguresFile, type FileRow, type FiguresFile } from '../domain/progress/figuresFile';
import { decodeText } from '../sources/decodeText';
import { SourceError } from '../sources/errors';
import { readFiguresWorkbook } from '../xlsx/readFiguresWorkbook';

export type Read<T> = { ok: true; value: T } | { ok: false; message: string; noTargets?: boolean };

export async function readBytes(file: string): Promise<Read<Uint8Array>> {
  try {
    return { ok: true, value: new Uint8Array(await readFile(file)) };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException)?.code;
    if (code === 'ENOENT') return { ok: false, message: `找不到文件《${file}》，请检查路径。` };
    if (code === 'EISDIR') return { ok: false, message: `《${file}》是文件夹，不是文件。` };
    if (code === 'EACCES' || code === 'EPERM') return { ok: false, message: `没有权限读取文件《${file}》。` };
    return { ok: false, message: `无法读取文件《${file}》（错误代码 ${code ?? '未知'}）。` };
  }
}

/** The targets file, read and parsed as the pane's import reads a picked file. */
export async function loadTargets(file: string): Promise<Read<ImportPreview>> {
  const bytes = await readBytes(file);
  if (!bytes.ok) return bytes;
  try {
    return { ok: true, value: await previewImport({ kind: 'file', name: basename(file), bytes: bytes.value }) };
  } catch (e) {
    if (e instanceof ImportError) return { ok: false, message: e.message, noTargets: e.kind === 'no-targets' };
    if (e instanceof SourceError) return { ok: false, message: e.message };
    throw e;
  }
}

/** The figures file of `year`: its entries, or the findings that stop it. */
export async function loadFigures(file: string, year: number): Promise<Read<FiguresFile>> {
  const rows = await loadFigureRows(file);
  return rows.ok ? { ok: true, value: readFiguresFile(rows.value, basename(file), year) } : rows;
}

/** The rows of a figures file (CSV in UTF-8 or GBK, or the first sheet of an .xlsx) as text. */
export async function loadFigureRows(file: string): Promise<Read<FileRow[]>> {
  const bytes = await readBytes(file);
  if (!bytes.ok) return bytes;
  const name = basename(file);
  try {
    if (extname(file).toLowerCase() === '.xlsx') return { ok: true, value: await readFiguresWorkbook(bytes.value, name) };
    return { ok: true, value: csvRows(decodeText(bytes.value, name).text) };
  } catch (e) {
    if (e instanceof SourceError || e instanceof WorkbookError) return { ok: false, message: e.message };
    throw e;
  }
}
