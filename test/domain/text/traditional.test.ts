/**
 * A document written in traditional characters (a Big5 file from Taiwan, Hong Kong or Macau, or a
 * traditional-character edition of a mainland page) is read like a simplified one: the parser's
 * words are folded for matching only, and quotes, names and task fields stay as the document wrote
 * them. The excerpt is real (test/fixtures/traditional/README.md).
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { parseText } from '../../../src/domain/parse';
import { foldTraditional, WrittenForm } from '../../../src/domain/text/traditional';

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
