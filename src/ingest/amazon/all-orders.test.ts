// All Orders (AMAZON-REPORTS.md B.3): the real sample rows, every header variant, reordered headers,
// cancelled items, pending lines, marketplaces, promotions and rejected values.
import { describe, expect, it } from 'vitest';
import type { OrderLineFact } from '../../core/catalog/facts.js';
import { orderLineNumber } from './all-orders.js';
import {
  ALL_ORDERS_29,
  ALL_ORDERS_32,
  ALL_ORDERS_33,
  ALL_ORDERS_NEWER,
  ORDER_ROWS,
  context,
  factsOf,
  read,
  reasons,
  reordered,
  rowOf,
  tsv,
  writeReport,
} from './test-support.js';

/** A 32-column line: the real first sample row with some cells changed. */
function line(cells: Readonly<Record<string, string>>, header: readonly string[] = ALL_ORDERS_32): string {
  const sample = (ORDER_ROWS[0] as string).split('\t');
  const base = Object.fromEntries(ALL_ORDERS_32.map((name, i) => [name, sample[i] ?? '']));
  return rowOf(header, Object.fromEntries(header.map((name) => [name, { ...base, ...cells }[name] ?? ''])));
}

const SAMPLE_ORDERS: OrderLineFact[] = [
  {
    orderId: '114-4892924-3377867',
    line: orderLineNumber('th1218', 1),
    sku: 'th1218',
    marketplace: 'US',
    at: Date.UTC(2020, 1, 18, 5, 5, 21),
    units: 1,
    unitPrice: 749,
    currency: 'USD',
    promotionIds: [],
    promotionDiscount: 0,
    b2b: false,
    subscribeAndSave: false,
    cancelled: false,
    channel: 'fba',
  },
  {
    orderId: '113-9925451-0581038',
    line: orderLineNumber('th20p4', 1),
    sku: 'th20p4',
    marketplace: 'US',
    at: Date.UTC(2020, 1, 18, 5, 2, 46),
    units: 1,
    unitPrice: 2599,
    currency: 'USD',
    promotionIds: [],
    promotionDiscount: 0,
    b2b: false,
    subscribeAndSave: false,
    cancelled: false,
    channel: 'fba',
  },
  {
    orderId: '112-4197184-1505047',
    line: orderLineNumber('th20p4', 1),
    sku: 'th20p4',
    marketplace: 'US',
    at: Date.UTC(2020, 1, 18, 4, 38, 23),
    units: 4,
    // item-price 103.96 is the line total of 4 units.
    unitPrice: 2599,
    currency: 'USD',
    promotionIds: [],
    promotionDiscount: 0,
    b2b: false,
    subscribeAndSave: false,
    cancelled: false,
    channel: 'fba',
  },
];

const KNOWN = context({ catalogue: { th1218: ['US'], th20p4: ['US'] } });

describe('All Orders: the real sample rows', () => {
  it('import as order lines: instant in UTC, unit price = line total ÷ quantity (4 units at 103.96 → 25.99)', async () => {
    const result = await read(writeReport(tsv(ALL_ORDERS_32, ORDER_ROWS)), KNOWN);
    expect(result.kind).toBe('amazon_all_orders');
    expect(result.warnings).toEqual([]);
    expect(factsOf(result, 'orders')).toEqual(SAMPLE_ORDERS);
    expect(result.batch.products).toBeUndefined();
  });

  it('a SKU that is not a product yet is added from the row, valid from its earliest order', async () => {
    const result = await read(writeReport(tsv(ALL_ORDERS_32, ORDER_ROWS)));
    expect(factsOf(result, 'orders')).toEqual(SAMPLE_ORDERS);
    const products = factsOf(result, 'products').map((p) => [p.sku, p.asin, p.marketplace, p.condition, p.validFrom]);
    expect(products).toEqual([
      ['th1218', 'B07K1FNN7M', 'US', 'new', Date.UTC(2020, 1, 18, 5, 5, 21)],
      ['th20p4', 'B07JQBJDRC', 'US', 'new', Date.UTC(2020, 1, 18, 4, 38, 23)],
    ]);
    expect(factsOf(result, 'products')[0]).toMatchObject({ listPrice: null, unitCost: null, imagesOk: false });
    expect(reasons(result.warnings)).toEqual([
      [
        null,
        null,
        '2 SKUs were not products of the account: added with what the report says (th1218 (US), th20p4 (US))',
      ],
    ]);
  });

  it.each([
    ['29 columns (older)', ALL_ORDERS_29],
    ['32 columns (real files)', ALL_ORDERS_32],
    ['33 columns (by order date, is-sold-by-ab)', ALL_ORDERS_33],
    ['the newer variant (number-of-items, tax-collection-…, address-type)', ALL_ORDERS_NEWER],
  ])('reads the %s header to the same facts', async (_name, header) => {
    const rows = ORDER_ROWS.map((r) => {
      const cells = r.split('\t');
      return line(Object.fromEntries(ALL_ORDERS_32.map((n, i) => [n, cells[i] ?? ''])), header);
    });
    const result = await read(writeReport(tsv(header, rows)), KNOWN);
    expect(result.warnings).toEqual([]);
    expect(factsOf(result, 'orders')).toEqual(SAMPLE_ORDERS);
  });

  it('a reordered header imports the same facts', async () => {
    const lines = tsv(ALL_ORDERS_32, ORDER_ROWS);
    expect(reordered(lines)[0]).not.toBe(lines[0]);
    const result = await read(writeReport(reordered(lines)), KNOWN);
    expect(factsOf(result, 'orders')).toEqual(SAMPLE_ORDERS);
  });

  it('UTF-8 with a BOM, CRLF line ends and no final newline read the same', async () => {
    const path = writeReport(tsv(ALL_ORDERS_32, ORDER_ROWS), { bom: true, crlf: true, noFinalNewline: true });
    expect(factsOf(await read(path, KNOWN), 'orders')).toEqual(SAMPLE_ORDERS);
  });

  it('an unknown extra column is ignored and named once in a warning', async () => {
    const header = [...ALL_ORDERS_32, 'loyalty-points'];
    const result = await read(
      writeReport(
        tsv(
          header,
          ORDER_ROWS.map((r) => `${r}\t12`),
        ),
      ),
      KNOWN,
    );
    expect(factsOf(result, 'orders')).toEqual(SAMPLE_ORDERS);
    expect(reasons(result.warnings)).toEqual([[1, 'loyalty-points', 'not a column of amazon_all_orders: ignored']]);
  });
});

describe('All Orders: statuses, prices and promotions', () => {
  it('a cancelled item inside a shipped order is a cancelled line (item-status), as is a cancelled order', async () => {
    // Modelled on the scrubbed Amazon.it row of B.3: order Shipped, item Cancelled, empty item-tax.
    const rows = [
      line({ 'amazon-order-id': '402-1', 'sales-channel': 'Amazon.it', currency: 'EUR', sku: 'IT-1', 'item-status': 'Cancelled', quantity: '0', 'item-price': '' }),
      line({ 'amazon-order-id': '402-1', 'sales-channel': 'Amazon.it', currency: 'EUR', sku: 'IT-2', 'item-price': '12.50' }),
      line({ 'amazon-order-id': '402-2', 'sales-channel': 'Amazon.it', currency: 'EUR', sku: 'IT-2', 'order-status': 'Cancelled', 'item-status': 'Cancelled', quantity: '1', 'item-price': '12.50' }),
    ]; // prettier-ignore
    const result = await read(writeReport(tsv(ALL_ORDERS_32, rows)));
    const orders = factsOf(result, 'orders');
    expect(orders.map((o) => [o.orderId, o.sku, o.marketplace, o.units, o.unitPrice, o.cancelled])).toEqual([
      ['402-1', 'IT-1', 'IT', 0, null, true],
      ['402-1', 'IT-2', 'IT', 1, 1250, false],
      ['402-2', 'IT-2', 'IT', 1, 1250, true],
    ]);
  });

  it('a pending line without a price has no unit price; the later report updates its line', async () => {
    const pending = line({ 'order-status': 'Pending', 'item-status': 'Unshipped', 'item-price': '', currency: '' });
    const first = factsOf(await read(writeReport(tsv(ALL_ORDERS_32, [pending])), KNOWN), 'orders');
    expect(first[0]).toMatchObject({ unitPrice: null, currency: 'USD', cancelled: false });
    const shipped = factsOf(await read(writeReport(tsv(ALL_ORDERS_32, [ORDER_ROWS[0] as string])), KNOWN), 'orders');
    // Same order id and line: the same key, so the store updates the line.
    expect([shipped[0]?.orderId, shipped[0]?.line]).toEqual([first[0]?.orderId, first[0]?.line]);
    expect(shipped[0]?.unitPrice).toBe(749);
  });

  it('keeps promotion ids except free-shipping ones; a negative discount is the discount; business orders', async () => {
    const rows = [
      line({ 'promotion-ids': 'US Core Free Shipping Promotion A1B2C3, PLCC-25OFF', 'item-promotion-discount': '-1.50', 'is-business-order': 'true' }),
      line({ 'amazon-order-id': '114-2', 'promotion-ids': 'Core Free Shipping Promotion X', 'item-promotion-discount': '0.00' }),
    ]; // prettier-ignore
    const orders = factsOf(await read(writeReport(tsv(ALL_ORDERS_32, rows)), KNOWN), 'orders');
    expect(orders.map((o) => [o.promotionIds, o.promotionDiscount, o.b2b])).toEqual([
      [['PLCC-25OFF'], 150, true],
      [[], 0, false],
    ]);
  });

  it('Merchant lines are fbm; a line total that does not divide is rounded half up, with a warning', async () => {
    const rows = [
      line({ 'fulfillment-channel': 'Merchant', quantity: '3', 'item-price': '10.00' }),
      line({ 'amazon-order-id': '114-9', quantity: '3', 'item-price': '10.01' }),
    ];
    const result = await read(writeReport(tsv(ALL_ORDERS_32, rows)), KNOWN);
    expect(factsOf(result, 'orders').map((o) => [o.channel, o.unitPrice])).toEqual([
      ['fbm', 333],
      ['fba', 334],
    ]);
    expect(reasons(result.warnings)).toEqual([
      [
        null,
        'item-price',
        '2 lines whose item-price is not a multiple of the quantity: unit price rounded half up (first: line 2)',
      ],
    ]);
  });

  it('the k-th line of a SKU within one order gets its own stable line number', async () => {
    const rows = [line({ quantity: '1' }), line({ quantity: '2', 'item-price': '14.98' })];
    const orders = factsOf(await read(writeReport(tsv(ALL_ORDERS_32, rows)), KNOWN), 'orders');
    expect(orders.map((o) => o.line)).toEqual([orderLineNumber('th1218', 1), orderLineNumber('th1218', 2)]);
    expect(new Set(orders.map((o) => o.line)).size).toBe(2);
  });
});

describe('All Orders: marketplaces', () => {
  it('maps sales channels to marketplaces and skips Non-Amazon and uncovered channels with one warning', async () => {
    const channels = [
      ['Amazon.com', 'USD', '1.00'],
      ['Amazon.de', 'EUR', '1.00'],
      ['Amazon.co.jp', 'JPY', '100'],
      ['Amazon.co.uk', 'GBP', '1.00'],
      ['Non-Amazon', 'USD', '1.00'],
      ['Amazon.nl', 'EUR', '1.00'],
    ];
    const rows = channels.map(([channel, currency, price], i) =>
      line({ 'amazon-order-id': `O-${i}`, 'sales-channel': channel!, currency: currency!, 'item-price': price! }),
    );
    const result = await read(writeReport(tsv(ALL_ORDERS_32, rows)));
    expect(factsOf(result, 'orders').map((o) => [o.marketplace, o.currency, o.unitPrice])).toEqual([
      ['US', 'USD', 100],
      ['DE', 'EUR', 100],
      ['JP', 'JPY', 100],
      ['UK', 'GBP', 100],
    ]);
    expect(reasons(result.warnings).at(-1)).toEqual([
      null,
      'sales-channel',
      '2 lines of sales channels that are not a clearway marketplace skipped (Non-Amazon, Amazon.nl)',
    ]);
  });

  it('without a sales channel: --marketplace, else a one-marketplace currency, else the SKU; else exit-2 reason', async () => {
    const rows = [
      line({ 'sales-channel': '', currency: 'EUR', sku: 'SKU-EU' }),
      line({ 'amazon-order-id': 'O2', 'sales-channel': '', currency: 'GBP', sku: 'SKU-EU' }),
    ];
    const path = writeReport(tsv(ALL_ORDERS_32, rows));
    const byFlag = await read(path, context({ marketplace: 'FR', catalogue: { 'SKU-EU': ['FR'] } }));
    expect(reasons(byFlag.rejected)).toEqual([[3, 'currency', 'currency GBP is not the currency of FR (EUR)']]);
    const byCatalogue = await read(
      writeReport(tsv(ALL_ORDERS_32, rows.slice(0, 1))),
      context({ catalogue: { 'SKU-EU': ['ES'] } }),
    );
    expect(factsOf(byCatalogue, 'orders')[0]?.marketplace).toBe('ES');
    const unknown = await read(writeReport(tsv(ALL_ORDERS_32, rows.slice(0, 1))));
    expect(reasons(unknown.rejected)).toEqual([
      [2, 'sku', 'the report does not say its marketplace and SKU SKU-EU is not known on one: give --marketplace'],
    ]);
  });
});

describe('All Orders: rejected files', () => {
  it('a bad value: file, line, column and reason; no fact of the file (no product either)', async () => {
    const rows = [
      ORDER_ROWS[0] as string,
      line({ 'amazon-order-id': 'X', quantity: 'two' }),
      line({ 'amazon-order-id': 'Y', 'purchase-date': '18/02/2020', 'item-price': '7,49' }),
      line({ 'amazon-order-id': 'Z', 'fulfillment-channel': 'Drone' }),
      (ORDER_ROWS[1] as string).split('\t').slice(0, 20).join('\t'),
    ];
    const result = await read(writeReport(tsv(ALL_ORDERS_32, rows)));
    expect(reasons(result.rejected)).toEqual([
      [3, 'quantity', '"two" is not a whole number of units ≥ 0'],
      [4, 'purchase-date', '"18/02/2020" is not a date and time (ISO-8601, e.g. 2020-02-18T05:05:21+00:00)'],
      [4, 'item-price', '"7,49" is not an amount (a decimal like 23.09)'],
      [5, 'fulfillment-channel', '"Drone" is not a fulfilment channel (Amazon/AFN or Merchant/MFN)'],
      [6, null, 'the row has 20 fields, the header has 32'],
    ]);
    expect(result.batch).toEqual({});
  });

  it('a header that is not a known report names the missing required columns', async () => {
    const header = ALL_ORDERS_32.filter((c) => c !== 'item-price' && c !== 'purchase-date');
    const result = await read(writeReport([header.join('\t')]));
    expect(result.kind).toBe('amazon_all_orders');
    expect(reasons(result.rejected)).toEqual([
      [1, 'purchase-date', 'required column of amazon_all_orders is missing'],
      [1, 'item-price', 'required column of amazon_all_orders is missing'],
    ]);
  });
});

describe('All Orders: lines the account already has', () => {
  it('take the stored line number and Subscribe & Save flag (the report has no order-item id nor S&S)', async () => {
    const at = Date.UTC(2020, 1, 18, 4, 38, 23);
    const asked: [number, number][] = [];
    const ctx = context({
      catalogue: { th1218: ['US'], th20p4: ['US'] },
      orderLinesBetween: async (from, to) => {
        asked.push([from, to]);
        return from <= at && at <= to
          ? [{ orderId: '112-4197184-1505047', sku: 'th20p4', line: 2, at, subscribeAndSave: true }]
          : [];
      },
    });
    const orders = factsOf(await read(writeReport(tsv(ALL_ORDERS_32, ORDER_ROWS)), ctx), 'orders');
    expect(orders.map((o) => [o.orderId, o.line, o.subscribeAndSave])).toEqual([
      ['114-4892924-3377867', orderLineNumber('th1218', 1), false],
      ['113-9925451-0581038', orderLineNumber('th20p4', 1), false],
      ['112-4197184-1505047', 2, true],
    ]);
    // One query per UTC day around the rows (the 17th, 18th and 19th of February), each asked once.
    const DAY = 86_400_000;
    const day = Math.floor(at / DAY);
    expect(asked.sort((a, b) => a[0] - b[0])).toEqual([day - 1, day, day + 1].map((d) => [d * DAY, (d + 1) * DAY - 1]));
  });
});
