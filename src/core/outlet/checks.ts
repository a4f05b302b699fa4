// The checks the Outlet program runs on a deal after submission, from facts as of an instant:
// - OUT-8 the automatic review at the review deadline (reasons to reject; none = approve);
// - OUT-10 removal of an approved or running deal, and the seller-caused cancellation of a running
//   deal whose seller raised the price above the maximum deal price (which also marks the account);
// - the instants at which those answers can change (the facts' own instants), so that a late `tick`
//   finds a trigger at the instant it happened, whatever the instant of the tick.
import type { Instant } from '../catalog/facts.js';
import { reduceByPercentFloor } from '../money/money.js';
import { isDeal } from '../promotions/env.js';
import { lowestNewOffer } from '../promotions/outlet.js';
import { asinIndex, versionAt } from '../reference-prices/asin-facts.js';
import { standardPriceAt } from '../quote/timeline.js';
import { maxDealPrice, skusOf } from './eligibility.js';
import { asinStock } from './inventory.js';
import { isTerminal } from './lifecycle.js';
import { cycleStartAfter, rulesFor, scheduledEnd } from './schedule.js';
import type { Deal, OutletFacts } from './types.js';

function productOf(f: OutletFacts, sku: string, at: Instant) {
  return versionAt(asinIndex(f.facts).bySku.get(sku)?.versions ?? [], at);
}

function ratingTooLow(f: OutletFacts, sku: string, at: Instant): boolean {
  const p = productOf(f, sku, at);
  const min = rulesFor(f.facts.marketplace, f.rulesAt)(at).outlet.outletMinProductRating;
  return p !== null && p.ratingsCount > 0 && p.rating !== null && p.rating < min;
}

function imagesBad(f: OutletFacts, sku: string, at: Instant): boolean {
  return productOf(f, sku, at)?.imagesOk === false;
}

function outOfStock(f: OutletFacts, at: Instant): boolean {
  return asinStock(skusOf(f), f.lots, f.facts.orders, f.shipments, at).onHand === 0;
}

/** OUT-8: why the submission is not approved at `at` (its review); an empty list approves it. */
export function reviewReasons(f: OutletFacts, deal: Deal, deals: readonly Deal[], at: Instant): string[] {
  const rulesAt = rulesFor(deal.marketplace, f.rulesAt);
  const start = cycleStartAfter(at, deal.marketplace, rulesAt);
  const end = scheduledEnd(start, deal.kind, deal.marketplace, rulesAt);
  const reasons: string[] = [];
  const dealIds = new Set(deals.map((d) => d.id));
  const overlapping =
    f.facts.promotions.some((p) => isDeal(p.kind) && !dealIds.has(p.id) && p.start < end && p.end > start) ||
    deals.some(
      (d) =>
        d.id !== deal.id &&
        !isTerminal(d.status) &&
        d.start !== null &&
        d.end !== null &&
        d.start < end &&
        d.end > start,
    );
  if (overlapping) reasons.push('OUTLET_REVIEW_OVERLAPPING_DEAL');
  if (imagesBad(f, deal.sku, at)) reasons.push('OUTLET_REVIEW_IMAGES');
  if (ratingTooLow(f, deal.sku, at)) reasons.push('OUTLET_REVIEW_RATING');
  if (outOfStock(f, at)) reasons.push('OUTLET_REVIEW_OUT_OF_STOCK');
  const max = maxDealPrice(f, at);
  if (max === null || max.max < deal.dealPrice) reasons.push('OUTLET_REVIEW_ABOVE_MAX');
  return reasons;
}

export interface Removal {
  /** Reason codes found at the instant; empty: the deal goes on. */
  readonly reasons: readonly string[];
  /** OUT-7/OUT-10: the seller's own price caused it → CANCELLED and the account is marked. */
  readonly sellerCaused: boolean;
}

/** The own, non-deal price changes of the deal's SKU in (from, to], latest last. */
function ownPriceChanges(f: OutletFacts, deal: Deal, from: Instant, to: Instant) {
  return (asinIndex(f.facts).bySku.get(deal.sku)?.prices ?? []).filter(
    (p) => p.dealId === null && p.at > from && p.at <= to,
  );
}

/** The latest complete offers snapshot of the ASIN at or before `at`, or null. */
function snapshotAt(f: OutletFacts, at: Instant): Instant | null {
  let found: Instant | null = null;
  for (const o of f.offers) {
    if (
      o.asin === f.facts.asin &&
      o.marketplace === f.facts.marketplace &&
      o.at <= at &&
      (found === null || o.at > found)
    ) {
      found = o.at;
    }
  }
  return found;
}

/** OUT-10 for an APPROVED or RUNNING deal at `at`. */
export function removalAt(f: OutletFacts, deal: Deal, at: Instant): Removal {
  const { asin, marketplace } = f.facts;
  const reasons: string[] = [];
  let sellerCaused = false;
  const minPct = rulesFor(marketplace, f.rulesAt)(at).outlet.outletMinDiscountPct;

  if (deal.status === 'RUNNING' && deal.startedAt !== null) {
    // Raising one's own price above the maximum deal price while running cancels the deal.
    const changed = ownPriceChanges(f, deal, deal.startedAt, at).at(-1);
    const maxAtStart = maxDealPrice(f, deal.startedAt)?.max ?? deal.dealPrice;
    if (changed !== undefined && changed.price > maxAtStart) {
      reasons.push('OUTLET_OWN_PRICE_RAISED');
      sellerCaused = true;
    }
  }
  // Other sellers' new-condition offers moved under the deal price.
  const offer = lowestNewOffer(f.offers, asin, marketplace, at);
  if (offer !== null && offer < deal.dealPrice) reasons.push('OUTLET_REMOVED_ABOVE_MAX');
  if (deal.status === 'APPROVED') {
    // The current price changed before the start, so the deal price is no longer ≥ 20% below it.
    const sku = asinIndex(f.facts).bySku.get(deal.sku);
    const now = standardPriceAt(sku?.prices ?? [], at);
    const then = standardPriceAt(sku?.prices ?? [], deal.pricedAt);
    if (now !== null && now !== then && deal.dealPrice > reduceByPercentFloor(now, minPct)) {
      reasons.push('OUTLET_REMOVED_PRICE_CHANGED');
    }
  }
  if (deal.status === 'RUNNING' && deal.startedAt !== null) {
    // The deal price is not the Buy Box price: another seller holds it in a snapshot taken during the run.
    const snap = snapshotAt(f, at);
    if (snap !== null && snap >= deal.startedAt) {
      const lost = f.offers.some(
        (o) => o.asin === asin && o.marketplace === marketplace && o.at === snap && o.buyBox && o.seller !== f.account,
      );
      if (lost) reasons.push('OUTLET_REMOVED_BUY_BOX');
    }
  }
  if (outOfStock(f, at)) reasons.push('OUTLET_REMOVED_OUT_OF_STOCK');
  if (ratingTooLow(f, deal.sku, at)) reasons.push('OUTLET_REMOVED_RATING');
  if (imagesBad(f, deal.sku, at)) reasons.push('OUTLET_REMOVED_IMAGES');
  return { reasons, sellerCaused };
}

/**
 * The instants in (from, to] at which an OUT-8/OUT-10 answer about the ASIN can change: offer
 * snapshots, price changes, product versions, inventory snapshots, orders and receipts. Between two
 * of them every check gives the same answer, so checking at each finds a trigger when it happened.
 */
export function changeInstants(f: OutletFacts, from: Instant, to: Instant): Instant[] {
  const out = new Set<Instant>();
  const add = (t: Instant | null) => {
    if (t !== null && t > from && t <= to) out.add(t);
  };
  for (const o of f.offers) if (o.asin === f.facts.asin) add(o.at);
  for (const p of f.facts.prices) if (p.dealId === null) add(p.at);
  for (const p of f.facts.products) add(p.validFrom);
  for (const l of f.lots) add(l.at);
  for (const o of f.facts.orders) add(o.at);
  for (const s of f.shipments) add(s.received);
  return [...out].sort((a, b) => a - b);
}
