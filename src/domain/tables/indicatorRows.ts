/**
 * The indicators of an indicator table's rows (tables/indicatorColumns.ts), whether the table came
 * as a table (a .docx, a pasted range) or one cell per line (text/indicatorLines.ts): the row's name
 * is the indicator's name, its target cell the figure, its unit cell (if any) the unit.
 */
import type { TableBlock } from '../document';
import type { ExtractedIndicator } from '../extract/types';
import { indicatorColumns, kindByName, targetOfCell } from './indicatorColumns';
import { ROW_NUMBER, type IndicatorRow } from '../text/indicatorLines';
import { relativeOf } from '../extract/relatives';
import { protectedMask } from '../extract/spans';

/** The rows a header search looks at before giving up. */
const MAX_HEADER_SEARCH = 3;

/** A row's name without the number some tables write in its cell ("1、地区生产总值增长率"). */
function nameOfRow(row: IndicatorRow): string {
  return row.name.replace(/[\s\u3000]+/g, ' ').trim().replace(ROW_NUMBER, '');
}

/** The relative target of a row whose target cell states one instead of a figure ("与市保持同步":
 *  地区生产总值增长率与市保持同步), or null. */
export function relativeOfRow(row: IndicatorRow): { line: number; quote: string; name: string } | null {
  const cell = row.target?.replace(/[\s\u3000]+/g, '') ?? '';
  if (cell === '' || /\d/.test(cell)) return null;
  const s = nameOfRow(row).replace(/\s/g, '') + cell;
  const found = relativeOf({ s, offset: 0, mask: protectedMask(s) });
  return found === null ? null : { line: row.line, quote: cell, name: found.name };
}

/** The indicator of one row, or null when its target cell states no figure. */
export function indicatorOfRow(row: IndicatorRow): (Omit<ExtractedIndicator, 'offset'> & { line: number }) | null {
  if (row.target === null) return null;
  const measure = targetOfCell(row.target, row.unit);
  const name = nameOfRow(row);
  if (measure === null || name === '') return null;
  return {
    line: row.line,
    quote: `${row.name} ${row.target}`,
    name,
    ...measure,
    kind: kindByName(name, measure.unit, measure.kind),
  };
}

/** The rows of a table whose header (in its first rows) is an indicator table's, or null. */
export function indicatorTableRows(table: TableBlock): IndicatorRow[] | null {
  for (let h = 0; h < Math.min(MAX_HEADER_SEARCH, table.rows.length); h++) {
    const columns = indicatorColumns(table.rows[h]);
    if (columns === null) continue;
    const at = (role: string) => columns.indexOf(role as never);
    const name = at('name');
    const target = at('target');
    const unit = at('unit');
    return table.rows.slice(h + 1).map((cells, k) => ({
      line: table.rowLines[h + 1 + k] ?? 0,
      name: cells[name] ?? '',
      target: cells[target]?.trim() ? cells[target] : null,
      unit: unit >= 0 ? (cells[unit] ?? null) : null,
    }));
  }
  return null;
}
