// The price and promotion timeline of a SKU (PR-6, PQ-4): the standard price at an instant and the
// instants where the price or the set of live promotions changes, so a time range can be split into
// segments inside which every quote is the same.
import type { Instant, Minor, PriceFact, PromotionFact } from '../catalog/facts.js';

/** A piece of a time range inside which the standard prices and the live promotions do not change.
 *  Quotes are taken at `start`; `end` is where the next segment starts (or the range end). */
export interface Segment {
  readonly start: Instant;
  readonly end: Instant;
}

/**
 * PR-5 / OUT-9: the standard price of a SKU at `at` from its price changes sorted by `at`: the latest
 * change at or before `at` that is not an automatic deal price (dealId set). Null before the first.
 */
export function standardPriceAt(sortedPrices: readonly PriceFact[], at: Instant): Minor | null {
  let lo = 0;
  let hi = sortedPrices.length; // first index with price.at > at
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sortedPrices[mid] as PriceFact).at <= at) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo - 1; i >= 0; i--) {
    const p = sortedPrices[i] as PriceFact;
    if (p.dealId === null) return p.price;
  }
  return null;
}

/** Pushes onto `out` the instants in (from, to) — and `to` itself when `includeTo` — at which a standard
 *  price changes or a promotion starts or ends. */
export function pushChangeInstants(
  out: number[],
  prices: readonly PriceFact[],
  promotions: readonly PromotionFact[],
  from: Instant,
  to: Instant,
  includeTo: boolean,
): void {
  const inside = (t: number): boolean => t > from && (t < to || (includeTo && t === to));
  for (let i = 0; i < prices.length; i++) {
    const p = prices[i] as PriceFact;
    if (p.dealId === null && inside(p.at)) out.push(p.at);
  }
  for (let i = 0; i < promotions.length; i++) {
    const p = promotions[i] as PromotionFact;
    if (inside(p.start)) out.push(p.start);
    if (inside(p.end)) out.push(p.end);
  }
}

/**
 * Splits [from, to) — or [from, to] when `includeTo` — at the change instants: one segment from
 * `from`, one from each distinct instant. A change exactly at `to` with `includeTo` gives the
 * zero-length segment [to, to] (the state at `to` itself). `instants` is sorted in place.
 */
export function splitAt(from: Instant, to: Instant, instants: number[], includeTo: boolean): Segment[] {
  instants.sort((a, b) => a - b);
  const segments: Segment[] = [];
  let start = from;
  for (let i = 0; i < instants.length; i++) {
    const t = instants[i] as number;
    if (t <= start || t > to || (t === to && !includeTo)) continue;
    if (t === to) break;
    segments.push({ start, end: t });
    start = t;
  }
  segments.push({ start, end: to });
  if (includeTo && start !== to && instants.includes(to)) segments.push({ start: to, end: to });
  return segments;
}

/** The promotions live at `at` (start ≤ at < end), in their original order. */
export function liveAt(promotions: readonly PromotionFact[], at: Instant): PromotionFact[] {
  const out: PromotionFact[] = [];
  for (let i = 0; i < promotions.length; i++) {
    const p = promotions[i] as PromotionFact;
    if (p.start <= at && at < p.end) out.push(p);
  }
  return out;
}
