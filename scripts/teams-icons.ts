/**
 * Draws the Teams app icons: a 192x192 colour icon and a 32x32 outline icon (white on a
 * transparent background, as Teams requires). Run with `npx tsx scripts/teams-icons.ts`; the
 * PNGs are committed, so this only needs running when the design changes.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { distanceToSegment, encodePng, type Rgba } from './png';

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
  return encodePng(size, (x, y) => {
    const c = coverage(x, y, size, 0.07);
    const mix = (bg: number) => Math.round(bg * (1 - c) + 255 * c);
    return [mix(background[0]), mix(background[1]), mix(background[2]), 255];
  });
}

export function drawOutlineIcon(size = 32): Buffer {
  return encodePng(size, (x, y) => [255, 255, 255, Math.round(255 * coverage(x, y, size, 0.1))]);
}

if (require.main === module) {
  const assets = resolve(__dirname, '..', 'assets');
  writeFileSync(resolve(assets, 'teams-color.png'), drawColourIcon());
  writeFileSync(resolve(assets, 'teams-outline.png'), drawOutlineIcon());
  console.log('Wrote assets/teams-color.png (192x192) and assets/teams-outline.png (32x32).');
}
