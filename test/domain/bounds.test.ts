/** @jest-environment node */
/**
 * The parser's time and memory are bounded on any text (issue 12): inputs that were quadratic
 * (minutes) end within a few seconds per megabyte and a few hundred megabytes, without a stack
 * overflow. The bounds are generous for a busy 2-core machine; the point is the order of growth,
 * which the largest of these inputs would expose at once (a quadratic 5 MB line took 260 s).
 * Speed itself is measured by `npm run bench -- parse`, not here.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { parseText } from '../../src/domain/parse';
import type { ParseResult } from '../../src/domain/model';

const MB = 2 ** 20;

// A collection before each reading, so the heap measured is what the parse keeps, not garbage the
// collector has not reached yet (which depends on the machine's load: 250 MB idle, 512 MB in CI).
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;
const heapAfterGc = () => {
  collectGarbage();
  return process.memoryUsage().heapUsed;
};

/** Parses `text`, checks the time (4 s per MB, at least 15 s) and the heap the result and
 *  whatever the parse left behind hold (at most 200 MB), and returns the result. */
function boundedParse(text: string): ParseResult {
  const megabytes = Buffer.byteLength(text, 'utf8') / MB;
  const heapBefore = heapAfterGc();
  const started = Date.now();
  const result = parseText(text, '边界.txt');
  const ms = Date.now() - started;
  const heapMb = (heapAfterGc() - heapBefore) / MB;
  expect({ megabytes: Math.round(megabytes * 10) / 10, inTime: ms < Math.max(15_000, 4_000 * megabytes) }).toEqual({ megabytes: expect.any(Number), inTime: true });
  expect(heapMb).toBeLessThan(200);
  expect(result.indicators.every((i) => Number.isFinite(i.target) && (i.max === null || Number.isFinite(i.max)))).toBe(true);
  return result;
}

describe('time and memory are bounded on any text', () => {
  it('one 5 MB line of targets without a line break', () => {
    const text = '地区生产总值增长7.5%以上，新增项目5个、'.repeat(Math.ceil((5 * MB) / 60));
    const r = boundedParse(text);
    expect(r.indicators.length).toBeGreaterThan(100_000);
  }, 60_000);

  it('one 5 MB line without a single punctuation mark (one clause)', () => {
    const text = '新增项目5个建设道路3公里引进企业'.repeat(Math.ceil((5 * MB) / 48));
    const r = boundedParse(text);
    expect(r.indicators.length).toBeGreaterThan(100_000);
  }, 60_000);

  it('a 5 MB number is refused with its line, not read as Infinity', () => {
    const r = boundedParse(`新增城镇就业${'9'.repeat(5 * MB)}人\n`);
    expect(r.indicators).toEqual([]);
    expect(r.diagnostics.some((d) => d.line === 1 && /过大/.test(d.message))).toBe(true);
  }, 60_000);

  it('a million short lines', () => {
    const lines: string[] = [];
    for (let i = 0; i < 1_000_000; i++) lines.push(i % 100 === 0 ? '新增项目5个。' : `第${i}条`);
    const r = boundedParse(lines.join('\n'));
    expect(r.indicators).toHaveLength(10_000);
    expect(r.indicators[9_999].line).toBe(999_901);
  }, 120_000);

  it('100,000 unclosed quotes', () => {
    const r = boundedParse(`主要预期目标是：${'“新增项目5个，'.repeat(100_000)}`);
    expect(r.indicators).toHaveLength(100_000);
  }, 60_000);

  it('100,000 unclosed quotes in tab-separated rows', () => {
    boundedParse('"a\tb\n'.repeat(100_000));
  }, 60_000);

  it('60,000 nested brackets, full-width and ASCII', () => {
    boundedParse(`新增项目${'（'.repeat(60_000)}5个${'）'.repeat(60_000)}`);
    boundedParse(`新增项目${'('.repeat(60_000)}5个${')'.repeat(60_000)}`);
    boundedParse(`新增项目${'“'.repeat(60_000)}5个${'”'.repeat(60_000)}`);
  }, 60_000);
});
