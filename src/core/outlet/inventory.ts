// Inventory as the Outlet rules read it, from facts alone (so a deal can be checked at any instant):
// DEC-1 on-hand at T = the latest lots snapshot of the SKU at or before T, minus units of non-cancelled
// FBA orders placed after it (oldest units first, never below zero), plus shipments received after it
// (a new lot dated at receipt; a receipt before a sale at the same instant). The store answers the
// same question in SQL (store/on-hand.ts); a test holds the two to the same answers.
// OUT-2a/b and OUT-3 count over all the seller's SKUs of the ASIN (DEC-2); EXC-1 gives the
// stock-to-sales ratio that OUT-3 recommends by.
import type { Instant, LotFact, OrderLineFact, ShipmentFact } from '../catalog/facts.js';
import { ageInDays, pastDaysWindow } from '../calendar/calendar.js';

export interface Lot {
  readonly received: Instant;
  readonly units: number;
}

export interface SkuOnHand {
  readonly sku: string;
  readonly snapshotAt: Instant | null;
  readonly units: number;
  /** Oldest first. */
  readonly lots: readonly Lot[];
}

/** DEC-1 on-hand of one SKU at `at`. `orders` and `shipments` may hold other SKUs (they are skipped). */
export function skuOnHand(
  sku: string,
  lots: readonly LotFact[],
  orders: readonly OrderLineFact[],
  shipments: readonly ShipmentFact[],
  at: Instant,
): SkuOnHand {
  let snapshotAt = -Infinity;
  for (const l of lots) if (l.sku === sku && l.at <= at && l.at > snapshotAt) snapshotAt = l.at;
  if (snapshotAt === -Infinity) return { sku, snapshotAt: null, units: 0, lots: [] };
  const byReceived = new Map<Instant, number>();
  for (const l of lots) {
    if (l.sku === sku && l.at === snapshotAt) byReceived.set(l.received, (byReceived.get(l.received) ?? 0) + l.units);
  }
  const moves: { at: Instant; units: number }[] = [];
  for (const o of orders) {
    if (o.sku === sku && o.channel === 'fba' && !o.cancelled && o.at > snapshotAt && o.at <= at) {
      moves.push({ at: o.at, units: -o.units });
    }
  }
  for (const s of shipments) {
    if (s.sku === sku && s.received !== null && s.received > snapshotAt && s.received <= at) {
      moves.push({ at: s.received, units: s.units });
    }
  }
  moves.sort((a, b) => a.at - b.at || b.units - a.units);
  for (const m of moves) {
    if (m.units > 0) {
      byReceived.set(m.at, (byReceived.get(m.at) ?? 0) + m.units);
      continue;
    }
    let toTake = -m.units;
    for (const received of [...byReceived.keys()].sort((a, b) => a - b)) {
      if (toTake === 0) break;
      const units = byReceived.get(received) ?? 0;
      const taken = Math.min(units, toTake);
      byReceived.set(received, units - taken);
      toTake -= taken;
    }
  }
  const result = [...byReceived]
    .filter(([, units]) => units > 0)
    .sort(([a], [b]) => a - b)
    .map(([received, units]) => ({ received, units }));
  return { sku, snapshotAt, units: result.reduce((n, l) => n + l.units, 0), lots: result };
}

export interface AsinStock {
  /** On-hand units over the SKUs (DEC-1, DEC-2). */
  readonly onHand: number;
  /** Every SKU's lots, oldest first. */
  readonly lots: readonly Lot[];
}

/** DEC-1 on-hand of several SKUs (an ASIN's) at `at`. */
export function asinStock(
  skus: readonly string[],
  lots: readonly LotFact[],
  orders: readonly OrderLineFact[],
  shipments: readonly ShipmentFact[],
  at: Instant,
): AsinStock {
  let onHand = 0;
  const all: Lot[] = [];
  for (const sku of skus) {
    const s = skuOnHand(sku, lots, orders, shipments, at);
    onHand += s.units;
    all.push(...s.lots);
  }
  return { onHand, lots: all.sort((a, b) => a.received - b.received) };
}

/** OUT-2a / OUT-3: units whose age (DEC-1 whole local days, receipt day 0) is at least `minDays`. */
export function unitsAgedAtLeast(lots: readonly Lot[], at: Instant, minDays: number, timeZone: string): number {
  let units = 0;
  for (const l of lots) if (ageInDays(l.received, at, timeZone) >= minDays) units += l.units;
  return units;
}

/** EXC-1 inbound: units of shipments created at or before `at` and not received by then. */
export function inboundUnits(skus: readonly string[], shipments: readonly ShipmentFact[], at: Instant): number {
  let units = 0;
  for (const s of shipments) {
    if (skus.includes(s.sku) && s.created <= at && (s.received === null || s.received > at)) units += s.units;
  }
  return units;
}

/** Units of non-cancelled orders of the SKUs in (from, to]. */
export function unitsSold(
  skus: readonly string[],
  orders: readonly OrderLineFact[],
  fromExclusive: Instant,
  toInclusive: Instant,
): number {
  let units = 0;
  for (const o of orders) {
    if (!o.cancelled && o.at > fromExclusive && o.at <= toInclusive && skus.includes(o.sku)) units += o.units;
  }
  return units;
}

/** EXC-1 as OUT-3 reads it: (on-hand + inbound) ÷ units sold in the past 30 days; ∞ when nothing sold
 *  and stock is held, null when there is neither stock nor sales (DEC-4). */
export function stockToSales(
  stock: number,
  skus: readonly string[],
  orders: readonly OrderLineFact[],
  at: Instant,
  timeZone: string,
): { ratio: number | null; sold30d: number } {
  const w = pastDaysWindow(at, 30, timeZone);
  const sold30d = unitsSold(skus, orders, w.fromExclusive, w.toInclusive);
  if (sold30d === 0) return { ratio: stock > 0 ? Number.POSITIVE_INFINITY : null, sold30d };
  return { ratio: stock / sold30d, sold30d };
}
