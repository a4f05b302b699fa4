// `plan --all` (and `excess --plan`) across worker threads (plan-worker.ts): the main thread builds
// each SKU's planning input from the loaded facts and sends them in chunks of CHUNK_SKUS; the workers
// plan (core/clearance, pure: the same plan as in the thread) and answer; the answers are handed on in
// (marketplace, SKU) order as soon as the chunks before them are in, with the progress as today.
// Pool size: os.availableParallelism() unless told (`workers`). Planned in the calling thread instead
// when a pool would not pay (fewer than POOL_MIN_SKUS SKUs, one worker) or cannot run: from the
// TypeScript sources (under vitest) the worker's compiled script is not there.
//
// Measured (bench/plan.bench.js speed part, 1,000 SKUs, 2 cores shared with other jobs at load 7–10):
// in the thread 37.2 s wall / 18.1 s CPU; 2 workers 51.1 s wall / 26.7 s CPU — each worker loads the
// planner, builds the rule sets and warms up on its own (~1–1.5 s CPU each) and the chunks cross as
// structured clones, so the pool only pays when the cores are free (the lead re-measures quiet).
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { PlanInput } from '../core/clearance/context.js';
import { planSku } from '../core/clearance/plan.js';
import type { Recommendation } from '../core/inventory-health/recommendation.js';
import type { PlanDoc } from './plan-documents.js';
import {
  horizonOf,
  indexBundle,
  planBundle,
  planInputFrom,
  planJobs,
  recommendationOfPlan,
  type FactBundle,
  type PlanIndex,
  type PlanProgress,
  type PlanQuery,
} from './plan.js';

/** SKUs per message: ~0.1–0.5 s of planning, so the workers stay busy and the order stays smooth. */
export const CHUNK_SKUS = 16;
/** Below this many SKUs the workers' start (~0.2 s each: loading the planner) would not pay. */
export const POOL_MIN_SKUS = 100;
/** Chunks sent to a worker and not yet answered. */
const IN_FLIGHT = 2;
/** Chunks answered but waiting for an earlier one, at most (memory stays bounded). */
const REORDER_LIMIT = 64;

const WORKER_URL = new URL('./plan-worker.js', import.meta.url);

export interface PoolOptions {
  /** Worker threads (default: os.availableParallelism()); 0 or 1 plans in the calling thread. */
  readonly workers?: number;
}

export interface SerializedError {
  readonly name: string;
  readonly message: string;
  readonly stack?: string;
}

export interface PoolRequest {
  readonly chunk: number;
  readonly mode: 'plan' | 'recommend';
  readonly inputs: readonly (PlanInput | null)[];
}

export type PoolReply =
  | { readonly type: 'done'; readonly chunk: number; readonly results: readonly unknown[] }
  | { readonly type: 'error'; readonly chunk: number; readonly error: SerializedError };

export function serializeError(error: unknown): SerializedError {
  if (!(error instanceof Error)) return { name: 'Error', message: String(error) };
  return { name: error.name, message: error.message, ...(error.stack ? { stack: error.stack } : {}) };
}

function deserializeError(e: SerializedError): Error {
  const error = new Error(e.message);
  error.name = e.name;
  if (e.stack) error.stack = e.stack;
  return error;
}

/** Workers a pool of `jobs` SKUs gets (0: plan in the calling thread). */
export function poolSize(jobs: number, options: PoolOptions = {}): number {
  const wanted = options.workers ?? availableParallelism();
  if (wanted <= 1 || jobs < POOL_MIN_SKUS || !existsSync(fileURLToPath(WORKER_URL))) return 0;
  return Math.min(wanted, Math.ceil(jobs / CHUNK_SKUS));
}

/** Plans `count` inputs in `workers` threads; onResult(i, result) in index order. */
function runInPool<T>(
  mode: PoolRequest['mode'],
  count: number,
  inputOf: (i: number) => PlanInput | null,
  workers: number,
  onResult: (i: number, result: T | null) => void,
): Promise<void> {
  const chunks = Math.ceil(count / CHUNK_SKUS);
  if (chunks === 0) return Promise.resolve();
  return new Promise<void>((resolve, reject) => {
    const pool: Worker[] = [];
    const inFlight = new Map<Worker, number>();
    const answered = new Map<number, readonly unknown[]>();
    let nextChunk = 0;
    let nextEmit = 0;
    let over = false;
    const end = (error?: unknown): void => {
      if (over) return;
      over = true;
      for (const w of pool) void w.terminate();
      if (error === undefined) resolve();
      else reject(error instanceof Error ? error : new Error(String(error)));
    };
    const feed = (w: Worker): void => {
      while (
        !over &&
        nextChunk < chunks &&
        (inFlight.get(w) ?? 0) < IN_FLIGHT &&
        nextChunk - nextEmit < REORDER_LIMIT
      ) {
        const chunk = nextChunk++;
        const inputs: (PlanInput | null)[] = [];
        for (let i = chunk * CHUNK_SKUS; i < Math.min(count, (chunk + 1) * CHUNK_SKUS); i++) inputs.push(inputOf(i));
        w.postMessage({ chunk, mode, inputs } satisfies PoolRequest);
        inFlight.set(w, (inFlight.get(w) ?? 0) + 1);
      }
    };
    for (let k = 0; k < workers; k++) {
      const w = new Worker(WORKER_URL);
      pool.push(w);
      w.on('message', (m: PoolReply) => {
        if (over) return;
        if (m.type === 'error') return end(deserializeError(m.error));
        inFlight.set(w, (inFlight.get(w) ?? 1) - 1);
        answered.set(m.chunk, m.results);
        try {
          for (let rs = answered.get(nextEmit); rs !== undefined; rs = answered.get(nextEmit)) {
            answered.delete(nextEmit);
            const first = nextEmit * CHUNK_SKUS;
            for (let j = 0; j < rs.length; j++) onResult(first + j, rs[j] as T | null);
            nextEmit++;
          }
        } catch (error) {
          return end(error);
        }
        if (nextEmit >= chunks) return end();
        for (const other of pool) feed(other);
      });
      w.on('error', (error) => end(error));
      w.on('exit', (code) => {
        if (!over) end(new Error(`plan worker stopped (exit code ${code})`));
      });
    }
    try {
      for (const w of pool) feed(w);
    } catch (error) {
      end(error);
    }
  });
}

/**
 * plan.ts planBundle across worker threads (see the header): the same plans, in the same order, to
 * `onPlan` as they come (or in the returned list), with the same progress.
 */
export async function planBundleInPool(
  bundle: FactBundle,
  account: string,
  query: Omit<PlanQuery, 'marketplace'>,
  onProgress?: PlanProgress,
  onPlan?: (plan: PlanDoc) => void,
  options: PoolOptions = {},
): Promise<PlanDoc[]> {
  const horizon = horizonOf(query.horizon);
  const jobs = planJobs(bundle, query);
  const workers = poolSize(jobs.length, options);
  if (workers === 0) return planBundle(bundle, account, query, onProgress, onPlan);
  const index = indexBundle(bundle);
  const plans: PlanDoc[] = [];
  await runInPool<PlanDoc>(
    'plan',
    jobs.length,
    (i) => {
      const j = jobs[i] as (typeof jobs)[number];
      return planInputFrom(index, account, j.sku, j.asin, j.marketplace, j.at, horizon);
    },
    workers,
    (i, doc) => {
      if (doc !== null) {
        if (onPlan) onPlan(doc);
        else plans.push(doc);
      }
      onProgress?.(i + 1, jobs.length);
    },
  );
  return plans;
}

/** A SKU the excess view shows. */
export interface RecommendedSku {
  readonly sku: string;
  readonly asin: string | null;
  readonly marketplace: PlanInput['facts']['marketplace'];
}

/**
 * The excess view's recommendation from each SKU's plan (plan.ts recommendationOfPlan; null: no plan
 * action, or no facts to plan from), planned in the pool (or in the thread, see poolSize).
 */
export async function planRecommendations(
  index: PlanIndex,
  account: string,
  skus: readonly RecommendedSku[],
  at: number,
  horizonDays: number,
  options: PoolOptions = {},
): Promise<(Recommendation | null)[]> {
  const inputOf = (i: number): PlanInput | null => {
    const s = skus[i] as RecommendedSku;
    return s.asin === null ? null : planInputFrom(index, account, s.sku, s.asin, s.marketplace, at, horizonDays);
  };
  const out: (Recommendation | null)[] = skus.map(() => null);
  const workers = poolSize(skus.length, options);
  if (workers === 0) {
    for (let i = 0; i < skus.length; i++) {
      const input = inputOf(i);
      out[i] = input === null ? null : recommendationOfPlan(planSku(input));
    }
    return out;
  }
  await runInPool<Recommendation>('recommend', skus.length, inputOf, workers, (i, r) => {
    out[i] = r;
  });
  return out;
}
