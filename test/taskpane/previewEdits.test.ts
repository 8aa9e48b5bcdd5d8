import { groupByTask, parseFigure, previewCounts, removeIndicator, updateIndicator, updateTaskLeadUnit } from '../../src/taskpane/previewEdits';
import { indicator, previewOf, task } from './helpers';

const base = previewOf(
  [task('1', '地区生产总值增长7.5%以上'), task('2', '新增城镇就业5600人以上', { leadUnit: '人社局' })],
  [indicator('1-1', '1', '地区生产总值', 7.5, '%', { kind: 'growth' }), indicator('2-1', '2', '新增城镇就业', 5600, '人'), indicator('r-1', null, '粮食产量', 30, '万吨')],
  [{ ref: '2-1', reason: '数字与单位之间有换行' }],
);

describe('corrections to a preview', () => {
  test('an edited indicator carries the new figure and leaves the others and the original untouched', () => {
    const next = updateIndicator(base, '2-1', { target: 6000, unit: '人' });
    expect(next.result.indicators.find((i) => i.id === '2-1')?.target).toBe(6000);
    expect(next.result.indicators.find((i) => i.id === '1-1')?.target).toBe(7.5);
    expect(base.result.indicators.find((i) => i.id === '2-1')?.target).toBe(5600);
  });

  test('a removed indicator disappears with its uncertain mark', () => {
    const next = removeIndicator(base, '2-1');
    expect(next.result.indicators.map((i) => i.id)).toEqual(['1-1', 'r-1']);
    expect(next.uncertain).toEqual([]);
  });

  test('a lead unit is trimmed, and emptied to null', () => {
    expect(updateTaskLeadUnit(base, '2', ' 区人社局 ').result.tasks[1].leadUnit).toBe('区人社局');
    expect(updateTaskLeadUnit(base, '2', '  ').result.tasks[1].leadUnit).toBeNull();
  });

  test('counts leave out uncertain rows the clerk has corrected', () => {
    expect(previewCounts(base)).toEqual({ tasks: 2, indicators: 3, qualitative: 0, uncertain: 1 });
    expect(previewCounts(base, new Set(['2-1'])).uncertain).toBe(0);
  });

  test('indicators are grouped under their task; report sentences come last', () => {
    const groups = groupByTask(base);
    expect(groups.map((g) => [g.task?.seq ?? null, g.indicators.map((i) => i.id)])).toEqual([
      ['1', ['1-1']],
      ['2', ['2-1']],
      [null, ['r-1']],
    ]);
  });
});

describe('figures typed by the clerk', () => {
  test.each([
    ['7.5', 7.5],
    [' 5,600 ', 5600],
    ['５６００', 5600],
    ['１２．５', 12.5],
    ['-3', -3],
    ['0', 0],
  ])('%s is %p', (text, value) => expect(parseFigure(text)).toBe(value));

  test.each(['', '约5亿', '5600人', 'abc', '1-2', '.'])('%p is refused, not taken as 0', (text) => expect(parseFigure(text)).toBeNull());
});
