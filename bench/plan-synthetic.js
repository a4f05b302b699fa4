// Synthetic SKUs for the planning benchmark (bench/plan.bench.js, quality part): facts generated in
// memory with a known "true" demand response, so a plan can be scored by the truth it was not told.
// Each SKU: one product (US), a regular price, 180 days of daily order lines (Poisson counts around its
// true baseline × the true response of whatever ran that day), its past promotions, a lots snapshot of
// 1–3 lots, a professional seller. Deterministic (mulberry32 seeds). The models were fixed before the
// planner was scored on them; their parameters are stated here and printed with the figures.
//
// Truth models (trueResponse; p = a program of priors.ts PROGRAMS, prior = priors.ts EXC-9 calibration):
// - 'shared' (the principled model, the benchmark's figure): badge(p) = prior(p) × g × δ(p), with a SKU-wide
//   responsiveness g = e^N(0, 0.35) and a per-program deviation δ(p) = e^N(0, 0.25), independent;
//   ε ~ U[2.2, 3.0] (around the published 2.62), deal decay r ~ U[0.75, 0.85], pulled-forward share
//   ~ U[0.08, 0.25], business buyers' share ~ U[0.02, 0.08] (order lines marked b2b at that rate).
//   History (principledHistory): 2–4 past promotions over days −175…−35 (one per 35-day slot, ≥ 7 clean
//   days before each), programs drawn with replacement, weights: Outlet deal 2 (14 d, 20–40% off), Best
//   Deal 2 (7 d, 15–30%), Best Deal + coupon 1 (7 d, deal 15–20% + coupon 10–20%), coupon 2 (14 d,
//   10–30%), PED 1 (7 d, 15–30%), Lightning Deal 1 (its day, 20–40%); WOOT and business prices never
//   ran. Each day's units ~ Poisson(baseline × the true multiplier of that day); the post-promotion dip
//   of the true response follows each promotion; one promotion in five (not a Lightning Deal) sells
//   out on a random day k ≥ 1 of its run (a snapshot at that midnight holds half of the day's draw,
//   then none until a restock snapshot 3–10 days after the promotion's end). So the history reveals g
//   and the δ of the programs that ran, through Poisson noise, stockouts and the spread of ε.
// - 'wide' (harder, the session-1 model kept as is): no SKU-wide part, badge(p) = prior(p) ×
//   e^N(0, 0.45) per program, ε ~ U[1.8, 3.4], r ~ U[0.7, 0.9], dip ~ U[0.08, 0.25]; history: one
//   14-day Outlet run at 30% off (days −130…−100) and, for 60% of SKUs, a 7-day Best Deal at 15% off
//   (days −65…−55): most per-program deviations are not revealed by the history at all.
// Both: baseline ~ U[2, 30]/day, price 14.99–59.99 USD, stock = baseline × 90 days × U[1.5, 6].
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

/** Parameters of the truth models (see the header). */
export const TRUTH_MODELS = {
  shared: {
    commonSigma: 0.35,
    programSigma: 0.25,
    elasticity: [2.2, 3.0],
    decay: [0.75, 0.85],
    dip: [0.08, 0.25],
    describe:
      'truth = prior × a SKU-wide responsiveness e^N(0,0.35) × per-program e^N(0,0.25), ε in [2.2, 3.0]; ' +
      'history: 2–4 past promotions of several programs, Poisson daily counts, 1 in 5 selling out',
  },
  wide: {
    commonSigma: 0,
    programSigma: 0.45,
    elasticity: [1.8, 3.4],
    decay: [0.7, 0.9],
    dip: [0.08, 0.25],
    describe:
      'HARDER: truth = prior × per-program e^N(0,0.45), no SKU-wide part, ε in [1.8, 3.4]; history: one Outlet run ' +
      '(+ a Best Deal for 60%), so most per-program deviations are not revealed by the history',
  },
};

/** A true response (see the header); `model` = 'shared' (the principled model) or 'wide'. */
export function trueResponse(r, rs, model = 'shared') {
  const m = TRUTH_MODELS[model];
  if (m === undefined) throw new Error(`unknown truth model ${model}`);
  const prior = priorResponse(rs).params;
  const wide = model === 'wide';
  // The draw order of the session-1 models is kept ('wide' reproduces its SKUs, to the last bit of a float).
  const common = m.commonSigma > 0 ? Math.exp(m.commonSigma * gauss(r)) : 1;
  const badge = {};
  for (const [k, v] of Object.entries(prior.badge)) badge[k] = v * common * Math.exp(m.programSigma * gauss(r));
  const decay = m.decay[0] + (m.decay[1] - m.decay[0]) * r();
  const elasticity = m.elasticity[0] + (m.elasticity[1] - m.elasticity[0]) * r();
  const dipShare = m.dip[0] + (m.dip[1] - m.dip[0]) * r();
  return {
    ...prior,
    elasticity,
    badge,
    dealDecay: decay,
    dealFirstDayFactor: prior.dealCalibrationDays / geometricSum(decay, prior.dealCalibrationDays),
    dipShare,
    businessShare: wide ? prior.businessShare : 0.02 + 0.06 * r(),
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

/** The 'wide' model's history (session 1): an Outlet run and, for 60% of SKUs, a Best Deal. */
function legacyHistory(r, i, p, price, truth) {
  const promotions = [];
  const lifted = new Map();
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
  return { promotions, lifted, cap: new Map(), snapshots: [] };
}

/** Past programs of the 'shared' model's history: [kind, weight, days, depth range (%)]. */
const PAST_PROGRAMS = [
  ['outlet_deal', 2, 14, [20, 40]],
  ['best_deal', 2, 7, [15, 30]],
  ['best_deal_coupon', 1, 7, [15, 20]],
  ['coupon', 2, 14, [10, 30]],
  ['ped', 1, 7, [15, 30]],
  ['lightning_deal', 1, 1, [20, 40]],
];

/** The 'shared' model's history (see the header). */
function principledHistory(r, i, p, price, truth, baseline) {
  const promotions = [];
  const lifted = new Map();
  const cap = new Map();
  const snapshots = [];
  const total = PAST_PROGRAMS.reduce((s, x) => s + x[1], 0);
  const count = 2 + Math.floor(r() * 3);
  const slots = [0, 1, 2, 3];
  for (let k = slots.length - 1; k > 0; k--) {
    const j = Math.floor(r() * (k + 1));
    [slots[k], slots[j]] = [slots[j], slots[k]];
  }
  slots.length = count;
  for (const slot of slots.sort((a, b) => a - b)) {
    let pick = r() * total;
    const [kind, , days, [lo, hi]] = PAST_PROGRAMS.find((x) => (pick -= x[1]) < 0) ?? PAST_PROGRAMS[0];
    const slotStart = -175 + 35 * slot;
    const start = slotStart + 7 + Math.floor(r() * (28 - days - 7 + 1));
    const pct = Math.round(lo + (hi - lo) * r());
    const id = `PAST-${kind}-${i}-${slot}`;
    const promoPrice = Math.round(price * (1 - pct / 100));
    let depth = pct / 100;
    let response;
    if (kind === 'best_deal_coupon') {
      const couponPct = Math.round(10 + 10 * r());
      promotions.push(promotion(id, 'best_deal', p.sku, start, days, { price: promoPrice }));
      promotions.push(promotion(`${id}-C`, 'coupon', p.sku, start, days, { discountPct: couponPct }));
      depth = 1 - (1 - depth) * (1 - couponPct / 100);
      response = { program: 'best_deal', depth, withCoupon: true };
    } else if (kind === 'coupon' || kind === 'ped') {
      promotions.push(promotion(id, kind, p.sku, start, days, { discountPct: pct }));
      response = { program: kind, depth };
    } else {
      promotions.push(promotion(id, kind, p.sku, start, days, { price: promoPrice }));
      const program = kind === 'outlet_deal' ? 'outlet' : kind;
      response = program === 'best_deal' ? { program, depth, withCoupon: false } : { program, depth };
    }
    const ms = actionMultipliers(truth, response, days);
    // One promotion in five sells out on day k ≥ 1 of its run (not a one-day Lightning Deal).
    const soldOut = days > 1 && r() < 0.2 ? 1 + Math.floor(r() * (days - 1)) : null;
    let extra = 0;
    ms.forEach((m, d) => {
      if (soldOut !== null && d > soldOut) return;
      lifted.set(start + d, { m, depth, id, ids: kind === 'best_deal_coupon' ? [id, `${id}-C`] : [id] });
      extra += (m - 1) * baseline;
    });
    if (soldOut !== null) {
      const day = start + soldOut;
      const units = Math.floor(poisson(r, baseline * (ms[soldOut] ?? 1)) / 2);
      snapshots.push({ day, units });
      cap.set(day, units);
      // (the snapshot holds exactly what sells that day: on hand 0 from the next midnight)
      const restock = start + days + 3 + Math.floor(r() * 8);
      for (let d = day + 1; d < restock; d++) cap.set(d, 0);
      snapshots.push({ day: restock, units: Math.round(baseline * 400) });
    }
    // The pulled-forward units come off the days after it (the true dip).
    const dip = Math.max(0, 1 - (truth.dipShare * extra) / truth.dipDays / baseline);
    for (let d = 0; d < truth.dipDays; d++) lifted.set(start + days + d, { m: dip, depth: 0, id: null, ids: [] });
  }
  return { promotions, lifted, cap, snapshots };
}

/**
 * One synthetic SKU: its facts (a plan input without the account fields) and its true demand.
 * `stockFactor` = stock ÷ (baseline × 90 days); `historyDays` of orders; `truthModel` 'shared'
 * or 'wide' (see the header).
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
  let n = 0;
  const history = !withHistory
    ? { promotions: [], lifted: new Map(), cap: new Map(), snapshots: [] }
    : truthModel === 'wide'
      ? legacyHistory(r, i, p, price, truth)
      : principledHistory(r, i, p, price, truth, baseline);
  const { promotions, lifted, cap } = history;
  const b2b = truthModel === 'wide' ? 0 : truth.businessShare;
  for (let d = -historyDays; d < 0; d++) {
    const lift = lifted.get(d);
    let units = poisson(r, baseline * (lift?.m ?? 1));
    // A sold-out promotion: its last day sells what the snapshot held, then nothing until the restock.
    if (cap.has(d)) units = cap.get(d);
    if (units === 0) continue;
    const promoPrice = lift?.price ?? (lift?.depth ? Math.round(price * (1 - lift.depth)) : price);
    const ids = lift?.ids ?? (lift?.id ? [lift.id] : []);
    let business = 0;
    for (let u = 0; u < units && b2b > 0; u++) if (r() < b2b) business++;
    for (const [k, lineUnits] of [
      [false, units - business],
      [true, business],
    ]) {
      if (lineUnits === 0) continue;
      orders.push({
        orderId: `O-${i}-${n++}`,
        line: 1,
        sku: p.sku,
        marketplace: 'US',
        at: dayAt(d),
        units: lineUnits,
        unitPrice: price,
        currency: 'USD',
        promotionIds: ids,
        promotionDiscount: ids.length > 0 ? (price - promoPrice) * lineUnits : 0,
        b2b: k,
        subscribeAndSave: false,
        cancelled: false,
        channel: 'fba',
      });
    }
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
  // Past snapshots (a promotion that sold out, its restock): one lot each, received long ago.
  for (const s of history.snapshots) {
    lots.unshift({ sku: p.sku, marketplace: 'US', at: dayAt(s.day, 0), received: dayAt(-400, 0), units: s.units });
  }
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
