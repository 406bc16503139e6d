/**
 * Durable storage for the local lists service: one SQLite file (better-sqlite3) holding lists,
 * their column definitions and their items. WAL with synchronous=FULL, and every write in a
 * transaction that has committed before the HTTP answer is sent, so an acknowledged write
 * survives a crash or SIGKILL of the server.
 */
import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import path from 'node:path';

export interface ListRow {
  id: string;
  name: string;
  display_name: string;
  description: string;
  template: string;
  created: string;
  modified: string;
  next_item_id: number;
}

export interface ItemRow {
  list_id: string;
  id: number;
  guid: string;
  version: number;
  fields: string;
  created: string;
  modified: string;
}

/** A Graph columnDefinition as stored (id, name, displayName, indexed, text/number/... facet). */
export type ColumnDef = Record<string, unknown> & { id: string; name: string; indexed?: boolean };

const SCHEMA = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS lists (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  display_name TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  template TEXT NOT NULL DEFAULT 'genericList',
  created TEXT NOT NULL,
  modified TEXT NOT NULL,
  next_item_id INTEGER NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX IF NOT EXISTS lists_display_name ON lists(display_name COLLATE NOCASE);
CREATE TABLE IF NOT EXISTS columns (
  list_id TEXT NOT NULL REFERENCES lists(id),
  name TEXT NOT NULL COLLATE NOCASE,
  position INTEGER NOT NULL,
  definition TEXT NOT NULL,
  PRIMARY KEY (list_id, name)
);
CREATE TABLE IF NOT EXISTS items (
  list_id TEXT NOT NULL REFERENCES lists(id),
  id INTEGER NOT NULL,
  guid TEXT NOT NULL,
  version INTEGER NOT NULL,
  fields TEXT NOT NULL,
  created TEXT NOT NULL,
  modified TEXT NOT NULL,
  PRIMARY KEY (list_id, id)
);
`;

const STATEMENT_CACHE_SIZE = 500;

/** Rows ANALYZE samples per index: enough to tell a selective index from a list-wide one. */
const ANALYSIS_LIMIT = 1000;

export function nowIso(): string {
  return new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export class ListsDb {
  readonly db: Database.Database;
  readonly siteId: string;

  constructor(dataDir: string) {
    mkdirSync(dataDir, { recursive: true });
    this.db = new Database(path.join(dataDir, 'lists.sqlite'));
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = FULL');
    this.db.pragma('foreign_keys = ON');
    this.db.pragma('busy_timeout = 5000');
    // Statistics let SQLite choose well between indexes (e.g. for `or` filters); bounded
    // sampling, so gathering them stays quick on big lists.
    this.db.pragma(`analysis_limit = ${ANALYSIS_LIMIT}`);
    this.db.exec(SCHEMA);
    this.migrateIndexes();
    this.optimize();
    const row = this.stmt(`SELECT value FROM meta WHERE key = 'siteId'`).get() as
      { value: string } | undefined;
    if (row) {
      this.siteId = row.value;
    } else {
      this.siteId = `localhost,${randomUUID()},${randomUUID()}`;
      this.stmt(`INSERT INTO meta (key, value) VALUES ('siteId', ?)`).run(this.siteId);
    }
  }

  close(): void {
    this.db.close();
  }

  /** Prepared statements by SQL text, prepared once: preparing costs more than most queries. */
  private statements = new Map<string, Database.Statement>();

  private stmt(sql: string): Database.Statement {
    let s = this.statements.get(sql);
    if (!s) {
      // Filters vary in shape (`or` chains of any length), so the cache is bounded.
      if (this.statements.size >= STATEMENT_CACHE_SIZE) this.statements.clear();
      s = this.db.prepare(sql);
      this.statements.set(sql, s);
    }
    return s;
  }

  /** Runs fn in one IMMEDIATE transaction: committed (and fsynced) when it returns. */
  tx<T>(fn: () => T): T {
    const result = this.db.transaction(fn).immediate();
    // After the outermost commit only (a nested call is a savepoint of the caller's transaction).
    if (!this.db.inTransaction) this.optimize();
    return result;
  }

  /**
   * Refreshes the planner's statistics when a table has grown or shrunk a lot since they were
   * taken (SQLite's own test, about 25 times), so lists filled in bulk after the service opened
   * are planned as well as those it opened with. Costs microseconds when nothing changed.
   */
  private optimize(): void {
    try {
      // 0x10000: look at every table, not only those this connection has queried; 0x02: ANALYZE.
      this.db.exec('PRAGMA optimize = 0x10002');
    } catch {
      // Only statistics: a busy database (another process writing) must never fail a write that
      // has already committed. The next commit tries again.
    }
  }

  integrityOk(): boolean {
    const r = this.db.pragma('integrity_check', { simple: true });
    return r === 'ok';
  }

  allLists(): ListRow[] {
    return this.stmt(`SELECT * FROM lists ORDER BY created, id`).all() as ListRow[];
  }

  /** A list by id or by display name (case-insensitive), as Graph resolves `lists/{list-id}`. */
  findList(key: string): ListRow | undefined {
    return (this.stmt(`SELECT * FROM lists WHERE id = ? COLLATE NOCASE`).get(key) ??
      this.stmt(`SELECT * FROM lists WHERE display_name = ? COLLATE NOCASE`).get(key)) as
      ListRow | undefined;
  }

  insertList(row: Omit<ListRow, 'next_item_id'>): void {
    this.stmt(
      `INSERT INTO lists (id, name, display_name, description, template, created, modified)
         VALUES (@id, @name, @display_name, @description, @template, @created, @modified)`,
    ).run(row);
  }

  /** Column definitions by list, dropped when this or another process changes the database. */
  private columnCache = new Map<string, ColumnDef[]>();
  private cacheVersion = -1;

  columns(listId: string): ColumnDef[] {
    const version = this.db.pragma('data_version', { simple: true }) as number;
    if (version !== this.cacheVersion) {
      this.columnCache.clear();
      this.cacheVersion = version;
    }
    let cols = this.columnCache.get(listId);
    if (!cols) {
      cols = this.readColumns(listId);
      this.columnCache.set(listId, cols);
    }
    return cols;
  }

  private readColumns(listId: string): ColumnDef[] {
    const rows = this.stmt(
      `SELECT definition FROM columns WHERE list_id = ? ORDER BY position`,
    ).all(listId) as { definition: string }[];
    return rows.map((r) => JSON.parse(r.definition) as ColumnDef);
  }

  putColumn(listId: string, def: ColumnDef): void {
    this.columnCache.delete(listId);
    const existing = this.stmt(`SELECT position FROM columns WHERE list_id = ? AND name = ?`).get(
      listId,
      def.name,
    ) as { position: number } | undefined;
    if (existing) {
      this.stmt(`UPDATE columns SET definition = ? WHERE list_id = ? AND name = ?`).run(
        JSON.stringify(def),
        listId,
        def.name,
      );
    } else {
      const { n } = this.stmt(`SELECT COUNT(*) AS n FROM columns WHERE list_id = ?`).get(
        listId,
      ) as { n: number };
      this.stmt(
        `INSERT INTO columns (list_id, name, position, definition) VALUES (?, ?, ?, ?)`,
      ).run(listId, def.name, n, JSON.stringify(def));
    }
    if (def.indexed) this.ensureSqlIndex(def.name);
  }

  /**
   * An expression index per indexed column, so filtered reads stay fast on big lists. It ends
   * with id because every read is ordered by id (paging): one index then serves the filter and
   * the order, and SQLite never prefers the primary key and scans the whole list to save a sort.
   */
  private ensureSqlIndex(column: string): void {
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(column)) return;
    this.db.exec(
      `CREATE INDEX IF NOT EXISTS "ix_item_${column}" ON items(list_id, json_extract(fields, '$.${column}'), id)`,
    );
  }

  /**
   * Databases made before the indexes ended with id have `ix_field_<column>` ones: replaced here,
   * once, by the current kind for every indexed column.
   */
  private migrateIndexes(): void {
    const old = this.stmt(
      `SELECT name FROM sqlite_schema WHERE type = 'index' AND name GLOB 'ix_field_*'`,
    ).all() as { name: string }[];
    if (old.length === 0) return;
    this.tx(() => {
      const defs = this.stmt(`SELECT definition FROM columns`).all() as {
        definition: string;
      }[];
      for (const { definition } of defs) {
        const def = JSON.parse(definition) as ColumnDef;
        if (def.indexed) this.ensureSqlIndex(def.name);
      }
      for (const { name } of old)
        this.db.exec(`DROP INDEX IF EXISTS "${name.replace(/"/g, '""')}"`);
    });
  }

  nextItemId(listId: string): number {
    const row = this.stmt(`SELECT next_item_id FROM lists WHERE id = ?`).get(listId) as {
      next_item_id: number;
    };
    this.stmt(`UPDATE lists SET next_item_id = next_item_id + 1 WHERE id = ?`).run(listId);
    return row.next_item_id;
  }

  getItem(listId: string, id: number): ItemRow | undefined {
    return this.stmt(`SELECT * FROM items WHERE list_id = ? AND id = ?`).get(listId, id) as
      ItemRow | undefined;
  }

  insertItem(row: ItemRow): void {
    this.stmt(
      `INSERT INTO items (list_id, id, guid, version, fields, created, modified)
         VALUES (@list_id, @id, @guid, @version, @fields, @created, @modified)`,
    ).run(row);
  }

  updateItem(listId: string, id: number, fields: string, version: number, modified: string): void {
    this.stmt(
      `UPDATE items SET fields = ?, version = ?, modified = ? WHERE list_id = ? AND id = ?`,
    ).run(fields, version, modified, listId, id);
  }

  deleteItem(listId: string, id: number): void {
    this.stmt(`DELETE FROM items WHERE list_id = ? AND id = ?`).run(listId, id);
  }

  queryItems(
    listId: string,
    where: string,
    params: unknown[],
    orderBy: string,
    limit: number,
    offset: number,
  ): ItemRow[] {
    const sql = `SELECT * FROM items WHERE list_id = ?${where ? ` AND ${where}` : ''} ORDER BY ${orderBy} LIMIT ? OFFSET ?`;
    return this.stmt(sql).all(listId, ...params, limit, offset) as ItemRow[];
  }

  /**
   * Items in order, read one at a time (a caller that stops early never holds the rest), each
   * with the values of `keyExprs` (the page's order, for its cursor).
   */
  *iterateItems(
    listId: string,
    where: string,
    params: unknown[],
    keyExprs: string[],
    orderBy: string,
    limit: number,
  ): Generator<{ item: ItemRow; keys: (string | number | null)[] }> {
    const extra = keyExprs.map((e, i) => `, ${e} AS k${i}`).join('');
    const sql = `SELECT *${extra} FROM items WHERE list_id = ?${where ? ` AND ${where}` : ''} ORDER BY ${orderBy} LIMIT ?`;
    for (const raw of this.stmt(sql).iterate(listId, ...params, limit) as Iterable<
      ItemRow & Record<string, unknown>
    >) {
      const keys = keyExprs.map((_, i) => raw[`k${i}`] as string | number | null);
      yield { item: raw, keys };
    }
  }
}
