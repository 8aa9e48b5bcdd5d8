import { textToDocument } from '../../../src/domain/text/textToDocument';
import type { ParagraphBlock, TableBlock } from '../../../src/domain/document';
import { SEEDS, seedText } from '../seedText';

const tables = (text: string) => textToDocument(text, 't').blocks.filter((b): b is TableBlock => b.kind === 'table');
const paragraphs = (text: string) => textToDocument(text, 't').blocks.filter((b): b is ParagraphBlock => b.kind === 'paragraph');

describe('textToDocument on seed 002 (cell-per-line tables)', () => {
  const doc = textToDocument(seedText(SEEDS.bundle), SEEDS.bundle);
  const docTables = doc.blocks.filter((b): b is TableBlock => b.kind === 'table');

  it('finds the two 赋权事项 tables and the decomposition table, where they start', () => {
    expect(docTables.map((t) => t.rowLines[0])).toEqual([65, 159, 761]);
  });

  it('reads the decomposition header over two rows and a row whose units continue on lines without a tab', () => {
    const t = docTables[2];
    expect(t.rows[0]).toEqual(['序号', '目标任务', '牵头领导', '牵头单位', '责任单位', '责任人']);
    expect(t.rows[1]).toEqual(['', '', '', '', '', '区政府办', '牵头单位']);
    expect(t.rows[2][0]).toBe('1');
    expect(t.rows[2][2]).toBe('彭  伟');
    expect(t.rows[2][4]).toBe('区财政局\n区税务局\n区商粮局\n区科工局');
    expect(t.rowLines[2]).toBe(776);
    // 80 tasks after the two header rows; a lone tab is an empty cell (item 6 has no 牵头单位 责任人).
    expect(t.rows.length).toBe(82);
    const item6 = t.rows.find((r) => r[0] === '6')!;
    expect(item6[6]).toBe('');
  });

  it('keeps other lines as paragraphs with their 1-based line numbers', () => {
    const note = doc.blocks.find((b) => b.kind === 'paragraph' && b.text.startsWith('注：第48')) as ParagraphBlock;
    expect(note.line).toBe(1427);
    const number = doc.blocks.find((b) => b.kind === 'paragraph' && b.text === '岳云政办函〔2024〕4号') as ParagraphBlock;
    expect(number.line).toBe(1448);
  });
});

describe('textToDocument cleaning', () => {
  it('removes markdown bold and footnote marks from paragraphs (000 l.17, l.15)', () => {
    const ps = paragraphs(seedText(SEEDS.report2023));
    const l17 = ps.find((p) => p.line === 17)!;
    expect(l17.text.startsWith('——重大项目“顶天立地”。')).toBe(true);
    const l15 = ps.find((p) => p.line === 15)!;
    expect(l15.text).toContain('“发展六仗”，');
    expect(ps.some((p) => /\*\*|\^\[\d+\]/.test(p.text))).toBe(false);
  });

  it('removes a footnote mark glued to the text but keeps a glossary entry number (001 l.7, l.151)', () => {
    const ps = paragraphs(seedText(SEEDS.yiyang));
    expect(ps.find((p) => p.line === 7)!.text).not.toMatch(/\[1\]/);
    expect(ps.find((p) => p.line === 151)!.text.startsWith('[1]打好“发展六仗”')).toBe(true);
  });

  it('removes Word bookmarks left by the converter (002 l.1745)', () => {
    const ps = paragraphs(seedText(SEEDS.bundle));
    expect(ps.find((p) => p.line === 1745)!.text.startsWith('8.实施电网巩固提升工程。')).toBe(true);
  });
});

describe('textToDocument on tab-separated rows (pasted from Excel)', () => {
  it('reads rows, quoted cells with a line break and the line of each row', () => {
    const text = ['说明文字', '序号\t目标任务\t牵头单位', '1\t"新增城镇就业\n5600人以上"\t区人社局', '2\t新开工项目40个以上\t区发改局', '', '后记'].join('\n');
    const [t] = tables(text);
    expect(t.rows).toEqual([
      ['序号', '目标任务', '牵头单位'],
      ['1', '新增城镇就业\n5600人以上', '区人社局'],
      ['2', '新开工项目40个以上', '区发改局'],
    ]);
    expect(t.rowLines).toEqual([2, 3, 5]);
    expect(paragraphs(text).map((p) => [p.line, p.text])).toEqual([
      [1, '说明文字'],
      [7, '后记'],
    ]);
  });

  it('does not turn a paragraph indented with a tab into a table', () => {
    const text = '\t各位代表：\n\n\t现在，我代表区人民政府向大会报告工作。\n';
    expect(tables(text)).toEqual([]);
    expect(paragraphs(text).map((p) => p.line)).toEqual([1, 3]);
  });
});
