// Reads a fact file in a worker thread (read-worker.ts) while the caller stores its batches: the same
// contract as streamFactFile (batches while no row is rejected, then how the file ended), so decoding,
// splitting and converting the file run on one core while the store writes on the other.
//
// Measured with bench/import-all-orders.bench.js (1,000,000-line All Orders file into SQLite, 2 cores,
// medians of 3): reading and converting costs ~3.6 µs of CPU per line, storing ~6 µs. Read in the
// worker, the import took 7.8 s (128,000 lines/s; the main thread 7.3 s of CPU, the worker ~4 s) when
// the two cores were free, against 10.2 s (98,000 lines/s) read in the thread (BENCH_IN_THREAD=1). The
// price is ~1.2 µs of CPU per line for sending the batches, so when other processes hold the cores the
// worker gains nothing (12.4 s against 11.1–11.5 s at load 3.5). Batches of keyed facts cross packed
// (store/packed-facts.ts: validated in the worker, flat column values the main thread binds as they
// are, never rebuilt into objects on a first import): as structured clones of the fact objects they
// cost 0.6–1.2 µs per order line to serialise (worker) and 1.2–1.5 µs to deserialise (main thread);
// column arrays rebuilt into objects (0.6–0.7 + 1.2–1.4 µs) and JSON text (0.9 + 0.9 µs, and it would
// turn NaN into null) gained too little. Packed, 300,000 lines (issue 4, load ~7, 3 runs each): the
// main thread 3.36–3.91 s of CPU against 4.00–4.12 s. Starting a worker costs ~70 ms, so small files
// are read in the thread (WORKER_MIN_BYTES).
import { existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Marketplace } from '../core/catalog/marketplace.js';
import type { SoldItems, StreamBatch } from '../store/types.js';
import type { IngestContext } from './reader.js';
import { readHead, type FileEnd, type ReadOptions } from './read-file.js';
import { detectReader, READERS } from './registry.js';

/** Batches the worker may have posted and the caller not yet taken (a bounded queue). */
export const AHEAD = 4;

/**
 * Data rows per batch: small, because the worker's look-ups wait while the main thread stores a batch
 * (one 1,000-row statement on SQLite is ~7 ms).
 */
const BATCH_ROWS = 1000;

/** Files below this size are read in the calling thread: the worker's start (~70 ms) would not pay. */
export const WORKER_MIN_BYTES = 4 * 1024 * 1024;

/** The context's look-ups the worker asks of the main thread. */
export type AskMethod = 'priceAt' | 'hasFactsAt' | 'orderLinesBetween';

export interface SerializedError {
  readonly name: string;
  readonly message: string;
  readonly code?: string;
  readonly stack?: string;
}

/** The context of a file read in a worker: also every SKU's and ASIN's marketplaces, asked once. */
export interface WorkerIngestContext extends IngestContext {
  soldItems(): Promise<SoldItems>;
}

/** What the worker is started with (workerData). */
export interface WorkerStart {
  readonly path: string;
  readonly sold: SoldItems;
  readonly context: {
    readonly account: string;
    readonly marketplace: Marketplace | null;
    readonly importedAt: number;
  };
  readonly options: Omit<ReadOptions, 'readers' | 'onProgress'>;
  readonly progress: boolean;
}

export type FromWorker =
  | { readonly type: 'ask'; readonly id: number; readonly method: AskMethod; readonly args: readonly unknown[] }
  | { readonly type: 'batch'; readonly batch: StreamBatch }
  | { readonly type: 'progress'; readonly rows: number }
  | { readonly type: 'end'; readonly end: FileEnd }
  | { readonly type: 'error'; readonly error: SerializedError };

export type ToWorker =
  | { readonly type: 'credit' }
  | { readonly type: 'answer'; readonly id: number; readonly value?: unknown; readonly error?: SerializedError };

export function serializeError(error: unknown): SerializedError {
  if (!(error instanceof Error)) return { name: 'Error', message: String(error) };
  const code = (error as NodeJS.ErrnoException).code;
  return {
    name: error.name,
    message: error.message,
    ...(typeof code === 'string' ? { code } : {}),
    ...(error.stack ? { stack: error.stack } : {}),
  };
}

/** The worker's error as an Error of this thread (a file-system error keeps its `code`). */
function revive(error: SerializedError): Error {
  const revived = Object.assign(new Error(error.message), { name: error.name });
  if (error.code !== undefined) Object.assign(revived, { code: error.code });
  if (error.stack !== undefined) revived.stack = error.stack;
  return revived;
}

const WORKER_URL = new URL('./read-worker.js', import.meta.url);

/**
 * True when the file is worth a worker: big enough, read by one of the built-in readers (a worker
 * cannot be handed other reader objects) that is fit for it (Reader.readInWorker), and the worker's
 * compiled script is there (it is not when clearway runs from its TypeScript sources, as under
 * vitest: the file is then read in the thread).
 */
export async function readInWorker(
  path: string,
  readers: readonly unknown[],
  hint: { readonly marketplace: Marketplace | null; readonly encoding: string | null },
): Promise<boolean> {
  if (readers !== READERS || !existsSync(fileURLToPath(WORKER_URL))) return false;
  const info = await stat(path).catch(() => null);
  if (info === null || !info.isFile() || info.size < WORKER_MIN_BYTES) return false;
  const head = await readHead(path, hint).catch(() => null);
  return head !== null && detectReader(head.header, READERS).reader?.readInWorker === true;
}

type Inbox = Exclude<FromWorker, { type: 'ask' | 'progress' }> | { readonly type: 'exit'; readonly code: number };

/**
 * streamFactFile in a worker thread, with the built-in readers: yields the file's batches (at most
 * AHEAD of them wait in memory while the caller stores one) and returns how the file ended. Throws
 * what streamFactFile throws (a file-system error keeps its `code`), or what a look-up threw.
 */
export async function* streamFactFileInWorker(
  path: string,
  context: WorkerIngestContext,
  options: Omit<ReadOptions, 'readers'> = {},
): AsyncGenerator<StreamBatch, FileEnd, void> {
  const { onProgress, ...rest } = options;
  const start: WorkerStart = {
    path,
    sold: await context.soldItems(),
    context: { account: context.account, marketplace: context.marketplace, importedAt: context.importedAt },
    options: { batchRows: BATCH_ROWS, ...rest },
    progress: onProgress !== undefined,
  };
  const worker = new Worker(WORKER_URL, { workerData: start });
  const inbox: Inbox[] = [];
  let wake: (() => void) | null = null;
  const deliver = (message: Inbox) => {
    inbox.push(message);
    wake?.();
    wake = null;
  };
  // A look-up that failed here: the worker only learns its message; the caller gets the error itself.
  let failedLookup: unknown = null;
  const answer = (id: number, method: AskMethod, args: readonly unknown[]) => {
    const lookup = context[method] as (...a: unknown[]) => Promise<unknown>;
    Promise.resolve()
      .then(() => lookup.apply(context, [...args]))
      .then(
        (value) => worker.postMessage({ type: 'answer', id, value } satisfies ToWorker),
        (error: unknown) => {
          failedLookup ??= error;
          worker.postMessage({ type: 'answer', id, error: serializeError(error) } satisfies ToWorker);
        },
      );
  };
  worker.on('message', (message: FromWorker) => {
    if (message.type === 'ask') answer(message.id, message.method, message.args);
    else if (message.type === 'progress') onProgress?.(message.rows);
    else deliver(message);
  });
  worker.on('error', (error) => deliver({ type: 'error', error: serializeError(error) }));
  worker.on('exit', (code) => deliver({ type: 'exit', code }));
  try {
    for (;;) {
      // Back to the event loop between batches, so the worker's look-ups are answered after at most one
      // batch's writes (the store's statements run synchronously on SQLite).
      await new Promise<void>((resolve) => setImmediate(resolve));
      if (inbox.length === 0) await new Promise<void>((resolve) => (wake = resolve));
      const message = inbox.shift() as Inbox;
      switch (message.type) {
        case 'batch':
          // Taken: the worker may read the next batch while this one is stored.
          worker.postMessage({ type: 'credit' } satisfies ToWorker);
          yield message.batch;
          break;
        case 'end':
          return message.end;
        case 'error':
          throw failedLookup ?? revive(message.error);
        case 'exit':
          throw new Error(`${path}: the reading worker stopped (exit code ${message.code})`);
      }
    }
  } finally {
    await worker.terminate();
  }
}
