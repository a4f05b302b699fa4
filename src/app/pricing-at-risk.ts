// GET /api/v1/promotions/at-risk (issue 8, the overview's "money at risk"): the PQ-4 loss guard and the
// promotion checks (PM-1..PM-10, each promotion as of its start, DEC-3) over EVERY live and planned
// promotion of the account that overlaps [from, to) — the same core functions as `promo guard` and
// `promo check`, with the facts loaded once.
//
// Scope: promotions live or planned at `at` (default now) that overlap [from, to) (default: 30 days
// from `at`); a day is local midnight of each promotion's marketplace. Each ASIN with such a promotion
// is guarded over the range (PQ-4: every buyer context and code combination of every new-condition SKU,
// planned promotions included) and each such promotion is checked again.
//
// Money at risk, per SKU with loss-guard findings: the worst net price's distance under the floor it
// breaches (cost floor PQ-3, minimum price PM-8, or zero) per unit — `shortfallPerUnit` — times the
// units the check expects to sell during the worst stack's promotions (its fee estimate, RPL-1 based)
// — `atRisk`, a worst case (every expected unit sold at the worst net price). Totals are per currency,
// exact in minor units, never across currencies.
import type { Instant, Minor, OfferFact, PromotionFact } from '../core/catalog/facts.js';
import type { Marketplace } from '../core/catalog/marketplace.js';
import { marketplaceInfo } from '../core/catalog/marketplace.js';
import { DAY_MS } from '../core/calendar/civil.js';
import { formatInstant } from '../core/calendar/calendar.js';
import type { Currency } from '../core/money/money.js';
import { checkPromotion, type PromotionCheck } from '../core/promotions/index.js';
import { lossGuard, lossGuardInputsForAsin, type LossGuardFinding } from '../core/quote/index.js';
import { asinIndex, asinKey, groupAsinFacts, versionAt, type AsinFacts } from '../core/reference-prices/index.js';
import { ruleSetFor } from '../core/rules/rules.js';
import type { FactStore } from '../store/types.js';
import { loadAsinFacts } from './asin-facts.js';
import type { AtRiskDoc, AtRiskItemDoc } from './dashboard-documents.js';
import { PricingInputError } from './pricing-errors.js';
import { buyerJson, isoIn, issueJson, money, moneyOrNull, promotionStatus } from './pricing-json.js';
import { PRICING } from './pricing-messages.js';
import { instantOf, type WhenInput } from './pricing-scope.js';

export const DEFAULT_AT_RISK_DAYS = 30;
/** Up to this many ASINs, each is loaded with loadAsinFacts (as `promo guard` does); above, the
 *  account's facts are loaded once per kind and grouped in memory. */
const PER_ASIN_LOAD_MAX = 40;

export interface AtRiskQuery {
  readonly marketplace: Marketplace | null;
  readonly from: WhenInput;
  readonly to: WhenInput;
  readonly at: WhenInput;
}

interface Range {
  readonly at: Instant;
  readonly from: Instant;
  readonly to: Instant;
}

function rangeOf(q: AtRiskQuery, mp: Marketplace | null): Range {
  const at = instantOf(q.at, mp, 'at');
  const from = q.from === null || q.from === undefined ? at : instantOf(q.from, mp, 'from');
  const to = q.to === null || q.to === undefined ? from + DEFAULT_AT_RISK_DAYS * DAY_MS : instantOf(q.to, mp, 'to');
  if (to <= from) {
    const show = (t: Instant) => (mp === null ? formatInstant(t) : isoIn(t, mp));
    throw new PricingInputError('BAD_RANGE', [
      { field: null, code: PRICING.PRICING_RANGE_EMPTY, values: { from: show(from), to: show(to) } },
    ]);
  }
  return { at, from, to };
}

/** The worst finding's distance under the floor it breaches (minor units, ≥ 0). */
export function shortfallOf(
  f: Pick<LossGuardFinding, 'breaches' | 'netUnitPrice'>,
  costFloor: Minor | null,
  minPrice: Minor | null,
): Minor {
  let gap = 0;
  for (const b of f.breaches) {
    const floor = b === 'zero' ? 0 : b === 'cost_floor' ? costFloor : minPrice;
    if (floor !== null) gap = Math.max(gap, floor - f.netUnitPrice);
  }
  return gap;
}

interface AsinWork {
  readonly marketplace: Marketplace;
  readonly asin: string;
  readonly range: Range;
  readonly promotions: PromotionFact[];
}

/** The facts of the ASINs to guard, keyed asinKey(marketplace, asin). */
async function loadFactsOf(
  store: FactStore,
  account: string,
  marketplace: Marketplace | null,
  work: readonly AsinWork[],
): Promise<{ facts: Map<string, AsinFacts>; offers: Map<string, OfferFact[]> }> {
  const offers = new Map<string, OfferFact[]>();
  const mp = marketplace === null ? {} : { marketplace };
  const allOffers = await store.loadFacts(account, 'offers', mp);
  for (const o of allOffers) {
    const key = asinKey(o.marketplace, o.asin);
    const list = offers.get(key) ?? [];
    list.push(o);
    offers.set(key, list);
  }
  if (work.length <= PER_ASIN_LOAD_MAX) {
    const facts = new Map<string, AsinFacts>();
    for (const w of work)
      facts.set(asinKey(w.marketplace, w.asin), await loadAsinFacts(store, account, w.asin, w.marketplace));
    return { facts, offers };
  }
  const wanted = new Set(work.map((w) => asinKey(w.marketplace, w.asin)));
  const [products, orders, prices, promotions, evidence, frozenWasPrices, events] = await Promise.all([
    store.loadFacts(account, 'products', mp),
    store.loadFacts(account, 'orders', mp),
    store.loadFacts(account, 'prices', mp),
    store.loadFacts(account, 'promotions', mp),
    store.loadFacts(account, 'evidence', mp),
    store.loadFacts(account, 'frozen_was_prices', mp),
    store.loadFacts(account, 'events', mp),
  ]);
  const facts = groupAsinFacts({
    products: products.filter((p) => wanted.has(asinKey(p.marketplace, p.asin))),
    orders,
    prices,
    promotions,
    evidence,
    frozenWasPrices,
    events,
  });
  return { facts, offers };
}

function guardAndCheck(
  w: AsinWork,
  facts: AsinFacts,
  offers: readonly OfferFact[],
): { item: AtRiskItemDoc; atRisk: Minor; shortfall: Minor; failing: number } {
  const { marketplace: mp, range } = w;
  const currency: Currency = marketplaceInfo(mp).currency;
  const m = (x: Minor) => money(x, currency);
  const index = asinIndex(facts);

  // The promotion checks, as of each promotion's start (DEC-3).
  const checks = new Map<string, PromotionCheck>();
  for (const p of w.promotions) {
    const product = versionAt(index.bySku.get(p.sku)?.versions ?? [], p.start);
    if (product === null) continue;
    checks.set(p.id, checkPromotion(p, { facts, ruleSet: ruleSetFor(mp, p.start), product, offers }));
  }
  const unitsOf = (ids: readonly string[]) => Math.max(0, ...ids.map((id) => checks.get(id)?.fee.expectedUnits ?? 0));

  // PQ-4 over the range, with the rule set and product versions in force at its start.
  const ruleSet = ruleSetFor(mp, range.from);
  const inLoss = new Set<string>();
  const skus: AtRiskItemDoc['skus'] = [];
  let atRisk = 0;
  let shortfall = 0;
  for (const { sku, input } of lossGuardInputsForAsin(facts, range.from, ruleSet)) {
    const result = lossGuard(input, range.from, range.to, ruleSet);
    if (result.findings.length === 0) continue;
    let worst: LossGuardFinding | null = null;
    let worstGap = -1;
    const breaches = new Set<string>();
    for (const f of result.findings) {
      for (const b of f.breaches) breaches.add(b);
      for (const id of f.stack) inLoss.add(id);
      const gap = shortfallOf(f, input.costFloor, input.minPrice);
      if (gap > worstGap || (gap === worstGap && worst !== null && f.netUnitPrice < worst.netUnitPrice)) {
        worst = f;
        worstGap = gap;
      }
    }
    const units = worst === null ? 0 : unitsOf(worst.stack);
    const skuRisk = Math.max(0, worstGap) * units;
    atRisk += skuRisk;
    shortfall += Math.max(0, worstGap);
    skus.push({
      sku,
      costFloor: moneyOrNull(input.costFloor, currency),
      minPrice: moneyOrNull(input.minPrice, currency),
      findings: result.findings.length,
      breaches: (['zero', 'cost_floor', 'min_price'] as const).filter((b) => breaches.has(b)),
      worstNetUnitPrice: worst === null ? null : m(worst.netUnitPrice),
      worstBuyer: worst === null ? null : buyerJson(worst.buyer),
      worstStack: worst === null ? [] : [...worst.stack],
      worstAt: worst === null ? null : isoIn(worst.start, mp),
      shortfallPerUnit: m(Math.max(0, worstGap)),
      expectedUnits: units,
      atRisk: m(skuRisk),
    });
  }

  const promotions: AtRiskItemDoc['promotions'] = [];
  let failing = 0;
  for (const p of w.promotions) {
    const check = checks.get(p.id);
    const ok = check?.ok ?? true;
    if (!ok) failing++;
    if (ok && !inLoss.has(p.id)) continue;
    const errors = check?.errors ?? [];
    promotions.push({
      id: p.id,
      sku: p.sku,
      kind: p.kind,
      status: promotionStatus(p, range.at) === 'live' ? 'live' : 'planned',
      start: isoIn(p.start, mp),
      end: isoIn(p.end, mp),
      ok,
      rules: [...new Set(errors.map((e) => e.rule))],
      errors: errors.map(issueJson),
      inLossStack: inLoss.has(p.id),
      expectedUnits: check?.fee.expectedUnits ?? 0,
    });
  }
  return {
    item: {
      asin: w.asin,
      marketplace: mp,
      currency,
      from: isoIn(range.from, mp),
      to: isoIn(range.to, mp),
      ok: skus.length === 0 && failing === 0,
      atRisk: m(atRisk),
      shortfallPerUnit: m(shortfall),
      skus,
      promotions,
    },
    atRisk,
    shortfall,
    failing,
  };
}

/** Money at risk from the account's live and planned promotions (see the head of this file). */
export async function promotionsAtRisk(store: FactStore, account: string, q: AtRiskQuery): Promise<AtRiskDoc> {
  const shown = rangeOf(q, q.marketplace); // validates the options once, whatever the account holds
  const mp = q.marketplace === null ? {} : { marketplace: q.marketplace };
  const products = await store.loadFacts(account, 'products', mp);
  // The ASIN of each SKU: its latest version's (products come oldest first).
  const asinOf = new Map<string, string>();
  for (const p of products) asinOf.set(asinKey(p.marketplace, p.sku), p.asin);
  const ranges = new Map<Marketplace, Range>();
  const rangeIn = (m: Marketplace) => {
    let r = ranges.get(m);
    if (r === undefined) {
      r = rangeOf(q, m);
      ranges.set(m, r);
    }
    return r;
  };
  // Promotions that may overlap any marketplace's range (a day apart at most between zones).
  const promos = await store.loadFacts(account, 'promotions', {
    ...mp,
    from: shown.from - DAY_MS,
    to: shown.to + DAY_MS,
  });
  const work = new Map<string, AsinWork>();
  let promotionsChecked = 0;
  for (const p of promos) {
    const r = rangeIn(p.marketplace);
    if (p.end <= r.from || p.start >= r.to || promotionStatus(p, r.at) === 'ended') continue;
    const asin = asinOf.get(asinKey(p.marketplace, p.sku));
    if (asin === undefined) continue;
    const key = asinKey(p.marketplace, asin);
    let w = work.get(key);
    if (w === undefined) {
      w = { marketplace: p.marketplace, asin, range: r, promotions: [] };
      work.set(key, w);
    }
    w.promotions.push(p);
    promotionsChecked++;
  }
  const list = [...work.values()].sort((a, b) =>
    a.marketplace === b.marketplace ? (a.asin < b.asin ? -1 : 1) : a.marketplace < b.marketplace ? -1 : 1,
  );
  const { facts, offers } = await loadFactsOf(store, account, q.marketplace, list);

  const results: ReturnType<typeof guardAndCheck>[] = [];
  for (const w of list) {
    const key = asinKey(w.marketplace, w.asin);
    const f = facts.get(key);
    if (f === undefined) continue;
    w.promotions.sort((a, b) => a.start - b.start || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    results.push(guardAndCheck(w, f, offers.get(key) ?? []));
  }
  const problems = results.filter((r) => !r.item.ok);
  problems.sort(
    (a, b) =>
      (a.item.currency < b.item.currency ? -1 : a.item.currency > b.item.currency ? 1 : 0) ||
      b.atRisk - a.atRisk ||
      b.shortfall - a.shortfall ||
      b.failing - a.failing ||
      (a.item.asin < b.item.asin ? -1 : 1),
  );
  const totals = new Map<
    Currency,
    { atRisk: Minor; shortfall: Minor; asins: number; failing: number; mps: Set<Marketplace> }
  >();
  for (const r of problems) {
    const t = totals.get(r.item.currency) ?? { atRisk: 0, shortfall: 0, asins: 0, failing: 0, mps: new Set() };
    t.atRisk += r.atRisk;
    t.shortfall += r.shortfall;
    t.asins += 1;
    t.failing += r.failing;
    t.mps.add(r.item.marketplace);
    totals.set(r.item.currency, t);
  }
  const text = (w: WhenInput, fallback: Instant) =>
    typeof w === 'string' ? w : q.marketplace === null ? formatInstant(fallback) : isoIn(fallback, q.marketplace);
  return {
    at: text(q.at, shown.at),
    marketplace: q.marketplace,
    from: text(q.from, shown.from),
    to: text(q.to, shown.to),
    asinsChecked: results.length,
    promotionsChecked,
    totals: [...totals.entries()]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([currency, t]) => ({
        currency,
        marketplaces: [...t.mps].sort(),
        atRisk: money(t.atRisk, currency),
        shortfallPerUnit: money(t.shortfall, currency),
        asins: t.asins,
        failingPromotions: t.failing,
      })),
    items: problems.map((r) => r.item),
  };
}
