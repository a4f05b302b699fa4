// The fact store's contract. store/ knows tables, not rules (ARCHITECTURE.md): it keeps facts per
// seller account, imports them idempotently, and answers a few indexed look-ups. Heavy per-ASIN
// computations run in core/ over facts loaded once.
import type { FactKind, FactsByKind, Instant, Minor } from '../core/catalog/facts.js';
import type { Marketplace } from '../core/catalog/marketplace.js';

/** Per-kind outcome of an import: a re-import of the same rows adds nothing (all `duplicates`). */
export interface ImportCounts {
  added: number;
  updated: number;
  duplicates: number;
}

/** Facts of several kinds that one file maps to; imported in one transaction. */
export type FactBatch = { [K in FactKind]?: readonly FactsByKind[K][] };

/**
 * A batch of a streaming import (FactStore.importFactStream): `packed`, facts of keyed kinds as
 * packFacts (packed-facts.ts) packed them, imported after the kind's facts of the batch.
 */
export type StreamBatch = FactBatch & { readonly packed?: readonly PackedFacts[] };

/**
 * Facts of one keyed kind (no identity) packed by packFacts, validated: what a file read in a worker
 * thread sends the thread that stores it (ingest/read-worker.ts), cheaper to pass and to insert than
 * fact objects.
 */
export interface PackedFacts {
  readonly kind: FactKind;
  readonly rows: number;
  /** Column values as SQLite stores them (booleans 0/1, string arrays as JSON text), row after row, in the kind's column order. */
  readonly values: readonly unknown[];
  /** keyHash of each row's natural key. */
  readonly hashes: readonly number[];
}

/**
 * Look-ups an import makes while its transaction is open (FactStore.importFactStream). They run inside
 * that transaction, so they also see what the import has written so far.
 */
export interface ImportLookups {
  /** The marketplaces on which the account has a product with this SKU. */
  marketplacesOfSku(sku: string): Promise<Marketplace[]>;
  /** The marketplaces on which the account has a product with this ASIN. */
  marketplacesOfAsin(asin: string): Promise<Marketplace[]>;
  /** The seller's price in force at `at`: the latest prices fact at or before it, or null. */
  priceAt(marketplace: Marketplace, sku: string, at: Instant): Promise<Minor | null>;
  /** True when the account has facts of `kind` for this SKU at exactly `at` (e.g. a lots snapshot). */
  hasFactsAt(kind: FactKind, marketplace: Marketplace, sku: string, at: Instant): Promise<boolean>;
  /** The account's order lines whose instant is in [from, to] (to match a report's lines to stored ones). */
  orderLinesBetween(from: Instant, to: Instant): Promise<StoredOrderLine[]>;
  /**
   * Every SKU and ASIN of the account's products with its marketplaces, as marketplacesOfSku and
   * marketplacesOfAsin answer them one at a time: one query for a whole file, for a reader in a worker
   * thread (ingest/read-in-worker.ts), whose every look-up would wait for the thread that stores.
   * Products the import writes are not in it: it is asked before the file's products are written.
   */
  soldItems(): Promise<SoldItems>;
  /**
   * The snapshot of a kind (its facts sharing one main instant) that precedes `before` on the
   * marketplace: its instant and row count, or null. For kinds whose time is an instant.
   */
  previousSnapshot(
    kind: FactKind,
    marketplace: Marketplace,
    before: Instant,
  ): Promise<{ readonly at: Instant; readonly rows: number } | null>;
}

/** The marketplaces of each SKU and of each ASIN of an account's products (ImportLookups.soldItems). */
export interface SoldItems {
  readonly bySku: ReadonlyMap<string, readonly Marketplace[]>;
  readonly byAsin: ReadonlyMap<string, readonly Marketplace[]>;
}

/** Where a stored order line is, and what an orders report cannot say about it. */
export interface StoredOrderLine {
  readonly orderId: string;
  readonly sku: string;
  readonly line: number;
  readonly at: Instant;
  readonly subscribeAndSave: boolean;
}

export interface ImportOptions {
  /** The import instant: `validFrom` of versioned kinds (products, seller) whose rows carry no `at`. */
  readonly importedAt: Instant;
  /** The file name (or other source) recorded with the import. */
  readonly source: string;
}

/**
 * Filters for loading facts; every field optional. Time filters apply to the kind's main instant.
 * sku/asin also work on kinds without that column, through the account's products on the same
 * marketplace; they do not apply to seller and events. Exact rules per kind: store/load-facts.ts.
 */
export interface FactFilter {
  readonly marketplace?: Marketplace;
  readonly sku?: string;
  readonly asin?: string;
  /** Inclusive lower bound on the main instant (orders.at, prices.at, promotions.end ≥ from, …). */
  readonly from?: Instant;
  /** Inclusive upper bound on the main instant (orders.at, prices.at, promotions.start ≤ to, …). */
  readonly to?: Instant;
}

/** DEC-1 on-hand at an instant, by received date (oldest first). */
export interface OnHand {
  readonly sku: string;
  readonly marketplace: Marketplace;
  readonly at: Instant;
  /** Instant of the snapshot the answer starts from; null when there is none at or before `at`. */
  readonly snapshotAt: Instant | null;
  readonly units: number;
  readonly lots: readonly { readonly received: Instant; readonly units: number }[];
}

export interface Account {
  readonly id: number;
  readonly name: string;
}

/** An API key as shown to its owner (`clearway keys list`): never the key itself. */
export interface ApiKeyInfo {
  readonly label: string | null;
  /** When the key was created. */
  readonly created: Instant;
}

export interface FactStore {
  readonly dialect: 'sqlite' | 'postgres';
  /** Returns the account, creating it when it does not exist. */
  ensureAccount(name: string): Promise<Account>;
  findAccount(name: string): Promise<Account | null>;
  listAccounts(): Promise<Account[]>;
  /**
   * Imports every fact of the batch in ONE transaction: all or nothing. Keyed kinds are upserts
   * (a changed row is an update, counted `updated`); versioned kinds (products, seller) add a new
   * version only when something changed; identical rows count as `duplicates`.
   */
  importFacts(
    account: string,
    batch: FactBatch,
    options: ImportOptions,
  ): Promise<Partial<Record<FactKind, ImportCounts>>>;
  /**
   * Imports a stream of batches (one file's facts, read as they are stored) in ONE transaction, with the
   * same counting as one importFacts batch holding them all; memory is bounded by a batch. `source` is
   * called once the transaction is open and may use its look-ups; when it throws, nothing is stored
   * and the error propagates. An import that gives no fact records nothing.
   */
  importFactStream(
    account: string,
    source: (lookups: ImportLookups) => AsyncIterable<StreamBatch>,
    options: ImportOptions,
  ): Promise<Partial<Record<FactKind, ImportCounts>>>;
  /** Facts of one kind for an account, in the kind's natural order (by instant, then key). */
  loadFacts<K extends FactKind>(account: string, kind: K, filter?: FactFilter): Promise<FactsByKind[K][]>;
  /** How many facts of each kind the account holds (product and seller versions count each). */
  countFacts(account: string): Promise<Record<FactKind, number>>;
  /** The marketplaces on which the account has a product with this SKU (for DEC-2 and ingest). */
  marketplacesOfSku(account: string, sku: string): Promise<Marketplace[]>;
  /** The marketplaces on which the account has a product with this ASIN (DEC-2). */
  marketplacesOfAsin(account: string, asin: string): Promise<Marketplace[]>;
  /** DEC-1: on-hand at `at` from the latest lots snapshot, orders after it (FIFO) and receipts after it. */
  onHand(account: string, marketplace: Marketplace, sku: string, at: Instant): Promise<OnHand>;
  /**
   * Creates an API key for the account; only its sha-256 hash is stored. Returns the key in clear once.
   * `created` defaults to the store's clock (Date.now()).
   */
  createApiKey(account: string, label?: string, created?: Instant): Promise<string>;
  /** The account an API key belongs to, or null. */
  accountForApiKey(key: string): Promise<Account | null>;
  /** True when any API key exists (the server then requires one on every call). */
  hasApiKeys(): Promise<boolean>;
  /** The account's API keys, oldest first: labels and creation instants, never the key or its hash. */
  listApiKeys(account: string): Promise<ApiKeyInfo[]>;
  close(): Promise<void>;
}
