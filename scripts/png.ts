/**
 * Shared by the icon scripts: square RGBA PNGs drawn pixel by pixel (written with pngjs), and
 * the distance from a point to a line segment for anti-aliased strokes.
 */
import { PNG } from 'pngjs';

export type Rgba = [number, number, number, number];

export function encodePng(size: number, pixel: (x: number, y: number) => Rgba): Buffer {
  const image = new PNG({ width: size, height: size });
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) image.data.set(pixel(x, y), (y * size + x) * 4);
  }
  return PNG.sync.write(image);
}

export function distanceToSegment(
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
