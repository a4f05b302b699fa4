// The stock of one SKU at an instant from its grouped facts, shared by the excess and replenish views:
// DEC-1 on-hand from clearway's lots when a lots snapshot exists at or before the instant, else from
// Amazon's latest inventory (MYI) snapshot — fulfillable + reserved, with the same DEC-1 movements
// after it (FBA sales off, receipts on) — and inbound (working + shipped + receiving).
import type { Instant, InventorySnapshotFact } from '../catalog/facts.js';
import type { SkuFacts } from './sku-facts.js';
import { inboundAt, latestAtOrBefore, onHandAt, type Inbound, type OnHandPosition } from './stock-position.js';

export interface SkuStock {
  readonly position: OnHandPosition;
  readonly onHandSource: 'lots' | 'inventory_snapshot' | 'none';
  /** Amazon's latest inventory snapshot at or before the instant (also the inbound fallback). */
  readonly snapshot: InventorySnapshotFact | null;
  readonly inbound: Inbound;
  /** The newest stock report of any kind at or before the instant (lots, MYI, planning, restock): RPL-3 staleness. */
  readonly latestStockDataAt: Instant | null;
}

export function skuStock(f: SkuFacts, at: Instant): SkuStock {
  const snapshot = latestAtOrBefore(f.inventorySnapshots, at);
  let onHandSource: SkuStock['onHandSource'] = 'none';
  let position = onHandAt(f.lots, f.orders, f.shipments, at);
  if (position.snapshotAt !== null) onHandSource = 'lots';
  else if (snapshot !== null) {
    const units = snapshot.fulfillable + snapshot.reserved;
    const lot = { sku: f.sku, marketplace: f.marketplace, at: snapshot.at, received: snapshot.at, units };
    position = onHandAt([lot], f.orders, f.shipments, at);
    onHandSource = 'inventory_snapshot';
  }
  const candidates = [
    position.snapshotAt,
    snapshot?.at ?? null,
    latestAtOrBefore(f.planningRows, at)?.at ?? null,
    latestAtOrBefore(f.restockRows, at)?.at ?? null,
  ].filter((x): x is Instant => x !== null);
  const latestStockDataAt = candidates.length === 0 ? null : Math.max(...candidates);
  return { position, onHandSource, snapshot, inbound: inboundAt(f.shipments, snapshot, at), latestStockDataAt };
}
