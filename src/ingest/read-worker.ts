// The worker thread of a file read in parallel with its storing (read-in-worker.ts starts it): runs
// streamFactFile on the file named in workerData and posts its batches to the main thread, which
// stores them. At most AHEAD batches are posted and not yet taken: the worker then waits, so memory
// stays bounded whatever the file's size and however slow the store is.
//
// The ingest context's look-ups run in the import's transaction, on the main thread, which answers
// between two batches. So the worker avoids asking:
// - what sells a SKU or ASIN comes with workerData (ImportLookups.soldItems: the account's products,
//   fixed while a file is read — the file's own products are written at its end). A 300,000-line All
//   Orders file naming a new SKU every 20 lines took 5.4 s into SQLite asking SKU by SKU, 2.6 s so;
// - order lines are asked by day (StoredLines): when a range is asked, the next range in the same
//   direction is asked too, so the next day is there when the report reaches it (300,000 lines over
//   1,000 days: 4.0–4.2 s without, 3.5 s with). The answer may then miss lines this import stored
//   meanwhile, which changes nothing: this import's own lines get the same line number whether found
//   or not (all-orders.ts).
import { parentPort, workerData } from 'node:worker_threads';
import type { Instant } from '../core/catalog/facts.js';
import { packBatch } from '../store/packed-facts.js';
import type { StoredOrderLine } from '../store/types.js';
import type { IngestContext } from './reader.js';
import { streamFactFile } from './read-file.js';
import {
  AHEAD,
  type AskMethod,
  type FromWorker,
  type ToWorker,
  type WorkerStart,
  serializeError,
} from './read-in-worker.js';

const port = parentPort;
if (!port) throw new Error('read-worker.ts runs only as a worker thread');
const start = workerData as WorkerStart;

let asked = 0;
const answers = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
let credits = AHEAD;
let wakeOnCredit: (() => void) | null = null;

const post = (message: FromWorker) => port.postMessage(message);

port.on('message', (message: ToWorker) => {
  if (message.type === 'credit') {
    credits++;
    wakeOnCredit?.();
    wakeOnCredit = null;
    return;
  }
  const waiting = answers.get(message.id);
  answers.delete(message.id);
  if (!waiting) return;
  if (message.error) waiting.reject(Object.assign(new Error(message.error.message), { name: message.error.name }));
  else waiting.resolve(message.value);
});

function ask<T>(method: AskMethod, args: readonly unknown[]): Promise<T> {
  const id = ++asked;
  return new Promise<T>((resolve, reject) => {
    answers.set(id, { resolve: resolve as (value: unknown) => void, reject });
    post({ type: 'ask', id, method, args });
  });
}

/** Order lines by range, with the next range (in the direction of the last two) asked ahead. */
class OrderLinesAhead {
  private readonly ahead = new Map<string, Promise<readonly StoredOrderLine[]>>();
  private lastFrom: Instant | null = null;

  between(from: Instant, to: Instant): Promise<readonly StoredOrderLine[]> {
    const key = `${from}|${to}`;
    const found = this.ahead.get(key) ?? ask<readonly StoredOrderLine[]>('orderLinesBetween', [from, to]);
    this.ahead.delete(key);
    const span = to - from + 1;
    const next = this.lastFrom !== null && from < this.lastFrom ? from - span : to + 1;
    this.lastFrom = from;
    const nextKey = `${next}|${next + span - 1}`;
    if (!this.ahead.has(nextKey)) {
      const early = ask<readonly StoredOrderLine[]>('orderLinesBetween', [next, next + span - 1]);
      early.catch(() => {}); // a failure is met if the range is needed
      this.ahead.set(nextKey, early);
      // Keep only the last few read-aheads: a report that jumps about does not pile them up.
      while (this.ahead.size > 4) this.ahead.delete(this.ahead.keys().next().value as string);
    }
    return found;
  }
}

const orderLines = new OrderLinesAhead();
const NONE: readonly never[] = Object.freeze([]);

const context: IngestContext = {
  ...start.context,
  marketplacesOfSku: async (sku) => start.sold.bySku.get(sku) ?? NONE,
  marketplacesOfAsin: async (asin) => start.sold.byAsin.get(asin) ?? NONE,
  priceAt: (marketplace, sku, at) => ask('priceAt', [marketplace, sku, at]),
  hasFactsAt: (kind, marketplace, sku, at) => ask('hasFactsAt', [kind, marketplace, sku, at]),
  orderLinesBetween: (from, to) => orderLines.between(from, to),
};

async function run(): Promise<void> {
  const read = streamFactFile(start.path, context, {
    ...start.options,
    onProgress: start.progress ? (rows) => post({ type: 'progress', rows }) : undefined,
  });
  for (;;) {
    const next = await read.next();
    if (next.done) {
      post({ type: 'end', end: next.value });
      return;
    }
    if (credits === 0) await new Promise<void>((wake) => (wakeOnCredit = wake));
    credits--;
    // Packed (validated flat column values): cheaper to pass and to store (store/packed-facts.ts).
    post({ type: 'batch', batch: packBatch(next.value) });
  }
}

run().catch((error: unknown) => post({ type: 'error', error: serializeError(error) }));
