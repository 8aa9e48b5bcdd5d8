/**
 * The import use case: a source (file, pasted text, selected range) → a preview the clerk checks
 * and may correct → the 目标任务 and 指标 sheets, merged with what the workbook already holds.
 *
 * previewImport needs a live host only for the selected range; writeImport needs a store: it reads
 * both sheets in one readSheets call and writes them in one apply, whatever the host.
 */
import type { SourceDocument } from '../domain/document';
import type { ParseResult } from '../domain/model';
import { parseDocument } from '../domain/parse';
import { gridToDocument } from '../sources/gridToDocument';
import { readPastedText, readSource } from '../sources/readSource';
import { indicatorsSheetPlan } from '../workbook/indicatorsSheet';
import { mergeSheet } from '../workbook/merge';
import { cellText, locateTable } from '../workbook/sheetTable';
import { tasksSheetPlan } from '../workbook/tasksSheet';
import { INDICATORS_SHEET, INDICATOR_HEADERS, TASKS_SHEET, TASK_HEADERS } from '../workbook/vocabulary';
import type { ImportOutcome, ImportPreview, ImportSource } from './importTypes';
import type { LiveWorkbook, WorkbookStore } from './port';

/** The sheets an import writes, in the order it writes them. */
export const IMPORT_SHEETS: readonly string[] = [TASKS_SHEET, INDICATORS_SHEET];

export type ImportErrorKind = 'no-table' | 'no-targets' | 'sheet-taken';

/** The source was read but holds nothing to import. Message in Chinese, for the clerk as is.
 *  (An empty or unreadable source is a SourceError from src/sources, raised before parsing.) */
export class ImportError extends Error {
  constructor(
    readonly kind: ImportErrorKind,
    message: string,
  ) {
    super(message);
    this.name = 'ImportError';
    Object.setPrototypeOf(this, new.target.prototype);
  }
}

export async function previewImport(source: ImportSource, host?: Pick<LiveWorkbook, 'readSelection'>): Promise<ImportPreview> {
  const doc = await readImportSource(source, host);
  const result = parseDocument(doc);
  if (result.tasks.length === 0 && result.indicators.length === 0 && result.qualitative.length === 0) {
    throw nothingToImport(doc, result, source.kind === 'selection');
  }
  const uncertain = result.diagnostics
    .filter((d) => d.level === 'warning' && d.ref !== undefined)
    .map((d) => ({ ref: d.ref as string, reason: d.message }));
  return { sourceName: doc.name, result, uncertain };
}

async function readImportSource(source: ImportSource, host: Pick<LiveWorkbook, 'readSelection'> | undefined): Promise<SourceDocument> {
  switch (source.kind) {
    case 'file':
      return readSource(source.name, source.bytes);
    case 'text':
      return readPastedText(source.text, source.name);
    case 'selection': {
      if (!host) throw new ImportError('no-table', '这里没有打开的 Excel 工作簿，无法读取选中的区域。');
      const range = await host.readSelection();
      return gridToDocument(range.values, range.firstRow, `选中的区域 ${range.sheet}!${range.address}`);
    }
  }
}

const HEADER_HINT = '应有“序号”“目标任务（或工作任务、重点任务）”“牵头单位”“责任单位”等列';

function nothingToImport(doc: SourceDocument, result: ParseResult, isSelection: boolean): ImportError {
  // The parser's reason: an unreadable table (an error) or, for a document without targets, its
  // warning that names the document.
  const why = result.diagnostics.find((d) => d.level === 'error') ?? result.diagnostics.find((d) => d.level === 'warning' && d.line === undefined);
  const detail = why ? `（${why.message}）` : '';
  if (isSelection) {
    return new ImportError('no-table', `${doc.name}中没有可识别的表头，${HEADER_HINT}；请选中包含表头行的整个表格${detail}`);
  }
  if (doc.blocks.some((b) => b.kind === 'table')) {
    return new ImportError(
      'no-table',
      `《${doc.name}》中的表格没有可识别的表头（${HEADER_HINT}），正文中也没有找到目标任务${detail}`,
    );
  }
  return new ImportError(
    'no-targets',
    `《${doc.name}》中没有找到目标任务或指标：请确认导入的是目标任务分解通知、行动方案或政府工作报告${detail}`,
  );
}

export async function writeImport(
  store: WorkbookStore,
  preview: ImportPreview,
  onProgress?: (message: string) => void,
): Promise<ImportOutcome> {
  const { tasks, indicators, qualitative } = preview.result;
  onProgress?.(`正在读取工作簿中已有的“${TASKS_SHEET}”和“${INDICATORS_SHEET}”工作表…`);
  const existing = await store.readSheets(IMPORT_SHEETS, { formulas: true });
  const find = (name: string) => existing.find((s) => s.name === name);
  // A sheet of the same name that the add-in did not write would be overwritten: refuse before
  // anything is written rather than lose what the clerk keeps there.
  for (const [name, key] of [[TASKS_SHEET, TASK_HEADERS.seq], [INDICATORS_SHEET, INDICATOR_HEADERS.id]] as const) {
    const sheet = find(name);
    if (sheet && sheet.values.some((row) => row.some((v) => cellText(v) !== '')) && !locateTable(sheet, key)) {
      throw new ImportError(
        'sheet-taken',
        `工作簿中已有“${name}”工作表，但它的前10行中没有“${key}”列，不像是本加载项写入的。为免覆盖其中的内容，没有写入任何数据：请将该工作表改名后再导入。`,
      );
    }
  }

  onProgress?.('正在与已有内容合并…');
  const livelihood = new Set(tasks.filter((t) => t.livelihood).map((t) => t.seq));
  const taskMerge = mergeSheet(tasksSheetPlan(tasks), find(TASKS_SHEET), {
    keyHeader: TASK_HEADERS.seq,
    statusHeader: TASK_HEADERS.status,
    label: (k) => `任务${k}`,
    quietHeaders: [TASK_HEADERS.line],
  });
  const indicatorMerge = mergeSheet(indicatorsSheetPlan(indicators, qualitative, livelihood), find(INDICATORS_SHEET), {
    keyHeader: INDICATOR_HEADERS.id,
    statusHeader: INDICATOR_HEADERS.status,
    label: (k) => `指标${k}`,
    quietHeaders: [INDICATOR_HEADERS.line],
  });

  await store.apply({ sheets: [taskMerge.plan, indicatorMerge.plan] }, onProgress);
  onProgress?.(`写入完成：${tasks.length}个任务，${indicators.length + qualitative.length}个指标`);
  return {
    tasks: taskMerge.counts,
    indicators: indicatorMerge.counts,
    changes: [
      ...taskMerge.changes,
      ...indicatorMerge.changes,
      ...(preview.merged ?? []).map((m) => `指标${m.kept}：同一目标另见第${m.dropped.map((d) => d.line).join('、')}行，合并为一项`),
    ],
    written: { tasks: tasks.length, indicators: indicators.length, qualitative: qualitative.length },
    planYear: preview.result.planYear ?? null,
  };
}
