import { cellText, gridToDocument } from '../../src/sources/gridToDocument';
import { SourceError } from '../../src/sources/errors';

describe('gridToDocument: a selected Excel range', () => {
  it('makes one table whose rows carry their worksheet row numbers', () => {
    const doc = gridToDocument(
      [
        ['序号', '目标任务', '牵头单位'],
        [1, '新增城镇就业5600人以上', '区人社局'],
        [2, null, '区财政局'],
      ],
      7,
      '选中的区域 Sheet1!A7:C9',
    );
    expect(doc).toEqual({
      name: '选中的区域 Sheet1!A7:C9',
      blocks: [
        {
          kind: 'table',
          rows: [
            ['序号', '目标任务', '牵头单位'],
            ['1', '新增城镇就业5600人以上', '区人社局'],
            ['2', '', '区财政局'],
          ],
          rowLines: [7, 8, 9],
        },
      ],
    });
  });

  it('shows numbers as Excel does, without binary noise', () => {
    expect(cellText(0.1 + 0.2)).toBe('0.3');
    expect(cellText(7.5000000000000009)).toBe('7.5');
    expect(cellText(5600)).toBe('5600');
    expect(cellText(-0)).toBe('0');
    expect(cellText(0.075)).toBe('0.075');
    expect(cellText(true)).toBe('TRUE');
    expect(cellText('=SUM(A1)')).toBe('=SUM(A1)');
    expect(cellText('区统计局\r\n区财政局')).toBe('区统计局\n区财政局');
  });

  it('rejects an empty selection', () => {
    expect(() => gridToDocument([[null, ''], ['  ', null]], 1, '选中的区域 Sheet1!A1:B2')).toThrow(
      new SourceError('empty', '《选中的区域 Sheet1!A1:B2》是空的，没有可导入的内容', { source: '' }),
    );
  });
});
