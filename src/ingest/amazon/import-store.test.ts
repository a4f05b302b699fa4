// Amazon reports through `clearway import` (app/import.ts) into a real store, on SQLite and PostgreSQL:
// re-imports add nothing, later reports update order lines, a corrupted file stores nothing (even after
// batches were written), the truncated-snapshot warning, price changes, DEC-1 on-hand from the ages.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFiles, type ImportFilesOptions } from '../../app/import.js';
import { orderLineNumber } from './all-orders.js';
import { localDay } from '../../core/calendar/calendar.js';
import { storeTargets, type TestStore } from '../../store/testing/stores.js';
import type { FactStore } from '../../store/types.js';
import {
  ALL_ORDERS_32,
  MYI_18,
  MYI_ROWS,
  ORDER_ROWS,
  PLANNING_V3,
  RESTOCK_CSV,
  rowOf,
  tsv,
  writeReport,
} from './test-support.js';

const DAY = 86_400_000;
const T1 = Date.UTC(2026, 4, 1, 12);

function orderLine(i: number, cells: Readonly<Record<string, string>> = {}): string {
  const sample = (ORDER_ROWS[2] as string).split('\t');
  const base = Object.fromEntries(ALL_ORDERS_32.map((name, k) => [name, sample[k] ?? '']));
  return rowOf(ALL_ORDERS_32, { ...base, 'amazon-order-id': `111-${String(i).padStart(7, '0')}-1`, ...cells });
}

const PLANNING_ROW = rowOf(PLANNING_V3, {
  'snapshot-date': '2026-05-01', sku: 'PL-1', asin: 'B0PLAN0001', condition: 'New', available: '40',
  'inv-age-0-to-90-days': '20', 'inv-age-91-to-180-days': '10', 'inv-age-181-to-270-days': '5',
  'inv-age-271-to-365-days': '3', 'inv-age-366-to-455-days': '1', 'inv-age-456-plus-days': '1', currency: 'USD',
  'your-price': '24.99', 'lowest-price-new-plus-shipping': '23.99', marketplace: 'US', 'Total Reserved Quantity': '2',
}); // prettier-ignore

for (const target of await storeTargets()) {
  describe.skipIf(target.skip !== null)(
    `Amazon reports into the store on ${target.dialect}${target.skip ? ` — ${target.skip}` : ''}`,
    () => {
      let t: TestStore;
      let store: FactStore;
      let n = 0;
      const account = () => `amazon-${++n}`;
      beforeAll(async () => {
        t = await target.create();
        store = t.store;
      });
      afterAll(() => t?.dispose());

      const run = (acct: string, files: string[], options: Partial<ImportFilesOptions> = {}) =>
        importFiles(store, acct, files, { at: T1, ...options });

      it('re-importing any report adds nothing', async () => {
        const reports: [string, Partial<ImportFilesOptions>][] = [
          [writeReport(tsv(ALL_ORDERS_32, ORDER_ROWS)), {}],
          [writeReport(tsv(MYI_18, MYI_ROWS)), { marketplace: 'DE' }],
          [writeReport(tsv(PLANNING_V3, [PLANNING_ROW])), {}],
          [writeReport(RESTOCK_CSV), {}],
        ];
        for (const [file, options] of reports) {
          const acct = account();
          const first = await run(acct, [file], options);
          expect(first.files[0]?.rejected, file).toEqual([]);
          expect(first.files[0]?.added).toBeGreaterThan(0);
          const counts = await store.countFacts(acct);
          const again = await run(acct, [file], options);
          expect(again.files[0], file).toMatchObject({ added: 0, updated: 0, rejected: [] });
          expect(await store.countFacts(acct)).toEqual(counts);
        }
      });

      it('the real sample orders: three lines and two products; a later report updates a line, never duplicates it', async () => {
        const acct = account();
        const pending = orderLine(7, { 'order-status': 'Pending', 'item-status': 'Unshipped', 'item-price': '' });
        const first = await run(acct, [writeReport(tsv(ALL_ORDERS_32, [...ORDER_ROWS, pending]))]);
        expect(first.files[0]).toMatchObject({ kind: 'amazon_all_orders', rows: 4, added: 6, updated: 0 });
        const orders = await store.loadFacts(acct, 'orders');
        expect(orders.find((o) => o.orderId === '112-4197184-1505047')).toMatchObject({ units: 4, unitPrice: 2599 });
        const later = await run(acct, [writeReport(tsv(ALL_ORDERS_32, [orderLine(7)]))]);
        expect(later.files[0]).toMatchObject({ added: 0, updated: 1, duplicates: 0 });
        const counts = await store.countFacts(acct);
        expect([counts.orders, counts.products]).toEqual([4, 2]);
        expect((await store.loadFacts(acct, 'orders')).find((o) => o.orderId === '111-0000007-1')?.unitPrice).toBe(
          2599,
        );
      });

      it('an order line from a clearway orders.csv is the same line in a later All Orders report', async () => {
        const acct = account();
        const orders = [
          'order_id,line,sku,at,units,unit_price,currency,promotion_ids,promotion_discount,b2b,subscribe_and_save,cancelled,channel',
          '112-4197184-1505047,1,th20p4,2020-02-18T04:38:23Z,4,25.99,USD,,,false,true,false,fba',
        ];
        await run(acct, [writeReport(tsv(ALL_ORDERS_32, ORDER_ROWS.slice(1, 2)))]);
        const csv = await run(acct, [writeReport(orders, { name: `orders-${acct}.csv` })]);
        expect(csv.files[0]).toMatchObject({ kind: 'orders', added: 1, rejected: [] });
        const report = await run(acct, [writeReport(tsv(ALL_ORDERS_32, ORDER_ROWS))]);
        // Added: order 114 and its product th1218; duplicates: order 113 (first report) and 112 (orders.csv).
        expect(report.files[0]).toMatchObject({ added: 2, updated: 0, duplicates: 2 });
        const stored = await store.loadFacts(acct, 'orders');
        expect(stored.map((o) => [o.orderId, o.line, o.subscribeAndSave])).toEqual([
          ['112-4197184-1505047', 1, true],
          ['113-9925451-0581038', orderLineNumber('th20p4', 1), false],
          ['114-4892924-3377867', orderLineNumber('th1218', 1), false],
        ]);
      });

      it('a corrupted file stores nothing, even after whole batches of it were written', async () => {
        const acct = account();
        const lines = Array.from({ length: 6000 }, (_, i) => orderLine(i));
        lines.push(orderLine(6000, { 'item-price': '25.999' }));
        const summary = await run(acct, [writeReport(tsv(ALL_ORDERS_32, lines))]);
        expect(summary.files[0]).toMatchObject({ rows: 6001, added: 0, updated: 0, duplicates: 0 });
        expect(summary.files[0]?.rejected).toEqual([
          {
            line: 6002,
            column: 'item-price',
            code: 'IMPORT_MONEY_DECIMALS',
            reason: '"25.999" has more than 2 decimal places for USD',
          },
        ]);
        expect(Object.values(await store.countFacts(acct)).every((c) => c === 0)).toBe(true);
      });

      it('a snapshot whose row count differs by more than 50% from the previous one gets a warning', async () => {
        const acct = account();
        const four = [...MYI_ROWS, (MYI_ROWS[0] as string).replace('ABAG-D006-02-EU6-PAN', 'ABAG-X')];
        await run(acct, [writeReport(tsv(MYI_18, four))], { marketplace: 'DE' });
        const three = await run(acct, [writeReport(tsv(MYI_18, MYI_ROWS))], { marketplace: 'DE', at: T1 + DAY });
        expect(three.files[0]?.warnings).toEqual([]);
        const one = await run(acct, [writeReport(tsv(MYI_18, MYI_ROWS.slice(0, 1)))], {
          marketplace: 'DE',
          at: T1 + 2 * DAY,
        });
        expect(one.files[0]?.warnings.map((w) => w.reason)).toEqual([
          'the inventory_snapshots snapshot of DE has 1 rows, the previous one (2026-05-02T12:00:00Z) had 3: the report may be truncated',
        ]);
        expect((await store.countFacts(acct)).inventory_snapshots).toBe(8);
      });

      it('your-price adds a price fact only on the days it changed', async () => {
        const acct = account();
        const row = MYI_ROWS[0] as string;
        await run(acct, [writeReport(tsv(MYI_18, [row]))], { marketplace: 'DE' });
        await run(acct, [writeReport(tsv(MYI_18, [row]))], { marketplace: 'DE', at: T1 + DAY });
        await run(acct, [writeReport(tsv(MYI_18, [row.replace('\t10.39\t', '\t11.00\t')]))], {
          marketplace: 'DE',
          at: T1 + 2 * DAY,
        });
        const prices = await store.loadFacts(acct, 'prices');
        expect(prices.map((p) => [p.at, p.price])).toEqual([
          [T1, 1039],
          [T1 + 2 * DAY, 1100],
        ]);
      });

      it('DEC-1: on-hand by age from the planning report answers through the store', async () => {
        const acct = account();
        await run(acct, [writeReport(tsv(PLANNING_V3, [PLANNING_ROW]))]);
        const onHand = await store.onHand(acct, 'US', 'PL-1', Date.UTC(2026, 4, 2));
        expect(onHand.units).toBe(40);
        expect(onHand.lots.map((l) => [localDay(l.received, 'America/Los_Angeles'), l.units])).toEqual([
          ['2025-01-30', 1],
          ['2025-03-17', 1],
          ['2025-06-17', 3],
          ['2025-09-18', 5],
          ['2025-12-17', 10],
          ['2026-03-17', 20],
        ]);
        const offers = await store.loadFacts(acct, 'offers');
        expect(offers.map((o) => [o.seller, o.price, o.buyBox])).toEqual([['lowest-new', 2399, false]]);
      });
    },
  );
}
