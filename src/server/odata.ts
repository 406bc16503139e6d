/**
 * The OData query subset the local lists service understands, turned into SQL over the items
 * table (fields are a JSON column). `$filter`: eq, ne, lt, le, gt, ge, and, or, not,
 * parentheses and startswith(), on `fields/Name` or `id`; literals are 'strings' (single quotes
 * doubled inside), numbers, true, false and null. `$orderby`: `fields/Name [asc|desc], ...`.
 * `$expand=fields($select=A,B)` and `$select`.
 */

export class ODataError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ODataError';
  }
}

type Literal = string | number | boolean | null;

export type FilterNode =
  | { kind: 'and' | 'or'; left: FilterNode; right: FilterNode }
  | { kind: 'not'; expr: FilterNode }
  | { kind: 'cmp'; op: 'eq' | 'ne' | 'lt' | 'le' | 'gt' | 'ge'; field: FieldRef; value: Literal }
  | { kind: 'startswith'; field: FieldRef; value: string };

/** `fields/Name` (a column) or a top-level property of the list item (only `id`). */
export interface FieldRef {
  column?: string;
  property?: 'id';
}

type Token =
  | { t: 'ident'; v: string }
  | { t: 'string'; v: string }
  | { t: 'number'; v: number }
  | { t: 'punct'; v: '(' | ')' | ',' };

function tokenize(src: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i];
    if (/\s/.test(c)) {
      i++;
    } else if (c === '(' || c === ')' || c === ',') {
      out.push({ t: 'punct', v: c });
      i++;
    } else if (c === "'") {
      let v = '';
      i++;
      for (;;) {
        if (i >= src.length) throw new ODataError('Unterminated string literal in $filter.');
        if (src[i] === "'") {
          if (src[i + 1] === "'") {
            v += "'";
            i += 2;
            continue;
          }
          i++;
          break;
        }
        v += src[i++];
      }
      out.push({ t: 'string', v });
    } else if (/[-0-9]/.test(c)) {
      const m = /^-?\d+(\.\d+)?([eE][-+]?\d+)?/.exec(src.slice(i));
      if (!m) throw new ODataError(`Syntax error at position ${i} in $filter.`);
      // A bare ISO date/time (2027-01-31 or 2027-01-31T09:00:00Z) is a literal too.
      const dt = /^\d{4}-\d{2}-\d{2}(T[0-9:.]+(Z|[+-]\d{2}:\d{2})?)?/.exec(src.slice(i));
      if (dt && dt[0].length > m[0].length) {
        out.push({ t: 'string', v: dt[0] });
        i += dt[0].length;
      } else {
        out.push({ t: 'number', v: Number(m[0]) });
        i += m[0].length;
      }
    } else if (/[A-Za-z_$]/.test(c)) {
      const m = /^[A-Za-z_$][A-Za-z0-9_$/.]*/.exec(src.slice(i))!;
      out.push({ t: 'ident', v: m[0] });
      i += m[0].length;
    } else {
      throw new ODataError(`Syntax error: unexpected '${c}' at position ${i} in $filter.`);
    }
  }
  return out;
}

const CMP_OPS = new Set(['eq', 'ne', 'lt', 'le', 'gt', 'ge']);

/**
 * Bounds on one $filter, so a single request cannot hold the (synchronous) database for seconds:
 * comparisons joined by and/or, and nesting of parentheses and `not` (the parser recurses).
 */
export const MAX_FILTER_TERMS = 100;
export const MAX_FILTER_DEPTH = 32;

export function parseFilter(src: string): FilterNode {
  const toks = tokenize(src);
  let pos = 0;
  let terms = 0;
  let depth = 0;
  const term = () => {
    if (++terms > MAX_FILTER_TERMS)
      throw new ODataError(
        `The $filter has more than ${MAX_FILTER_TERMS} comparisons; split the query into smaller ones.`,
      );
  };
  const enter = () => {
    if (++depth > MAX_FILTER_DEPTH)
      throw new ODataError(
        `The $filter is nested more than ${MAX_FILTER_DEPTH} levels deep; simplify the query.`,
      );
  };
  const peek = () => toks[pos];
  const isWord = (w: string) => {
    const t = peek();
    return t !== undefined && t.t === 'ident' && t.v.toLowerCase() === w;
  };
  const expectPunct = (v: string) => {
    const t = toks[pos++];
    if (!t || t.t !== 'punct' || t.v !== v)
      throw new ODataError(`Syntax error in $filter: expected '${v}'.`);
  };
  const fieldRef = (name: string): FieldRef => {
    if (name.startsWith('fields/')) return { column: name.slice('fields/'.length) };
    if (name === 'id') return { property: 'id' };
    throw new ODataError(
      `Could not find a property named '${name}' on type 'microsoft.graph.listItem'.`,
    );
  };
  const literal = (): Literal => {
    const t = toks[pos++];
    if (!t) throw new ODataError('Syntax error in $filter: a value is missing.');
    if (t.t === 'string' || t.t === 'number') return t.v;
    if (t.t === 'ident') {
      const w = t.v.toLowerCase();
      if (w === 'true') return true;
      if (w === 'false') return false;
      if (w === 'null') return null;
    }
    throw new ODataError('Syntax error in $filter: expected a literal value.');
  };

  function primary(): FilterNode {
    const t = peek();
    if (!t) throw new ODataError('Syntax error in $filter: unexpected end.');
    if (t.t === 'punct' && t.v === '(') {
      pos++;
      enter();
      const e = orExpr();
      expectPunct(')');
      depth--;
      return e;
    }
    if (isWord('not')) {
      pos++;
      enter();
      const expr = primary();
      depth--;
      return { kind: 'not', expr };
    }
    if (t.t === 'ident' && t.v.toLowerCase() === 'startswith') {
      pos++;
      expectPunct('(');
      const f = toks[pos++];
      if (!f || f.t !== 'ident') throw new ODataError('startswith needs a field.');
      expectPunct(',');
      const v = literal();
      expectPunct(')');
      if (typeof v !== 'string') throw new ODataError('startswith needs a string.');
      term();
      return { kind: 'startswith', field: fieldRef(f.v), value: v };
    }
    if (t.t === 'ident') {
      pos++;
      const field = fieldRef(t.v);
      const opTok = toks[pos++];
      if (!opTok || opTok.t !== 'ident' || !CMP_OPS.has(opTok.v.toLowerCase())) {
        throw new ODataError(
          `Syntax error in $filter after '${t.v}': expected eq, ne, lt, le, gt or ge.`,
        );
      }
      const op = opTok.v.toLowerCase() as 'eq';
      term();
      return { kind: 'cmp', op, field, value: literal() };
    }
    throw new ODataError('Syntax error in $filter.');
  }
  function andExpr(): FilterNode {
    let left = primary();
    while (isWord('and')) {
      pos++;
      left = { kind: 'and', left, right: primary() };
    }
    return left;
  }
  function orExpr(): FilterNode {
    let left = andExpr();
    while (isWord('or')) {
      pos++;
      left = { kind: 'or', left, right: andExpr() };
    }
    return left;
  }
  const tree = orExpr();
  if (pos !== toks.length)
    throw new ODataError('Syntax error in $filter: unexpected text at the end.');
  return tree;
}

/** Columns a filter refers to, so the service can refuse unindexed ones as SharePoint does. */
export function filterColumns(node: FilterNode, out = new Set<string>()): Set<string> {
  switch (node.kind) {
    case 'and':
    case 'or':
      filterColumns(node.left, out);
      filterColumns(node.right, out);
      break;
    case 'not':
      filterColumns(node.expr, out);
      break;
    default:
      if (node.field.column) out.add(node.field.column);
  }
  return out;
}

const SQL_OP = { eq: '=', ne: '<>', lt: '<', le: '<=', gt: '>', ge: '>=' } as const;

/** JSON path for a column name; names are checked against the list's columns before this. */
export function jsonPath(column: string): string {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(column))
    throw new ODataError(`Invalid column name '${column}'.`);
  return `'$.${column}'`;
}

/**
 * SQL for a filter over `items(id, fields)`. `normalise` turns a literal into the stored form
 * for that column (e.g. dates into full ISO timestamps, booleans into 0/1).
 */
export function filterToSql(
  node: FilterNode,
  params: unknown[],
  normalise: (column: string, value: Literal) => Literal,
): string {
  switch (node.kind) {
    case 'and':
      return `(${filterToSql(node.left, params, normalise)} AND ${filterToSql(node.right, params, normalise)})`;
    case 'or':
      return `(${filterToSql(node.left, params, normalise)} OR ${filterToSql(node.right, params, normalise)})`;
    case 'not':
      return `(NOT ${filterToSql(node.expr, params, normalise)})`;
    case 'startswith': {
      const expr = node.field.column
        ? `json_extract(fields, ${jsonPath(node.field.column)})`
        : 'CAST(id AS TEXT)';
      params.push(node.value.length);
      params.push(node.value);
      return `(substr(${expr}, 1, ?) = ?)`;
    }
    case 'cmp': {
      const expr = node.field.column
        ? `json_extract(fields, ${jsonPath(node.field.column)})`
        : 'id';
      let value = node.field.column ? normalise(node.field.column, node.value) : node.value;
      if (node.field.property === 'id' && typeof value === 'string') value = Number(value);
      if (value === null) {
        if (node.op === 'eq') return `(${expr} IS NULL)`;
        if (node.op === 'ne') return `(${expr} IS NOT NULL)`;
        return '(0)';
      }
      if (typeof value === 'boolean') value = value ? 1 : 0;
      params.push(value);
      if (node.op === 'ne') return `(${expr} IS NULL OR ${expr} <> ?)`;
      return `(${expr} ${SQL_OP[node.op]} ?)`;
    }
  }
}

export interface OrderBy {
  field: FieldRef;
  desc: boolean;
}

export function parseOrderBy(src: string): OrderBy[] {
  return src
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((part) => {
      const [name, dir, extra] = part.split(/\s+/);
      if (extra !== undefined || (dir && !/^(asc|desc)$/i.test(dir))) {
        throw new ODataError(`Syntax error in $orderby near '${part}'.`);
      }
      let field: FieldRef;
      if (name.startsWith('fields/')) field = { column: name.slice('fields/'.length) };
      else if (name === 'id') field = { property: 'id' };
      else if (name === 'lastModifiedDateTime' || name === 'createdDateTime')
        field = { column: name === 'lastModifiedDateTime' ? 'Modified' : 'Created' };
      else
        throw new ODataError(
          `Could not find a property named '${name}' on type 'microsoft.graph.listItem'.`,
        );
      return { field, desc: /^desc$/i.test(dir ?? '') };
    });
}

/** `fields($select=A,B)` or `fields`: which fields to return (undefined: all). */
export function parseExpand(src: string): { fields: boolean; select?: string[] } {
  const parts = splitTopLevel(src);
  let fields = false;
  let select: string[] | undefined;
  for (const p of parts) {
    const m = /^fields(\((.*)\))?$/.exec(p.trim());
    if (!m) {
      if (p.trim())
        throw new ODataError(
          `Parsing OData Select and Expand failed: Could not find a property named '${p.trim()}' on type 'microsoft.graph.listItem'.`,
        );
      continue;
    }
    fields = true;
    if (m[2]) {
      for (const opt of m[2].split(';')) {
        const o = /^\s*\$select\s*=\s*(.*)$/.exec(opt);
        if (o)
          select = o[1]
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean);
      }
    }
  }
  return { fields, select };
}

function splitTopLevel(src: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (const c of src) {
    if (c === '(') depth++;
    if (c === ')') depth--;
    if (c === ',' && depth === 0) {
      out.push(cur);
      cur = '';
    } else cur += c;
  }
  if (cur) out.push(cur);
  return out;
}
