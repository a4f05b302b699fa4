// The store suite, part 5: opening stores — the URL decides the database; several connections and
// several processes on one database (migrations run once, committed data is seen by all).
import { execFile } from 'node:child_process';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KyselyFactStore } from './kysely-store.js';
import { storeMigrations } from './migrations/migrate.js';
import { openStore, storeDialectOf } from './open.js';
import { sampleOrder } from './testing/sample-facts.js';
import { storeTargets } from './testing/stores.js';

const run = promisify(execFile);
const REPO = fileURLToPath(new URL('../../', import.meta.url));

describe('openStore', () => {
  it('a path or :memory: is SQLite, a postgres URL PostgreSQL, anything else is refused', async () => {
    expect(storeDialectOf('./clearway.db')).toBe('sqlite');
    expect(storeDialectOf('/var/lib/clearway/x.db')).toBe('sqlite');
    expect(storeDialectOf(':memory:')).toBe('sqlite');
    expect(storeDialectOf('postgres://u@h:5432/db')).toBe('postgres');
    expect(storeDialectOf('postgresql://u@h/db')).toBe('postgres');
    expect(() => storeDialectOf('mysql://u@h/db')).toThrow(/cannot open the store/);
    expect(() => storeDialectOf('  ')).toThrow(/cannot open the store/);
    const store = await openStore(':memory:');
    expect(store.dialect).toBe('sqlite');
    await store.importFacts('a', { orders: [sampleOrder()] }, { importedAt: 0, source: 'x' });
    expect((await store.countFacts('a')).orders).toBe(1);
    await store.close();
  });
});

// A bundle of openStore that child processes load (the test itself runs TypeScript through vitest).
let bundleDir = '';
beforeAll(async () => {
  bundleDir = join(REPO, '.tmp', `store-open-${randomBytes(4).toString('hex')}`);
  await mkdir(bundleDir, { recursive: true });
  await build({
    entryPoints: [join(REPO, 'src/store/open.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    outfile: join(bundleDir, 'store.mjs'),
    logLevel: 'silent',
  });
  const order = JSON.stringify(sampleOrder());
  await writeFile(
    join(bundleDir, 'import-one.mjs'),
    `import { openStore } from './store.mjs';
const [url, who] = process.argv.slice(2);
const store = await openStore(url);
const counts = await store.importFacts('shared', { orders: [{ ...${order}, orderId: who }] }, { importedAt: 1, source: who });
await store.close();
process.stdout.write(JSON.stringify(counts.orders));
`,
  );
});
afterAll(() => (bundleDir ? rm(bundleDir, { recursive: true, force: true }) : undefined));

for (const target of await storeTargets()) {
  describe.skipIf(target.skip !== null)(
    `several connections on ${target.dialect}${target.skip ? ` — ${target.skip}` : ''}`,
    () => {
      it('two stores on one database both see what the other committed', async () => {
        const t = await target.create();
        const second = await openStore(t.url);
        try {
          await t.store.importFacts('acct', { orders: [sampleOrder()] }, { importedAt: 0, source: 'a' });
          expect(await second.loadFacts('acct', 'orders')).toEqual([sampleOrder()]);
          await second.importFacts('acct', { orders: [sampleOrder({ line: 2 })] }, { importedAt: 0, source: 'b' });
          expect((await t.store.countFacts('acct')).orders).toBe(2);
          const key = await second.createApiKey('acct');
          expect((await t.store.accountForApiKey(key))?.name).toBe('acct');
        } finally {
          await second.close();
          await t.dispose();
        }
      });

      it('four processes opening a new database at once: one migration, every import kept', async () => {
        const empty = await target.createEmpty();
        try {
          const script = join(bundleDir, 'import-one.mjs');
          const outputs = await Promise.all(
            ['p1', 'p2', 'p3', 'p4'].map((who) => run(process.execPath, [script, empty.url, who], { timeout: 60_000 })),
          );
          for (const { stdout } of outputs) expect(JSON.parse(stdout)).toEqual({ added: 1, updated: 0, duplicates: 0 });
          const store = await openStore(empty.url);
          try {
            expect((await store.loadFacts('shared', 'orders')).map((o) => o.orderId)).toEqual(['p1', 'p2', 'p3', 'p4']);
            expect(await store.listAccounts()).toHaveLength(1);
            const migrations = await sql<{ name: string }>`select name from kysely_migration`.execute(
              (store as KyselyFactStore).db,
            );
            expect(migrations.rows.map((r) => r.name)).toEqual(Object.keys(storeMigrations(target.dialect)));
          } finally {
            await store.close();
          }
        } finally {
          await empty.dispose();
        }
      });
    },
  );
}

describe('SQLite settings', () => {
  it('WAL journal, busy timeout and foreign keys are on', async () => {
    const [sqlite] = await storeTargets();
    const t = await sqlite!.create();
    try {
      const db = (t.store as KyselyFactStore).db;
      const pragma = async (name: string) =>
        Object.values((await sql.raw<Record<string, unknown>>(`pragma ${name}`).execute(db)).rows[0] ?? {})[0];
      expect(await pragma('journal_mode')).toBe('wal');
      expect(await pragma('busy_timeout')).toBe(10_000);
      expect(await pragma('foreign_keys')).toBe(1);
    } finally {
      await t.dispose();
    }
  });
});
