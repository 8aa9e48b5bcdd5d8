/**
 * Seed 002 (云溪区's decomposition and action plans) imported into an in-memory workbook with the
 * illustrative June figures of samples/ (invented, not real statistics), 月度填报 and 进度 built:
 * the workbook the print and bulletin tests start from, as `cli build` makes it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildWorkbook, type BuildRequest } from '../../../src/app/build/buildWorkbook';
import { previewImport } from '../../../src/app/importTargets';
import type { ImportPreview } from '../../../src/app/importTypes';
import { csvRows, readFiguresFile, type FigureEntry } from '../../../src/domain/progress/figuresFile';
import { createMemoryWorkbook, type MemoryWorkbook } from '../../support/memoryWorkbook';

const ROOT = join(__dirname, '../../..');
export const SEED_002 = join(ROOT, 'seeds/002_6ca40ee2ecc3ed1b.txt');
export const SAMPLE_FIGURES = join(ROOT, 'samples/002-figures-2024-06.csv');

let preview: Promise<ImportPreview> | undefined;

/** The parse of seed 002, once per test file. */
export function seed002Preview(): Promise<ImportPreview> {
  preview ??= previewImport({ kind: 'file', name: '002.txt', bytes: new Uint8Array(readFileSync(SEED_002)) });
  return preview;
}

export function sampleFigures(): FigureEntry[] {
  const read = readFiguresFile(csvRows(readFileSync(SAMPLE_FIGURES, 'utf8')), '002-figures-2024-06.csv', 2024);
  if (read.findings.length > 0) throw new Error('the sample figures file has findings');
  return read.entries;
}

/** Seed 002 with the June figures, as `cli build` makes it (over the in-memory double). */
export async function seed002Workbook(extra: Partial<BuildRequest> = {}): Promise<MemoryWorkbook> {
  const wb = createMemoryWorkbook();
  const outcome = await buildWorkbook(wb, { preview: await seed002Preview(), figures: sampleFigures(), year: 2024, month: 6, ...extra });
  if (!outcome.done) throw new Error('seed 002 did not build');
  return wb;
}
