/**
 * Colour for the terminal, and only there: piped output, files and CI logs stay plain text.
 * NO_COLOR (https://no-color.org) and TERM=dumb switch it off; FORCE_COLOR switches it on.
 */
export interface Palette {
  ok(text: string): string;
  bad(text: string): string;
  warn(text: string): string;
  dim(text: string): string;
  bold(text: string): string;
}

const wrap =
  (open: number, close: number) =>
  (text: string): string =>
    `\u001b[${open}m${text}\u001b[${close}m`;

const COLOURED: Palette = {
  ok: wrap(32, 39),
  bad: wrap(31, 39),
  warn: wrap(33, 39),
  dim: wrap(2, 22),
  bold: wrap(1, 22),
};

const same = (text: string): string => text;
const PLAIN: Palette = { ok: same, bad: same, warn: same, dim: same, bold: same };

export function palette(colour: boolean): Palette {
  return colour ? COLOURED : PLAIN;
}

export function shouldUseColour(
  stream: { isTTY?: boolean },
  env: Record<string, string | undefined> = process.env,
): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '' && env.FORCE_COLOR !== '0')
    return true;
  if (env.TERM === 'dumb') return false;
  return stream.isTTY === true;
}
