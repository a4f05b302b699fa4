// ISHS-5 reconciliation: Amazon's reports show units promised under In-Stock Head Start both as in stock
// and as inbound; clearway keeps the true figure per SKU:
//   available = on hand + inbound − units already promised against inbound (open ISHS orders)
//               − open pre-orders (units promised to pre-sale buyers, PRE-3)
// With no pre-orders this is ISHS-5's formula exactly. Amazon's own future-supply columns of the latest
// Manage Inventory snapshot (afn-reserved-future-supply, afn-future-supply-buyable) are shown beside it.
// ISHS-6: nothing here changes a fee or an inventory-performance figure; it only corrects availability.
import type { Instant, InventorySnapshotFact } from '../catalog/facts.js';
import { freeOnHand, inboundUnits, preordered, type StockBook } from './book.js';

export interface MyiFutureSupply {
  readonly at: Instant;
  readonly reservedFutureSupply: number | null;
  readonly futureSupplyBuyable: number | null;
  /** Amazon's on hand (fulfillable + reserved) and inbound (working + shipped + receiving) in that snapshot. */
  readonly onHand: number;
  readonly inbound: number;
}

export interface Reconciliation {
  readonly onHand: number;
  readonly inbound: number;
  readonly promisedAgainstInbound: number;
  readonly preorders: number;
  /** ISHS-5 true available (never below zero). */
  readonly available: number;
  /** Units on hand an order from stock may take now (not reserved for pre-orders). */
  readonly freeOnHand: number;
  readonly myi: MyiFutureSupply | null;
}

/** The latest MYI snapshot of the SKU at or before `at`, reduced to the columns compared. */
export function myiFutureSupply(snapshots: readonly InventorySnapshotFact[], at: Instant): MyiFutureSupply | null {
  let latest: InventorySnapshotFact | null = null;
  for (const s of snapshots) if (s.at <= at && (latest === null || s.at > latest.at)) latest = s;
  if (latest === null) return null;
  return {
    at: latest.at,
    reservedFutureSupply: latest.reservedFutureSupply,
    futureSupplyBuyable: latest.futureSupplyBuyable,
    onHand: latest.fulfillable + latest.reserved,
    inbound: latest.inboundWorking + latest.inboundShipped + latest.inboundReceiving,
  };
}

/** ISHS-5 for one SKU's book. */
export function reconcile(book: StockBook, myi: MyiFutureSupply | null): Reconciliation {
  const inbound = inboundUnits(book);
  const promisedAgainstInbound = book.ishs.reduce((n, p) => n + p.units, 0);
  const preorders = preordered(book);
  return {
    onHand: book.onHand,
    inbound,
    promisedAgainstInbound,
    preorders,
    available: Math.max(0, book.onHand + inbound - promisedAgainstInbound - preorders),
    freeOnHand: freeOnHand(book),
    myi,
  };
}
