// PR-5 + DEC-2: the current price of an ASIN is the seller's lowest new-condition SKU price at the
// instant — each SKU's latest price change at or before it, skipping the automatic deal prices that
// OUT-9 tags with a dealId (they are not the standard price).
import type { Instant, Minor } from '../catalog/facts.js';
import { standardPriceAt } from '../quote/timeline.js';
import { asinIndex, versionAt, type AsinFacts } from './asin-facts.js';

export interface CurrentPrice {
  readonly price: Minor;
  /** The SKU whose price it is (the lowest; ties → the smallest SKU). */
  readonly sku: string;
}

/** PR-5: the standard price and the SKU that sets it, or null when no new-condition SKU has a price. */
export function currentPriceDetail(facts: AsinFacts, at: Instant): CurrentPrice | null {
  let best: CurrentPrice | null = null;
  for (const s of asinIndex(facts).skus) {
    const v = versionAt(s.versions, at);
    if (v === null || v.condition !== 'new') continue;
    const price = standardPriceAt(s.prices, at);
    if (price !== null && (best === null || price < best.price)) best = { price, sku: s.sku };
  }
  return best;
}

/** PR-5: the seller's lowest new-condition SKU standard price at `at`, or null. */
export function currentPrice(facts: AsinFacts, at: Instant): Minor | null {
  return currentPriceDetail(facts, at)?.price ?? null;
}
