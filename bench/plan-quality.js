// The planning-quality benchmark's rows (bench/plan.bench.js quality()): one synthetic SKU each
// (plan-synthetic.js), planned from its facts, scored under its TRUE response against the best plan an
// exhaustive search over the same action set finds with the true response (both exactly checked with
// checkPlanExactly), beside the beam with the true response and the seed's rule of thumb.
// The exhaustive search (~3.2 M plans, ~8 s of CPU per SKU on the 2-core bench machine) dominates: the
// SKUs are spread over worker threads (BENCH_PLAN_QUALITY_WORKERS, default os.availableParallelism()),
// the caller blocking on Atomics.wait so that quality() stays synchronous.
import { availableParallelism } from 'node:os';
import { performance } from 'node:perf_hooks';
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';
import { candidateSet } from '../dist/core/clearance/candidates.js';
import { planContext } from '../dist/core/clearance/context.js';
import { planSku } from '../dist/core/clearance/plan.js';
import { ruleOfThumb } from '../dist/core/clearance/rule-of-thumb.js';
import { beamSearch, exhaustiveSearch } from '../dist/core/clearance/search.js';
import { planValue, simulate } from '../dist/core/clearance/simulate.js';
import { checkPlanExactly } from '../dist/core/clearance/validate.js';
import { planInputOf, syntheticSku } from './plan-synthetic.js';

const keyOf = (kind, start, price) => `${kind}|${start}|${price}`;

/** The best plan of a ranked list that passes the exact check (the empty plan always does). */
function bestPassing(ctx, ranked) {
  for (const r of ranked.plans) {
    if (checkPlanExactly(ctx, r.actions, simulate(ctx, r.actions)).ok) return r;
  }
  return { actions: [], value: planValue(ctx, []) };
}

/** One SKU's row: the planner's, the exhaustive best's, the true-demand beam's and the rule of thumb's values. */
export function qualityRow(i, truthModel) {
  const s = syntheticSku(i, { seed: 2026, truthModel });
  const input = planInputOf(s);
  const planned = planSku(input);
  const truthCtx = planContext({ ...input, response: s.truth, baselineDaily: s.baseline });
  const cands = candidateSet(truthCtx);
  const byKey = new Map(cands.instances.map((a) => [keyOf(a.kind, a.start, a.price), a]));
  const chosen = planned.best.actions.map((a) => byKey.get(keyOf(a.action, a.start, a.price)));
  if (chosen.some((a) => a === undefined)) throw new Error(`SKU ${i}: a planned action is not a candidate`);
  const plannerValue = planValue(truthCtx, chosen);
  const t0 = performance.now();
  const all = exhaustiveSearch(truthCtx, cands, { keep: 60 });
  const exhaustiveMs = performance.now() - t0;
  const best = bestPassing(truthCtx, all);
  const oracle = bestPassing(truthCtx, beamSearch(truthCtx, cands));
  const thumb = ruleOfThumb(truthCtx, cands);
  const nothing = planValue(truthCtx, []);
  const thumbValue = thumb.action === null ? nothing : planValue(truthCtx, [thumb.action]);
  return {
    i,
    plannerValue,
    best: best.value,
    oracle: oracle.value,
    thumbValue,
    nothing,
    exhaustiveMs,
    exhaustivePlans: all.evaluated,
    plan: planned.best.actions.map((a) => a.action).join('>'),
    exhaustive: best.actions.map((a) => a.kind).join('>'),
  };
}

/** The rows of SKUs 0…n−1 under `truthModel`, computed on worker threads (see the header). */
export function qualityRows(truthModel, n) {
  const workers = Math.max(1, Math.min(n, Number(process.env.BENCH_PLAN_QUALITY_WORKERS ?? availableParallelism())));
  if (workers <= 1) return Array.from({ length: n }, (_, i) => qualityRow(i, truthModel));
  const done = new Int32Array(new SharedArrayBuffer(4));
  const ports = [];
  for (let w = 0; w < workers; w++) {
    const indices = [];
    for (let i = w; i < n; i += workers) indices.push(i);
    const { port1, port2 } = new MessageChannel();
    ports.push(port1);
    new Worker(new URL('./plan-quality-worker.js', import.meta.url), {
      workerData: { indices, truthModel, port: port2, done: done.buffer },
      transferList: [port2],
    }).unref();
  }
  for (let seen = 0; (seen = Atomics.load(done, 0)) < workers;) Atomics.wait(done, 0, seen, 1000);
  const rows = [];
  for (const port of ports) {
    for (let m = receiveMessageOnPort(port); m !== undefined; m = receiveMessageOnPort(port)) {
      if (m.message.error) throw new Error(m.message.error);
      rows.push(...m.message.rows);
    }
    port.close();
  }
  return rows.sort((a, b) => a.i - b.i);
}
