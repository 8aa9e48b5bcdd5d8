import { readFileSync } from 'fs';
import { join } from 'path';
import * as iconv from 'iconv-lite';
import { decodeText } from '../../src/sources/decodeText';
import { thrown } from './thrown';

const seedPath = (name: string) => join(__dirname, '../../seeds', name);
/** A decomposition excerpt with tables and a report: 200 lines each, as the clerk's files would hold. */
const first200 = (name: string) => readFileSync(seedPath(name), 'utf8').split('\n').slice(0, 200).join('\n');
const SEEDS = ['000_944c3e97a995c1db.txt', '002_6ca40ee2ecc3ed1b.txt', '004_51bcf80d7e327ab3.txt'];


describe('decodeText: encodings of Chinese government text files', () => {
  it.each(SEEDS)('reads %s in UTF-8, GBK and GB18030 to the same text', (seed) => {
    const text = first200(seed);
    const utf8 = decodeText(new Uint8Array(Buffer.from(text, 'utf8')), seed);
    expect(utf8).toEqual({ text, encoding: 'UTF-8' });
    for (const encoding of ['gbk', 'gb18030']) {
      const bytes = new Uint8Array(iconv.encode(text, encoding));
      expect(decodeText(bytes, seed)).toEqual({ text, encoding: 'GB18030' });
    }
  });

  it('reads characters outside GBK that GB18030 encodes in four bytes', () => {
    const text = '𠀀字与欧元€：目标任务';
    expect(decodeText(new Uint8Array(iconv.encode(text, 'gb18030')), 'x.txt')).toEqual({ text, encoding: 'GB18030' });
  });

  it('reads UTF-8 with BOM and UTF-16 with BOM, dropping the BOM', () => {
    const text = first200(SEEDS[1]);
    const withBom = (bom: number[], body: Buffer) => new Uint8Array([...bom, ...body]);
    expect(decodeText(withBom([0xef, 0xbb, 0xbf], Buffer.from(text, 'utf8')), 'a.txt')).toEqual({ text, encoding: 'UTF-8' });
    expect(decodeText(withBom([0xff, 0xfe], Buffer.from(text, 'utf16le')), 'a.txt')).toEqual({ text, encoding: 'UTF-16LE' });
    const be = Buffer.from(text, 'utf16le').swap16();
    expect(decodeText(withBom([0xfe, 0xff], be), 'a.txt')).toEqual({ text, encoding: 'UTF-16BE' });
  });

  it('recognises UTF-16LE without BOM by its NUL bytes on one side of each pair', () => {
    const text = '序号\t目标任务\n1\t地区生产总值增长7.5%以上\n';
    expect(decodeText(new Uint8Array(Buffer.from(text, 'utf16le')), 'a.txt')).toEqual({ text, encoding: 'UTF-16LE' });
  });

  it('normalises CRLF and CR line breaks to LF, so line numbers match an editor', () => {
    const bytes = new Uint8Array(iconv.encode('第一行\r\n第二行\r第三行\n', 'gbk'));
    expect(decodeText(bytes, 'a.txt').text).toBe('第一行\n第二行\n第三行\n');
  });

  it('keeps a UTF-8 file with one damaged character as UTF-8 instead of misreading it as GBK', () => {
    const bytes = Buffer.from(first200(SEEDS[0]), 'utf8');
    const damaged = new Uint8Array(bytes.subarray(0, bytes.length - 1)); // cut inside the last character
    const cut = Buffer.concat([damaged, Buffer.from('\n', 'utf8')]);
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(cut)).toThrow();
    const result = decodeText(new Uint8Array(cut), 'a.txt');
    expect(result.encoding).toBe('UTF-8');
    expect(result.text.startsWith(first200(SEEDS[0]).slice(0, 1000))).toBe(true);
  });
});

describe('decodeText: half UTF-8, half GBK (two files pasted together)', () => {
  const text = first200(SEEDS[1]);
  const lines = text.split('\n');
  const utf8Part = `${lines.slice(0, 120).join('\n')}\n`;
  const gbkPart = lines.slice(120).join('\n');
  // Line 121 of the seed is empty (plain ASCII either way): the first line in the other encoding is 122.
  const expected = (line: number) => `《混合.txt》混合了 UTF-8 和 GBK 两种编码（第${line}行起），请在记事本或 WPS 中另存为 UTF-8 后再导入。`;

  it('names the mix and the first GBK line instead of calling it "not text"', () => {
    const bytes = new Uint8Array([...Buffer.from(utf8Part, 'utf8'), ...iconv.encode(gbkPart, 'gbk')]);
    const e = thrown(() => decodeText(bytes, '混合.txt'));
    expect(e.kind).toBe('mixed-encoding');
    expect(e.line).toBe(122);
    expect(e.message).toBe(expected(122));
  });

  it('finds the switch in a GBK file with UTF-8 appended, and after a UTF-8 BOM', () => {
    const gbkFirst = new Uint8Array([...iconv.encode(utf8Part, 'gbk'), ...Buffer.from(gbkPart, 'utf8')]);
    expect(thrown(() => decodeText(gbkFirst, '混合.txt')).message).toBe(expected(122));
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from(utf8Part, 'utf8'), ...iconv.encode(gbkPart, 'gbk')]);
    expect(thrown(() => decodeText(withBom, '混合.txt')).message).toBe(expected(122));
  });
});

describe('decodeText: what is not text', () => {
  it('rejects binary data with NUL bytes (an image renamed .txt)', () => {
    const png = new Uint8Array(400);
    png.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    for (let i = 16; i < png.length; i++) png[i] = (i * 7919) % 256;
    const e = thrown(() => decodeText(png, '图片.txt'));
    expect(e.kind).toBe('not-text');
    expect(e.message).toBe('《图片.txt》不是文本文件（含有空字节，可能是图片、压缩包或其他二进制文件）');
  });

  it('rejects bytes full of control characters', () => {
    const junk = new Uint8Array(300).map((_, i) => 1 + (i % 8));
    const e = thrown(() => decodeText(junk, 'junk.txt'));
    expect(e.kind).toBe('not-text');
    expect(e.message).toMatch(/^《junk\.txt》不是文本文件（含有大量控制字符/);
  });

  it('rejects bytes that no supported encoding reads', () => {
    // 0x80 and 0xFF are not valid in UTF-8 or as GB18030 lead bytes.
    const junk = new Uint8Array(300).map((_, i) => (i % 2 ? 0x80 : 0xff));
    const e = thrown(() => decodeText(junk, 'junk.txt'));
    expect(e.kind).toBe('not-text');
    expect(e.message).toBe('《junk.txt》不是文本文件（无法按 UTF-8、UTF-16 或 GBK/GB18030 编码读出文字）');
  });

  it('tolerates a stray control character in real text', () => {
    const text = `${first200(SEEDS[2])}\u001a`;
    expect(decodeText(new Uint8Array(Buffer.from(text, 'utf8')), 'a.txt').text).toBe(text);
  });

  it.each([
    ['an empty file', new Uint8Array(0)],
    ['whitespace only', new Uint8Array(Buffer.from(' \r\n\t\u3000\n', 'utf8'))],
    ['a BOM alone', new Uint8Array([0xef, 0xbb, 0xbf])],
  ])('rejects %s as empty', (_, bytes) => {
    const e = thrown(() => decodeText(bytes, '空.txt'));
    expect(e.kind).toBe('empty');
    expect(e.message).toBe('《空.txt》是空的，没有可导入的文字');
  });
});
