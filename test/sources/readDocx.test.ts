import { Document, Paragraph, Table, TableCell, TableRow } from 'docx';
import { strToU8, zipSync } from 'fflate';
import { readDocx } from '../../src/sources/readDocx';
import { thrown } from './thrown';
import type { ParagraphBlock, TableBlock } from '../../src/domain/document';
import { autoNumberedNotice, cell, decompositionNotice, toBytes } from './docxFixtures';


describe('readDocx: a decomposition notice', () => {
  let doc: ReturnType<typeof readDocx>;
  beforeAll(async () => {
    doc = readDocx(await toBytes(decompositionNotice()), '分解通知.docx');
  });

  it('reads paragraphs and the table in body order, skipping empty paragraphs', () => {
    expect(doc.name).toBe('分解通知.docx');
    expect(doc.blocks.map((b) => b.kind)).toEqual(['paragraph', 'paragraph', 'table', 'paragraph']);
    const [title, office, , note] = doc.blocks as ParagraphBlock[];
    expect(title.text).toBe('2024年《政府工作报告》目标任务分解');
    expect(office.text).toBe('岳阳市云溪区人民政府办公室\n2024年1月29日'); // w:br
    expect(note.text).toBe('注：第2项为区级民生实事。');
  });

  it('numbers paragraphs and table rows with one running count over the body', () => {
    const [title, office, table, note] = doc.blocks;
    expect((title as ParagraphBlock).line).toBe(1);
    expect((office as ParagraphBlock).line).toBe(3); // the empty paragraph 2 counts
    expect((table as TableBlock).rowLines).toEqual([4, 5, 6, 7, 8]);
    expect((note as ParagraphBlock).line).toBe(9);
  });

  it('keeps cells in their grid columns: 责任人 spans two sub-columns, the sub-header row stays empty under merged header cells', () => {
    const table = doc.blocks[2] as TableBlock;
    expect(table.rows[0]).toEqual(['序号', '目标任务', '牵头领导', '牵头单位', '责任单位', '责任人', '']);
    expect(table.rows[1]).toEqual(['', '', '', '', '', '区政府办', '牵头单位']);
  });

  it('copies a vertically merged 牵头领导 into each data row it covers', () => {
    const table = doc.blocks[2] as TableBlock;
    expect(table.rows[2][2]).toBe('彭  伟');
    expect(table.rows[3]).toEqual(['2', '新增城镇就业5600人以上。', '彭  伟', '区人社局', '各镇', '王五', '赵六']);
    expect(table.rows[4][2]).toBe('吴  刚');
  });

  it('joins the paragraphs of a cell with line breaks and keeps formula-like text as text', () => {
    const table = doc.blocks[2] as TableBlock;
    expect(table.rows[2][1]).toBe('地区生产总值增长7.5%以上，\n规模工业增加值增长8%。');
    expect(table.rows[2][4]).toBe('区统计局\n区财政局');
    expect(table.rows[4][4]).toBe('=SUM(A1)');
  });

  it('treats rows marked "repeat as header row" as the header', async () => {
    const marked = readDocx(await toBytes(decompositionNotice({ markHeader: true })), 'a.docx');
    const table = marked.blocks[2] as TableBlock;
    expect(table.rows[1]).toEqual(['', '', '', '', '', '区政府办', '牵头单位']);
    expect(table.rows[3][2]).toBe('彭  伟');
  });
});

describe('readDocx: structures', () => {
  it('writes Word’s automatic list numbers into the text (序号 column, "一、" headings)', async () => {
    const doc = readDocx(await toBytes(autoNumberedNotice()), 'auto.docx');
    expect(doc.blocks.slice(0, 2).map((b) => (b as ParagraphBlock).text)).toEqual(['一、 主要预期目标', '二、 重点任务']);
    const table = doc.blocks[2] as TableBlock;
    expect(table.rows.map((r) => r[0])).toEqual(['序号', '1', '2', '3']);
  });

  it('pads a data cell spanning two columns and flattens a nested table into its cell', async () => {
    const nested = new Table({ rows: [new TableRow({ children: [cell('一季度'), cell('开工')] }), new TableRow({ children: [cell('四季度'), cell('竣工')] })] });
    const bytes = await toBytes(
      new Document({
        sections: [
          {
            children: [
              new Table({
                rows: [
                  new TableRow({ children: [cell('序号'), cell('目标任务'), cell('牵头单位'), cell('形象进度')] }),
                  new TableRow({ children: [cell('1'), cell('建成长岭消防救援站', { columnSpan: 2 }), new TableCell({ children: [nested] })] }),
                ],
              }),
              new Paragraph('完'),
            ],
          },
        ],
      }),
    );
    const doc = readDocx(bytes, 'n.docx');
    const table = doc.blocks[0] as TableBlock;
    expect(table.rows[1]).toEqual(['1', '建成长岭消防救援站', '', '一季度 开工\n四季度 竣工']);
    expect(table.rowLines).toEqual([1, 2]);
    expect((doc.blocks[1] as ParagraphBlock).line).toBe(3);
  });

  it('reads tab characters, skips deleted text and field codes, keeps field results (hand-written XML)', () => {
    const xml =
      '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>' +
      '<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr><w:r><w:t>甲</w:t></w:r><w:r><w:tab/><w:t>乙</w:t></w:r>' +
      '<w:del><w:r><w:delText>删掉的</w:delText></w:r></w:del><w:ins><w:r><w:t>新增的</w:t></w:r></w:ins>' +
      '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>7</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>' +
      '<w:hyperlink><w:r><w:t>链接</w:t></w:r></w:hyperlink></w:p>' +
      '<w:sdt><w:sdtPr/><w:sdtContent><w:p><w:r><w:t>内容控件</w:t></w:r></w:p></w:sdtContent></w:sdt>' +
      '</w:body></w:document>';
    const bytes = zipSync({ 'word/document.xml': strToU8(xml) });
    const doc = readDocx(bytes, 'hand.docx');
    expect(doc.blocks).toEqual([
      { kind: 'paragraph', text: '甲\t乙新增的7链接', line: 1 },
      { kind: 'paragraph', text: '内容控件', line: 2 },
    ]);
  });
});

describe('readDocx: files that are not a readable .docx', () => {
  it('rejects an old .doc (OLE) with "save as .docx"', () => {
    const ole = new Uint8Array(1024);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const e = thrown(() => readDocx(ole, '旧通知.doc'));
    expect(e.kind).toBe('old-word');
    expect(e.message).toBe('《旧通知.doc》是旧版 Word（.doc）格式，请在 Word 中“另存为” .docx 后再导入');
  });

  it('tells a password-protected .docx apart from an old .doc', () => {
    const ole = new Uint8Array(2048);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    ole.set(Array.from('EncryptedPackage').flatMap((c) => [c.charCodeAt(0), 0]), 1024);
    const e = thrown(() => readDocx(ole, '加密.docx'));
    expect(e.kind).toBe('encrypted');
    expect(e.message).toMatch(/^《加密\.docx》设置了打开密码/);
  });

  it('rejects bytes that are not a zip', () => {
    const e = thrown(() => readDocx(strToU8('这是一段文字，不是 Word 文件'), '假.docx'));
    expect(e.kind).toBe('not-zip');
    expect(e.message).toBe('《假.docx》不是有效的 .docx 文件（无法解压）');
  });

  it('rejects a truncated .docx as not unzippable', async () => {
    const bytes = await toBytes(decompositionNotice());
    const e = thrown(() => readDocx(bytes.subarray(0, bytes.length - 100), '断.docx'));
    expect(e.kind).toBe('not-zip');
  });

  it('rejects a renamed .zip without word/document.xml', () => {
    const zip = zipSync({ 'readme.txt': strToU8('hello'), 'data/a.csv': strToU8('1,2') });
    const e = thrown(() => readDocx(zip, '材料.docx'));
    expect(e.kind).toBe('not-word');
    expect(e.message).toBe('《材料.docx》不是 Word 文档：它是一个压缩包，但里面没有 Word 正文。请确认选择的是 .docx 文件。');
    expect(e.message).not.toMatch(/document\.xml/);
  });

  it('points a renamed .xlsx to Excel', () => {
    const zip = zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'xl/workbook.xml': strToU8('<workbook/>') });
    const e = thrown(() => readDocx(zip, '分解表.docx'));
    expect(e.kind).toBe('not-word');
    expect(e.message).toMatch(/^《分解表\.docx》不是 Word 文档：它是 Excel 工作簿，请在 Excel 中打开/);
  });

  it('points an .odt saved by WPS or LibreOffice to "save as .docx"', () => {
    const zip = zipSync({ mimetype: strToU8('application/vnd.oasis.opendocument.text'), 'content.xml': strToU8('<office:document-content/>') });
    expect(thrown(() => readDocx(zip, '通知.docx')).message).toBe(
      '《通知.docx》不是 Word 文档：它是 OpenDocument（WPS/LibreOffice 的 .odt）文件，请另存为 .docx 后再导入。',
    );
  });

  it('rejects a broken document.xml', () => {
    const zip = zipSync({ 'word/document.xml': strToU8('<w:document><w:body><w:p></w:body>') });
    const e = thrown(() => readDocx(zip, '坏.docx'));
    expect(e.kind).toBe('bad-xml');
    expect(e.message).toMatch(/^《坏\.docx》已损坏/);
  });

  it('refuses to unpack a document.xml larger than the limit (zip bomb)', () => {
    // A bomb declares its real size in the central directory; fflate sizes its buffer by it.
    const zip = zipSync({ 'word/document.xml': strToU8('<w:document/>') });
    const central = findSignature(zip, 0x02014b50);
    new DataView(zip.buffer, zip.byteOffset).setUint32(central + 24, 65 * 1024 * 1024, true);
    const e = thrown(() => readDocx(zip, '炸弹.docx'));
    expect(e.kind).toBe('too-large');
    expect(e.message).toMatch(/^《炸弹\.docx》解压后过大（word\/document\.xml 超过 64 MB）/);
  });
});

function findSignature(bytes: Uint8Array, signature: number): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset);
  for (let i = 0; i + 4 <= bytes.length; i++) if (view.getUint32(i, true) === signature) return i;
  throw new Error('signature not found');
}
