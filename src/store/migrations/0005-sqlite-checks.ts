// Migration 0005 (SQLite only; nothing on PostgreSQL): the allowed-values CHECKs of the fact tables
// written as comparisons joined by OR — `"marketplace" = 'US' or "marketplace" = 'CA' or …` — instead
// of `"marketplace" in ('US', 'CA', …)`. Same meaning (a NULL passes both), much cheaper: SQLite codes
// an IN list of more than two constants as a look-up in an ephemeral table, and evaluating the orders
// table's three such CHECKs (marketplace, currency, channel) was the biggest part of inserting a row.
// bench/import-all-orders.bench.js floor (better-sqlite3 multi-row inserts of 1,000,000 order rows, the
// (marketplace, sku, at) index dropped as a big import does, the 2-core machine at load ~12): 11.3 s of
// CPU with the IN lists, 5.7 s without any CHECK, 300,000 rows: 2.86 s IN, 1.91 s none, 2.00 s OR.
//
// SQLite cannot alter a CHECK, so each table that has one is rebuilt (SQLite's documented procedure):
// created again under a new name from its own CREATE TABLE text with the CHECKs rewritten, filled
// with its rows, the old one dropped, the new one renamed and its indexes created again. A fact table
// created by a later migration (createFactTables writes IN lists) should call sqliteChecksAsOr too.
import { sql, type Migration } from 'kysely';
import type { Dialect } from '../fact-rows.js';
import type { MigrationDb } from './0001-initial.js';

/** `check ("col" in ('a', 'b', …))` as Kysely wrote it for a column's allowed text values. */
const TEXT_IN_CHECK = /check \(("[a-z_0-9]+") in \(((?:'[^']*'(?:, )?)+)\)\)/g;

/** The CREATE TABLE text with its text allowed-values CHECKs as OR comparisons (null: none to rewrite). */
export function checksAsOr(createTable: string): string | null {
  let changed = false;
  const rewritten = createTable.replace(TEXT_IN_CHECK, (_match, column: string, list: string) => {
    changed = true;
    const values = list.match(/'[^']*'/g) ?? [];
    return `check (${values.map((v) => `${column} = ${v}`).join(' or ')})`;
  });
  return changed ? rewritten : null;
}

interface SchemaRow {
  type: string;
  name: string;
  tbl_name: string;
  sql: string | null;
}

/** Rebuilds the given SQLite tables with their text allowed-values CHECKs as OR comparisons. */
export async function sqliteChecksAsOr(db: MigrationDb, tables: readonly string[]): Promise<void> {
  for (const table of tables) {
    const schema = await sql<SchemaRow>`select type, name, tbl_name, sql from sqlite_master
      where tbl_name = ${table} and sql is not null`.execute(db);
    const create = schema.rows.find((r) => r.type === 'table')?.sql;
    const rewritten = create ? checksAsOr(create) : null;
    if (!rewritten) continue;
    const temporary = `${table}__0005`;
    const prefix = `CREATE TABLE "${table}" (`;
    if (!rewritten.startsWith(prefix)) throw new Error(`migration 0005: unexpected schema of ${table}`);
    await sql.raw(`CREATE TABLE "${temporary}" (${rewritten.slice(prefix.length)}`).execute(db);
    // Same CREATE TABLE text, so the same columns in the same order.
    await sql.raw(`insert into "${temporary}" select * from "${table}"`).execute(db);
    await sql.raw(`drop table "${table}"`).execute(db);
    await sql.raw(`alter table "${temporary}" rename to "${table}"`).execute(db);
    for (const index of schema.rows.filter((r) => r.type === 'index')) await sql.raw(index.sql as string).execute(db);
  }
}

export function sqliteChecksMigration(dialect: Dialect): Migration {
  return {
    async up(db) {
      if (dialect !== 'sqlite') return;
      // Every table there when this migration runs (fact tables created by migrations 0001–0004).
      const tables = await sql<{ name: string }>`select name from sqlite_master
        where type = 'table' and sql like '% in (''%' order by name`.execute(db);
      await sqliteChecksAsOr(
        db,
        tables.rows.map((r) => r.name),
      );
    },
  };
}
