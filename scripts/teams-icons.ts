/**
 * Draws the Teams app icons: a 192x192 colour icon and a 32x32 outline icon (white on a
 * transparent background, as Teams requires). Run with `npx tsx scripts/teams-icons.ts`; the
 * PNGs are committed, so this only needs running when the design changes.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { deflateSync } from 'node:zlib';

type Rgba = [number, number, number, number];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
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

/** Encodes RGBA pixels (row-major) as a PNG. */
export function encodePng(size: number, pixels: Rgba[]): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type: RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    for (let x = 0; x < size; x++) {
      const [r, g, b, a] = pixels[y * size + x];
      raw.set([r, g, b, a], y * (size * 4 + 1) + 1 + x * 4);
    }
  }
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

/** The mark, in a unit square: a ring with a tick inside it ("objective met"). */
function inMark(x: number, y: number, stroke: number): boolean {
  const r = Math.hypot(x - 0.5, y - 0.5);
  if (Math.abs(r - 0.36) < stroke / 2) return true;
  return (
    distanceToSegment(x, y, 0.33, 0.52, 0.45, 0.64) < stroke / 2 ||
    distanceToSegment(x, y, 0.45, 0.64, 0.68, 0.38) < stroke / 2
  );
}

/** Coverage of the mark over one pixel, by 4x4 supersampling, so edges are smooth. */
function coverage(px: number, py: number, size: number, stroke: number): number {
  let hits = 0;
  for (let i = 0; i < 4; i++)
    for (let j = 0; j < 4; j++)
      if (inMark((px + (i + 0.5) / 4) / size, (py + (j + 0.5) / 4) / size, stroke)) hits++;
  return hits / 16;
}

export function drawColourIcon(size = 192): Buffer {
  const background: Rgba = [0x0f, 0x6c, 0x5c, 255];
  const pixels: Rgba[] = [];
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) {
      const c = coverage(x, y, size, 0.07);
      const mix = (bg: number) => Math.round(bg * (1 - c) + 255 * c);
      pixels.push([mix(background[0]), mix(background[1]), mix(background[2]), 255]);
    }
  return encodePng(size, pixels);
}

export function drawOutlineIcon(size = 32): Buffer {
  const pixels: Rgba[] = [];
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++)
      pixels.push([255, 255, 255, Math.round(255 * coverage(x, y, size, 0.1))]);
  return encodePng(size, pixels);
}

if (require.main === module) {
  const assets = resolve(__dirname, '..', 'assets');
  writeFileSync(resolve(assets, 'teams-color.png'), drawColourIcon());
  writeFileSync(resolve(assets, 'teams-outline.png'), drawOutlineIcon());
  console.log('Wrote assets/teams-color.png (192x192) and assets/teams-outline.png (32x32).');
}
