/**
 * .docx files built the way Word lays out a 目标任务分解 notice, for the reader tests. Built with the
 * `docx` package so the XML is what a real generator writes (vMerge continuation cells, gridSpan).
 */
import { AlignmentType, Document, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { strToU8, zipSync } from 'fflate';

type CellOptions = { rowSpan?: number; columnSpan?: number };

export function cell(text: string | string[], options: CellOptions = {}): TableCell {
  const texts = Array.isArray(text) ? text : [text];
  return new TableCell({ children: texts.map((t) => new Paragraph(t)), ...options });
}

export async function toBytes(doc: Document): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toBuffer(doc));
}

/**
 * Body: title, subtitle, the table (2 header rows + 3 data rows), the note.
 * Row 1 (data): 彭  伟 as 牵头领导, merged down over rows 1 and 2; its task cell has two paragraphs.
 * Row 3: 责任单位 holds "=SUM(A1)", which must stay text.
 */
export function decompositionNotice(options: { markHeader?: boolean } = {}): Document {
  const header = options.markHeader ?? false;
  const table = new Table({
    rows: [
      new TableRow({
        tableHeader: header,
        children: [
          cell('序号', { rowSpan: 2 }),
          cell('目标任务', { rowSpan: 2 }),
          cell('牵头领导', { rowSpan: 2 }),
          cell('牵头单位', { rowSpan: 2 }),
          cell('责任单位', { rowSpan: 2 }),
          cell('责任人', { columnSpan: 2 }),
        ],
      }),
      new TableRow({ tableHeader: header, children: [cell('区政府办'), cell('牵头单位')] }),
      new TableRow({
        children: [
          cell('1'),
          cell(['地区生产总值增长7.5%以上，', '规模工业增加值增长8%。']),
          cell('彭  伟', { rowSpan: 2 }),
          cell('区发改局'),
          cell(['区统计局', '区财政局']),
          cell('张三'),
          cell('李四'),
        ],
      }),
      new TableRow({
        children: [cell('2'), cell('新增城镇就业5600人以上。'), cell('区人社局'), cell('各镇'), cell('王五'), cell('赵六')],
      }),
      new TableRow({
        children: [cell('3'), cell('完成云溪小学改扩建。'), cell('吴  刚'), cell('区教育局'), cell('=SUM(A1)'), cell('钱七'), cell('孙八')],
      }),
    ],
  });
  return new Document({
    sections: [
      {
        children: [
          new Paragraph('2024年《政府工作报告》目标任务分解'),
          new Paragraph(''),
          new Paragraph({ children: [new TextRun('岳阳市云溪区人民政府办公室'), new TextRun({ text: '2024年1月29日', break: 1 })] }),
          table,
          new Paragraph('注：第2项为区级民生实事。'),
        ],
      },
    ],
  });
}

/** A table whose 序号 column is numbered by Word (automatic list numbers), and a heading "一、". */
export function autoNumberedNotice(): Document {
  const numbered = (reference: string) => new TableCell({ children: [new Paragraph({ numbering: { reference, level: 0 } })] });
  return new Document({
    numbering: {
      config: [
        { reference: 'seq', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1', alignment: AlignmentType.LEFT }] },
        { reference: 'heading', levels: [{ level: 0, format: LevelFormat.CHINESE_COUNTING, text: '%1、', alignment: AlignmentType.LEFT }] },
      ],
    },
    sections: [
      {
        children: [
          new Paragraph({ children: [new TextRun('主要预期目标')], numbering: { reference: 'heading', level: 0 } }),
          new Paragraph({ children: [new TextRun('重点任务')], numbering: { reference: 'heading', level: 0 } }),
          new Table({
            rows: [
              new TableRow({ children: [cell('序号'), cell('目标任务')] }),
              ...['任务甲', '任务乙', '任务丙'].map((t) => new TableRow({ children: [numbered('seq'), cell(t)] })),
            ],
          }),
        ],
      },
    ],
  });
}

const W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

/** A .docx whose word/document.xml is this body, written by hand (for shapes no generator writes:
 *  megabytes of empty paragraphs, nesting 100,000 deep). Compressed fast: the fixtures are large. */
export function bodyDocx(body: string): Uint8Array {
  const xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document ${W_NS}><w:body>${body}</w:body></w:document>`;
  return zipSync({ 'word/document.xml': strToU8(xml) }, { level: 1 });
}

/** One paragraph of text, as Word writes it. */
export function paragraphXml(text: string): string {
  return `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
}
