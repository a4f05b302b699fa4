// The worker thread of a file read in parallel with its storing (read-in-worker.ts starts it): runs
// streamFactFile on the file named in workerData and posts its batches to the main thread, which
// stores them. The ingest context's look-ups are asked of the main thread (they run in the import's
// transaction there). At most AHEAD batches are posted and not yet taken: the worker then waits, so
// memory stays bounded whatever the file's size and however slow the store is.
import { parentPort, workerData } from 'node:worker_threads';
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

const context: IngestContext = {
  ...start.context,
  marketplacesOfSku: (sku) => ask('marketplacesOfSku', [sku]),
  marketplacesOfAsin: (asin) => ask('marketplacesOfAsin', [asin]),
  priceAt: (marketplace, sku, at) => ask('priceAt', [marketplace, sku, at]),
  hasFactsAt: (kind, marketplace, sku, at) => ask('hasFactsAt', [kind, marketplace, sku, at]),
  orderLinesBetween: (from, to) => ask('orderLinesBetween', [from, to]),
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
    post({ type: 'batch', batch: next.value });
  }
}

run().catch((error: unknown) => post({ type: 'error', error: serializeError(error) }));
