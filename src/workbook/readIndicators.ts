/**
 * Reads the 指标 sheet back into indicators and qualitative items (issue 3 computes progress from
 * what the clerk sees and may have corrected, not from the last parse). A row with a bad cell is
 * left out and named in `errors`, never read as zero.
 */
import type { Indicator, Qualitative } from '../domain/model';
import { cellFlag, cellNumber, cellOrNull } from './readCells';
import { cellRef, cellText, locateTable, type SheetContent } from './sheetTable';
import {
  CMP_WORDS,
  INDICATORS_SHEET,
  INDICATOR_HEADERS as H,
  TYPE_WORDS,
  cmpFromWord,
  isQualitativeType,
  typeFromWord,
} from './vocabulary';

export interface ReadIndicatorsResult {
  indicators: Indicator[];
  /** With the key of their row (the model's Qualitative has no key of its own). */
  qualitative: (Qualitative & { key: string })[];
  /** Chinese messages naming the cell, e.g. "指标!F7：目标值“约5亿”不是数字". */
  errors: string[];
}

const TYPE_LIST = Object.values(TYPE_WORDS).join('、');
const CMP_LIST = Object.values(CMP_WORDS).join('、');

export function readIndicators(snapshot: SheetContent): ReadIndicatorsResult {
  const sheet = snapshot.name || INDICATORS_SHEET;
  const out: ReadIndicatorsResult = { indicators: [], qualitative: [], errors: [] };
  const table = locateTable(snapshot, H.id);
  if (!table) {
    out.errors.push(`${sheet}工作表中找不到表头“${H.id}”，请确认前10行中有表头行。`);
    return out;
  }
  for (const required of [H.kind, H.target]) {
    if (!table.column.has(required)) out.errors.push(`${sheet}工作表缺少“${required}”列`);
  }
  if (out.errors.length > 0) return out;
  const col = (h: string) => table.column.get(h);
  const seen = new Set<string>();

  table.rows.forEach((row, i) => {
    const get = (h: string) => {
      const c = col(h);
      return c === undefined ? null : row[c];
    };
    const at = (h: string) => cellRef(sheet, table, i, col(h)!);
    const id = cellText(get(H.id));
    if (id === '') return;
    if (seen.has(id)) {
      out.errors.push(`${at(H.id)}：指标ID“${id}”重复，只读取了第一行`);
      return;
    }
    seen.add(id);
    const rowErrors: string[] = [];
    const typeWord = cellText(get(H.kind));
    const type = typeFromWord(typeWord);
    if (!type) {
      rowErrors.push(`${at(H.kind)}：类型“${typeWord}”应为${TYPE_LIST}之一`);
    }
    const line = cellNumber(get(H.line));
    if (!line.ok) rowErrors.push(`${at(H.line)}：来源行“${cellText(get(H.line))}”不是数字`);
    const base = {
      task: cellOrNull(get(H.task)),
      line: line.ok && line.value !== null ? line.value : 0,
      quote: cellText(get(H.quote)),
      name: cellText(get(H.name)),
    };
    if (type && isQualitativeType(type)) {
      if (rowErrors.length === 0) out.qualitative.push({ ...base, type, key: id });
      out.errors.push(...rowErrors);
      return;
    }
    const target = cellNumber(get(H.target));
    if (!target.ok) rowErrors.push(`${at(H.target)}：目标值“${cellText(get(H.target))}”不是数字`);
    else if (target.value === null) rowErrors.push(`${at(H.target)}：目标值为空`);
    const max = cellNumber(get(H.max));
    if (!max.ok) rowErrors.push(`${at(H.max)}：上限“${cellText(get(H.max))}”不是数字`);
    const cmpWord = cellText(get(H.cmp));
    // An empty 比较 is the document's "no qualifier": the figure itself.
    const cmp = cmpWord === '' ? '=' : cmpFromWord(cmpWord);
    if (!cmp) rowErrors.push(`${at(H.cmp)}：比较“${cmpWord}”应为${CMP_LIST}之一`);
    if (rowErrors.length > 0 || !type || isQualitativeType(type) || !cmp || !target.ok || !max.ok) {
      out.errors.push(...rowErrors);
      return;
    }
    out.indicators.push({
      id,
      ...base,
      kind: type,
      target: target.value as number,
      max: max.value,
      unit: cellText(get(H.unit)),
      cmp,
      livelihood: cellFlag(get(H.livelihood)),
    });
  });
  return out;
}
