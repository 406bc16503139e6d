/**
 * Paging a collection as Graph does: pages bounded by count, bytes and time, each followed by
 * an `@odata.nextLink` whose `$skiptoken` is a cursor after the page's last item.
 */
import { GraphHttpError } from './errors';

export const DEFAULT_PAGE = 200;
export const MAX_PAGE = 5000;
/**
 * A page of items stops growing past this many bytes of JSON (at least one item is always
 * given) and carries a nextLink, as Graph pages by size: $top is an upper bound, not a promise.
 */
export const PAGE_BYTES = 4 * 1024 * 1024;
/** A page also stops after this long (SQLite is synchronous: nothing else runs meanwhile). */
export const PAGE_TIME_MS = 1000;

export type Literal = string | number | null;

/** One term of a page's order: an SQL expression over the items table and its direction. */
export interface OrderKey {
  expr: string;
  desc: boolean;
}

/** Query strings the way Graph writes them: $ and , and ( ) left readable, values encoded. */
export function encodeQuery(q: URLSearchParams): string {
  return [...q]
    .map(
      ([k, v]) =>
        `${k}=${encodeURIComponent(v).replace(/%24/g, '$').replace(/%2C/g, ',').replace(/%28/g, '(').replace(/%29/g, ')')}`,
    )
    .join('&');
}

/**
 * SharePoint's own shape, `Paged=TRUE&p_ID=<last id>`, with the last item's other order values
 * (JSON) when the order is not by id alone: the next page starts after that item whatever was
 * added or deleted before it, where an offset would skip one for each deletion.
 */
export function makeSkipToken(last: Literal[]): string {
  const p = new URLSearchParams({ Paged: 'TRUE' });
  if (last.length > 1) p.set('p_Keys', JSON.stringify(last.slice(0, -1)));
  p.set('p_ID', String(last[last.length - 1]));
  return Buffer.from(p.toString()).toString('base64url');
}

export function parseSkipToken(token: string, keyCount: number): Literal[] {
  const bad = () => new GraphHttpError(400, 'invalidRequest', 'The $skiptoken is not valid.');
  const p = new URLSearchParams(Buffer.from(token, 'base64url').toString('utf8'));
  const id = Number(p.get('p_ID'));
  if (p.get('Paged') !== 'TRUE' || !Number.isInteger(id) || id < 0) throw bad();
  let rest: unknown = [];
  if (keyCount > 1) {
    try {
      rest = JSON.parse(p.get('p_Keys') ?? '');
    } catch {
      throw bad();
    }
  }
  if (
    !Array.isArray(rest) ||
    rest.length !== keyCount - 1 ||
    !rest.every((v) => v === null || typeof v === 'string' || typeof v === 'number')
  )
    throw bad();
  return [...(rest as Literal[]), id];
}

/**
 * Rows after the cursor in the page order, NULL-aware (SQLite puts NULLs first ascending, last
 * descending): (k1 after v1) OR (k1 IS v1 AND k2 after v2) OR ...
 */
export function afterCursor(keys: OrderKey[], values: Literal[], params: unknown[]): string {
  const alternatives: string[] = [];
  keys.forEach((key, k) => {
    const v = values[k];
    const parts: string[] = [];
    const partParams: unknown[] = [];
    for (let j = 0; j < k; j++) {
      parts.push(`${keys[j].expr} IS ?`);
      partParams.push(values[j]);
    }
    if (!key.desc) {
      if (v === null) parts.push(`${key.expr} IS NOT NULL`);
      else {
        parts.push(`${key.expr} > ?`);
        partParams.push(v);
      }
    } else {
      if (v === null) return; // nothing sorts after NULL when descending
      parts.push(`(${key.expr} < ? OR ${key.expr} IS NULL)`);
      partParams.push(v);
    }
    alternatives.push(`(${parts.join(' AND ')})`);
    params.push(...partParams);
  });
  return alternatives.length ? `(${alternatives.join(' OR ')})` : '(0)';
}
