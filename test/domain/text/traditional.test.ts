/**
 * A document written in traditional characters (a Big5 file from Taiwan, Hong Kong or Macau, or a
 * traditional-character edition of a mainland page) is read like a simplified one: the parser's
 * words are folded for matching only, and quotes, names and task fields stay as the document wrote
 * them. The excerpt is real (test/fixtures/traditional/README.md).
 */
import { readdirSync, readFileSync } from 'fs';
import * as OpenCC from 'opencc-js';
import { join } from 'path';
import { parseText } from '../../../src/domain/parse';
import { foldTraditional, WrittenForm } from '../../../src/domain/text/traditional';

/** The TypeScript files of the parser: src/domain without the progress engine and what prints it. */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return /^(?:progress|bulletin|report|history|collect|reconcile)$/.test(e.name) ? [] : sources(path);
    return e.name.endsWith('.ts') ? [path] : [];
  });
}

const excerpt = readFileSync(join(__dirname, '../../fixtures/traditional/hl-province-2013-big5.txt'), 'utf8');

describe('text in traditional characters', () => {
  it('finds the targets of a real traditional-character excerpt, quoted and named as written', () => {
    const r = parseText(excerpt, 'hl-province-2013-big5.txt');
    expect(r.indicators.map((i) => [i.line, i.quote, i.name, i.kind, i.target, i.unit, i.cmp])).toEqual([
      // 翻一番 is a target of one doubling for each subject (labels README, heldout4).
      [5, '預期全省地區生產總值和城鄉居民人均收入比2010年翻一番以上', '地區生產總值', 'growth', 1, '番', '>='],
      [5, '預期全省地區生產總值和城鄉居民人均收入比2010年翻一番以上', '城鄉居民人均收入', 'growth', 1, '番', '>='],
      [5, '公共財政收入年均增長12%以上', '公共財政收入', 'growth', 12, '%', '>='],
      [5, '全社會固定資產投資年均增長25%以上', '全社會固定資產投資', 'growth', 25, '%', '>='],
      [5, '糧食綜合生產能力達到1500億斤以上', '糧食綜合生產能力', 'level', 1500, '亿斤', '>='],
      [11, '森林覆蓋率達到47.3%', '森林覆蓋率', 'level', 47.3, '%', '='],
      [11, '單位GDP綜合能耗下降16%', '單位GDP綜合能耗', 'growth', -16, '%', '='],
    ]);
  });

  it('reads a traditional decomposition table: headers 序號, 目標任務, 牽頭單位, 責任單位', () => {
    const r = parseText('序號\t目標任務\t牽頭單位\t責任單位\n1\t城鎮新增就業5000人以上\t縣人社局\t各鄉鎮\n2\t確保不發生較大及以上安全生產事故\t縣應急局\t各鄉鎮', '表.txt');
    expect(r.tasks.map((t) => [t.seq, t.text, t.leadUnit])).toEqual([
      ['1', '城鎮新增就業5000人以上', '縣人社局'],
      ['2', '確保不發生較大及以上安全生產事故', '縣應急局'],
    ]);
    expect(r.indicators.map((i) => [i.task, i.name, i.target, i.unit, i.cmp])).toEqual([['1', '城鎮新增就業', 5000, '人', '>=']]);
    expect(r.qualitative.map((q) => [q.task, q.type, q.name])).toEqual([['2', 'bottomline', '不發生較大及以上安全生產事故']]);
  });

  it('folds every traditional character whose simplified form the parser\'s own words use', () => {
    // The derivation the table's comment describes, run again (OpenCC's t → cn over the CJK block,
    // against the characters of src/domain's code outside comments and the progress engine): a word a
    // rule gains later (经济社会发展, 关键词) must not be missed in a traditional text.
    const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });
    const used = new Set<string>();
    for (const file of sources(join(__dirname, '../../../src/domain'))) {
      const code = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
      for (const ch of code) if (/[\u4e00-\u9fff]/.test(ch)) used.add(ch);
    }
    const missing: string[] = [];
    for (let c = 0x4e00; c <= 0x9fff; c++) {
      const t = String.fromCharCode(c);
      const simplified = toSimplified(t);
      if (simplified !== t && simplified.length === 1 && used.has(simplified) && !used.has(t) && foldTraditional(t) === t) missing.push(t + simplified);
    }
    expect(missing).toEqual([]);
  });

  it('folds character by character, keeping offsets, and restores what it folded', () => {
    const written = '地區生產總值增長7%左右，「十四五」規劃';
    const folded = foldTraditional(written);
    expect(folded).toBe('地区生产总值增长7%左右，“十四五”规划');
    expect(folded.length).toBe(written.length);
    const form = new WrittenForm(written, folded);
    expect(form.restore('生产总值增长7%', 0)).toBe('生產總值增長7%');
    expect(form.restore('规划地区', 0)).toBe('規劃地區');
  });

  it('leaves simplified text alone', () => {
    expect(foldTraditional('地区生产总值增长7%左右')).toBe('地区生产总值增长7%左右');
  });
});
