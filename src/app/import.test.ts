import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CLEARWAY_COLUMNS } from '../ingest/csv-facts.js';
import { openStore } from '../store/open.js';
import type { FactStore } from '../store/types.js';
import { importFiles } from './import.js';

const dir = mkdtempSync(join(tmpdir(), 'clearway-app-import-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const AT = Date.UTC(2026, 3, 1, 12);
const PRODUCTS_HEADER = CLEARWAY_COLUMNS.products.required.join(',');
const ORDERS_HEADER = CLEARWAY_COLUMNS.orders.required.join(',');

function product(sku: string, marketplace: string, asin = `B0${sku.replace(/\W/g, '').padEnd(8, '0')}`): string {
  return `${sku},${asin},${marketplace},new,,false,4.2,10,false,true,,,29.99,,,,,,,15,4.10,,`;
}

function order(id: string, sku: string, at: string, units: number, currency = 'USD', cancelled = false): string {
  return `${id},1,${sku},${at},${units},19.99,${currency},,,false,false,${cancelled},fba`;
}

let folderNo = 0;
/** Writes files into a fresh folder and returns their paths by name. */
function files(contents: Record<string, string[]>): Record<string, string> {
  const folder = join(dir, `case${++folderNo}`);
  mkdirSync(folder);
  return Object.fromEntries(
    Object.entries(contents).map(([name, lines]) => {
      const path = join(folder, name);
      writeFileSync(path, lines.join('\n') + '\n');
      return [name, path];
    }),
  );
}

let store: FactStore;
beforeEach(async () => {
  store = await openStore(':memory:');
});
afterEach(async () => {
  await store.close();
});

describe('importFiles', () => {
  it('imports products before the orders that name their SKUs, whatever the order given', async () => {
    const f = files({
      'orders.csv': [ORDERS_HEADER, order('O1', 'SKU-A', '2026-03-01', 2)],
      'products.csv': [PRODUCTS_HEADER, product('SKU-A', 'US')],
    });
    const summary = await importFiles(store, 'acme', [f['orders.csv']!, f['products.csv']!], { at: AT });
    expect(summary.files.map((s) => [s.kind, s.rows, s.added, s.rejected.length])).toEqual([
      ['products', 1, 1, 0],
      ['orders', 1, 1, 0],
    ]);
    const counts = await store.countFacts('acme');
    expect([counts.products, counts.orders]).toEqual([1, 1]);
    // DEC-6: a product row without `at` is valid from the import instant.
    expect((await store.loadFacts('acme', 'products'))[0]?.validFrom).toBe(AT);
  });

  it('re-importing the same files adds nothing: every row is a duplicate', async () => {
    const f = files({
      'products.csv': [PRODUCTS_HEADER, product('SKU-A', 'US'), product('SKU-B', 'US')],
      'orders.csv': [ORDERS_HEADER, order('O1', 'SKU-A', '2026-03-01', 2), order('O2', 'SKU-B', '2026-03-02', 1)],
    });
    const paths = Object.values(f);
    await importFiles(store, 'acme', paths, { at: AT });
    const again = await importFiles(store, 'acme', paths, { at: AT + 86_400_000 });
    expect(again.files.map((s) => [s.kind, s.added, s.updated, s.duplicates])).toEqual([
      ['products', 0, 0, 2],
      ['orders', 0, 0, 2],
    ]);
  });

  it('a file with one bad row stores nothing of it; the other files are still imported', async () => {
    const f = files({
      'products.csv': [PRODUCTS_HEADER, product('SKU-A', 'US')],
      'orders.csv': [
        ORDERS_HEADER,
        order('O1', 'SKU-A', '2026-03-01', 2),
        order('O2', 'SKU-A', '2026-13-01', 2),
        order('O3', 'SKU-X', '2026-03-01', 2),
      ],
    });
    const summary = await importFiles(store, 'acme', Object.values(f), { at: AT, lang: 'zh-CN' });
    const orders = summary.files[1]!;
    expect([orders.kind, orders.rows, orders.added]).toEqual(['orders', 3, 0]);
    expect(orders.rejected.map((r) => [r.line, r.column, r.code])).toEqual([
      [3, 'at', 'IMPORT_NOT_A_DATE'],
      [4, 'sku', 'IMPORT_UNKNOWN_ID'],
    ]);
    expect(orders.rejected[0]?.reason).toBe('"2026-13-01" 不是日期（YYYY-MM-DD 或带时区偏移的 ISO-8601）');
    const counts = await store.countFacts('acme');
    expect([counts.products, counts.orders]).toEqual([1, 0]);
  });

  it('DEC-2: a SKU sold on two marketplaces needs --marketplace, unless the currency decides', async () => {
    const f = files({
      'products.csv': [
        PRODUCTS_HEADER,
        product('SKU-A', 'DE'),
        product('SKU-A', 'FR'),
        product('SKU-B', 'US'),
        product('SKU-B', 'UK'),
      ],
      'orders.csv': [
        ORDERS_HEADER,
        order('O1', 'SKU-A', '2026-03-01', 1, 'EUR'),
        order('O2', 'SKU-B', '2026-03-01', 1, 'GBP'),
      ],
    });
    const first = await importFiles(store, 'acme', Object.values(f), { at: AT });
    expect(first.files[1]?.rejected.map((r) => r.reason)).toEqual(['sku SKU-A is sold on DE, FR: give --marketplace']);
    const orders = files({ 'o.csv': [ORDERS_HEADER, order('O1', 'SKU-A', '2026-03-01', 1, 'EUR')] });
    const second = await importFiles(store, 'acme', [orders['o.csv']!], { at: AT, marketplace: 'FR' });
    expect(second.files[0]?.added).toBe(1);
    const stored = await store.loadFacts('acme', 'orders');
    expect(stored.map((o) => [o.orderId, o.marketplace])).toEqual([['O1', 'FR']]);
  });

  it('a folder imports every .csv file in it; an unreadable path is a rejected file', async () => {
    const f = files({
      'b-orders.csv': [ORDERS_HEADER, order('O1', 'SKU-A', '2026-03-01', 2)],
      'a-products.csv': [PRODUCTS_HEADER, product('SKU-A', 'US')],
      'notes.txt': ['not a fact file'],
    });
    const folder = join(f['notes.txt']!, '..');
    const summary = await importFiles(store, 'acme', [folder, join(dir, 'missing.csv')], { at: AT });
    expect(summary.files.map((s) => [s.file, s.kind, s.added])).toEqual([
      [join(folder, 'a-products.csv'), 'products', 1],
      [join(folder, 'b-orders.csv'), 'orders', 1],
      [join(dir, 'missing.csv'), null, 0],
    ]);
    expect(summary.files[2]?.rejected[0]?.reason).toMatch(/^cannot read the file: ENOENT/);
  });

  it('DEC-1: imported lots, orders and shipments answer on-hand through the store', async () => {
    const f = files({
      'products.csv': [PRODUCTS_HEADER, product('SKU-A', 'US')],
      'lots.csv': ['sku,at,received,units', 'SKU-A,2026-03-01,2025-10-01,10', 'SKU-A,2026-03-01,2026-01-15,20'],
      'orders.csv': [
        ORDERS_HEADER,
        order('O1', 'SKU-A', '2026-03-02T12:00:00-08:00', 12),
        order('O2', 'SKU-A', '2026-03-03T12:00:00-08:00', 5, 'USD', true),
      ],
      'shipments.csv': [
        'shipment_id,sku,units,carrier_program,created,shipped,eta,received',
        'FBA1,SKU-A,50,amazon_freight,2026-02-20,2026-02-22,2026-03-04,2026-03-04T09:00:00-08:00',
      ],
    });
    const summary = await importFiles(store, 'acme', Object.values(f), { at: AT });
    expect(summary.files.every((s) => s.rejected.length === 0)).toBe(true);
    const onHand = await store.onHand('acme', 'US', 'SKU-A', Date.UTC(2026, 2, 10));
    // 10 + 20 on hand, 12 sold from the oldest lot first (cancelled O2 ignored), 50 received.
    expect(onHand.units).toBe(68);
    expect(onHand.lots).toEqual([
      { received: Date.UTC(2026, 0, 15, 8), units: 18 },
      { received: Date.UTC(2026, 2, 4, 17), units: 50 },
    ]);
  });

  it('reports progress of big files', async () => {
    const rows = Array.from({ length: 2_500 }, (_, i) => order(`O${i}`, 'SKU-A', '2026-03-01', 1));
    const f = files({
      'products.csv': [PRODUCTS_HEADER, product('SKU-A', 'US')],
      'orders.csv': [ORDERS_HEADER, ...rows],
    });
    const progress: [string, number][] = [];
    const onProgress = (file: string, n: number) => progress.push([file, n]);
    const summary = await importFiles(store, 'acme', Object.values(f), { at: AT, onProgress, progressEvery: 1_000 });
    expect(summary.files[1]?.added).toBe(2_500);
    expect(progress).toEqual([
      [f['orders.csv'], 1_000],
      [f['orders.csv'], 2_000],
    ]);
  });
});
