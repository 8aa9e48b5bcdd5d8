/**
 * A range the clerk selected in Excel (its values, as Office.js `range.values` returns them) →
 * a SourceDocument with one table whose row positions are worksheet row numbers, so that every
 * message about a row points at the row the clerk sees.
 */

import type { SourceDocument } from '../domain/document';
import { normalizeInvisible } from '../domain/text/invisible';
import { SourceError, quoteName } from './errors';

export type GridValue = string | number | boolean | null | undefined;

export function gridToDocument(values: GridValue[][], firstRow: number, name: string): SourceDocument {
  const rows = values.map((row) => row.map(cellText));
  if (!rows.some((row) => row.some((cell) => cell.trim() !== ''))) {
    throw new SourceError('empty', `${quoteName(name)}是空的，没有可导入的内容`, { source: name });
  }
  return {
    name,
    blocks: [{ kind: 'table', rows, rowLines: rows.map((_, i) => firstRow + i) }],
  };
}

/** A cell value as the clerk sees it in the sheet (General format). */
export function cellText(value: GridValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'number') return numberText(value);
  return normalizeInvisible(value.replace(/\r\n?/g, '\n'));
}

/**
 * Excel keeps 15 significant digits and shows no binary noise: 0.1 + 0.2 is 0.3, and
 * 7.5000000000000009 is 7.5.
 */
function numberText(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (Object.is(value, -0)) return '0';
  const rounded = Number(value.toPrecision(15));
  if (Math.abs(rounded) >= 1e21) return rounded.toPrecision(15).replace(/\.?0+e/, 'e');
  return String(rounded);
}
