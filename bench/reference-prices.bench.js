// Reference prices at scale (issue 3, PR-1..PR-6): BENCH_ASINS ASINs (default 20,000) with
// BENCH_LINES order lines in all (default 2,000,000) over 120 days, price changes and promotions,
// generated in memory; grouped once per ASIN (groupAsinFacts, timed as "grouping"), then
// referencePrices for every ASIN as of one instant. The first pass also builds each ASIN's per-SKU
// index (cached with the facts); the figure is the median of 3 passes after it. Target: ≤ 2 s.
// Also, for scale, the what-if timeline (core/simulate) of the busiest ASIN over 365 days.
import { groupAsinFacts } from '../dist/core/reference-prices/asin-facts.js';
import { referencePrices } from '../dist/core/reference-prices/reference-prices.js';
import { ruleSetFor } from '../dist/core/rules/rules.js';
import { timeline } from '../dist/core/simulate/timeline.js';
import { fmt, median, timeRuns, withPeakRss } from './measure.js';

const ASINS = Number(process.env.BENCH_ASINS ?? 20_000);
const LINES = Number(process.env.BENCH_LINES ?? 2_000_000);
const TARGET_S = 2;
const AS_OF = Date.parse('2026-06-01T00:00:00-07:00');
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const SPAN_DAYS = 120;

/** A small deterministic generator (xorshift32), so every run sees the same facts. */
function rng(seed) {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 4_294_967_296;
  };
}

function product(sku, asin, i) {
  return {
    sku,
    asin,
    marketplace: 'US',
    condition: i % 50 === 0 ? 'used' : 'new',
    created: AS_OF - 400 * DAY,
    seasonal: i % 10 === 0,
    rating: 4.2,
    ratingsCount: 40,
    subscribeAndSave: false,
    imagesOk: true,
    parentAsin: null,
    category: 'Home',
    listPrice: i % 3 === 0 ? 3499 : null,
    listPriceEvidenceUrl: null,
    minPrice: i % 7 === 0 ? 1200 : null,
    unitCost: null,
    costCurrency: null,
    freightPerUnit: null,
    fxRate: null,
    referralPct: 15,
    fulfilmentFee: 500,
    unitCubicFeet: null,
    leadTimeDays: 40,
    casePack: null,
    minOrderQty: null,
    validFrom: AS_OF - 400 * DAY,
  };
}

function promotion(id, kind, sku, start, hours, effect) {
  return {
    id,
    kind,
    sku,
    marketplace: 'US',
    start,
    end: start + hours * HOUR,
    discountPct: null,
    discountAmount: null,
    price: null,
    stackable: false,
    code: null,
    codeType: null,
    audience: 'all',
    minQty: null,
    budget: null,
    ...effect,
  };
}

function generate() {
  const rand = rng(20260601);
  const products = [];
  const prices = [];
  const promotions = [];
  const orders = [];
  const skusOf = [];
  for (let i = 0; i < ASINS; i++) {
    const asin = `B0${String(i).padStart(8, '0')}`;
    const skus = i % 4 === 0 ? [`S${i}-A`, `S${i}-B`] : [`S${i}-A`];
    skusOf.push(skus);
    const base = 1500 + Math.floor(rand() * 3000);
    skus.forEach((sku, k) => {
      products.push(product(sku, asin, i + k));
      prices.push({ sku, marketplace: 'US', at: AS_OF - 200 * DAY, price: base + k * 100, dealId: null });
      prices.push({ sku, marketplace: 'US', at: AS_OF - 45 * DAY, price: base + 50, dealId: null });
      prices.push({ sku, marketplace: 'US', at: AS_OF - 12 * DAY, price: base, dealId: null });
    });
    const sku = skus[0];
    promotions.push(
      promotion(`C-${i}`, 'coupon', sku, AS_OF - Math.floor(rand() * 40) * DAY, 72, { discountPct: 10 + (i % 4) * 5 }),
    );
    if (i % 2 === 0)
      promotions.push(
        promotion(`LD-${i}`, 'lightning_deal', sku, AS_OF - Math.floor(rand() * 28) * DAY, 12, {
          price: Math.floor(base * 0.8),
        }),
      );
    if (i % 5 === 0)
      promotions.push(
        promotion(`PED-${i}`, 'ped', sku, AS_OF - Math.floor(rand() * 20) * DAY, 48, { discountPct: 15 }),
      );
  }
  // Order lines spread over the 120 days before the as-of instant, in time order (as a store loads them).
  const step = (SPAN_DAYS * DAY) / LINES;
  for (let n = 0; n < LINES; n++) {
    const i = Math.floor(rand() * ASINS);
    const skus = skusOf[i];
    const sku = skus[n % skus.length];
    const promo = n % 9 === 0;
    orders.push({
      orderId: `111-${n}`,
      line: 1,
      sku,
      marketplace: 'US',
      at: AS_OF - SPAN_DAYS * DAY + Math.floor(n * step),
      units: 1 + (n % 3),
      unitPrice: 1500 + Math.floor(rand() * 3000),
      currency: 'USD',
      promotionIds: promo ? ['C-x'] : [],
      promotionDiscount: promo ? 150 : 0,
      b2b: n % 23 === 0,
      subscribeAndSave: n % 31 === 0,
      cancelled: n % 41 === 0,
      channel: 'fba',
    });
  }
  return { products, prices, promotions, orders };
}

export default async function run() {
  const ruleSet = ruleSetFor('US', AS_OF);
  const t0 = performance.now();
  const loose = generate();
  const genS = (performance.now() - t0) / 1000;
  const g0 = performance.now();
  const { result: groups, peakRssMb: groupRss } = await withPeakRss(() => groupAsinFacts(loose));
  const groupS = (performance.now() - g0) / 1000;
  const all = [...groups.values()];
  let checksum = 0;
  const pass = () => {
    for (const facts of all) {
      const r = referencePrices(facts, AS_OF, ruleSet);
      checksum += (r.wasPrice.value ?? 0) + (r.lowest30DayNetPrice.value ?? 0) + (r.lowestRecentPrice ?? 0);
    }
  };
  const c0 = performance.now();
  pass();
  const coldS = (performance.now() - c0) / 1000;
  const { result: ms, peakRssMb } = await withPeakRss(() => timeRuns(pass, { runs: 3, warmup: 0 }));
  const warmS = median(ms) / 1000;
  console.log(
    `reference prices: ${fmt(all.length)} ASINs, ${fmt(loose.orders.length)} order lines, ${fmt(loose.prices.length)} price changes, ${fmt(loose.promotions.length)} promotions (generated in ${fmt(genS, 2)} s)`,
  );
  console.log(`grouping (groupAsinFacts): ${fmt(groupS, 2)} s, peak RSS ${fmt(groupRss)} MB`);
  console.log(
    `referencePrices for every ASIN: ${fmt(warmS, 2)} s (median of 3; runs ${ms.map((m) => fmt(m / 1000, 2)).join(', ')} s; first pass incl. per-ASIN index ${fmt(coldS, 2)} s)` +
      `  target ≤ ${TARGET_S} s ${warmS <= TARGET_S ? 'met' : 'MISSED'}  peak RSS ${fmt(peakRssMb)} MB  [checksum ${checksum}]`,
  );
  const busiest = all.reduce((a, b) => (b.orders.length > a.orders.length ? b : a));
  const rules = (at) => ruleSetFor('US', at);
  const tl = await timeRuns(() => timeline(busiest, '2025-12-01', '2026-11-30', rules), { runs: 3, warmup: 1 });
  console.log(
    `timeline of the busiest ASIN (${fmt(busiest.orders.length)} order lines, ${fmt(busiest.promotions.length)} promotions), 365 days: ${fmt(median(tl))} ms (median of 3)`,
  );
}
