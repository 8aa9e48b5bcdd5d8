/**
 * Recognising a decomposition table by the words of its header, as a clerk does: a task column
 * (目标任务/工作任务/重点任务) with 序号 or with a column of who does it (牵头领导, 责任单位 …, in
 * any order), plus any of 牵头领导/责任领导, 牵头单位, 责任单位/配合单位,
 * 责任人, 完成时限, 民生实事, 备注. Headers may span two rows (002 l.761-777: 责任人 over the
 * sub-columns 区政府办 and 牵头单位, which name whose person it is, not a unit column).
 */

export type ColumnRole = 'seq' | 'text' | 'leadLeader' | 'leadUnit' | 'units' | 'owners' | 'deadline' | 'livelihood' | 'note';

/** Headers of units that help the one responsible (配合单位, 协办单位): a units column, never the lead. */
export const HELPER_UNITS = /(?:配合|协同|参与|协办|协助)(?:单位|部门)/;

/** Tried in this order: 牵头领导 before 牵头单位, and people before units: a header that merely
 *  contains 牵头单位, such as "责任人（牵头单位）" or "牵头单位责任人", names the unit's person (issue 11). */
const ROLE_PATTERNS: [ColumnRole, RegExp][] = [
  ['leadLeader', /(?:牵头|责任|分管|联系|包联|挂帅)(?:区|市|县|州)?(?:级)?领导/],
  ['owners', /责任人|联系人|具体负责人/],
  ['leadUnit', /(?:牵头|主责|主办)(?:单位|部门)/],
  ['units', new RegExp(`责任(?:单位|部门)|${HELPER_UNITS.source}`)],
  ['deadline', /完成时限|完成时间|时间节点|时限要求|^时限$|^完成时间节点$/],
  ['livelihood', /民生实事/],
  ['note', /^备注$/],
  ['seq', /^(?:序号|编号|序)$/],
  // A project list states what is to be built in its 建设内容 (建设规模, 实施内容) column: that is the
  // task; 项目名称 only names it.
  ['text', /目标任务|工作任务|重点任务|主要任务|具体任务|任务内容|工作内容|工作目标|目标内容|建设内容|建设规模|实施内容|项目内容|主要内容|具体内容/],
];

export function roleOf(headerCell: string): ColumnRole | null {
  const cell = headerCell.replace(/[\s\u3000]+/g, '');
  if (cell === '') return null;
  for (const [role, pattern] of ROLE_PATTERNS) if (pattern.test(cell)) return role;
  return null;
}

export interface TableLayout {
  /** Role of each column (null: a column the import does not use). */
  columns: (ColumnRole | null)[];
  /** Index of the first data row (after the header row and its sub-header rows). */
  dataStart: number;
  /** Index of the header row. */
  headerRow: number;
}

/** Columns of who does a task or by when. */
const OWNER_ROLES = new Set<ColumnRole>(['leadLeader', 'leadUnit', 'units', 'owners', 'deadline']);

/** How many leading rows may come before the header (a title or unit line inside the table). */
const MAX_HEADER_SEARCH = 3;

/** The header of a target list, or null when the table is not one. */
export function findTargetHeader(rows: string[][]): TableLayout | null {
  const width = Math.max(0, ...rows.map((r) => r.length));
  for (let h = 0; h < Math.min(MAX_HEADER_SEARCH, rows.length); h++) {
    const roles = rows[h].map(roleOf);
    if (!roles.includes('text')) continue;
    // Without 序号 (a table that numbers nothing, or numbers its groups only), a task column and a
    // column of who does it or by when make a decomposition: the rows are numbered in order.
    if (!roles.includes('seq') && !roles.some((r) => r !== null && OWNER_ROLES.has(r))) continue;
    const columns: (ColumnRole | null)[] = [];
    for (let i = 0; i < width; i++) {
      const own = i < roles.length ? roles[i] : null;
      // An empty header cell sits under a header merged from the left (责任人 over two columns).
      const spanned = own === null && i > 0 && (i >= rows[h].length || rows[h][i].trim() === '') ? columns[i - 1] : null;
      columns.push(own ?? spanned);
    }
    let dataStart = h + 1;
    const seqCol = columns.indexOf('seq');
    const textCol = columns.indexOf('text');
    while (dataStart < rows.length && isSubHeader(rows[dataStart], seqCol, textCol)) {
      applySubHeader(columns, rows[dataStart]);
      dataStart++;
    }
    return { columns, dataStart, headerRow: h };
  }
  return null;
}

/** A row under the header with neither a 序号 nor a task: the second row of a two-row header. */
function isSubHeader(row: string[], seqCol: number, textCol: number): boolean {
  const empty = (i: number) => i < 0 || i >= row.length || row[i].trim() === '';
  return empty(seqCol) && empty(textCol) && row.some((c) => c.trim() !== '');
}

/** Sub-columns of 责任人 (区政府办 / 牵头单位) are people; sub-columns of a header without a role, or
 *  of 责任单位 split into 牵头单位 / 配合单位, take the role their own words give. */
function applySubHeader(columns: (ColumnRole | null)[], row: string[]): void {
  row.forEach((cell, i) => {
    const sub = roleOf(cell);
    if (sub === null || columns[i] === 'owners') return;
    if (columns[i] === null || columns[i] === 'units') columns[i] = sub;
  });
}

/** Whether the header rows name any column of a target list (without being complete): the table
 *  was meant as a target list but its header cannot be read. */
export function hasSomeTargetColumns(rows: string[][]): boolean {
  return rows.slice(0, MAX_HEADER_SEARCH).some((row) => {
    const roles = row.map(roleOf);
    return roles.some((r) => r === 'text' || r === 'leadLeader' || r === 'leadUnit' || r === 'owners' || r === 'deadline');
  });
}
