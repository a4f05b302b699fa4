// Runs the store's migrations (Kysely Migrator, migrations defined in code) when a store is opened.
// Idempotent, and safe when two processes open the same database at once: SQLite takes the write lock
// first (BEGIN IMMEDIATE, waiting up to the busy timeout), PostgreSQL an advisory lock.
import { Migrator, sql, type Migration, type MigrationProvider } from 'kysely';
import { inWriteTransaction, type StoreDb } from '../db.js';
import type { Dialect } from '../fact-rows.js';
import { initialMigration } from './0001-initial.js';
import { amazonReportsMigration } from './0002-amazon-reports.js';
import { outletMigration } from './0003-outlet.js';
import { ishsPresaleMigration } from './0004-ishs-presale.js';
import { sqliteChecksMigration } from './0005-sqlite-checks.js';

/** Every migration by name; names sort in the order they run. Never edit one that has shipped. */
export function storeMigrations(dialect: Dialect): Record<string, Migration> {
  return {
    '0001-initial': initialMigration(dialect),
    '0002-amazon-reports': amazonReportsMigration(dialect),
    '0003-outlet': outletMigration(dialect),
    '0004-ishs-presale': ishsPresaleMigration(dialect),
    '0005-sqlite-checks': sqliteChecksMigration(dialect),
  };
}

class InCodeMigrationProvider implements MigrationProvider {
  constructor(private readonly dialect: Dialect) {}
  async getMigrations(): Promise<Record<string, Migration>> {
    return storeMigrations(this.dialect);
  }
}

const PG_MIGRATION_LOCK = 7_312_001;

export async function migrateToLatest(db: StoreDb, dialect: Dialect): Promise<void> {
  const provider = new InCodeMigrationProvider(dialect);
  if (dialect === 'sqlite') {
    // The whole migration (including Kysely's own bookkeeping tables) in one immediate transaction.
    await inWriteTransaction(db, dialect, async (trx) => {
      const { error } = await new Migrator({ db: trx, provider, disableTransactions: true }).migrateToLatest();
      if (error) throw error;
    });
    return;
  }
  await db.connection().execute(async (conn) => {
    // Kysely's migrator creates its bookkeeping tables before taking its own lock; ours covers that too.
    await sql`select pg_advisory_lock(${sql.lit(PG_MIGRATION_LOCK)})`.execute(conn);
    try {
      const { error } = await new Migrator({ db: conn, provider }).migrateToLatest();
      if (error) throw error;
    } finally {
      await sql`select pg_advisory_unlock(${sql.lit(PG_MIGRATION_LOCK)})`.execute(conn);
    }
  });
}
