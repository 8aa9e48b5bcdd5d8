/**
 * Why a read or a write of the workbook failed, as data: a code, the sheets and cells concerned,
 * what had been written, and the host's own reason. Adapters build these; the clerk's words are
 * made from them by describeFailure (src/app/messages.ts), the one place that writes them.
 */

/** The host's reason, as the host gave it: a stable code (Office.js error codes such as
 *  "InvalidArgument", "RequestPayloadSizeLimitExceeded") and its own text, which is shown only
 *  when it is in Chinese (Office localises its messages; an English engine message is not). */
export interface HostReason {
  code?: string;
  text?: string;
}

export type WorkbookFailure =
  /** The host is too old for the add-in's requirement set. */
  | { code: 'api-too-old'; required: string }
  /** Reading sheets (or the selection) failed; nothing was written. */
  | { code: 'read-failed'; sheets: string[]; selection?: boolean; reason: HostReason }
  /** A write stopped: `written` sheets are complete, `partial` may hold part of its content,
   *  `notStarted` were not touched. */
  | { code: 'write-failed'; written: string[]; partial?: string; notStarted: string[]; reason: HostReason }
  /** "Use the selected range" with no selection, an empty one, or a huge one. */
  | { code: 'no-selection' }
  | { code: 'selection-empty'; sheet: string; address: string }
  | { code: 'selection-too-large'; sheet: string; address: string; limit: number }
  /** Click-through to a cell that cannot be selected. */
  | { code: 'select-failed'; sheet: string; address: string; reason: HostReason }
  /** Watching sheets for changes failed (the pane still works; it is told why). */
  | { code: 'watch-failed'; sheets: string[]; reason: HostReason }
  /** A workbook file that cannot be opened as .xlsx. */
  | { code: 'file-unreadable'; file: string; reason: HostReason };

/** The host's reason of a thrown value: Office.js errors carry `code` and `message`. */
export function hostReason(error: unknown): HostReason {
  if (error && typeof error === 'object') {
    const e = error as { message?: unknown; code?: unknown };
    return {
      code: typeof e.code === 'string' && e.code !== '' ? e.code : undefined,
      text: typeof e.message === 'string' && e.message !== '' ? e.message : undefined,
    };
  }
  return { text: typeof error === 'string' ? error : undefined };
}
