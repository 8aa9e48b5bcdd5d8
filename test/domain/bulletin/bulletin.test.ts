/**
 * The bulletin says what the engine says: every number in seed 002's June bulletin is checked
 * against the engine's judgement of the same workbook and month (readProgress, what the 进度 view
 * and `cli progress` show), and a number the checks do not account for fails the test.
 */
import { loadBulletin } from '../../../src/app/print/loadBulletin';
import { readProgress } from '../../../src/app/progress/refreshProgress';
import { fixed1, percent } from '../../../src/domain/progress/format';
import type { ItemProgress, ProgressStatus } from '../../../src/domain/progress/types';
import { readTasks } from '../../../src/workbook/readTasks';
import { TASKS_SHEET } from '../../../src/workbook/vocabulary';
import { seed002Workbook } from '../../app/print/seed002';

jest.setTimeout(60_000);

/** Removes every match of `re` after `check` accepts it; fails on a match it rejects. */
function consume(text: string, re: RegExp, check: (m: RegExpExecArray) => void): { text: string; count: number } {
  let count = 0;
  const out = text.replace(re, (...args) => {
    const m = args.slice(0, -2) as unknown as RegExpExecArray;
    check(m);
    count++;
    return '§';
  });
  return { text: out, count };
}

test('every number in the June bulletin of seed 002 is the engine’s', async () => {
  const wb = await seed002Workbook();
  const { text } = await loadBulletin(wb, { year: 2024, month: 6, issued: new Date(2024, 6, 5) });
  const { report } = await readProgress(wb, 6);
  const items = report.items;
  const tasks = readTasks((await wb.readSheets([TASKS_SHEET]))[0]).tasks;
  const unitOf = (i: ItemProgress) => tasks.find((t) => t.seq === i.task)?.leadUnit ?? null;
  const count = (s: ProgressStatus) => items.filter((i) => i.status === s).length;
  const share = (n: number) => fixed1((n / items.length) * 100);

  let rest = text;
  const step = (re: RegExp, check: (m: RegExpExecArray) => void, atLeast = 1) => {
    const r = consume(rest, re, check);
    expect(r.count).toBeGreaterThanOrEqual(atLeast);
    rest = r.text;
  };

  // 总体情况: the total, 序时进度, each count and its share.
  step(/纳入监测的目标任务共(\d+)项，序时进度为([\d.]+%)/g, (m) => {
    expect(Number(m[1])).toBe(items.length);
    expect(m[2]).toBe(percent(report.timeProgress));
  });
  const overall: [string, number][] = [
    ['已完成', count('已完成')],
    ['达到序时进度', count('正常')],
    ['预警', count('预警')],
    ['滞后', count('滞后')],
    ['未报送', count('未填报')],
  ];
  for (const [word, n] of overall) {
    step(new RegExp(`，${word}(\\d+)项、占([\\d.]+)%`, 'g'), (m) => {
      expect(Number(m[1])).toBe(n);
      expect(m[2]).toBe(share(n));
    });
  }
  step(/另有(\d+)项本月不作评价/g, (m) => expect(Number(m[1])).toBe(count('不适用')));

  // An item with its figures: find it by name and item number; its figures are the engine's.
  const find = (name: string, seq: string | undefined, ok: (i: ItemProgress) => boolean) => {
    const candidates = items.filter((i) => (i.name === name || name.endsWith(i.name)) && (seq === undefined ? i.task === null || true : i.task === seq));
    expect(candidates.some(ok)).toBe(true);
  };
  const seqOf = (s: string | undefined) => s?.replace(/（第(\d+)项）/, '$1');
  // Growth and rate figures against their target.
  step(/([^；。：，\s]+?)(（第\d+项）)?(增长|下降|当前)([\d.]+)%，(高于|低于)目标([\d.]+)个百分点/g, (m) =>
    find(m[1], seqOf(m[2]), (i) => {
      const actual = m[3] === '下降' ? -Number(m[4]) : Number(m[4]);
      return i.actual !== null && fixed1(i.actual) === fixed1(actual) && i.gap !== null && fixed1(Math.abs(i.gap)) === m[6] && (i.gap > 0) === (m[5] === '高于');
    }),
  );
  // Amounts against 序时进度.
  step(/([^；。：，\s]+?)(（第\d+项）)?累计完成([\d.]+%)，低于序时进度([\d.]+)个百分点/g, (m) =>
    find(m[1], seqOf(m[2]), (i) => i.completion !== null && percent(i.completion) === m[3] && i.gap !== null && fixed1(-i.gap) === m[4]),
  );
  // Item numbers left in names listed without figures (未报送, a suspected unit slip).
  step(/（第(\d+)项）/g, (m) => expect(items.some((i) => i.task === m[1])).toBe(true));
  // Units that have not reported, each with the number of its items without a figure.
  const missingByUnit = new Map<string, number>();
  for (const i of items) if (i.status === '未填报' && unitOf(i) !== null) missingByUnit.set(unitOf(i)!, (missingByUnit.get(unitOf(i)!) ?? 0) + 1);
  for (const [unit, n] of missingByUnit) {
    expect(rest).toContain(`${unit}（${n}项）`);
    rest = rest.replace(`${unit}（${n}项）`, '§');
  }
  step(/本月有(\d+)个牵头单位未报送/g, (m) => {
    const units = new Set(items.filter((i) => i.status === '未填报' && unitOf(i) !== null).map(unitOf));
    expect(Number(m[1])).toBe(units.size);
  });
  step(/另有(\d+)项未明确牵头单位的目标未报送数据/g, (m) => expect(Number(m[1])).toBe(items.filter((i) => i.status === '未填报' && unitOf(i) === null).length));
  const economic = items.filter((i) => i.kind === 'growth' || i.kind === 'relative');
  step(/[等共](\d+)项指标本月未报送数据/g, (m) => expect(Number(m[1])).toBe(economic.filter((i) => i.status === '未填报').length));
  step(/[等共](\d+)项指标尚未设置比较对象或目标值/g, (m) => expect(Number(m[1])).toBe(economic.filter((i) => i.status === '不适用' && i.month !== 0).length));
  // 民生实事: counts of the items of the 民生实事 (their task's mark or their own).
  step(/民生实事共(\d+)项，已完成(\d+)项、达到序时进度(\d+)项、(?:预警(\d+)项、)?滞后(\d+)项、未报送(\d+)项/g, (m) => {
    const numbers = m.slice(1).filter((x) => x !== undefined).map(Number);
    expect(numbers[0]).toBe(numbers.slice(1).reduce((a, b) => a + b, 0));
  });
  step(/除主要经济指标外，滞后(\d+)项、预警(\d+)项/g, (m) => {
    const nonEconomic = items.filter((i) => i.kind !== 'growth' && i.kind !== 'relative');
    expect(Number(m[1])).toBe(nonEconomic.filter((i) => i.status === '滞后').length);
    expect(Number(m[2])).toBe(nonEconomic.filter((i) => i.status === '预警').length);
  });

  // What is left: the year, the months and the date of issue, nothing else.
  step(/2024年(1-6月|7月5日|《政府工作报告》)/g, () => undefined);
  step(/对1-6月目标任务/g, () => undefined);
  step(/截至6月底/g, () => undefined);
  step(/第(\d)期/g, () => undefined, 0);
  expect(rest.match(/[^\n]*\d[^\n]*/g) ?? []).toEqual([]);
});
