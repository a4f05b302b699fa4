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
// Into a table with rows, SQLite first counts the chunk's rows stored exactly as they are as
// duplicates and leaves them out of the rest (changedFacts: a re-import's rows cost no JS object).
// bench/import-all-orders.bench.js, 1,000,000 order lines, medians of 3 on the 2-core machine with
// the cores free: SQLite fresh 128,000 lines/s (7.8 s, the main thread 7.3 s of CPU), re-import (all
// duplicates) 113,000 lines/s — with Amazon's unordered order ids (BENCH_ORDER_IDS=random) 88,000
// and 97,000; PostgreSQL 15 on localhost fresh 59,000 lines/s, re-import 89,000. Issue 4, on a slower
// machine shared with other work (load 6–12; CPU seconds, as wall time varied 2× between runs): the
// main thread took 19.4 s for the fresh import and 21.2 s for the re-import before the CHECKs of
// migration 0005, the SKU index dropped from the first row, changedFacts and packed batches; 13.6 s
// and 12.8 s after (medians of 3; node CPU 30.7 → 26.4 s and 36.6 → 28.1 s). At load ~2: fresh
// 69,000 lines/s (14.4 s, main thread 12.7 s), re-import 66,000 (main thread 11.9 s), peak RSS 321
// and 371 MB — the SQLite insert floor (no parsing, SKU index kept) 70,000 rows/s.
import { sql } from 'kysely';
import type { FactKind } from '../core/catalog/facts.js';
import { FACT_KINDS } from '../core/catalog/facts.js';
import {
  accountTableIsEmpty,
  changedFacts,
  changedPackedRows,
  createIndexes,
  deleteFactsByKey,
  dropSqliteIndexes,
  insertFacts,
  insertPackedRows,
  rowsPerStatement,
  selectFactsMatching,
  tableIsEmpty,
  tableRows,
  type BulkTarget,
} from './bulk.js';
import { chunks } from './db.js';
import { FACT_TABLES, type FactTableSpec } from './fact-tables.js';
import { factsEqual, keyHash, keyOf, validateFact } from './fact-rows.js';
import { StoreInputError, STORE_MESSAGES } from './messages.js';
import { unpackFacts } from './packed-facts.js';
import type { FactBatch, ImportCounts, ImportOptions, PackedFacts, StreamBatch } from './types.js';

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
   * Inserts rows. On SQLite, before the first row into an empty table, or once a big import
   * (BIG_IMPORT_ROWS rows, and at least as many as the table held before it) has inserted them, the
   * kind's rebuiltAfterBigImport indexes are dropped and built again by `finish` (see BIG_IMPORT_ROWS).
   */
  private async insert(facts: readonly Fact[]): Promise<void> {
    await this.inserting(facts.length, () => insertFacts(this.t, this.spec, facts));
  }

  /** Inserts `count` rows with `write` (see insert). */
  private async inserting(count: number, write: () => Promise<void>): Promise<void> {
    const { t, spec } = this;
    const sqliteRebuild = t.dialect === 'sqlite' && spec.rebuiltAfterBigImport ? spec.rebuiltAfterBigImport : null;
    // Into a table with no row at all (any account), the indexes are dropped before the first row:
    // building them at the end costs less than updating them, whatever the import's size (1,000,000
    // order lines: 1.2 s to build the SKU index against ~8 µs per row to update it, so the first
    // BIG_IMPORT_ROWS rows cost ~0.8 s more when the index is dropped only once they are in).
    if (sqliteRebuild && this.inserted === 0 && count > 0 && this.rebuild === null && (await tableIsEmpty(t, spec))) {
      this.rebuild = await dropSqliteIndexes(t, spec, sqliteRebuild);
    }
    await write();
    const before = this.inserted;
    this.inserted += count;
    if (!sqliteRebuild || this.rebuild !== null) return;
    if (before >= BIG_IMPORT_ROWS || this.inserted < BIG_IMPORT_ROWS) return;
    if ((await tableRows(t, spec)) - this.inserted > this.inserted) return;
    this.rebuild = await dropSqliteIndexes(t, spec, sqliteRebuild);
  }

  /**
   * Packed facts (packed-facts.ts: validated, with their key hashes), chunk by chunk as `add`. On
   * SQLite a first import's usual chunk (all keys new) binds the packed values as they are; any other
   * chunk, and every chunk on PostgreSQL, goes as facts again.
   */
  async addPacked(packed: PackedFacts): Promise<void> {
    const { t, spec, counts } = this;
    if (packed.rows === 0) return;
    this.empty ??= await accountTableIsEmpty(t, spec);
    const size = rowsPerStatement(t, spec);
    for (let from = 0; from < packed.rows; from += size) {
      const to = Math.min(packed.rows, from + size);
      const hashes = packed.hashes.slice(from, to);
      if (t.dialect === 'sqlite' && this.empty && this.allNew(hashes)) {
        this.offset += to - from;
        counts.added += to - from;
        await this.inserting(to - from, () => insertPackedRows(t, spec, packed.values, from, to - from));
        for (const h of hashes) this.written.add(h);
      } else if (t.dialect === 'sqlite' && !this.empty && new Set(hashes).size === hashes.length) {
        // A re-import's usual chunk: as in `chunk`, with the packed values bound as they are; only
        // the rows not stored as they are become facts again.
        const changed = await changedPackedRows(t, spec, packed.values, from, to - from);
        counts.duplicates += to - from - changed.length;
        this.offset += to - from - changed.length;
        const facts = changed.map((i) => unpackFacts(spec, packed, from + i, from + i + 1)[0] as Fact);
        if (facts.length > 0) await this.chunk(facts, true);
      } else {
        await this.chunk(unpackFacts(spec, packed, from, to));
      }
    }
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

  /** One chunk of facts; `compared`: none of them is stored as it is (changedFacts said so). */
  private async chunk(all: readonly Fact[], compared = false): Promise<void> {
    const { t, spec, counts } = this;
    all.forEach((f, i) => validateFact(spec, f, this.offset + i));
    this.offset += all.length;
    const hashes = this.empty ? all.map((f) => keyHash(spec.key, f)) : null;
    if (hashes && this.allNew(hashes)) {
      // A first import's usual chunk: all added, without key strings, look-up or delete.
      counts.added += all.length;
      await this.insert(all);
      for (const h of hashes) this.written.add(h);
      return;
    }
    let chunk = all;
    if (
      !compared &&
      !hashes &&
      t.dialect === 'sqlite' &&
      new Set(all.map((f) => keyHash(spec.key, f))).size === all.length
    ) {
      // Into a table with rows (a re-import's case), each key once in the chunk: SQLite finds the rows
      // stored exactly as they are, duplicates (the table holds this import's earlier chunks too, so
      // a row is compared with what the rows before it left); only the others go on below.
      const changed = await changedFacts(t, spec, all);
      counts.duplicates += all.length - changed.length;
      if (changed.length === 0) return;
      chunk = changed.map((i) => all[i] as Fact);
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

  async add(batch: StreamBatch): Promise<void> {
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
      await this.keyedImporter(kind).add(facts);
    }
    for (const packed of batch.packed ?? []) {
      if (FACT_TABLES[packed.kind].identity) throw new Error(`${packed.kind}: versioned facts are never packed`);
      this.seen.add(packed.kind);
      await this.keyedImporter(packed.kind).addPacked(packed);
    }
  }

  private keyedImporter(kind: FactKind): KeyedImporter {
    let importer = this.keyed.get(kind);
    if (!importer) {
      importer = new KeyedImporter(this.t, FACT_TABLES[kind]);
      this.keyed.set(kind, importer);
    }
    return importer;
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
