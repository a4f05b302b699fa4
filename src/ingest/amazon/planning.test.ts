// FBA Inventory planning (AMAZON-REPORTS.md B.2): the 2022 (63 columns), 2023–2025 (AIS) and 2026
// (99 columns) headers and the EU subset. No public file has real values, so the rows are written here
// on the documented headers. DEC-1 lots from the age buckets, offers, prices, Amazon's recommendations.
import { describe, expect, it } from 'vitest';
import { localDay } from '../../core/calendar/calendar.js';
import {
  PLANNING_EU,
  PLANNING_V1,
  PLANNING_V2,
  PLANNING_V3,
  context,
  factsOf,
  read,
  reasons,
  reordered,
  rowOf,
  tsv,
  writeReport,
} from './test-support.js';

const LA = 'America/Los_Angeles';

/** A 2026 row: every kind of column filled (values chosen to be checkable). */
const V3_ROW: Record<string, string> = {
  'snapshot-date': '2026-05-01', sku: 'PL-1', fnsku: 'X00PL00001', asin: 'B0PLAN0001', 'product-name': 'Pillow 20" x 20"',
  condition: 'New', available: '40', 'fc-transfer': '1', 'pending-removal-quantity': '0',
  'inv-age-0-to-90-days': '20', 'inv-age-91-to-180-days': '10', 'inv-age-181-to-270-days': '5',
  'inv-age-271-to-365-days': '3', 'inv-age-366-to-455-days': '1', 'inv-age-456-plus-days': '1', currency: 'USD',
  'units-shipped-t7': '3', 'units-shipped-t30': '12', 'units-shipped-t60': '25', 'units-shipped-t90': '40',
  alert: '', 'your-price': '24.99', 'sales-price': '22.99', 'lowest-price-new-plus-shipping': '23.99',
  'lowest-price-used': '', 'recommended-action': 'CreateShippingPlan', 'DEPRECATED healthy-inventory-level': '0',
  'recommended-sales-price': '19.99', 'recommended-sale-duration-days': '14', 'recommended-removal-quantity': '0',
  'estimated-cost-savings-of-recommended-actions': '12.34', 'sell-through': '0.45', 'item-volume': '0.125',
  'volume-unit-measurement': 'cubic feet', 'storage-type': 'Standard', 'storage-volume': '5', marketplace: 'US',
  'product-group': 'Home', 'sales-rank': '1234', 'days-of-supply': '101', 'estimated-excess-quantity': '9',
  'weeks-of-cover-t30': '14.3', 'weeks-of-cover-t90': '11.2', 'featuredoffer-price': '24.49',
  'sales-shipped-last-7-days': '74.97', 'sales-shipped-last-30-days': '299.88', 'sales-shipped-last-60-days': '624.75',
  'sales-shipped-last-90-days': '999.60', 'inv-age-0-to-30-days': '5', 'inv-age-31-to-60-days': '7',
  'inv-age-61-to-90-days': '8', 'inv-age-181-to-330-days': '7', 'inv-age-331-to-365-days': '1',
  'estimated-storage-cost-next-month': '4.29', 'inbound-quantity': '15', 'inbound-working': '7',
  'inbound-shipped': '8', 'inbound-received': '0', 'no-sale-last-6-months': '0', 'Total Reserved Quantity': '3',
  'unfulfillable-quantity': '1', 'quantity-to-be-charged-ais-181-210-days': '2', 'estimated-ais-181-210-days': '0.25',
  'quantity-to-be-charged-ais-366-455-days': '1', 'estimated-ais-366-455-days': '0.30',
  'quantity-to-be-charged-ais-456-plus-days': '1', 'estimated-ais-456-plus-days': '0.35',
  'historical-days-of-supply': '88.25', 'fba-minimum-inventory-level': '12',
  'fba-inventory-level-health-status': 'Healthy', 'Recommended ship-in quantity': '0',
  'Recommended ship-in date': '2026-05-20', 'Exempted from Low-Inventory-Level fee?': 'Yes',
  'Low-Inventory-Level fee applied in current week?': 'No', 'Inventory age snapshot date': '2026-04-29',
  'Total Days of Supply (including units from open shipments)': '120', 'is-seasonal-in-next-3-months': 'No',
  'season-name': '', 'season-start-date': '', 'season-end-date': '',
}; // prettier-ignore

const SNAPSHOT = Date.UTC(2026, 4, 1, 7); // 2026-05-01 local midnight, Los Angeles (PDT)

describe('planning report, 2026 header (99 columns)', () => {
  it('keeps the row as reported: stock, ages, sales, Amazon’s recommendations and costs', async () => {
    const result = await read(writeReport(tsv(PLANNING_V3, [rowOf(PLANNING_V3, V3_ROW)])));
    expect(result.kind).toBe('amazon_inventory_planning');
    expect(result.warnings.map((w) => w.code)).toEqual(['IMPORT_AMAZON_PRODUCTS_ADDED']);
    expect(factsOf(result, 'planning_rows')).toEqual([
      {
        sku: 'PL-1', asin: 'B0PLAN0001', marketplace: 'US', at: SNAPSHOT, condition: 'new', available: 40, fcTransfer: 1,
        pendingRemoval: 0, reserved: 3, unfulfillable: 1, inbound: 15, inboundWorking: 7, inboundShipped: 8,
        inboundReceived: 0, ageDay: '2026-04-29', age0To90: 20, age91To180: 10, age181To270: 5, age271To365: 3,
        age365Plus: null, age366To455: 1, age456Plus: 1, age0To30: 5, age31To60: 7, age61To90: 8, age181To330: 7,
        age331To365: 1, unitsShippedT7: 3, unitsShippedT30: 12, unitsShippedT60: 25, unitsShippedT90: 40,
        salesShippedT7: 7497, salesShippedT30: 29_988, salesShippedT60: 62_475, salesShippedT90: 99_960,
        yourPrice: 2499, salesPrice: 2299, lowestPriceNew: 2399, lowestPriceUsed: null, featuredOfferPrice: 2449,
        alert: null, recommendedAction: 'CreateShippingPlan', recommendedSalesPrice: 1999,
        recommendedSaleDurationDays: 14, recommendedRemovalQuantity: 0, estimatedCostSavings: 1234, sellThrough: 0.45,
        itemVolume: 0.125, volumeUnit: 'cubic feet', storageType: 'Standard', storageVolume: 5, daysOfSupply: 101,
        estimatedExcessQuantity: 9, weeksOfCoverT30: 14.3, weeksOfCoverT90: 11.2, estimatedStorageCostNextMonth: 429,
        estimatedAis: 90, aisChargedUnits: 4, estimatedLtsfNextCharge: null, historicalDaysOfSupply: 88.25,
        totalDaysOfSupply: 120, fbaMinimumInventoryLevel: 12, inventoryLevelHealth: 'Healthy',
        recommendedShipInQuantity: 0, recommendedShipInDay: '2026-05-20', lowInventoryFeeExempt: true,
        lowInventoryFeeApplied: false, seasonalNext3Months: false, seasonName: null, seasonStartDay: null,
        seasonEndDay: null,
      },
    ]); // prettier-ignore
  });

  it('DEC-1: the age buckets become lots received at each bucket’s midpoint age before the age snapshot date', async () => {
    const result = await read(writeReport(tsv(PLANNING_V3, [rowOf(PLANNING_V3, V3_ROW)])));
    const lots = factsOf(result, 'lots');
    expect(lots.every((l) => l.at === SNAPSHOT && l.sku === 'PL-1' && l.marketplace === 'US')).toBe(true);
    // 2026-04-29 minus 15, 45, 75 (0–30, 31–60, 61–90), 135, 225, 318, 410 (366–455) and 456 (456+) days.
    expect(lots.map((l) => [localDay(l.received, LA), l.units])).toEqual([
      ['2026-04-14', 5],
      ['2026-03-15', 7],
      ['2026-02-13', 8],
      ['2025-12-15', 10],
      ['2025-09-16', 5],
      ['2025-06-15', 3],
      ['2025-03-15', 1],
      ['2025-01-28', 1],
    ]);
  });

  it('the lowest new price becomes an offer; your-price a price change; a SKU with no aged units one 0-unit lot', async () => {
    const empty: Record<string, string> = {
      ...V3_ROW,
      sku: 'PL-2',
      'lowest-price-new-plus-shipping': '',
      'your-price': '',
    };
    for (const k of Object.keys(empty)) if (k.startsWith('inv-age-')) empty[k] = '0';
    const result = await read(writeReport(tsv(PLANNING_V3, [rowOf(PLANNING_V3, V3_ROW), rowOf(PLANNING_V3, empty)])));
    expect(factsOf(result, 'offers')).toEqual([
      {
        asin: 'B0PLAN0001',
        marketplace: 'US',
        at: SNAPSHOT,
        seller: 'lowest-new',
        condition: 'new',
        price: 2399,
        buyBox: false,
      },
    ]);
    expect(factsOf(result, 'prices')).toEqual([
      { sku: 'PL-1', marketplace: 'US', at: SNAPSHOT, price: 2499, dealId: null },
    ]);
    expect(factsOf(result, 'lots').filter((l) => l.sku === 'PL-2')).toEqual([
      { sku: 'PL-2', marketplace: 'US', at: SNAPSHOT, received: Date.UTC(2026, 3, 29, 7), units: 0 },
    ]);
  });

  it('a reordered header imports the same facts', async () => {
    const lines = tsv(PLANNING_V3, [rowOf(PLANNING_V3, V3_ROW)]);
    const a = await read(writeReport(lines));
    const b = await read(writeReport(reordered(lines)));
    expect(b.batch).toEqual(a.batch);
  });
});

describe('planning report, older headers and the EU subset', () => {
  it('2022 header (63 columns): reserved-quantity, the 365+ bucket (lot at 366 days), the LTSF estimate', async () => {
    const row = rowOf(PLANNING_V1, {
      'snapshot-date': '2023-10-15', sku: 'V1', asin: 'B0000000V1', condition: 'Used - Like New', available: '9',
      'inv-age-0-to-90-days': '4', 'inv-age-91-to-180-days': '0', 'inv-age-181-to-270-days': '0',
      'inv-age-271-to-365-days': '3', 'inv-age-365-plus-days': '2', 'inv-age-0-to-30-days': '1',
      'inv-age-31-to-60-days': '1', 'inv-age-61-to-90-days': '1', currency: 'USD', 'reserved-quantity': '5',
      'estimated-ltsf-next-charge': '6.90', 'qty-to-be-charged-ltsf-12-mo': '2', marketplace: 'US',
      'healthy-inventory-level': '4',
    }); // prettier-ignore
    const result = await read(writeReport(tsv(PLANNING_V1, [row])));
    expect(result.warnings.map((w) => w.code)).toEqual(['IMPORT_AMAZON_PRODUCTS_ADDED']);
    expect(factsOf(result, 'planning_rows')[0]).toMatchObject({
      condition: 'used',
      reserved: 5,
      age365Plus: 2,
      age366To455: null,
      estimatedLtsfNextCharge: 690,
      estimatedAis: null,
      ageDay: null,
    });
    // The finer 0–90 buckets add up to 3, not 4: the 0–90 bucket is used (45 days). No age date: the snapshot day.
    expect(factsOf(result, 'lots').map((l) => [localDay(l.received, LA), l.units])).toEqual([
      ['2023-08-31', 4],
      ['2022-12-01', 3],
      ['2022-10-14', 2],
    ]);
  });

  it('2023–2025 header (AIS columns): the AIS estimates and charged units are summed over the tiers', async () => {
    const row = rowOf(PLANNING_V2, {
      'snapshot-date': '2024-06-15', sku: 'V2', asin: 'B0000000V2', available: '10', marketplace: 'US',
      'estimated-ais-181-210-days': '0.50', 'quantity-to-be-charged-ais-181-210-days': '1',
      'estimated-ais-365-plus-days': '6.90', 'quantity-to-be-charged-ais-365-plus-days': '3',
    }); // prettier-ignore
    const result = await read(writeReport(tsv(PLANNING_V2, [row])));
    expect(result.warnings.map((w) => w.code)).toEqual(['IMPORT_AMAZON_PRODUCTS_ADDED']);
    expect(factsOf(result, 'planning_rows')[0]).toMatchObject({ estimatedAis: 740, aisChargedUnits: 4, age0To90: 0 });
  });

  it('the EU subset (UTF-8 with BOM): cost-coverage fee columns, age date; no complete buckets → no lots, a warning', async () => {
    const row = rowOf(PLANNING_EU, {
      'snapshot-date': '2026-05-03', sku: 'EU-1', fnsku: 'X0EU', asin: 'B00000EU01', 'product-name': 'Kissen',
      condition: 'New', available: '12', 'fc-transfer': '0', 'pending-removal-quantity': '', 'inv-age-0-to-90-days': '12',
      'sell-through': '1.5', 'days-of-supply': '30', marketplace: 'DE', 'Total Reserved Quantity': '2',
      'unfulfillable-quantity': '0', 'estimated-excess-quantity': '0', 'Inventory age snapshot date': '2026-05-01',
      'Exempted from Low-Inventory cost coverage fee?': 'Yes', 'Low-Inventory cost coverage fee applied in current week?': 'No',
    }); // prettier-ignore
    const result = await read(
      writeReport(tsv(PLANNING_EU, [row]), { bom: true }),
      context({ catalogue: { 'EU-1': ['DE'] } }),
    );
    expect(factsOf(result, 'planning_rows')[0]).toMatchObject({
      marketplace: 'DE',
      at: Date.UTC(2026, 4, 2, 22),
      reserved: 2,
      pendingRemoval: 0,
      ageDay: '2026-05-01',
      lowInventoryFeeExempt: true,
      lowInventoryFeeApplied: false,
      sellThrough: 1.5,
    });
    expect(factsOf(result, 'lots')).toEqual([]);
    expect(reasons(result.warnings)).toEqual([
      [null, null, 'this planning report has no complete set of age buckets: no on-hand by age (lots) taken from it'],
    ]);
  });

  it('rows of marketplaces clearway does not cover are skipped; a wrong currency or a bad value rejects', async () => {
    const nl = rowOf(PLANNING_V3, { ...V3_ROW, sku: 'NL-1', marketplace: 'NL', currency: 'EUR' });
    const skipped = await read(writeReport(tsv(PLANNING_V3, [rowOf(PLANNING_V3, V3_ROW), nl])));
    expect(factsOf(skipped, 'planning_rows')).toHaveLength(1);
    expect(reasons(skipped.warnings).at(-1)).toEqual([
      null,
      'marketplace',
      '1 rows of marketplaces clearway does not cover skipped (NL)',
    ]);
    const bad = rowOf(PLANNING_V3, { ...V3_ROW, currency: 'EUR', 'snapshot-date': 'yesterday', 'sell-through': 'n/a' });
    const rejected = await read(writeReport(tsv(PLANNING_V3, [bad])));
    expect(reasons(rejected.rejected)).toEqual([
      [2, 'snapshot-date', '"yesterday" is not a date and time (ISO-8601, e.g. 2020-02-18T05:05:21+00:00)'],
      [2, 'currency', 'currency EUR is not the currency of US (USD)'],
      [2, 'sell-through', '"n/a" is not a number ≥ 0'],
    ]);
  });
});

describe('planning report and lots already known', () => {
  it('keeps a lots snapshot the account already has at the same instant (exact dates beat midpoints)', async () => {
    const row = rowOf(PLANNING_V3, V3_ROW);
    const asked: unknown[] = [];
    const ctx = context({
      hasFactsAt: async (...args) => {
        asked.push(args);
        return true;
      },
    });
    const result = await read(writeReport(tsv(PLANNING_V3, [row])), ctx);
    expect(factsOf(result, 'lots')).toEqual([]);
    expect(factsOf(result, 'planning_rows')).toHaveLength(1);
    expect(asked).toEqual([['lots', 'US', 'PL-1', SNAPSHOT]]);
  });
});

describe('planning report offers', () => {
  it('one lowest-new offer per ASIN and snapshot, at the lowest price its SKU rows give', async () => {
    const used = rowOf(PLANNING_V3, {
      ...V3_ROW,
      sku: 'PL-1-USED',
      condition: 'Used',
      'lowest-price-new-plus-shipping': '22.50',
    });
    const result = await read(writeReport(tsv(PLANNING_V3, [rowOf(PLANNING_V3, V3_ROW), used])));
    expect(factsOf(result, 'offers').map((o) => [o.asin, o.price])).toEqual([['B0PLAN0001', 2250]]);
  });
});
