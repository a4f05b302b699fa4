// Restock Inventory (AMAZON-REPORTS.md B.4): the GB fixture rows (comma-separated, 29 columns) and the
// 30-column tab-separated header; reordered headers.
import { describe, expect, it } from 'vitest';
import type { RestockRowFact } from '../../core/catalog/facts.js';
import {
  RESTOCK_30,
  RESTOCK_CSV,
  context,
  factsOf,
  read,
  reasons,
  reordered,
  tsv,
  writeReport,
} from './test-support.js';

const AT = Date.UTC(2026, 5, 30, 9);
const CTX = context({ importedAt: AT });

const FIXTURE: Partial<RestockRowFact>[] = [
  { sku: 'OD001209UK', asin: 'B01EXAMPLE1', price: 999, salesLast30Days: 24_500, unitsSoldLast30Days: 24, totalUnits: 0,
    inbound: 0, available: 0, alert: 'out_of_stock', recommendedQuantity: 227, recommendedShipDay: '2026-07-04' },
  { sku: 'OD045085UK', asin: 'B01EXAMPLE2', price: 1299, salesLast30Days: 18_000, unitsSoldLast30Days: 18, totalUnits: 5,
    inbound: 10, available: 5, alert: 'reorder_now', recommendedQuantity: 18, recommendedShipDay: '2026-07-07' },
  { sku: 'OD009033UK', asin: 'B01EXAMPLE3', price: 899, salesLast30Days: 3000, unitsSoldLast30Days: 3, totalUnits: 20,
    inbound: 0, available: 20, alert: null, recommendedQuantity: 0, recommendedShipDay: null },
]; // prettier-ignore

describe('Restock Inventory', () => {
  it('the GB fixture (comma-separated, 29 columns): Country → UK, day-first ship dates, Amazon’s quantities', async () => {
    const result = await read(writeReport(RESTOCK_CSV), CTX);
    expect(result.kind).toBe('amazon_restock');
    const rows = factsOf(result, 'restock_rows');
    expect(rows).toHaveLength(3);
    rows.forEach((row, i) => expect(row).toMatchObject({ ...FIXTURE[i], marketplace: 'UK', at: AT, condition: 'new' }));
    expect(rows[1]).toMatchObject({
      totalDaysOfSupply: 15,
      daysOfSupplyAtAmazon: 10,
      fulfilledBy: 'Amazon',
      unitStorageSize: 'Small',
    });
    expect(rows[0]).toMatchObject({ working: 0, shipped: 0, receiving: 0, supplier: null, recommendedAction: null });
  });

  it('the 30-column report as Amazon sends it (tab-separated, with Recommended action); reordered', async () => {
    const lines = RESTOCK_CSV.slice(1).map((line) => {
      const cells = line.split(',');
      cells.splice(28, 0, 'Reorder now');
      return cells.join('\t');
    });
    const tab = await read(writeReport(tsv(RESTOCK_30, lines)), CTX);
    expect(tab.warnings.map((w) => w.code)).toEqual(['IMPORT_AMAZON_PRODUCTS_ADDED']);
    const rows = factsOf(tab, 'restock_rows');
    rows.forEach((row, i) => expect(row).toMatchObject({ ...FIXTURE[i], recommendedAction: 'Reorder now' }));
    const again = await read(writeReport(reordered(tsv(RESTOCK_30, lines))), CTX);
    expect(again.batch).toEqual(tab.batch);
  });

  it('a US file reads slashed dates month first; a bad date is rejected with its line and column', async () => {
    const us = RESTOCK_CSV.slice(1, 2).map((l) => l.replace('United Kingdom', 'United States').replace('GBP', 'USD'));
    const result = await read(writeReport([RESTOCK_CSV[0] as string, ...us]), CTX);
    expect(factsOf(result, 'restock_rows')[0]).toMatchObject({ marketplace: 'US', recommendedShipDay: '2026-04-07' });
    const bad = RESTOCK_CSV.slice(1, 2).map((l) => l.replace('04/07/2026', '31/13/2026'));
    const rejected = await read(writeReport([RESTOCK_CSV[0] as string, ...bad]), CTX);
    expect(reasons(rejected.rejected)).toEqual([
      [2, 'Recommended ship date', '"31/13/2026" is not a date (YYYY-MM-DD, DD/MM/YYYY or ISO-8601)'],
    ]);
  });
});
