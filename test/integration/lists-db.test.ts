/**
 * The local service's SQLite store: filters on indexed columns are answered through the column's
 * index (never a scan of the whole list, which made reads grow with the list), on a fresh
 * database without statistics as on one upgraded from the earlier kind of index.
 */
import { rmSync } from 'node:fs';
import { ListsDb } from '../../src/server/lists-db';
import { tempDir } from './helpers';

const LIST = 'list-1';
// The shape of SQL the Graph service sends for `$filter=fields/PlanId eq '7'` (src/server/odata.ts).
const BY_PLAN = `SELECT * FROM items WHERE list_id = ? AND (json_extract(fields, '$.PlanId') = ?) ORDER BY id ASC LIMIT ? OFFSET ?`;

let dirs: string[] = [];
afterEach(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  dirs = [];
});

function open(dir?: string): { db: ListsDb; dir: string } {
  const d = dir ?? tempDir('smart-lists-db-');
  if (!dir) dirs.push(d);
  return { db: new ListsDb(d), dir: d };
}

function seed(db: ListsDb, plans: number): void {
  db.tx(() => {
    db.insertList({
      id: LIST,
      name: 'objectives',
      display_name: 'SMART Objectives',
      description: '',
      template: 'genericList',
      created: '2027-01-04T09:00:00Z',
      modified: '2027-01-04T09:00:00Z',
    });
    db.putColumn(LIST, { id: 'c1', name: 'PlanId', indexed: true, text: {} });
    for (let i = 1; i <= plans * 3; i++)
      db.insertItem({
        list_id: LIST,
        id: i,
        guid: `g${i}`,
        version: 1,
        fields: JSON.stringify({ PlanId: String(Math.ceil(i / 3)), Title: `Objective ${i}` }),
        created: '2027-01-04T09:00:00Z',
        modified: '2027-01-04T09:00:00Z',
      });
  });
}

function plan(db: ListsDb): string {
  const rows = db.db.prepare(`EXPLAIN QUERY PLAN ${BY_PLAN}`).all(LIST, '7', 201, 0) as {
    detail: string;
  }[];
  return rows.map((r) => r.detail).join(' | ');
}

test('a filter on an indexed column uses its index, without statistics too', () => {
  const { db } = open();
  seed(db, 2000);
  db.db.exec('DROP TABLE IF EXISTS sqlite_stat1');
  expect(plan(db)).toMatch(/USING INDEX ix_item_PlanId \(list_id=\? AND <expr>=\?\)/);
  expect(plan(db)).not.toMatch(/TEMP B-TREE/);
  expect(
    db.queryItems(LIST, `(json_extract(fields, '$.PlanId') = ?)`, ['7'], 'id ASC', 10, 0),
  ).toHaveLength(3);
  db.close();
});

test('a database with the earlier indexes is upgraded when it opens, its items kept', () => {
  const first = open();
  seed(first.db, 50);
  first.db.db.exec(`DROP INDEX ix_item_PlanId`);
  first.db.db.exec(
    `CREATE INDEX ix_field_PlanId ON items(list_id, json_extract(fields, '$.PlanId'))`,
  );
  first.db.close();

  const { db } = open(first.dir);
  const indexes = (
    db.db.prepare(`SELECT name FROM sqlite_schema WHERE type = 'index'`).all() as {
      name: string;
    }[]
  ).map((r) => r.name);
  expect(indexes).toContain('ix_item_PlanId');
  expect(indexes).not.toContain('ix_field_PlanId');
  expect(plan(db)).toMatch(/USING INDEX ix_item_PlanId/);
  expect(db.queryItems(LIST, '', [], 'id ASC', 1000, 0)).toHaveLength(150);
  db.close();
});
