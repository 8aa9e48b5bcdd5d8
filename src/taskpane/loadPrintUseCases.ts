/**
 * Loads the print and bulletin use cases (src/app/print/printChunk.ts) on demand, like the
 * progress use cases (useCases.ts): they are made from the progress engine's report, so they
 * travel in the same chunk (progress.*.js, from the add-in's own origin), fetched when a clerk
 * first opens 进度, 打印 or 通报; a chunk of their own would split the engine into a third,
 * shared one. The views stay in the start bundle: they share React and Fluent UI with the rest of
 * the pane, and moving shared modules behind a chunk boundary costs more bytes than it saves
 * (measured before the engine was split off: 221.6 KiB start-up with the views in a chunk, 216.0
 * with only the use cases there).
 */
import { strings } from './strings';

type PrintUseCases = typeof import('../app/print/printChunk');

/** The chunk could not be fetched (the network dropped, or the add-in was redeployed while the
 *  pane stayed open): the clerk's words, as they are. */
export class PrintChunkLoadError extends Error {
  constructor(cause: unknown) {
    super(strings.lazy.failed);
    this.name = 'PrintChunkLoadError';
    this.cause = cause;
    Object.setPrototypeOf(this, new.target.prototype);
  }
}

/** A failed load is not cached (webpack retries the chunk on the next call). */
export async function loadPrintUseCases(): Promise<PrintUseCases> {
  try {
    return await import(/* webpackChunkName: "progress" */ '../app/print/printChunk');
  } catch (err) {
    throw new PrintChunkLoadError(err);
  }
}
