// Imports a batch of facts inside one write transaction (the caller's): idempotent upserts by natural
// key, DEC-6 versions for products and seller, exact {added, updated, duplicates} counts.
//
// Counting is as if the rows were imported one at a time, in order:
// - a key not stored yet → added; equal to what is stored → duplicate; different → updated (the row
//   replaces the stored one: never a second row for one key);
// - a key that appears twice in one batch: the later row wins; it counts `updated` when it differs
//   from the earlier one and `duplicates` when it is identical. So added + updated + duplicates = rows.
// - versioned kinds (DEC-6): a row whose validFrom equals a stored version's replaces it (updated) or
//   is a duplicate; otherwise a row equal to the version in force at its validFrom (ignoring
//   validFrom) is a duplicate, and a different one is a new version: `updated` when the product (or
//   seller) already had a version, `added` when it is the first.
//
// A file's facts may come as a stream of batches (FactImporter, used by FactStore.importFactStream):
// the stream counts as one batch, with memory bounded by a chunk (see KeyedImporter).
//
// Speed: keyed kinds go in chunks (SQLite 1000 rows, PostgreSQL 5000). A first import into the
// account's table inserts without looking anything up: it remembers a 31-bit hash of each key it
// wrote (keyHash), and only a chunk with a key whose hash it met before goes the general way: one
// SELECT of the chunk's keys that may be stored, one DELETE of changed keys, one INSERT (bulk.ts).
// bench/import-all-orders.bench.js, 1,000,000 order lines, medians of 3 on the 2-core machine with
// the cores free: SQLite fresh 128,000 lines/s (7.8 s, the main thread 7.3 s of CPU), re-import (all
// duplicates) 113,000 lines/s — with Amazon's unordered order ids (BENCH_ORDER_IDS=random) 88,000
// and 97,000; PostgreSQL 15 on localhost fresh 59,000 lines/s, re-import 89,000.
import { sql } from 'kysely';
import type { FactKind } from '../core/catalog/facts.js';
import { FACT_KINDS } from '../core/catalog/facts.js';
import {
  accountTableIsEmpty,
  createIndexes,
  deleteFactsByKey,
  dropSqliteIndexes,
  insertFacts,
  rowsPerStatement,
  selectFactsMatching,
  tableRows,
  type BulkTarget,
} from './bulk.js';
import { chunks } from './db.js';
import { FACT_TABLES, type FactTableSpec } from './fact-tables.js';
import { factsEqual, keyHash, keyOf, validateFact } from './fact-rows.js';
import { StoreInputError, STORE_MESSAGES } from './messages.js';
import type { FactBatch, ImportCounts, ImportOptions } from './types.js';

type Fact = Readonly<Record<string, unknown>>;

/**
 * Rows after which an import on SQLite stops updating the kind's rebuiltAfterBigImport indexes row by
 * row, and builds them once at its end — when the table held no more rows than the import inserted.
 * Measured with bench/import-all-orders.bench.js (1,000,000 order lines into an empty table): the
 * insert statements take 6.8 s with the (marketplace, sku, at) index, whose every insert lands in the
 * middle of the index (500 SKUs), and 4.1 s without it; building it at the end takes 0.9 s. Not on
 * PostgreSQL: dropping an index locks the table for every reader until the import commits.
 */
export const BIG_IMPORT_ROWS = 100_000;

/** First key of the PostgreSQL advisory lock taken per account during an import. */
const IMPORT_LOCK = 7_312_002;

/**
 * Imports the keyed facts of one kind, chunk by chunk, as one logical batch. Memory is bounded by a
 * chunk plus one small integer per written key: a key is looked up in the table when the account's
 * table had rows before the import, or when this import wrote a key with the same hash before (a
 * later row of the same key then finds the earlier one in the table, inside the transaction).
 */
class KeyedImporter {
  /** Whether the account's table was empty when this import first wrote the kind (null: not yet asked). */
  private empty: boolean | null = null;
  private readonly written = new Set<number>();
  private offset = 0;
  private inserted = 0;
  /** CREATE INDEX statements of indexes dropped until the end of a big import (SQLite); null: none. */
  private rebuild: string[] | null = null;
  readonly counts: ImportCounts = { added: 0, updated: 0, duplicates: 0 };

  constructor(
    private readonly t: BulkTarget,
    private readonly spec: FactTableSpec,
  ) {}

  async add(facts: readonly Fact[]): Promise<void> {
    if (facts.length === 0) return;
    // A first import into the account's table needs no look-up: only this import's own rows exist.
    this.empty ??= await accountTableIsEmpty(this.t, this.spec);
    for (const chunk of chunks(facts, rowsPerStatement(this.t, this.spec))) await this.chunk(chunk);
  }

  /**
   * Inserts rows. On SQLite, once a big import (BIG_IMPORT_ROWS rows, and at least as many as the
   * table held before it) has inserted them, the kind's rebuiltAfterBigImport indexes are dropped and
   * built again by `finish` (see BIG_IMPORT_ROWS).
   */
  private async insert(facts: readonly Fact[]): Promise<void> {
    const { t, spec } = this;
    await insertFacts(t, spec, facts);
    const before = this.inserted;
    this.inserted += facts.length;
    if (t.dialect !== 'sqlite' || !spec.rebuiltAfterBigImport) return;
    if (before >= BIG_IMPORT_ROWS || this.inserted < BIG_IMPORT_ROWS) return;
    if ((await tableRows(t, spec)) - this.inserted > this.inserted) return;
    this.rebuild = await dropSqliteIndexes(t, spec, spec.rebuiltAfterBigImport);
  }

  /** Builds the indexes a big import dropped (inside its transaction: a rollback restores them anyway). */
  async finish(): Promise<void> {
    if (this.rebuild) await createIndexes(this.t, this.rebuild);
    this.rebuild = null;
  }

  /** True when no hash was written before nor repeats in the chunk: every key is new, and there once. */
  private allNew(hashes: readonly number[]): boolean {
    const seen = new Set<number>();
    for (const h of hashes) {
      if (this.written.has(h) || seen.has(h)) return false;
      seen.add(h);
    }
    return true;
  }

  private async chunk(chunk: readonly Fact[]): Promise<void> {
    const { t, spec, counts } = this;
    chunk.forEach((f, i) => validateFact(spec, f, this.offset + i));
    this.offset += chunk.length;
    const hashes = this.empty ? chunk.map((f) => keyHash(spec.key, f)) : null;
    if (hashes && this.allNew(hashes)) {
      // A first import's usual chunk: all added, without key strings, look-up or delete.
      counts.added += chunk.length;
      await this.insert(chunk);
      for (const h of hashes) this.written.add(h);
      return;
    }
    const keys = chunk.map((f) => keyOf(spec.key, f));
    const maybeStored = new Map<string, Fact>();
    chunk.forEach((f, i) => {
      if (!hashes || this.written.has(hashes[i] as number)) maybeStored.set(keys[i] as string, f);
    });
    // Facts of the chunk's keys as they stand before the chunk (stored), then as the chunk decides them.
    const stored = new Map<string, Fact>();
    if (maybeStored.size > 0) {
      for (const row of await selectFactsMatching(t, spec, spec.key, [...maybeStored.values()])) {
        stored.set(keyOf(spec.key, row), row);
      }
    }
    if (stored.size === 0 && new Set(keys).size === keys.length) {
      // Only new keys, each once: all added, no delete.
      counts.added += chunk.length;
      await this.insert(chunk);
    } else {
      const latest = new Map(stored);
      const pending = new Map<string, Fact>();
      chunk.forEach((f, i) => {
        const k = keys[i] as string;
        const before = latest.get(k);
        if (before === undefined) counts.added++;
        else if (factsEqual(spec, before, f)) {
          counts.duplicates++;
          return;
        } else counts.updated++;
        latest.set(k, f);
        pending.set(k, f);
      });
      await deleteFactsByKey(
        t,
        spec,
        [...pending].filter(([k]) => stored.has(k)).map(([, f]) => f),
      );
      await this.insert([...pending.values()]);
    }
    if (hashes) for (const h of hashes) this.written.add(h);
  }
}

interface Version {
  fact: Fact;
  stored: boolean;
  dirty: boolean;
}

async function importVersioned(
  t: BulkTarget,
  spec: FactTableSpec,
  facts: readonly Fact[],
  options: ImportOptions,
  counts: ImportCounts,
) {
  const identity = spec.identity ?? [];
  // DEC-6: a row without its own instant is a version valid from its import.
  const rows = facts.map((f, i) => {
    const row = f.validFrom === undefined || f.validFrom === null ? { ...f, validFrom: options.importedAt } : f;
    validateFact(spec, row, i);
    return row;
  });
  const versions = new Map<string, Version[]>();
  const firstOfIdentity = new Map<string, Fact>();
  for (const f of rows) {
    const k = keyOf(identity, f);
    if (!firstOfIdentity.has(k)) firstOfIdentity.set(k, f);
  }
  for (const stored of await selectFactsMatching(t, spec, identity, [...firstOfIdentity.values()])) {
    const k = keyOf(identity, stored);
    const list = versions.get(k) ?? [];
    list.push({ fact: stored, stored: true, dirty: false });
    versions.set(k, list);
  }
  const validFrom = (v: Version) => v.fact.validFrom as number;
  for (const list of versions.values()) list.sort((a, b) => validFrom(a) - validFrom(b));

  for (const f of rows) {
    const k = keyOf(identity, f);
    const list = versions.get(k) ?? [];
    versions.set(k, list);
    const at = f.validFrom as number;
    const same = list.find((v) => validFrom(v) === at);
    if (same) {
      if (factsEqual(spec, same.fact, f)) counts.duplicates++;
      else {
        same.fact = f;
        same.dirty = true;
        counts.updated++;
      }
      continue;
    }
    const inForce = list.filter((v) => validFrom(v) < at).at(-1);
    if (inForce && factsEqual(spec, inForce.fact, f, 'validFrom')) {
      counts.duplicates++;
      continue;
    }
    if (list.length === 0) counts.added++;
    else counts.updated++;
    list.push({ fact: f, stored: false, dirty: true });
    list.sort((a, b) => validFrom(a) - validFrom(b));
  }
  const dirty = [...versions.values()].flat().filter((v) => v.dirty);
  await deleteFactsByKey(
    t,
    spec,
    dirty.filter((v) => v.stored).map((v) => v.fact),
  );
  await insertFacts(
    t,
    spec,
    dirty.map((v) => v.fact),
  );
}

/**
 * One import (one transaction, opened by the caller): `begin`, then `add` batches in order (a stream of
 * a file's facts: all of them count as ONE batch — a key met again is an update or a duplicate of the
 * earlier row), then `finish`. Keyed kinds are written as they come; versioned kinds (products,
 * seller: few rows) are kept and written at `finish`, where DEC-6 needs them all.
 */
export class FactImporter {
  private readonly keyed = new Map<FactKind, KeyedImporter>();
  private readonly versioned = new Map<FactKind, Fact[]>();
  private readonly seen = new Set<FactKind>();

  constructor(
    private readonly t: BulkTarget,
    private readonly options: ImportOptions,
  ) {}

  async begin(): Promise<void> {
    const { t, options } = this;
    if (!Number.isSafeInteger(options.importedAt)) {
      throw new StoreInputError(STORE_MESSAGES.STORE_INVALID_FACT, {
        kind: 'import',
        index: 0,
        field: 'importedAt',
        problem: 'must be a safe integer',
        value: JSON.stringify(options.importedAt) ?? 'undefined',
      });
    }
    if (t.dialect === 'postgres') {
      // One import per account at a time (SQLite's BEGIN IMMEDIATE already serialises writers), so the
      // look-ups of one import are never outdated by another's concurrent insert of the same keys.
      await sql`select pg_advisory_xact_lock(${sql.lit(IMPORT_LOCK)}, ${t.accountId}::int4)`.execute(t.trx);
    }
  }

  async add(batch: FactBatch): Promise<void> {
    for (const kind of FACT_KINDS) {
      const facts = batch[kind] as readonly Fact[] | undefined;
      if (facts === undefined) continue;
      this.seen.add(kind);
      const spec = FACT_TABLES[kind];
      if (spec.identity) {
        const kept = this.versioned.get(kind) ?? [];
        for (const f of facts) kept.push(f);
        this.versioned.set(kind, kept);
        continue;
      }
      let importer = this.keyed.get(kind);
      if (!importer) {
        importer = new KeyedImporter(this.t, spec);
        this.keyed.set(kind, importer);
      }
      await importer.add(facts);
    }
  }

  /** Writes the versioned kinds and records the import (unless no fact came and `always` is false). */
  async finish(always: boolean): Promise<Partial<Record<FactKind, ImportCounts>>> {
    const result: Partial<Record<FactKind, ImportCounts>> = {};
    let facts = 0;
    for (const kind of FACT_KINDS) {
      if (!this.seen.has(kind)) continue;
      const spec = FACT_TABLES[kind];
      let counts: ImportCounts;
      if (spec.identity) {
        counts = { added: 0, updated: 0, duplicates: 0 };
        await importVersioned(this.t, spec, this.versioned.get(kind) ?? [], this.options, counts);
      } else {
        const importer = this.keyed.get(kind) as KeyedImporter;
        await importer.finish();
        counts = importer.counts;
      }
      facts += counts.added + counts.updated + counts.duplicates;
      result[kind] = counts;
    }
    if (always || facts > 0) {
      await this.t.trx
        .insertInto('imports')
        .values({
          account_id: this.t.accountId,
          source: this.options.source,
          imported_at: this.options.importedAt,
          counts: JSON.stringify(result),
        })
        .execute();
    }
    return result;
  }
}

/** Writes the batch through `trx` (one transaction, opened by the caller) and returns the counts per kind. */
export async function importBatch(
  t: BulkTarget,
  batch: FactBatch,
  options: ImportOptions,
): Promise<Partial<Record<FactKind, ImportCounts>>> {
  const importer = new FactImporter(t, options);
  await importer.begin();
  await importer.add(batch);
  return importer.finish(true);
}
