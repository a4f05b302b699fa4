// The clearance planner (issue 6, EXC-3..EXC-9), over dist/:
// 1. Planning quality on synthetic SKUs whose true demand response is known (plan-synthetic.js, whose
//    header states both truth models and their parameters; rows computed by plan-quality.js on worker
//    threads): the planner plans from the facts (its demand model estimates the response from the
//    orders and the past promotions); its plan is then scored under the TRUE response, as a share of
//    the best plan an exhaustive search over the same action set finds with the true response (both
//    exactly checked with checkPromotion). Also: the beam with the true response (search quality
//    alone), and the uplift over the seed's rule of thumb (EXC-3 mapping alone), scored the same way.
//    Two truth models: 'shared' (the principled benchmark: prior × SKU-wide responsiveness ×
//    per-program deviation, a history of several programs' promotions with Poisson noise and
//    stockouts) and 'wide' (harder: large independent per-program deviations the history mostly does
//    not reveal; BENCH_PLAN_WIDE=0 skips it).
// 2. Speed: `excess` + `plan --all` over BENCH_PLAN_SKUS SKUs (default 20,000) once their facts are
//    in memory (app/excess.ts excessDocument and app/plan-pool.ts planBundleInPool, as the commands run them).
// Printed, never asserted. BENCH_PLAN_QUALITY_SKUS (default 32) sets part 1's size ('shared'),
// BENCH_PLAN_WIDE_SKUS (default 3/8 of it: 12) the 'wide' scenario's; ~8 s of CPU per SKU (the
// exhaustive search), spread over BENCH_PLAN_QUALITY_WORKERS threads (default: one per core).
import { availableParallelism, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { excessDocument } from '../dist/app/excess.js';
import { planBundleInPool, poolSize } from '../dist/app/plan-pool.js';
import { groupAsinFacts } from '../dist/core/reference-prices/index.js';
import { fmt, median, withPeakRss } from './measure.js';
import { qualityRows } from './plan-quality.js';
import { AT, rng, SELLER, syntheticSku, TRUTH_MODELS } from './plan-synthetic.js';

const QUALITY_SKUS = Number(process.env.BENCH_PLAN_QUALITY_SKUS ?? 32);
const SPEED_SKUS = Number(process.env.BENCH_PLAN_SKUS ?? 20_000);

function quality(truthModel) {
  const n =
    truthModel === 'wide'
      ? Number(process.env.BENCH_PLAN_WIDE_SKUS ?? Math.max(1, Math.round((QUALITY_SKUS * 3) / 8)))
      : QUALITY_SKUS;
  const t0 = performance.now();
  const rows = qualityRows(truthModel, n);
  const wallMs = performance.now() - t0;
  const sum = (f) => rows.reduce((s, r) => s + f(r), 0);
  console.log(
    `quality (${truthModel} truth${truthModel === 'shared' ? ', the principled benchmark' : ', the harder scenario'}): ` +
      `${rows.length} synthetic SKUs with a known true response (90-day horizon, full grid); ${TRUTH_MODELS[truthModel].describe}`,
  );
  for (const r of rows) {
    console.log(
      `  SKU ${r.i}: planner ${fmt(r.plannerValue / 100)} = ${fmt((100 * r.plannerValue) / r.best, 1)}% of exhaustive ${fmt(r.best / 100)}` +
        ` (beam with true demand ${fmt((100 * r.oracle) / r.best, 1)}%); rule of thumb ${fmt(r.thumbValue / 100)}; nothing ${fmt(r.nothing / 100)}` +
        `  [${r.plan || 'nothing'} | ${r.exhaustive || 'nothing'}]`,
    );
  }
  const shares = rows.map((r) => (100 * r.plannerValue) / r.best).sort((a, b) => a - b);
  console.log(
    `planner net cash as a share of the exhaustive best (true demand, ${truthModel}): ${fmt((100 * sum((r) => r.plannerValue)) / sum((r) => r.best), 1)}% overall, ` +
      `median SKU ${fmt(shares[Math.floor((shares.length - 1) / 2)], 1)}%, lowest ${fmt(shares[0], 1)}%`,
  );
  console.log(
    `beam search alone (planner given the true demand): ${fmt((100 * sum((r) => r.oracle)) / sum((r) => r.best), 1)}% of the exhaustive best, ` +
      `lowest ${fmt(Math.min(...rows.map((r) => (100 * r.oracle) / r.best)), 1)}%`,
  );
  const uplift = sum((r) => r.plannerValue - r.thumbValue);
  console.log(
    `uplift over the seed's rule of thumb (EXC-3 mapping alone): +${fmt(uplift / 100)} USD over ${rows.length} SKUs ` +
      `(+${fmt((100 * uplift) / sum((r) => r.thumbValue), 1)}%); over doing nothing: +${fmt((100 * sum((r) => r.plannerValue - r.nothing)) / sum((r) => r.nothing), 1)}%`,
  );
  console.log(
    `exhaustive search: ${fmt(sum((r) => r.exhaustivePlans) / rows.length)} plans per SKU, ${fmt(sum((r) => r.exhaustiveMs) / rows.length / 1000, 1)} s per SKU; ` +
      `${truthModel} scenario ${fmt(wallMs / 1000, 1)} s wall clock`,
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

/** One timed run of `excess` + `plan --all` (what the commands run once the facts are loaded). */
async function speedRun(bundle, facts, outlet, workers) {
  let searched = 0;
  let acting = 0;
  let excessMs = 0;
  let planMs = 0;
  const cpu0 = process.cpuUsage(); // process-wide: the workers' CPU included
  const { peakRssMb } = await withPeakRss(async () => {
    const t0 = performance.now();
    excessDocument(facts, outlet, AT, { marketplace: null, band: null, coverDays: null });
    const t1 = performance.now();
    // As `plan --all --json` streams them: each plan serialised, none kept.
    await planBundleInPool(
      bundle,
      'bench',
      { at: AT },
      undefined,
      (p) => {
        JSON.stringify(p);
        if (p.searched.candidates > 0) searched++;
        if (p.actions.length > 0) acting++;
      },
      { workers },
    );
    const t2 = performance.now();
    excessMs = t1 - t0;
    planMs = t2 - t1;
  });
  const cpu = process.cpuUsage(cpu0);
  return { excessMs, planMs, searched, acting, cpuS: (cpu.user + cpu.system) / 1e6, peakRssMb };
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
  // BENCH_PLAN_WORKERS: worker threads of plan --all (default os.availableParallelism(); 0 = in thread).
  const workers = Number(process.env.BENCH_PLAN_WORKERS ?? availableParallelism());
  const used = poolSize(SPEED_SKUS, { workers });
  // BENCH_PLAN_RUNS: timed runs (median shown; default 3 up to 2,000 SKUs, else 1).
  const runs = Number(process.env.BENCH_PLAN_RUNS ?? (SPEED_SKUS <= 2000 ? 3 : 1));
  console.log(
    `speed: ${fmt(SPEED_SKUS)} SKUs, ${fmt(f.orders.length)} order lines, ${fmt(f.lots.length)} lots in memory; ` +
      `${used === 0 ? 'plan --all in the thread' : `plan --all on ${used} worker threads`}; median of ${runs} run(s); load ${loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}`,
  );
  const rows = [];
  for (let i = 0; i < runs; i++) rows.push(await speedRun(bundle, facts, outlet, workers));
  const m = (key) => median(rows.map((r) => r[key]));
  const excessMs = m('excessMs');
  const planMs = m('planMs');
  const { searched, acting } = rows[0];
  console.log(
    `excess ${fmt(excessMs / 1000, 2)} s + plan --all ${fmt(planMs / 1000, 2)} s = ${fmt(median(rows.map((r) => r.excessMs + r.planMs)) / 1000, 2)} s total ` +
      `(${fmt(searched)} SKUs in excess searched, ${fmt(acting)} with actions; ${fmt(planMs / Math.max(searched, 1), 1)} ms per searched SKU); ` +
      `workers used ${used}; process CPU ${fmt(m('cpuS'), 1)} s; peak RSS ${fmt(m('peakRssMb'))} MB`,
  );
}

export default async function run() {
  if (QUALITY_SKUS > 0) {
    quality('shared');
    if (process.env.BENCH_PLAN_WIDE !== '0') quality('wide');
  }
  if (SPEED_SKUS > 0) await speed();
}
