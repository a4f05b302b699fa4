// The Amazon-format reports (AMAZON-REPORTS.md): real header names and column counts, the relations the
// documented samples show (item-price = quantity × unit price, afn-total includes inbound, restock totals),
// UTC purchase dates, cancelled lines, Shift_JIS for Japan, a BOM on the German planning file.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALL_ORDERS_HEADER, MANAGE_INVENTORY_HEADER, PLANNING_HEADER, RESTOCK_HEADER } from './amazon-headers.js';
import { demoFixture } from './test-fixture.js';
import { REPORT_FILES, reportText, writeReportFiles } from './write-reports.js';

type Table = Record<string, string>[];

function parseTsv(text: string): { header: string[]; rows: Table } {
  const lines = text
    .replace(/^\uFEFF/, '')
    .split('\n')
    .filter((l) => l !== '');
  const header = (lines[0] ?? '').split('\t');
  const rows = lines.slice(1).map((line) => {
    const cells = line.split('\t');
    expect(cells.length).toBe(header.length);
    return Object.fromEntries(header.map((h, i) => [h, cells[i] ?? '']));
  });
  return { header, rows };
}

let dir = '';
const files = new Map<string, Buffer>();

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'clearway-demo-reports-'));
  for (const written of await writeReportFiles(demoFixture(0), dir)) {
    files.set(`${written.marketplace}/${written.kind}`, await readFile(written.path));
  }
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function table(mp: string, kind: keyof typeof REPORT_FILES): { header: string[]; rows: Table } {
  const bytes = files.get(`${mp}/${kind}`) as Buffer;
  return parseTsv(mp === 'JP' ? iconv.decode(bytes, 'Shift_JIS') : bytes.toString('utf8'));
}

describe('demo Amazon reports', () => {
  it('use the documented headers: All Orders 32, Manage Inventory 21, planning 99 (2026), Restock 30 columns', () => {
    expect(ALL_ORDERS_HEADER.length).toBe(32);
    expect(MANAGE_INVENTORY_HEADER.length).toBe(21);
    expect(PLANNING_HEADER.length).toBe(99);
    expect(RESTOCK_HEADER.length).toBe(30);
    expect(ALL_ORDERS_HEADER.slice(0, 3)).toEqual(['amazon-order-id', 'merchant-order-id', 'purchase-date']);
    expect(ALL_ORDERS_HEADER).toContain('item-promotion-discount');
    expect(ALL_ORDERS_HEADER).toContain('is-business-order');
    expect(ALL_ORDERS_HEADER[31]).toBe('price-designation');
    expect(MANAGE_INVENTORY_HEADER.slice(-3)).toEqual([
      'afn-researching-quantity',
      'afn-reserved-future-supply',
      'afn-future-supply-buyable',
    ]);
    for (const name of [
      'inv-age-366-to-455-days',
      'inv-age-456-plus-days',
      'units-shipped-t90',
      'recommended-action',
      'DEPRECATED healthy-inventory-level',
      'Total Reserved Quantity',
      'estimated-ais-456-plus-days',
      'Recommended ship-in quantity',
      'Fulfillment Service and Programs',
    ]) {
      expect(PLANNING_HEADER).toContain(name);
    }
    expect(PLANNING_HEADER[0]).toBe('snapshot-date');
    expect(RESTOCK_HEADER[0]).toBe('Country');
    expect(RESTOCK_HEADER).toContain('Recommended action');
    for (const mp of ['US', 'DE', 'JP']) {
      for (const kind of Object.keys(REPORT_FILES) as (keyof typeof REPORT_FILES)[]) {
        expect(table(mp, kind).header, `${mp} ${kind}`).toEqual([...REPORT_FILES[kind].header]);
      }
    }
  });

  it('All Orders: one line per order line, item-price = quantity × unit price, UTC purchase dates, cancelled items', () => {
    const data = demoFixture(0);
    let partlyCancelled = 0;
    for (const mp of ['US', 'DE', 'JP'] as const) {
      const facts = data.facts.orders.filter((o) => o.marketplace === mp);
      const byKey = new Map(facts.map((o) => [`${o.orderId}|${o.sku}`, o]));
      const { rows } = table(mp, 'all_orders');
      expect(rows.length).toBe(facts.length);
      const digits = mp === 'JP' ? 0 : 2;
      const problems: string[] = [];
      for (const row of rows) {
        const fact = byKey.get(`${row['amazon-order-id']}|${row.sku}`);
        if (!fact) {
          problems.push(`no fact for ${row['amazon-order-id']}`);
          continue;
        }
        const minor = Math.round(Number(row['item-price']) * 10 ** digits);
        const checks: [boolean, string][] = [
          [minor === Number(row.quantity) * (fact.unitPrice ?? 0), 'item-price ≠ quantity × unit price'],
          [
            /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00$/.test(row['purchase-date'] ?? '') &&
              Date.parse(row['purchase-date'] ?? '') === fact.at,
            'purchase-date',
          ],
          [(row['item-status'] === 'Cancelled') === fact.cancelled, 'item-status'],
          [row['is-business-order'] === String(fact.b2b), 'is-business-order'],
          [row['fulfillment-channel'] === (fact.channel === 'fba' ? 'Amazon' : 'Merchant'), 'fulfillment-channel'],
          [row['promotion-ids'] === fact.promotionIds.join(','), 'promotion-ids'],
        ];
        for (const [ok, what] of checks) if (!ok) problems.push(`${row['amazon-order-id']} ${row.sku}: ${what}`);
        if (row['item-status'] === 'Cancelled' && row['order-status'] === 'Shipped') partlyCancelled++;
      }
      expect(problems.slice(0, 5)).toEqual([]);
      expect(rows.some((r) => r['order-status'] === 'Cancelled' && r['item-status'] === 'Cancelled')).toBe(true);
      expect(rows.some((r) => r['item-promotion-discount'] !== '')).toBe(true);
      expect(rows.some((r) => r['price-designation'] === 'BusinessPrice')).toBe(true);
    }
    // B.3: a cancelled item inside a shipped order (item-status differs from order-status).
    expect(partlyCancelled).toBeGreaterThan(0);
  });

  it('Manage Inventory and Restock: afn-total includes inbound; Inbound = Working + Shipped + Receiving; Total Units adds up', () => {
    const data = demoFixture(0);
    for (const mp of ['US', 'DE', 'JP']) {
      const myi = table(mp, 'manage_inventory').rows;
      expect(myi.length).toBe(data.listings.filter((l) => l.marketplace === mp).length);
      const n = (r: Record<string, string>, k: string) => Number(r[k]);
      for (const r of myi) {
        expect(n(r, 'afn-warehouse-quantity')).toBe(
          n(r, 'afn-fulfillable-quantity') + n(r, 'afn-unsellable-quantity') + n(r, 'afn-reserved-quantity'),
        );
        const inbound =
          n(r, 'afn-inbound-working-quantity') +
          n(r, 'afn-inbound-shipped-quantity') +
          n(r, 'afn-inbound-receiving-quantity');
        expect(n(r, 'afn-total-quantity')).toBe(n(r, 'afn-warehouse-quantity') + inbound);
        const lots = data.stock.get(r.sku as string) ?? [];
        expect(n(r, 'afn-fulfillable-quantity') + n(r, 'afn-reserved-quantity')).toBe(
          lots.reduce((s, l) => s + l.units, 0),
        );
      }
      expect(myi.some((r) => n(r, 'afn-total-quantity') > n(r, 'afn-warehouse-quantity'))).toBe(true);
      for (const r of table(mp, 'restock').rows) {
        expect(n(r, 'Inbound')).toBe(n(r, 'Working') + n(r, 'Shipped') + n(r, 'Receiving'));
        expect(n(r, 'Total Units')).toBe(
          n(r, 'Available') + n(r, 'Inbound') + n(r, 'FC transfer') + n(r, 'FC Processing') + n(r, 'Customer Order'),
        );
      }
    }
    // In-Stock Head Start (US enrolled): out-of-stock SKUs with inbound on an ISHS program are buyable.
    expect(table('US', 'manage_inventory').rows.some((r) => Number(r['afn-future-supply-buyable']) > 0)).toBe(true);
  });

  it('planning: age buckets add up to on-hand, with stock aged 456+ days; units shipped windows grow', () => {
    const data = demoFixture(0);
    let oldest = 0;
    for (const mp of ['US', 'DE', 'JP']) {
      for (const r of table(mp, 'inventory_planning').rows) {
        const n = (k: string) => Number(r[k]);
        const buckets = ['0-to-90', '91-to-180', '181-to-270', '271-to-365', '366-to-455', '456-plus'].map((b) =>
          n(`inv-age-${b}-days`),
        );
        const onHand = (data.stock.get(r.sku as string) ?? []).reduce((s, l) => s + l.units, 0);
        expect(buckets.reduce((a, b) => a + b, 0)).toBe(onHand);
        expect(n('units-shipped-t7')).toBeLessThanOrEqual(n('units-shipped-t30'));
        expect(n('units-shipped-t30')).toBeLessThanOrEqual(n('units-shipped-t60'));
        expect(n('units-shipped-t60')).toBeLessThanOrEqual(n('units-shipped-t90'));
        expect(r['snapshot-date']).toBe(data.clocks[mp as 'US'].localDate(data.anchor));
        oldest += n('inv-age-456-plus-days');
      }
    }
    expect(oldest).toBeGreaterThan(0);
  });

  it('JP files are Shift_JIS with Japanese product names; the DE planning file starts with a UTF-8 BOM', () => {
    const jp = files.get('JP/manage_inventory') as Buffer;
    const text = iconv.decode(jp, 'Shift_JIS');
    expect(/[\u3040-\u30ff\u4e00-\u9fff]/.test(text)).toBe(true);
    expect(iconv.encode(text, 'Shift_JIS').equals(jp)).toBe(true);
    expect(text).not.toContain('?');
    expect(jp.toString('utf8')).not.toBe(text);
    expect((files.get('DE/inventory_planning') as Buffer).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect((files.get('US/all_orders') as Buffer)[0]).toBe('a'.charCodeAt(0));
  });

  it('refuses a cell with a tab or a column outside the header', () => {
    expect(() => reportText(['a', 'b'], [{ a: 'x\ty' }])).toThrow();
    expect(() => reportText(['a', 'b'], [{ c: '1' }])).toThrow();
    expect(reportText(['a', 'b'], [{ b: '2' }])).toBe('a\tb\n\t2\n');
  });
});
