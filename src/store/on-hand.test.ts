// The store suite, part 3: DEC-1 on-hand at an instant, on SQLite and PostgreSQL (and its arithmetic alone).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ShipmentFact } from '../core/catalog/facts.js';
import { applyMovements } from './on-hand.js';
import { sampleLot, sampleOrder, SAMPLE_DAY } from './testing/sample-facts.js';
import { storeTargets, type TestStore } from './testing/stores.js';
import type { FactStore } from './types.js';

const DAY = SAMPLE_DAY;
const S = Date.UTC(2025, 5, 1); // the snapshot instant
const OLD = S - 200 * DAY;
const NEW = S - 20 * DAY;
const OPTIONS = { importedAt: S, source: 'on-hand.csv' };

function shipment(overrides: Partial<ShipmentFact>): ShipmentFact {
  return {
    shipmentId: 'FBA1',
    sku: 'SKU-1',
    marketplace: 'US',
    units: 50,
    carrierProgram: 'amazon_freight',
    created: S - 30 * DAY,
    shipped: S - 25 * DAY,
    eta: S + 5 * DAY,
    received: S + 5 * DAY,
    ...overrides,
  };
}

let orderNo = 0;
const order = (at: number, units: number, extra: Parameters<typeof sampleOrder>[0] = {}) =>
  sampleOrder({ orderId: `O-${++orderNo}`, line: 1, at, units, ...extra });

describe('DEC-1 arithmetic (applyMovements)', () => {
  it('DEC-1: sales take the oldest units first and never go below zero', () => {
    const lots = [
      { received: NEW, units: 10 },
      { received: OLD, units: 4 },
    ];
    expect(applyMovements(lots, [{ at: S + 1, units: -5 }])).toEqual([{ received: NEW, units: 9 }]);
    expect(applyMovements(lots, [{ at: S + 1, units: -50 }])).toEqual([]);
  });

  it('DEC-1: a receipt is a new lot dated at receipt; at the same instant it comes before a sale', () => {
    expect(
      applyMovements(
        [{ received: OLD, units: 1 }],
        [
          { at: S + 2, units: -3 },
          { at: S + 2, units: 5 },
          { at: S + 1, units: -1 },
        ],
      ),
    ).toEqual([{ received: S + 2, units: 2 }]);
  });
});

for (const target of await storeTargets()) {
  describe.skipIf(target.skip !== null)(
    `store on-hand (DEC-1) on ${target.dialect}${target.skip ? ` — ${target.skip}` : ''}`,
    () => {
      let t: TestStore;
      let store: FactStore;
      let n = 0;
      const account = () => `acct-onhand-${++n}`;
      beforeAll(async () => {
        t = await target.create();
        store = t.store;
      });
      afterAll(() => t?.dispose());

      const snapshot = [
        sampleLot({ at: S, received: OLD, units: 4 }),
        sampleLot({ at: S, received: NEW, units: 10 }),
        // Another SKU and another marketplace in the same snapshot must not mix in.
        sampleLot({ at: S, sku: 'SKU-2', received: OLD, units: 99 }),
        sampleLot({ at: S, marketplace: 'CA', received: OLD, units: 77 }),
      ];

      it('DEC-1: the snapshot alone, lots oldest first', async () => {
        const acct = account();
        await store.importFacts(acct, { lots: snapshot }, OPTIONS);
        expect(await store.onHand(acct, 'US', 'SKU-1', S + DAY)).toEqual({
          sku: 'SKU-1',
          marketplace: 'US',
          at: S + DAY,
          snapshotAt: S,
          units: 14,
          lots: [
            { received: OLD, units: 4 },
            { received: NEW, units: 10 },
          ],
        });
        expect((await store.onHand(acct, 'US', 'SKU-1', S)).units).toBe(14);
      });

      it('DEC-1: the latest snapshot at or before T; none → 0 units and snapshotAt null', async () => {
        const acct = account();
        const later = S + 10 * DAY;
        await store.importFacts(
          acct,
          { lots: [...snapshot, sampleLot({ at: later, received: NEW, units: 3 })] },
          OPTIONS,
        );
        expect((await store.onHand(acct, 'US', 'SKU-1', later - 1)).snapshotAt).toBe(S);
        expect(await store.onHand(acct, 'US', 'SKU-1', later)).toMatchObject({ snapshotAt: later, units: 3 });
        // No snapshot at or before T: nothing, even with orders and receipts on record.
        await store.importFacts(
          acct,
          { orders: [order(S - 2 * DAY, 1)], shipments: [shipment({ received: S - DAY })] },
          OPTIONS,
        );
        expect(await store.onHand(acct, 'US', 'SKU-1', S - 1)).toEqual({
          sku: 'SKU-1',
          marketplace: 'US',
          at: S - 1,
          snapshotAt: null,
          units: 0,
          lots: [],
        });
        expect((await store.onHand(acct, 'US', 'SKU-404', later)).snapshotAt).toBeNull();
      });

      it('DEC-1: orders after the snapshot and at or before T are taken from the oldest lot first', async () => {
        const acct = account();
        await store.importFacts(
          acct,
          {
            lots: snapshot,
            orders: [
              order(S, 7), // at the snapshot instant: already in it
              order(S + DAY, 3),
              order(S + 2 * DAY, 2),
              order(S + 9 * DAY, 1), // after T
              order(S + DAY, 5, { sku: 'SKU-2' }),
            ],
          },
          OPTIONS,
        );
        expect(await store.onHand(acct, 'US', 'SKU-1', S + 2 * DAY)).toMatchObject({
          units: 9,
          lots: [{ received: NEW, units: 9 }],
        });
        expect((await store.onHand(acct, 'US', 'SKU-2', S + 2 * DAY)).units).toBe(94);
      });

      it('DEC-1: cancelled and FBM orders do not reduce on-hand', async () => {
        const acct = account();
        await store.importFacts(
          acct,
          {
            lots: snapshot,
            orders: [order(S + DAY, 6, { cancelled: true }), order(S + DAY, 6, { channel: 'fbm' }), order(S + DAY, 1)],
          },
          OPTIONS,
        );
        expect(await store.onHand(acct, 'US', 'SKU-1', S + 3 * DAY)).toMatchObject({
          units: 13,
          lots: [
            { received: OLD, units: 3 },
            { received: NEW, units: 10 },
          ],
        });
      });

      it('DEC-1: a shipment received after the snapshot adds a lot dated at its receipt', async () => {
        const acct = account();
        const received = S + 5 * DAY;
        await store.importFacts(
          acct,
          {
            lots: snapshot,
            shipments: [
              shipment({ received }),
              shipment({ shipmentId: 'FBA0', received: S - DAY }), // before the snapshot: already counted in it
              shipment({ shipmentId: 'FBA2', received: null }), // not received yet
              shipment({ shipmentId: 'FBA3', received: S + 30 * DAY }), // after T
            ],
            // Sales exhaust the snapshot before the receipt, then eat into the new lot.
            orders: [order(S + DAY, 20), order(S + 6 * DAY, 8)],
          },
          OPTIONS,
        );
        expect(await store.onHand(acct, 'US', 'SKU-1', S + 4 * DAY)).toMatchObject({ units: 0, lots: [] });
        expect(await store.onHand(acct, 'US', 'SKU-1', S + 10 * DAY)).toMatchObject({
          snapshotAt: S,
          units: 42,
          lots: [{ received, units: 42 }],
        });
      });

      it('DEC-1: never below zero', async () => {
        const acct = account();
        await store.importFacts(acct, { lots: snapshot, orders: [order(S + DAY, 500)] }, OPTIONS);
        expect(await store.onHand(acct, 'US', 'SKU-1', S + 2 * DAY)).toMatchObject({
          snapshotAt: S,
          units: 0,
          lots: [],
        });
      });
    },
  );
}
