import { textToDocument } from '../../../src/domain/text/textToDocument';
import { lineAt, toPassages } from '../../../src/domain/text/passages';
import type { ParagraphBlock } from '../../../src/domain/document';
import { SEEDS, seedText } from '../seedText';

function passagesOf(file: string, from: number, to: number) {
  const ps = textToDocument(seedText(file), file).blocks.filter(
    (b): b is ParagraphBlock => b.kind === 'paragraph' && b.line >= from && b.line <= to,
  );
  return toPassages(ps, () => true);
}

describe('sentences broken across lines', () => {
  it('joins 000 l.87 "…引进50" with l.89 "亿元以上项目 1 个" and maps offsets back to each line', () => {
    const [p] = passagesOf(SEEDS.report2023, 87, 89);
    expect(p.text).toContain('力争全年引进50亿元以上项目 1 个');
    expect(lineAt(p, p.text.indexOf('引进50'))).toBe(87);
    expect(lineAt(p, p.text.indexOf('亿元以上项目 1 个'))).toBe(89);
    expect(lineAt(p, p.text.indexOf('实际到位资金'))).toBe(89);
  });

  it('joins 004 l.77 "…居民收入增长" with l.79 "和经济增长同步"', () => {
    const [p] = passagesOf(SEEDS.miluo, 77, 79);
    expect(p.text).toContain('居民收入增长和经济增长同步');
  });

  it('joins 003 l.92 "加强保障和" / l.94 "改善民生水平" but not a heading with the paragraph under it', () => {
    const joined = passagesOf(SEEDS.lukou, 92, 94);
    expect(joined).toHaveLength(1);
    expect(joined[0].text).toContain('加强保障和改善民生水平');
    const heading = passagesOf(SEEDS.lukou, 106, 108);
    expect(heading).toHaveLength(2);
    expect(heading[0].text).toBe('一、加快转型升级，培育更具优势的产业链群');
  });

  it('keeps whole sentences apart', () => {
    const ps = passagesOf(SEEDS.report2023, 77, 79);
    expect(ps.map((p) => p.segments.map((s) => s.line))).toEqual([[77], [79]]);
  });
});
