// Opens the fact store named by `--db` / $CLEARWAY_DB (CONTRACT.md): a file path or ':memory:' is
// SQLite (WAL, busy timeout, foreign keys), a postgres:// or postgresql:// URL is PostgreSQL. The
// schema is migrated to the latest version on open.
import { openPostgres, openSqlite, type StoreDb } from './db.js';
import type { Dialect } from './fact-rows.js';
import { KyselyFactStore } from './kysely-store.js';
import { StoreInputError, STORE_MESSAGES } from './messages.js';
import { migrateToLatest } from './migrations/migrate.js';
import type { FactStore } from './types.js';

/** Which database a `--db` value names; throws StoreInputError for another URL scheme or an empty value. */
export function storeDialectOf(url: string): Dialect {
  if (/^postgres(ql)?:\/\//i.test(url)) return 'postgres';
  if (url.trim() === '' || /^[a-z][a-z0-9+.-]*:\/\//i.test(url)) {
    throw new StoreInputError(STORE_MESSAGES.STORE_BAD_URL, { url });
  }
  return 'sqlite';
}

export async function openStore(url: string): Promise<FactStore> {
  const dialect = storeDialectOf(url);
  const db: StoreDb = dialect === 'postgres' ? openPostgres(url) : openSqlite(url);
  try {
    await migrateToLatest(db, dialect);
  } catch (error) {
    await db.destroy().catch(() => {});
    throw error;
  }
  return new KyselyFactStore(db, dialect);
}
