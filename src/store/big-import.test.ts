// A big import on SQLite: past BIG_IMPORT_ROWS rows into a table that held fewer, import-facts.ts drops
// the orders' (marketplace, sku, at) index and builds it again at the end of the import. Whatever the
// outcome, the database keeps the index exactly as migrated: after the commit (and the rows are found
// through it), and after a rollback.
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIG_IMPORT_ROWS } from './import-facts.js';
import type { FactBatch } from './types.js';
import { manyOrders } from './testing/sample-facts.js';
import { storeTargets, type TestStore } from './testing/stores.js';

const INDEX = 'orders_marketplace_sku_at_idx';
const ROWS = BIG_IMPORT_ROWS + 10_000;
const OPTIONS = { importedAt: 0, source: 'big.tsv' };

async function* inBatches(orders: FactBatch['orders'] & object, fail: boolean): AsyncIterable<FactBatch> {
  for (let i = 0; i < orders.length; i += 10_000) yield { orders: orders.slice(i, i + 10_000) };
  if (fail) throw new Error('the file had a rejected row');
}

const sqlite = (await storeTargets()).find((target) => target.dialect === 'sqlite');

describe.skipIf(!sqlite)('a big import on SQLite', () => {
  let t: TestStore;
  const indexSql = () => {
    const db = new Database(t.url, { readonly: true });
    try {
      const row = db.prepare(`select sql from sqlite_master where type = 'index' and name = ?`).get(INDEX) as
        { sql: string } | undefined;
      return row?.sql ?? null;
    } finally {
      db.close();
    }
  };
  let migrated: string | null = null;
  beforeAll(async () => {
    t = await sqlite!.create();
    migrated = indexSql();
  });
  afterAll(() => t?.dispose());

  it('keeps the index when the import fails after dropping it (rollback)', async () => {
    expect(migrated).toMatch(/create index/i);
    const orders = manyOrders(ROWS);
    await expect(t.store.importFactStream('big-failed', () => inBatches(orders, true), OPTIONS)).rejects.toThrow(
      'the file had a rejected row',
    );
    expect(indexSql()).toBe(migrated);
    expect((await t.store.countFacts('big-failed')).orders).toBe(0);
  });

  it('builds the index again at the end of the import: every row is found through it', async () => {
    const orders = manyOrders(ROWS);
    const counts = await t.store.importFactStream('big', () => inBatches(orders, false), OPTIONS);
    expect(counts.orders).toEqual({ added: ROWS, updated: 0, duplicates: 0 });
    expect(indexSql()).toBe(migrated);
    const db = new Database(t.url, { readonly: true });
    try {
      const plan = db
        .prepare(
          `explain query plan select * from orders where account_id = 1 and marketplace = 'US' and sku = 'SKU-7'`,
        )
        .all() as { detail: string }[];
      expect(plan.map((p) => p.detail).join(' ')).toContain(INDEX);
    } finally {
      db.close();
    }
    const sku7 = await t.store.loadFacts('big', 'orders', { marketplace: 'US', sku: 'SKU-7' });
    expect(sku7).toEqual(orders.filter((o) => o.sku === 'SKU-7'));
  });
});
