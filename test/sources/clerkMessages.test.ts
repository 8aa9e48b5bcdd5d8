/**
 * Whatever bytes a clerk hands the import, what comes back is a document or a SourceError whose
 * message is Chinese and names the file: never an engine's English (fflate's "invalid zip data",
 * TextDecoder's, an XML parser's, a RangeError). Damaged Word files are made by changing random
 * bytes of real ones; other files are random bytes under the names a clerk would give them.
 */
import { SourceError } from '../../src/sources/errors';
import { readSource } from '../../src/sources/readSource';
import { prng } from '../support/prng';
import { autoNumberedNotice, decompositionNotice, toBytes } from './docxFixtures';

async function outcome(name: string, bytes: Uint8Array): Promise<'read' | SourceError> {
  try {
    await readSource(name, bytes);
    return 'read';
  } catch (e) {
    if (e instanceof SourceError) return e;
    throw new Error(`${name}: not a SourceError: ${String(e)}`);
  }
}

/** Names a message may hold: the file, formats, encodings and programs a clerk knows, part names. */
const NAMES = /《[^》]*》|UTF-8|UTF-16|GBK|GB18030|Big5|Shift-JIS|EUC-KR|Word|WPS|LibreOffice|Excel|OpenDocument|PDF|RTF|XML|MB|\.docx|\.doc|\.odt|[\w/.]+\.xml|_rels\/\.rels/g;

function expectForClerk(e: SourceError, name: string): void {
  expect(e.message).toContain(`《${name}》`);
  expect(e.message.match(/[\u4e00-\u9fff]/g)?.length ?? 0).toBeGreaterThanOrEqual(6);
  // No English left once the names are taken out: no engine message came through.
  expect({ message: e.message, english: e.message.replace(NAMES, '').match(/[A-Za-z]{3,}/g) }).toEqual({ message: e.message, english: null });
}

jest.setTimeout(120_000);

describe('damaged and random inputs end in a Chinese message or a document', () => {
  it('600 Word files with random bytes changed', async () => {
    const bases = [await toBytes(decompositionNotice()), await toBytes(autoNumberedNotice())];
    const r = prng(2024);
    const seen = new Set<string>();
    for (let k = 0; k < 600; k++) {
      const bytes = new Uint8Array(bases[k % 2]);
      for (let f = 1 + Math.floor(r() * 8); f > 0; f--) bytes[Math.floor(r() * bytes.length)] = Math.floor(r() * 256);
      const result = await outcome('通知.docx', bytes);
      if (result !== 'read') {
        expectForClerk(result, '通知.docx');
        seen.add(result.kind);
      }
    }
    // The damage reached the unzip and the XML, not only the archive's signature.
    expect([...seen].sort()).toEqual(expect.arrayContaining(['bad-xml', 'not-zip']));
  });

  it('600 random byte strings named .txt, .docx and .csv', async () => {
    const r = prng(7);
    for (let k = 0; k < 600; k++) {
      const name = ['材料.txt', '材料.docx', '材料.csv'][k % 3];
      const bytes = new Uint8Array(Math.floor(r() * 400)).map(() => Math.floor(r() * 256));
      const result = await outcome(name, bytes);
      if (result !== 'read') expectForClerk(result, name);
    }
  });
});
