/**
 * The words both workbook ports say while writing and when a write fails, so the clerk reads the
 * same thing in Excel, in the browser harness and in tests.
 */

export function writingSheetMessage(sheet: string, rows: number, part?: { index: number; of: number }): string {
  const chunk = part && part.of > 1 ? `（第${part.index}/${part.of}批）` : '';
  return `正在写入“${sheet}”工作表，共${rows}行${chunk}…`;
}

/** "写入失败：已写入“目标任务”工作表，“指标”工作表未写入。原因：…" — `written` were completed
 *  before the failure; `failed` is the sheet being written (it may hold part of its rows). */
export function writeFailureMessage(written: string[], failed: string | undefined, notStarted: string[], reason: string): string {
  const parts: string[] = [];
  parts.push(written.length > 0 ? `已写入${written.map((s) => `“${s}”`).join('、')}工作表` : '没有写完任何工作表');
  if (failed !== undefined) parts.push(`“${failed}”工作表未写完（可能只写入了一部分）`);
  if (notStarted.length > 0) parts.push(`${notStarted.map((s) => `“${s}”`).join('、')}工作表未写入`);
  return `写入失败：${parts.join('，')}。原因：${reason || '未知错误'}`;
}

export function readFailureMessage(what: string, reason: string): string {
  return `读取${what}失败，工作簿未被修改。原因：${reason || '未知错误'}`;
}
