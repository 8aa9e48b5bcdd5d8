import { parseChineseNumeral } from '../../../src/domain/numbers/chineseNumeral';
import { parseNumber } from '../../../src/domain/numbers/parseNumber';

describe('numbers as written in reports', () => {
  it('reads Chinese numerals', () => {
    expect(parseChineseNumeral('一')).toBe(1);
    expect(parseChineseNumeral('两')).toBe(2);
    expect(parseChineseNumeral('十')).toBe(10);
    expect(parseChineseNumeral('十五')).toBe(15);
    expect(parseChineseNumeral('二十三')).toBe(23);
    expect(parseChineseNumeral('一百零五')).toBe(105);
    expect(parseChineseNumeral('三千')).toBe(3000);
    expect(parseChineseNumeral('两万')).toBe(20000);
    expect(parseChineseNumeral('项')).toBeNull();
  });

  it('reads Arabic figures, thousands separators and full-width digits', () => {
    expect(parseNumber('7.5')).toBe(7.5);
    expect(parseNumber('5,600')).toBe(5600);
    expect(parseNumber('２０')).toBe(20);
    expect(parseNumber('abc')).toBeNull();
  });
});
