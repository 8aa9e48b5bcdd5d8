/**
 * Which of a production build's JavaScript files a page loads at start and which it fetches on
 * demand, with their sizes. "At start" is read from the built page itself (the same-origin
 * <script src> tags html-webpack-plugin wrote into taskpane.html), so a chunk that webpack ever
 * adds to the start (a split vendors file, a runtime chunk) is counted without changing this.
 * Shared by the CI budget (test/compat/bundleBudget.test.ts) and `npm run bench -- bundle`.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface FileSizes {
  files: string[];
  raw: number;
  /** gzip level 9, as a web server would send it. */
  gzip: number;
}

export function sizesOf(dir: string, files: string[]): FileSizes {
  let raw = 0;
  let gzip = 0;
  for (const f of files) {
    const bytes = readFileSync(join(dir, f));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { files, raw, gzip };
}

/** The add-in's own scripts `page` (e.g. "taskpane.html") loads at start; Office.js from
 * Microsoft's CDN is not ours to budget and is left out. */
export function startScripts(dir: string, page: string): string[] {
  const html = readFileSync(join(dir, page), 'utf8');
  const srcs = [...html.matchAll(/<script\b[^>]*\bsrc=["']?([^"'\s>]+)/gi)].map((m) => m[1]);
  return srcs.filter((src) => !/^(https?:)?\/\//i.test(src)).map((src) => src.replace(/^\.?\//, ''));
}

/** The on-demand chunk named `name` by its webpackChunkName (e.g. "docx" → docx.1a2b3c4d.js). */
export function lazyChunk(dir: string, name: string): string[] {
  return readdirSync(dir).filter((f) => f.startsWith(`${name}.`) && f.endsWith('.js'));
}

export const kib = (bytes: number): number => bytes / 1024;
