/**
 * The month's report joins the engine's judgement with what a leader reads beside it: an
 * indicator with only a year-end figure is 年度考核 (not 不适用) until December, a quarterly one
 * 季度考核 before its first quarter; a figure out of scale is marked to check.
 */
import type { ProgressInput } from '../../../src/domain/progress/evaluate';
import { RULE_PRESETS } from '../../../src/domain/progress/rules';
import { defaultSettings } from '../../../src/domain/progress/settings';
import type { Frequency, ProgressItem } from '../../../src/domain/progress/types';
import { monthReport } from '../../../src/domain/report/monthReport';

const item = (id: string, over: Partial<ProgressItem> = {}): ProgressItem => ({ id, task: '1', name: `指标${id}`, kind: 'level', cmp: '>=', target: 100, max: null, unit: '个', ...over });
const input = (i: ProgressItem, frequency: Frequency, figures: Record<number, number> = {}): ProgressInput => {
  const row = new Array(13).fill(null);
  for (const [m, v] of Object.entries(figures)) row[Number(m)] = v;
  return { item: i, settings: { ...defaultSettings(i), frequency }, figures: row };
};
const task = { seq: '1', text: '任务', leadLeader: '彭伟', leadUnit: '区发改局', units: [], owners: [], deadline: null, livelihood: true, line: 1 };

test('年度考核 and 季度考核 where the engine does not judge the month; judged in December and after the quarter', () => {
  const inputs = [input(item('1-1'), 'yearly', { 12: 120 }), input(item('1-2', { kind: 'growth', unit: '%', target: 7 }), 'quarterly', { 3: 7.5 }), input(item('1-3'), 'monthly', { 2: 50 })];
  const at = (month: number) => monthReport({ inputs, rules: RULE_PRESETS['宣城'], month, year: 2024, tasks: [task], details: new Map() }).items.map((i) => i.status);
  expect(at(2)).toEqual(['年度考核', '季度考核', '正常']);
  expect(at(4)).toEqual(['年度考核', '正常', '未填报']);
  expect(at(12)).toEqual(['已完成', '未填报', '未填报']);
});

test('a figure out of scale is to be checked, not a completion of 500000%; the task’s unit, leader and 民生实事 mark come with the item', () => {
  const r = monthReport({ inputs: [input(item('1-1', { unit: '亿元', target: 39 }), 'monthly', { 6: 195000 })], rules: RULE_PRESETS['宣城'], month: 6, year: 2024, tasks: [task], details: new Map() });
  expect(r.items[0]).toMatchObject({ status: '预警', suspect: true, unit: '区发改局', leader: '彭伟', livelihood: true, method: '完成率' });
  expect(r).toMatchObject({ year: 2024, month: 6, preset: '宣城', timeProgress: 0.5 });
});
