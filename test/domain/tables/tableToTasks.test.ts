import { findTargetHeader } from '../../../src/domain/tables/tableHeader';
import { tableToTasks } from '../../../src/domain/tables/tableToTasks';
import { livelihoodSeqs } from '../../../src/domain/tables/livelihoodNote';
import type { TableBlock } from '../../../src/domain/document';

function tasksOf(rows: string[][]) {
  const t: TableBlock = { kind: 'table', rows, rowLines: rows.map((_, i) => 10 + i) };
  return tableToTasks(t, findTargetHeader(rows)!);
}

describe('table rows → tasks', () => {
  it('takes the first 责任单位 as lead unit when there is no 牵头单位 column, and reads 完成时限', () => {
    const { tasks } = tasksOf([
      ['序号', '工作任务', '责任领导', '责任单位', '完成时限'],
      ['1.', '新开工项目40个以上', '李  明', '区发改局、区住建局，区自然资源局', '12月底前'],
    ]);
    expect(tasks).toEqual([
      {
        seq: '1',
        text: '新开工项目40个以上',
        leadLeader: '李明',
        leadUnit: '区发改局',
        units: ['区发改局', '区住建局', '区自然资源局'],
        owners: [],
        deadline: '12月底前',
        livelihood: false,
        line: 11,
      },
    ]);
  });

  it('flags 民生实事 from its column, and joins a cell text broken over lines', () => {
    const { tasks } = tasksOf([
      ['序号', '目标任务', '牵头单位', '民生实事'],
      ['1', '建设2处社区日间\n照料中心', '区民政局', '是'],
      ['2', '新开工项目40个以上', '区发改局', ''],
    ]);
    expect(tasks.map((t) => [t.text, t.livelihood])).toEqual([
      ['建设2处社区日间照料中心', true],
      ['新开工项目40个以上', false],
    ]);
  });

  it('merges a row without 序号 into the task above it, with a warning naming the line', () => {
    const { tasks, diagnostics } = tasksOf([
      ['序号', '目标任务', '牵头单位', '责任单位'],
      ['1', '新开工项目40个以上，', '区发改局', '各镇'],
      ['', '完成投资50亿元', '', '区住建局'],
    ]);
    expect(tasks).toHaveLength(1);
    expect(tasks[0].text).toBe('新开工项目40个以上，完成投资50亿元');
    expect(tasks[0].units).toEqual(['各镇', '区住建局']);
    expect(diagnostics[0]).toMatchObject({ level: 'warning', line: 12, ref: '1' });
    expect(diagnostics[0].message).toContain('第12行');
  });

  it('skips a group heading row spanning the table', () => {
    const { tasks } = tasksOf([
      ['序号', '目标任务', '牵头单位'],
      ['一、经济发展'],
      ['1', '新开工项目40个以上', '区发改局'],
    ]);
    expect(tasks.map((t) => t.seq)).toEqual(['1']);
  });
});

describe('民生实事 notes', () => {
  it('reads 002 l.1427', () => {
    expect(livelihoodSeqs('注：第48、49、57、58、67、80项为区级民生实事。')).toEqual(['48', '49', '57', '58', '67', '80']);
  });
  it('reads ranges and ignores other notes', () => {
    expect(livelihoodSeqs('注：第3-5、9项为市级重点民生实事')).toEqual(['3', '4', '5', '9']);
    expect(livelihoodSeqs('注：本表由区政府办负责解释。')).toBeNull();
  });
});

describe('a decomposition table from elsewhere (issue 11, 12)', () => {
  it('keeps the lead unit and the people apart when the people column is headed 责任人（牵头单位）', () => {
    const { tasks } = tasksOf([
      ['序号', '工作任务', '牵头单位', '配合单位', '责任人（牵头单位）', '完成时限'],
      ['一、', '', '', '', '', ''],
      ['1.1', '新开工项目40个以上', '区发改局', '区住建局、区自然资源局', '张  三', '12月底前'],
    ]);
    expect(tasks).toEqual([expect.objectContaining({ seq: '1.1', leadUnit: '区发改局', units: ['区住建局', '区自然资源局'], owners: ['张三'], deadline: '12月底前' })]);
  });

  it('skips the header repeated after a page break, with its sub-header row', () => {
    const header = ['序号', '目标任务', '牵头单位', '责任人', ''];
    const sub = ['', '', '', '区政府办', '牵头单位'];
    const { tasks, diagnostics } = tasksOf([
      header, sub,
      ['1', '新开工项目40个以上', '区发改局', '李四', '王五'],
      ['序 号', '目标任务', '牵头单位', '责任人', ''], sub,
      ['2', '新增城镇就业5600人以上', '区人社局', '李四', '赵六'],
    ]);
    expect(tasks.map((t) => [t.seq, t.owners])).toEqual([['1', ['李四', '王五']], ['2', ['李四', '赵六']]]);
    expect(diagnostics.filter((d) => d.level === 'warning')).toEqual([]);
  });
});
