/**
 * Loads the .docx reader (src/sources/docxChunk.ts) on demand. The reader, its unzip library and its
 * XML scanner are needed only when a clerk picks a Word file, so the task pane starts without them:
 * webpack turns this `import()` into a chunk of its own (docx.*.js), fetched from the add-in's own
 * origin (publicPath 'auto': wherever taskpane.*.js came from, so script-src 'self' allows it).
 * In Node (the CLI under tsx, jest under ts-jest's CommonJS) it is an ordinary module load.
 */

import { quoteName } from './errors';

type DocxReader = typeof import('./docxChunk');

/** The chunk could not be fetched: the network dropped, or the add-in was redeployed while the
 * pane stayed open (its hashed chunk names changed). Message in Chinese, for the clerk as is. */
export class DocxReaderLoadError extends Error {
  constructor(name: string, cause: unknown) {
    super(`未能加载读取 Word 文件的组件（网络中断，或加载项刚刚更新），${quoteName(name)}尚未导入。请关闭任务窗格后重新打开，再导入一次`);
    this.name = 'DocxReaderLoadError';
    this.cause = cause;
    Object.setPrototypeOf(this, new.target.prototype);
  }
}

/** `name` is the file being read, for the message if the reader cannot be loaded. A failed load
 * is not cached (webpack retries the chunk on the next call), so trying again can succeed. */
export async function loadDocxReader(name: string): Promise<DocxReader> {
  try {
    return await import(/* webpackChunkName: "docx" */ './docxChunk');
  } catch (err) {
    throw new DocxReaderLoadError(name, err);
  }
}
