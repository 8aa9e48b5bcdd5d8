/**
 * The .xlsx files of the task pane (a chunk of its own, loaded on first use: see
 * src/app/collect/fileWorkbooks.ts): the forms as files, zipped together, and a returned form
 * opened for reading. Browser-safe: exceljs's browser build and fflate.
 */
import { zipSync } from 'fflate';
import type { FileWorkbooks, FormFile } from '../app/collect/fileWorkbooks';
import type { UnitForm } from '../domain/collect/unitForms';
import { formFileName, formMonthText } from '../workbook/collect/formSheet';
import { formFile } from './formFile';
import { openXlsxWorkbook } from './xlsxWorkbook';

async function formFiles(forms: readonly UnitForm[]): Promise<FormFile[]> {
  const out: FormFile[] = [];
  for (const form of forms) out.push({ name: formFileName(form), bytes: await formFile(form) });
  return out;
}

export const fileWorkbooks: FileWorkbooks = {
  formFiles,
  async formsZip(forms) {
    const files = await formFiles(forms);
    // Already compressed (an .xlsx is a zip): stored, not deflated again.
    const bytes = zipSync(Object.fromEntries(files.map((f) => [f.name, [f.bytes, { level: 0 }]])));
    return { name: `${forms[0] ? formMonthText(forms[0]) : ''}-填报表（${forms.length}个单位）.zip`, bytes };
  },
  open: (bytes, name) => openXlsxWorkbook(bytes, name),
};
