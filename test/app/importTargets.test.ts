import { readFileSync } from 'fs';
import { join } from 'path';
import { IMPORT_SHEETS, ImportError, previewImport, writeImport } from '../../src/app/importTargets';
import type { ImportPreview } from '../../src/app/importTypes';
import { createMemoryWorkbook } from '../support/memoryWorkbook';
import { WorkbookError } from '../../src/app/port';
import { SourceError } from '../../src/sources/errors';
import { readIndicators } from '../../src/workbook/readIndicators';
import { readTasks } from '../../src/workbook/readTasks';
import { sampleResult, task } from '../workbook/sampleResult';

const seed002 = readFileSync(join(__dirname, '../../seeds/002_6ca40ee2ecc3ed1b.txt'));
const preview = (over: Partial<ImportPreview> = {}): ImportPreview => ({ sourceName: '测试', result: sampleResult(), uncertain: [], ...over });

describe('writeImport (ParseResult fixture)', () => {
  it('writes both sheets in one read and one apply, and says what it did', async () => {
    const wb = createMemoryWorkbook();
    const progress: string[] = [];
    const outcome = await writeImport(wb, preview(), (m) => progress.push(m));
    expect(IMPORT_SHEETS).toEqual(['目标任务', '指标']);
    expect(wb.calls.map((c) => c.op)).toEqual(['readSheets', 'apply']);
    expect(outcome.tasks).toEqual({ added: 3, updated: 0, unchanged: 0, kept: 0, removed: 0 });
    expect(outcome.indicators).toEqual({ added: 3, updated: 0, unchanged: 0, kept: 0, removed: 0 });
    expect(progress[0]).toContain('正在读取');
    expect(progress).toContain('正在写入“指标”工作表，共3行…');
    expect(progress[progress.length - 1]).toBe('写入完成：3个任务，3个指标');
    expect(readTasks({ name: '目标任务', values: wb.values('目标任务') }).tasks).toEqual(sampleResult().tasks);
  });

  it('keeps task text that starts with = + - @ as text', async () => {
    const wb = createMemoryWorkbook();
    const texts = ['=1+1', '+新增', '-3%', '@区政府'];
    await writeImport(wb, preview({ result: { ...sampleResult(), tasks: texts.map((text, i) => task(String(i + 1), { text })) } }));
    expect(wb.values('目标任务').slice(1).map((r) => r[1])).toEqual(texts);
    expect(texts.map((_, i) => wb.cell('目标任务', `B${i + 2}`)!.formula)).toEqual([undefined, undefined, undefined, undefined]);
  });

  it('re-import: keeps the clerk’s figure and note, reports the corrected unit, marks the vanished row', async () => {
    const wb = createMemoryWorkbook();
    await writeImport(wb, preview());
    // The clerk adds a figure column to 指标 (M) and a note to 目标任务 (K).
    wb.setCell('指标', 'M1', '6月累计');
    wb.setCell('指标', 'M2', 3.9);
    wb.setCell('目标任务', 'K1', '督办意见');
    wb.setCell('目标任务', 'K2', '=I2*2');
    // Typed with a leading apostrophe, as a clerk must in Excel to keep "=…" as text.
    wb.setCell('目标任务', 'K3', "'=见附件");
    const r = sampleResult();
    const corrected = {
      ...r,
      tasks: r.tasks,
      indicators: [r.indicators[1]].map((i) => ({ ...i, unit: '万人', target: 0.56 })),
    };
    const outcome = await writeImport(wb, preview({ result: corrected }));
    expect(outcome.indicators).toEqual({ added: 0, updated: 1, unchanged: 1, kept: 1, removed: 0 });
    expect(outcome.tasks).toEqual({ added: 0, updated: 0, unchanged: 3, kept: 0, removed: 0 });
    expect(outcome.changes).toContain('指标2-1：单位由“人”改为“万人”');
    expect(outcome.changes).toContain('指标1-1：新通知中已无此项，因有另加的数据而保留');
    const ind = wb.values('指标');
    expect(ind[0][12]).toBe('6月累计');
    const kept = ind.find((row) => row[0] === '1-1')!;
    expect([kept[11], kept[12]]).toEqual(['新通知中已无此项', 3.9]);
    expect(wb.values('目标任务')[2][10]).toBe('=见附件');
    expect(wb.cell('目标任务', 'K3')!.formula).toBeUndefined();
    expect(wb.cell('目标任务', 'K2')!.formula).toBe('=I2*2');
  });

  it('refuses to overwrite a sheet named 指标 that the add-in did not write, and writes nothing', async () => {
    const wb = createMemoryWorkbook({ sheets: [{ name: '指标', values: [['地区', '1月'], ['云溪', 12]] }] });
    const error = await writeImport(wb, preview()).catch((e) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect(error.kind).toBe('sheet-taken');
    expect(error.message).toContain('工作簿中已有“指标”工作表');
    expect(wb.values('指标')).toEqual([['地区', '1月'], ['云溪', 12]]);
    expect(wb.calls.map((c) => c.op)).toEqual(['readSheets']);
  });

  it('passes a write failure on as the port’s WorkbookError', async () => {
    const wb = createMemoryWorkbook();
    wb.failNext({ op: 'apply', afterSheets: 0, reason: '工作簿受保护' });
    const error = await writeImport(wb, preview()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookError);
    expect((error as WorkbookError).failure).toEqual({ code: 'write-failed', written: [], partial: '目标任务', notStarted: ['指标'], reason: { text: '工作簿受保护' } });
    expect((error as WorkbookError).message).toBe('写入失败：没有写完任何工作表，“目标任务”工作表未写完（可能只写入了一部分），“指标”工作表未写入。原因：工作簿受保护');
  });
});

describe('previewImport', () => {
  it('rejects empty pasted text with the source error', async () => {
    await expect(previewImport({ kind: 'text', text: '  \n' }, createMemoryWorkbook())).rejects.toBeInstanceOf(SourceError);
  });

  it('says a text without targets holds none', async () => {
    const error = await previewImport({ kind: 'text', text: '关于召开会议的通知\n请各单位准时参加。', name: '会议通知.txt' }, createMemoryWorkbook()).catch((e) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect(error.kind).toBe('no-targets');
    expect(error.message).toContain('《会议通知.txt》中没有找到目标任务或指标');
  });

  it('says a selected range without a recognisable header cannot be imported, naming the range', async () => {
    const wb = createMemoryWorkbook({ sheets: [{ name: 'Sheet1', values: [['姓名', '电话'], ['张三', '123']] }] });
    wb.setSelection('Sheet1', 'A1:B2');
    const error = await previewImport({ kind: 'selection' }, wb).catch((e) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect(error.kind).toBe('no-table');
    expect(error.message).toContain('选中的区域 Sheet1!A1:B2');
  });

  it('reads a decomposition table selected in the sheet, rows numbered as in the sheet', async () => {
    const wb = createMemoryWorkbook({
      sheets: [
        {
          name: 'Sheet1',
          values: [[], [], ['序号', '目标任务', '牵头领导', '牵头单位', '责任单位'], ['1', '新增城镇就业5600人以上', '彭  伟', '区人社局', '区人社局、区财政局']],
        },
      ],
    });
    wb.setSelection('Sheet1', 'A3:E4');
    const p = await previewImport({ kind: 'selection' }, wb);
    expect(p.sourceName).toBe('选中的区域 Sheet1!A3:E4');
    expect(p.result.tasks).toHaveLength(1);
    expect(p.result.tasks[0]).toMatchObject({ seq: '1', leadLeader: '彭伟', line: 4 });
  });
});

describe('seed 002 end to end through the memory port', () => {
  it('imports 80 tasks and their indicators; importing again changes nothing and keeps the clerk’s figures', async () => {
    const wb = createMemoryWorkbook();
    const p = await previewImport({ kind: 'file', name: '002_6ca40ee2ecc3ed1b.txt', bytes: new Uint8Array(seed002) }, wb);
    expect(p.result.tasks).toHaveLength(80);
    const flagged = p.result.diagnostics.filter((d) => d.level === 'warning' && d.ref);
    expect(p.uncertain).toEqual(flagged.map((d) => ({ ref: d.ref, reason: d.message })));
    const first = await writeImport(wb, p);
    expect(first.tasks.added).toBe(80);
    const read = readIndicators({ name: '指标', values: wb.values('指标') });
    expect(read.findings).toEqual([]);
    expect(read.indicators).toEqual(p.result.indicators);
    expect(read.qualitative).toHaveLength(p.result.qualitative.length);
    const tasks = readTasks({ name: '目标任务', values: wb.values('目标任务') }).tasks;
    expect(tasks.filter((t) => t.livelihood).map((t) => t.seq)).toEqual(['48', '49', '57', '58', '67', '80']);

    wb.setCell('指标', 'M1', '1-6月累计');
    wb.setCell('指标', 'M2', 4.1);
    const again = await previewImport({ kind: 'file', name: '002_6ca40ee2ecc3ed1b.txt', bytes: new Uint8Array(seed002) }, wb);
    const second = await writeImport(wb, again);
    expect(second.tasks).toEqual({ added: 0, updated: 0, unchanged: 80, kept: 0, removed: 0 });
    expect(second.indicators.unchanged).toBe(p.result.indicators.length + p.result.qualitative.length);
    expect(second.changes).toEqual([]);
    expect(wb.values('指标')[1][12]).toBe(4.1);
    expect(wb.calls.map((c) => c.op).slice(-2)).toEqual(['readSheets', 'apply']);
  });
});

test('a target kept once of several statements is one row, and the outcome says where the others were', async () => {
  const wb = createMemoryWorkbook();
  const outcome = await writeImport(wb, preview({ merged: [{ kept: '1-1', dropped: [{ id: 'L1471-1', line: 1471 }, { id: 'L1636-1', line: 1636 }] }] }));
  expect(outcome.changes).toContain('指标1-1：同一目标另见第1471、1636行，合并为一项');
  expect(wb.values('指标').filter((r) => r[0] === '1-1')).toHaveLength(1);
});
