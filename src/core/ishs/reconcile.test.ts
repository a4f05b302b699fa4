import { describe, expect, it } from 'vitest';
import type { InventorySnapshotFact } from '../catalog/facts.js';
import { commitmentsOf, heldUnits, uncommittedStock } from './commitments.js';
import { myiFutureSupply, reconcile } from './reconcile.js';
import { book, bookShipment, commitment, DAY, T0 } from './test-support.js';

function myi(
  at: number,
  reservedFutureSupply: number | null,
  futureSupplyBuyable: number | null,
): InventorySnapshotFact {
  return {
    sku: 'MUG-1',
    asin: 'B0MUG',
    marketplace: 'US',
    at,
    condition: 'new',
    fulfillable: 6,
    reserved: 1,
    unsellable: 2,
    warehouse: null,
    total: null,
    inboundWorking: 0,
    inboundShipped: 40,
    inboundReceiving: 0,
    researching: null,
    reservedFutureSupply,
    futureSupplyBuyable,
    fcTransfer: null,
    mfnFulfillable: null,
    yourPrice: null,
    unitVolume: null,
    volumeUnit: null,
    source: 'amazon_myi',
  };
}

describe('ISHS-5: the true available figure beside the reports’ double count', () => {
  const b = book({
    onHand: 7,
    shipments: [bookShipment({ shipmentId: 'A', units: 40 })],
    ishs: [commitment('o1', 5, T0, 'A'), commitment('o2', 3, T0, 'A')],
  });

  it('ISHS-5: available = on hand + inbound − units promised against inbound', () => {
    const r = reconcile(b, null);
    expect(r).toEqual({
      onHand: 7,
      inbound: 40,
      promisedAgainstInbound: 8,
      preorders: 0,
      available: 39,
      freeOnHand: 7,
      myi: null,
    });
  });

  it('ISHS-5: open pre-orders are promised units too', () => {
    const withPre = { ...b, campaign: { id: 'PS', releaseDay: '2026-04-01', unitsOffered: 9, live: true } };
    expect(reconcile({ ...withPre, preorders: [commitment('p', 4, T0, 'PS')] }, null).available).toBe(35);
  });

  it('ISHS-5: the latest MYI snapshot at or before the instant gives Amazon’s future-supply columns', () => {
    const snaps = [myi(T0 - 2 * DAY, 3, 20), myi(T0 - DAY, 8, 32), myi(T0 + DAY, 99, 99)];
    const m = myiFutureSupply(snaps, T0);
    expect(m).toEqual({ at: T0 - DAY, reservedFutureSupply: 8, futureSupplyBuyable: 32, onHand: 7, inbound: 40 });
    expect(reconcile(b, m).myi).toBe(m);
    expect(myiFutureSupply(snaps, T0 - 3 * DAY)).toBeNull();
    expect(myiFutureSupply([myi(T0, null, null)], T0)?.reservedFutureSupply).toBeNull();
  });
});

describe('ISHS-6: no fee and no score change; no substitute for replenishment', () => {
  it('ISHS-6: promised units and pre-orders only lower the stock left to cover future sales', () => {
    const b = book({
      onHand: 10,
      shipments: [bookShipment({ shipmentId: 'A', units: 20 })],
      ishs: [commitment('o1', 6, T0, 'A')],
      campaign: { id: 'PS', releaseDay: '2026-04-01', unitsOffered: 9, live: true },
      preorders: [commitment('p', 5, T0, 'PS')],
    });
    const c = commitmentsOf(b);
    expect(c).toEqual({ promisedUnits: 6, preorderDemand: 5 });
    // The stock counted for replenishment shrinks by what is sold already, so the reorder grows.
    expect(uncommittedStock(10, 20, c)).toBe(19);
    expect(uncommittedStock(2, 3, c)).toBe(0);
  });
});

describe('ISHS-5, PRE-3: where committed units are held', () => {
  it('ISHS-5, PRE-3: ISHS orders on their shipment; pre-orders on the inbound due by release, soonest first, then on hand', () => {
    const b = book({
      onHand: 6,
      shipments: [
        bookShipment({ shipmentId: 'LATE', units: 9, inStockDay: '2026-04-20' }),
        bookShipment({ shipmentId: 'B', units: 5, inStockDay: '2026-03-20' }),
        bookShipment({ shipmentId: 'A', units: 4, inStockDay: '2026-03-10' }),
      ],
      ishs: [commitment('o1', 2, T0, 'A'), commitment('o2', 3, T0, 'LATE')],
      campaign: { id: 'PS', releaseDay: '2026-04-01', unitsOffered: 20, live: true },
      preorders: [commitment('p1', 6, T0, 'PS'), commitment('p2', 4, T0, 'PS')],
    });
    const h = heldUnits(b);
    // 10 pre-ordered: 2 left on A (after its ISHS order), 5 on B, 3 from stock on hand; LATE is after release.
    expect([...h.byShipment].sort()).toEqual([
      ['A', 4],
      ['B', 5],
      ['LATE', 3],
    ]);
    expect(h.onHand).toBe(3);
  });
});
