import { indicatorIds, qualitativeKeys } from '../../src/domain/ids';

describe('workbook keys', () => {
  const items = [
    { task: '5', line: 800 },
    { task: '5', line: 800 },
    { task: null, line: 77 },
    { task: '6', line: 810 },
    { task: null, line: 77 },
    { task: null, line: 79 },
  ];
  it('numbers indicators within their task, or within the line where their quote starts', () => {
    expect(indicatorIds(items)).toEqual(['5-1', '5-2', 'L77-1', '6-1', 'L77-2', 'L79-1']);
  });
  it('marks qualitative keys with Q', () => {
    expect(qualitativeKeys(items)).toEqual(['5-Q1', '5-Q2', 'L77-Q1', '6-Q1', 'L77-Q2', 'L79-Q1']);
  });
});
