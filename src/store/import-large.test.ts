// A large import on both dialects: a fresh import of order lines in one importFacts call (the bulk path
// that skips key look-ups on an empty table), then the same rows again (all duplicates, the look-up
// path). Speed is measured by `npm run bench` (bench/import-all-orders.bench.js), never asserted here.
import { describe, expect, it } from 'vitest';
import { manyOrders } from './testing/sample-facts.js';
import { storeTargets } from './testing/stores.js';

const ROWS = Number(process.env.CLEARWAY_MEASURE ?? 20_000);

for (const target of await storeTargets()) {
  describe.skipIf(target.skip !== null)(
    `import throughput on ${target.dialect}${target.skip ? ` — ${target.skip}` : ''}`,
    () => {
      it(`imports ${ROWS} fresh order lines in one batch, and re-imports them as duplicates`, async () => {
        const t = await target.create();
        try {
          const orders = manyOrders(ROWS);
          const options = { importedAt: 0, source: 'orders.csv' };
          const counts = await t.store.importFacts('bench', { orders }, options);
          const second = await t.store.importFacts('bench', { orders }, options);
          expect(counts.orders).toEqual({ added: ROWS, updated: 0, duplicates: 0 });
          expect(second.orders).toEqual({ added: 0, updated: 0, duplicates: ROWS });
          expect((await t.store.countFacts('bench')).orders).toBe(ROWS);
          const loaded = await t.store.loadFacts('bench', 'orders');
          expect(loaded[ROWS - 1]).toEqual(orders.find((o) => o.orderId === loaded[ROWS - 1]!.orderId));
        } finally {
          await t.dispose();
        }
      });
    },
  );
}
