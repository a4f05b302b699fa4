// `clearway excess` over many SKUs (issue 6, EXC-1..EXC-3): the time to answer for BENCH_EXCESS_SKUS
// SKUs (default 20,000) once their facts are in memory — grouping per SKU, DEC-1 on-hand, EXC-1 band,
// age buckets, two holding-cost projections (30/90 days, EXC-2), Outlet eligibility (OUT-1/OUT-2/OUT-4)
// and the JSON document, as app/excess.ts excessDocument runs it after loading each kind once.
// Synthetic facts, generated in memory: per SKU one product, a lots snapshot of 3 lots, ~30 order
// lines over 60 days (up to 80), a price; a shipment for every 4th SKU. Median of 3 runs; printed, not asserted.
import { performance } from 'node:perf_hooks';
import { excessDocument, outletSummaries } from '../dist/app/excess.js';
import { excessRows } from '../dist/core/inventory-health/excess.js';
import { groupBySku } from '../dist/core/inventory-health/sku-facts.js';
import { groupAsinFacts } from '../dist/core/reference-prices/index.js';
import { ruleSetFor } from '../dist/core/rules/rules.js';
import { fmt, median, timeRuns, withPeakRss } from './measure.js';

const SKUS = Number(process.env.BENCH_EXCESS_SKUS ?? 20_000);
const AT = Date.parse('2026-03-01T12:00:00-08:00');
const DAY = 86_400_000;

/** A tiny deterministic generator (mulberry32). */
function rng(seed) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function generate() {
  const r = rng(6);
  const products = [];
  const lots = [];
  const orders = [];
  const shipments = [];
  const prices = [];
  const seller = [
    {
      account: 'bench',
      marketplace: 'US',
      sellingPlan: 'professional',
      sellerRating: 4.8,
      ishsEnrolled: false,
      validFrom: 0,
    },
  ];
  const snapshotAt = AT - 5 * DAY;
  for (let i = 0; i < SKUS; i++) {
    const sku = `SKU-${i}`;
    products.push({
      sku,
      asin: `B0BENCH${String(i).padStart(5, '0')}`,
      marketplace: 'US',
      condition: 'new',
      created: AT - 800 * DAY,
      seasonal: false,
      rating: 4.4,
      ratingsCount: 50,
      subscribeAndSave: false,
      imagesOk: true,
      parentAsin: null,
      category: i % 7 === 0 ? 'apparel' : 'home',
      listPrice: null,
      listPriceEvidenceUrl: null,
      minPrice: null,
      unitCost: 800,
      costCurrency: 'USD',
      freightPerUnit: 100,
      fxRate: null,
      referralPct: 15,
      fulfilmentFee: 450,
      unitCubicFeet: 0.05 + r() * 0.5,
      leadTimeDays: 45,
      casePack: 12,
      minOrderQty: null,
      validFrom: 0,
    });
    // Stock and demand vary by SKU, so every band occurs (most SKUs moderately or heavily in excess).
    const scale = 0.2 + 2 * r();
    for (const age of [20, 150, 400]) {
      lots.push({
        sku,
        marketplace: 'US',
        at: snapshotAt,
        received: snapshotAt - age * DAY,
        units: Math.floor(r() * 150 * scale),
      });
    }
    const lines = Math.floor(r() * 80);
    for (let k = 0; k < lines; k++) {
      orders.push({
        orderId: `O-${i}-${k}`,
        line: 1,
        sku,
        marketplace: 'US',
        at: AT - Math.floor(r() * 60 * DAY),
        units: 1 + Math.floor(r() * 3),
        unitPrice: 2599,
        currency: 'USD',
        promotionIds: [],
        promotionDiscount: 0,
        b2b: false,
        subscribeAndSave: false,
        cancelled: r() < 0.02,
        channel: 'fba',
      });
    }
    prices.push({ sku, marketplace: 'US', at: AT - 100 * DAY, price: 2599, dealId: null });
    if (i % 4 === 0) {
      shipments.push({
        shipmentId: `FBA-${i}`,
        sku,
        marketplace: 'US',
        units: 100,
        carrierProgram: 'partnered_carrier',
        created: AT - 10 * DAY,
        shipped: AT - 8 * DAY,
        eta: AT + 5 * DAY,
        received: null,
      });
    }
  }
  orders.sort((a, b) => a.at - b.at);
  const facts = {
    products,
    orders,
    shipments,
    lots,
    prices,
    inventorySnapshots: [],
    planningRows: [],
    restockRows: [],
  };
  return { facts, outlet: outletFacts(facts, seller) };
}

/** The Outlet facts per ASIN, as app/outlet/account.ts loadAccountOutlet groups them. */
function outletFacts(facts, seller) {
  const groups = groupAsinFacts({
    products: facts.products,
    orders: facts.orders,
    prices: facts.prices,
    promotions: [],
  });
  const asinOf = new Map(facts.products.map((p) => [p.sku, `${p.marketplace}\u0000${p.asin}`]));
  const by = (list) => {
    const m = new Map();
    for (const x of list) {
      const k = asinOf.get(x.sku);
      const l = m.get(k) ?? [];
      l.push(x);
      m.set(k, l);
    }
    return m;
  };
  const lotsBy = by(facts.lots);
  const shipmentsBy = by(facts.shipments);
  return [...groups].map(([key, f]) => ({
    facts: f,
    account: 'bench',
    offers: [],
    lots: lotsBy.get(key) ?? [],
    shipments: shipmentsBy.get(key) ?? [],
    seller,
    pricingRules: [],
    events: [],
  }));
}

export default async function run() {
  const { facts, outlet } = generate();
  console.log(
    `excess: ${fmt(SKUS)} SKUs, ${fmt(facts.orders.length)} order lines, ${fmt(facts.lots.length)} lots (in memory)`,
  );
  let doc;
  const { peakRssMb } = await withPeakRss(async () => {
    const ms = await timeRuns(
      () => {
        doc = excessDocument(facts, outlet, AT, { marketplace: null, band: null, coverDays: null });
      },
      { runs: 3, warmup: 1 },
    );
    console.log(`whole document (outlet + rows + JSON): ${fmt(median(ms) / 1000, 2)} s median of 3`);
  });
  const bands = {};
  for (const row of doc.rows) bands[row.band] = (bands[row.band] ?? 0) + 1;
  console.log(`rows ${fmt(doc.rows.length)}: ${JSON.stringify(bands)}; peak RSS ${fmt(peakRssMb)} MB`);

  const t0 = performance.now();
  const groups = groupBySku(facts, AT);
  const t1 = performance.now();
  excessRows(groups, AT, { ruleSetAt: ruleSetFor, coverDays: null });
  const t2 = performance.now();
  outletSummaries(outlet, AT);
  const t3 = performance.now();
  console.log(
    `parts: group per SKU ${fmt((t1 - t0) / 1000, 2)} s, excess rows (incl. 2 holding-cost projections) ${fmt((t2 - t1) / 1000, 2)} s, Outlet eligibility ${fmt((t3 - t2) / 1000, 2)} s`,
  );
}
