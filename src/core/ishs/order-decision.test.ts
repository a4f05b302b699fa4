import { describe, expect, it } from 'vitest';
import type { RuleIssue } from '../messages/messages.js';
import type { BookCampaign } from './book.js';
import { decideOrder, decidePreorder, type OrderDecision } from './order-decision.js';
import { book, bookShipment, commitment, T0 } from './test-support.js';

const ask = (units: number, ishsEverEnrolled = true) => ({ sku: 'MUG-1', marketplace: 'US', units, ishsEverEnrolled });
const codes = (d: OrderDecision) => (d.ok ? [] : d.errors.map((e: RuleIssue) => `${e.code}/${e.rule}`));
const live: BookCampaign = { id: 'PS-1', releaseDay: '2026-03-20', unitsOffered: 10, live: true };
const notConfident = {
  confident: false,
  issues: [{ code: 'ISHS_NOT_SHIPPED', rule: 'ISHS-3', message: '', messageZh: '', values: {} }],
};

describe('DEC-1: orders from stock on hand', () => {
  it('DEC-1: an order the free stock can serve is taken from stock on hand', () => {
    expect(decideOrder(book({ onHand: 3 }), ask(3))).toEqual({ ok: true, from: { source: 'on_hand' } });
  });

  it('DEC-1, ISHS-1: some stock but not enough is refused — ISHS is for out-of-stock items and orders are never split', () => {
    const d = decideOrder(book({ onHand: 2, shipments: [bookShipment({ shipmentId: 'A', units: 50 })] }), ask(3));
    expect(codes(d)).toEqual(['ORDER_INSUFFICIENT_STOCK/DEC-1']);
    expect(d.ok ? null : d.errors[0]?.values).toEqual({ sku: 'MUG-1', units: 3, free: 2 });
  });
});

describe('ISHS-1: an out-of-stock item with a qualifying inbound shipment can be bought', () => {
  it('ISHS-1: out of stock and enrolled → promised against the qualifying shipment', () => {
    const s = bookShipment({ shipmentId: 'A', units: 50 });
    expect(decideOrder(book({ shipments: [s] }), ask(2))).toEqual({ ok: true, from: { source: 'ishs', shipment: s } });
  });

  it('ISHS-1: refused when the account never enrolled, when nothing is inbound, when no shipment qualifies', () => {
    const s = bookShipment({ shipmentId: 'A', units: 50 });
    expect(codes(decideOrder(book({ shipments: [s] }), ask(1, false)))).toEqual(['ISHS_NOT_ENROLLED/ISHS-1']);
    expect(codes(decideOrder(book(), ask(1)))).toEqual(['ISHS_NO_INBOUND/ISHS-1']);
    const reason = { code: 'ISHS_CARRIER_NOT_QUALIFYING', rule: 'ISHS-1', message: '', messageZh: '', values: {} };
    const d = decideOrder(book({ shipments: [{ ...s, qualifies: false, issues: [reason] }] }), ask(1));
    expect(codes(d)).toEqual(['ISHS_NO_QUALIFYING_SHIPMENT/ISHS-1', 'ISHS_CARRIER_NOT_QUALIFYING/ISHS-1']);
  });
});

describe('ISHS-3: capped by the units in transit, withheld when the estimate is not confident', () => {
  it('ISHS-3: withheld when no qualifying shipment is confident, listing why', () => {
    const s = bookShipment({ shipmentId: 'A', units: 50, ...notConfident });
    expect(codes(decideOrder(book({ shipments: [s] }), ask(1)))).toEqual([
      'ISHS_NOT_CONFIDENT/ISHS-3',
      'ISHS_NOT_SHIPPED/ISHS-3',
    ]);
  });

  it('ISHS-3: the shipment in stock soonest with room is taken; refused once every cap is reached', () => {
    const a = bookShipment({ shipmentId: 'A', units: 5, inStockDay: '2026-03-08' });
    const b = bookShipment({ shipmentId: 'B', units: 5, inStockDay: '2026-03-12' });
    const c = bookShipment({ shipmentId: 'C', units: 9, inStockDay: '2026-03-05', ...notConfident });
    const full = book({ shipments: [b, a, c], ishs: [commitment('o1', 4, T0, 'A')] });
    expect(decideOrder(full, ask(1))).toMatchObject({
      ok: true,
      from: { source: 'ishs', shipment: { shipmentId: 'A' } },
    });
    expect(decideOrder(full, ask(2))).toMatchObject({
      ok: true,
      from: { source: 'ishs', shipment: { shipmentId: 'B' } },
    });
    const d = decideOrder(full, ask(6));
    expect(codes(d)[0]).toBe('ISHS_CAP_REACHED/ISHS-3');
    expect(d.ok ? null : d.errors[0]?.values).toEqual({ sku: 'MUG-1', units: 6, remaining: 5 });
  });

  it('PRE-2: inbound that covers pre-orders is not promised again to ISHS orders', () => {
    const a = bookShipment({ shipmentId: 'A', units: 10, inStockDay: '2026-03-10' });
    const b = book({ shipments: [a], campaign: { ...live, live: false }, preorders: [commitment('p', 8, T0, 'PS-1')] });
    expect(codes(decideOrder(b, ask(3)))).toEqual(['ISHS_RESERVED_FOR_PREORDERS/PRE-2']);
    expect(decideOrder(b, ask(2)).ok).toBe(true);
  });
});

describe('PRE-1, PRE-3: pre-orders while a campaign is live', () => {
  it('PRE-3: a live campaign takes the order as a pre-order, even with stock on hand', () => {
    const b = book({ onHand: 30, campaign: live });
    expect(decideOrder(b, ask(2))).toEqual({ ok: true, from: { source: 'presale', campaignId: 'PS-1' } });
  });

  it('PRE-1: never more than the units offered', () => {
    const b = book({ onHand: 30, campaign: live, preorders: [commitment('p', 8, T0, 'PS-1')] });
    expect(codes(decidePreorder(b, 3))).toEqual(['PRESALE_SOLD_OUT/PRE-1']);
    expect(decidePreorder(b, 2).ok).toBe(true);
  });

  it('PRE-3: never more than the units covered', () => {
    const b = book({ onHand: 4, campaign: live, preorders: [commitment('p', 3, T0, 'PS-1')] });
    const d = decidePreorder(b, 2);
    expect(codes(d)).toEqual(['PRESALE_NOT_COVERED/PRE-3']);
    expect(d.ok ? null : d.errors[0]?.values).toEqual({ id: 'PS-1', units: 2, left: 1, cover: 4 });
  });

  it('PRE-3: no pre-order unless the campaign is live', () => {
    expect(codes(decidePreorder(book({ onHand: 9, campaign: { ...live, live: false } }), 1))).toEqual([
      'PRESALE_NOT_LIVE/PRE-3',
    ]);
    expect(codes(decidePreorder(book({ onHand: 9 }), 1))).toEqual(['PRESALE_NOT_LIVE/PRE-3']);
  });
});
