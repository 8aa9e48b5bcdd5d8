/**
 * .docx files shaped to exhaust a reader (issue 12): each is read within a time and memory bound,
 * or refused politely past the stated size; none ends in "JavaScript heap out of memory" or
 * "Maximum call stack size exceeded". The bounds are generous for a busy 2-core machine; the reader
 * before the streaming one took 11 s and 660 MB for 4 MB of empty paragraphs and overflowed the
 * stack on the nesting below.
 *
 * Memory is the rise of the process's peak resident size (maxRSS) during the read: the fixture is
 * built first, so its own bytes are not counted.
 */
import { strToU8, zipSync } from 'fflate';
import type { ParagraphBlock, TableBlock } from '../../src/domain/document';
import { MAX_DOCX_PART_BYTES } from '../../src/sources/docxPackage';
import { readDocx } from '../../src/sources/readDocx';
import { readSource } from '../../src/sources/readSource';
import { bodyDocx, paragraphXml } from './docxFixtures';
import { thrown } from './thrown';

const MB = 1024 * 1024;

/** Reads and measures: the document, the milliseconds and the peak memory rise in MB. */
function measured<T>(read: () => T): { value: T; ms: number; peakRiseMb: number } {
  const before = process.resourceUsage().maxRSS;
  const started = performance.now();
  const value = read();
  const ms = performance.now() - started;
  return { value, ms, peakRiseMb: (process.resourceUsage().maxRSS - before) / 1024 };
}

jest.setTimeout(120_000);

describe('a small .docx whose XML expands to 40 MB of empty paragraphs', () => {
  const empty = 7_000_000;
  let bytes: Uint8Array;
  beforeAll(() => {
    bytes = bodyDocx('<w:p/>'.repeat(empty / 2) + '<w:p></w:p>'.repeat(empty / 2) + paragraphXml('新增城镇就业5600人以上'));
  });

  it('is small on disk and reads in seconds, without gigabytes', () => {
    expect(bytes.length).toBeLessThan(200 * 1024);
    const { value, ms, peakRiseMb } = measured(() => readDocx(bytes, '空段落.docx'));
    expect(value.blocks).toEqual([{ kind: 'paragraph', text: '新增城镇就业5600人以上', line: empty + 1 }]);
    expect(ms).toBeLessThan(20_000);
    expect(peakRiseMb).toBeLessThan(400);
  });
});

describe('past the stated size it is refused, naming the file and the limit', () => {
  it(`a document.xml of ${MAX_DOCX_PART_BYTES / MB + 2} MB`, async () => {
    const bytes = bodyDocx('<w:p/>'.repeat(Math.ceil((MAX_DOCX_PART_BYTES + 2 * MB) / 6)));
    const { value: e, ms, peakRiseMb } = measured(() => thrown(() => readDocx(bytes, '过大.docx')));
    expect(e.kind).toBe('too-large');
    expect(e.message).toBe('《过大.docx》解压后过大（word/document.xml 超过 64 MB），文件可能已损坏，不是正常的 Word 文档');
    // Refused from the size the archive declares, before anything is unpacked.
    expect(ms).toBeLessThan(2_000);
    expect(peakRiseMb).toBeLessThan(100);
    await expect(readSource('过大.docx', bytes)).rejects.toThrow('超过 64 MB');
  });
});

describe('nesting and length that overflowed the stack', () => {
  it('content controls nested 100,000 deep', () => {
    const depth = 100_000;
    const bytes = bodyDocx('<w:sdt><w:sdtPr/><w:sdtContent>'.repeat(depth) + paragraphXml('地区生产总值增长7.5%以上') + '</w:sdtContent></w:sdt>'.repeat(depth));
    const { value, ms, peakRiseMb } = measured(() => readDocx(bytes, '内容控件.docx'));
    expect(value.blocks).toEqual([{ kind: 'paragraph', text: '地区生产总值增长7.5%以上', line: 1 }]);
    expect(ms).toBeLessThan(10_000);
    expect(peakRiseMb).toBeLessThan(300);
  });

  it('tables nested 20,000 deep: the innermost text lands in the outer cell', () => {
    const depth = 20_000;
    const bytes = bodyDocx('<w:tbl><w:tr><w:tc>'.repeat(depth) + paragraphXml('完成云溪小学改扩建') + '</w:tc></w:tr></w:tbl>'.repeat(depth));
    const { value, ms, peakRiseMb } = measured(() => readDocx(bytes, '嵌套表格.docx'));
    expect(value.blocks).toEqual([{ kind: 'table', rows: [['完成云溪小学改扩建']], rowLines: [1] }]);
    expect(ms).toBeLessThan(10_000);
    expect(peakRiseMb).toBeLessThan(300);
  });

  it('a table of 150,000 rows', () => {
    const rows = 150_000;
    const body = [];
    for (let i = 1; i <= rows; i++) body.push(`<w:tr><w:tc>${paragraphXml(String(i))}</w:tc><w:tc>${paragraphXml('新开工项目40个以上')}</w:tc></w:tr>`);
    const bytes = bodyDocx(`${paragraphXml('目标任务分解')}<w:tbl>${body.join('')}</w:tbl>`);
    const { value, ms, peakRiseMb } = measured(() => readDocx(bytes, '长表.docx'));
    const table = value.blocks[1] as TableBlock;
    expect((value.blocks[0] as ParagraphBlock).text).toBe('目标任务分解');
    expect(table.rows).toHaveLength(rows);
    expect(table.rows[rows - 1]).toEqual([String(rows), '新开工项目40个以上']);
    expect(table.rowLines[rows - 1]).toBe(rows + 1);
    expect(ms).toBeLessThan(15_000);
    expect(peakRiseMb).toBeLessThan(400);
  });

  it('a cell claiming to span a billion columns is not padded with a billion cells', () => {
    const bytes = bodyDocx(`<w:tbl><w:tr><w:tc><w:tcPr><w:gridSpan w:val="1000000000"/></w:tcPr>${paragraphXml('甲')}</w:tc><w:tc>${paragraphXml('乙')}</w:tc></w:tr></w:tbl>`);
    const row = (readDocx(bytes, '跨列.docx').blocks[0] as TableBlock).rows[0];
    expect(row[0]).toBe('甲');
    expect(row[row.length - 1]).toBe('乙');
    expect(row.length).toBeLessThanOrEqual(65);
  });
});

describe('XML a Word file never holds', () => {
  it('refuses a DOCTYPE (entity expansion) as a damaged file, in Chinese', () => {
    const laughs = '<!DOCTYPE w:document [<!ENTITY a "哈哈哈哈哈哈哈哈哈哈"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>';
    const xml = `<?xml version="1.0"?>${laughs}<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&b;</w:t></w:r></w:p></w:body></w:document>`;
    const e = thrown(() => readDocx(zipSync({ 'word/document.xml': strToU8(xml) }), '实体.docx'));
    expect(e.kind).toBe('bad-xml');
    expect(e.message).toBe('《实体.docx》已损坏（word/document.xml 不是完整的 XML），请在 Word 中打开后重新保存');
  });
});

describe('a numbering part with damaged values', () => {
  const numbering = (ilvl: string, start: string, format: string) =>
    '<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:abstractNum w:abstractNumId="1">' +
    `<w:lvl w:ilvl="${ilvl}"><w:start w:val="${start}"/><w:numFmt w:val="${format}"/><w:lvlText w:val="%1."/></w:lvl>` +
    '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num></w:numbering>';
  const docx = (ilvl: string, numberingXml: string) =>
    zipSync({
      'word/document.xml': strToU8(
        `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:pPr><w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>任务</w:t></w:r></w:p></w:body></w:document>`,
      ),
      'word/numbering.xml': strToU8(numberingXml),
    });

  it.each([
    ['a list level of 2,000,000,000 (a counter array that long exhausts memory)', '2000000000', '1', 'decimal', '任务'],
    ['a start of 2,000,000,000 in roman numerals (two million "M")', '0', '2000000000', 'upperRoman', '2000000000. 任务'],
    ['a start of 2,000,000,000 in letters (77 million "a")', '0', '2000000000', 'lowerLetter', '2000000000. 任务'],
  ])('%s reads at once', (_, ilvl, start, format, text) => {
    const { value, ms } = measured(() => readDocx(docx(ilvl, numbering(ilvl, start, format)), '编号.docx'));
    expect(value.blocks).toEqual([{ kind: 'paragraph', text, line: 1 }]);
    expect(ms).toBeLessThan(1_000);
  });
});
