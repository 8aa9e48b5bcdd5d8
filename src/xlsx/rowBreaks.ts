/**
 * Manual page breaks between rows (<rowBreaks>), which exceljs writes but drops when it reads a
 * file: without this, a workbook the command line opens and saves again would lose the page
 * breaks of every sheet it does not rewrite (a print sheet of an earlier month, a clerk's own).
 * Read from the package itself, as the names are (definedNames.ts).
 */
import { strFromU8 } from 'fflate';

/** Sheet name → the 1-based rows below which a page ends (the file's <brk id>), in order. */
export function readRowBreaks(files: Record<string, Uint8Array>): Map<string, number[]> {
  const text = (path: string) => (files[path] ? strFromU8(files[path]) : '');
  const workbook = text('xl/workbook.xml');
  const rels = text('xl/_rels/workbook.xml.rels');
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b([^>]*)\/?>/g)) {
    const id = /\bId="([^"]*)"/.exec(m[1])?.[1];
    const target = /\bTarget="([^"]*)"/.exec(m[1])?.[1];
    if (id && target) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  const out = new Map<string, number[]>();
  for (const m of workbook.matchAll(/<sheet\b([^>]*)\/?>/g)) {
    const name = /\bname="([^"]*)"/.exec(m[1])?.[1];
    const rid = /\br:id="([^"]*)"/.exec(m[1])?.[1];
    const path = rid ? targets.get(rid) : undefined;
    if (!name || !path) continue;
    const block = /<rowBreaks\b[^>]*>([\s\S]*?)<\/rowBreaks>/.exec(text(path))?.[1];
    if (!block) continue;
    const ids = [...block.matchAll(/<brk\b[^>]*\bid="(\d+)"/g)].map((b) => Number(b[1]));
    if (ids.length > 0) out.set(unXml(name), ids);
  }
  return out;
}

function unXml(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}
