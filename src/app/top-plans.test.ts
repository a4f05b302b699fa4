// Which SKUs the overview plans (GET /plans/top): moderate or heavy excess (DEC-4) by projected 90-day
// holding cost (EXC-2) within each currency, taken in turn across currencies up to the limit.
import { describe, expect, test } from 'vitest';
import type { ExcessRowDoc } from './inventory-documents.js';
import { topExcessRows } from './top-plans.js';

function row(sku: string, currency: 'USD' | 'EUR', band: ExcessRowDoc['band'], holding: string | null): ExcessRowDoc {
  return {
    sku,
    currency,
    marketplace: currency === 'USD' ? 'US' : 'DE',
    band,
    holdingCost90d: holding,
    excessUnits: 10,
  } as ExcessRowDoc;
}

describe('topExcessRows', () => {
  test('EXC-2/DEC-4: excess rows only, highest holding cost first per currency, currencies in turn', () => {
    const rows = [
      row('U1', 'USD', 'heavy_excess', '10.00'),
      row('U2', 'USD', 'moderate_excess', '99.00'),
      row('U3', 'USD', 'healthy', '500.00'),
      row('U4', 'USD', 'heavy_excess', null),
      row('E1', 'EUR', 'heavy_excess', '5.00'),
      row('E2', 'EUR', 'heavy_excess', '7.50'),
    ];
    expect(topExcessRows(rows, 10).map((r) => r.sku)).toEqual(['E2', 'U2', 'E1', 'U1', 'U4']);
    expect(topExcessRows(rows, 3).map((r) => r.sku)).toEqual(['E2', 'U2', 'E1']);
    expect(topExcessRows([], 3)).toEqual([]);
  });
});
