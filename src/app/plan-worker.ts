// A worker thread of plan-pool.ts: plans the chunks of SKUs it is sent (their planning inputs) and
// posts back, per SKU, the plan document (`plan --all`) or the excess view's recommendation from the
// plan (`excess --plan`). Planning is pure (core/clearance): the same input gives the same plan here
// and in the main thread.
import { parentPort } from 'node:worker_threads';
import { planSku } from '../core/clearance/plan.js';
import { recommendationOfPlan } from './plan.js';
import { planJson } from './plan-json.js';
import { serializeError, type PoolReply, type PoolRequest } from './plan-pool.js';

const port = parentPort;
if (port === null) throw new Error('plan-worker.ts runs as a worker thread');

port.on('message', (m: PoolRequest) => {
  try {
    const results = m.inputs.map((input) => {
      if (input === null) return null;
      const plan = planSku(input);
      return m.mode === 'plan' ? planJson(plan) : recommendationOfPlan(plan);
    });
    port.postMessage({ type: 'done', chunk: m.chunk, results } satisfies PoolReply);
  } catch (error) {
    port.postMessage({ type: 'error', chunk: m.chunk, error: serializeError(error) } satisfies PoolReply);
  }
});
