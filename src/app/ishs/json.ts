// Core ISHS results (minor units, epoch ms) → the documents of documents.ts. Pure functions.
import type { Marketplace } from '../../core/catalog/marketplace.js';
import { marketplaceInfo } from '../../core/catalog/marketplace.js';
import { ishsRoom, type PromiseMove, type ShipmentView, type StockBook } from '../../core/ishs/index.js';
import { tBoth } from '../../core/messages/messages.js';
import { formatMoney } from '../../core/money/money.js';
import { isoIn } from '../pricing-json.js';
import type { AllocationDoc, CancellationDoc, MoveDoc, SettledDoc, ShipmentStatusDoc } from './documents.js';
import type { Allocated, Cancelled, SettleReport } from './record.js';

export function allocationJson(a: Allocated): AllocationDoc {
  const p = a.placed;
  return {
    orderId: p.orderId,
    sku: p.sku,
    units: p.units,
    at: isoIn(a.at, p.marketplace),
    source: p.source,
    sourceId: p.sourceId,
    promisedDelivery: a.promisedDelivery,
  };
}

export function cancellationJson(c: Cancelled): CancellationDoc {
  const p = c.placed;
  const { en, zh } = tBoth(c.reason, c.values);
  return {
    orderId: p.orderId,
    sku: p.sku,
    units: p.units,
    at: isoIn(c.at, p.marketplace),
    source: p.source,
    sourceId: p.sourceId,
    reason: c.reason,
    rule: c.rule,
    message: en,
    messageZh: zh,
    refund: formatMoney(p.paid, p.currency),
    currency: p.currency,
  };
}

export function settledJson(r: SettleReport): SettledDoc {
  return { allocated: r.allocated.map(allocationJson), cancelled: r.cancelled.map(cancellationJson) };
}

export function moveJson(m: PromiseMove): MoveDoc {
  return {
    orderId: m.orderId,
    sku: m.sku,
    units: m.units,
    prime: m.prime,
    oldInStockDay: m.oldInStockDay,
    newInStockDay: m.newInStockDay,
    oldPromise: m.oldPromise,
    newPromise: m.newPromise,
  };
}

export function shipmentStatusJson(s: ShipmentView, book: StockBook, marketplace: Marketplace): ShipmentStatusDoc {
  const iso = (t: number | null) => (t === null ? null : isoIn(t, marketplace));
  return {
    shipmentId: s.shipmentId,
    sku: s.sku,
    units: s.units,
    carrierProgram: s.carrierProgram,
    created: isoIn(s.created, marketplace),
    shipped: iso(s.shipped),
    eta: iso(s.eta),
    slips: s.slips,
    inStockDay: s.inStockDay,
    qualifies: s.qualifies,
    confident: s.confident,
    reasons: [...s.issues],
    cap: s.cap,
    promised: s.promised,
    room: s.qualifies && s.confident ? ishsRoom(book, s) : 0,
  };
}

export function currencyOf(marketplace: Marketplace) {
  return marketplaceInfo(marketplace).currency;
}
