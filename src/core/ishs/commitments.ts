// How In-Stock Head Start orders and pre-orders change the excess (EXC-1) and replenishment (RPL-2/RPL-3)
// figures (issue 7 item 4; ISHS-5, ISHS-6, PRE-3): units promised against inbound are not available —
// they are sold already — and open pre-orders are demand that the stock must still serve. Neither is
// a fee or a score (ISHS-6), and neither replaces a reorder: a SKU living on promised inbound still
// needs replenishing (its stock for cover is smaller, so the reorder quantity grows).
import type { StockBook } from './book.js';

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
