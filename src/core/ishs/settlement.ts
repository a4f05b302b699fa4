// What must be recorded to bring a SKU's promises up to date at an instant: arrivals not yet allocated
// (ISHS-2: received units go to the orders promised against the shipment first, first come first
// served; a short receipt cancels what it cannot serve), then cover that shrank (PRE-2: newest first).
// Pure: the app records the plan (promise events and, for allocations, the orders facts).
import type { Instant, LocalDay } from '../catalog/facts.js';
import type { IshsRules } from '../rules/schema.js';
import { arrive, presaleCover, settle, type BookCommitment, type StockBook } from './book.js';
import { currentPromise } from './promises.js';
import type { OpenPromise, SkuPosition } from './sku-position.js';

export interface PlannedAllocation {
  readonly promise: OpenPromise;
  readonly at: Instant;
  /** ISHS-2: the delivery day promised by then (recomputed from the ETA history). */
  readonly promisedDelivery: LocalDay | null;
}

export type CancelReason = 'ISHS_SHORT_RECEIPT' | 'ISHS_SHIPMENT_SHRANK' | 'PRESALE_COVER_SHRANK';

export interface PlannedCancellation {
  readonly promise: OpenPromise;
  readonly at: Instant;
  readonly reason: CancelReason;
  readonly rule: string;
  readonly values: Readonly<Record<string, unknown>>;
}

export interface SettlementPlan {
  readonly allocations: readonly PlannedAllocation[];
  readonly cancellations: readonly PlannedCancellation[];
  /** The book once the plan is recorded. */
  readonly book: StockBook;
}

export function planSettlement(position: SkuPosition, timeZone: string, rules: IshsRules): SettlementPlan {
  const byId = new Map(position.open.map((p) => [p.orderId, p]));
  const promiseOf = (c: BookCommitment): OpenPromise => byId.get(c.orderId)!;
  const allocations: PlannedAllocation[] = [];
  const cancellations: PlannedCancellation[] = [];
  let book = position.book;
  for (const arrival of position.pendingArrivals) {
    const a = arrive(book, arrival.shipmentId, arrival.units);
    book = a.book;
    for (const c of a.fulfilled) {
      const promise = promiseOf(c);
      const promisedDelivery = currentPromise(promise, position, timeZone, rules);
      allocations.push({ promise, at: arrival.received, promisedDelivery });
    }
    for (const c of a.cancelled) {
      const values = { shipmentId: arrival.shipmentId, received: arrival.units };
      cancellations.push({
        promise: promiseOf(c),
        at: arrival.received,
        reason: 'ISHS_SHORT_RECEIPT',
        rule: 'ISHS-2',
        values,
      });
    }
  }
  const s = settle(book);
  for (const c of s.ishsCancelled) {
    const units = book.shipments.find((x) => x.shipmentId === c.sourceId)?.units ?? 0;
    const values = { shipmentId: c.sourceId, units };
    cancellations.push({
      promise: promiseOf(c),
      at: position.at,
      reason: 'ISHS_SHIPMENT_SHRANK',
      rule: 'ISHS-3',
      values,
    });
  }
  for (const c of s.preordersCancelled) {
    const values = { id: c.sourceId, cover: presaleCover(s.book) };
    cancellations.push({
      promise: promiseOf(c),
      at: position.at,
      reason: 'PRESALE_COVER_SHRANK',
      rule: 'PRE-2',
      values,
    });
  }
  return { allocations, cancellations, book: s.book };
}
