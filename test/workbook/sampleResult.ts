/** A small ParseResult built by hand, shaped like 002's decomposition (tasks 1, 2, 48). */
import type { Indicator, ParseResult, Qualitative, Task } from '../../src/domain/model';

export function task(seq: string, over: Partial<Task> = {}): Task {
  return {
    seq,
    text: `第${seq}项目标任务`,
    leadLeader: '彭伟',
    leadUnit: '区发改局',
    units: ['区发改局', '区统计局'],
    owners: ['张三', '李四'],
    deadline: null,
    livelihood: false,
    line: 760 + Number(seq) * 10,
    ...over,
  };
}

export function indicator(id: string, over: Partial<Indicator> = {}): Indicator {
  const [t] = id.split('-');
  return {
    id,
    task: t,
    line: 760 + Number(t) * 10,
    quote: '地区生产总值增长7.5%以上',
    name: '地区生产总值',
    kind: 'growth',
    target: 7.5,
    max: null,
    unit: '%',
    cmp: '>=',
    livelihood: false,
    ...over,
  };
}

export function qualitative(t: string, over: Partial<Qualitative> = {}): Qualitative {
  return { task: t, line: 760 + Number(t) * 10, quote: '不发生较大及以上安全生产事故', name: '较大及以上安全生产事故', type: 'bottomline', ...over };
}

export function sampleResult(): ParseResult {
  return {
    tasks: [
      task('1', { text: '地区生产总值增长7.5%以上' }),
      task('2', { text: '新增城镇就业5600人以上', units: ['区人社局'], owners: ['王五'] }),
      task('48', { text: '完成云溪小学改扩建', livelihood: true, deadline: '2024年12月' }),
    ],
    indicators: [
      indicator('1-1'),
      indicator('2-1', { quote: '新增城镇就业5600人以上', name: '新增城镇就业', kind: 'level', target: 5600, unit: '人' }),
    ],
    qualitative: [qualitative('48', { quote: '完成云溪小学改扩建', name: '云溪小学改扩建', type: 'milestone' })],
    diagnostics: [],
  };
}
