/**
 * The engine's read messages begin with the cell they are about ("月度填报!F7：…"). Splitting that
 * prefix off lets the pane list figure errors apart from other problems and select the cell.
 */
import type { CellMessage } from './progressViewTypes';

const CELL_PREFIX = /^([^!：\s]+)!\$?([A-Z]{1,3})\$?(\d+)：/;

export function cellMessage(message: string): CellMessage | null {
  const m = CELL_PREFIX.exec(message);
  return m ? { sheet: m[1], cell: `${m[2]}${m[3]}`, message } : null;
}

/** Messages about figure cells of `figuresSheet` (text where a number belongs), and the rest. */
export function splitFigureErrors(messages: string[], figuresSheet: string): { figures: CellMessage[]; other: string[] } {
  const figures: CellMessage[] = [];
  const other: string[] = [];
  for (const text of messages) {
    const at = cellMessage(text);
    // B1 (the reporting month) is a setting, not a figure.
    if (at && at.sheet === figuresSheet && /不是数字/.test(text)) figures.push(at);
    else other.push(text);
  }
  return { figures, other };
}
