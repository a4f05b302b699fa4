// Builders for the Outlet tests: one US ASIN (B000TEST01, SKU-1) that is Outlet-eligible on
// Wednesday 2026-03-04 — Professional seller rated 4.8, 200 units received 2025-10-01, sales in
// February, standard price $40.00, another seller's new offer at $38.00 (so the maximum deal price is
// $32.00). A test overrides only what it is about.
import type {
  LotFact,
  OfferFact,
  OrderLineFact,
  OutletEventFact,
  PriceFact,
  PricingRuleFact,
  ProductFact,
  PromotionFact,
  SellerFact,
  ShipmentFact,
} from '../catalog/facts.js';
import { asinFacts, at, DAY, order, price, product } from '../reference-prices/test-fixtures.js';
import type { RulesAt } from './schedule.js';
import type { OutletFacts } from './types.js';

export { at, DAY, order, price, product };
export const SKU = 'SKU-1';
export const ASIN = 'B000TEST01';
export const ACCOUNT = 'acme';

/** Wednesday before the deal cycle of Monday 2026-03-09 (US DST starts Sunday 2026-03-08). */
export const WED = at('2026-03-04T10:00:00-08:00');
export const FRI = at('2026-03-06T00:00:00-08:00');
export const MON = at('2026-03-09T00:00:00-07:00');
export const END = at('2026-03-23T00:00:00-07:00');

export function lot(over: Partial<LotFact> = {}): LotFact {
  return {
    sku: SKU,
    marketplace: 'US',
    at: at('2026-03-01T00:00:00-08:00'),
    received: at('2025-10-01T00:00:00-07:00'),
    units: 200,
    ...over,
  };
}

export function offer(over: Partial<OfferFact> = {}): OfferFact {
  return {
    asin: ASIN,
    marketplace: 'US',
    at: at('2026-03-01T00:00:00-08:00'),
    seller: 'Rival',
    condition: 'new',
    price: 3800,
    buyBox: false,
    ...over,
  };
}

export function seller(over: Partial<SellerFact> = {}): SellerFact {
  return {
    account: ACCOUNT,
    marketplace: 'US',
    sellingPlan: 'professional',
    sellerRating: 4.8,
    ishsEnrolled: false,
    validFrom: at('2025-01-01T00:00:00-08:00'),
    ...over,
  };
}

export function pricingRule(over: Partial<PricingRuleFact> = {}): PricingRuleFact {
  return {
    ruleId: 'AUTO-1',
    sku: SKU,
    marketplace: 'US',
    at: at('2026-02-01T00:00:00-08:00'),
    action: 'create',
    minPrice: 3000,
    maxPrice: 4500,
    ...over,
  };
}

export function februaryOrders(): OrderLineFact[] {
  return Array.from({ length: 10 }, (_, i) =>
    order({ at: at(`2026-02-${String(10 + i)}T12:00:00-08:00`), unitPrice: 4000 }),
  );
}

export interface Parts {
  products?: ProductFact[];
  orders?: OrderLineFact[];
  prices?: PriceFact[];
  promotions?: PromotionFact[];
  offers?: OfferFact[];
  lots?: LotFact[];
  shipments?: ShipmentFact[];
  seller?: SellerFact[];
  pricingRules?: PricingRuleFact[];
  events?: OutletEventFact[];
  rulesAt?: RulesAt;
}

/** The eligible ASIN, with `parts` replacing whole lists. */
export function outletFacts(parts: Parts = {}): OutletFacts {
  return {
    facts: asinFacts({
      products: parts.products ?? [product({ validFrom: at('2025-06-01T00:00:00-07:00') })],
      orders: parts.orders ?? februaryOrders(),
      prices: parts.prices ?? [price(at('2026-01-01T00:00:00-08:00'), 4000)],
      promotions: parts.promotions ?? [],
    }),
    account: ACCOUNT,
    offers: parts.offers ?? [offer()],
    lots: parts.lots ?? [lot()],
    shipments: parts.shipments ?? [],
    seller: parts.seller ?? [seller()],
    pricingRules: parts.pricingRules ?? [],
    events: parts.events ?? [],
    ...(parts.rulesAt ? { rulesAt: parts.rulesAt } : {}),
  };
}

/** The facts with more events (what an action or a tick recorded). */
export function withEvents(f: OutletFacts, events: readonly OutletEventFact[]): OutletFacts {
  return { ...f, events: [...f.events, ...events] };
}

/** The facts after recording what a transition wrote: its events, price facts and promotions. */
export function record(
  f: OutletFacts,
  r: { events: readonly OutletEventFact[]; prices: readonly PriceFact[]; promotions: readonly PromotionFact[] },
): OutletFacts {
  const promotions = new Map(f.facts.promotions.map((p) => [p.id, p]));
  for (const p of r.promotions) promotions.set(p.id, p);
  const prices = new Map(f.facts.prices.map((p) => [`${p.sku}|${p.at}`, p]));
  for (const p of r.prices) prices.set(`${p.sku}|${p.at}`, p);
  const events = new Map(f.events.map((e) => [e.id, e]));
  for (const e of r.events) events.set(e.id, e);
  return {
    ...f,
    facts: asinFacts({
      products: [...f.facts.products],
      orders: [...f.facts.orders],
      prices: [...prices.values()],
      promotions: [...promotions.values()],
    }),
    events: [...events.values()],
  };
}
