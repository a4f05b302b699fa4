// The store suite, part 1: imports (idempotent, one transaction) and loads, on SQLite and PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FACT_KINDS, type FactKind, type FactsByKind } from '../core/catalog/facts.js';
import { FACT_TABLES } from './fact-tables.js';
import { manyOrders, sampleBatch, sampleOrder, SAMPLE_DAY, SAMPLE_T0 } from './testing/sample-facts.js';
import { storeTargets, type TestStore } from './testing/stores.js';
import type { FactBatch, FactStore } from './types.js';

/** Facts sorted as loadFacts promises: by the kind's order fields, strings by bytes. */
function inNaturalOrder<K extends FactKind>(kind: K, facts: readonly FactsByKind[K][]): FactsByKind[K][] {
  const fields = FACT_TABLES[kind].order;
  const cmp = (x: unknown, y: unknown): number =>
    typeof x === 'string' && typeof y === 'string'
      ? Buffer.compare(Buffer.from(x), Buffer.from(y))
      : Number(x) - Number(y);
  return [...facts].sort((a, b) => {
    for (const f of fields) {
      const c = cmp((a as unknown as Record<string, unknown>)[f], (b as unknown as Record<string, unknown>)[f]);
      if (c !== 0) return c;
    }
    return 0;
  });
}

const OPTIONS = { importedAt: SAMPLE_T0 + 1000, source: 'test.csv' };

for (const target of await storeTargets()) {
  describe.skipIf(target.skip !== null)(
    `store imports on ${target.dialect}${target.skip ? ` — ${target.skip}` : ''}`,
    () => {
      let t: TestStore;
      let store: FactStore;
      let n = 0;
      const account = () => `acct-import-${++n}`;
      beforeAll(async () => {
        t = await target.create();
        store = t.store;
      });
      afterAll(() => t?.dispose());

      it('round-trips every kind to the identical facts, in natural order', async () => {
        const acct = account();
        const batch = sampleBatch();
        const counts = await store.importFacts(acct, batch, OPTIONS);
        for (const kind of FACT_KINDS) {
          expect(counts[kind], kind).toEqual({ added: batch[kind].length, updated: 0, duplicates: 0 });
          expect(await store.loadFacts(acct, kind), kind).toEqual(inNaturalOrder(kind, batch[kind]));
        }
        // Spot checks: the largest exact money amount, a fractional real, an empty array.
        const orders = await store.loadFacts(acct, 'orders');
        expect(orders.map((o) => o.unitPrice)).toEqual([9_007_199_254_740_991, 2499, null]);
        expect(orders.map((o) => o.promotionIds)).toEqual([['PROMO-A', 'PROMO-B'], ['PROMO-A', 'PROMO-B'], []]);
        expect((await store.loadFacts(acct, 'products'))[1]?.unitCubicFeet).toBe(0.1 + 0.2);
        const counted = await store.countFacts(acct);
        expect(counted).toEqual(Object.fromEntries(FACT_KINDS.map((k) => [k, batch[k].length])));
      });

      it('a re-import of the same rows adds nothing: all duplicates', async () => {
        const acct = account();
        const batch = sampleBatch();
        await store.importFacts(acct, batch, OPTIONS);
        const again = await store.importFacts(acct, batch, { ...OPTIONS, importedAt: OPTIONS.importedAt + SAMPLE_DAY });
        for (const kind of FACT_KINDS) {
          expect(again[kind], kind).toEqual({ added: 0, updated: 0, duplicates: batch[kind].length });
        }
        const counted = await store.countFacts(acct);
        expect(counted.orders).toBe(batch.orders.length);
        expect(counted.products).toBe(batch.products.length);
      });

      it('a changed order row is an update, still one row for its key', async () => {
        const acct = account();
        await store.importFacts(acct, { orders: [sampleOrder(), sampleOrder({ line: 2 })] }, OPTIONS);
        const changed = sampleOrder({ cancelled: true, units: 0 });
        const counts = await store.importFacts(acct, { orders: [changed, sampleOrder({ line: 2 })] }, OPTIONS);
        expect(counts.orders).toEqual({ added: 0, updated: 1, duplicates: 1 });
        const orders = await store.loadFacts(acct, 'orders');
        expect(orders).toHaveLength(2);
        expect(orders.find((o) => o.line === 1)).toEqual(changed);
      });

      it('a key twice in one batch: the later row wins, counted updated (identical → duplicate)', async () => {
        const acct = account();
        const first = sampleOrder();
        const later = sampleOrder({ units: 9 });
        const counts = await store.importFacts(acct, { orders: [first, later, later] }, OPTIONS);
        expect(counts.orders).toEqual({ added: 1, updated: 1, duplicates: 1 });
        expect(await store.loadFacts(acct, 'orders')).toEqual([later]);
      });

      it('bulk import across chunks: exact counts, re-import with some changes', async () => {
        const acct = account();
        const orders = manyOrders(2500);
        expect(await store.importFacts(acct, { orders }, OPTIONS)).toEqual({
          orders: { added: 2500, updated: 0, duplicates: 0 },
        });
        const changed = orders.map((o, i) => (i % 1000 === 7 ? { ...o, units: o.units + 1 } : o));
        const extra = manyOrders(10, SAMPLE_T0).map((o) => ({ ...o, orderId: `X-${o.orderId}` }));
        expect(await store.importFacts(acct, { orders: [...changed, ...extra] }, OPTIONS)).toEqual({
          orders: { added: 10, updated: 3, duplicates: 2497 },
        });
        expect((await store.countFacts(acct)).orders).toBe(2510);
        const loaded = await store.loadFacts(acct, 'orders', { sku: 'SKU-7' });
        expect(loaded.find((o) => o.orderId === changed[7]!.orderId)).toEqual(changed[7]);
      });

      it('a row invalid for the store (null in a required field) stores nothing of the batch', async () => {
        const acct = account();
        const orders = manyOrders(2500);
        const broken = [...orders];
        broken[2200] = { ...orders[2200]!, sku: null as unknown as string };
        const batch: FactBatch = { products: sampleBatch().products, orders: broken };
        await expect(store.importFacts(acct, batch, OPTIONS)).rejects.toThrow(/orders row 2200: field sku is required/);
        expect(Object.values(await store.countFacts(acct)).every((c) => c === 0)).toBe(true);
      });

      it('a database error in the middle of the batch rolls everything back', async () => {
        const acct = account();
        await store.importFacts(acct, { prices: sampleBatch().prices }, OPTIONS);
        const orders = manyOrders(2500);
        // Passes the store's type checks but violates the channel CHECK constraint, in the third chunk.
        orders[2300] = { ...orders[2300]!, channel: 'drone' as 'fba' };
        const batch: FactBatch = { products: sampleBatch().products, orders, lots: sampleBatch().lots };
        await expect(store.importFacts(acct, batch, OPTIONS)).rejects.toThrow();
        const counted = await store.countFacts(acct);
        expect(counted).toEqual({ ...Object.fromEntries(FACT_KINDS.map((k) => [k, 0])), prices: 2 });
        // The store is still usable after the rollback.
        expect((await store.importFacts(acct, { orders: orders.slice(0, 10) }, OPTIONS)).orders?.added).toBe(10);
      });

      it('refuses money that is not an exact integer and instants that are not safe integers', async () => {
        const acct = account();
        await expect(store.importFacts(acct, { orders: [sampleOrder({ unitPrice: 24.99 })] }, OPTIONS)).rejects.toThrow(
          /unitPrice must be a safe integer/,
        );
        await expect(store.importFacts(acct, { orders: [sampleOrder({ at: 2 ** 53 })] }, OPTIONS)).rejects.toThrow(
          /field at must be a safe integer/,
        );
        expect((await store.countFacts(acct)).orders).toBe(0);
      });

      it('account scoping: B sees none of A, counts are separate, the same keys live in both', async () => {
        const a = account();
        const b = account();
        const batch = sampleBatch();
        await store.importFacts(a, batch, OPTIONS);
        for (const kind of FACT_KINDS) expect(await store.loadFacts(b, kind), kind).toEqual([]);
        expect(await store.marketplacesOfSku(b, 'SKU-1')).toEqual([]);
        expect((await store.onHand(b, 'US', 'SKU-1', SAMPLE_T0 + SAMPLE_DAY)).units).toBe(0);
        const counts = await store.importFacts(b, { orders: batch.orders.slice(0, 1) }, OPTIONS);
        expect(counts.orders).toEqual({ added: 1, updated: 0, duplicates: 0 });
        expect((await store.countFacts(b)).orders).toBe(1);
        expect((await store.countFacts(a)).orders).toBe(batch.orders.length);
        expect((await store.countFacts('nobody')).orders).toBe(0);
      });

      it('loadFacts filters: marketplace, sku, asin (also through products), from/to and overlaps', async () => {
        const acct = account();
        const batch = sampleBatch();
        await store.importFacts(acct, batch, OPTIONS);
        const load = <K extends FactKind>(kind: K, filter: Parameters<FactStore['loadFacts']>[2]) =>
          store.loadFacts(acct, kind, filter);
        expect(await load('orders', { marketplace: 'DE' })).toEqual([batch.orders[2]]);
        expect((await load('orders', { sku: 'SKU-1' })).map((o) => o.line)).toEqual([1, 2]);
        expect((await load('orders', { asin: 'B000000002' })).map((o) => o.orderId)).toEqual(['028-1']);
        expect((await load('orders', { asin: 'B000000002', marketplace: 'US' })).length).toBe(0);
        expect((await load('offers', { sku: 'SKU-1' })).length).toBe(2);
        expect((await load('offers', { sku: 'SKU-2' })).length).toBe(0);
        expect((await load('prices', { from: SAMPLE_T0 + 1 })).map((p) => p.price)).toEqual([1999]);
        expect((await load('prices', { to: SAMPLE_T0 })).map((p) => p.price)).toEqual([2499]);
        // Promotions overlap [from, to]: PROMO-A runs T0..T0+14d, PROMO-B T0+1d..T0+3d.
        expect((await load('promotions', { from: SAMPLE_T0 + 4 * SAMPLE_DAY })).map((p) => p.id)).toEqual(['PROMO-A']);
        expect((await load('promotions', { to: SAMPLE_T0 })).map((p) => p.id)).toEqual(['PROMO-A']);
        expect(
          (await load('promotions', { from: SAMPLE_T0 + 2 * SAMPLE_DAY, to: SAMPLE_T0 + 2 * SAMPLE_DAY })).length,
        ).toBe(2);
        expect((await load('products', { asin: 'B000000001' })).map((p) => p.sku)).toEqual(['SKU-1']);
        expect((await load('products', { to: SAMPLE_T0 - 1 })).length).toBe(0);
        expect((await load('seller', { marketplace: 'US' })).map((s) => s.marketplace)).toEqual(['US']);
        expect(await store.marketplacesOfSku(acct, 'SKU-1')).toEqual(['US']);
        expect(await store.marketplacesOfAsin(acct, 'B000000002')).toEqual(['DE']);
      });

      it('sorts text keys by bytes on both dialects', async () => {
        const acct = account();
        const ids = ['b', 'B', 'a', '_x', 'Z9', 'é', 'a-1', 'a1'];
        await store.importFacts(acct, { orders: ids.map((orderId) => sampleOrder({ orderId })) }, OPTIONS);
        const loaded = (await store.loadFacts(acct, 'orders')).map((o) => o.orderId);
        expect(loaded).toEqual([...ids].sort((x, y) => Buffer.compare(Buffer.from(x), Buffer.from(y))));
      });
    },
  );
}
