// ISHS-2 promised delivery days of open orders, recomputed from the facts as of an instant: an ISHS order
// from its shipment's in-stock day (the ETA as then known), a pre-order from its campaign's release day,
// an order from stock on hand from its own day. When a shipment is late every affected open order is
// listed with its old and new promise.
import type { LocalDay } from '../catalog/facts.js';
import { localDay } from '../calendar/calendar.js';
import type { IshsRules } from '../rules/schema.js';
import { promisedDelivery } from './estimate.js';
import type { OpenPromise, SkuPosition } from './sku-position.js';

/** The day a promised order's units are ready to ship, as known in this position; null when unknown. */
export function readyDay(p: OpenPromise, position: SkuPosition, timeZone: string): LocalDay | null {
  if (p.placed.source === 'ishs')
    return position.shipments.find((s) => s.shipmentId === p.sourceId)?.inStockDay ?? null;
  if (p.placed.source === 'presale') {
    const c = position.campaign;
    return c !== null && c.fact.id === p.sourceId ? localDay(c.fact.releaseAt, timeZone) : null;
  }
  return localDay(p.placedAt, timeZone);
}

/** ISHS-2: the delivery day promised now to an open order (its placement promise when not recomputable). */
export function currentPromise(
  p: OpenPromise,
  position: SkuPosition,
  timeZone: string,
  rules: IshsRules,
): LocalDay | null {
  const ready = readyDay(p, position, timeZone);
  return ready === null ? p.placed.promisedDelivery : promisedDelivery(ready, p.placed.prime, rules);
}

export interface PromiseMove {
  readonly orderId: string;
  readonly sku: string;
  readonly units: number;
  readonly prime: boolean;
  readonly source: OpenPromise['placed']['source'];
  readonly sourceId: string;
  readonly oldInStockDay: LocalDay | null;
  readonly newInStockDay: LocalDay | null;
  readonly oldPromise: LocalDay | null;
  readonly newPromise: LocalDay | null;
}

/** ISHS-2: open orders whose promise differs between two positions of the same SKU (e.g. before/after a delay). */
export function movedPromises(
  before: SkuPosition,
  after: SkuPosition,
  timeZone: string,
  rules: IshsRules,
): PromiseMove[] {
  const moves: PromiseMove[] = [];
  for (const p of before.open) {
    const still = after.open.find((q) => q.orderId === p.orderId);
    if (still === undefined) continue;
    const oldPromise = currentPromise(p, before, timeZone, rules);
    const newPromise = currentPromise(still, after, timeZone, rules);
    if (oldPromise === newPromise) continue;
    moves.push({
      orderId: p.orderId,
      sku: p.placed.sku,
      units: p.units,
      prime: p.placed.prime,
      source: p.placed.source,
      sourceId: p.sourceId,
      oldInStockDay: readyDay(p, before, timeZone),
      newInStockDay: readyDay(still, after, timeZone),
      oldPromise,
      newPromise,
    });
  }
  return moves;
}
