// The reader contract of ingest/: a reader recognises one file kind by its header and turns each row
// into facts. clearway's own CSV fact files are readers (csv-facts.ts); Amazon report readers plug into
// the same registry (registry.ts: ingest/amazon/). Readers never touch the store: what they need to know about the
// account (which marketplaces sell a SKU) comes through the IngestContext.
import type { FactKind, FactsByKind, Instant, Minor } from '../core/catalog/facts.js';
import type { Marketplace } from '../core/catalog/marketplace.js';
import type { StoredOrderLine } from '../store/types.js';
import type { Row } from './row.js';

/** One problem of an imported file: line 1 is the header; column is a header name (null: whole row/file). */
export interface Issue {
  readonly line: number | null;
  readonly column: string | null;
  /** Message code of the ingest catalogue (messages.ts); rendered with `values` in either language. */
  readonly code: string;
  readonly values: Readonly<Record<string, string | number>>;
}

export interface IngestContext {
  /** The account the facts are imported into (seller rows must name it). */
  readonly account: string;
  /** `--marketplace`: decides the marketplace of rows that do not say it; null when not given. */
  readonly marketplace: Marketplace | null;
  /** The import instant: `validFrom` of products and seller rows without `at` (DEC-6). */
  readonly importedAt: Instant;
  /** Marketplaces where the account (or an earlier file of this import) has a product with this SKU. */
  marketplacesOfSku(sku: string): Promise<readonly Marketplace[]>;
  /** Marketplaces where the account (or an earlier file of this import) has a product with this ASIN. */
  marketplacesOfAsin(asin: string): Promise<readonly Marketplace[]>;
  /** The seller's price in force at `at` (the latest prices fact at or before it), or null. */
  priceAt(marketplace: Marketplace, sku: string, at: Instant): Promise<Minor | null>;
  /** True when the account has facts of `kind` for the SKU at exactly `at` (a snapshot already known). */
  hasFactsAt(kind: FactKind, marketplace: Marketplace, sku: string, at: Instant): Promise<boolean>;
  /** The account's stored order lines with an instant in [from, to]. */
  orderLinesBetween(from: Instant, to: Instant): Promise<readonly StoredOrderLine[]>;
}

/** Where a reader puts the facts of a row. */
export interface FactSink {
  add<K extends FactKind>(kind: K, fact: FactsByKind[K]): void;
}

/** Turns one data row into facts; on a bad value it records the issue on the row and adds nothing. */
export type RowConverter = (row: Row, sink: FactSink) => void | Promise<void>;

/** The rows of one snapshot a file holds (for the truncated-report warning of `clearway import`). */
export interface SnapshotRows {
  readonly kind: FactKind;
  readonly marketplace: Marketplace;
  readonly at: Instant;
  readonly rows: number;
}

/** What a reader says when a file ends: file-level warnings and the snapshots the file held. */
export interface FileSummary {
  readonly warnings?: readonly Issue[];
  readonly snapshots?: readonly SnapshotRows[];
}

/** A converter that keeps per-file state and finishes the file after its last row. */
export interface FileConverter {
  readonly row: RowConverter;
  /**
   * Called once after the last row: adds the facts that need the whole file (e.g. products made from
   * an orders report) and sums the file up. Its facts are dropped when any row was rejected.
   */
  finish(sink: FactSink): FileSummary | Promise<FileSummary>;
}

/** How well a header fits a reader: `missing` required columns, `known` header columns it reads. */
export interface HeaderFit {
  readonly missing: readonly string[];
  readonly known: number;
  /** Header columns the reader does not read (reported as warnings). */
  readonly ignored: readonly string[];
}

export interface Reader {
  /** The kind shown in import summaries ('orders', later 'amazon_all_orders' …). */
  readonly kind: string;
  /** Import order when several files are named: lower first (seller 0, products 1, the rest 2). */
  readonly rank: number;
  fit(header: readonly string[]): HeaderFit;
  /** Starts reading one file (`header`: its trimmed header names): the converter may keep per-file state. */
  start(context: IngestContext, header: readonly string[]): RowConverter | FileConverter;
  /**
   * Amazon flat files: when tab-separated, split on tabs and line breaks only — never quoted, so a `"`
   * (12" x 18") is an ordinary character.
   */
  readonly unquoted?: boolean;
  /**
   * True when the reader's look-ups are per SKU/ASIN (marketplacesOfSku, marketplacesOfAsin) or per
   * day (orderLinesBetween), never per row: a big file is then read in a worker thread while the main
   * thread stores it (read-in-worker.ts). Not for readers asking priceAt or hasFactsAt per row: each
   * look-up from the worker waits for the main thread (a 25,000-row Manage Inventory report, one
   * priceAt per row, took 2.9–5.5 s in a worker against 1.3–1.8 s in the thread).
   */
  readonly readInWorker?: boolean;
}

/** A reader's header fit from its required and optional column names (exact, case-sensitive names). */
export function fitByColumns(
  header: readonly string[],
  required: readonly string[],
  optional: readonly string[],
): HeaderFit {
  const present = new Set(header);
  const all = new Set([...required, ...optional]);
  return {
    missing: required.filter((c) => !present.has(c)),
    known: header.filter((c) => all.has(c)).length,
    ignored: header.filter((c) => !all.has(c)),
  };
}
