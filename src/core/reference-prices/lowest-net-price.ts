// PR-6 30-day lowest net price: the lowest net price a buyer could pay in the past 30 days, computed
// from the price and promotion TIMELINE, not from orders (a promotion that was live counts even if
// nothing sold). The window is split at every standard price change, promotion start/end and product
// version change of the ASIN's SKUs; in each segment every new-condition SKU with a standard price is
// quoted (quote engine, PQ-2 stacking) for the consumer buyer contexts — Prime or not × first-time or
// not, one unit, no codes — with the live promotions that count: coupons, PD, PED, deals and Outlet;
// promotion codes and business prices do not (nor Subscribe & Save, which is not a promotion fact).
// A SKU whose offer is inactive in the segment (PM-8: some buyer's net price below its minimum price)
// does not count there.
// Window (DEC-3): as of an instant (asOf − 30 local days, asOf]; for a proposal checked as of its start
// ('beforeStart'), [start − 30 local days, start), with the proposal itself excluded by the caller.
import type { Instant, Minor, PromotionFact, PromotionKind } from '../catalog/facts.js';
import { pastDaysWindow, precedingDaysWindow, timeZoneOf } from '../calendar/calendar.js';
import { marketplaceInfo } from '../catalog/marketplace.js';
import type { Currency } from '../money/money.js';
import { offerInactiveAt } from '../quote/loss-guard.js';
import { quote } from '../quote/quote.js';
import { liveAt, pushChangeInstants, splitAt, standardPriceAt } from '../quote/timeline.js';
import type { BuyerContext } from '../quote/types.js';
import type { RuleSet } from '../rules/schema.js';
import { asinIndex, versionAt, type AsinFacts, type SkuIndex } from './asin-facts.js';

/** PR-6: promotion kinds that never enter the 30-day lowest net price. */
const NOT_COUNTED: ReadonlySet<PromotionKind> = new Set<PromotionKind>(['promo_code', 'business_price']);

/** Consumer contexts of PR-6, least privileged first (so a low open to everybody is reported as 'all'). */
const CONTEXTS: readonly { readonly buyer: BuyerContext; readonly name: string }[] = [
  { buyer: { prime: false, business: false, firstTime: false, quantity: 1, codes: [] }, name: 'all' },
  { buyer: { prime: true, business: false, firstTime: false, quantity: 1, codes: [] }, name: 'prime' },
  { buyer: { prime: false, business: false, firstTime: true, quantity: 1, codes: [] }, name: 'first_time' },
  { buyer: { prime: true, business: false, firstTime: true, quantity: 1, codes: [] }, name: 'prime+first_time' },
];

export interface LowestNetCause {
  /** The direct-price promotion (if any) and the add-ons that made the low, in order. */
  readonly promotionIds: readonly string[];
  readonly kinds: readonly PromotionKind[];
  /** The net price (= value). */
  readonly price: Minor;
  /** The buyer context that could pay it: 'all', 'prime', 'first_time' or 'prime+first_time'. */
  readonly context: string;
}

export interface Lowest30DayNetPrice {
  readonly value: Minor | null;
  /** The first moment the low was live in the window (a segment start, clipped to the window start). */
  readonly at: Instant | null;
  /** The end of the last segment with the low (the low leaves the window 30 days later). */
  readonly until: Instant | null;
  readonly sku: string | null;
  /** Null when the low is a plain standard price with no promotion. */
  readonly cause: LowestNetCause | null;
  readonly window: {
    readonly from: Instant;
    readonly to: Instant;
    readonly fromInclusive: boolean;
    readonly toInclusive: boolean;
  };
}

export interface LowestNetOptions {
  /** DEC-3: 'asOf' (default) = (at − 30 d, at]; 'beforeStart' = [at − 30 d, at). */
  readonly windowEnd?: 'asOf' | 'beforeStart';
}

function needs(live: readonly PromotionFact[]): { prime: boolean; firstTime: boolean } {
  let prime = false;
  let firstTime = false;
  for (const p of live) {
    if (p.kind === 'ped' || p.audience === 'prime') prime = true;
    if (p.audience === 'new_buyer') firstTime = true;
  }
  return { prime, firstTime };
}

/** What one SKU's offer could be bought for at an instant (PR-6), with the stack that made it. */
export interface SkuNet {
  readonly net: Minor;
  /** Null when the net price is the plain standard price. */
  readonly cause: LowestNetCause | null;
}

/**
 * PR-6 for one SKU at one instant: the lowest net price over the consumer contexts, with the live
 * promotions that count; null when the SKU does not count then (not new, no standard price, or its
 * offer inactive, PM-8). Constant between two change instants of the SKU (pushChangeInstants and its
 * product versions), so a caller may evaluate it once per segment.
 */
export function skuNetAt(s: SkuIndex, at: Instant, currency: Currency, ruleSet: RuleSet): SkuNet | null {
  const version = versionAt(s.versions, at);
  if (version === null || version.condition !== 'new') return null;
  const price = standardPriceAt(s.prices, at);
  if (price === null) return null;
  if (version.minPrice !== null && offerInactiveAt(at, currency, price, s.promotions, version.minPrice, ruleSet))
    return null;
  let net = price;
  let cause: LowestNetCause | null = null;
  const live = liveAt(s.promotions, at).filter((p) => !NOT_COUNTED.has(p.kind));
  if (live.length > 0) {
    const need = needs(live);
    for (const c of CONTEXTS) {
      if ((c.buyer.prime && !need.prime) || (c.buyer.firstTime && !need.firstTime)) continue;
      const q = quote({ at, currency, basePrice: price, promotions: live, buyer: c.buyer }, ruleSet);
      if (q.netUnitPrice < net) {
        net = q.netUnitPrice;
        const promotionIds: string[] = [];
        const kinds: PromotionKind[] = [];
        if (q.direct !== null) {
          promotionIds.push(q.direct.id);
          kinds.push(q.direct.kind);
        }
        for (const a of q.addOns) {
          promotionIds.push(a.id);
          kinds.push(a.kind);
        }
        cause = promotionIds.length === 0 ? null : { promotionIds, kinds, price: net, context: c.name };
      }
    }
  }
  return { net, cause };
}

/** PR-6 over the window ending at `at` (see LowestNetOptions). */
export function lowest30DayNetPrice(
  facts: AsinFacts,
  at: Instant,
  ruleSet: RuleSet,
  options: LowestNetOptions = {},
): Lowest30DayNetPrice {
  const days = ruleSet.referencePrices.lowestNetPriceWindowDays;
  const tz = timeZoneOf(facts.marketplace);
  const currency = marketplaceInfo(facts.marketplace).currency;
  const beforeStart = options.windowEnd === 'beforeStart';
  let from: Instant;
  let to: Instant;
  if (beforeStart) {
    const w = precedingDaysWindow(at, days, tz);
    from = w.fromInclusive;
    to = w.toExclusive;
  } else {
    const w = pastDaysWindow(at, days, tz);
    from = w.fromExclusive;
    to = w.toInclusive;
  }
  const window = { from, to, fromInclusive: beforeStart, toInclusive: !beforeStart };
  const skus = asinIndex(facts).skus;
  const instants: number[] = [];
  for (const s of skus) {
    pushChangeInstants(instants, s.prices, s.promotions, from, to, !beforeStart);
    for (const v of s.versions)
      if (v.validFrom > from && (v.validFrom < to || (!beforeStart && v.validFrom === to))) instants.push(v.validFrom);
  }
  const segments = splitAt(from, to, instants, !beforeStart);

  let value: Minor | null = null;
  let lowAt: Instant | null = null;
  let until: Instant | null = null;
  let lowSku: string | null = null;
  let cause: LowestNetCause | null = null;
  for (const seg of segments) {
    for (const s of skus) {
      const n = skuNetAt(s, seg.start, currency, ruleSet);
      if (n === null) continue;
      if (value === null || n.net < value) {
        value = n.net;
        lowAt = Math.max(seg.start, from);
        until = seg.end;
        lowSku = s.sku;
        cause = n.cause;
      } else if (n.net === value) {
        until = seg.end;
      }
    }
  }
  return { value, at: lowAt, until, sku: lowSku, cause, window };
}
