// How In-Stock Head Start orders and pre-orders change the excess (EXC-1) and replenishment (RPL-2/RPL-3)
// figures (issue 7 item 4; ISHS-5, ISHS-6, PRE-3): units promised against inbound are not available —
// they are sold already — and open pre-orders are demand that the stock must still serve. Neither is
// a fee or a score (ISHS-6), and neither replaces a reorder: a SKU living on promised inbound still
// needs replenishing (its stock for cover is smaller, so the reorder quantity grows).
import { coversPresale, type StockBook } from './book.js';

export interface StockCommitments {
  /** Open ISHS orders: units promised against inbound shipments. */
  readonly promisedUnits: number;
  /** Open pre-orders: units sold ahead of release. */
  readonly preorderDemand: number;
}

export const NO_COMMITMENTS: StockCommitments = { promisedUnits: 0, preorderDemand: 0 };

export function commitmentsOf(book: StockBook): StockCommitments {
  return {
    promisedUnits: book.ishs.reduce((n, p) => n + p.units, 0),
    preorderDemand: book.preorders.reduce((n, p) => n + p.units, 0),
  };
}

/** Stock that still covers future sales: on hand + inbound − units already sold against them (≥ 0). */
export function uncommittedStock(onHand: number, inbound: number, c: StockCommitments): number {
  return Math.max(0, onHand + inbound - c.promisedUnits - c.preorderDemand);
}

/** Where the committed units are held: per inbound shipment, and on hand (book.ts order of cover). */
export interface HeldUnits {
  /** Units of each not-yet-received shipment already sold: ISHS orders on it + pre-orders it covers. */
  readonly byShipment: ReadonlyMap<string, number>;
  /** Units on hand held for pre-orders the inbound does not cover (book.ts reservedOnHand). */
  readonly onHand: number;
}

/**
 * ISHS-5/PRE-3: the committed units of a book, placed where they will be served from — ISHS orders on
 * their shipment; pre-orders on the shipments in stock by the release day (soonest first, after the ISHS
 * orders on them), the rest on stock on hand.
 */
export function heldUnits(book: StockBook): HeldUnits {
  const byShipment = new Map<string, number>();
  for (const p of book.ishs) byShipment.set(p.sourceId, (byShipment.get(p.sourceId) ?? 0) + p.units);
  let preorders = book.preorders.reduce((n, p) => n + p.units, 0);
  const covering = book.shipments
    .filter((s) => coversPresale(book, s))
    .sort((a, b) => (a.inStockDay ?? '').localeCompare(b.inStockDay ?? '') || a.shipmentId.localeCompare(b.shipmentId));
  for (const s of covering) {
    const held = byShipment.get(s.shipmentId) ?? 0;
    const take = Math.min(preorders, Math.max(0, s.units - held));
    if (take > 0) byShipment.set(s.shipmentId, held + take);
    preorders -= take;
  }
  return { byShipment, onHand: Math.min(book.onHand, preorders) };
}
