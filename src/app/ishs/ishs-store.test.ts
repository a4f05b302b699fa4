// The ISHS and order use cases over a real store (SQLite, and PostgreSQL when reachable): arrivals
// imported from a file are allocated by the next command (ISHS-2) and DEC-1 on hand agrees; concurrent
// orders of one account are decided one at a time (ISHS-3 cap never exceeded); and a random sequence of
// orders, delays and receipts keeps units promised ≤ units covered in the reconciliation (ISHS-5).
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ShipmentFact } from '../../core/catalog/facts.js';
import { product } from '../../core/reference-prices/test-fixtures.js';
import { storeTargets, type TestStore } from '../../store/testing/stores.js';
import type { FactStore } from '../../store/types.js';
import { enrollIshs } from './enrollment.js';
import { placeOrder } from './orders.js';
import { reconcileIshs, stockCommitments, stockCommitmentsBySku } from './reconcile.js';
import { receiveShipment, updateEta } from './shipments.js';

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 2, 2, 18); // 2026-03-02T10:00:00-08:00

function shipment(o: Partial<ShipmentFact> & { shipmentId: string; sku: string }): ShipmentFact {
  return {
    marketplace: 'US',
    units: 10,
    carrierProgram: 'amazon_freight',
    created: T0 - 5 * DAY,
    shipped: T0 - 4 * DAY,
    eta: T0 + 5 * DAY,
    received: null,
    ...o,
  };
}

async function seed(store: FactStore, account: string, sku: string, shipments: ShipmentFact[]): Promise<string> {
  const asin = `B0${sku}`.slice(0, 10).padEnd(10, '0');
  await store.importFacts(
    account,
    {
      products: [product({ sku, asin, validFrom: T0 - 60 * DAY })],
      prices: [{ sku, marketplace: 'US', at: T0 - 30 * DAY, price: 2000, dealId: null }],
      lots: [{ sku, marketplace: 'US', at: T0 - DAY, received: T0 - 90 * DAY, units: 0 }],
      shipments,
    },
    { importedAt: T0 - DAY, source: 'seed' },
  );
  await enrollIshs(store, account, { marketplace: 'US', at: T0 - DAY });
  return asin;
}

const order = (store: FactStore, account: string, asin: string, at: number, units: number) =>
  placeOrder(store, account, asin, { marketplace: 'US', at, sku: null, units, prime: false, codes: [] });

for (const target of await storeTargets()) {
  describe.skipIf(target.skip !== null)(
    `ISHS over the ${target.dialect} store${target.skip ? ` — ${target.skip}` : ''}`,
    () => {
      let t: TestStore;
      let store: FactStore;
      beforeAll(async () => {
        t = await target.create();
        store = t.store;
      });
      afterAll(async () => t?.dispose());

      it('ISHS-2: a receipt imported from a file is allocated by the next command, at the receipt instant', async () => {
        const asin = await seed(store, 'a1', 'CUP', [shipment({ shipmentId: 'S1', sku: 'CUP' })]);
        expect((await order(store, 'a1', asin, T0, 3)).document.order?.source).toBe('ishs');
        expect((await order(store, 'a1', asin, T0 + 1000, 4)).document.order?.source).toBe('ishs');
        // The shipment arrives short (6 of 10), recorded by a re-import of the shipments file.
        const received = shipment({ shipmentId: 'S1', sku: 'CUP', units: 6, received: T0 + 5 * DAY });
        await store.importFacts('a1', { shipments: [received] }, { importedAt: T0 + 5 * DAY, source: 'shipments.csv' });
        const next = await order(store, 'a1', asin, T0 + 6 * DAY, 1);
        expect(next.document.settled.allocated.map((a) => [a.orderId, a.units])).toEqual([['CW-000001', 3]]);
        expect(next.document.settled.cancelled.map((c) => [c.orderId, c.reason, c.refund])).toEqual([
          ['CW-000002', 'ISHS_SHORT_RECEIPT', '80.00'],
        ]);
        expect(next.document.order?.source).toBe('on_hand');
        // DEC-1 agrees: 6 received − 3 allocated − 1 sold from stock.
        expect((await store.onHand('a1', 'US', 'CUP', T0 + 6 * DAY)).units).toBe(2);
        const orders = await store.loadFacts('a1', 'orders');
        expect(orders.map((o) => [o.orderId, o.at, o.units])).toEqual([
          ['CW-000001', T0 + 5 * DAY, 3],
          ['CW-000003', T0 + 6 * DAY, 1],
        ]);
      });

      it('ISHS-3: concurrent orders of one account are decided one at a time and never exceed the cap', async () => {
        const asin = await seed(store, 'a2', 'BOWL', [shipment({ shipmentId: 'S2', sku: 'BOWL', units: 10 })]);
        const results = await Promise.all([1, 2, 3, 4].map(() => order(store, 'a2', asin, T0, 3)));
        expect(results.filter((r) => !r.refused)).toHaveLength(3);
        expect(results.filter((r) => r.refused).map((r) => r.document.errors[0]?.code)).toEqual(['ISHS_CAP_REACHED']);
        expect(new Set(results.flatMap((r) => (r.document.order ? [r.document.order.orderId] : []))).size).toBe(3);
        expect(await stockCommitments(store, 'a2', 'US', 'BOWL', T0 + 10)).toEqual({
          promisedUnits: 9,
          preorderDemand: 0,
        });
        // An order dated before the last one recorded would be decided without it: refused as bad input.
        await expect(order(store, 'a2', asin, T0 - 1, 1)).rejects.toThrow(/recorded in time order/);
        const bySku = await stockCommitmentsBySku(store, 'a2', null, T0 + 10);
        expect([...bySku]).toEqual([['US:BOWL', { promisedUnits: 9, preorderDemand: 0 }]]);
      });

      it('ISHS-3, ISHS-5: whatever the orders, delays and receipts, promised never exceeds covered', async () => {
        let run = 0;
        await fc.assert(
          fc.asyncProperty(
            fc.array(
              fc.oneof(
                fc.record({ t: fc.constant('order' as const), units: fc.integer({ min: 1, max: 6 }) }),
                fc.record({ t: fc.constant('delay' as const), ship: fc.nat(1), days: fc.integer({ min: 1, max: 6 }) }),
                fc.record({
                  t: fc.constant('receive' as const),
                  ship: fc.nat(1),
                  short: fc.integer({ min: 0, max: 5 }),
                }),
              ),
              { maxLength: 8 },
            ),
            async (ops) => {
              const account = `p${++run}`;
              const sku = `SKU${run}`;
              const ships = [
                shipment({ shipmentId: `${sku}-A`, sku, units: 8 }),
                shipment({ shipmentId: `${sku}-B`, sku, units: 5, eta: T0 + 9 * DAY }),
              ];
              const asin = await seed(store, account, sku, ships);
              const received = new Set<string>();
              for (const [i, o] of ops.entries()) {
                const at = T0 + i * 3_600_000;
                if (o.t === 'order') await order(store, account, asin, at, o.units);
                else {
                  const s = ships[o.ship]!;
                  if (received.has(s.shipmentId)) continue;
                  if (o.t === 'delay')
                    await updateEta(store, account, s.shipmentId, {
                      marketplace: 'US',
                      at,
                      eta: new Date(T0 + (5 + o.days) * DAY).toISOString(),
                    });
                  else {
                    received.add(s.shipmentId);
                    await receiveShipment(store, account, s.shipmentId, {
                      marketplace: 'US',
                      at,
                      units: Math.max(0, s.units - o.short),
                      sku: null,
                    });
                  }
                }
                const rec = await reconcileIshs(store, account, { marketplace: 'US', at });
                const row = rec.rows[0]!;
                expect(row.promisedAgainstInbound).toBeLessThanOrEqual(row.inbound);
                expect(row.available).toBe(row.onHand + row.inbound - row.promisedAgainstInbound);
              }
            },
          ),
          { numRuns: 12 },
        );
      });
    },
  );
}
