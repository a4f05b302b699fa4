// Issue 7 item 4: In-Stock Head Start orders and pre-orders in the excess (EXC-1/EXC-2) and replenishment
// (RPL-2/RPL-3) views. Units promised are not available, and pre-orders are demand the stock must serve,
// so the views must not count them as stock. `withStockCommitments` adjusts the inventory facts those
// views load (in memory only, nothing is stored) for every SKU with open commitments at the instant:
// - each inbound shipment line loses the units already sold against it (ISHS orders on it, pre-orders
//   it covers by the release day): inbound shrinks by them;
// - units on hand held for pre-orders leave the stock at the instant, oldest first, as a negative
//   receipt dated at the instant (DEC-1 takes them like a sale, so ages stay right; velocity, which
//   counts orders only, is untouched).
// The reorder quantity then grows by the units committed, and the stock-to-sales ratio falls (ISHS-6:
// ISHS is no substitute for replenishment; fees and scores are untouched).
import type { Instant, ShipmentFact } from '../../core/catalog/facts.js';
import type { Marketplace } from '../../core/catalog/marketplace.js';
import { heldUnits, openPromises, planSettlement, type HeldUnits } from '../../core/ishs/index.js';
import type { AccountInventoryFacts } from '../../core/inventory-health/sku-facts.js';
import type { FactStore } from '../../store/types.js';
import { loadSku } from './load.js';

const keyOf = (mp: string, sku: string) => `${mp}\u0000${sku}`;

/** Held units of every SKU with open ISHS orders or pre-orders at `at`, keyed marketplace + SKU. */
export async function heldUnitsBySku(
  store: FactStore,
  account: string,
  marketplace: Marketplace | null,
  at: Instant,
): Promise<Map<string, HeldUnits>> {
  const log = await store.loadFacts(account, 'promises', marketplace === null ? { to: at } : { marketplace, to: at });
  const skus = new Map<string, { marketplace: Marketplace; sku: string }>();
  for (const p of openPromises(log, at)) skus.set(keyOf(p.placed.marketplace, p.placed.sku), p.placed);
  const out = new Map<string, HeldUnits>();
  for (const [key, { marketplace: mp, sku }] of skus) {
    const loaded = await loadSku({ store, account, marketplace: mp, sku }, at);
    out.set(key, heldUnits(planSettlement(loaded.position, loaded.timeZone, loaded.ruleSet.ishs).book));
  }
  return out;
}

/** The inventory facts with the committed units taken out of inbound and stock (see above). */
export function applyHeldUnits(
  facts: AccountInventoryFacts,
  held: ReadonlyMap<string, HeldUnits>,
  at: Instant,
): AccountInventoryFacts {
  if (held.size === 0) return facts;
  const shipments: ShipmentFact[] = facts.shipments.map((s) => {
    const h = held.get(keyOf(s.marketplace, s.sku))?.byShipment.get(s.shipmentId) ?? 0;
    const open = s.received === null || s.received > at;
    return h > 0 && open ? { ...s, units: Math.max(0, s.units - h) } : s;
  });
  for (const [key, h] of held) {
    if (h.onHand <= 0) continue;
    const [marketplace, sku] = key.split('\u0000') as [Marketplace, string];
    shipments.push({
      shipmentId: `held-for-preorders:${sku}`,
      sku,
      marketplace,
      units: -h.onHand,
      carrierProgram: 'other',
      created: at,
      shipped: at,
      eta: at,
      received: at,
    });
  }
  return { ...facts, shipments };
}

/** One call for the excess and replenish use cases: their loaded facts, adjusted for commitments. */
export async function withStockCommitments(
  store: FactStore,
  account: string,
  facts: AccountInventoryFacts,
  marketplace: Marketplace | null,
  at: Instant,
): Promise<AccountInventoryFacts> {
  return applyHeldUnits(facts, await heldUnitsBySku(store, account, marketplace, at), at);
}
