import { describe, expect, it } from 'vitest';
import {
  arrive,
  freeOnHand,
  ishsRoom,
  preorderRoom,
  presaleCover,
  release,
  reservedOnHand,
  settle,
  withShipment,
  type BookCampaign,
} from './book.js';
import { ishsCap } from './sku-position.js';
import { book, bookShipment, commitment, T0, usIshs } from './test-support.js';

const campaign: BookCampaign = { id: 'PS-1', releaseDay: '2026-03-20', unitsOffered: 30, live: true };

describe('ISHS-3: orders against inbound are capped by the units in transit', () => {
  it('ISHS-3: room = cap − units already promised against the shipment', () => {
    const s = bookShipment({ shipmentId: 'A', units: 10 });
    const b = book({ shipments: [s], ishs: [commitment('o1', 4, T0, 'A'), commitment('o2', 3, T0, 'B')] });
    expect(ishsRoom(b, s)).toBe(6);
  });

  it('ISHS-3: the cap is ishsCapPctOfInTransit % of the units, rounded down', () => {
    expect(ishsCap(15, usIshs())).toBe(15);
    expect(ishsCap(15, { ishsCapPctOfInTransit: 80 })).toBe(12);
    expect(ishsCap(7, { ishsCapPctOfInTransit: 50 })).toBe(3);
  });
});

describe('ISHS-2: arrival allocates the units to the orders promised against the shipment first', () => {
  const b = book({
    onHand: 0,
    shipments: [bookShipment({ shipmentId: 'A', units: 10 })],
    ishs: [commitment('late', 2, T0 + 2, 'A'), commitment('first', 3, T0, 'A'), commitment('second', 4, T0 + 1, 'A')],
  });

  it('ISHS-2: first come, first served; the rest of the units go on hand', () => {
    const a = arrive(b, 'A', 10);
    expect(a.fulfilled.map((c) => c.orderId)).toEqual(['first', 'second', 'late']);
    expect(a.cancelled).toEqual([]);
    expect(a.book.onHand).toBe(1);
    expect(a.book.shipments).toEqual([]);
    expect(a.book.ishs).toEqual([]);
  });

  it('ISHS-2: a short receipt serves the oldest orders and cancels what it cannot serve (never split)', () => {
    const a = arrive(b, 'A', 6);
    expect(a.fulfilled.map((c) => c.orderId)).toEqual(['first', 'late']);
    expect(a.cancelled.map((c) => c.orderId)).toEqual(['second']);
    expect(a.book.onHand).toBe(1);
  });
});

describe('PRE-2: pre-sale cover, reservation on hand, and shrinking cover', () => {
  const soon = bookShipment({ shipmentId: 'SOON', units: 10, inStockDay: '2026-03-15' });
  const late = bookShipment({ shipmentId: 'LATE', units: 50, inStockDay: '2026-03-25' });

  it('PRE-2: cover = on hand + inbound in stock by the release day − what ISHS orders hold of it', () => {
    const b = book({ onHand: 5, shipments: [soon, late], campaign, ishs: [commitment('i', 4, T0, 'SOON')] });
    expect(presaleCover(b)).toBe(5 + 6);
    expect(preorderRoom(b)).toBe(11);
    expect(presaleCover(book({ onHand: 5, shipments: [soon] }))).toBe(0); // no campaign, no cover
  });

  it('PRE-2: pre-orders beyond the inbound cover reserve stock on hand; orders from stock take only the rest', () => {
    const b = book({ onHand: 8, shipments: [soon], campaign, preorders: [commitment('p1', 13, T0, 'PS-1')] });
    expect(reservedOnHand(b)).toBe(3);
    expect(freeOnHand(b)).toBe(5);
  });

  it('PRE-2: ISHS orders may not take inbound that pre-orders need (room limited by the cover)', () => {
    const b = book({ onHand: 0, shipments: [soon], campaign, preorders: [commitment('p1', 7, T0, 'PS-1')] });
    expect(ishsRoom(b, soon)).toBe(3);
    expect(ishsRoom(b, late)).toBe(50);
  });

  it('PRE-2: a delay past the release day cancels the newest pre-orders first until the cover holds', () => {
    const b = book({
      onHand: 5,
      shipments: [soon],
      campaign,
      preorders: [
        commitment('p1', 5, T0, 'PS-1'),
        commitment('p3', 3, T0 + 2, 'PS-1'),
        commitment('p2', 4, T0 + 1, 'PS-1'),
      ],
    });
    expect(settle(b).preordersCancelled).toEqual([]);
    const delayed = withShipment(b, { ...soon, inStockDay: '2026-03-21' });
    const s = settle(delayed);
    expect(s.preordersCancelled.map((c) => c.orderId)).toEqual(['p3', 'p2']);
    expect(s.book.preorders.map((c) => c.orderId)).toEqual(['p1']);
  });

  it('PRE-2: a shipment holding fewer units than promised cancels its newest ISHS orders', () => {
    const b = book({
      shipments: [bookShipment({ shipmentId: 'A', units: 4 })],
      ishs: [commitment('o1', 3, T0, 'A'), commitment('o2', 2, T0 + 1, 'A')],
    });
    const s = settle(b);
    expect(s.ishsCancelled.map((c) => c.orderId)).toEqual(['o2']);
    expect(s.book.ishs.map((c) => c.orderId)).toEqual(['o1']);
  });
});

describe('PRE-3: release serves pre-orders first come, first served; the rest are cancelled and refunded', () => {
  it('PRE-3: each pre-order takes its units if they are left; later smaller ones may still be served', () => {
    const b = book({
      onHand: 6,
      campaign,
      preorders: [
        commitment('a', 4, T0, 'PS-1'),
        commitment('b', 3, T0 + 1, 'PS-1'),
        commitment('c', 2, T0 + 2, 'PS-1'),
      ],
    });
    const r = release(b);
    expect(r.fulfilled.map((c) => c.orderId)).toEqual(['a', 'c']);
    expect(r.cancelled.map((c) => c.orderId)).toEqual(['b']);
    expect(r.book.onHand).toBe(0);
    expect(r.book.campaign).toBeNull();
  });
});
