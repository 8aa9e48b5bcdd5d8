/**
 * `npm run -s cli -- parse <file>`: the same reading and parsing as the add-in, printed as JSON.
 * Errors (missing, empty or unreadable file, no targets, a table whose header cannot be read) go
 * to stderr in Chinese, naming the file, with exit code 1; warnings go to stderr too.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseDocument } from '../domain/parse';
import { SourceError } from '../sources/errors';
import { readSource } from '../sources/readSource';
import type { CliIo, Command } from './command';
import { parseResultJson } from './toJson';

export const parseCommand: Command = async (args: string[], io: CliIo): Promise<number> => {
  const file = args[0];
  if (file === undefined || args.length > 1) {
    io.stderr('用法：npm run -s cli -- parse <文件>（.txt 或 .docx）\n');
    return 1;
  }
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(file));
  } catch (e) {
    io.stderr(`${readFailure(file, e)}\n`);
    return 1;
  }
  const name = basename(file);
  if (bytes.length === 0) {
    io.stderr(`文件《${file}》是空的，没有可导入的内容。\n`);
    return 1;
  }
  let result;
  try {
    result = parseDocument(await readSource(name, bytes));
  } catch (e) {
    // Source readers throw messages written for the clerk that already name the file
    // (SourceError); anything else is a bug, still reported with the file name, not a stack trace.
    const message = e instanceof SourceError ? e.message : `无法读取文件《${file}》：${e instanceof Error ? e.message : String(e)}`;
    io.stderr(`${message}\n`);
    return 1;
  }
  const errors = result.diagnostics.filter((d) => d.level === 'error');
  for (const d of result.diagnostics.filter((d) => d.level === 'warning')) io.stderr(`警告：${d.message}\n`);
  if (errors.length > 0) {
    for (const d of errors) io.stderr(`错误（《${name}》）：${d.message}\n`);
    return 1;
  }
  io.stdout(parseResultJson(result));
  return 0;
};

function readFailure(file: string, e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return `找不到文件《${file}》，请检查路径。`;
  if (code === 'EISDIR') return `《${file}》是文件夹，不是文件。`;
  if (code === 'EACCES' || code === 'EPERM') return `没有权限读取文件《${file}》。`;
  return `无法读取文件《${file}》：${e instanceof Error ? e.message : String(e)}`;
}
