// The Outlet use cases over a real store (SQLite, and PostgreSQL when reachable): DEC-1 on-hand as
// core/outlet computes it from facts agrees with the store's own answer; a tick records its events,
// automatic prices and deal promotion in one import, and a second tick at the same instant records
// nothing (the store's counts do not move).
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LotFact, OrderLineFact, ShipmentFact } from '../../core/catalog/facts.js';
import { skuOnHand } from '../../core/outlet/index.js';
import { product } from '../../core/reference-prices/test-fixtures.js';
import { storeTargets, type TestStore } from '../../store/testing/stores.js';
import type { FactStore } from '../../store/types.js';
import { reviewOutletDeal, submitSku, tick } from './deals.js';

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 2, 1, 8); // 2026-03-01T00:00:00-08:00

const lotsArb = fc.array(
  fc.record({
    snapshot: fc.integer({ min: 0, max: 3 }),
    age: fc.integer({ min: 0, max: 300 }),
    units: fc.integer({ min: 0, max: 40 }),
  }),
  { maxLength: 6 },
);
const ordersArb = fc.array(
  fc.record({
    day: fc.integer({ min: -5, max: 40 }),
    units: fc.integer({ min: 1, max: 15 }),
    cancelled: fc.boolean(),
    fbm: fc.boolean(),
  }),
  { maxLength: 8 },
);
const receiptsArb = fc.array(
  fc.record({ day: fc.integer({ min: -5, max: 40 }), units: fc.integer({ min: 1, max: 30 }) }),
  {
    maxLength: 3,
  },
);

for (const target of await storeTargets()) {
  describe.skipIf(target.skip !== null)(
    `Outlet over the ${target.dialect} store${target.skip ? ` — ${target.skip}` : ''}`,
    () => {
      let t: TestStore;
      let store: FactStore;
      beforeAll(async () => {
        t = await target.create();
        store = t.store;
      });
      afterAll(async () => t?.dispose());

      it('DEC-1: on-hand computed from facts (core/outlet) equals the store’s answer', async () => {
        let run = 0;
        await fc.assert(
          fc.asyncProperty(
            lotsArb,
            ordersArb,
            receiptsArb,
            fc.integer({ min: -2, max: 45 }),
            async (lots, orders, receipts, day) => {
              const account = `onhand-${target.dialect}-${++run}`;
              const sku = 'SKU-1';
              const lotFacts: LotFact[] = lots.map((l) => ({
                sku,
                marketplace: 'US',
                at: T0 + l.snapshot * 10 * DAY,
                received: T0 + l.snapshot * 10 * DAY - l.age * DAY,
                units: l.units,
              }));
              const orderFacts: OrderLineFact[] = orders.map((o, i) => ({
                orderId: `O-${i}`,
                line: 1,
                sku,
                marketplace: 'US',
                at: T0 + o.day * DAY + 3_600_000,
                units: o.units,
                unitPrice: 1000,
                currency: 'USD',
                promotionIds: [],
                promotionDiscount: 0,
                b2b: false,
                subscribeAndSave: false,
                cancelled: o.cancelled,
                channel: o.fbm ? 'fbm' : 'fba',
              }));
              const shipmentFacts: ShipmentFact[] = receipts.map((r, i) => ({
                shipmentId: `FBA-${i}`,
                sku,
                marketplace: 'US',
                units: r.units,
                carrierProgram: 'other',
                created: T0 - 20 * DAY,
                shipped: null,
                eta: null,
                received: T0 + r.day * DAY + 7_200_000,
              }));
              await store.importFacts(
                account,
                {
                  products: [product({ sku, validFrom: T0 - 400 * DAY })],
                  lots: lotFacts,
                  orders: orderFacts,
                  shipments: shipmentFacts,
                },
                { importedAt: T0, source: 'property' },
              );
              const at = T0 + day * DAY;
              const stored = await store.onHand(account, 'US', sku, at);
              const core = skuOnHand(sku, lotFacts, orderFacts, shipmentFacts, at);
              // Lots with the same received instant merge in both; compare the units and the age profile.
              expect({ units: core.units, lots: core.lots, snapshotAt: core.snapshotAt }).toEqual({
                units: stored.units,
                lots: stored.lots,
                snapshotAt: stored.snapshotAt,
              });
            },
          ),
          { numRuns: 40 },
        );
      }, 120_000);

      it('OUT-7: a tick records once, in one import; the second tick at the same instant changes nothing', async () => {
        const account = 'tick';
        const sku = 'MUG';
        await store.importFacts(
          account,
          {
            seller: [
              {
                account,
                marketplace: 'US',
                sellingPlan: 'professional',
                sellerRating: 4.9,
                ishsEnrolled: false,
                validFrom: T0 - 400 * DAY,
              },
            ],
            products: [product({ sku, asin: 'B0MUG', validFrom: T0 - 300 * DAY })],
            prices: [{ sku, marketplace: 'US', at: T0 - 60 * DAY, price: 4000, dealId: null }],
            lots: [{ sku, marketplace: 'US', at: T0, received: T0 - 150 * DAY, units: 100 }],
            orders: [
              {
                orderId: 'O-1',
                line: 1,
                sku,
                marketplace: 'US',
                at: T0 - 10 * DAY,
                units: 2,
                unitPrice: 4000,
                currency: 'USD',
                promotionIds: [],
                promotionDiscount: 0,
                b2b: false,
                subscribeAndSave: false,
                cancelled: false,
                channel: 'fba',
              },
            ],
          },
          { importedAt: T0, source: 'setup' },
        );
        const q = (at: string) => ({ marketplace: 'US' as const, at });
        const submitted = await submitSku(store, account, sku, '28.00', q('2026-03-04T10:00:00-08:00'));
        expect(submitted.ok).toBe(true);
        const id = submitted.ok ? submitted.id : '';
        expect((await reviewOutletDeal(store, account, id, { approve: true }, q('2026-03-05'))).ok).toBe(true);
        const first = await tick(store, account, q('2026-03-09T01:00:00-07:00'));
        expect(first.transitions.map((x) => x.event)).toEqual(['started']);
        const counts = await store.countFacts(account);
        expect([counts.outlet_events, counts.prices, counts.promotions]).toEqual([3, 2, 1]);
        const second = await tick(store, account, q('2026-03-09T01:00:00-07:00'));
        expect([second.transitions, second.priceChanges]).toEqual([[], []]);
        expect(await store.countFacts(account)).toEqual(counts);
        const promotions = await store.loadFacts(account, 'promotions');
        expect(promotions.map((p) => [p.id, p.kind, p.price])).toEqual([[id, 'outlet_deal', 2800]]);
        const prices = await store.loadFacts(account, 'prices');
        expect(prices.map((p) => [p.price, p.dealId])).toEqual([
          [4000, null],
          [2800, id],
        ]);
      });
    },
  );
}
