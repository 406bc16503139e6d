/**
 * Values as SharePoint list items hold them, to and from the model's. Items are read leniently:
 * a value of the wrong shape (an item edited by hand in SharePoint, a column added later) reads
 * as absent rather than failing the whole list.
 */
import type { IsoDate } from '../../plans/model';

/** Date-only values are written at UTC midnight and read back rounded to the nearest day, so a
 * site in any time zone within 12 hours of UTC gives back the date that was written. */
export function toGraphDate(d: IsoDate | undefined): string | null {
  if (!d) return null;
  return /^\d{4}-\d{2}-\d{2}$/.test(d) ? `${d}T00:00:00Z` : d;
}

export function fromGraphDate(v: unknown): IsoDate | undefined {
  if (typeof v !== 'string' || !v) return undefined;
  const t = Date.parse(v);
  if (Number.isNaN(t)) return undefined;
  return new Date(t + 12 * 3600 * 1000).toISOString().slice(0, 10);
}

export function str(v: unknown): string | undefined {
  return typeof v === 'string' && v !== '' ? v : undefined;
}

export function num(v: unknown): number | undefined {
  if (typeof v === 'number') return v;
  if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) return Number(v);
  return undefined;
}

export function json<T>(v: unknown, fallback: T): T {
  if (typeof v !== 'string' || !v) return fallback;
  try {
    return JSON.parse(v) as T;
  } catch {
    return fallback;
  }
}

/** Emails are stored trimmed and lower-case: they are what $filter matches people by. */
export function email(e: string | undefined): string | null {
  return e ? e.trim().toLowerCase() : null;
}

/** A short, stable key for a document URL (FNV-1a, 64-bit), so lookups use an indexed text column. */
export function documentKey(url: string): string {
  let h = 0xcbf29ce484222325n;
  for (const ch of new TextEncoder().encode(url.trim())) {
    h ^= BigInt(ch);
    h = (h * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return h.toString(16).padStart(16, '0');
}
