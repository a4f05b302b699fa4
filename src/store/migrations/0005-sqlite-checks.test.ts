// Migration 0005 (SQLite): a database migrated up to 0004 keeps its rows and indexes, and its
// allowed-values CHECKs still refuse what they refused, written as OR comparisons.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { Migrator, type Migration } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { openSqlite } from '../db.js';
import { openStore } from '../open.js';
import { sampleOrder, sampleProduct } from '../testing/sample-facts.js';
import { checksAsOr } from './0005-sqlite-checks.js';
import { storeMigrations } from './migrate.js';

const dir = mkdtempSync(join(tmpdir(), 'clearway-0005-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('migration 0005: SQLite allowed-values CHECKs as OR comparisons', () => {
  it('rewrites only text IN lists', () => {
    expect(
      checksAsOr(`CREATE TABLE "t" ("a" text not null check ("a" in ('US', 'CA')), "b" integer check ("b" in (0, 1)))`),
    ).toBe(`CREATE TABLE "t" ("a" text not null check ("a" = 'US' or "a" = 'CA'), "b" integer check ("b" in (0, 1)))`);
    expect(checksAsOr(`CREATE TABLE "t" ("b" integer check ("b" in (0, 1)))`)).toBeNull();
  });

  it('keeps the rows, keys and indexes of a database made before it; the CHECKs still refuse', async () => {
    const path = join(dir, 'old.db');
    // The database as migrations 0001–0004 left it, with facts in it.
    const before = openSqlite(path);
    const all = storeMigrations('sqlite');
    const upTo0004 = Object.fromEntries(Object.entries(all).filter(([name]) => name < '0005')) as Record<
      string,
      Migration
    >;
    const { error } = await new Migrator({
      db: before,
      provider: { getMigrations: async () => upTo0004 },
    }).migrateToLatest();
    expect(error).toBeUndefined();
    await before.destroy();
    let store = await openStore(path);
    await store.importFacts(
      'a',
      { orders: [sampleOrder()], products: [sampleProduct()] },
      { importedAt: 0, source: 'x' },
    );
    await store.close();
    const raw = new Database(path);
    const indexes = raw.prepare(`select name, sql from sqlite_master where type = 'index' order by name`).all();
    raw.close();

    store = await openStore(path); // runs 0005
    expect(await store.loadFacts('a', 'orders')).toEqual([sampleOrder()]);
    expect(await store.loadFacts('a', 'products')).toEqual([sampleProduct()]);
    // The same key: importing the order again is a duplicate.
    expect(await store.importFacts('a', { orders: [sampleOrder()] }, { importedAt: 0, source: 'y' })).toEqual({
      orders: { added: 0, updated: 0, duplicates: 1 },
    });
    await store.close();

    const db = new Database(path);
    try {
      expect(db.prepare(`select name, sql from sqlite_master where type = 'index' order by name`).all()).toEqual(
        indexes,
      );
      expect(db.prepare(`select name from sqlite_master where sql like '% in (''%'`).all()).toEqual([]);
      expect(db.pragma('integrity_check')).toEqual([{ integrity_check: 'ok' }]);
      expect(db.pragma('foreign_key_check')).toEqual([]);
      const insert = (marketplace: string) =>
        db
          .prepare(
            `insert into orders (account_id, order_id, line, sku, marketplace, at, units, unit_price, currency,
              promotion_ids, promotion_discount, b2b, subscribe_and_save, cancelled, channel)
             values (1, 'o-2', 1, 'S', ?, 0, 1, 100, 'USD', '[]', 0, 0, 0, 0, 'fba')`,
          )
          .run(marketplace);
      expect(() => insert('XX')).toThrow(/CHECK constraint failed/);
      expect(() => insert('US')).not.toThrow();
    } finally {
      db.close();
    }
  });
});
