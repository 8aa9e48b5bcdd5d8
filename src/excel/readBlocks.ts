/**
 * Reading sheets the way they are written: in blocks small enough for one response. Excel on the
 * web refuses a response over 5 MB just as it refuses such a request, so a sheet of thousands of
 * rows (进度 with its reasons, 7 KB of formulas a row when formulas are read) is loaded in row
 * blocks, several blocks to a sync while they fit.
 *
 * Round trips: 1 to learn each used range's size, then one per ~4 MB of estimated response. The
 * size of text is not known before it is read: the estimate is a typical cell of these sheets,
 * and a block that comes back too large all the same (ResponsePayloadSizeLimitExceeded: long
 * reasons, 进度's formulas) is halved and read again.
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

  // Row blocks of every sheet, each within the budget on its own.
  const pending: Block[] = [];
  sheets.forEach((f, i) => {
    if (f.used.isNullObject) return;
    const perRow = f.used.columnCount * ((f.formulas ? BYTES_PER_FORMULA : BYTES_PER_VALUE) + (f.formats ? BYTES_PER_FORMAT : 0));
    const step = Math.max(1, Math.floor(RESPONSE_BUDGET / perRow));
    for (let r = 0; r < f.used.rowCount; r += step) pending.push({ sheet: i, row: r, rowCount: Math.min(step, f.used.rowCount - r) });
  });
  // Raised for a sheet each time its blocks come back larger than estimated.
  const factor = sheets.map(() => 1);
  const perCell = (f: (typeof sheets)[number]) => (f.formulas ? BYTES_PER_FORMULA : BYTES_PER_VALUE) + (f.formats ? BYTES_PER_FORMAT : 0);
  const estimate = (b: Block) => b.rowCount * sheets[b.sheet].used.columnCount * perCell(sheets[b.sheet]) * factor[b.sheet];

  const done: Block[] = [];
  while (pending.length > 0) {
    // As many blocks as fit one response.
    const batch: Block[] = [];
    let bytes = 0;
    while (pending.length > 0 && (batch.length === 0 || bytes + estimate(pending[0]) <= RESPONSE_BUDGET)) {
      const b = pending.shift()!;
      bytes += estimate(b);
      const f = sheets[b.sheet];
      b.range = f.sheet.getRangeByIndexes(f.used.rowIndex + b.row, f.used.columnIndex, b.rowCount, f.used.columnCount);
      b.range.load(['values', ...(f.formulas ? ['formulas'] : []), ...(f.formats ? ['numberFormat'] : [])].join(','));
      batch.push(b);
    }
    try {
      await sync();
      done.push(...batch);
    } catch (error) {
      if ((error as { code?: string })?.code !== 'ResponsePayloadSizeLimitExceeded' || batch.every((b) => b.rowCount === 1)) throw error;
      // Larger than estimated: those sheets' cells count double from now on, and their blocks are
      // halved and read again.
      for (const i of new Set(batch.map((b) => b.sheet))) factor[i] *= 2;
      for (const b of batch.reverse()) {
        const half = Math.ceil(b.rowCount / 2);
        const parts = b.rowCount === 1 ? [b] : [{ sheet: b.sheet, row: b.row, rowCount: half }, { sheet: b.sheet, row: b.row + half, rowCount: b.rowCount - half }];
        pending.unshift(...parts.map((p) => ({ sheet: p.sheet, row: p.row, rowCount: p.rowCount })));
      }
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
