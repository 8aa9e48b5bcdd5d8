/**
 * The bad-input corpus through the whole import (previewImport + writeImport over the in-memory
 * workbook): every input ends in a clear Chinese message naming the source, or in a correct
 * result; never a crash (TypeError…) and never a hang (each input has a time bound).
 */
import { previewImport, writeImport } from '../../src/app/importTargets';
import type { ImportOutcome, ImportPreview, ImportSource } from '../../src/app/importTypes';
import { createMemoryWorkbook, type MemoryWorkbook } from '../support/memoryWorkbook';
import type { CellValue } from '../../src/workbook/plan';
import {
  DECOMPOSITION_HEADERS,
  SHUFFLED_HEADERS,
  SMALL_TABLE,
  binaryJunk,
  concatBytes,
  docxTable,
  encodeGbk,
  headerlessTsv,
  oleDoc,
  renamedZip,
  seed002Text,
  syntheticDecomposition,
  tsv,
  unknownHeaderTsv,
  type Row,
} from './inputs';

type Ended =
  | { ok: true; preview: ImportPreview; outcome: ImportOutcome; port: MemoryWorkbook; ms: number }
  | { ok: false; error: Error; ms: number };

const utf8 = (s: string) => new TextEncoder().encode(s);
const file = (name: string, bytes: Uint8Array): ImportSource => ({ kind: 'file', name, bytes });
const text = (t: string): ImportSource => ({ kind: 'text', text: t });

/** The import as the task pane runs it; an error is a result here, judged by the test. */
async function importOf(source: ImportSource, boundMs = 10_000): Promise<Ended> {
  const port = createMemoryWorkbook();
  const started = Date.now();
  let ended: Ended;
  try {
    const preview = await previewImport(source, port);
    const outcome = await writeImport(port, preview);
    ended = { ok: true, preview, outcome, port, ms: Date.now() - started };
  } catch (error) {
    ended = { ok: false, error: error as Error, ms: Date.now() - started };
  }
  // Bounded: generous for a busy 2-core machine, far below what a clerk would call a hang.
  expect(ended.ms).toBeLessThan(boundMs);
  return ended;
}

/** A message for the clerk: a known error type, Chinese, naming the source, no developer words. */
function expectClearMessage(ended: Ended, sourceName: string): string {
  if (ended.ok) throw new Error(`expected a message, but ${sourceName} imported ${ended.preview.result.tasks.length} tasks`);
  expect(['SourceError', 'ImportError']).toContain(ended.error.name);
  expect(ended.error.message.match(/[\u4e00-\u9fff]/g)?.length ?? 0).toBeGreaterThanOrEqual(6);
  expect(ended.error.message).toContain(sourceName);
  expect(ended.error.message).not.toMatch(/\b(undefined|null|NaN|TypeError|Error)\b|\[object /);
  return ended.error.message;
}

function expectImported(ended: Ended): asserts ended is Extract<Ended, { ok: true }> {
  if (!ended.ok) throw new Error(`expected an import, got ${ended.error.name}: ${ended.error.message}`);
}

function rowsOf(port: MemoryWorkbook, sheet: string): Record<string, CellValue>[] {
  const [header, ...rows] = port.values(sheet);
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [String(h), r[i] ?? null])));
}

function formulasIn(port: MemoryWorkbook): string[] {
  const out: string[] = [];
  for (const name of port.sheetNames()) {
    for (const [at, cell] of port.sheet(name)?.cells ?? []) if (cell.formula) out.push(`${name}!${at} ${cell.formula}`);
  }
  return out;
}

describe('empty and unreadable sources end in a clear message', () => {
  test.each([
    ['an empty file', '空文件.txt', new Uint8Array(0)],
    ['whitespace only', '空白.txt', utf8(' \r\n\t\u3000\n  \n')],
    ['binary junk named .txt', '通知.txt', binaryJunk()],
    ['binary junk named .docx', '通知.docx', binaryJunk(8192, 3)],
    ['a .zip renamed .docx', '分解.docx', renamedZip()],
    ['an old Word .doc', '分解.doc', oleDoc()],
    ['an old Word .doc renamed .docx', '分解2.docx', oleDoc()],
    ['a PDF', '报告.pdf', utf8('%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n')],
  ])('%s', async (_label, name, bytes) => {
    expectClearMessage(await importOf(file(name, bytes)), name);
  });

  test('empty and whitespace-only pasted text', async () => {
    expectClearMessage(await importOf(text('')), '粘贴的文本');
    expectClearMessage(await importOf(text(' \n\t\u3000\r\n')), '粘贴的文本');
  });

  test('a file over the size limit is refused at once, not parsed', async () => {
    const huge = new Uint8Array(25 * 1024 * 1024).fill(0x41);
    const message = expectClearMessage(await importOf(file('巨大.txt', huge), 2_000), '巨大.txt');
    expect(message).toContain('MB');
  });
});

describe('tables', () => {
  const expectSmallTable = (ended: Ended) => {
    expectImported(ended);
    const tasks = rowsOf(ended.port, '目标任务');
    expect(tasks.map((t) => [t['序号'], t['目标任务'], t['牵头领导'], t['牵头单位']])).toEqual(
      SMALL_TABLE.map((r) => [r.seq, r.task, r.leader, r.lead]),
    );
    expect(String(tasks[0]['责任单位'])).toContain('区统计局');
    const indicators = rowsOf(ended.port, '指标');
    expect(indicators.find((i) => i['指标名称'] === '地区生产总值')).toMatchObject({ 任务序号: '1', 目标值: 7.5, 单位: '%' });
    expect(indicators.find((i) => i['指标名称'] === '新增城镇就业')).toMatchObject({ 任务序号: '2', 目标值: 5600, 单位: '人' });
  };

  test('shuffled headers (pasted from Excel) still import each column by its header', async () => {
    expectSmallTable(await importOf(text(tsv(SMALL_TABLE, SHUFFLED_HEADERS))));
  });

  test('shuffled headers in a Word table still import each column by its header', async () => {
    expectSmallTable(await importOf(file('打乱表头.docx', await docxTable(SMALL_TABLE, SHUFFLED_HEADERS))));
  });

  test('a table without its header row: a message that names the headers it needs', async () => {
    expect(expectClearMessage(await importOf(text(headerlessTsv())), '粘贴的文本')).toContain('序号');
    const docx = await docxTable(SMALL_TABLE, DECOMPOSITION_HEADERS, false);
    expect(expectClearMessage(await importOf(file('无表头.docx', docx)), '无表头.docx')).toContain('表头');
  });

  test('a table whose header words are unknown: a message that names the headers it needs', async () => {
    expect(expectClearMessage(await importOf(text(unknownHeaderTsv())), '粘贴的文本')).toContain('目标任务');
  });
});

describe('encodings', () => {
  const decomposition = syntheticDecomposition(1);

  test('GBK text imports the same as UTF-8', async () => {
    const fromUtf8 = await importOf(file('分解-utf8.txt', utf8(decomposition)));
    const fromGbk = await importOf(file('分解-gbk.txt', encodeGbk(decomposition)));
    expectImported(fromUtf8);
    expectImported(fromGbk);
    expect(fromGbk.preview.result.tasks).toHaveLength(80);
    expect(fromGbk.port.values('目标任务')).toEqual(fromUtf8.port.values('目标任务'));
    expect(fromGbk.port.values('指标')).toEqual(fromUtf8.port.values('指标'));
  });

  test('half UTF-8, half GBK: a clear message or both halves read right, never mojibake', async () => {
    const cut = decomposition.lastIndexOf('\n\n\t41\n');
    expect(cut).toBeGreaterThan(0);
    const mixed = concatBytes(utf8(decomposition.slice(0, cut)), encodeGbk(decomposition.slice(cut)));
    const ended = await importOf(file('混合编码.txt', mixed));
    if (!ended.ok) {
      expectClearMessage(ended, '混合编码.txt');
      return;
    }
    // If it imports, it imports correctly: the same tasks as the clean file.
    const clean = await importOf(file('分解.txt', utf8(decomposition)));
    expectImported(clean);
    expect(ended.port.values('目标任务')).toEqual(clean.port.values('目标任务'));
  });
});

describe('figures', () => {
  const report = (sentence: string) => text(`2024年政府工作报告\n\n今年经济社会发展的主要预期目标是：${sentence}。\n`);

  test('full-width digits and percent sign: “增长７.５％以上” is 7.5 %', async () => {
    const ended = await importOf(report('地区生产总值增长７.５％以上，新增城镇就业５６００人以上'));
    expectImported(ended);
    const indicators = rowsOf(ended.port, '指标');
    expect(indicators.find((i) => i['指标名称'] === '地区生产总值')).toMatchObject({ 目标值: 7.5, 单位: '%', 比较: '以上' });
    expect(indicators.find((i) => i['指标名称'] === '新增城镇就业')).toMatchObject({ 目标值: 5600, 单位: '人' });
  });

  test('a target of 0 is kept as the number 0, not an empty cell', async () => {
    const ended = await importOf(report('新增隐性债务控制在0亿元'));
    expectImported(ended);
    const [row] = rowsOf(ended.port, '指标').filter((i) => i['指标名称'] === '新增隐性债务');
    expect(row).toMatchObject({ 目标值: 0, 单位: '亿元', 比较: '以内' });
  });

  // A minus sign belongs to the figure, not to the name (it once came out as "人口自然增长率控制在-" with
  // a positive target).
  test('a negative target keeps its sign (人口自然增长率控制在-1‰以内 is -1, 增长-2% is -2)', async () => {
    const ended = await importOf(report('人口自然增长率控制在-1‰以内，商品房库存增长-2%左右'));
    expectImported(ended);
    const indicators = rowsOf(ended.port, '指标');
    expect(indicators.find((i) => i['指标名称'] === '人口自然增长率')).toMatchObject({ 目标值: -1, 单位: '‰', 比较: '以内' });
    expect(indicators.find((i) => i['指标名称'] === '商品房库存')).toMatchObject({ 目标值: -2, 单位: '%', 类型: '增长' });
  });
});

describe('formula injection: document text starting with = + - @ lands as text in every sheet', () => {
  const rows: Row[] = [
    { seq: '1', task: '=HYPERLINK("http://198.51.100.1","点此")地区生产总值增长7.5%以上', leader: '+彭伟', lead: '-区发改局', units: '@区统计局' },
    { seq: '2', task: '+新增城镇就业5600人以上', leader: '=1+1', lead: '@SUM(A1)', units: '-区财政局' },
    { seq: '3', task: '-完成云溪小学改扩建', leader: '@吴刚', lead: '=A1', units: '+区住建局' },
    { seq: '4', task: '@引进项目10个以上', leader: '-1', lead: '+1', units: '=区商务局' },
  ];

  const expectAllText = (ended: Ended) => {
    expectImported(ended);
    expect(formulasIn(ended.port)).toEqual([]);
    const tasks = rowsOf(ended.port, '目标任务');
    expect(tasks.map((t) => [t['目标任务'], t['牵头领导'], t['牵头单位']])).toEqual(rows.map((r) => [r.task, r.leader, r.lead]));
    // Every text cell of 指标 that came from the document is text, as written.
    for (const ind of rowsOf(ended.port, '指标')) {
      for (const v of Object.values(ind)) if (typeof v === 'string') expect(v).not.toMatch(/^'/);
    }
  };

  test('pasted from Excel', async () => {
    expectAllText(await importOf(text(tsv(rows))));
  });

  test('in a Word table', async () => {
    expectAllText(await importOf(file('注入.docx', await docxTable(rows))));
  });
});

describe('size', () => {
  test('10 MB of text imports in bounded time (repeated seed 002)', async () => {
    const seed = seed002Text();
    const big = seed.repeat(Math.ceil((10 * 1024 * 1024) / utf8(seed).length));
    const ended = await importOf(file('十兆.txt', utf8(big)), 240_000);
    // Repeated 序号 are the clerk's to sort out; what matters here is a result or a message, in time.
    if (ended.ok) expect(ended.preview.result.tasks.length).toBeGreaterThanOrEqual(80);
    else expectClearMessage(ended, '十兆.txt');
  }, 300_000);
});
