// The demo's facts around the orders: competitors' offers (snapshots every two weeks, some undercutting
// and taking the Buy Box), seller accounts per marketplace with a history (OUT-1, ISHS-1), frozen Was
// Prices for the next event (PR-3), List Price evidence (PR-1b), automated pricing rules (OUT-9) and
// product versions whose rating or image compliance changed (DEC-6).
import type {
  EvidenceFact,
  FrozenWasPriceFact,
  OfferFact,
  PricingRuleFact,
  ProductFact,
  PromotionFact,
  SellerFact,
} from '../../core/catalog/facts.js';
import { charmPrice, type DemoMarketplace, type Listing } from './catalog.js';
import type { DemoEvent } from './events.js';
import { HISTORY_START, type ListPriceFacts, type PriceBook } from './prices.js';
import type { Rng } from './rng.js';
import { DAY_MS, type MarketClock } from './time.js';

const ALNUM = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** Other sellers' offers on ~45% of the marketplace's ASINs, snapshots every 14 days over half a year. */
export function buildOffers(
  listings: readonly Listing[],
  prices: PriceBook,
  clock: MarketClock,
  rng: Rng,
): OfferFact[] {
  const sellers = Array.from({ length: 24 }, () => `A${rng.chars(ALNUM, 13)}`);
  const byAsin = new Map<string, Listing[]>();
  for (const l of listings) if (l.condition === 'new') byAsin.set(l.asin, [...(byAsin.get(l.asin) ?? []), l]);
  const offers: OfferFact[] = [];
  for (const [asin, own] of byAsin) {
    const r = rng.fork(`offers/${asin}`);
    if (!r.chance(0.45) || own.every((l) => l.freshDay !== null && l.freshDay > -40)) continue;
    const aggressive = r.chance(0.3);
    const competitors = r
      .shuffle(sellers)
      .slice(0, r.int(1, 4))
      .map((seller, i) => {
        const used = i > 0 && r.chance(0.2);
        const factor = used
          ? r.between(0.65, 0.8)
          : i === 0 && aggressive
            ? r.between(0.86, 0.96)
            : r.between(0.98, 1.18);
        return { seller, used, factor };
      });
    if (r.chance(0.06)) competitors.push({ seller: 'Amazon', used: false, factor: 1.02 });
    const currency = (own[0] as Listing).currency;
    for (let d = -182; d <= 0; d += 14) {
      const at = Math.min(clock.at(d, 6), clock.anchor);
      const ours = Math.min(...own.map((l) => prices.priceAt(l.sku, at)));
      const snapshot = competitors.map((c) => ({
        seller: c.seller,
        condition: c.used ? ('used' as const) : ('new' as const),
        price: charmPrice(Math.round(ours * c.factor * (1 + 0.02 * r.normal())), currency),
      }));
      const lowestNew = snapshot.filter((o) => o.condition === 'new').sort((a, b) => a.price - b.price)[0];
      const winner = lowestNew && lowestNew.price * 100 < ours * 98 && r.chance(0.8) ? lowestNew.seller : null;
      for (const o of snapshot)
        offers.push({ asin, marketplace: clock.marketplace, at, ...o, buyBox: o.seller === winner });
    }
  }
  return offers.sort((a, b) => a.at - b.at || a.asin.localeCompare(b.asin) || a.seller.localeCompare(b.seller));
}

/** The seller account on each marketplace, with a history: JP's rating recovered, US joined ISHS. */
export function buildSellers(account: string, clocks: Record<DemoMarketplace, MarketClock>): SellerFact[] {
  const at = (mp: DemoMarketplace, offset: number): number => clocks[mp].day(offset).start;
  const row = (mp: DemoMarketplace, offset: number, sellerRating: number, ishsEnrolled: boolean): SellerFact => ({
    account,
    marketplace: mp,
    sellingPlan: 'professional',
    sellerRating,
    ishsEnrolled,
    validFrom: at(mp, offset),
  });
  return [
    row('US', HISTORY_START - 400, 4.5, false),
    row('US', -120, 4.7, true),
    row('DE', HISTORY_START - 400, 4.3, false),
    row('JP', HISTORY_START - 400, 3.3, false),
    row('JP', -150, 3.8, false),
  ];
}

/** PR-3: Was Prices frozen for the next declared event, from 32 days before it to its end. */
export function buildFrozenWasPrices(
  listings: readonly Listing[],
  prices: PriceBook,
  events: readonly DemoEvent[],
  clock: MarketClock,
  count: number,
): FrozenWasPriceFact[] {
  const next = events.find((e) => e.start > clock.anchor);
  if (!next) return [];
  return listings
    .filter((l) => l.condition === 'new' && l.profile === 'regular')
    .slice(0, count)
    .map((l) => ({
      asin: l.asin,
      marketplace: clock.marketplace,
      price: prices.priceAt(l.sku, clock.anchor),
      from: next.start - 32 * DAY_MS,
      to: next.end,
    }));
}

/** PR-1b: the evidence behind each externally validated List Price. */
export function buildEvidence(
  listings: readonly Listing[],
  listPrices: ReadonlyMap<string, ListPriceFacts>,
  clock: MarketClock,
  rng: Rng,
): EvidenceFact[] {
  const out: EvidenceFact[] = [];
  for (const l of listings) {
    const lp = listPrices.get(l.sku);
    if (!lp?.evidenceUrl || lp.listPrice === null) continue;
    out.push({
      asin: l.asin,
      marketplace: l.marketplace,
      at: clock.at(-rng.int(10, 120), 11),
      price: lp.listPrice,
      url: lp.evidenceUrl,
    });
  }
  return out;
}

/**
 * OUT-9 pricing rules: created, paused, resumed and deleted; one rule's minimum sits above a planned
 * Outlet deal's price (the deal would be blocked).
 */
export function buildPricingRules(
  listings: readonly Listing[],
  prices: PriceBook,
  promotions: readonly PromotionFact[],
  clock: MarketClock,
): PricingRuleFact[] {
  const mp = clock.marketplace;
  const rules: PricingRuleFact[] = [];
  const regular = listings.filter((l) => l.condition === 'new' && l.profile === 'regular');
  const rule = (
    n: number,
    l: Listing,
    offset: number,
    action: PricingRuleFact['action'],
    min: number | null,
    max: number | null,
  ): void => {
    rules.push({
      ruleId: `RULE-${mp}-${n}`,
      sku: l.sku,
      marketplace: mp,
      at: clock.at(offset, 9),
      action,
      minPrice: min,
      maxPrice: max,
    });
  };
  const price = (l: Listing, offset: number): number => prices.priceAt(l.sku, clock.day(offset).start);
  const band = (l: Listing, offset: number): [number, number] => [
    charmPrice(Math.round(price(l, offset) * 0.8), l.currency),
    charmPrice(Math.round(price(l, offset) * 1.2), l.currency),
  ];
  const [a, b, c] = [regular[0], regular[3], regular[6]];
  if (a) {
    const [min, max] = band(a, -200);
    rule(1, a, -200, 'create', min, max);
    rule(1, a, -60, 'pause', min, max);
    rule(1, a, -30, 'resume', min, max);
  }
  if (b && mp !== 'JP') {
    const [min, max] = band(b, -150);
    rule(2, b, -150, 'create', min, max);
    rule(2, b, -90, 'delete', min, max);
  }
  if (c) rule(3, c, -45, 'create', null, band(c, -45)[1]);
  const outlet = promotions.find(
    (p) => (p.kind === 'outlet_deal' || p.kind === 'outlet_sale') && p.start > clock.anchor && p.price !== null,
  );
  const target = outlet && listings.find((l) => l.sku === outlet.sku);
  if (outlet && target && outlet.price !== null) {
    rule(4, target, -20, 'create', charmPrice(Math.round(outlet.price * 1.1), target.currency), null);
  }
  return rules.sort((x, y) => x.at - y.at || x.ruleId.localeCompare(y.ruleId));
}

/** The product facts of a listing: one version, or two when its rating or image compliance changed. */
export function productVersions(
  listing: Listing,
  lp: ListPriceFacts,
  clock: MarketClock,
  change: 'rating-drop' | 'rating-rise' | 'images-fixed' | null,
): ProductFact[] {
  const base: ProductFact = {
    sku: listing.sku,
    asin: listing.asin,
    marketplace: listing.marketplace,
    condition: listing.condition,
    created: listing.created,
    seasonal: listing.season !== null,
    rating: listing.rating,
    ratingsCount: listing.ratingsCount,
    subscribeAndSave: listing.subscribeAndSave,
    imagesOk: change === 'images-fixed' ? false : listing.imagesOk,
    parentAsin: listing.parentAsin,
    category: listing.design.category,
    listPrice: lp.listPrice,
    listPriceEvidenceUrl: lp.evidenceUrl,
    minPrice: lp.minPrice,
    unitCost: listing.unitCost,
    costCurrency: 'CNY',
    freightPerUnit: listing.freightPerUnit,
    fxRate: listing.fxRate,
    referralPct: listing.referralPct,
    fulfilmentFee: listing.fulfilmentFee,
    unitCubicFeet: listing.cubicFeet,
    leadTimeDays: listing.leadTimeDays,
    casePack: listing.casePack,
    minOrderQty: listing.minOrderQty,
    validFrom: listing.created,
  };
  if (change === 'rating-drop')
    return [base, { ...base, rating: 2.8, ratingsCount: base.ratingsCount + 14, validFrom: clock.at(-25, 7) }];
  if (change === 'rating-rise')
    return [
      { ...base, rating: 2.9 },
      { ...base, rating: 3.4, ratingsCount: base.ratingsCount + 9, validFrom: clock.at(-70, 7) },
    ];
  if (change === 'images-fixed') return [base, { ...base, imagesOk: true, validFrom: clock.at(-40, 7) }];
  return [base];
}
