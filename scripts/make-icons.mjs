// Draws the add-in's icons (a white target with a rising bar chart on a blue rounded square) as PNG
// files in assets/, with node's zlib only, so the icons can be redrawn without an image editor or
// a new package. Run: node scripts/make-icons.mjs
import { deflateSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// Every size the manifest names (16/32/80 ribbon, 32 IconUrl, 64 HighResolutionIconUrl).
export const ICON_SIZES = [16, 32, 64, 80];

const BLUE = [0x1f, 0x5f, 0xbf];
const WHITE = [0xff, 0xff, 0xff];
const ORANGE = [0xff, 0xb3, 0x00];

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** RGBA pixels (size*size*4) → PNG bytes (colour type 6, 8 bits, no interlace). */
export function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8;
  header[9] = 6;
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    Buffer.from(rgba.buffer, rgba.byteOffset + y * size * 4, size * 4).copy(raw, y * (size * 4 + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Colour and coverage of one point in a unit square (0..1), or null where transparent. */
function shade(x, y) {
  // Rounded square background.
  const r = 0.18;
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  if ((x - cx) ** 2 + (y - cy) ** 2 > r * r) return null;
  // Three rising bars along the bottom right, in front of the target.
  const bars = [
    [0.58, 0.66, 0.66],
    [0.7, 0.78, 0.5],
    [0.82, 0.9, 0.3],
  ];
  for (const [x0, x1, top] of bars) {
    if (x >= x0 && x <= x1 && y >= top && y <= 0.84) return WHITE;
    // A blue margin keeps the bars apart from the rings behind them.
    if (x >= x0 - 0.04 && x <= x1 + 0.04 && y >= top - 0.04 && y <= 0.88) return BLUE;
  }
  // Target: two rings and a bull's eye behind the bars.
  const tx = 0.38, ty = 0.42;
  const d = Math.hypot(x - tx, y - ty);
  if (d < 0.07) return ORANGE;
  if ((d > 0.14 && d < 0.2) || (d > 0.26 && d < 0.32)) return WHITE;
  return BLUE;
}

/** Renders one icon with 4x4 supersampling so small sizes stay smooth. */
export function drawIcon(size) {
  const rgba = new Uint8Array(size * size * 4);
  const ss = 4;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let rr = 0, gg = 0, bb = 0, aa = 0;
      for (let sy = 0; sy < ss; sy++) {
        for (let sx = 0; sx < ss; sx++) {
          const c = shade((px + (sx + 0.5) / ss) / size, (py + (sy + 0.5) / ss) / size);
          if (!c) continue;
          rr += c[0]; gg += c[1]; bb += c[2]; aa += 1;
        }
      }
      const i = (py * size + px) * 4;
      if (aa > 0) {
        rgba[i] = Math.round(rr / aa);
        rgba[i + 1] = Math.round(gg / aa);
        rgba[i + 2] = Math.round(bb / aa);
      }
      rgba[i + 3] = Math.round((aa / (ss * ss)) * 255);
    }
  }
  return encodePng(size, rgba);
}

const isMain = process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  const outDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'assets');
  mkdirSync(outDir, { recursive: true });
  for (const size of ICON_SIZES) {
    const file = join(outDir, `icon-${size}.png`);
    writeFileSync(file, drawIcon(size));
    console.log(`wrote ${file}`);
  }
}
