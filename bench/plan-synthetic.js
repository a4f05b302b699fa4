// Synthetic SKUs for the planning benchmark (bench/plan.bench.js): facts generated in memory with a
// known "true" demand response, so a plan can be scored by the truth it was not told. Each SKU: one
// product (US), a regular price, ~180 days of daily order lines drawn from its true baseline, one or
// two past promotions whose orders follow the true response (so the seller's history shows it), a
// lots snapshot of 1–3 lots, a professional seller. Deterministic (mulberry32 seeds).
import { priorResponse, geometricSum } from '../dist/core/demand/priors.js';
import { actionMultipliers } from '../dist/core/demand/response.js';
import { ruleSetFor } from '../dist/core/rules/rules.js';
import { startOfLocalDay, addDays, localDay } from '../dist/core/calendar/calendar.js';

export const TZ = 'America/Los_Angeles';
export const AT = startOfLocalDay('2026-03-10', TZ) + 9 * 3_600_000;
const DAY0 = localDay(AT, TZ);

export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const midnights = new Map();
function dayAt(offset, hour = 12) {
  let m = midnights.get(offset);
  if (m === undefined) {
    m = startOfLocalDay(addDays(DAY0, offset), TZ);
    midnights.set(offset, m);
  }
  return m + hour * 3_600_000;
}

/** Poisson draw (Knuth for small means, normal approximation above 30). */
function poisson(r, mean) {
  if (mean <= 0) return 0;
  if (mean > 30) return Math.max(0, Math.round(mean + Math.sqrt(mean) * gauss(r)));
  const l = Math.exp(-mean);
  let k = 0;
  let p = 1;
  do {
    k++;
    p *= r();
  } while (p > l);
  return k - 1;
}

function gauss(r) {
  return Math.sqrt(-2 * Math.log(r() + 1e-12)) * Math.cos(2 * Math.PI * r());
}

/**
 * A true response: the prior with a SKU-wide responsiveness (all badges × e^N(0, 0.35)), each
 * program's badge further × e^N(0, 0.15), the elasticity drawn in [2.2, 3.0] (around the published
 * 2.62), the deal decay in [0.75, 0.85] and the pulled-forward share in [0.08, 0.25].
 */
export function trueResponse(r, rs, model = 'shared') {
  const prior = priorResponse(rs).params;
  const wide = model === 'wide';
  // 'wide': no SKU-wide part, each badge × e^N(0, 0.45) independently, ε in [1.8, 3.4] — most of it
  // invisible in a history of one or two promotions.
  const common = wide ? 1 : Math.exp(0.35 * gauss(r));
  const badge = {};
  for (const [k, v] of Object.entries(prior.badge)) badge[k] = v * common * Math.exp((wide ? 0.45 : 0.15) * gauss(r));
  const decay = wide ? 0.7 + 0.2 * r() : 0.75 + 0.1 * r();
  return {
    ...prior,
    elasticity: wide ? 1.8 + 1.6 * r() : 2.2 + 0.8 * r(),
    badge,
    dealDecay: decay,
    dealFirstDayFactor: prior.dealCalibrationDays / geometricSum(decay, prior.dealCalibrationDays),
    dipShare: 0.08 + 0.17 * r(),
  };
}

function product(i, price, r) {
  return {
    sku: `SYN-${i}`,
    asin: `B0SYN${String(i).padStart(6, '0')}`,
    marketplace: 'US',
    condition: 'new',
    created: dayAt(-700, 0),
    seasonal: false,
    rating: 4.3,
    ratingsCount: 90,
    subscribeAndSave: false,
    imagesOk: true,
    parentAsin: null,
    category: 'home',
    listPrice: null,
    listPriceEvidenceUrl: null,
    minPrice: null,
    unitCost: Math.round((price * (0.2 + 0.15 * r())) / 0.1331),
    costCurrency: 'CNY',
    freightPerUnit: Math.round((price * 0.06) / 0.1331),
    fxRate: '0.1331',
    referralPct: 15,
    fulfilmentFee: 300 + Math.round(r() * 600),
    unitCubicFeet: 0.05 + r() * 0.5,
    leadTimeDays: 45,
    casePack: null,
    minOrderQty: null,
    validFrom: dayAt(-700, 0),
  };
}

function promotion(id, kind, sku, from, days, fields) {
  return {
    id,
    kind,
    sku,
    marketplace: 'US',
    start: dayAt(from, 0),
    end: dayAt(from + days, 0),
    discountPct: null,
    discountAmount: null,
    price: null,
    stackable: false,
    code: null,
    codeType: null,
    audience: 'all',
    minQty: null,
    budget: null,
    ...fields,
  };
}

/**
 * One synthetic SKU: its facts (a plan input without the account fields) and its true demand.
 * `stockFactor` = stock ÷ (baseline × 90 days); `historyDays` of orders.
 */
export function syntheticSku(
  i,
  { seed = 1, stockFactor = null, historyDays = 180, withHistory = true, truthModel = 'shared' } = {},
) {
  const r = rng(seed * 7919 + i * 104729);
  const rs = ruleSetFor('US', AT);
  const truth = trueResponse(r, rs, truthModel);
  const baseline = 2 + r() * 28;
  const price = 1499 + Math.round(r() * 45) * 100;
  const p = product(i, price, r);
  const orders = [];
  const promotions = [];
  let n = 0;
  // Past promotions whose orders follow the true response.
  const lifted = new Map();
  if (withHistory) {
    const outletStart = -100 - Math.floor(r() * 30);
    const outletPrice = Math.round(price * 0.7);
    promotions.push(promotion(`PAST-OUT-${i}`, 'outlet_deal', p.sku, outletStart, 14, { price: outletPrice }));
    actionMultipliers(truth, { program: 'outlet', depth: 1 - outletPrice / price }, 14).forEach((m, d) =>
      lifted.set(outletStart + d, { m, price: outletPrice, id: `PAST-OUT-${i}` }),
    );
    if (r() < 0.6) {
      const bdStart = -55 - Math.floor(r() * 10);
      const bdPrice = Math.round(price * 0.85);
      promotions.push(promotion(`PAST-BD-${i}`, 'best_deal', p.sku, bdStart, 7, { price: bdPrice }));
      actionMultipliers(truth, { program: 'best_deal', depth: 1 - bdPrice / price, withCoupon: false }, 7).forEach(
        (m, d) => lifted.set(bdStart + d, { m, price: bdPrice, id: `PAST-BD-${i}` }),
      );
    }
  }
  for (let d = -historyDays; d < 0; d++) {
    const lift = lifted.get(d);
    const units = poisson(r, baseline * (lift?.m ?? 1));
    if (units === 0) continue;
    orders.push({
      orderId: `O-${i}-${n++}`,
      line: 1,
      sku: p.sku,
      marketplace: 'US',
      at: dayAt(d),
      units,
      unitPrice: price,
      currency: 'USD',
      promotionIds: lift ? [lift.id] : [],
      promotionDiscount: lift ? (price - lift.price) * units : 0,
      b2b: false,
      subscribeAndSave: false,
      cancelled: false,
      channel: 'fba',
    });
  }
  const factor = stockFactor ?? 1.5 + r() * 4.5;
  const stock = Math.round(baseline * 90 * factor);
  const ages = [30 + Math.floor(r() * 60), 120 + Math.floor(r() * 120), 220 + Math.floor(r() * 150)];
  const shares = r() < 0.5 ? [0.3, 0.4, 0.3] : [0.6, 0.4, 0];
  const lots = ages
    .map((age, k) => ({
      sku: p.sku,
      marketplace: 'US',
      at: AT - 3_600_000,
      received: dayAt(-age, 0),
      units: Math.round(stock * shares[k]),
    }))
    .filter((l) => l.units > 0);
  return {
    truth,
    baseline,
    product: p,
    orders,
    prices: [{ sku: p.sku, marketplace: 'US', at: dayAt(-400, 0), price, dealId: null }],
    promotions,
    lots,
  };
}

export const SELLER = {
  account: 'bench',
  marketplace: 'US',
  sellingPlan: 'professional',
  sellerRating: 4.8,
  ishsEnrolled: false,
  validFrom: dayAt(-900, 0),
};

/** The core planning input of a synthetic SKU. */
export function planInputOf(s) {
  return {
    sku: s.product.sku,
    account: 'bench',
    asOf: AT,
    facts: {
      asin: s.product.asin,
      marketplace: 'US',
      products: [s.product],
      orders: s.orders,
      prices: s.prices,
      promotions: s.promotions,
      evidence: [],
      frozenWasPrices: [],
      events: [],
    },
    offers: [],
    lots: s.lots,
    shipments: [],
    seller: [SELLER],
    pricingRules: [],
    outletEvents: [],
  };
}
