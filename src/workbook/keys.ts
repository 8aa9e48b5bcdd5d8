/**
 * Workbook keys of qualitative items: the model's Qualitative has no key field, the domain
 * computes it (src/domain/ids.ts: `${task}-Q${k}`, or `L${line}-Q${k}` in prose). This is the one
 * place the workbook asks for it.
 */
export { qualitativeKeys } from '../domain/ids';
