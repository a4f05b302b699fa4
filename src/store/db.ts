// The Kysely query layer shared by SQLite and PostgreSQL: table types, connections, write transactions
// and the few SQL fragments Kysely has no builder for.
import Database from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, sql, type Generated, type SqliteDatabase } from 'kysely';
import pg from 'pg';
import type { Dialect, Row } from './fact-rows.js';
import { StoreInputError, STORE_MESSAGES } from './messages.js';

export interface AccountsTable {
  id: Generated<number>;
  name: string;
}

export interface ApiKeysTable {
  id: Generated<number>;
  account_id: number;
  /** sha-256 of the key, hex; the key itself is never stored. */
  key_hash: string;
  label: string | null;
  created_at: number;
}

/** One row per importFacts call: its source, instant and counts (JSON). */
export interface ImportsTable {
  id: Generated<number>;
  account_id: number;
  source: string;
  imported_at: number;
  counts: string;
}

export interface StoreTables {
  accounts: AccountsTable;
  api_keys: ApiKeysTable;
  imports: ImportsTable;
}

/** The fact tables, addressed by name (their columns are described in fact-tables.ts). */
export type FactDb = Record<string, Row>;

export type StoreDb = Kysely<StoreTables>;

/** The same connection seen through the fact-table typing. */
export function factDb(db: StoreDb): Kysely<FactDb> {
  return db as unknown as Kysely<FactDb>;
}

/** How long a writer waits for another process's lock on a SQLite file before failing. */
export const SQLITE_BUSY_TIMEOUT_MS = 10_000;

/**
 * Page cache of a connection, negative: in KiB (SQLite's default is 2 MiB). Pages are taken as they are
 * needed, so a small database never holds that much. Measured with bench/import-all-orders.bench.js
 * and BENCH_ORDER_IDS=random (Amazon's order ids, unordered, so every insert lands somewhere in the
 * orders key index): inserting 1,000,000 order lines took 11.0 s of CPU with 2 MiB, 9.1 s with 64 MiB,
 * 9.0 s with 256 MiB; with ordered ids the cache changes nothing. Measured again (issue 4, the floor of
 * bench/import-all-orders.bench.js, 1,000,000 rows in one transaction, 2-core machine at load ~10, CPU
 * seconds): 2 MiB 18.9, 64 MiB 19.9, 256 MiB 18.6 — the WAL does not grow past the database (151 MB
 * each), so a spilling cache re-reads little; page_size 8192 19.3 and 16384 17.2 (a new file only:
 * not worth a VACUUM); temp_store = MEMORY changes nothing (the index rebuilt at the end of a big
 * import: 1.2–1.3 s either way); a WITHOUT ROWID orders table 19.4 (11.2 against 11.3 without the SKU
 * index; its rebuild 2.0 s against 1.2 s). What mattered were the CHECKs (migration 0005).
 */
const SQLITE_CACHE_KIB = -65_536;

export function openSqlite(path: string): StoreDb {
  const database = new Database(path);
  // The busy timeout first: switching a new file to WAL needs a lock another process may hold.
  database.pragma(`busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`);
  database.pragma('journal_mode = WAL');
  database.pragma('foreign_keys = ON');
  // Durable at every checkpoint; with WAL a crash loses at most the last transactions, never consistency.
  database.pragma('synchronous = NORMAL');
  database.pragma(`cache_size = ${SQLITE_CACHE_KIB}`);
  return new Kysely<StoreTables>({ dialect: new SqliteDialect({ database: withStatementCache(database) }) });
}

const STATEMENT_CACHE_SIZE = 200;

/**
 * Kysely prepares every query it runs; imports run the same few statements thousands of times, so
 * the prepared statements are kept (least recently used first out).
 */
function withStatementCache(database: Database.Database): SqliteDatabase {
  const cache = new Map<string, Database.Statement>();
  return {
    close: () => database.close(),
    prepare(text: string) {
      let statement = cache.get(text);
      if (statement) cache.delete(text);
      else statement = database.prepare(text);
      cache.set(text, statement);
      if (cache.size > STATEMENT_CACHE_SIZE) cache.delete(cache.keys().next().value as string);
      return statement;
    },
  };
}

const INT8_OID = 20;

/** bigint columns (money, instants, counts) come back as numbers, refused when not exact. */
function parseInt8(text: string): number {
  const n = Number(text);
  if (!Number.isSafeInteger(n)) throw new StoreInputError(STORE_MESSAGES.STORE_UNSAFE_INTEGER, { value: text });
  return n;
}

const pgTypes: pg.CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === INT8_OID && format !== 'binary'
      ? parseInt8
      : pg.types.getTypeParser(oid, format ?? 'text')) as pg.CustomTypesConfig['getTypeParser'],
};

export function openPostgres(url: string): StoreDb {
  const pool = new pg.Pool({ connectionString: url, types: pgTypes, max: 8 });
  // An idle client losing its server must not crash the process; the next query reports the error.
  pool.on('error', () => {});
  return new Kysely<StoreTables>({ dialect: new PostgresDialect({ pool }) });
}

/**
 * Runs `fn` in one write transaction. SQLite: `BEGIN IMMEDIATE` takes the write lock first (waiting
 * up to the busy timeout), so a read-then-write import never fails on another process's commit.
 * Any error rolls everything back.
 */
export async function inWriteTransaction<T>(
  db: StoreDb,
  dialect: Dialect,
  fn: (trx: StoreDb) => Promise<T>,
): Promise<T> {
  if (dialect === 'postgres') return db.transaction().execute(fn);
  return db.connection().execute(async (conn) => {
    await sql`begin immediate`.execute(conn);
    let result: T;
    try {
      result = await fn(conn);
    } catch (error) {
      // SQLite may already have rolled back (e.g. on a full disk); the original error is what matters.
      await sql`rollback`.execute(conn).catch(() => {});
      throw error;
    }
    await sql`commit`.execute(conn);
    return result;
  });
}

/** A boolean parameter as the dialect stores it (SQLite: 0/1). */
export function boolParam(dialect: Dialect, value: boolean): boolean | number {
  return dialect === 'sqlite' ? (value ? 1 : 0) : value;
}

/** Rows per multi-row statement: under SQLite's 32,766 and PostgreSQL's 65,535 parameters. */
export function chunkSize(columnsPerRow: number): number {
  return Math.max(1, Math.min(1000, Math.floor(30_000 / columnsPerRow)));
}

export function* chunks<T>(items: readonly T[], size: number): Generator<readonly T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}
