// Fresh stores of each dialect for tests. SQLite: a new file in a new temporary directory.
// PostgreSQL: a new database (clearway_test_<random>) created through an admin URL and dropped after.
// The admin URL is $CLEARWAY_TEST_PG (CI sets it; unreachable → the tests fail loudly), else
// postgres://postgres@127.0.0.1:5432/test when reachable, else the PostgreSQL tests are skipped.
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openStore } from '../open.js';
import type { FactStore } from '../types.js';

export const DEFAULT_TEST_PG = 'postgres://postgres@127.0.0.1:5432/test';

export interface TestStore {
  readonly store: FactStore;
  /** What openStore was given: open it again for a second connection to the same database. */
  readonly url: string;
  /** Closes the store and deletes its file or database. */
  dispose(): Promise<void>;
}

export interface StoreTarget {
  readonly dialect: 'sqlite' | 'postgres';
  /** Why this dialect cannot be tested here, or null. */
  readonly skip: string | null;
  /** A fresh, migrated store on a new database. */
  create(): Promise<TestStore>;
  /** A new database with no schema yet. */
  createEmpty(): Promise<EmptyDatabase>;
}

async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** A database nobody opened yet (no schema): a path in a new temporary directory, or a new PostgreSQL database. */
export interface EmptyDatabase {
  readonly url: string;
  /** Deletes the file or drops the database (close its stores first). */
  dispose(): Promise<void>;
}

export async function emptySqliteDatabase(): Promise<EmptyDatabase> {
  const dir = await mkdtemp(join(tmpdir(), 'clearway-store-'));
  return { url: join(dir, 'clearway.db'), dispose: () => rm(dir, { recursive: true, force: true }) };
}

export async function emptyPostgresDatabase(adminUrl: string): Promise<EmptyDatabase> {
  const name = `clearway_test_${randomBytes(6).toString('hex')}`;
  await withClient(adminUrl, (c) => c.query(`create database ${name}`));
  const target = new URL(adminUrl);
  target.pathname = `/${name}`;
  return {
    url: target.toString(),
    async dispose() {
      await withClient(adminUrl, (c) => c.query(`drop database if exists ${name} with (force)`));
    },
  };
}

async function openFresh(empty: EmptyDatabase): Promise<TestStore> {
  let store: FactStore;
  try {
    store = await openStore(empty.url);
  } catch (error) {
    await empty.dispose();
    throw error;
  }
  return {
    store,
    url: empty.url,
    async dispose() {
      await store.close();
      await empty.dispose();
    },
  };
}

export async function freshSqliteStore(): Promise<TestStore> {
  return openFresh(await emptySqliteDatabase());
}

export async function freshPostgresStore(adminUrl: string): Promise<TestStore> {
  return openFresh(await emptyPostgresDatabase(adminUrl));
}

let adminUrl: Promise<{ url: string; skip: null } | { url: null; skip: string }> | undefined;

/** The PostgreSQL admin URL for tests, or why there is none. Throws when $CLEARWAY_TEST_PG is set but unreachable. */
export function postgresForTests(): Promise<{ url: string; skip: null } | { url: null; skip: string }> {
  adminUrl ??= (async () => {
    const fromEnv = process.env.CLEARWAY_TEST_PG;
    if (fromEnv) {
      try {
        await withClient(fromEnv, (c) => c.query('select 1'));
      } catch (error) {
        throw new Error(`CLEARWAY_TEST_PG=${fromEnv} is set but PostgreSQL is not reachable: ${String(error)}`);
      }
      return { url: fromEnv, skip: null };
    }
    try {
      await withClient(DEFAULT_TEST_PG, (c) => c.query('select 1'));
      return { url: DEFAULT_TEST_PG, skip: null };
    } catch (error) {
      return {
        url: null,
        skip: `PostgreSQL not reachable at ${DEFAULT_TEST_PG} (${String(error)}); set CLEARWAY_TEST_PG to run these tests`,
      };
    }
  })();
  return adminUrl;
}

/** Both dialects; PostgreSQL carries a skip reason when no server is reachable (and none was required). */
export async function storeTargets(): Promise<StoreTarget[]> {
  const pgTarget = await postgresForTests();
  return [
    { dialect: 'sqlite', skip: null, create: freshSqliteStore, createEmpty: emptySqliteDatabase },
    {
      dialect: 'postgres',
      skip: pgTarget.skip,
      create: () => {
        if (pgTarget.url === null) throw new Error(pgTarget.skip);
        return freshPostgresStore(pgTarget.url);
      },
      createEmpty: () => {
        if (pgTarget.url === null) throw new Error(pgTarget.skip);
        return emptyPostgresDatabase(pgTarget.url);
      },
    },
  ];
}
