// DEC-1 on-hand at an instant, answered by the store: the latest lots snapshot at or before T, minus
// units of non-cancelled FBA orders placed after it (oldest units first, never below 0), plus units of
// shipments received after it (each a new lot dated at its receipt). The rows involved are few per
// SKU, so the arithmetic runs here in TypeScript over rows loaded with three indexed queries.
import type { Instant } from '../core/catalog/facts.js';
import type { Marketplace } from '../core/catalog/marketplace.js';
import { boolParam, factDb, type StoreDb } from './db.js';
import type { Dialect } from './fact-rows.js';
import type { OnHand } from './types.js';

export interface OnHandMovement {
  readonly at: Instant;
  /** Units received (> 0 adds a lot dated `at`) or sold (< 0, taken from the oldest lots). */
  readonly units: number;
}

/**
 * DEC-1 arithmetic: start from the snapshot's lots, apply receipts and sales in time order (a receipt
 * before a sale at the same instant), take sold units from the oldest lots first, never below zero.
 * Lots with no units left are dropped; lots with the same received instant are merged.
 */
export function applyMovements(
  snapshot: readonly { readonly received: Instant; readonly units: number }[],
  movements: readonly OnHandMovement[],
): { received: Instant; units: number }[] {
  const lots = new Map<Instant, number>();
  for (const lot of snapshot) lots.set(lot.received, (lots.get(lot.received) ?? 0) + lot.units);
  const ordered = [...movements].sort((a, b) => a.at - b.at || b.units - a.units);
  for (const m of ordered) {
    if (m.units > 0) {
      lots.set(m.at, (lots.get(m.at) ?? 0) + m.units);
      continue;
    }
    let toTake = -m.units;
    for (const received of [...lots.keys()].sort((a, b) => a - b)) {
      if (toTake === 0) break;
      const units = lots.get(received) ?? 0;
      const taken = Math.min(units, toTake);
      lots.set(received, units - taken);
      toTake -= taken;
    }
  }
  return [...lots]
    .filter(([, units]) => units > 0)
    .sort(([a], [b]) => a - b)
    .map(([received, units]) => ({ received, units }));
}

export async function queryOnHand(
  db: StoreDb,
  dialect: Dialect,
  accountId: number | null,
  marketplace: Marketplace,
  sku: string,
  at: Instant,
): Promise<OnHand> {
  const none: OnHand = { sku, marketplace, at, snapshotAt: null, units: 0, lots: [] };
  if (accountId === null) return none;
  const fdb = factDb(db);
  const scoped = (table: string) =>
    fdb
      .selectFrom(table)
      .where('account_id', '=', accountId)
      .where('marketplace', '=', marketplace)
      .where('sku', '=', sku);
  const latest = await scoped('lots')
    .select('at')
    .where('at', '<=', at)
    .orderBy('at', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!latest) return none;
  const snapshotAt = Number(latest.at);
  const [lots, orders, receipts] = await Promise.all([
    scoped('lots').select(['received', 'units']).where('at', '=', snapshotAt).execute(),
    scoped('orders')
      .select(['at', 'units'])
      .where('channel', '=', 'fba')
      .where('cancelled', '=', boolParam(dialect, false))
      .where('at', '>', snapshotAt)
      .where('at', '<=', at)
      .execute(),
    scoped('shipments')
      .select(['received', 'units'])
      .where('received', '>', snapshotAt)
      .where('received', '<=', at)
      .execute(),
  ]);
  const result = applyMovements(
    lots.map((l) => ({ received: Number(l.received), units: Number(l.units) })),
    [
      ...orders.map((o) => ({ at: Number(o.at), units: -Number(o.units) })),
      ...receipts.map((s) => ({ at: Number(s.received), units: Number(s.units) })),
    ],
  );
  return { sku, marketplace, at, snapshotAt, units: result.reduce((n, l) => n + l.units, 0), lots: result };
}
