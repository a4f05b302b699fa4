// The demo account generator: a cross-border home-goods and gadgets seller on US, DE and JP with a year
// of facts before the anchor ("today" of the demo) and plans after it. Pure: the same seed and anchor
// always give the same facts (pure-rand xoroshiro128plus streams, no clock, no I/O).
import type { FactKind, FactsByKind, Instant, ProductFact } from '../../core/catalog/facts.js';
import { buildCatalog, DEMO_MARKETPLACES, type DemoMarketplace, type Listing } from './catalog.js';
import { buildEvents, type DemoEvent } from './events.js';
import {
  buildEvidence,
  buildFrozenWasPrices,
  buildOffers,
  buildPricingRules,
  buildSellers,
  productVersions,
} from './market.js';
import { buildPriceHistory, HISTORY_START, listPriceFacts, type ListPriceFacts, type PriceBook } from './prices.js';
import { planPromotions } from './promotions.js';
import { Rng } from './rng.js';
import { ShipmentIds } from './shipments.js';
import { simulateMarketplace, type Lot } from './simulate.js';
import { MarketClock } from './time.js';

export const DEFAULT_DEMO_SEED = 20_240_601;
/** Promotions may be planned up to this many days after the anchor. */
const PLAN_HORIZON = 200;

export interface DemoOptions {
  readonly seed: number;
  /** The demo's "now": orders run up to it, later facts are plans. */
  readonly anchor: Instant;
  /** The account named in the seller rows. */
  readonly account: string;
}

export type DemoFacts = { [K in FactKind]: FactsByKind[K][] };

export interface DemoData {
  readonly seed: number;
  readonly anchor: Instant;
  readonly account: string;
  readonly listings: readonly Listing[];
  readonly facts: DemoFacts;
  readonly prices: PriceBook;
  readonly events: Readonly<Record<DemoMarketplace, readonly DemoEvent[]>>;
  /** Lots on hand at the anchor per SKU, oldest first. */
  readonly stock: ReadonlyMap<string, readonly Lot[]>;
  readonly clocks: Readonly<Record<DemoMarketplace, MarketClock>>;
}

function emptyFacts(): DemoFacts {
  return {
    products: [],
    orders: [],
    prices: [],
    offers: [],
    promotions: [],
    lots: [],
    shipments: [],
    seller: [],
    events: [],
    frozen_was_prices: [],
    evidence: [],
    pricing_rules: [],
    outlet_events: [],
    // Amazon report kinds: the demo writes the reports themselves (write-reports.ts), not these facts.
    inventory_snapshots: [],
    planning_rows: [],
    restock_rows: [],
    // Recorded by clearway's own ISHS / pre-sale commands, never generated.
    ishs_enrollment: [],
    shipment_eta_changes: [],
    promises: [],
    presale_campaigns: [],
    presale_events: [],
  };
}

export function generateDemo(options: DemoOptions): DemoData {
  const { seed, anchor, account } = options;
  if (!Number.isSafeInteger(seed)) throw new Error(`demo seed must be an integer, got ${seed}`);
  const rng = new Rng(seed, 'demo');
  const clocks = {
    US: new MarketClock('US', anchor),
    DE: new MarketClock('DE', anchor),
    JP: new MarketClock('JP', anchor),
  } satisfies Record<DemoMarketplace, MarketClock>;
  const listings = buildCatalog(rng.fork('catalog'), anchor);
  const prices = buildPriceHistory(listings, (l) => clocks[l.marketplace], rng.fork('prices'));
  const facts = emptyFacts();
  const stock = new Map<string, readonly Lot[]>();
  const events = {} as Record<DemoMarketplace, DemoEvent[]>;
  const shipmentIds = new ShipmentIds(rng.fork('shipment-ids'));
  const changes = new Map<string, 'rating-drop' | 'rating-rise' | 'images-fixed'>();

  for (const mp of DEMO_MARKETPLACES) {
    const clock = clocks[mp];
    const own = listings.filter((l) => l.marketplace === mp);
    const mpEvents = buildEvents(clock, HISTORY_START - 40, 400);
    events[mp] = mpEvents;
    const promotions = planPromotions({
      marketplace: mp,
      clock,
      listings: own,
      prices,
      events: mpEvents,
      rng: rng.fork(`promotions/${mp}`),
      horizon: PLAN_HORIZON,
    });
    const sim = simulateMarketplace({
      clock,
      listings: own,
      prices,
      promotions,
      events: mpEvents,
      rng: rng.fork(`sim/${mp}`),
      shipmentIds,
    });
    for (const [sku, lots] of sim.stock) stock.set(sku, lots);
    facts.promotions.push(...promotions);
    facts.orders.push(...sim.orders);
    facts.lots.push(...sim.lots);
    facts.shipments.push(...sim.shipments);
    facts.events.push(...mpEvents.map((e) => ({ marketplace: mp, name: e.name, start: e.start, end: e.end })));
    facts.frozen_was_prices.push(
      ...buildFrozenWasPrices(own, prices, mpEvents, clock, mp === 'US' ? 2 : mp === 'DE' ? 1 : 0),
    );
    facts.offers.push(...buildOffers(own, prices, clock, rng.fork(`offers/${mp}`)));

    const listPrices = new Map<string, ListPriceFacts>();
    const lpRng = rng.fork(`list-prices/${mp}`);
    for (const l of own) listPrices.set(l.sku, listPriceFacts(l, prices, clock, lpRng));
    facts.evidence.push(...buildEvidence(own, listPrices, clock, rng.fork(`evidence/${mp}`)));
    facts.pricing_rules.push(...buildPricingRules(own, prices, promotions, clock));

    const regular = own.filter((l) => l.profile === 'regular' && l.condition === 'new');
    const changed = mp === 'US' ? regular[19] : mp === 'DE' ? regular[12] : regular[8];
    if (changed) changes.set(changed.sku, mp === 'US' ? 'rating-drop' : mp === 'DE' ? 'images-fixed' : 'rating-rise');
    for (const l of own) {
      facts.products.push(
        ...productVersions(l, listPrices.get(l.sku) as ListPriceFacts, clock, changes.get(l.sku) ?? null),
      );
      for (const change of prices.changes.get(l.sku) ?? [])
        facts.prices.push({ sku: l.sku, marketplace: mp, at: change.at, price: change.price, dealId: null });
    }
  }
  facts.seller.push(...buildSellers(account, clocks));
  facts.products.sort(byProduct);
  return { seed, anchor, account, listings, facts, prices, events, stock, clocks };
}

function byProduct(a: ProductFact, b: ProductFact): number {
  return a.marketplace.localeCompare(b.marketplace) || a.sku.localeCompare(b.sku) || a.validFrom - b.validFrom;
}
