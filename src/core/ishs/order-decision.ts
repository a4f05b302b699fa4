// Where a buyer order's units come from, or why it is refused (issue 7 item 1; ISHS-1..ISHS-4, PRE-3,
// DEC-1). The rule, in order:
//   1. the SKU has a LIVE pre-sale campaign → a pre-order (PRE-3), within the units offered (PRE-1) and
//      the cover (PRE-3: PRESALE_SOLD_OUT, PRESALE_NOT_COVERED);
//   2. enough units free on hand (not reserved for pre-orders) → from stock on hand;
//   3. some free on hand, but not enough → refused (ORDER_INSUFFICIENT_STOCK): In-Stock Head Start is for
//      an out-of-stock item (ISHS-1), and an order is never split;
//   4. out of stock → In-Stock Head Start: the account must have enrolled (ISHS-1), some inbound
//      shipment must qualify (ISHS-1 carrier program, ISHS-4 opt-out), be confident (ISHS-3) and have
//      room under its cap (ISHS-3) and the pre-orders it covers; the shipment in stock soonest is taken.
// Each refusal is a RuleIssue naming the rule; ISHS refusals also list every shipment's reasons.
import type { RuleIssue } from '../messages/messages.js';
import { ruleIssue } from '../messages/messages.js';
import { PRESALE_MESSAGES } from '../presale/messages.js';
import { ISHS_MESSAGES as M } from './messages.js';
import {
  coversPresale,
  freeOnHand,
  ishsRoom,
  preordered,
  presaleCover,
  promisedOn,
  type BookShipment,
  type StockBook,
} from './book.js';

export type OrderSource =
  | { readonly source: 'presale'; readonly campaignId: string }
  | { readonly source: 'on_hand' }
  | { readonly source: 'ishs'; readonly shipment: BookShipment };

export type OrderDecision =
  { readonly ok: true; readonly from: OrderSource } | { readonly ok: false; readonly errors: readonly RuleIssue[] };

export interface OrderAsk {
  readonly sku: string;
  readonly marketplace: string;
  readonly units: number;
  /** ISHS-1: has the account an enrolment period begun by now (even one since opted out)? */
  readonly ishsEverEnrolled: boolean;
}

const refuse = (...errors: RuleIssue[]): OrderDecision => ({ ok: false, errors });

/** PRE-1/PRE-3: may `units` more be pre-ordered? */
export function decidePreorder(book: StockBook, units: number): OrderDecision {
  const c = book.campaign;
  if (c === null || !c.live) return refuse(ruleIssue(PRESALE_MESSAGES.PRESALE_NOT_LIVE, 'PRE-3', { id: c?.id ?? '' }));
  const already = preordered(book);
  if (already + units > c.unitsOffered) {
    const values = { id: c.id, units, left: c.unitsOffered - already, unitsOffered: c.unitsOffered };
    return refuse(ruleIssue(PRESALE_MESSAGES.PRESALE_SOLD_OUT, 'PRE-1', values));
  }
  const cover = presaleCover(book);
  if (already + units > cover) {
    return refuse(
      ruleIssue(PRESALE_MESSAGES.PRESALE_NOT_COVERED, 'PRE-3', { id: c.id, units, left: cover - already, cover }),
    );
  }
  return { ok: true, from: { source: 'presale', campaignId: c.id } };
}

/** The source of an order of `ask.units` units, or the reasons it is refused. */
export function decideOrder(book: StockBook, ask: OrderAsk): OrderDecision {
  if (book.campaign?.live === true) return decidePreorder(book, ask.units);
  const free = freeOnHand(book);
  if (free >= ask.units) return { ok: true, from: { source: 'on_hand' } };
  if (free > 0) {
    return refuse(ruleIssue(M.ORDER_INSUFFICIENT_STOCK, 'DEC-1', { sku: ask.sku, units: ask.units, free }));
  }
  if (!ask.ishsEverEnrolled) return refuse(ruleIssue(M.ISHS_NOT_ENROLLED, 'ISHS-1', { marketplace: ask.marketplace }));
  if (book.shipments.length === 0) return refuse(ruleIssue(M.ISHS_NO_INBOUND, 'ISHS-1', { sku: ask.sku }));
  const qualifying = book.shipments.filter((s) => s.qualifies);
  const reasons = book.shipments.flatMap((s) => s.issues);
  if (qualifying.length === 0) {
    return refuse(ruleIssue(M.ISHS_NO_QUALIFYING_SHIPMENT, 'ISHS-1', { sku: ask.sku }), ...reasons);
  }
  const confident = qualifying.filter((s) => s.confident);
  if (confident.length === 0) {
    return refuse(ruleIssue(M.ISHS_NOT_CONFIDENT, 'ISHS-3', { sku: ask.sku }), ...reasons);
  }
  const soonest = [...confident].sort(
    (a, b) =>
      (a.inStockDay ?? '9999-12-31').localeCompare(b.inStockDay ?? '9999-12-31') ||
      a.shipmentId.localeCompare(b.shipmentId),
  );
  const taken = soonest.find((s) => ishsRoom(book, s) >= ask.units);
  if (taken !== undefined) return { ok: true, from: { source: 'ishs', shipment: taken } };
  const remaining = Math.max(...confident.map((s) => ishsRoom(book, s)));
  const byCapOnly = Math.max(...confident.map((s) => s.cap - promisedOn(book, s.shipmentId)));
  if (byCapOnly >= ask.units && confident.some((s) => coversPresale(book, s))) {
    const values = { sku: ask.sku, units: ask.units, remaining };
    return refuse(ruleIssue(M.ISHS_RESERVED_FOR_PREORDERS, 'PRE-2', values));
  }
  return refuse(ruleIssue(M.ISHS_CAP_REACHED, 'ISHS-3', { sku: ask.sku, units: ask.units, remaining }), ...reasons);
}
