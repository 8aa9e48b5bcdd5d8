/**
 * Reads the 指标 sheet back into indicators and qualitative items (issue 3 computes progress from
 * what the clerk sees and may have corrected, not from the last parse). A row with a bad cell is
 * left out and named in `findings`, never read as zero.
 */
import type { Finding } from '../domain/findings';
import type { Indicator, Qualitative } from '../domain/model';
import { cellFlag, cellNumber, cellOrNull } from './readCells';
import { cellAt, cellText, locateTable, type SheetContent } from './sheetTable';
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
  /** Bad cells, each naming its cell (a row with one is left out, never read as zero). */
  findings: Finding[];
}

const TYPE_LIST = Object.values(TYPE_WORDS);
const CMP_LIST = Object.values(CMP_WORDS);

export function readIndicators(snapshot: SheetContent): ReadIndicatorsResult {
  const sheet = snapshot.name || INDICATORS_SHEET;
  const out: ReadIndicatorsResult = { indicators: [], qualitative: [], findings: [] };
  const table = locateTable(snapshot, H.id);
  if (!table) {
    out.findings.push({ code: 'header-missing', severity: 'error', sheet, header: H.id });
    return out;
  }
  for (const required of [H.kind, H.target]) {
    if (!table.column.has(required)) out.findings.push({ code: 'column-missing', severity: 'error', sheet, header: required });
  }
  if (out.findings.length > 0) return out;
  const col = (h: string) => table.column.get(h);
  const seen = new Set<string>();

  table.rows.forEach((row, i) => {
    const get = (h: string) => {
      const c = col(h);
      return c === undefined ? null : row[c];
    };
    const at = (h: string) => ({ sheet, cell: cellAt(table, i, col(h)!), header: h, value: cellText(get(h)) });
    const id = cellText(get(H.id));
    if (id === '') return;
    if (seen.has(id)) {
      out.findings.push({ code: 'duplicate-key', severity: 'error', ...at(H.id), id });
      return;
    }
    seen.add(id);
    const rowErrors: Finding[] = [];
    const typeWord = cellText(get(H.kind));
    const type = typeFromWord(typeWord);
    if (!type) {
      rowErrors.push({ code: 'not-a-word', severity: 'error', ...at(H.kind), id, allowed: TYPE_LIST });
    }
    const line = cellNumber(get(H.line));
    if (!line.ok) rowErrors.push({ code: 'not-a-number', severity: 'error', ...at(H.line), id });
    const base = {
      task: cellOrNull(get(H.task)),
      line: line.ok && line.value !== null ? line.value : 0,
      quote: cellText(get(H.quote)),
      name: cellText(get(H.name)),
    };
    if (type && isQualitativeType(type)) {
      if (rowErrors.length === 0) out.qualitative.push({ ...base, type, key: id });
      out.findings.push(...rowErrors);
      return;
    }
    const target = cellNumber(get(H.target));
    if (!target.ok) rowErrors.push({ code: 'not-a-number', severity: 'error', ...at(H.target), id });
    else if (target.value === null) rowErrors.push({ code: 'empty-target', severity: 'error', ...at(H.target), id });
    const max = cellNumber(get(H.max));
    if (!max.ok) rowErrors.push({ code: 'not-a-number', severity: 'error', ...at(H.max), id });
    const cmpWord = cellText(get(H.cmp));
    // An empty 比较 is the document's "no qualifier": the figure itself.
    const cmp = cmpWord === '' ? '=' : cmpFromWord(cmpWord);
    if (!cmp) rowErrors.push({ code: 'not-a-word', severity: 'error', ...at(H.cmp), id, allowed: CMP_LIST });
    if (rowErrors.length > 0 || !type || isQualitativeType(type) || !cmp || !target.ok || !max.ok) {
      out.findings.push(...rowErrors);
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
