// The facts of a whole account grouped per (marketplace, SKU) in one pass per kind, so that answers
// over many SKUs (excess, replenish) never look facts up SKU by SKU.
import type {
  Instant,
  InventorySnapshotFact,
  LotFact,
  OrderLineFact,
  PlanningRowFact,
  PriceFact,
  ProductFact,
  RestockRowFact,
  ShipmentFact,
} from '../catalog/facts.js';
import type { Marketplace } from '../catalog/marketplace.js';

/** The account's facts of the kinds the inventory answers read (any order). */
export interface AccountInventoryFacts {
  readonly products: readonly ProductFact[];
  readonly orders: readonly OrderLineFact[];
  readonly shipments: readonly ShipmentFact[];
  readonly lots: readonly LotFact[];
  readonly prices: readonly PriceFact[];
  readonly inventorySnapshots: readonly InventorySnapshotFact[];
  readonly planningRows: readonly PlanningRowFact[];
  readonly restockRows: readonly RestockRowFact[];
}

export interface SkuFacts {
  readonly sku: string;
  readonly marketplace: Marketplace;
  /** From the product, else from Amazon's report rows; null when only lots are known. */
  readonly asin: string | null;
  /** The product version in force at the as-of instant (DEC-6), else its first version; null if none. */
  readonly product: ProductFact | null;
  readonly orders: OrderLineFact[];
  readonly shipments: ShipmentFact[];
  readonly lots: LotFact[];
  readonly prices: PriceFact[];
  readonly inventorySnapshots: InventorySnapshotFact[];
  readonly planningRows: PlanningRowFact[];
  readonly restockRows: RestockRowFact[];
}

interface Mutable {
  sku: string;
  marketplace: Marketplace;
  asin: string | null;
  product: ProductFact | null;
  orders: OrderLineFact[];
  shipments: ShipmentFact[];
  lots: LotFact[];
  prices: PriceFact[];
  inventorySnapshots: InventorySnapshotFact[];
  planningRows: PlanningRowFact[];
  restockRows: RestockRowFact[];
}

/**
 * Groups the facts per (marketplace, SKU). The SKUs answered are those with a product, a lots snapshot
 * or an Amazon report row (inventory snapshot, planning, restock); orders, shipments and prices of
 * other SKUs are dropped. Sorted by marketplace, then SKU.
 */
export function groupBySku(facts: Partial<AccountInventoryFacts>, at: Instant): SkuFacts[] {
  // Per marketplace, per SKU (nested maps: no key string built per fact).
  const groups = new Map<string, Map<string, Mutable>>();
  const find = (marketplace: string, sku: string): Mutable | undefined => groups.get(marketplace)?.get(sku);
  const open = (marketplace: Marketplace, sku: string, asin: string | null): Mutable => {
    let bySku = groups.get(marketplace);
    if (!bySku) {
      bySku = new Map();
      groups.set(marketplace, bySku);
    }
    let g = bySku.get(sku);
    if (!g) {
      g = {
        sku,
        marketplace,
        asin,
        product: null,
        orders: [],
        shipments: [],
        lots: [],
        prices: [],
        inventorySnapshots: [],
        planningRows: [],
        restockRows: [],
      };
      bySku.set(sku, g);
    } else if (g.asin === null && asin !== null) g.asin = asin;
    return g;
  };
  for (const p of facts.products ?? []) {
    const g = open(p.marketplace, p.sku, p.asin);
    const cur = g.product;
    // The version in force at `at`; before the first version, the first one.
    const better =
      cur === null ||
      (p.validFrom <= at && (cur.validFrom > at || p.validFrom > cur.validFrom)) ||
      (p.validFrom > at && cur.validFrom > at && p.validFrom < cur.validFrom);
    if (better) {
      g.product = p;
      g.asin = p.asin;
    }
  }
  for (const f of facts.inventorySnapshots ?? []) open(f.marketplace, f.sku, f.asin).inventorySnapshots.push(f);
  for (const f of facts.planningRows ?? []) open(f.marketplace, f.sku, f.asin).planningRows.push(f);
  for (const f of facts.restockRows ?? []) open(f.marketplace, f.sku, f.asin).restockRows.push(f);
  for (const f of facts.lots ?? []) open(f.marketplace, f.sku, null).lots.push(f);
  for (const f of facts.orders ?? []) find(f.marketplace, f.sku)?.orders.push(f);
  for (const f of facts.shipments ?? []) find(f.marketplace, f.sku)?.shipments.push(f);
  for (const f of facts.prices ?? []) find(f.marketplace, f.sku)?.prices.push(f);
  return [...groups.values()]
    .flatMap((bySku) => [...bySku.values()])
    .sort((a, b) =>
      a.marketplace === b.marketplace
        ? a.sku < b.sku
          ? -1
          : a.sku > b.sku
            ? 1
            : 0
        : a.marketplace < b.marketplace
          ? -1
          : 1,
    );
}

/** The seller's standard price of the SKU at `at`: the latest price fact not set by an Outlet deal (OUT-9). */
export function standardPriceAt(prices: readonly PriceFact[], at: Instant): PriceFact | null {
  let best: PriceFact | null = null;
  for (const p of prices) if (p.dealId === null && p.at <= at && (best === null || p.at >= best.at)) best = p;
  return best;
}
