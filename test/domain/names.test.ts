import { normalizeName, splitNames, splitUnits } from '../../src/domain/names';

describe('names and unit lists', () => {
  it('removes the padding of two-character names', () => {
    expect(normalizeName('彭  伟')).toBe('彭伟');
    expect(normalizeName('曾\u3000婷')).toBe('曾婷');
    expect(splitNames('余宏良\n李  猛、余宏良')).toEqual(['余宏良', '李猛']);
  });
  it('splits units on 、，,；; and line breaks, each once, in order', () => {
    expect(splitUnits('区财政局\n区税务局、区商粮局，区科工局;区税务局；区发改局, 区民政局')).toEqual([
      '区财政局',
      '区税务局',
      '区商粮局',
      '区科工局',
      '区发改局',
      '区民政局',
    ]);
    expect(splitUnits('')).toEqual([]);
  });
});
