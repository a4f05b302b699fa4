// The store suite, streaming imports (importFactStream): a stream of batches counts as one batch, runs
// in one transaction (a failing source stores nothing), and its look-ups run inside that transaction.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FactBatch, FactStore } from './types.js';
import { manyOrders, sampleOrder, sampleProduct, SAMPLE_DAY, SAMPLE_T0 } from './testing/sample-facts.js';
import { sampleReportFacts } from './testing/report-samples.js';
import { storeTargets, type TestStore } from './testing/stores.js';

const OPTIONS = { importedAt: SAMPLE_T0 + 1000, source: 'stream.tsv' };

async function* batches(...items: FactBatch[]): AsyncIterable<FactBatch> {
  for (const item of items) yield item;
}

function inSlices<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

for (const target of await storeTargets()) {
  describe.skipIf(target.skip !== null)(
    `streaming imports on ${target.dialect}${target.skip ? ` — ${target.skip}` : ''}`,
    () => {
      let t: TestStore;
      let store: FactStore;
      let n = 0;
      const account = () => `acct-stream-${++n}`;
      beforeAll(async () => {
        t = await target.create();
        store = t.store;
      });
      afterAll(() => t?.dispose());

      it('a stream counts as one batch: keys met again in a later batch are updates or duplicates', async () => {
        const a = account();
        const orders = manyOrders(2500);
        const changed = { ...orders[10]!, units: 99 };
        const counts = await store.importFactStream(
          a,
          () => batches(...inSlices(orders, 700).map((o) => ({ orders: o })), { orders: [orders[5]!, changed] }),
          OPTIONS,
        );
        expect(counts.orders).toEqual({ added: 2500, updated: 1, duplicates: 1 });
        expect((await store.countFacts(a)).orders).toBe(2500);
        const again = await store.importFactStream(
          a,
          () => batches(...inSlices(orders, 1000).map((o) => ({ orders: o }))),
          OPTIONS,
        );
        expect(again.orders).toEqual({ added: 0, updated: 1, duplicates: 2499 });
        expect(await store.importFactStream(a, () => batches(), OPTIONS)).toEqual({});
      });

      it('agrees with importFacts on the same facts, products (versioned) included', async () => {
        const a = account();
        const b = account();
        const products = [sampleProduct(), sampleProduct({ sku: 'SKU-2', rating: 3.1 })];
        const orders = manyOrders(300);
        const one = await store.importFacts(a, { products, orders }, OPTIONS);
        const streamed = await store.importFactStream(
          b,
          () =>
            batches(
              { products: products.slice(0, 1) },
              { orders: orders.slice(0, 100) },
              { products: products.slice(1), orders: orders.slice(100) },
            ),
          OPTIONS,
        );
        expect(streamed).toEqual(one);
        expect(await store.loadFacts(b, 'products')).toEqual(await store.loadFacts(a, 'products'));
      });

      it('a source that throws after some batches stores nothing of the stream', async () => {
        const a = account();
        await store.importFacts(a, { orders: [sampleOrder()] }, OPTIONS);
        async function* failing(): AsyncIterable<FactBatch> {
          yield { orders: manyOrders(1200) };
          throw new Error('bad row at line 1201');
        }
        await expect(store.importFactStream(a, failing, OPTIONS)).rejects.toThrow('bad row at line 1201');
        expect((await store.countFacts(a)).orders).toBe(1);
      });

      it('look-ups run in the transaction: products, the price in force, the previous snapshot', async () => {
        const a = account();
        const { inventory_snapshots: snapshots } = sampleReportFacts(SAMPLE_T0);
        const first = snapshots[0]!;
        await store.importFacts(
          a,
          {
            products: [sampleProduct(), sampleProduct({ marketplace: 'DE', sku: 'SKU-1' })],
            inventory_snapshots: [first, { ...first, sku: 'SKU-2' }, { ...first, sku: 'SKU-3', marketplace: 'DE' }],
          },
          OPTIONS,
        );
        const seen: unknown[] = [];
        await store.importFactStream(
          a,
          async function* (lookups) {
            yield { prices: [{ sku: 'SKU-1', marketplace: 'US', at: SAMPLE_T0, price: 2499, dealId: null }] };
            seen.push(await lookups.priceAt('US', 'SKU-1', SAMPLE_T0 + SAMPLE_DAY));
            seen.push(await lookups.priceAt('US', 'SKU-1', SAMPLE_T0 - 1));
            seen.push(await lookups.marketplacesOfSku('SKU-1'));
            seen.push(await lookups.marketplacesOfAsin('B000000001'));
            seen.push(await lookups.previousSnapshot('inventory_snapshots', 'US', SAMPLE_T0 + SAMPLE_DAY));
            seen.push(await lookups.previousSnapshot('inventory_snapshots', 'US', SAMPLE_T0));
            seen.push(await lookups.previousSnapshot('inventory_snapshots', 'DE', SAMPLE_T0 + 1));
          },
          OPTIONS,
        );
        expect(seen).toEqual([
          2499,
          null,
          ['DE', 'US'],
          ['DE', 'US'],
          { at: SAMPLE_T0, rows: 2 },
          null,
          { at: SAMPLE_T0, rows: 1 },
        ]);
      });

      it('soldItems: every SKU and ASIN of the account with the marketplaces the one-by-one look-ups give', async () => {
        const a = account();
        const products = [
          sampleProduct(),
          sampleProduct({ marketplace: 'DE', sku: 'SKU-1', validFrom: SAMPLE_T0 + SAMPLE_DAY }),
          sampleProduct({ marketplace: 'UK', sku: 'SKU-1', asin: 'B000000009' }),
          sampleProduct({ sku: 'SKU-2', asin: 'B000000002' }),
        ];
        await store.importFacts(a, { products }, OPTIONS);
        await store.importFacts(account(), { products: [sampleProduct({ sku: 'SKU-3' })] }, OPTIONS);
        await store.importFactStream(
          a,
          // eslint-disable-next-line require-yield
          async function* (lookups) {
            const sold = await lookups.soldItems();
            expect([...sold.bySku.keys()].sort()).toEqual(['SKU-1', 'SKU-2']);
            expect([...sold.byAsin.keys()].sort()).toEqual(['B000000001', 'B000000002', 'B000000009']);
            for (const [sku, marketplaces] of sold.bySku)
              expect(marketplaces).toEqual(await lookups.marketplacesOfSku(sku));
            for (const [asin, marketplaces] of sold.byAsin) {
              expect(marketplaces).toEqual(await lookups.marketplacesOfAsin(asin));
            }
            expect(sold.bySku.get('SKU-1')).toEqual(['DE', 'UK', 'US']);
          },
          OPTIONS,
        );
      });
    },
  );
}
