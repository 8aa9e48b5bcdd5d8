/**
 * What a table of the source is: a target list to import, another table to skip (002's
 * 赋权事项目录: 序号, 事项名称, 编码…), or a table that was meant as a target list but whose header
 * cannot be read (the clerk must be told, not left with a silently empty import).
 */
import type { TableBlock } from '../document';
import { findTargetHeader, hasSomeTargetColumns, roleOf, type TableLayout } from './tableHeader';
import { indicatorTableRows } from './indicatorRows';
import type { IndicatorRow } from '../text/indicatorLines';

export type TableKind =
  | { kind: 'targets'; layout: TableLayout }
  /** An indicator table (指标名称 / 单位 / 目标值, 项目 / 分值 / 目标任务): its rows name the targets. */
  | { kind: 'indicators'; rows: IndicatorRow[] }
  | { kind: 'other'; header: string[] }
  | { kind: 'unreadable' };

/** Words that state a target in a cell: a table of them without a header is a target list. */
const TARGET_PHRASE = /(?:增长|达到|新增|完成|突破|建成|新建|改造|引进|培育)\s*\d/;

export function classifyTable(table: TableBlock): TableKind {
  const layout = findTargetHeader(table.rows);
  if (layout) return { kind: 'targets', layout };
  const rows = indicatorTableRows(table);
  if (rows) return { kind: 'indicators', rows };
  if (hasSomeTargetColumns(table.rows)) return { kind: 'unreadable' };
  const header = table.rows[0] ?? [];
  const hasSeqHeader = table.rows.slice(0, 3).some((row) => row.some((c) => roleOf(c) === 'seq'));
  if (!hasSeqHeader && table.rows.some((row) => row.some((c) => TARGET_PHRASE.test(c)))) return { kind: 'unreadable' };
  return { kind: 'other', header: header.map((c) => c.replace(/[\s\u3000]+/g, '')).filter(Boolean) };
}
