/**
 * What the pane needs of .xlsx files: the forms saved as files, and a returned form opened to be
 * read. The .xlsx adapter (exceljs) is large, so the task pane does not start with it: the
 * composition root hands the app a loader (`LoadFileWorkbooks`, an `import()` webpack turns into
 * a chunk of its own, fetched when the clerk first asks for a file), as the .docx reader is loaded.
 */
import type { UnitForm } from '../../domain/collect/unitForms';
import type { WorkbookStore } from '../port';

export interface FormFile {
  name: string;
  bytes: Uint8Array;
}

export interface FileWorkbooks {
  /** Each form as an .xlsx of its own. */
  formFiles(forms: readonly UnitForm[]): Promise<FormFile[]>;
  /** All forms in one .zip (one download instead of one per unit). */
  formsZip(forms: readonly UnitForm[]): Promise<FormFile>;
  /** A returned .xlsx, as a store to read its sheets. */
  open(bytes: Uint8Array, name: string): Promise<WorkbookStore>;
}

export type LoadFileWorkbooks = () => Promise<FileWorkbooks>;

/** The chunk could not be fetched (the network dropped, or the add-in was updated meanwhile). */
export class FilesLoadError extends Error {
  constructor(cause: unknown) {
    super('未能加载读写 Excel 文件的组件（网络中断，或加载项刚刚更新）。请关闭任务窗格后重新打开再试；也可以改用“写入为工作表”。');
    this.name = 'FilesLoadError';
    this.cause = cause;
    Object.setPrototypeOf(this, new.target.prototype);
  }
}
