// What Amazon's inventory reports say about each demo SKU at the anchor: on-hand split into fulfillable
// and reserved (DEC-1: on-hand = fulfillable + reserved; unsellable and researching units come on top),
// inbound by stage, ages in whole local days (day of receipt = 0), units and sales shipped over the past
// 7/30/60/90 days, the lowest offers and the In-Stock Head Start future supply (ISHS-1, ISHS-5).
import type { Minor, OfferFact, OrderLineFact, ShipmentFact } from '../../core/catalog/facts.js';
import type { Listing } from './catalog.js';
import type { DemoData } from './generate.js';
import { Rng } from './rng.js';
import { DAY_MS } from './time.js';

export interface SkuView {
  readonly listing: Listing;
  readonly price: Minor;
  /** Price of the direct-price promotion live at the anchor, if any. */
  readonly salePrice: Minor | null;
  readonly onHand: number;
  readonly fulfillable: number;
  readonly fcTransfer: number;
  readonly fcProcessing: number;
  readonly unsellable: number;
  readonly researching: number;
  readonly working: number;
  readonly shipped: number;
  readonly receiving: number;
  /** Units (non-cancelled) and their net sales over the past N days, N ∈ 7, 30, 60, 90, 180. */
  readonly units: Readonly<Record<7 | 30 | 60 | 90 | 180, number>>;
  readonly sales: Readonly<Record<7 | 30 | 60 | 90, Minor>>;
  /** Units on hand by age in days. */
  readonly ages: readonly { readonly days: number; readonly units: number }[];
  readonly lowestNew: Minor | null;
  readonly lowestUsed: Minor | null;
  readonly buyBoxPrice: Minor;
  readonly futureSupplyBuyable: number;
}

const ISHS_PROGRAMS = new Set(['amazon_freight', 'partnered_carrier', 'amazon_global_logistics']);

export interface InventoryView {
  readonly skus: readonly SkuView[];
}

function latestOffers(offers: readonly OfferFact[]): Map<string, OfferFact[]> {
  const latest = new Map<string, OfferFact[]>();
  for (const o of offers) {
    const key = `${o.marketplace}|${o.asin}`;
    const current = latest.get(key);
    if (!current || (current[0] as OfferFact).at < o.at) latest.set(key, [o]);
    else if ((current[0] as OfferFact).at === o.at) current.push(o);
  }
  return latest;
}

/** Builds the per-SKU view of every listing at the anchor (deterministic: its own random stream). */
export function inventoryView(data: DemoData): InventoryView {
  const { anchor } = data;
  const rng = new Rng(data.seed, 'demo/inventory-view');
  const ordersBySku = new Map<string, OrderLineFact[]>();
  for (const o of data.facts.orders) {
    if (o.at <= anchor - 180 * DAY_MS || o.cancelled) continue;
    const list = ordersBySku.get(o.sku) ?? [];
    list.push(o);
    ordersBySku.set(o.sku, list);
  }
  const openBySku = new Map<string, ShipmentFact[]>();
  for (const s of data.facts.shipments) {
    if (s.received !== null) continue;
    openBySku.set(s.sku, [...(openBySku.get(s.sku) ?? []), s]);
  }
  const offers = latestOffers(data.facts.offers);
  const ishs = new Map(
    data.facts.seller.filter((s) => s.validFrom <= anchor).map((s) => [s.marketplace, s.ishsEnrolled]),
  );
  const live = data.facts.promotions.filter(
    (p) => p.start <= anchor && p.end > anchor && p.price !== null && p.audience === 'all',
  );

  const skus = data.listings.map((listing): SkuView => {
    const r = rng.fork(listing.sku);
    const clock = data.clocks[listing.marketplace];
    const lots = data.stock.get(listing.sku) ?? [];
    const onHand = lots.reduce((s, l) => s + l.units, 0);
    const fcTransfer = onHand > 40 && r.chance(0.3) ? r.int(1, Math.min(12, Math.floor(onHand / 20))) : 0;
    const fcProcessing = onHand - fcTransfer > 20 && r.chance(0.4) ? r.int(1, 4) : 0;
    const windows = [7, 30, 60, 90, 180] as const;
    const units = { 7: 0, 30: 0, 60: 0, 90: 0, 180: 0 };
    const sales = { 7: 0, 30: 0, 60: 0, 90: 0 };
    for (const o of ordersBySku.get(listing.sku) ?? []) {
      for (const n of windows) {
        if (o.at <= anchor - n * DAY_MS) continue;
        units[n] += o.units;
        if (n !== 180) sales[n] += o.units * (o.unitPrice ?? 0) - o.promotionDiscount;
      }
    }
    let working = 0;
    let shipped = 0;
    let receiving = 0;
    let ishsUnits = 0;
    for (const s of openBySku.get(listing.sku) ?? []) {
      if (s.shipped === null) working += s.units;
      else if (s.eta !== null && s.eta <= anchor && s.eta > anchor - 4 * DAY_MS) receiving += s.units;
      else shipped += s.units;
      if (s.shipped !== null && ISHS_PROGRAMS.has(s.carrierProgram)) ishsUnits += s.units;
    }
    const price = data.prices.priceAt(listing.sku, anchor);
    const own = offers.get(`${listing.marketplace}|${listing.asin}`) ?? [];
    const newPrices = own.filter((o) => o.condition === 'new').map((o) => o.price);
    const usedPrices = own.filter((o) => o.condition !== 'new').map((o) => o.price);
    const winner = own.find((o) => o.buyBox);
    const mine = listing.condition === 'new' ? [price] : [];
    const sale = live.filter((p) => p.sku === listing.sku).map((p) => p.price as number);
    return {
      listing,
      price,
      salePrice: sale.length > 0 ? Math.min(...sale) : null,
      onHand,
      fulfillable: onHand - fcTransfer - fcProcessing,
      fcTransfer,
      fcProcessing,
      unsellable: r.chance(0.15) ? r.int(1, 4) : 0,
      researching: r.chance(0.05) ? r.int(1, 2) : 0,
      working,
      shipped,
      receiving,
      units,
      sales,
      ages: lots.map((l) => ({ days: -clock.offsetOf(l.received), units: l.units })),
      lowestNew: newPrices.length + mine.length > 0 ? Math.min(...newPrices, ...mine) : null,
      lowestUsed:
        usedPrices.length > 0 || listing.condition !== 'new'
          ? Math.min(...usedPrices, ...(listing.condition !== 'new' ? [price] : []))
          : null,
      buyBoxPrice: winner ? winner.price : price,
      futureSupplyBuyable: ishs.get(listing.marketplace) && onHand === 0 ? ishsUnits : 0,
    };
  });
  return { skus };
}

/** Units aged within [from, to] days (inclusive; `to` may be Infinity). */
export function unitsAged(view: SkuView, from: number, to: number): number {
  return view.ages.reduce((s, a) => s + (a.days >= from && a.days <= to ? a.units : 0), 0);
}

/** Mean units per day over the past 30 days (or 90 when the last 30 sold nothing). */
export function dailyRate(view: SkuView): number {
  return view.units[30] > 0 ? view.units[30] / 30 : view.units[90] / 90;
}
