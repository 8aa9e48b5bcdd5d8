/**
 * The use cases the pane calls, fetched on first use: the parser (import) and the progress engine
 * with the sheet plans and formula builders (the 进度 tab) are most of the add-in's own code, and
 * the pane's first paint does not wait for them. Each is a chunk of its own (webpack splits at a
 * dynamic import), downloaded when the clerk first reads a source or opens the 进度 tab.
 */
import type { ImportUseCases } from './useImport';
import type { ProgressUseCases } from './useProgress';

const importChunk = () => import(/* webpackChunkName: "import" */ '../app/importTargets');
// The view with its count of open check errors (one read): the checks come with the 进度 tab,
// and with them the 收集 and 核对 tabs (views/lazyViews.tsx) in the same chunk.
const progressViewChunk = () => import(/* webpackChunkName: "progress" */ '../app/check/progressViewChecks');
const refreshChunk = () => import(/* webpackChunkName: "progress" */ '../app/progress/refreshProgress');

export const lazyImportUseCases: ImportUseCases = {
  previewImport: async (source, host) => (await importChunk()).previewImport(source, host),
  writeImport: async (store, preview, onProgress) => (await importChunk()).writeImport(store, preview, onProgress),
};

export const lazyProgressUseCases: ProgressUseCases = {
  loadProgressView: async (store, month) => (await progressViewChunk()).loadProgressViewWithChecks(store, month),
  refreshProgressSheets: async (store, options, onProgress) => (await refreshChunk()).refreshProgressSheets(store, options, onProgress),
};
