// The store suite, part 2: DEC-6 versions of products and seller rows, on SQLite and PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProductFact, SellerFact } from '../core/catalog/facts.js';
import { sampleProduct, SAMPLE_DAY, SAMPLE_T0 } from './testing/sample-facts.js';
import { storeTargets, type TestStore } from './testing/stores.js';
import type { FactStore } from './types.js';

const T0 = SAMPLE_T0;
const T1 = T0 + 10 * SAMPLE_DAY;
const T2 = T0 + 20 * SAMPLE_DAY;
const T3 = T0 + 30 * SAMPLE_DAY;
const at = (importedAt: number) => ({ importedAt, source: 'products.csv' });

for (const target of await storeTargets()) {
  describe.skipIf(target.skip !== null)(
    `store versions (DEC-6) on ${target.dialect}${target.skip ? ` — ${target.skip}` : ''}`,
    () => {
      let t: TestStore;
      let store: FactStore;
      let n = 0;
      const account = () => `acct-versions-${++n}`;
      beforeAll(async () => {
        t = await target.create();
        store = t.store;
      });
      afterAll(() => t?.dispose());

      it('DEC-6: the first version is added; the same row imported later is a duplicate', async () => {
        const acct = account();
        expect(
          (await store.importFacts(acct, { products: [sampleProduct({ validFrom: T0 })] }, at(T0))).products,
        ).toEqual({
          added: 1,
          updated: 0,
          duplicates: 0,
        });
        // A file without `at`: ingest dates the row at the import instant; nothing changed → duplicate.
        const again = await store.importFacts(acct, { products: [sampleProduct({ validFrom: T1 })] }, at(T1));
        expect(again.products).toEqual({ added: 0, updated: 0, duplicates: 1 });
        expect(await store.loadFacts(acct, 'products')).toEqual([sampleProduct({ validFrom: T0 })]);
      });

      it('DEC-6: a changed rating is a new version valid from its import, counted updated', async () => {
        const acct = account();
        const v0 = sampleProduct({ validFrom: T0 });
        const v1 = sampleProduct({ validFrom: T1, rating: 4.2, ratingsCount: 1300 });
        await store.importFacts(acct, { products: [v0] }, at(T0));
        expect((await store.importFacts(acct, { products: [v1] }, at(T1))).products).toEqual({
          added: 0,
          updated: 1,
          duplicates: 0,
        });
        expect(await store.loadFacts(acct, 'products')).toEqual([v0, v1]);
        expect((await store.countFacts(acct)).products).toBe(2);
        // Back to the first rating: a third version (history is kept), not a duplicate of v0.
        const v2 = sampleProduct({ validFrom: T2 });
        expect((await store.importFacts(acct, { products: [v2] }, at(T2))).products?.updated).toBe(1);
        // Filters: versions in force during [from, to].
        expect(await store.loadFacts(acct, 'products', { to: T1 - 1 })).toEqual([v0]);
        expect(await store.loadFacts(acct, 'products', { from: T1, to: T1 + 1 })).toEqual([v1]);
        expect(await store.loadFacts(acct, 'products', { from: T1 - 1, to: T1 })).toEqual([v0, v1]);
        expect(await store.loadFacts(acct, 'products', { from: T3 })).toEqual([v2]);
        expect(await store.marketplacesOfSku(acct, 'SKU-1')).toEqual(['US']);
      });

      it('DEC-6: a row whose explicit at equals a version replaces that version (update, no new row)', async () => {
        const acct = account();
        await store.importFacts(
          acct,
          { products: [sampleProduct({ validFrom: T0 }), sampleProduct({ validFrom: T1, rating: 4 })] },
          at(T1),
        );
        const fixed = sampleProduct({ validFrom: T0, category: 'Home' });
        expect((await store.importFacts(acct, { products: [fixed] }, at(T2))).products).toEqual({
          added: 0,
          updated: 1,
          duplicates: 0,
        });
        const versions = await store.loadFacts(acct, 'products');
        expect(versions).toEqual([fixed, sampleProduct({ validFrom: T1, rating: 4 })]);
      });

      it('DEC-6: compares with the version in force at the row instant, not the newest', async () => {
        const acct = account();
        const v0 = sampleProduct({ validFrom: T0 });
        const v2 = sampleProduct({ validFrom: T2, seasonal: true });
        await store.importFacts(acct, { products: [v0, v2] }, at(T2));
        // At T1 the version in force is v0: the same content dated T1 is a duplicate.
        expect(
          (await store.importFacts(acct, { products: [sampleProduct({ validFrom: T1 })] }, at(T3))).products,
        ).toEqual({
          added: 0,
          updated: 0,
          duplicates: 1,
        });
        expect((await store.countFacts(acct)).products).toBe(2);
      });

      it('DEC-6: one batch — the later row of a key wins (updated); rows without validFrom take importedAt', async () => {
        const acct = account();
        const withoutInstant = { ...sampleProduct(), validFrom: undefined } as unknown as ProductFact;
        const changed = { ...sampleProduct({ minPrice: 1600 }), validFrom: undefined } as unknown as ProductFact;
        const counts = await store.importFacts(acct, { products: [withoutInstant, changed] }, at(T3));
        expect(counts.products).toEqual({ added: 1, updated: 1, duplicates: 0 });
        expect(await store.loadFacts(acct, 'products')).toEqual([sampleProduct({ minPrice: 1600, validFrom: T3 })]);
      });

      it('DEC-6: seller versions — a change of enrolment is a new version; SKUs on several marketplaces', async () => {
        const acct = account();
        const s0: SellerFact = {
          account: 'Acme',
          marketplace: 'US',
          sellingPlan: 'professional',
          sellerRating: 97,
          ishsEnrolled: false,
          validFrom: T0,
        };
        const s1: SellerFact = { ...s0, ishsEnrolled: true, validFrom: T1 };
        expect((await store.importFacts(acct, { seller: [s0] }, at(T0))).seller).toEqual({
          added: 1,
          updated: 0,
          duplicates: 0,
        });
        expect((await store.importFacts(acct, { seller: [{ ...s0, validFrom: T1 }] }, at(T1))).seller?.duplicates).toBe(
          1,
        );
        expect((await store.importFacts(acct, { seller: [s1] }, at(T1))).seller?.updated).toBe(1);
        const uk = { ...s0, marketplace: 'UK' as const };
        expect((await store.importFacts(acct, { seller: [uk] }, at(T1))).seller?.added).toBe(1);
        expect(await store.loadFacts(acct, 'seller')).toEqual([uk, s0, s1]);
        expect(await store.loadFacts(acct, 'seller', { marketplace: 'US', from: T2 })).toEqual([s1]);

        await store.importFacts(
          acct,
          { products: [sampleProduct(), sampleProduct({ marketplace: 'JP' }), sampleProduct({ marketplace: 'DE' })] },
          at(T0),
        );
        expect(await store.marketplacesOfSku(acct, 'SKU-1')).toEqual(['DE', 'JP', 'US']);
        expect(await store.marketplacesOfAsin(acct, 'B000000001')).toEqual(['DE', 'JP', 'US']);
        expect(await store.marketplacesOfAsin(acct, 'B0NOPE')).toEqual([]);
      });
    },
  );
}
