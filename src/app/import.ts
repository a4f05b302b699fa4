// `clearway import`: reads fact files (ingest/) and stores each one in one transaction (store/).
// A file with any rejected row stores nothing (CONTRACT.md). Files are imported seller first, then
// products, then the rest, so one command can load a whole folder: later files look their SKUs up in
// the products of the account, which include those stored by earlier files of the same run.
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { FactKind, Instant } from '../core/catalog/facts.js';
import type { Marketplace } from '../core/catalog/marketplace.js';
import { t, type Lang } from '../core/messages/messages.js';
import { INGEST } from '../ingest/messages.js';
import type { IngestContext, Issue, Reader } from '../ingest/reader.js';
import { readFactFile, readHead, type FileRead } from '../ingest/read-file.js';
import { detectReader, READERS } from '../ingest/registry.js';
import type { FactBatch, FactStore } from '../store/types.js';

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
async function inImportOrder(files: readonly string[], readers: readonly Reader[]): Promise<string[]> {
  const ranked: { file: string; index: number; rank: number }[] = [];
  for (const [index, file] of files.entries()) {
    const head = await readHead(file).catch(() => null);
    const rank = (head && detectReader(head.header, readers).reader?.rank) ?? 2;
    ranked.push({ file, index, rank });
  }
  return ranked.sort((a, b) => a.rank - b.rank || a.index - b.index).map((r) => r.file);
}

/**
 * SKU/ASIN → marketplaces where the account has a product, asked of the store once per id. Products
 * stored by an earlier file of the run are in the store already: the answers are dropped after each file
 * that stored products.
 */
class ProductIndex {
  private readonly answers = new Map<string, Promise<Marketplace[]>>();

  constructor(
    private readonly store: FactStore,
    private readonly account: string,
  ) {}

  marketplaces(kind: 'sku' | 'asin', id: string): Promise<Marketplace[]> {
    const key = `${kind}:${id}`;
    let answer = this.answers.get(key);
    if (!answer) {
      answer =
        kind === 'sku'
          ? this.store.marketplacesOfSku(this.account, id)
          : this.store.marketplacesOfAsin(this.account, id);
      this.answers.set(key, answer);
    }
    return answer;
  }

  stored(batch: FactBatch): void {
    if (batch.products?.length) this.answers.clear();
  }
}

function render(issue: Issue, lang: Lang): ImportIssue {
  return { line: issue.line, column: issue.column, code: issue.code, reason: t(issue.code, issue.values, lang) };
}

function unreadable(detail: string): Issue {
  return { line: null, column: null, code: INGEST.IMPORT_UNREADABLE, values: { detail } };
}

function factCount(batch: FactBatch): number {
  return Object.values(batch).reduce((sum, facts) => sum + (facts?.length ?? 0), 0);
}

/**
 * Imports fact files into an account (created when missing). Each file is read whole first; only a
 * file without any rejected row is stored, in one transaction. Never throws for a bad file: its
 * rejections are in the summary (the CLI exits 2).
 */
export async function importFiles(
  store: FactStore,
  account: string,
  paths: readonly string[],
  options: ImportFilesOptions,
): Promise<ImportSummary> {
  const lang = options.lang ?? 'en';
  const readers = options.readers ?? READERS;
  await store.ensureAccount(account);
  const products = new ProductIndex(store, account);
  const context: IngestContext = {
    account,
    marketplace: options.marketplace ?? null,
    importedAt: options.at,
    marketplacesOfSku: (sku) => products.marketplaces('sku', sku),
    marketplacesOfAsin: (asin) => products.marketplaces('asin', asin),
  };
  const files: ImportFileSummary[] = [];
  for (const file of await inImportOrder(await expandPaths(paths), readers)) {
    let read: FileRead;
    try {
      read = await readFactFile(file, context, {
        readers,
        progressEvery: options.progressEvery,
        onProgress: options.onProgress ? (rows) => options.onProgress?.(file, rows) : undefined,
      });
    } catch (error) {
      // A missing or unreadable file is a rejected file; anything else is a bug and propagates.
      if (!(error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string')) throw error;
      const detail = error.message;
      read = { kind: null, rows: 0, batch: {}, warnings: [], rejectedMore: 0, rejected: [unreadable(detail)] };
    }
    const summary = {
      file,
      kind: read.kind,
      rows: read.rows,
      added: 0,
      updated: 0,
      duplicates: 0,
      warnings: read.warnings.map((w) => render(w, lang)),
      rejected: read.rejected.map((r) => render(r, lang)),
      rejectedMore: read.rejectedMore,
    };
    if (read.rejected.length > 0 || factCount(read.batch) === 0) {
      files.push(summary);
      continue;
    }
    const counts = await store.importFacts(account, read.batch, { importedAt: options.at, source: file });
    for (const kind of Object.keys(counts) as FactKind[]) {
      summary.added += counts[kind]?.added ?? 0;
      summary.updated += counts[kind]?.updated ?? 0;
      summary.duplicates += counts[kind]?.duplicates ?? 0;
    }
    products.stored(read.batch);
    files.push(summary);
  }
  return { files };
}
