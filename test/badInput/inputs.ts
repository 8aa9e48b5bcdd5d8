/**
 * The bad-input corpus, generated (never committed binaries): every input a clerk might hand the
 * import by mistake or that a government file system really produces. Shared by the corpus test,
 * the browser tests and the benchmarks. Deterministic: the same bytes on every run.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { Document, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import { prng } from '../support/prng';

export const SEED_002 = join(__dirname, '..', '..', 'seeds', '002_6ca40ee2ecc3ed1b.txt');

export function seed002Text(): string {
  return readFileSync(SEED_002, 'utf8');
}


/** Bytes that look like an image or a database page: every value, NULs included. */
export function binaryJunk(length = 4096, seed = 7): Uint8Array {
  const next = prng(seed);
  const out = new Uint8Array(length);
  for (let i = 0; i < length; i++) out[i] = Math.floor(next() * 256);
  return out;
}

/** A zip that is not a Word document (what a renamed .zip or a download gone wrong looks like). */
export function renamedZip(): Uint8Array {
  return zipSync({ '说明.txt': strToU8('这是一个压缩包，不是 Word 文档。'), 'data/表格.csv': strToU8('序号,名称\n1,测试\n') });
}

/** The first bytes of an OLE compound file: Word 97-2003 .doc, WPS, or an encrypted .docx. */
export function oleDoc(): Uint8Array {
  const out = new Uint8Array(2048);
  out.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  out.set(binaryJunk(1024, 11), 512);
  return out;
}

const encoders = new Map<string, Map<string, number[]>>();

/**
 * Text → bytes in a legacy encoding (gbk, big5, shift_jis, euc-kr). Node can decode these but not
 * encode them; inverting the decoder over every single- and double-byte code gives the encoder
 * without a dependency. Where two codes decode to one character, the standard range wins (Big5's
 * 0xA1… leads before the Hong Kong extensions at 0x81…).
 */
export function encodeLegacy(text: string, label: 'gbk' | 'big5' | 'shift_jis' | 'euc-kr'): Uint8Array {
  let table = encoders.get(label);
  if (!table) {
    table = new Map();
    const decoder = new TextDecoder(label);
    for (let b = 0x80; b <= 0xff; b++) {
      const ch = decoder.decode(new Uint8Array([b]));
      if (ch.length === 1 && ch !== '\ufffd') table.set(ch, [b]);
    }
    const leads = [...Array.from({ length: 0xff - 0xa1 }, (_, k) => 0xa1 + k), ...Array.from({ length: 0xa1 - 0x81 }, (_, k) => 0x81 + k)];
    for (const lead of leads) {
      for (let trail = 0x40; trail <= 0xfe; trail++) {
        if (trail === 0x7f) continue;
        const ch = decoder.decode(new Uint8Array([lead, trail]));
        if (ch.length === 1 && ch !== '\ufffd' && !table.has(ch)) table.set(ch, [lead, trail]);
      }
    }
    encoders.set(label, table);
  }
  const bytes: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code < 0x80) bytes.push(code);
    else {
      const seq = table.get(ch);
      if (!seq) throw new Error(`character ${ch} (U+${code.toString(16)}) has no ${label} code`);
      bytes.push(...seq);
    }
  }
  return new Uint8Array(bytes);
}

/** Text → GBK bytes. */
export function encodeGbk(text: string): Uint8Array {
  return encodeLegacy(text, 'gbk');
}

export function concatBytes(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** One row of a small decomposition table, in the header order of DECOMPOSITION_HEADERS. */
export interface Row {
  seq: string;
  task: string;
  leader: string;
  lead: string;
  units: string;
}

export const DECOMPOSITION_HEADERS = ['序号', '目标任务', '牵头领导', '牵头单位', '责任单位'] as const;
const FIELD: Record<(typeof DECOMPOSITION_HEADERS)[number], keyof Row> = {
  序号: 'seq',
  目标任务: 'task',
  牵头领导: 'leader',
  牵头单位: 'lead',
  责任单位: 'units',
};

export const SMALL_TABLE: Row[] = [
  { seq: '1', task: '地区生产总值增长7.5%以上', leader: '彭伟', lead: '区发改局', units: '区统计局、区财政局' },
  { seq: '2', task: '新增城镇就业5600人以上', leader: '吴刚', lead: '区人社局', units: '各镇' },
  { seq: '3', task: '完成云溪小学改扩建', leader: '吴刚', lead: '区教育局', units: '区住建局' },
];

/** Tab-separated text as Excel puts a copied range on the clipboard, columns in the given order. */
export function tsv(rows: Row[], headers: readonly string[] = DECOMPOSITION_HEADERS, withHeader = true): string {
  const lines = rows.map((r) => headers.map((h) => r[FIELD[h as keyof typeof FIELD]]).join('\t'));
  return (withHeader ? [headers.join('\t'), ...lines] : lines).join('\r\n') + '\r\n';
}

/** A Word document holding the table, columns in the given order. */
export async function docxTable(rows: Row[], headers: readonly string[] = DECOMPOSITION_HEADERS, withHeader = true): Promise<Uint8Array> {
  const cell = (text: string) => new TableCell({ children: [new Paragraph(text)] });
  const body = rows.map((r) => new TableRow({ children: headers.map((h) => cell(r[FIELD[h as keyof typeof FIELD]])) }));
  const table = new Table({ rows: withHeader ? [new TableRow({ children: headers.map(cell) }), ...body] : body });
  const doc = new Document({
    sections: [{ children: [new Paragraph('2024年《政府工作报告》目标任务分解'), table, new Paragraph('')] }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

/** The same table, columns in another order: the headers, not the positions, say what a column is. */
export const SHUFFLED_HEADERS = ['牵头单位', '目标任务', '责任单位', '序号', '牵头领导'] as const;

/** Rows with numbers and units but no header row at all. */
export function headerlessTsv(): string {
  return tsv(SMALL_TABLE, DECOMPOSITION_HEADERS, false);
}

/** A table whose header words are not any the import knows. */
export function unknownHeaderTsv(): string {
  const headers = ['编号', '内容', '领导', '部门', '其他'];
  return [headers.join('\t'), ...SMALL_TABLE.map((r) => [r.seq, r.task, r.leader, r.lead, r.units].join('\t'))].join('\r\n') + '\r\n';
}

/**
 * The decomposition of seed 002 (header, 80 rows, note) with its rows repeated `copies` times,
 * renumbered so every 序号 stays unique: a synthetic notice of any size with the real layout.
 */
export function syntheticDecomposition(copies: number): string {
  const lines = seed002Text().split('\n');
  // Lines 748-1427 (1-based) hold the notice; rows start with "\t<序号>" after an empty line.
  const notice = lines.slice(747, 1427);
  const firstRow = notice.findIndex((l, i) => /^\t1$/.test(l) && notice[i - 1] === '');
  const noteAt = notice.findIndex((l) => l.startsWith('注：'));
  if (firstRow < 0 || noteAt < 0) throw new Error('seed 002 no longer has its decomposition at lines 748-1427');
  const head = notice.slice(0, firstRow);
  const rows = notice.slice(firstRow, noteAt);
  const tail = notice.slice(noteAt);
  const out = [...head];
  for (let c = 0; c < copies; c++) {
    for (let i = 0; i < rows.length; i++) {
      const m = /^\t(\d+)$/.exec(rows[i]);
      out.push(m && (i === 0 || rows[i - 1] === '') ? `\t${c * 80 + Number(m[1])}` : rows[i]);
    }
  }
  return [...out, ...tail].join('\n') + '\n';
}
