import { findTargetHeader } from '../../../src/domain/tables/tableHeader';
import { classifyTable } from '../../../src/domain/tables/classifyTable';
import { textToDocument } from '../../../src/domain/text/textToDocument';
import type { TableBlock } from '../../../src/domain/document';
import { SEEDS, seedText } from '../seedText';

const table = (rows: string[][]): TableBlock => ({ kind: 'table', rows, rowLines: rows.map((_, i) => i + 1) });

describe('recognising a decomposition table by its header', () => {
  const seedTables = textToDocument(seedText(SEEDS.bundle), SEEDS.bundle).blocks.filter((b): b is TableBlock => b.kind === 'table');

  it('reads 002 with 责任人 over two sub-columns (区政府办, 牵头单位: people, not units)', () => {
    const layout = findTargetHeader(seedTables[2].rows)!;
    expect(layout.columns).toEqual(['seq', 'text', 'leadLeader', 'leadUnit', 'units', 'owners', 'owners']);
    expect(layout.dataStart).toBe(2);
  });

  it('does not take 002’s 赋权事项目录 (序号, 赋权事项名称, 事项编码…) for a target list', () => {
    expect(classifyTable(seedTables[0]).kind).toBe('other');
    expect(classifyTable(seedTables[1]).kind).toBe('other');
  });

  it('accepts the other words of such headers: 重点任务, 责任领导, 配合单位, 完成时限', () => {
    const layout = findTargetHeader([['序 号', '重点任务', '责任领导', '责任单位', '配合单位', '完成时限', '备注']])!;
    expect(layout.columns).toEqual(['seq', 'text', 'leadLeader', 'units', 'units', 'deadline', 'note']);
  });

  it('finds the header below a title row', () => {
    const layout = findTargetHeader([['2024年重点工作任务分解表'], ['序号', '工作任务', '牵头单位'], ['1', '新开工项目40个以上', '区发改局']])!;
    expect(layout.headerRow).toBe(1);
    expect(layout.dataStart).toBe(2);
  });

  it('calls a table with 牵头单位/责任单位 but no 序号 unreadable rather than skipping it', () => {
    expect(classifyTable(table([['任务', '牵头单位', '责任单位'], ['新开工项目40个以上', '区发改局', '各镇']])).kind).toBe('unreadable');
  });

  it('calls a headerless table of targets unreadable', () => {
    expect(classifyTable(table([['1', '地区生产总值增长7.5%以上', '区发改局'], ['2', '新增城镇就业5600人', '区人社局']])).kind).toBe('unreadable');
  });
});

describe('header words of decomposition tables from other places (issue 11)', () => {
  it('reads 责任人（牵头单位） and 责任人（区政府办） as people, not as the lead unit', () => {
    const layout = findTargetHeader([['序号', '工作任务', '分管领导', '牵头单位', '配合单位', '责任人（牵头单位）', '责任人（区政府办）', '时间节点']])!;
    expect(layout.columns).toEqual(['seq', 'text', 'leadLeader', 'leadUnit', 'units', 'owners', 'owners', 'deadline']);
  });

  it('reads 协办单位 and 完成时限 in a table pasted from Excel', () => {
    const doc = textToDocument('序号\t目标任务\t牵头单位\t协办单位\t责任人（牵头单位）\t完成时限\n1.1\t新开工项目40个以上\t区发改局\t区住建局\t张  三\t12月底前\n', '粘贴.txt');
    const t = doc.blocks[0] as TableBlock;
    const layout = findTargetHeader(t.rows)!;
    expect(layout.columns).toEqual(['seq', 'text', 'leadUnit', 'units', 'owners', 'deadline']);
  });
});
