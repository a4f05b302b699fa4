// The clearance planner (issue 6, EXC-3..EXC-9), over dist/:
// 1. Planning quality on synthetic SKUs whose true demand response is known (plan-synthetic.js): the
//    planner plans from the facts (its demand model estimates the response from the orders and the
//    past promotions); its plan is then scored under the TRUE response, as a share of the best plan
//    an exhaustive search over the same action set finds with the true response (both exactly
//    checked with checkPromotion). Also: the beam with the true response (search quality alone), and
//    the uplift over the seed's rule of thumb (EXC-3 mapping alone), scored the same way. Two truth
//    models (plan-synthetic.js trueResponse): 'shared' (a SKU-wide responsiveness the history shows,
//    small program-specific noise) and 'wide' (large independent noise per program, mostly invisible
//    in the history; BENCH_PLAN_WIDE=0 skips it).
// 2. Speed: `excess` + `plan --all` over BENCH_PLAN_SKUS SKUs (default 20,000) once their facts are
//    in memory (app/excess.ts excessDocument and app/plan.ts planBundle, as the commands run them).
// Printed, never asserted. BENCH_PLAN_QUALITY_SKUS (default 8) sets part 1's size.
import { performance } from 'node:perf_hooks';
import { excessDocument } from '../dist/app/excess.js';
import { planBundle } from '../dist/app/plan.js';
import { candidateSet } from '../dist/core/clearance/candidates.js';
import { planContext } from '../dist/core/clearance/context.js';
import { planSku } from '../dist/core/clearance/plan.js';
import { ruleOfThumb } from '../dist/core/clearance/rule-of-thumb.js';
import { beamSearch, exhaustiveSearch } from '../dist/core/clearance/search.js';
import { planValue, simulate } from '../dist/core/clearance/simulate.js';
import { checkPlanExactly } from '../dist/core/clearance/validate.js';
import { groupAsinFacts } from '../dist/core/reference-prices/index.js';
import { fmt, withPeakRss } from './measure.js';
import { AT, planInputOf, rng, SELLER, syntheticSku } from './plan-synthetic.js';

const QUALITY_SKUS = Number(process.env.BENCH_PLAN_QUALITY_SKUS ?? 8);
const SPEED_SKUS = Number(process.env.BENCH_PLAN_SKUS ?? 20_000);

const keyOf = (kind, start, price) => `${kind}|${start}|${price}`;

/** The best plan of a ranked list that passes the exact check (the empty plan always does). */
function bestPassing(ctx, ranked) {
  for (const r of ranked.plans) {
    if (checkPlanExactly(ctx, r.actions, simulate(ctx, r.actions)).ok) return r;
  }
  return { actions: [], value: planValue(ctx, []) };
}

function quality(truthModel) {
  const rows = [];
  let exhaustiveMs = 0;
  let exhaustivePlans = 0;
  for (let i = 0; i < QUALITY_SKUS; i++) {
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
    exhaustiveMs += performance.now() - t0;
    exhaustivePlans += all.evaluated;
    const best = bestPassing(truthCtx, all);
    const oracle = bestPassing(truthCtx, beamSearch(truthCtx, cands));
    const thumb = ruleOfThumb(truthCtx, cands);
    const nothing = planValue(truthCtx, []);
    const thumbValue = thumb.action === null ? nothing : planValue(truthCtx, [thumb.action]);
    rows.push({
      i,
      plannerValue,
      best: best.value,
      oracle: oracle.value,
      thumbValue,
      nothing,
      plan: planned.best.actions.map((a) => a.action).join('>'),
      exhaustive: best.actions.map((a) => a.kind).join('>'),
    });
  }
  const sum = (f) => rows.reduce((s, r) => s + f(r), 0);
  console.log(
    `quality (${truthModel} truth): ${rows.length} synthetic SKUs with a known true response (90-day horizon, full grid); ` +
      (truthModel === 'shared'
        ? 'truth = prior × a SKU-wide responsiveness e^N(0,0.35) × per-program e^N(0,0.15), ε in [2.2, 3.0]'
        : 'truth = prior × per-program e^N(0,0.45), ε in [1.8, 3.4] (mostly invisible in the history)'),
  );
  for (const r of rows) {
    console.log(
      `  SKU ${r.i}: planner ${fmt(r.plannerValue / 100)} = ${fmt((100 * r.plannerValue) / r.best, 1)}% of exhaustive ${fmt(r.best / 100)}` +
        ` (beam with true demand ${fmt((100 * r.oracle) / r.best, 1)}%); rule of thumb ${fmt(r.thumbValue / 100)}; nothing ${fmt(r.nothing / 100)}` +
        `  [${r.plan || 'nothing'} | ${r.exhaustive || 'nothing'}]`,
    );
  }
  console.log(
    `planner net cash as a share of the exhaustive best (true demand): ${fmt((100 * sum((r) => r.plannerValue)) / sum((r) => r.best), 1)}% overall, ` +
      `lowest ${fmt(Math.min(...rows.map((r) => (100 * r.plannerValue) / r.best)), 1)}%`,
  );
  console.log(
    `beam search alone (planner given the true demand): ${fmt((100 * sum((r) => r.oracle)) / sum((r) => r.best), 1)}% of the exhaustive best`,
  );
  const uplift = sum((r) => r.plannerValue - r.thumbValue);
  console.log(
    `uplift over the seed's rule of thumb (EXC-3 mapping alone): +${fmt(uplift / 100)} USD over ${rows.length} SKUs ` +
      `(+${fmt((100 * uplift) / sum((r) => r.thumbValue), 1)}%); over doing nothing: +${fmt((100 * sum((r) => r.plannerValue - r.nothing)) / sum((r) => r.nothing), 1)}%`,
  );
  console.log(
    `exhaustive search: ${fmt(exhaustivePlans / rows.length)} plans per SKU, ${fmt(exhaustiveMs / rows.length / 1000, 1)} s per SKU`,
  );
}

/** SPEED_SKUS synthetic SKUs as one account's facts (half of them in excess). */
function speedFacts() {
  const r = rng(99);
  const products = [];
  const orders = [];
  const prices = [];
  const promotions = [];
  const lots = [];
  for (let i = 0; i < SPEED_SKUS; i++) {
    const excess = r() < 0.5;
    const s = syntheticSku(i, {
      seed: 7,
      historyDays: 45,
      withHistory: i % 5 === 0,
      stockFactor: excess ? 1.5 + 4 * r() : 0.2 + 0.7 * r(),
    });
    products.push(s.product);
    for (const o of s.orders) orders.push(o);
    prices.push(...s.prices);
    promotions.push(...s.promotions);
    lots.push(...s.lots);
  }
  orders.sort((a, b) => a.at - b.at);
  return { products, orders, prices, promotions, lots };
}

function excessInputs(f) {
  const facts = {
    products: f.products,
    orders: f.orders,
    shipments: [],
    lots: f.lots,
    prices: f.prices,
    inventorySnapshots: [],
    planningRows: [],
    restockRows: [],
  };
  const groups = groupAsinFacts({ products: f.products, orders: f.orders, prices: f.prices, promotions: f.promotions });
  const lotsBy = new Map();
  for (const l of f.lots) {
    const list = lotsBy.get(l.sku) ?? [];
    list.push(l);
    lotsBy.set(l.sku, list);
  }
  const outlet = [...groups.values()].map((g) => ({
    facts: g,
    account: 'bench',
    offers: [],
    lots: lotsBy.get(g.products[0].sku) ?? [],
    shipments: [],
    seller: [SELLER],
    pricingRules: [],
    events: [],
  }));
  return { facts, outlet };
}

async function speed() {
  const f = speedFacts();
  const bundle = {
    ...f,
    evidence: [],
    frozenWasPrices: [],
    events: [],
    offers: [],
    shipments: [],
    seller: [SELLER],
    pricingRules: [],
    outletEvents: [],
  };
  const { facts, outlet } = excessInputs(f);
  console.log(
    `speed: ${fmt(SPEED_SKUS)} SKUs, ${fmt(f.orders.length)} order lines, ${fmt(f.lots.length)} lots in memory`,
  );
  let excessMs = 0;
  let planMs = 0;
  let searched = 0;
  let acting = 0;
  const cpu0 = process.cpuUsage();
  const { peakRssMb } = await withPeakRss(async () => {
    const t0 = performance.now();
    excessDocument(facts, outlet, AT, { marketplace: null, band: null, coverDays: null });
    const t1 = performance.now();
    // As `plan --all --json` streams them: each plan serialised, none kept.
    planBundle(bundle, 'bench', { at: AT }, undefined, (p) => {
      JSON.stringify(p);
      if (p.searched.candidates > 0) searched++;
      if (p.actions.length > 0) acting++;
    });
    const t2 = performance.now();
    excessMs = t1 - t0;
    planMs = t2 - t1;
  });
  const cpu = process.cpuUsage(cpu0);
  console.log(
    `excess ${fmt(excessMs / 1000, 2)} s + plan --all ${fmt(planMs / 1000, 2)} s = ${fmt((excessMs + planMs) / 1000, 2)} s ` +
      `(${fmt(searched)} SKUs in excess searched, ${fmt(acting)} with actions; ${fmt(planMs / Math.max(searched, 1), 1)} ms per searched SKU); ` +
      `process CPU ${fmt((cpu.user + cpu.system) / 1e6, 1)} s; peak RSS ${fmt(peakRssMb)} MB`,
  );
}

export default async function run() {
  if (QUALITY_SKUS > 0) {
    quality('shared');
    if (process.env.BENCH_PLAN_WIDE !== '0') quality('wide');
  }
  if (SPEED_SKUS > 0) await speed();
}
