/** Escalation from consecutive months behind: the 规则 defaults (one yellow a 提醒, two yellows or
 *  one red a 督办, three reds a 约谈) and a clerk's own rule. */
import { escalations, stepOf } from '../../../src/domain/history/escalation';
import { RULE_PRESETS } from '../../../src/domain/progress/rules';
import type { ProgressStatus } from '../../../src/domain/progress/types';

const rules = RULE_PRESETS['银川'];
const periods = [2, 3, 4, 5, 6];
const series = (id: string, statuses: (ProgressStatus | null)[]) => ({
  id,
  name: `指标${id}`,
  owner: '区发改局',
  statuses: new Map(statuses.map((s, i) => [periods[i], s] as const).filter((e): e is [number, ProgressStatus] => e[1] !== null)),
});

test('the defaults: one yellow month a 提醒, two a 督办, one red a 督办, three reds a 约谈', () => {
  const found = escalations(
    [
      series('a', ['正常', '正常', '正常', '正常', '预警']),
      series('b', ['正常', '正常', '正常', '预警', '预警']),
      series('c', ['正常', '正常', '正常', '正常', '滞后']),
      series('d', ['正常', '正常', '滞后', '滞后', '滞后']),
      series('e', ['滞后', '滞后', '滞后', '正常', '正常']),
    ],
    periods,
    rules,
  );
  expect(found.map((e) => [e.id, e.step, e.behind, e.red, e.reason])).toEqual([
    ['d', '约谈', 3, 3, '连续3个月滞后'],
    ['c', '督办', 1, 1, '连续1个月滞后'],
    ['b', '督办', 2, 0, '连续2个月预警或滞后'],
    ['a', '提醒', 1, 0, '连续1个月预警或滞后'],
  ]);
});

test('a month 未填报 ends a run; a quarterly item counts its quarters only', () => {
  expect(escalations([series('f', ['滞后', '滞后', '未填报', '滞后', '预警'])], periods, rules).map((e) => [e.behind, e.red])).toEqual([[2, 0]]);
  const quarterly = { id: 'g', name: 'GDP', owner: '区统计局', statuses: new Map<number, ProgressStatus>([[3, '滞后'], [6, '滞后']]) };
  expect(escalations([quarterly], periods, rules).map((e) => [e.step, e.red])).toEqual([['督办', 2]]);
});

test('the rule is the clerk\'s: 0 turns a step off, larger numbers wait longer', () => {
  const strict = { remindAfter: 0, superviseAfterBehind: 3, superviseAfterRed: 2, interviewAfterRed: 0 };
  expect(stepOf(1, 0, strict)).toBeNull();
  expect(stepOf(2, 1, strict)).toBeNull();
  expect(stepOf(3, 0, strict)).toBe('督办');
  expect(stepOf(5, 5, strict)).toBe('督办');
});
