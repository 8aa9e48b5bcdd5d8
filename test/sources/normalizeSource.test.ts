/**
 * What a clerk cannot see must not change what is imported (issue 12): zero-width characters inside
 * numbers, Unicode line separators, and a web page saved as .txt. Every text source is normalised
 * before the parser reads it.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import type { ParagraphBlock, TableBlock } from '../../src/domain/document';
import { parseDocument } from '../../src/domain/parse';
import { textToDocument } from '../../src/domain/text/textToDocument';
import { gridToDocument } from '../../src/sources/gridToDocument';
import { htmlToText, looksLikeHtml } from '../../src/sources/htmlToText';
import { readDocx } from '../../src/sources/readDocx';
import { readPastedText, readSource } from '../../src/sources/readSource';
import { DECOMPOSITION_HEADERS, SMALL_TABLE } from '../badInput/inputs';
import { bodyDocx, decompositionNotice, paragraphXml, toBytes } from './docxFixtures';
import { thrown } from './thrown';

const SEED_000 = readFileSync(join(__dirname, '../../seeds/000_944c3e97a995c1db.txt'), 'utf8');
const utf8 = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'));
const original = parseDocument(textToDocument(SEED_000, 'report.txt'));

describe('zero-width characters inside a number', () => {
  const withJoiners = SEED_000.replace(/5600/g, '5\u200D600').replace(/7\.5%/g, '7\u200B.5\u2060%');

  it('do not change the figure: 新增城镇就业5\\u200D600人 is 5600, not 600', async () => {
    expect(original.indicators.filter((i) => i.target === 5600)).toHaveLength(1);
    const parsed = parseDocument(await readSource('report.txt', utf8(withJoiners)));
    expect(parsed.indicators).toEqual(original.indicators);
  });

  it('are removed from the runs of a .docx too', () => {
    const bytes = bodyDocx(`${paragraphXml('新增城镇就业5\u200D600人以上')}<w:p><w:r><w:t>一般公共预算收入\u2028增长2.2%左右</w:t></w:r></w:p>`);
    expect(readDocx(bytes, '分解.docx').blocks).toEqual([
      { kind: 'paragraph', text: '新增城镇就业5600人以上', line: 1 },
      { kind: 'paragraph', text: '一般公共预算收入\n增长2.2%左右', line: 2 },
    ]);
  });

  it('are removed from pasted text and from cells of a selected range too', () => {
    expect(parseDocument(readPastedText(withJoiners)).indicators).toEqual(original.indicators);
    const grid = gridToDocument([['序号', '目标任务'], ['1', '新增城镇就业5\u200D600人以上\uFEFF']], 1, '选中区域');
    expect((grid.blocks[0] as TableBlock).rows[1]).toEqual(['1', '新增城镇就业5600人以上']);
  });
});

describe('Unicode line separators', () => {
  it('are line breaks: a report written with U+2028 keeps its review figures out of the plan', async () => {
    const separated = SEED_000.replace(/\n/g, '\u2028');
    // Read as one line, the review's 拆除房屋1027栋 would become a target.
    expect(parseDocument(textToDocument(separated, 'report.txt')).indicators.some((i) => i.target === 1027)).toBe(true);
    const parsed = parseDocument(await readSource('report.txt', utf8(separated)));
    expect(parsed.indicators).toEqual(original.indicators);
    const paragraphs = SEED_000.replace(/\n/g, '\u2029');
    expect(parseDocument(await readSource('report.txt', utf8(paragraphs))).indicators).toEqual(original.indicators);
  });
});

/** The small decomposition table as a web page, the way an OA system exports it. */
function decompositionPage(): string {
  const cell = (tag: string, text: string) => `<${tag} style="border:1px solid">${text}</${tag}>`;
  const header = `<tr>${DECOMPOSITION_HEADERS.map((h) => cell('th', h)).join('')}</tr>`;
  const body = SMALL_TABLE.map((r) => `<tr>\n  ${[r.seq, r.task, r.leader, r.lead, r.units].map((t) => cell('td', t)).join('\n  ')}\n</tr>`);
  return [
    '<!DOCTYPE html>',
    '<html><head><meta charset="utf-8"><title>目标任务分解</title><style>td { color: red }</style></head>',
    '<body><p>2024年《政府工作报告》<b>目标任务</b>分解</p><!-- 导出时间 -->',
    `<table>${header}\n${body.join('\n')}</table>`,
    '<p>注：第2项为区级民生实事。</p><script>var a = "<td>";</script></body></html>',
  ].join('\n');
}

describe('a web page saved as .txt', () => {
  it('is read as the text it shows: the table as a table, no tag in any cell', async () => {
    const doc = await readSource('分解.txt', utf8(decompositionPage()));
    const table = doc.blocks.find((b) => b.kind === 'table') as TableBlock;
    expect(table.rows).toEqual([[...DECOMPOSITION_HEADERS], ...SMALL_TABLE.map((r) => [r.seq, r.task, r.leader, r.lead, r.units])]);
    const paragraphs = doc.blocks.filter((b): b is ParagraphBlock => b.kind === 'paragraph').map((b) => b.text);
    expect(paragraphs).toEqual(['2024年《政府工作报告》目标任务分解', '注：第2项为区级民生实事。']);
  });

  it('gives tasks and indicators with clean names', async () => {
    const parsed = parseDocument(await readSource('分解.txt', utf8(decompositionPage())));
    expect(parsed.tasks.map((t) => [t.seq, t.text, t.leadUnit])).toEqual(SMALL_TABLE.map((r) => [r.seq, r.task, r.lead]));
    expect(parsed.indicators.map((i) => i.target)).toEqual([7.5, 5600]);
    expect(JSON.stringify(parsed)).not.toMatch(/<|&nbsp;|&amp;/);
  });

  it('spreads merged cells as the .docx reader does (same table, same rows)', async () => {
    const word = readDocx(await toBytes(decompositionNotice()), '分解通知.docx').blocks.find((b) => b.kind === 'table') as TableBlock;
    const page =
      '<html><body><table>' +
      '<tr><td rowspan="2">序号</td><td rowspan="2">目标任务</td><td rowspan="2">牵头领导</td><td rowspan="2">牵头单位</td><td rowspan="2">责任单位</td><td colspan="2">责任人</td></tr>' +
      '<tr><td>区政府办</td><td>牵头单位</td></tr>' +
      '<tr><td>1</td><td><p>地区生产总值增长7.5%以上，</p><p>规模工业增加值增长8%。</p></td><td rowspan="2">彭&nbsp;&nbsp;伟</td><td>区发改局</td><td>区统计局<br>区财政局</td><td>张三</td><td>李四</td></tr>' +
      '<tr><td>2</td><td>新增城镇就业5600人以上。</td><td>区人社局</td><td>各镇</td><td>王五</td><td>赵六</td></tr>' +
      '<tr><td>3</td><td>完成云溪小学改扩建。</td><td>吴&nbsp;&nbsp;刚</td><td>区教育局</td><td>=SUM(A1)</td><td>钱七</td><td>孙八</td></tr>' +
      '</table></body></html>';
    const doc = await readSource('分解通知.txt', utf8(page));
    expect((doc.blocks[0] as TableBlock).rows).toEqual(word.rows);
  });

  it('decodes character references, and a page without text is empty', async () => {
    expect(htmlToText('<p>增长&#55;.5&#x25;以上&ensp;&lt;含&gt;</p>')).toBe('增长7.5%以上 <含>');
    const e = thrown(() => readPastedText('<html><head><title>空</title></head><body><br></body></html>', '空页.txt'));
    expect(e.kind).toBe('empty');
    expect(e.message).toBe('《空页.txt》是空的，没有可导入的文字');
  });

  it('is told apart from prose that mentions a tag', () => {
    expect(looksLikeHtml(decompositionPage())).toBe(true);
    expect(looksLikeHtml('<table><tr><td>1</td></tr></table>')).toBe(true);
    expect(looksLikeHtml(SEED_000)).toBe(false);
    expect(looksLikeHtml('网页中用<td>标记表格单元格，用<tr>标记行。')).toBe(false);
  });

  it('reads 60,000 nested tags without overflowing the stack', () => {
    const deep = `<html><body>${'<div><table><tr><td>'.repeat(60_000)}新增城镇就业5600人${'</td></tr></table></div>'.repeat(60_000)}</body></html>`;
    expect(htmlToText(deep)).toContain('新增城镇就业5600人');
  });

  it('reads a million "<" that open no tag in one pass, not one scan to the end per "<"', () => {
    const started = performance.now();
    expect(htmlToText(`<p>a${'<'.repeat(1_000_000)}`)).toBe(`a${'<'.repeat(1_000_000)}`);
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});
