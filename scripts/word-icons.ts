/**
 * Draws the Word add-in's icons (assets/icon-16/32/64/80/128.png): a tick on a rounded blue
 * square, anti-aliased, written as PNG with node's zlib. No image tools needed.
 *   npx tsx scripts/word-icons.ts
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { distanceToSegment, encodePng } from './png';

const SIZES = [16, 32, 64, 80, 128];
const BLUE = [15, 108, 189]; // Fluent brand blue #0F6CBD
const WHITE = [255, 255, 255];

/** Coverage (0..1) of the icon's shapes at a point in unit coordinates, 4x4 supersampled. */
function icon(size: number): Buffer {
  const radius = 0.2;
  const stroke = size <= 16 ? 0.11 : 0.085;
  const tick: [number, number][] = [
    [0.26, 0.53],
    [0.43, 0.7],
    [0.75, 0.33],
  ];
  return encodePng(size, (x, y) => {
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
