// node scripts/make-icons.mjs: draws Sift's icon (text lines through a sieve) into icons/icon-N.png.
// The PNGs are committed; run this again only to change the design.
import fs from 'node:fs';
import zlib from 'node:zlib';

const SIZES = [16, 32, 48, 96, 128];
const BG = [10, 91, 211];
const FG = [255, 255, 255];

function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  }
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** Coverage of the shape at (x, y) in a 1×1 square: a rounded square with three bars cut out. */
function shape(x, y) {
  const r = 0.2;
  const dx = Math.max(0, Math.abs(x - 0.5) - (0.5 - r));
  const dy = Math.max(0, Math.abs(y - 0.5) - (0.5 - r));
  if (Math.hypot(dx, dy) > r) return null;
  const bars = [
    [0.24, 0.22, 0.78],
    [0.46, 0.22, 0.7],
    [0.68, 0.22, 0.56],
  ];
  for (const [cy, x0, x1] of bars) if (Math.abs(y - cy) < 0.07 && x > x0 && x < x1) return FG;
  return BG;
}

function png(size) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  const S = 4; // supersampling
  for (let py = 0; py < size; py++) {
    raw[py * (size * 4 + 1)] = 0;
    for (let px = 0; px < size; px++) {
      const acc = [0, 0, 0, 0];
      for (let sy = 0; sy < S; sy++)
        for (let sx = 0; sx < S; sx++) {
          const c = shape((px + (sx + 0.5) / S) / size, (py + (sy + 0.5) / S) / size);
          if (c) {
            acc[0] += c[0];
            acc[1] += c[1];
            acc[2] += c[2];
            acc[3] += 255;
          }
        }
      const n = S * S;
      const o = py * (size * 4 + 1) + 1 + px * 4;
      const a = acc[3] / n;
      raw[o] = a ? Math.round(acc[0] / (acc[3] / 255)) : 0;
      raw[o + 1] = a ? Math.round(acc[1] / (acc[3] / 255)) : 0;
      raw[o + 2] = a ? Math.round(acc[2] / (acc[3] / 255)) : 0;
      raw[o + 3] = Math.round(a);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

fs.mkdirSync('icons', { recursive: true });
for (const size of SIZES) fs.writeFileSync(`icons/icon-${size}.png`, png(size));
console.log(`icons/icon-{${SIZES.join(',')}}.png`);
