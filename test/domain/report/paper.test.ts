/**
 * What goes on the leaders' paper: the filter, the groups and their order, lagging items first,
 * the summary counts with their shares, and the title with year and months.
 */
import {
  dataDateText,
  paperGroups,
  paperTitle,
  periodText,
  statusSummary,
  summaryText,
} from '../../../src/domain/report/paper';
import { targetText } from '../../../src/domain/report/targetText';
import { report, reportItem } from './reportItems';

const items = [
  reportItem('1-1', { progress: { kind: 'growth', status: '正常', unit: '%' }, unit: '区发改局', leader: '彭伟' }),
  reportItem('1-2', { progress: { kind: 'growth', status: '滞后', unit: '%' }, unit: '区发改局', leader: '彭伟' }),
  reportItem('9-1', { progress: { status: '预警' }, unit: '区人社局', leader: '彭伟', livelihood: true }),
  reportItem('12-1', { progress: { kind: 'milestone', status: '正常' }, unit: '区应急局', leader: '夏立海' }),
  reportItem('20-1', { progress: { status: '未填报' }, unit: '区人社局', leader: '夏立海' }),
  reportItem('21-1', { progress: { status: '已完成' }, unit: '区农业农村局', leader: null, livelihood: true }),
  reportItem('L5-1', { seq: null, progress: { status: '滞后' }, unit: null, leader: null }),
  reportItem('30-1', { status: '年度考核', progress: { status: '不适用', month: 0 }, unit: '区发改局', leader: '彭伟' }),
];
const month = report(items);

test('by kind (the default): one table per kind of target, each from a new page, lagging first; kinds without items left out', () => {
  const groups = paperGroups(month, { grouping: 'kind', filter: null });
  expect(groups.map((g) => g.title)).toEqual(['一、主要经济指标（2项）', '二、量化指标（5项）', '三、重点项目和节点任务（1项）']);
  expect(groups.map((g) => g.newPage)).toEqual([false, true, true]);
  expect(groups[0].items.map((i) => i.progress.id)).toEqual(['1-2', '1-1']);
  expect(groups[1].items.map((i) => i.progress.id)).toEqual(['L5-1', '9-1', '20-1', '21-1', '30-1']);
});

test('filtered, an empty kind says so rather than vanishing, and no kind starts a page of its own', () => {
  const groups = paperGroups(month, { grouping: 'kind', filter: 'lagging' });
  expect(groups.map((g) => [g.title, g.items.length, g.newPage])).toEqual([
    ['一、主要经济指标（1项）', 1, false],
    ['二、量化指标（2项）', 2, false],
    ['三、重点项目和节点任务（0项）', 0, false],
    ['四、底线任务（0项）', 0, false],
  ]);
});

test('by lead unit or leading official: groups in the decomposition’s order, those without one last', () => {
  const units = paperGroups(month, { grouping: 'unit', filter: null });
  expect(units.map((g) => g.title)).toEqual(['区发改局（3项）', '区人社局（2项）', '区应急局（1项）', '区农业农村局（1项）', '未明确牵头单位（1项）']);
  expect(units[0].items.map((i) => i.progress.id)).toEqual(['1-2', '1-1', '30-1']);
  const leaders = paperGroups(month, { grouping: 'leader', filter: 'livelihood' });
  expect(leaders.map((g) => g.title)).toEqual(['彭伟（1项）', '未明确牵头领导（1项）']);
});

test('by status: the lagging first, each status once', () => {
  const groups = paperGroups(month, { grouping: 'status', filter: null });
  expect(groups.map((g) => g.title)).toEqual(['滞后（2项）', '预警（1项）', '未填报（1项）', '正常（2项）', '已完成（1项）', '年度考核（1项）']);
});

test('the summary counts every item once, with its share; the four a bulletin names always appear', () => {
  const s = statusSummary(items);
  expect(s.counts.reduce((n, c) => n + c.count, 0)).toBe(items.length);
  expect(summaryText(s)).toBe('共8项：已完成1项（12.5%）、达到序时进度2项（25.0%）、预警1项（12.5%）、滞后2项（25.0%）、未报送1项（12.5%）、本月不考核1项（12.5%）');
  expect(summaryText(statusSummary([items[0]]))).toBe('共1项：已完成0项（0.0%）、达到序时进度1项（100.0%）、滞后0项（0.0%）、未报送0项（0.0%）');
  expect(summaryText(statusSummary([]))).toBe('共0项：已完成0项（0.0%）、达到序时进度0项（0.0%）、滞后0项（0.0%）、未报送0项（0.0%）');
});

test('the title carries the year and the months; 1-2月 are one period where they are reported together', () => {
  expect(paperTitle(month, null)).toBe('2024年1-6月《政府工作报告》目标任务进展情况表');
  expect(paperTitle(month, 'livelihood')).toBe('2024年1-6月《政府工作报告》目标任务进展情况表（民生实事）');
  expect(periodText(2, true)).toBe('1-2月');
  expect(periodText(1, false)).toBe('1月');
  expect(periodText(12, true)).toBe('1-12月');
  expect(dataDateText(2024, 2)).toBe('2024年2月29日');
  expect(dataDateText(2025, 6)).toBe('2025年6月30日');
});

test('年度目标 as a leader reads it', () => {
  const t = (p: Parameters<typeof reportItem>[1]) => targetText(reportItem('1-1', p));
  expect(t({ progress: { kind: 'growth', target: 7.5, unit: '%', cmp: '>=' } })).toBe('增长7.5%以上');
  expect(t({ progress: { kind: 'growth', target: 3, unit: '%', cmp: '=' }, lowerIsBetter: true })).toBe('下降3%');
  expect(t({ progress: { kind: 'growth', target: -3, unit: '%', cmp: '=' } })).toBe('下降3%');
  expect(t({ progress: { kind: 'growth', target: -5, unit: '%', cmp: '<=' } })).toBe('下降5%以上');
  expect(t({ progress: { kind: 'growth', target: -1.6, unit: '%', cmp: '~' } })).toBe('下降1.6%左右');
  expect(t({ progress: { kind: 'growth', target: -2, unit: '%', cmp: '=' }, max: -1 })).toBe('下降1-2%');
  expect(t({ progress: { kind: 'growth', target: 3, unit: '%', cmp: '<=' }, lowerIsBetter: true })).toBe('增长控制在3%以内');
  expect(t({ progress: { target: 5600, unit: '人', cmp: '>=' } })).toBe('5600人以上');
  expect(t({ progress: { target: 1, unit: '家', cmp: '=' }, max: 2 })).toBe('1-2家');
  expect(t({ progress: { target: 5.5, unit: '%', cmp: '<=' } })).toBe('控制在5.5%以内');
  expect(t({ progress: { kind: 'milestone', target: null, cmp: null }, dueMonth: 6 })).toBe('6月底前完成');
  expect(t({ progress: { kind: 'bottomline', target: null, cmp: null } })).toBe('—');
});
