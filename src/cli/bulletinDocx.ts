/**
 * The bulletin as a Word document (.docx), laid out as official documents are (GB/T 9704: A4,
 * the title centred in a large 小标宋 face, headings in 黑体, body in 仿宋 with a two-character
 * first-line indent, 28 pt lines, the signature and date at the right). Word uses another font
 * where one of these is not installed; the text is the same as the .txt.
 */
import { AlignmentType, Document, LineRuleType, Packer, Paragraph, TextRun } from 'docx';
import type { Bulletin, BulletinPart } from '../domain/bulletin/bulletin';

const FONTS: Record<BulletinPart, string> = {
  title: '方正小标宋简体',
  issue: '仿宋',
  salutation: '仿宋',
  heading: '黑体',
  body: '仿宋',
  signature: '仿宋',
  date: '仿宋',
};

/** Half-points: 二号 22 pt for the title, 三号 16 pt for the rest. */
const SIZES: Record<BulletinPart, number> = { title: 44, issue: 32, salutation: 32, heading: 32, body: 32, signature: 32, date: 32 };

const MM = 56.7; // twips per millimetre

export async function bulletinDocx(b: Bulletin): Promise<Uint8Array> {
  const paragraphs = b.paragraphs.map((p) => {
    const font = FONTS[p.part];
    return new Paragraph({
      alignment: p.part === 'title' || p.part === 'issue' ? AlignmentType.CENTER : p.part === 'signature' || p.part === 'date' ? AlignmentType.RIGHT : AlignmentType.LEFT,
      indent: p.part === 'body' || p.part === 'heading' ? { firstLineChars: 200 } : undefined,
      spacing: { line: 560, lineRule: LineRuleType.EXACT, after: p.part === 'title' ? 280 : 0 },
      children: [new TextRun({ text: p.text, size: SIZES[p.part], font: { ascii: font, hAnsi: font, eastAsia: font } })],
    });
  });
  const doc = new Document({
    creator: '目标任务监测',
    title: b.title,
    sections: [
      {
        properties: {
          page: {
            size: { width: Math.round(210 * MM), height: Math.round(297 * MM) },
            margin: { top: Math.round(37 * MM), bottom: Math.round(35 * MM), left: Math.round(28 * MM), right: Math.round(26 * MM) },
          },
        },
        children: paragraphs,
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
