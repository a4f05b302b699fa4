// Pure modules of the dashboard (web/src) run in Node: exact money sums, the excess table's selectors
// (filter, sort, nulls last, ∞ ratios), the proposal body and zone offsets, and the UI catalogue.
import { describe, expect, test } from 'vitest';
import type { ExcessRow } from '../../web/src/api/inventory-types.js';
import { compareMoney, fromMinor, sumMoney, toMinor, totalsByCurrency } from '../../web/src/decimal.js';
import { filterRows, prepareRows, sortRows, type ExcessFilter } from '../../web/src/excess/select.js';
import { catalogueEntries, translate } from '../../web/src/i18n.js';
import { emptyProposal, proposalBody, zoneOffset } from '../../web/src/promotions/proposal.js';
import { formatMoney } from '../../web/src/format.js';

function row(sku: string, over: Partial<ExcessRow> = {}): ExcessRow {
  return {
    sku,
    asin: `A-${sku}`,
    marketplace: 'US',
    currency: 'USD',
    onHand: 10,
    inbound: 0,
    unitsSold30d: 5,
    stockToSalesRatio: 2,
    ratioInfinite: false,
    band: 'healthy',
    ageBuckets: { '0-90': 10, '91-180': 0, '181-270': 0, '271-365': 0, '365+': 0 },
    holdingCost30d: '1.00',
    holdingCost90d: '3.00',
    outlet: { eligible: false, failed: [], maxDealPrice: null },
    recommendation: { action: 'none', price: null, expectedUnits: 0, netCash: null },
    ...over,
  };
}

const ALL: ExcessFilter = { band: '', marketplace: '', age: '', search: '' };

describe('decimal money', () => {
  test('sums exactly in minor units (0.10 + 0.20 = 0.30, never 0.30000000000000004)', () => {
    expect(sumMoney(['0.10', '0.20'], 'USD')).toBe('0.30');
    expect(sumMoney(['1200', '34', null], 'JPY')).toBe('1234');
    expect(sumMoney(['-4.50', '1.25'], 'EUR')).toBe('-3.25');
    expect(toMinor('23.09', 2)).toBe(2309n);
    expect(fromMinor(-5n, 2)).toBe('-0.05');
    expect(compareMoney('10.5', '10.49')).toBe(1);
  });

  test('totals per currency keep currencies apart', () => {
    const totals = totalsByCurrency([
      { currency: 'USD', amount: '1.50' },
      { currency: 'EUR', amount: '2.00' },
      { currency: 'USD', amount: '0.50' },
    ]);
    expect(totals).toEqual([
      { currency: 'EUR', amount: '2.00' },
      { currency: 'USD', amount: '2.00' },
    ]);
  });

  test('GEN-3: a currency with no figure at all totals null (no fee data), never 0', () => {
    expect(
      totalsByCurrency([
        { currency: 'JPY', amount: null },
        { currency: 'USD', amount: '1.00' },
      ]),
    ).toEqual([
      { currency: 'JPY', amount: null },
      { currency: 'USD', amount: '1.00' },
    ]);
  });

  test('money is formatted in the marketplace locale from the decimal string', () => {
    expect(formatMoney('1234.5', 'USD', 'US')).toBe('$1,234.50');
    expect(formatMoney('1234.5', 'EUR', 'DE')).toBe('1.234,50\u00a0€');
    expect(formatMoney('1234', 'JPY', 'JP')).toMatch(/^[￥¥]1,234$/);
    expect(formatMoney(null, 'USD', 'US')).toBe('—');
  });
});

describe('excess table selectors', () => {
  const rows = prepareRows([
    row('A', { onHand: 50, band: 'heavy_excess', stockToSalesRatio: null, ratioInfinite: true, unitsSold30d: 0 }),
    row('B', { onHand: 5, band: 'stockout_risk', stockToSalesRatio: 1, holdingCost90d: null }),
    row('C', {
      onHand: 20,
      marketplace: 'DE',
      currency: 'EUR',
      band: 'moderate_excess',
      stockToSalesRatio: 4,
      ageBuckets: { '0-90': 5, '91-180': 10, '181-270': 0, '271-365': 0, '365+': 5 },
    }),
    row('D', { onHand: 0, inbound: 0, unitsSold30d: 0, stockToSalesRatio: null, band: 'stockout_risk' }),
  ]);

  test('EXC-1: stock without sales sorts as ∞, above every finite ratio; no stock and no sales last', () => {
    expect(sortRows(rows, { key: 'ratio', desc: true }).map((p) => p.row.sku)).toEqual(['A', 'C', 'B', 'D']);
    expect(sortRows(rows, { key: 'ratio', desc: false }).map((p) => p.row.sku)).toEqual(['D', 'B', 'C', 'A']);
  });

  test('a missing amount sorts last in either direction', () => {
    expect(sortRows(rows, { key: 'holding90', desc: true }).at(-1)?.row.sku).toBe('B');
    expect(sortRows(rows, { key: 'holding90', desc: false }).at(-1)?.row.sku).toBe('B');
  });

  test('filters by band, marketplace, age and search text', () => {
    expect(filterRows(rows, { ...ALL, band: 'stockout_risk' }).map((p) => p.row.sku)).toEqual(['B', 'D']);
    expect(filterRows(rows, { ...ALL, marketplace: 'DE' }).map((p) => p.row.sku)).toEqual(['C']);
    expect(filterRows(rows, { ...ALL, age: '365' }).map((p) => p.row.sku)).toEqual(['C']);
    expect(filterRows(rows, { ...ALL, age: '90' }).map((p) => p.row.sku)).toEqual(['C']);
    expect(filterRows(rows, { ...ALL, search: 'a-b' }).map((p) => p.row.sku)).toEqual(['B']);
    expect(filterRows(rows, ALL)).toHaveLength(4);
  });

  test('units over 90 days sum the older buckets', () => {
    expect(rows.find((p) => p.row.sku === 'C')?.aged90).toBe(15);
  });
});

describe('proposal form', () => {
  test('zone offsets follow daylight saving time', () => {
    expect(zoneOffset('America/Los_Angeles', '2026-07-01', '08:00')).toBe('-07:00');
    expect(zoneOffset('America/Los_Angeles', '2026-12-01', '08:00')).toBe('-08:00');
    expect(zoneOffset('Asia/Tokyo', '2026-12-01', '08:00')).toBe('+09:00');
    expect(zoneOffset('Europe/Berlin', '2026-03-29', '03:30')).toBe('+02:00');
  });

  test('the body carries the CSV field names; a time makes an instant with the marketplace offset', () => {
    const form = { ...emptyProposal('2026-12-01'), sku: ' SKU-1 ', price: '19.99', discountPct: '' };
    expect(proposalBody(form, 'US')).toEqual({
      sku: 'SKU-1',
      kind: 'lightning_deal',
      start: '2026-12-01T08:00:00-08:00',
      end: '2026-12-01T20:00:00-08:00',
      stackable: false,
      audience: 'all',
      price: '19.99',
    });
    const days = {
      ...form,
      kind: 'coupon' as const,
      startTime: '',
      endTime: '',
      endDay: '2026-12-08',
      discountPct: '15',
    };
    expect(proposalBody(days, 'DE')).toMatchObject({ start: '2026-12-01', end: '2026-12-08', discount_pct: '15' });
  });
});

describe('UI catalogue (en + zh-CN)', () => {
  test('every entry has English and Chinese text with the same placeholders', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [key, en, zh] of catalogueEntries()) {
      expect(en.trim(), key).not.toBe('');
      expect(zh.trim(), key).not.toBe('');
      expect(placeholders(zh), key).toEqual(placeholders(en));
    }
  });

  test('translate fills values and shows an unknown code as it is', () => {
    expect(translate('en', 'rowsShown', { shown: 3, total: 10 })).toBe('3 of 10 SKUs');
    expect(translate('zh-CN', 'rowsShown', { shown: 3, total: 10 })).toBe('3 / 10 个 SKU');
    expect(translate('zh-CN', 'navOverview')).toBe('概览');
    expect(translate('en', 'kind_no_such_kind' as never)).toBe('kind_no_such_kind');
  });
});
