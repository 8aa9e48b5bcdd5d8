/** A unit's form as an .xlsx file of its own (one sheet, 填报表), through the file adapter. */
import type { UnitForm } from '../domain/collect/unitForms';
import { formSheetPlan } from '../workbook/collect/formSheet';
import { createXlsxWorkbook } from './xlsxWorkbook';

export async function formFile(form: UnitForm): Promise<Uint8Array> {
  const book = createXlsxWorkbook();
  await book.apply({ sheets: [formSheetPlan(form)] });
  return book.save();
}
