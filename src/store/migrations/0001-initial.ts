// Migration 0001: accounts, API keys, imports and one table per fact kind (fact-tables.ts), every fact
// table keyed by (account_id, natural key) with the secondary indexes of the FactStore look-ups.
import { sql, type ColumnDataType, type CreateTableBuilder, type Expression, type Migration } from 'kysely';
import type { FactKind } from '../../core/catalog/facts.js';
import { FACT_TABLES, columnOf, type ColumnSpec } from '../fact-tables.js';
import type { Dialect } from '../fact-rows.js';

type ColumnTypeSql = ColumnDataType | Expression<unknown>;

/** Text in byte order in PostgreSQL too, so both dialects sort (and compare) text the same way. */
function textType(dialect: Dialect): ColumnTypeSql {
  return dialect === 'postgres' ? sql`text collate "C"` : 'text';
}

function columnType(c: ColumnSpec, dialect: Dialect): ColumnTypeSql {
  switch (c.type) {
    case 'text':
      return textType(dialect);
    case 'json':
      return 'text';
    case 'int':
      return 'integer';
    case 'big':
      return 'bigint';
    case 'real':
      return 'double precision';
    case 'bool':
      return dialect === 'postgres' ? 'boolean' : 'integer';
  }
}

function allowedValues(c: ColumnSpec, dialect: Dialect): Expression<unknown> | null {
  const ref = sql.ref(c.column);
  if (c.values) return sql`${ref} in (${sql.join(c.values.map((v) => sql.lit(v)))})`;
  if (c.type === 'bool' && dialect === 'sqlite') return sql`${ref} in (0, 1)`;
  return null;
}

// Kysely<any> is the type Kysely's Migration interface gives `up`.
export type MigrationDb = Parameters<Migration['up']>[0];

async function createAccounts(db: MigrationDb, dialect: Dialect): Promise<void> {
  const id = dialect === 'postgres' ? 'serial' : 'integer';
  await db.schema
    .createTable('accounts')
    .addColumn('id', id, (c) => c.primaryKey())
    .addColumn('name', textType(dialect), (c) => c.notNull().unique())
    .execute();
  await db.schema
    .createTable('api_keys')
    .addColumn('id', id, (c) => c.primaryKey())
    .addColumn('account_id', 'integer', (c) => c.notNull().references('accounts.id'))
    .addColumn('key_hash', 'text', (c) => c.notNull().unique())
    .addColumn('label', 'text')
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('api_keys_account_idx').on('api_keys').columns(['account_id', 'created_at']).execute();
  await db.schema
    .createTable('imports')
    .addColumn('id', id, (c) => c.primaryKey())
    .addColumn('account_id', 'integer', (c) => c.notNull().references('accounts.id'))
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('imported_at', 'bigint', (c) => c.notNull())
    .addColumn('counts', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('imports_account_idx').on('imports').columns(['account_id', 'imported_at']).execute();
}

/** The fact kinds of this migration; kinds added later are created by their own migration. */
const INITIAL_KINDS: readonly FactKind[] = [
  'products',
  'orders',
  'prices',
  'offers',
  'promotions',
  'lots',
  'shipments',
  'seller',
  'events',
  'frozen_was_prices',
  'evidence',
  'pricing_rules',
];

/** Creates the tables (with keys, CHECKs and indexes) of the given fact kinds as fact-tables.ts describes them. */
export async function createFactTables(db: MigrationDb, dialect: Dialect, kinds: readonly FactKind[]): Promise<void> {
  for (const spec of kinds.map((kind) => FACT_TABLES[kind])) {
    let table: CreateTableBuilder<string, string> = db.schema
      .createTable(spec.table)
      .addColumn('account_id', 'integer', (c) => c.notNull().references('accounts.id'));
    for (const c of spec.columns) {
      const check = allowedValues(c, dialect);
      table = table.addColumn(c.column, columnType(c, dialect), (b) => {
        let col = c.nullable ? b : b.notNull();
        if (check) col = col.check(check);
        return col;
      });
    }
    const key = ['account_id', ...spec.key.map((f) => columnOf(spec, f))];
    await table.addPrimaryKeyConstraint(`${spec.table}_pk`, key).execute();
    for (const fields of spec.indexes) {
      const cols = fields.map((f) => columnOf(spec, f));
      const indexed: string[] = ['account_id', ...cols];
      await db.schema
        .createIndex(`${spec.table}_${cols.join('_')}_idx`)
        .on(spec.table)
        .columns(indexed)
        .execute();
    }
  }
}

export function initialMigration(dialect: Dialect): Migration {
  return {
    async up(db) {
      await createAccounts(db, dialect);
      await createFactTables(db, dialect, INITIAL_KINDS);
    },
  };
}
