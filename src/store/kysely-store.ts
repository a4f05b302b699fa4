// The FactStore over Kysely, one implementation for SQLite and PostgreSQL. Every query is scoped by
// the account's id (ARCHITECTURE.md); unknown accounts read as empty and are created on first write.
import { createHash, randomBytes } from 'node:crypto';
import { FACT_KINDS, type FactKind, type FactsByKind, type Instant } from '../core/catalog/facts.js';
import { MARKETPLACES, type Marketplace } from '../core/catalog/marketplace.js';
import { factDb, inWriteTransaction, type StoreDb } from './db.js';
import { FACT_TABLES } from './fact-tables.js';
import type { Dialect } from './fact-rows.js';
import { FactImporter, importBatch } from './import-facts.js';
import { importLookups } from './import-lookups.js';
import { loadFactRows } from './load-facts.js';
import { queryOnHand } from './on-hand.js';
import type {
  Account,
  ApiKeyInfo,
  FactBatch,
  FactFilter,
  FactStore,
  ImportCounts,
  ImportLookups,
  ImportOptions,
  OnHand,
  StreamBatch,
} from './types.js';

/** sha-256 of an API key, hex: what the store keeps instead of the key. */
export function hashApiKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

/** API keys: 'cw_' + 32 random bytes in base64url. */
export const API_KEY_PREFIX = 'cw_';

export class KyselyFactStore implements FactStore {
  /** Accounts are never deleted or renamed, so a name → account cache stays true. */
  readonly #accounts = new Map<string, Account>();

  constructor(
    readonly db: StoreDb,
    readonly dialect: Dialect,
  ) {}

  async findAccount(name: string): Promise<Account | null> {
    const cached = this.#accounts.get(name);
    if (cached) return cached;
    const row = await this.db.selectFrom('accounts').select(['id', 'name']).where('name', '=', name).executeTakeFirst();
    if (!row) return null;
    const account = { id: Number(row.id), name: row.name };
    this.#accounts.set(name, account);
    return account;
  }

  async ensureAccount(name: string): Promise<Account> {
    const found = await this.findAccount(name);
    if (found) return found;
    await this.db
      .insertInto('accounts')
      .values({ name })
      .onConflict((oc) => oc.column('name').doNothing())
      .execute();
    const created = await this.findAccount(name);
    if (!created) throw new Error(`account ${name} could not be created`);
    return created;
  }

  async listAccounts(): Promise<Account[]> {
    const rows = await this.db.selectFrom('accounts').select(['id', 'name']).orderBy('name').execute();
    return rows.map((r) => ({ id: Number(r.id), name: r.name }));
  }

  async importFacts(
    account: string,
    batch: FactBatch,
    options: ImportOptions,
  ): Promise<Partial<Record<FactKind, ImportCounts>>> {
    const { id } = await this.ensureAccount(account);
    return inWriteTransaction(this.db, this.dialect, (trx) =>
      importBatch({ trx, dialect: this.dialect, accountId: id }, batch, options),
    );
  }

  async importFactStream(
    account: string,
    source: (lookups: ImportLookups) => AsyncIterable<StreamBatch>,
    options: ImportOptions,
  ): Promise<Partial<Record<FactKind, ImportCounts>>> {
    const { id } = await this.ensureAccount(account);
    return inWriteTransaction(this.db, this.dialect, async (trx) => {
      const target = { trx, dialect: this.dialect, accountId: id };
      const importer = new FactImporter(target, options);
      await importer.begin();
      for await (const batch of source(importLookups(target))) await importer.add(batch);
      return importer.finish(false);
    });
  }

  async loadFacts<K extends FactKind>(account: string, kind: K, filter?: FactFilter): Promise<FactsByKind[K][]> {
    const found = await this.findAccount(account);
    if (!found) return [];
    return loadFactRows(this.db, found.id, kind, filter);
  }

  async countFacts(account: string): Promise<Record<FactKind, number>> {
    const found = await this.findAccount(account);
    const counts = Object.fromEntries(FACT_KINDS.map((k) => [k, 0])) as Record<FactKind, number>;
    if (!found) return counts;
    const fdb = factDb(this.db);
    for (const kind of FACT_KINDS) {
      const row = await fdb
        .selectFrom(FACT_TABLES[kind].table)
        .select((eb) => eb.fn.countAll().as('n'))
        .where('account_id', '=', found.id)
        .executeTakeFirst();
      counts[kind] = Number(row?.n ?? 0);
    }
    return counts;
  }

  async #marketplacesOfProducts(account: string, column: 'sku' | 'asin', value: string): Promise<Marketplace[]> {
    const found = await this.findAccount(account);
    if (!found) return [];
    const rows = await factDb(this.db)
      .selectFrom('products')
      .select('marketplace')
      .distinct()
      .where('account_id', '=', found.id)
      .where(column, '=', value)
      .execute();
    // Known marketplaces only, in alphabetical order (as app/ lists them).
    const present = new Set(rows.map((r) => r.marketplace));
    return MARKETPLACES.filter((mp) => present.has(mp)).sort();
  }

  marketplacesOfSku(account: string, sku: string): Promise<Marketplace[]> {
    return this.#marketplacesOfProducts(account, 'sku', sku);
  }

  marketplacesOfAsin(account: string, asin: string): Promise<Marketplace[]> {
    return this.#marketplacesOfProducts(account, 'asin', asin);
  }

  async onHand(account: string, marketplace: Marketplace, sku: string, at: Instant): Promise<OnHand> {
    const found = await this.findAccount(account);
    return queryOnHand(this.db, this.dialect, found?.id ?? null, marketplace, sku, at);
  }

  async createApiKey(account: string, label?: string, created: Instant = Date.now()): Promise<string> {
    const { id } = await this.ensureAccount(account);
    const key = API_KEY_PREFIX + randomBytes(32).toString('base64url');
    await this.db
      .insertInto('api_keys')
      .values({ account_id: id, key_hash: hashApiKey(key), label: label ?? null, created_at: created })
      .execute();
    return key;
  }

  async listApiKeys(account: string): Promise<ApiKeyInfo[]> {
    const found = await this.findAccount(account);
    if (!found) return [];
    const rows = await this.db
      .selectFrom('api_keys')
      .select(['label', 'created_at'])
      .where('account_id', '=', found.id)
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    return rows.map((r) => ({ label: r.label, created: Number(r.created_at) }));
  }

  async accountForApiKey(key: string): Promise<Account | null> {
    if (typeof key !== 'string' || !key.startsWith(API_KEY_PREFIX)) return null;
    const row = await this.db
      .selectFrom('api_keys')
      .innerJoin('accounts', 'accounts.id', 'api_keys.account_id')
      .select(['accounts.id', 'accounts.name'])
      .where('api_keys.key_hash', '=', hashApiKey(key))
      .executeTakeFirst();
    return row ? { id: Number(row.id), name: row.name } : null;
  }

  async hasApiKeys(): Promise<boolean> {
    const row = await this.db.selectFrom('api_keys').select('id').limit(1).executeTakeFirst();
    return row !== undefined;
  }

  async close(): Promise<void> {
    await this.db.destroy();
  }
}
