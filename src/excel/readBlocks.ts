/**
 * Reading sheets the way they are written: in blocks small enough for one response. Excel on the
 * web refuses a response over 5 MB just as it refuses such a request, so a sheet of thousands of
 * rows (进度 with its reasons, 7 KB of formulas a row when formulas are read) is loaded in row
 * blocks, several blocks to a sync while they fit.
 *
 * Round trips: 1 to learn each used range's size, then one per ~4 MB of response. The size of
 * text is not known before it is read: the first block of a sheet is sized for a typical cell of
 * these sheets, the next ones for what that sheet's cells cost in the blocks read so far (× 1.5),
 * and a block that comes back too large all the same (ResponsePayloadSizeLimitExceeded: long
 * reasons, 进度's formulas) is read again with the sheet's cells counted double.
 */
import { wantsFormulas, wantsNumberFormats, type ReadOptions, type SheetSnapshot } from '../app/port';
import { SHEET_MARK_NAME, type CellValue } from '../workbook/plan';

/** What a response may hold, with room for the JSON envelope under the 5 MB limit. */
const RESPONSE_BUDGET = 4 * 1024 * 1024;
/** Estimated bytes of one cell in a response: a value; a value and its formula (measured on seed
 *  002's sheets: 指标 and 月度填报 about 20 and 45, 进度 about 30 and 230). */
const BYTES_PER_VALUE = 40;
const BYTES_PER_FORMULA = 120;
const BYTES_PER_FORMAT = 12;
/** Once a block has come back: its measured cost per cell × SAFETY (rows further down may be
 *  longer), and at least MIN_BYTES_PER_CELL (a JSON value and its separator). */
const SAFETY = 1.5;
const MIN_BYTES_PER_CELL = 8;

interface Block {
  sheet: number;
  row: number;
  rowCount: number;
  range?: Excel.Range;
}

export async function readSheetsInBlocks(
  context: Excel.RequestContext,
  names: readonly string[],
  options: ReadOptions,
  counted: () => void,
): Promise<SheetSnapshot[]> {
  const sync = async () => {
    counted();
    await context.sync();
  };
  const found = names.map((name) => {
    const sheet = context.workbook.worksheets.getItemOrNullObject(name);
    sheet.load('name');
    // valuesOnly: cells that only carry a format (the "@" of empty rows) do not count.
    const used = sheet.getUsedRangeOrNullObject(true);
    used.load('rowIndex,columnIndex,rowCount,columnCount');
    // A sheet-scoped name (ExcelApi 1.4; NamedItem.formula 1.7) holds a sheet's mark.
    const mark = options.marks ? sheet.names.getItemOrNullObject(SHEET_MARK_NAME) : undefined;
    mark?.load('formula');
    return { name, sheet, used, mark, formulas: wantsFormulas(options, name), formats: wantsNumberFormats(options, name) };
  });
  await sync();
  const sheets = found.filter((f) => !f.sheet.isNullObject);

  // Each sheet is read from its first row on, in blocks sized by what one of its cells costs: the
  // typical cell at first, then what its cells really cost once a block has come back (a sheet of
  // short formulas is not read in blocks sized for 进度's 7 KB rows).
  const next = sheets.map(() => 0);
  const cellBytes = sheets.map((f) => (f.formulas ? BYTES_PER_FORMULA : BYTES_PER_VALUE) + (f.formats ? BYTES_PER_FORMAT : 0));
  const rowsLeft = (i: number) => (sheets[i].used.isNullObject ? 0 : sheets[i].used.rowCount - next[i]);
  const done: Block[] = [];
  for (;;) {
    // As many rows as fit one response, sheet after sheet.
    const batch: Block[] = [];
    let budget = RESPONSE_BUDGET;
    for (let i = 0; i < sheets.length && budget > 0; i++) {
      if (rowsLeft(i) === 0) continue;
      const f = sheets[i];
      const perRow = f.used.columnCount * cellBytes[i];
      const fit = Math.floor(budget / perRow);
      if (fit === 0 && batch.length > 0) break;
      const b: Block = { sheet: i, row: next[i], rowCount: Math.min(rowsLeft(i), Math.max(1, fit)) };
      b.range = f.sheet.getRangeByIndexes(f.used.rowIndex + b.row, f.used.columnIndex, b.rowCount, f.used.columnCount);
      b.range.load(['values', ...(f.formulas ? ['formulas'] : []), ...(f.formats ? ['numberFormat'] : [])].join(','));
      next[i] += b.rowCount;
      budget -= b.rowCount * perRow;
      batch.push(b);
    }
    if (batch.length === 0) break;
    try {
      await sync();
    } catch (error) {
      if ((error as { code?: string })?.code !== 'ResponsePayloadSizeLimitExceeded' || batch.every((b) => b.rowCount === 1)) throw error;
      // Larger than thought: those sheets' cells count double from now on, and their rows are
      // read again.
      for (const b of batch) {
        cellBytes[b.sheet] *= 2;
        next[b.sheet] = Math.min(next[b.sheet], b.row);
      }
      continue;
    }
    done.push(...batch);
    // What the cells really cost, with room for longer rows further down; never below a value's
    // worth (an empty block says little).
    for (const b of batch) {
      const cells = b.rowCount * sheets[b.sheet].used.columnCount;
      const floor = sheets[b.sheet].formulas ? 2 * MIN_BYTES_PER_CELL : MIN_BYTES_PER_CELL;
      cellBytes[b.sheet] = Math.max(floor, (SAFETY * responseBytes(b.range!, sheets[b.sheet])) / cells);
    }
  }

  return sheets.map((f, i) => {
    const marked = (snap: SheetSnapshot): SheetSnapshot => (f.mark ? { ...snap, mark: f.mark.isNullObject ? null : markText(f.mark.formula) } : snap);
    if (f.used.isNullObject) return marked(f.formulas ? { name: f.name, values: [], formulas: [] } : { name: f.name, values: [] });
    const blocks = done.filter((b) => b.sheet === i).sort((a, b) => a.row - b.row);
    const values = blocks.flatMap((b) => b.range!.values as CellValue[][]);
    const snap: SheetSnapshot = { name: f.name, values: fromA1(values, f.used.rowIndex, f.used.columnIndex, null) };
    if (f.formulas) snap.formulas = fromA1(blocks.flatMap((b) => b.range!.formulas as string[][]), f.used.rowIndex, f.used.columnIndex, '');
    if (f.formats) snap.numberFormats = fromA1(blocks.flatMap((b) => b.range!.numberFormat as string[][]), f.used.rowIndex, f.used.columnIndex, 'General');
    return marked(snap);
  });
}

/** '="进展情况表"' (a name holding a text constant) → 进展情况表; null for anything else. */
function markText(formula: unknown): string | null {
  const m = typeof formula === 'string' ? /^="((?:[^"]|"")*)"$/.exec(formula.trim()) : null;
  return m ? m[1].replace(/""/g, '"') : null;
}

/** Values of a used range that starts at (row, col) → values from A1, padded with `fill`. */
export function fromA1<T>(values: T[][], row: number, col: number, fill: T): T[][] {
  const width = (values[0]?.length ?? 0) + col;
  const pad = (r: T[]) => (col > 0 ? [...Array.from({ length: col }, () => fill), ...r] : r);
  return [...Array.from({ length: row }, () => Array.from({ length: width }, () => fill)), ...values.map(pad)];
}

/** Bytes of a block's response as Excel sends it (UTF-8 JSON of what was loaded). */
function responseBytes(range: Excel.Range, f: { formulas: boolean; formats: boolean }): number {
  const parts: unknown[] = [range.values];
  if (f.formulas) parts.push(range.formulas);
  if (f.formats) parts.push(range.numberFormat);
  return utf8.encode(JSON.stringify(parts)).length;
}
const utf8 = new TextEncoder();
