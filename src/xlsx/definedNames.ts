/**
 * The workbook's defined names, kept by the file adapter itself: exceljs drops whole-column
 * references (the 进度 formulas' '指标'!$A:$A) when it reads a file and writes print areas as
 * '$A1:$N265', which LibreOffice ignores. So the adapter reads the <definedNames> of a file it
 * opens, keeps them as written, and writes the block itself into the saved file.
 */
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';

export interface DefinedName {
  name: string;
  /** As stored: without "=", e.g. "'指标'!$A:$A". */
  formula: string;
  /** The sheet whose local name this is (print areas and titles), by name. */
  sheet?: string;
  comment?: string;
}

const xmlText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
const unXml = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&amp;/g, '&');

/** The names of an .xlsx as its workbook.xml holds them, with local names tied to their sheet. */
export function readDefinedNames(files: Record<string, Uint8Array>): DefinedName[] {
  const xml = files['xl/workbook.xml'] ? strFromU8(files['xl/workbook.xml']) : '';
  const sheets = [...xml.matchAll(/<sheet\b[^>]*\bname="([^"]*)"/g)].map((m) => unXml(m[1]));
  const out: DefinedName[] = [];
  for (const m of xml.matchAll(/<definedName\b([^>]*)>([\s\S]*?)<\/definedName>/g)) {
    const attrs = m[1];
    const name = /\bname="([^"]*)"/.exec(attrs)?.[1];
    if (!name) continue;
    const local = /\blocalSheetId="(\d+)"/.exec(attrs)?.[1];
    const comment = /\bcomment="([^"]*)"/.exec(attrs)?.[1];
    out.push({
      name: unXml(name),
      formula: unXml(m[2]),
      ...(local !== undefined && sheets[Number(local)] !== undefined ? { sheet: sheets[Number(local)] } : {}),
      ...(comment ? { comment: unXml(comment) } : {}),
    });
  }
  return out;
}

/** The saved file with its <definedNames> block replaced by `names` (sheet order as saved). */
export function writeDefinedNames(file: Uint8Array, names: DefinedName[]): Uint8Array {
  const files = unzipSync(file);
  const xml = strFromU8(files['xl/workbook.xml']);
  const sheets = [...xml.matchAll(/<sheet\b[^>]*\bname="([^"]*)"/g)].map((m) => unXml(m[1]));
  const items = names
    .map((n) => ({ n, local: n.sheet === undefined ? undefined : sheets.indexOf(n.sheet) }))
    .filter(({ local }) => local === undefined || local >= 0)
    .map(({ n, local }) => {
      const attrs = [`name="${xmlText(n.name)}"`];
      if (n.comment) attrs.push(`comment="${xmlText(n.comment)}"`);
      if (local !== undefined) attrs.push(`localSheetId="${local}"`);
      return `<definedName ${attrs.join(' ')}>${xmlText(n.formula)}</definedName>`;
    });
  const block = items.length > 0 ? `<definedNames>${items.join('')}</definedNames>` : '';
  let next = xml.replace(/<definedNames>[\s\S]*?<\/definedNames>|<definedNames\s*\/>/, '');
  // CT_Workbook: definedNames comes after sheets (and functionGroups, externalReferences).
  next = next.replace(/(<\/sheets>(?:<functionGroups[\s\S]*?(?:\/>|<\/functionGroups>))?(?:<externalReferences>[\s\S]*?<\/externalReferences>)?)/, (head: string) => `${head}${block}`);
  files['xl/workbook.xml'] = strToU8(next);
  return zipSync(files as Zippable, { level: 6 });
}
