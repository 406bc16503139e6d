/**
 * Draws the Word add-in's icons (assets/icon-16/32/64/80/128.png): a tick on a rounded blue
 * square, anti-aliased, written as PNG with node's zlib. No image tools needed.
 *   npx tsx scripts/word-icons.ts
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';

const SIZES = [16, 32, 64, 80, 128];
const BLUE = [15, 108, 189]; // Fluent brand blue #0F6CBD
const WHITE = [255, 255, 255];

const CRC_TABLE = Array.from({ length: 256 }, (_v, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

export function png(
  size: number,
  pixel: (x: number, y: number) => [number, number, number, number],
): Buffer {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    for (let x = 0; x < size; x++) {
      const [r, g, b, a] = pixel(x, y);
      raw.set([r, g, b, a], y * (size * 4 + 1) + 1 + x * 4);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function distanceToSegment(
  px: number,
  py: number,
  ax: number,
  ay: number,
  bx: number,
  by: number,
): number {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** Coverage (0..1) of the icon's shapes at a point in unit coordinates, 4x4 supersampled. */
function icon(size: number): Buffer {
  const radius = 0.2;
  const stroke = size <= 16 ? 0.11 : 0.085;
  const tick: [number, number][] = [
    [0.26, 0.53],
    [0.43, 0.7],
    [0.75, 0.33],
  ];
  return png(size, (x, y) => {
    let square = 0;
    let mark = 0;
    const n = 4;
    for (let i = 0; i < n; i++)
      for (let j = 0; j < n; j++) {
        const u = (x + (i + 0.5) / n) / size;
        const v = (y + (j + 0.5) / n) / size;
        const cx = Math.min(Math.max(u, radius), 1 - radius);
        const cy = Math.min(Math.max(v, radius), 1 - radius);
        if (Math.hypot(u - cx, v - cy) <= radius) square++;
        const d = Math.min(
          distanceToSegment(u, v, ...tick[0], ...tick[1]),
          distanceToSegment(u, v, ...tick[1], ...tick[2]),
        );
        if (d <= stroke / 2) mark++;
      }
    const a = square / (n * n);
    const m = mark / (n * n);
    const colour = BLUE.map((c, k) => Math.round(c * (1 - m) + WHITE[k] * m));
    return [colour[0], colour[1], colour[2], Math.round(a * 255)];
  });
}

if (require.main === module) {
  const dir = join(__dirname, '..', 'assets');
  for (const size of SIZES) {
    const file = join(dir, `icon-${size}.png`);
    writeFileSync(file, icon(size));
    console.log(`wrote ${file}`);
  }
}
