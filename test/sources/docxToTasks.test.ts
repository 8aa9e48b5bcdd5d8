/**
 * End to end from a Word notice to tasks: what the clerk sees in the preview after choosing a
 * .docx. The reader's table layout (grid columns, merged cells, the empty sub-header row) must be
 * one the domain parser reads.
 */
import { parseDocument } from '../../src/domain/parse';
import { readSource } from '../../src/sources/readSource';
import { autoNumberedNotice, decompositionNotice, toBytes } from './docxFixtures';

describe('a .docx decomposition notice imports as tasks', () => {
  it('reads each row as a task with its merged 牵头领导, units, owners and the livelihood note', async () => {
    const result = parseDocument(await readSource('分解通知.docx', await toBytes(decompositionNotice())));
    expect(result.tasks.map((t) => [t.seq, t.leadLeader, t.leadUnit, t.units, t.owners, t.livelihood, t.line])).toEqual([
      ['1', '彭伟', '区发改局', ['区统计局', '区财政局'], ['张三', '李四'], false, 6],
      ['2', '彭伟', '区人社局', ['各镇'], ['王五', '赵六'], true, 7],
      ['3', '吴刚', '区教育局', ['=SUM(A1)'], ['钱七', '孙八'], false, 8],
    ]);
    expect(result.indicators.map((i) => [i.task, i.quote])).toEqual(
      expect.arrayContaining([
        ['1', '地区生产总值增长7.5%以上'],
        ['2', '新增城镇就业5600人以上'],
      ]),
    );
  });

  it('takes 序号 from Word’s automatic numbering', async () => {
    const result = parseDocument(await readSource('自动编号.docx', await toBytes(autoNumberedNotice())));
    expect(result.tasks.map((t) => [t.seq, t.text])).toEqual([
      ['1', '任务甲'],
      ['2', '任务乙'],
      ['3', '任务丙'],
    ]);
  });
});
