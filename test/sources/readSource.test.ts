import { readFileSync } from 'fs';
import { join } from 'path';
import * as iconv from 'iconv-lite';
import { strToU8, zipSync } from 'fflate';
import { MAX_SOURCE_BYTES, readPastedText, readSource } from '../../src/sources/readSource';
import { SourceError } from '../../src/sources/errors';
import { textToDocument } from '../../src/domain/text/textToDocument';
import type { TableBlock } from '../../src/domain/document';
import { decompositionNotice, toBytes } from './docxFixtures';

const SEED_002 = '002_6ca40ee2ecc3ed1b.txt';
const seedText = (name: string) => readFileSync(join(__dirname, '../../seeds', name), 'utf8');

async function rejection(promise: Promise<unknown>): Promise<SourceError> {
  try {
    await promise;
  } catch (e) {
    if (e instanceof SourceError) return e;
    throw e;
  }
  throw new Error('expected a SourceError');
}

describe('readSource: files by their content', () => {
  it('reads a seed .txt through the domain text reader, the same in UTF-8 and GBK', async () => {
    const text = seedText(SEED_002);
    const utf8 = await readSource(SEED_002, new Uint8Array(Buffer.from(text, 'utf8')));
    expect(utf8).toEqual(textToDocument(text, SEED_002));
    expect(utf8.blocks.some((b) => b.kind === 'table')).toBe(true);
    const gbk = await readSource(SEED_002, new Uint8Array(iconv.encode(text, 'gbk')));
    expect(gbk).toEqual(utf8);
  });

  it('reads a .docx, also when it was renamed .txt', async () => {
    const bytes = await toBytes(decompositionNotice());
    const doc = await readSource('分解通知.docx', bytes);
    expect(doc.blocks.map((b) => b.kind)).toEqual(['paragraph', 'paragraph', 'table', 'paragraph']);
    expect((await readSource('分解通知.txt', bytes)).blocks).toEqual(doc.blocks);
  });

  it('reads a GBK .tsv copied from Excel as one table with its lines', async () => {
    const tsv = '序号\t目标任务\t责任单位\r\n1\t新增城镇就业5600人以上\t"区人社局\n各镇"\r\n2\t完成云溪小学改扩建\t区教育局\r\n';
    const doc = await readSource('分解.tsv', new Uint8Array(iconv.encode(tsv, 'gbk')));
    expect(doc.blocks).toEqual([
      {
        kind: 'table',
        rows: [
          ['序号', '目标任务', '责任单位'],
          ['1', '新增城镇就业5600人以上', '区人社局\n各镇'],
          ['2', '完成云溪小学改扩建', '区教育局'],
        ],
        rowLines: [1, 2, 4],
      },
    ]);
  });

  it.each([
    ['分解表.xlsx', 'use-excel', '《分解表.xlsx》是 Excel 工作簿：请在 Excel 中打开该文件，选中表格后使用“使用选中区域”'],
    ['分解表.xls', 'use-excel', '《分解表.xls》是 Excel 工作簿：请在 Excel 中打开该文件，选中表格后使用“使用选中区域”'],
    ['通知.doc', 'old-word', '《通知.doc》是旧版 Word（.doc）格式，请在 Word 中“另存为” .docx 后再导入'],
  ])('rejects %s by its name with what to do instead', async (name, kind, message) => {
    const e = await rejection(readSource(name, strToU8('<html><body>目标任务</body></html>')));
    expect([e.kind, e.message]).toEqual([kind, message]);
  });

  it('rejects an OLE .doc renamed .txt by its magic bytes', async () => {
    const ole = new Uint8Array(512);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect((await rejection(readSource('通知.txt', ole))).kind).toBe('old-word');
  });

  it('rejects a zip renamed .txt as not a Word document', async () => {
    const e = await rejection(readSource('材料.txt', zipSync({ 'a.txt': strToU8('hello') })));
    expect(e.message).toBe('《材料.txt》不是 Word 文档：它是一个压缩包，但里面没有 Word 正文。请确认选择的是 .docx 文件。');
  });

  it('rejects PDF and RTF with what to do instead', async () => {
    expect((await rejection(readSource('通知.pdf', strToU8('%PDF-1.7\n目标')))).message).toMatch(/^《通知\.pdf》是 PDF 文件/);
    expect((await rejection(readSource('通知.txt', strToU8('{\\rtf1\\ansi 目标}')))).message).toMatch(/^《通知\.txt》是 RTF 格式/);
  });

  it('rejects an empty file and a binary file', async () => {
    expect((await rejection(readSource('空.txt', new Uint8Array(0)))).kind).toBe('empty');
    expect((await rejection(readSource('a.txt', new Uint8Array([1, 0, 2, 0, 0, 0, 3, 4, 5, 0])))).kind).toBe('not-text');
  });

  it('rejects a file over 20 MB before reading it', async () => {
    const e = await rejection(readSource('大.txt', new Uint8Array(MAX_SOURCE_BYTES + 1)));
    expect(e.kind).toBe('too-large');
    expect(e.message).toBe('《大.txt》太大（20.0 MB，超过 20 MB），请只导入目标任务分解通知或工作报告本身');
  });
});

describe('readPastedText', () => {
  it('reads a range pasted from Excel as one table', () => {
    const doc = readPastedText('序号\t目标任务\n1\t"地区生产总值\n增长7.5%"\n');
    expect(doc.name).toBe('粘贴的文本');
    expect(doc.blocks).toHaveLength(1);
    const table = doc.blocks[0] as TableBlock;
    expect(table.rows[1]).toEqual(['1', '地区生产总值\n增长7.5%']);
  });

  it('keeps a TSV row whose first cell is empty in the table (Excel copies empty cells as nothing)', () => {
    const doc = readPastedText('序号\t目标任务\t牵头领导\n1\t任务一\t彭伟\n\t续上一行\t\n2\t任务二\t吴刚\n');
    expect((doc.blocks[0] as TableBlock).rows).toEqual([
      ['序号', '目标任务', '牵头领导'],
      ['1', '任务一', '彭伟'],
      ['', '续上一行', ''],
      ['2', '任务二', '吴刚'],
    ]);
  });

  it('keeps a title and the note of a table copied from Word as paragraphs around the table', () => {
    // Rows 3 and 4 share one 牵头领导 (an empty first cell, as Excel copies a merged cell).
    const text = [
      '目标任务分解表',
      '序号\t目标任务\t牵头领导',
      '1\t新增城镇就业5600人以上\t彭伟',
      '\t实际到位资金39亿元\t',
      '2\t"完成云溪小学改扩建\n（续建）"\t吴刚',
      '',
      '注：第2项为区级民生实事。',
      '',
    ].join('\n');
    const doc = readPastedText(text);
    expect(doc.blocks).toEqual([
      { kind: 'paragraph', text: '目标任务分解表', line: 1 },
      {
        kind: 'table',
        rows: [
          ['序号', '目标任务', '牵头领导'],
          ['1', '新增城镇就业5600人以上', '彭伟'],
          ['', '实际到位资金39亿元', ''],
          ['2', '完成云溪小学改扩建\n（续建）', '吴刚'],
        ],
        rowLines: [2, 3, 4, 5],
      },
      { kind: 'paragraph', text: '注：第2项为区级民生实事。', line: 8 },
    ]);
  });

  it('reads pasted report text (and the cell-per-line layout) through the domain text reader', () => {
    const text = seedText(SEED_002).split('\n').slice(740, 1430).join('\r\n');
    expect(readPastedText(text, '粘贴')).toEqual(textToDocument(text.replace(/\r\n/g, '\n'), '粘贴'));
  });

  it('rejects an empty paste', () => {
    expect(() => readPastedText('  \n\t\n')).toThrow('《粘贴的文本》是空的，没有可导入的文字');
  });
});
