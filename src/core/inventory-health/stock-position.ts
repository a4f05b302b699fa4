// A SKU's stock position at an instant, from facts loaded once (no store calls): DEC-1 on-hand by
// received date, inbound units (RPL-2: working + shipped + receiving), and ages in whole local days
// (DEC-1: the day of receipt is 0; bucket "365+" means more than 365).
import type { Instant, InventorySnapshotFact, LotFact, OrderLineFact, ShipmentFact } from '../catalog/facts.js';
import { localDay } from '../calendar/calendar.js';
import { parseLocalDay } from '../calendar/civil.js';

export interface Lot {
  readonly received: Instant;
  readonly units: number;
}

export interface OnHandPosition {
  /** Instant of the lots snapshot the answer starts from; null when there is none at or before `at`. */
  readonly snapshotAt: Instant | null;
  readonly units: number;
  /** Oldest first. */
  readonly lots: readonly Lot[];
}

/**
 * DEC-1 on-hand at `at` for ONE SKU: the latest lots snapshot at or before `at`, minus units of
 * non-cancelled FBA orders placed after it (taken from the oldest units first, never below zero), plus
 * units of shipments received after it (each a new lot dated at its receipt; a receipt comes before a
 * sale at the same instant). Facts may come in any order and may include later ones (ignored).
 */
export function onHandAt(
  lots: readonly LotFact[],
  orders: readonly OrderLineFact[],
  shipments: readonly ShipmentFact[],
  at: Instant,
): OnHandPosition {
  let snapshotAt: Instant | null = null;
  for (const l of lots) if (l.at <= at && (snapshotAt === null || l.at > snapshotAt)) snapshotAt = l.at;
  if (snapshotAt === null) return { snapshotAt: null, units: 0, lots: [] };
  const byReceived = new Map<Instant, number>();
  for (const l of lots) {
    if (l.at === snapshotAt) byReceived.set(l.received, (byReceived.get(l.received) ?? 0) + l.units);
  }
  const moves: { at: Instant; units: number }[] = [];
  for (const o of orders) {
    if (o.channel === 'fba' && !o.cancelled && o.at > snapshotAt && o.at <= at)
      moves.push({ at: o.at, units: -o.units });
  }
  for (const s of shipments) {
    if (s.received !== null && s.received > snapshotAt && s.received <= at)
      moves.push({ at: s.received, units: s.units });
  }
  moves.sort((a, b) => a.at - b.at || b.units - a.units);
  let sorted = [...byReceived].sort(([a], [b]) => a - b).map(([received, units]) => ({ received, units }));
  for (const m of moves) {
    if (m.units > 0) {
      sorted = addLot(sorted, m.at, m.units);
      continue;
    }
    let toTake = -m.units;
    for (const lot of sorted) {
      if (toTake === 0) break;
      const taken = Math.min(lot.units, toTake);
      lot.units -= taken;
      toTake -= taken;
    }
  }
  const out = sorted.filter((l) => l.units > 0);
  return { snapshotAt, units: out.reduce((n, l) => n + l.units, 0), lots: out };
}

function addLot(lots: { received: Instant; units: number }[], received: Instant, units: number) {
  const same = lots.find((l) => l.received === received);
  if (same) same.units += units;
  else {
    lots.push({ received, units });
    lots.sort((a, b) => a.received - b.received);
  }
  return lots;
}

export interface Inbound {
  /** Created, not shipped yet. */
  readonly working: number;
  /** Shipped, not received, ETA not reached. */
  readonly shipped: number;
  /** Shipped, ETA reached, not received yet (being checked in). */
  readonly receiving: number;
  readonly total: number;
  readonly source: 'shipments' | 'inventory_snapshot' | 'none';
}

/**
 * RPL-2 inbound at `at` for ONE SKU = working + shipped + receiving. From clearway's shipment facts
 * when the SKU has any created at or before `at` (a shipment counts until it is received); otherwise
 * from the latest Amazon inventory snapshot (afn-inbound-working/shipped/receiving) at or before `at`.
 */
export function inboundAt(
  shipments: readonly ShipmentFact[],
  snapshot: InventorySnapshotFact | null,
  at: Instant,
): Inbound {
  const known = shipments.filter((s) => s.created <= at);
  if (known.length > 0) {
    let working = 0;
    let shipped = 0;
    let receiving = 0;
    for (const s of known) {
      if (s.received !== null && s.received <= at) continue;
      if (s.shipped === null || s.shipped > at) working += s.units;
      else if (s.eta !== null && s.eta <= at) receiving += s.units;
      else shipped += s.units;
    }
    return { working, shipped, receiving, total: working + shipped + receiving, source: 'shipments' };
  }
  if (snapshot !== null) {
    const { inboundWorking: working, inboundShipped: shipped, inboundReceiving: receiving } = snapshot;
    return { working, shipped, receiving, total: working + shipped + receiving, source: 'inventory_snapshot' };
  }
  return { working: 0, shipped: 0, receiving: 0, total: 0, source: 'none' };
}

/** The latest fact with `at` ≤ the instant (facts of one SKU, any order), or null. */
export function latestAtOrBefore<T extends { readonly at: Instant }>(facts: readonly T[], at: Instant): T | null {
  let best: T | null = null;
  for (const f of facts) if (f.at <= at && (best === null || f.at > best.at)) best = f;
  return best;
}

export const AGE_BUCKETS = ['0-90', '91-180', '181-270', '271-365', '365+'] as const;
export type AgeBucket = (typeof AGE_BUCKETS)[number];
export type AgeBuckets = Record<AgeBucket, number>;

/** DEC-1 age of a lot at `at`: whole local days, the day of receipt = 0. */
export function lotAge(received: Instant, at: Instant, timeZone: string): number {
  return parseLocalDay(localDay(at, timeZone)) - parseLocalDay(localDay(received, timeZone));
}

export function bucketOf(age: number): AgeBucket {
  if (age <= 90) return '0-90';
  if (age <= 180) return '91-180';
  if (age <= 270) return '181-270';
  if (age <= 365) return '271-365';
  return '365+';
}

/** Units by age bucket (EXC-2, DEC-1). */
export function ageBuckets(lots: readonly Lot[], at: Instant, timeZone: string): AgeBuckets {
  const out: AgeBuckets = { '0-90': 0, '91-180': 0, '181-270': 0, '271-365': 0, '365+': 0 };
  for (const lot of lots) out[bucketOf(lotAge(lot.received, at, timeZone))] += lot.units;
  return out;
}

/** Units aged more than `days` whole local days at `at` (EXC-2: > 90 excess, > 180 aged charges). */
export function unitsAgedOver(lots: readonly Lot[], at: Instant, timeZone: string, days: number): number {
  let n = 0;
  for (const lot of lots) if (lotAge(lot.received, at, timeZone) > days) n += lot.units;
  return n;
}
