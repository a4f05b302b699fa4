// The seller's own price history per SKU (RULEBOOK PR-5): a start price and occasional changes at local
// midnight, a few sharp recent increases (PM-1b cases), plus the List Price and minimum price each listing
// gets from that history (PR-1: validated by orders, by external evidence, or not validated).
import type { Instant, Minor } from '../../core/catalog/facts.js';
import { charmPrice, type Listing } from './catalog.js';
import type { Rng } from './rng.js';
import type { MarketClock } from './time.js';

/** The first day offset of the demo's order history (365 days before today). */
export const HISTORY_START = -365;

export interface PriceChange {
  readonly day: number;
  readonly at: Instant;
  readonly price: Minor;
}

/** Price look-up by SKU and instant (price changes are sorted by time). */
export class PriceBook {
  constructor(readonly changes: ReadonlyMap<string, readonly PriceChange[]>) {}

  /** The price in force at `at` (the first price before the first change). */
  priceAt(sku: string, at: Instant): Minor {
    const list = this.changes.get(sku);
    if (!list || list.length === 0) throw new Error(`no price for ${sku}`);
    let price = (list[0] as PriceChange).price;
    for (const change of list) {
      if (change.at > at) break;
      price = change.price;
    }
    return price;
  }

  /** Every price in force at some moment of [from, to). */
  pricesBetween(sku: string, from: Instant, to: Instant): Minor[] {
    const list = this.changes.get(sku) ?? [];
    const out = [this.priceAt(sku, from)];
    for (const change of list) if (change.at > from && change.at < to) out.push(change.price);
    return out;
  }
}

/** The first day a listing is offered: the history start, or the day after a fresh ASIN's creation. */
export function firstDay(listing: Listing, clock: MarketClock): number {
  const createdDay = clock.offsetOf(listing.created);
  return Math.max(HISTORY_START - 60, createdDay + 1);
}

const STEPS = [-0.1, -0.06, -0.04, 0.04, 0.06, 0.08, 0.1];

export function buildPriceHistory(
  listings: readonly Listing[],
  clocks: (l: Listing) => MarketClock,
  rng: Rng,
): PriceBook {
  const changes = new Map<string, PriceChange[]>();
  for (const listing of listings) {
    const clock = clocks(listing);
    const r = rng.fork(`prices/${listing.sku}`);
    const start = firstDay(listing, clock);
    let price = listing.startPrice;
    const list: PriceChange[] = [{ day: start, at: clock.day(start).start, price }];
    if (listing.profile !== 'dead' && listing.profile !== 'used' && r.chance(0.6)) {
      for (let day = start + r.int(40, 160); day <= 0; day += r.int(40, 160)) {
        price = charmPrice(Math.round(price * (1 + r.pick(STEPS))), listing.currency);
        list.push({ day, at: clock.day(day).start, price });
      }
    }
    // A few sharp recent increases: the current price climbs above 130% of the reference (PM-1b).
    if (listing.profile === 'regular' && listing.rank > 5 && r.chance(0.04)) {
      const day = -r.int(4, 15);
      if (day > (list[list.length - 1] as PriceChange).day) {
        list.push({ day, at: clock.day(day).start, price: charmPrice(Math.round(price * 1.38), listing.currency) });
      }
    }
    changes.set(listing.sku, list);
  }
  return new PriceBook(changes);
}

export interface ListPriceFacts {
  readonly listPrice: Minor | null;
  readonly evidenceUrl: string | null;
  readonly minPrice: Minor | null;
}

/**
 * PR-1: a 'validated' List Price is the lowest price of the past 80 days (so the listing's ordinary orders
 * sell at or above it); 'evidence' and 'unvalidated' ones sit 20–30% above every price it ever had, the
 * former with a brand-site or competitor URL (PR-1b).
 */
export function listPriceFacts(listing: Listing, prices: PriceBook, clock: MarketClock, rng: Rng): ListPriceFacts {
  const history = prices.changes.get(listing.sku) ?? [];
  const max = Math.max(...history.map((c) => c.price));
  const recent = prices.pricesBetween(listing.sku, clock.day(-80).start, clock.anchor);
  let listPrice: Minor | null = null;
  let evidenceUrl: string | null = null;
  if (listing.listPriceKind === 'validated') listPrice = Math.min(...recent);
  else if (listing.listPriceKind !== null) {
    listPrice = charmPrice(Math.round(max * rng.between(1.2, 1.3)), listing.currency);
    if (listing.listPriceKind === 'evidence') {
      const slug = `${listing.design.key.toLowerCase()}${listing.variant ? `-${listing.variant.code.toLowerCase()}` : ''}`;
      evidenceUrl = rng.chance(0.7)
        ? `https://www.nestora-home.example/${listing.marketplace.toLowerCase()}/products/${slug}`
        : `https://www.${rng.pick(['homegoods-outlet', 'kitchenplus', 'casa-store'])}.example/item/${listing.asin}`;
    }
  }
  const minPrice =
    listing.minPriceShare === null
      ? null
      : charmPrice(Math.round(listing.startPrice * listing.minPriceShare), listing.currency);
  return { listPrice, evidenceUrl, minPrice };
}
