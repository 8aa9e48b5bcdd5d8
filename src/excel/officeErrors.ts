/** What an Office.js failure says, for the "原因：…" part of a Chinese message. */
export function reasonOf(error: unknown): string {
  if (error && typeof error === 'object') {
    const e = error as { message?: unknown; code?: unknown; debugInfo?: { errorLocation?: unknown } };
    const parts = [e.message, e.code && e.code !== e.message ? `代码 ${String(e.code)}` : undefined]
      .filter((p) => typeof p === 'string' && p !== '')
      .map(String);
    if (e.debugInfo && typeof e.debugInfo.errorLocation === 'string') parts.push(`位置 ${e.debugInfo.errorLocation}`);
    if (parts.length > 0) return parts.join('；');
  }
  return String(error);
}
