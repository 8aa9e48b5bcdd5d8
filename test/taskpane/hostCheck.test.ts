import { screenAfterReady, screenBeforeReady } from '../../src/taskpane/hostCheck';
import { hostMessageText } from '../../src/taskpane/views/HostMessage';

/** Excel's answer for a host supporting ExcelApi 1.0 to 1.maxMinor (1.14 > 1.9: not decimals). */
const supportsUpTo = (maxMinor: number) => (name: string, version: string) =>
  name === 'ExcelApi' && Number(version.split('.')[1]) <= maxMinor;

describe('which screen the task pane shows', () => {
  test('Office.js did not load (CDN unreachable): the Office.js message naming the CDN host', () => {
    const screen = screenBeforeReady(false);
    expect(screen).toEqual({ kind: 'no-office' });
    expect(hostMessageText(screen!)).toContain('无法加载 Office.js');
    expect(hostMessageText(screen!)).toContain('appsforoffice.microsoft.com');
  });

  test('Office.js loaded: wait for onReady', () => {
    expect(screenBeforeReady(true)).toBeNull();
  });

  test('Excel with ExcelApi 1.9: the app', () => {
    expect(screenAfterReady('Excel', supportsUpTo(14))).toEqual({ kind: 'app' });
  });

  test('Excel without ExcelApi 1.9: the too-old message', () => {
    const screen = screenAfterReady('Excel', supportsUpTo(8));
    expect(screen).toEqual({ kind: 'too-old' });
    expect(hostMessageText(screen as { kind: 'too-old' })).toBe('此版本的 Excel 过旧（需要 ExcelApi 1.9，Excel 2021 或 Microsoft 365）。');
  });

  test('a plain browser (host null): open it inside Excel, without asking for requirement sets', () => {
    const ask = jest.fn(() => true);
    const screen = screenAfterReady(null, ask);
    expect(screen).toEqual({ kind: 'no-host' });
    expect(ask).not.toHaveBeenCalled();
    expect(hostMessageText(screen as { kind: 'no-host' })).toContain('需要在 Excel 中打开');
  });

  test('another Office host: says which', () => {
    const screen = screenAfterReady('Word', supportsUpTo(14));
    expect(screen).toEqual({ kind: 'wrong-host', host: 'Word' });
    expect(hostMessageText(screen as { kind: 'wrong-host'; host: string })).toContain('Word');
  });
});
