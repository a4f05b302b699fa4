// `clearway import`: reads fact files and Amazon reports (ingest/) and stores each one in one
// transaction (store/). A file with any rejected row stores nothing (CONTRACT.md). Files are imported
// seller first, then products, then the rest, so one command can load a whole folder: later files look
// their SKUs up in the products of the account, which include those stored by earlier files of the run.
//
// Each file is streamed: read and stored batch by batch inside its one transaction (memory bounded by
// a batch, whatever the file's size). A rejected row stops the storing; reading goes on to list every
// rejection, and the transaction is rolled back at the end. Chosen over "validate in a first pass,
// store in a second" by measurement (bench/import-all-orders.bench.js, 1,000,000-line All Orders
// file): reading and converting costs ~3.6 µs of CPU per line, storing ~6 µs on SQLite, so a second
// pass would add over a third to every good file — the usual case — to save the wasted writes of a
// rejected one. A big file of a reader fit for it (Reader.readInWorker) is read in a worker thread
// while this thread stores it (ingest/read-in-worker.ts).
//
// A snapshot (Amazon inventory report) whose row count differs by more than 50% from the previous
// snapshot of the same kind and marketplace gets a warning: Amazon is known to send truncated reports.
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { FactKind, Instant } from '../core/catalog/facts.js';
import type { Marketplace } from '../core/catalog/marketplace.js';
import { formatInstant } from '../core/calendar/calendar.js';
import { t, type Lang } from '../core/messages/messages.js';
import { AMAZON } from '../ingest/amazon/messages.js';
import { INGEST } from '../ingest/messages.js';
import type { IngestContext, Issue, Reader } from '../ingest/reader.js';
import { readHead, streamFactFile, type FileEnd } from '../ingest/read-file.js';
import { readInWorker, streamFactFileInWorker } from '../ingest/read-in-worker.js';
import { detectReader, READERS } from '../ingest/registry.js';
import type { FactStore, ImportLookups } from '../store/types.js';

/** A rejection or warning, with its reason rendered in the requested language. */
export interface ImportIssue {
  readonly line: number | null;
  readonly column: string | null;
  readonly code: string;
  readonly reason: string;
}

/** One file of the import summary (CONTRACT.md `clearway import --json`). */
export interface ImportFileSummary {
  readonly file: string;
  /** The detected kind; for an unrecognised header the closest kind, or null. */
  readonly kind: string | null;
  readonly rows: number;
  readonly added: number;
  readonly updated: number;
  readonly duplicates: number;
  readonly warnings: readonly ImportIssue[];
  /** At most 100 rejections; `rejectedMore` counts the others. Any rejection: nothing was stored. */
  readonly rejected: readonly ImportIssue[];
  readonly rejectedMore: number;
}

export interface ImportSummary {
  readonly files: ImportFileSummary[];
}

export interface ImportFilesOptions {
  /** `--marketplace`: the marketplace of rows that do not say it. */
  readonly marketplace?: Marketplace | null;
  /** The import instant: `validFrom` of products and seller rows without `at` (DEC-6). */
  readonly at: Instant;
  /** Language of the reasons in the summary (default en). */
  readonly lang?: Lang;
  /** Called every `progressEvery` rows (default 100,000) of a big file. */
  readonly onProgress?: (file: string, rows: number) => void;
  readonly progressEvery?: number;
  readonly readers?: readonly Reader[];
  /** `--encoding`: the character encoding of every file (detected per file when absent). */
  readonly encoding?: string | null;
}

/** Files named on the command line: a directory stands for every .csv file in it (by name). */
export async function expandPaths(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => null);
    if (info?.isDirectory()) {
      const names = (await readdir(path)).filter((name) => name.toLowerCase().endsWith('.csv')).sort();
      files.push(...names.map((name) => join(path, name)));
    } else {
      files.push(path);
    }
  }
  return files;
}

/** Stable order by reader rank (seller, products, the rest); unreadable or unknown files rank with the rest. */
async function inImportOrder(
  files: readonly string[],
  readers: readonly Reader[],
  options: ImportFilesOptions,
): Promise<string[]> {
  const ranked: { file: string; index: number; rank: number }[] = [];
  const hint = { marketplace: options.marketplace ?? null, encoding: options.encoding ?? null };
  for (const [index, file] of files.entries()) {
    const head = await readHead(file, hint).catch(() => null);
    const rank = (head && detectReader(head.header, readers).reader?.rank) ?? 2;
    ranked.push({ file, index, rank });
  }
  return ranked.sort((a, b) => a.rank - b.rank || a.index - b.index).map((r) => r.file);
}

/** The ingest context of one file: its look-ups run in the file's transaction, each id asked once. */
function contextOf(account: string, lookups: ImportLookups, options: ImportFilesOptions): IngestContext {
  const answers = new Map<string, Promise<readonly Marketplace[]>>();
  const once = (key: string, ask: () => Promise<readonly Marketplace[]>) => {
    let answer = answers.get(key);
    if (!answer) {
      answer = ask();
      answers.set(key, answer);
    }
    return answer;
  };
  return {
    account,
    marketplace: options.marketplace ?? null,
    importedAt: options.at,
    marketplacesOfSku: (sku) => once(`sku:${sku}`, () => lookups.marketplacesOfSku(sku)),
    marketplacesOfAsin: (asin) => once(`asin:${asin}`, () => lookups.marketplacesOfAsin(asin)),
    priceAt: (marketplace, sku, at) => lookups.priceAt(marketplace, sku, at),
    hasFactsAt: (kind, marketplace, sku, at) => lookups.hasFactsAt(kind, marketplace, sku, at),
    orderLinesBetween: (from, to) => lookups.orderLinesBetween(from, to),
  };
}

function render(issue: Issue, lang: Lang): ImportIssue {
  return { line: issue.line, column: issue.column, code: issue.code, reason: t(issue.code, issue.values, lang) };
}

function unreadable(detail: string): Issue {
  return { line: null, column: null, code: INGEST.IMPORT_UNREADABLE, values: { detail } };
}

/** Thrown inside a file's transaction when the file had a rejected row: rolls everything back. */
class FileRejected extends Error {}

/** The truncated-report warnings of a file's snapshots (differing by more than 50% from the previous). */
async function snapshotWarnings(end: FileEnd, lookups: ImportLookups): Promise<Issue[]> {
  const warnings: Issue[] = [];
  for (const snapshot of end.snapshots) {
    const previous = await lookups.previousSnapshot(snapshot.kind, snapshot.marketplace, snapshot.at);
    if (!previous || Math.abs(snapshot.rows - previous.rows) * 2 <= previous.rows) continue;
    const values = {
      kind: snapshot.kind,
      marketplace: snapshot.marketplace,
      rows: snapshot.rows,
      previous: previous.rows,
      previousAt: formatInstant(previous.at),
    };
    warnings.push({ line: null, column: null, code: AMAZON.IMPORT_SNAPSHOT_SIZE, values });
  }
  return warnings;
}

async function importFile(
  store: FactStore,
  account: string,
  file: string,
  options: ImportFilesOptions,
  readers: readonly Reader[],
): Promise<ImportFileSummary> {
  const lang = options.lang ?? 'en';
  let end: FileEnd | null = null;
  const warnings: Issue[] = [];
  let counts: Awaited<ReturnType<FactStore['importFactStream']>> = {};
  // A big file is read in a worker thread while this one stores it (ingest/read-in-worker.ts).
  const hint = { marketplace: options.marketplace ?? null, encoding: options.encoding ?? null };
  const inWorker = await readInWorker(file, readers, hint);
  try {
    counts = await store.importFactStream(
      account,
      async function* (lookups) {
        const context = { ...contextOf(account, lookups, options), soldItems: () => lookups.soldItems() };
        const readOptions = {
          encoding: options.encoding ?? null,
          progressEvery: options.progressEvery,
          onProgress: options.onProgress ? (rows: number) => options.onProgress?.(file, rows) : undefined,
        };
        end = inWorker
          ? yield* streamFactFileInWorker(file, context, readOptions)
          : yield* streamFactFile(file, context, { ...readOptions, readers });
        if (end.rejected.length > 0) throw new FileRejected();
        warnings.push(...(await snapshotWarnings(end, lookups)));
      },
      { importedAt: options.at, source: file },
    );
  } catch (error) {
    // A missing or unreadable file is a rejected file; anything else is a bug and propagates.
    if (error instanceof FileRejected) counts = {};
    else if (error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string') {
      const rejected = [unreadable(error.message)];
      end = { kind: null, rows: 0, warnings: [], rejected, rejectedMore: 0, snapshots: [], encoding: '' };
    } else throw error;
  }
  const read = end as FileEnd | null;
  if (read === null) throw new Error(`${file}: the import ended without reading the file`);
  const summary = {
    file,
    kind: read.kind,
    rows: read.rows,
    added: 0,
    updated: 0,
    duplicates: 0,
    warnings: [...read.warnings, ...warnings].map((w) => render(w, lang)),
    rejected: read.rejected.map((r) => render(r, lang)),
    rejectedMore: read.rejectedMore,
  };
  for (const kind of Object.keys(counts) as FactKind[]) {
    summary.added += counts[kind]?.added ?? 0;
    summary.updated += counts[kind]?.updated ?? 0;
    summary.duplicates += counts[kind]?.duplicates ?? 0;
  }
  return summary;
}

/**
 * Imports fact files into an account (created when missing), each streamed into its own transaction;
 * only a file without any rejected row is stored. Never throws for a bad file: its rejections are in
 * the summary (the CLI exits 2).
 */
export async function importFiles(
  store: FactStore,
  account: string,
  paths: readonly string[],
  options: ImportFilesOptions,
): Promise<ImportSummary> {
  const readers = options.readers ?? READERS;
  await store.ensureAccount(account);
  const files: ImportFileSummary[] = [];
  for (const file of await inImportOrder(await expandPaths(paths), readers, options)) {
    files.push(await importFile(store, account, file, options, readers));
  }
  return { files };
}
