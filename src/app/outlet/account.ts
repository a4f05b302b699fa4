// The Outlet facts of every ASIN of an account (optionally one marketplace), loaded once per kind and
// grouped in memory — what recommendations, the report and `tick` read across the whole account.
import type { FactKind, FactsByKind } from '../../core/catalog/facts.js';
import type { Marketplace } from '../../core/catalog/marketplace.js';
import type { OutletFacts } from '../../core/outlet/index.js';
import { asinKey, groupAsinFacts } from '../../core/reference-prices/index.js';
import type { FactStore } from '../../store/types.js';

function keyOf(mp: string, id: string): string {
  return `${mp}\u0000${id}`;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string | undefined): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k === undefined) continue;
    const list = out.get(k) ?? [];
    list.push(item);
    out.set(k, list);
  }
  return out;
}

/** Every ASIN of the account (on `marketplace`, or all) with its Outlet facts. */
export async function loadAccountOutlet(
  store: FactStore,
  account: string,
  marketplace: Marketplace | null,
): Promise<OutletFacts[]> {
  const filter = marketplace === null ? {} : { marketplace };
  const load = <K extends FactKind>(kind: K): Promise<FactsByKind[K][]> => store.loadFacts(account, kind, filter);
  const [products, orders, prices, promotions, evidence, frozenWasPrices, events] = await Promise.all([
    load('products'),
    load('orders'),
    load('prices'),
    load('promotions'),
    load('evidence'),
    load('frozen_was_prices'),
    load('events'),
  ]);
  const [offers, lots, shipments, seller, pricingRules, outletEvents] = await Promise.all([
    load('offers'),
    load('lots'),
    load('shipments'),
    load('seller'),
    load('pricing_rules'),
    load('outlet_events'),
  ]);
  const groups = groupAsinFacts({ products, orders, prices, promotions, evidence, frozenWasPrices, events });
  // A SKU's ASIN: its latest product version's (loadFacts returns versions oldest first).
  const asinOfSku = new Map<string, string>();
  for (const p of products) asinOfSku.set(keyOf(p.marketplace, p.sku), asinKey(p.marketplace, p.asin));
  const bySku = <T extends { marketplace: string; sku: string }>(list: readonly T[]) =>
    groupBy(list, (x) => asinOfSku.get(keyOf(x.marketplace, x.sku)));
  const offersBy = groupBy(offers, (o) => asinKey(o.marketplace, o.asin));
  const lotsBy = bySku(lots);
  const shipmentsBy = bySku(shipments);
  const rulesBy = bySku(pricingRules);
  const eventsBy = bySku(outletEvents);
  const sellerBy = groupBy(seller, (s) => s.marketplace);
  const out: OutletFacts[] = [];
  for (const [key, facts] of groups) {
    out.push({
      facts,
      account,
      offers: offersBy.get(key) ?? [],
      lots: lotsBy.get(key) ?? [],
      shipments: shipmentsBy.get(key) ?? [],
      seller: sellerBy.get(facts.marketplace) ?? [],
      pricingRules: rulesBy.get(key) ?? [],
      events: eventsBy.get(key) ?? [],
    });
  }
  return out.sort((a, b) =>
    a.facts.marketplace === b.facts.marketplace
      ? a.facts.asin < b.facts.asin
        ? -1
        : 1
      : a.facts.marketplace < b.facts.marketplace
        ? -1
        : 1,
  );
}
