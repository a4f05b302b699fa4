// Packed facts (what a file read in a worker thread sends the storing thread): the same facts and the
// same counts as the fact objects, on both stores; a kind with an invalid fact is not packed, and the
// store then refuses it as before.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FACT_TABLES } from './fact-tables.js';
import { packBatch, packFacts, unpackFacts } from './packed-facts.js';
import type { FactBatch, FactStore } from './types.js';
import { manyOrders, sampleOrder, sampleProduct, SAMPLE_T0 } from './testing/sample-facts.js';
import { storeTargets, type TestStore } from './testing/stores.js';

const OPTIONS = { importedAt: SAMPLE_T0 + 1000, source: 'packed.tsv' };

async function* batches(...items: FactBatch[]): AsyncIterable<FactBatch> {
  for (const item of items) yield item;
}

function packedSlices(orders: ReturnType<typeof manyOrders>, size: number): FactBatch[] {
  const out: FactBatch[] = [];
  for (let i = 0; i < orders.length; i += size) out.push(packBatch({ orders: orders.slice(i, i + size) }));
  return out;
}

describe('packFacts', () => {
  it('round-trips facts (nulls, booleans, string arrays) and leaves versioned kinds as facts', () => {
    const orders = [sampleOrder(), sampleOrder({ orderId: 'o-2', unitPrice: null, promotionIds: [], b2b: true })];
    const packed = packFacts(FACT_TABLES.orders, orders);
    expect(packed?.rows).toBe(2);
    expect(unpackFacts(FACT_TABLES.orders, packed!)).toEqual(orders);
    const batch = packBatch({ orders, products: [sampleProduct()] });
    expect(batch.orders).toBeUndefined();
    expect(batch.products).toEqual([sampleProduct()]);
    expect(batch.packed?.map((p) => p.kind)).toEqual(['orders']);
  });

  it('does not pack a kind with an invalid fact', () => {
    const orders = [sampleOrder(), sampleOrder({ orderId: 'o-2', units: 1.5 })];
    expect(packFacts(FACT_TABLES.orders, orders)).toBeNull();
    expect(packBatch({ orders })).toEqual({ orders });
  });
});

for (const target of await storeTargets()) {
  describe.skipIf(target.skip !== null)(
    `packed imports on ${target.dialect}${target.skip ? ` — ${target.skip}` : ''}`,
    () => {
      let t: TestStore;
      let store: FactStore;
      let n = 0;
      const account = () => `acct-packed-${++n}`;
      beforeAll(async () => {
        t = await target.create();
        store = t.store;
      });
      afterAll(() => t?.dispose());

      it('stores the same facts with the same counts as fact objects; re-imports count duplicates and updates', async () => {
        const a = account();
        const b = account();
        const orders = manyOrders(2500);
        const changed = { ...orders[10]!, units: 99 };
        const more = { orders: [orders[5]!, changed] };
        const packed = await store.importFactStream(
          a,
          () => batches(...packedSlices(orders, 700), packBatch(more)),
          OPTIONS,
        );
        const plain = await store.importFactStream(
          b,
          () => batches({ orders: orders.slice(0, 1200) }, { orders: orders.slice(1200) }, more),
          OPTIONS,
        );
        expect(packed).toEqual({ orders: { added: 2500, updated: 1, duplicates: 1 } });
        expect(plain).toEqual(packed);
        expect(await store.loadFacts(a, 'orders')).toEqual(await store.loadFacts(b, 'orders'));
        const again = await store.importFactStream(a, () => batches(...packedSlices(orders, 1000)), OPTIONS);
        expect(again.orders).toEqual({ added: 0, updated: 1, duplicates: 2499 });
        expect(await store.loadFacts(a, 'orders')).toEqual(orders);
      });

      it('refuses an invalid fact left unpacked, and stores nothing of the stream', async () => {
        const a = account();
        const bad = packBatch({ orders: [sampleOrder({ orderId: 'o-bad', units: 1.5 })] });
        await expect(
          store.importFactStream(a, () => batches(...packedSlices(manyOrders(1500), 1000), bad), OPTIONS),
        ).rejects.toThrow(/units/);
        expect((await store.countFacts(a)).orders).toBe(0);
      });
    },
  );
}
