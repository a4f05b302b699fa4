// FBA Manage Inventory (AMAZON-REPORTS.md B.1): the real sample rows, the 18/21/26-column headers,
// reordered headers, marketplaces, prices and rejected values.
import { describe, expect, it } from 'vitest';
import type { InventorySnapshotFact } from '../../core/catalog/facts.js';
import {
  MYI_18,
  MYI_21,
  MYI_26,
  MYI_ROWS,
  context,
  factsOf,
  read,
  reasons,
  reordered,
  rowOf,
  tsv,
  writeReport,
} from './test-support.js';

const AT = Date.UTC(2026, 4, 1, 12);
const DE = context({ marketplace: 'DE', importedAt: AT });

/** The three sample rows as facts (EU account, read as DE). */
const SAMPLE: InventorySnapshotFact[] = [
  ['ABAG-D006-02-EU6-PAN', 'B07CGF3PWH', 1039, 15, 192.06, 7, 8],
  ['ABAG-N002-B-02-EU6-PAN', 'B07CPG414Z', 1929, 2, 159.94, 0, 2],
  ['ABAG-N002-C-02-EU6-PAN', 'B07CNTCPNR', 3159, 3, 192.06, 0, 3],
].map(([sku, asin, yourPrice, total, unitVolume, inboundWorking, inboundShipped]) => ({
  sku: sku as string,
  asin: asin as string,
  marketplace: 'DE',
  at: AT,
  condition: 'new',
  fulfillable: 0,
  reserved: 0,
  unsellable: 0,
  warehouse: 0,
  total: total as number,
  inboundWorking: inboundWorking as number,
  inboundShipped: inboundShipped as number,
  inboundReceiving: 0,
  researching: null,
  reservedFutureSupply: null,
  futureSupplyBuyable: null,
  fcTransfer: null,
  // Empty when there is no MFN listing.
  mfnFulfillable: null,
  yourPrice: yourPrice as number,
  unitVolume: unitVolume as number,
  volumeUnit: 'cubic centimeters',
  source: 'amazon_myi',
}));

describe('Manage Inventory: the real sample rows (18 columns)', () => {
  it('import as inventory snapshots at --at; afn-total-quantity includes inbound (15 = 0 + 7 + 8)', async () => {
    const result = await read(writeReport(tsv(MYI_18, MYI_ROWS)), DE);
    expect(result.kind).toBe('amazon_manage_inventory');
    const snapshots = factsOf(result, 'inventory_snapshots');
    expect(snapshots).toEqual(SAMPLE);
    for (const s of snapshots) {
      expect(s.total).toBe((s.warehouse ?? 0) + s.inboundWorking + s.inboundShipped + s.inboundReceiving);
    }
  });

  it('the seller price becomes a price fact (none in force yet); unknown SKUs become products with their volume', async () => {
    const result = await read(writeReport(tsv(MYI_18, MYI_ROWS)), DE);
    expect(factsOf(result, 'prices')).toEqual(
      SAMPLE.map((s) => ({ sku: s.sku, marketplace: 'DE', at: AT, price: s.yourPrice, dealId: null })),
    );
    const products = factsOf(result, 'products');
    expect(products.map((p) => [p.sku, p.asin, p.marketplace, p.validFrom])).toEqual(
      SAMPLE.map((s) => [s.sku, s.asin, 'DE', AT]),
    );
    expect(products[0]?.unitCubicFeet).toBeCloseTo(192.06 / 28_316.846592, 12);
  });

  it('no price fact when your-price is the price in force', async () => {
    const ctx = context({
      marketplace: 'DE',
      importedAt: AT,
      priceAt: async (_mp, sku) => (sku.startsWith('ABAG-D006') ? 1039 : 999),
    });
    const prices = factsOf(await read(writeReport(tsv(MYI_18, MYI_ROWS)), ctx), 'prices');
    expect(prices.map((p) => [p.sku, p.price])).toEqual([
      ['ABAG-N002-B-02-EU6-PAN', 1929],
      ['ABAG-N002-C-02-EU6-PAN', 3159],
    ]);
  });

  it('a reordered header imports the same facts', async () => {
    const result = await read(writeReport(reordered(tsv(MYI_18, MYI_ROWS))), DE);
    expect(factsOf(result, 'inventory_snapshots')).toEqual(SAMPLE);
  });
});

describe('Manage Inventory: the 21- and 26-column headers', () => {
  it('21 columns: researching and the In-Stock Head Start future-supply quantities', async () => {
    // The German row of B.1 (from a Deno test), with future-supply values added.
    const row = rowOf(MYI_21, {
      sku: 'DE-1', asin: 'B000000DE1', condition: 'New', 'your-price': '19.99', 'afn-listing-exists': 'Yes',
      'afn-fulfillable-quantity': '0', 'afn-total-quantity': '77', 'afn-warehouse-quantity': '2',
      'afn-researching-quantity': '2', 'afn-inbound-shipped-quantity': '75', 'afn-reserved-future-supply': '12',
      'afn-future-supply-buyable': '30',
    }); // prettier-ignore
    const [fact] = factsOf(await read(writeReport(tsv(MYI_21, [row])), DE), 'inventory_snapshots');
    expect(fact).toMatchObject({
      fulfillable: 0,
      reserved: 0,
      warehouse: 2,
      total: 77,
      researching: 2,
      inboundWorking: 0,
      inboundShipped: 75,
      reservedFutureSupply: 12,
      futureSupplyBuyable: 30,
      unitVolume: null,
      volumeUnit: null,
    });
  });

  it('26 columns (2026): the FC-transfer quantity; the other new columns are known, not warned', async () => {
    const cells = (MYI_ROWS[0] as string).split('\t');
    const row = rowOf(MYI_26, {
      ...Object.fromEntries(MYI_18.map((name, i) => [name, cells[i] ?? ''])),
      'afn-researching-quantity': '1', 'afn-reserved-future-supply': '0', 'afn-future-supply-buyable': '0',
      'afn-fulfillable-quantity-local': '0', 'afn-fulfillable-quantity-remote': '0', 'afn-fc-transfer-quantity': '4',
      'afn-onhand-buyable-quantity': '0', store: 'Amazon.de',
    }); // prettier-ignore
    const known = context({ marketplace: 'DE', importedAt: AT, catalogue: { 'ABAG-D006-02-EU6-PAN': ['DE'] } });
    const result = await read(writeReport(tsv(MYI_26, [row])), known);
    expect(result.warnings).toEqual([]);
    expect(factsOf(result, 'inventory_snapshots')[0]).toEqual({
      ...SAMPLE[0],
      researching: 1,
      reservedFutureSupply: 0,
      futureSupplyBuyable: 0,
      fcTransfer: 4,
    });
  });

  it('on US the unit volume is in cubic feet', async () => {
    const row = rowOf(MYI_18, {
      sku: 'US-1',
      asin: 'B0000000US',
      'per-unit-volume': '0.25',
      'afn-fulfillable-quantity': '3',
    });
    const ctx = context({ marketplace: 'US' });
    const result = await read(writeReport(tsv(MYI_18, [row])), ctx);
    expect(factsOf(result, 'inventory_snapshots')[0]).toMatchObject({ unitVolume: 0.25, volumeUnit: 'cubic feet' });
    expect(factsOf(result, 'products')[0]?.unitCubicFeet).toBe(0.25);
  });
});

describe('Manage Inventory: marketplaces and rejections', () => {
  it('without --marketplace: the SKU’s one marketplace, else the row is rejected naming the way out', async () => {
    const path = writeReport(tsv(MYI_18, MYI_ROWS.slice(0, 2)));
    const ctx = context({ catalogue: { 'ABAG-D006-02-EU6-PAN': ['UK'], 'ABAG-N002-B-02-EU6-PAN': ['DE', 'FR'] } });
    const result = await read(path, ctx);
    expect(reasons(result.rejected)).toEqual([
      [3, 'sku', 'sku ABAG-N002-B-02-EU6-PAN is sold on DE, FR: give --marketplace'],
    ]);
    const one = await read(writeReport(tsv(MYI_18, MYI_ROWS.slice(0, 1))), ctx);
    expect(factsOf(one, 'inventory_snapshots')[0]).toMatchObject({ marketplace: 'UK', yourPrice: 1039 });
    const none = await read(writeReport(tsv(MYI_18, MYI_ROWS.slice(2))));
    expect(reasons(none.rejected)).toEqual([
      [
        2,
        'sku',
        'the report does not say its marketplace and SKU ABAG-N002-C-02-EU6-PAN is not known on one: give --marketplace',
      ],
    ]);
  });

  it('a bad quantity, price or condition: line, column and reason; nothing of the file', async () => {
    const cells = (MYI_ROWS[0] as string).split('\t');
    const base = Object.fromEntries(MYI_18.map((name, i) => [name, cells[i] ?? '']));
    const rows = [
      MYI_ROWS[1] as string,
      rowOf(MYI_18, { ...base, 'afn-fulfillable-quantity': '-1', 'your-price': '10.399' }),
      rowOf(MYI_18, { ...base, condition: 'Broken', 'per-unit-volume': 'big' }),
    ];
    const result = await read(writeReport(tsv(MYI_18, rows)), DE);
    expect(reasons(result.rejected)).toEqual([
      [3, 'your-price', '"10.399" has more than 2 decimal places for EUR'],
      [3, 'afn-fulfillable-quantity', '"-1" is not a whole number of units ≥ 0'],
      [4, 'condition', '"Broken" is not a condition clearway knows (New, Used…, Collectible…, Refurbished/Renewed)'],
      [4, 'per-unit-volume', '"big" is not a number ≥ 0'],
    ]);
    expect(result.batch).toEqual({});
  });

  it('a header without a required column names it', async () => {
    const header = MYI_18.filter((c) => c !== 'afn-reserved-quantity');
    const result = await read(writeReport([header.join('\t')]), DE);
    expect(reasons(result.rejected)).toEqual([
      [1, 'afn-reserved-quantity', 'required column of amazon_manage_inventory is missing'],
    ]);
  });
});
