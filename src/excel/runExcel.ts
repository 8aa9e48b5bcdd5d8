/**
 * Excel.run as the add-in needs it. A batch sent while the clerk is typing into a cell fails
 * (InvalidOperationInCellEditMode) unless the run asks to wait for the edit to end, which
 * ExcelApi 1.11 can (`delayForCellEdit`). Where the host is older, the batch is tried again a
 * few times, a moment apart: the clerk presses Enter and the read goes through, rather than an
 * error bar at every keystroke.
 */
import { isExcelApiSupported } from './requirements';

const RETRIES = 8;
const RETRY_MS = 400;

export async function runExcel<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  if (isExcelApiSupported('1.11')) return Excel.run({ delayForCellEdit: true }, batch);
  for (let attempt = 0; ; attempt++) {
    try {
      return await Excel.run(batch);
    } catch (error) {
      if ((error as { code?: string })?.code !== 'InvalidOperationInCellEditMode' || attempt >= RETRIES) throw error;
      await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
    }
  }
}
