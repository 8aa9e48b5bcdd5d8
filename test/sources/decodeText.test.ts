import { readFileSync } from 'fs';
import { join } from 'path';
import * as iconv from 'iconv-lite';
import { decodeText } from '../../src/sources/decodeText';
import { encodeGbk, encodeLegacy } from '../badInput/inputs';
import { prng } from '../support/prng';
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
    expect(e.message).toBe('《junk.txt》不是文本文件（无法按 UTF-8、UTF-16、GBK/GB18030 或 Big5 编码读出文字）');
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

/** A Taiwan county's plan, as a Big5 file from there would hold it. */
const TRADITIONAL = [
  '臺中市政府一一三年度施政計畫',
  '一、年度施政目標',
  '（一）經濟成長率達3%以上，新增就業機會1萬2千個。',
  '（二）完成捷運藍線綜合規劃報告，推動社會住宅興建1,200戶。',
  '（三）空氣品質良好日數比率達85%以上，垃圾回收率提升至62%。',
  '二、重點工作',
  '序號\t工作項目\t主辦機關',
  '1\t持續推動產業園區開發，協助企業投資新臺幣300億元\t經濟發展局',
  '2\t強化長照服務據點，新增日間照顧中心12處\t社會局',
  '3\t辦理青年創業貸款，受理件數不低於500件\t勞工局',
  '',
].join('\n');
const JAPANESE = '令和6年度 市政運営方針\n一、重点施策\n市内の雇用を守るため、新たに500人の就業を支援します。また、子育て世帯への支援を拡充し、保育所の待機児童ゼロを目指します。\n';
const KOREAN = '2024년 시정 운영 계획\n일자리 창출을 위해 올해 신규 일자리 5,600개를 만들고, 지역 경제 성장률 3% 이상을 목표로 합니다. 또한 청년 창업 지원을 확대하고 주민 생활 안전을 강화하겠습니다.\n';

describe('decodeText: Big5, Shift-JIS and EUC-KR are not read as GBK', () => {
  it('reads a Big5 file (Taiwan, Hong Kong) as the traditional characters it holds', () => {
    expect(decodeText(encodeLegacy(TRADITIONAL, 'big5'), '施政計畫.txt')).toEqual({ text: TRADITIONAL, encoding: 'Big5' });
  });

  it('reads each line of it alone as Big5 too, down to a short line', () => {
    for (const line of TRADITIONAL.split('\n').filter((l) => [...l].filter((c) => c.charCodeAt(0) > 0x7f).length >= 8)) {
      expect(decodeText(encodeLegacy(line, 'big5'), 'a.txt')).toEqual({ text: line, encoding: 'Big5' });
    }
  });

  it('refuses a Japanese Shift-JIS file with a message that says what it is', () => {
    const e = thrown(() => decodeText(encodeLegacy(JAPANESE, 'shift_jis'), '方針.txt'));
    expect(e.kind).toBe('foreign-encoding');
    expect(e.message).toBe(
      '《方針.txt》是日文（Shift-JIS 编码）文件，不能导入。请确认选择的是政府工作报告或目标任务分解；如果文件里是中文，请在记事本或 WPS 中另存为 UTF-8 后再导入',
    );
  });

  it('refuses a terse Japanese line of official kanji too, with few kana in it', () => {
    const e = thrown(() => decodeText(encodeLegacy('1．東京都の新規就業者数を五千六百人以上とする。担当：東京都庁産業労働局\n', 'shift_jis'), '計画.txt'));
    expect(e.kind).toBe('foreign-encoding');
  });

  it('refuses a Korean EUC-KR file', () => {
    const e = thrown(() => decodeText(encodeLegacy(KOREAN, 'euc-kr'), '계획.txt'));
    expect(e.kind).toBe('foreign-encoding');
    expect(e.message).toMatch(/^《계획\.txt》是韩文（EUC-KR 编码）文件，不能导入。/);
  });

  it('still reads every seed, and every line and random snippet of the seeds, in GBK as GB18030', () => {
    const r = prng(12);
    let snippets = 0;
    for (const seed of ['000_944c3e97a995c1db.txt', '001_a3c28763f215a6f6.txt', '002_6ca40ee2ecc3ed1b.txt', '003_f63b25ad495e4c38.txt', '004_51bcf80d7e327ab3.txt']) {
      const text = readFileSync(seedPath(seed), 'utf8');
      const encodable = text.replace(/[\u{10000}-\u{10ffff}]/gu, ''); // GBK has no code for these
      expect(decodeText(encodeGbk(encodable), seed).encoding).toBe('GB18030');
      const pieces = encodable.split('\n').filter((l) => /[\u4e00-\u9fff]/.test(l));
      for (let k = 0; k < 400; k++) {
        const at = Math.floor(r() * (encodable.length - 40));
        pieces.push(encodable.slice(at, at + 8 + Math.floor(r() * 30)).replace(/\n/g, ''));
      }
      for (const piece of pieces) {
        if (piece.trim() === '') continue;
        const got = decodeText(encodeGbk(piece), seed);
        if (got.encoding !== 'GB18030' && got.encoding !== 'UTF-8') expect({ piece, encoding: got.encoding }).toEqual({ piece, encoding: 'GB18030' });
        snippets++;
      }
    }
    expect(snippets).toBeGreaterThan(3000);
  });
});

describe('decodeText: UTF-16 without a byte-order mark', () => {
  // "一" is U+4E00: its low byte is NUL, so NULs sit on both sides of the pairs.
  const text = '一般公共预算收入增长2.2%左右\n一季度完成地区生产总值增长7.5%以上\r\n一、主要预期目标\n';

  it.each([
    ['UTF-16LE', 'utf16le'],
    ['UTF-16BE', 'utf16be'],
  ] as const)('is read in %s, also with 一 (U+4E00) in it', (encoding, kind) => {
    const le = Buffer.from(text, 'utf16le');
    const bytes = new Uint8Array(kind === 'utf16le' ? le : Buffer.from(le).swap16());
    expect(decodeText(bytes, 'a.txt')).toEqual({ text: text.replace(/\r\n/g, '\n'), encoding });
  });

  it('reads a seed saved as UTF-16 without BOM', () => {
    const seed = first200(SEEDS[1]);
    expect(decodeText(new Uint8Array(Buffer.from(seed, 'utf16le')), 'a.txt')).toEqual({ text: seed, encoding: 'UTF-16LE' });
  });
});
