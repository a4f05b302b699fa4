import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseInstant } from '../calendar/calendar.js';
import { ruleSetFor } from '../rules/rules.js';
import { bandOf, exactFraction, stockToSales } from './stock-to-sales.js';

const rules = ruleSetFor('US', parseInstant('2026-03-01T00:00:00Z')).inventoryHealth;

describe('EXC-1 stock-to-sales ratio', () => {
  it('EXC-1: 2,840 units with 280 sold → 10.14, heavy excess (seed check)', () => {
    const r = stockToSales(2_500, 340, 280, rules);
    expect(r.stock).toBe(2_840);
    expect(r.ratio).toBe(10.14);
    expect(r.band).toBe('heavy_excess');
    expect(r.ratioInfinite).toBe(false);
  });

  it('EXC-1: stock and no sales → ratio ∞ (JSON null + ratioInfinite), heavy excess', () => {
    expect(stockToSales(5, 0, 0, rules)).toEqual({
      stock: 5,
      unitsSold: 0,
      ratio: null,
      ratioInfinite: true,
      band: 'heavy_excess',
    });
  });

  it('DEC-4: no stock and no sales → ratio null, stockout risk', () => {
    expect(stockToSales(0, 0, 0, rules)).toMatchObject({ ratio: null, ratioInfinite: false, band: 'stockout_risk' });
  });

  it('DEC-4: no stock with sales → ratio 0, stockout risk', () => {
    expect(stockToSales(0, 0, 12, rules)).toMatchObject({ ratio: 0, band: 'stockout_risk' });
  });

  it('inbound counts into the stock', () => {
    expect(stockToSales(100, 200, 100, rules)).toMatchObject({ stock: 300, ratio: 3, band: 'healthy' });
  });

  it('the ratio is shown to two decimals, rounded half up: 1/8 = 0.125 → 0.13, 2/3 → 0.67', () => {
    expect(stockToSales(1, 0, 8, rules).ratio).toBe(0.13);
    expect(stockToSales(2, 0, 3, rules).ratio).toBe(0.67);
  });
});

describe('DEC-4 bands compare exactly', () => {
  it('DEC-4: exactly 2 is healthy, just under 2 is stockout risk', () => {
    expect(bandOf(200, 100, rules)).toBe('healthy');
    expect(bandOf(199, 100, rules)).toBe('stockout_risk');
    // 1.999999… as a ratio of large integers: still below 2 exactly, though a float may show 2.00.
    expect(bandOf(1_999_999_999, 1_000_000_000, rules)).toBe('stockout_risk');
    expect(stockToSales(1_999_999_999, 0, 1_000_000_000, rules).ratio).toBe(2);
  });

  it('DEC-4: exactly 3 is healthy, just above 3 is moderate excess', () => {
    expect(bandOf(300, 100, rules)).toBe('healthy');
    expect(bandOf(301, 100, rules)).toBe('moderate_excess');
    expect(bandOf(3_000_000_001, 1_000_000_000, rules)).toBe('moderate_excess');
  });

  it('DEC-4: exactly 5 is moderate excess, just above 5 is heavy excess', () => {
    expect(bandOf(500, 100, rules)).toBe('moderate_excess');
    expect(bandOf(501, 100, rules)).toBe('heavy_excess');
    // 10/3 and 0.1-style edges: compare as fractions, not floats.
    expect(bandOf(10, 3, rules)).toBe('moderate_excess');
  });

  it('DEC-4: decimal edges from a rule set are exact fractions (2.5 → 5/2; 0.1 + 0.2 style noise absent)', () => {
    expect(exactFraction(2.5)).toEqual([25n, 10n]);
    expect(exactFraction(3)).toEqual([3n, 1n]);
    const r = { stockToSalesStockoutBelow: 0.3, stockToSalesHealthyMax: 2.5, stockToSalesModerateMax: 5 };
    expect(bandOf(3, 10, r)).toBe('healthy'); // 0.3 exactly is not below 0.3
    expect(bandOf(5, 2, r)).toBe('healthy'); // 2.5 exactly
    expect(bandOf(2_500_001, 1_000_000, r)).toBe('moderate_excess');
  });

  it('DEC-4 property: the band agrees with exact rational comparison of stock·1 against edge·sold', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000 }), fc.integer({ min: 1, max: 10_000 }), (stock, sold) => {
        const band = bandOf(stock, sold, rules);
        const expected =
          stock < 2 * sold
            ? 'stockout_risk'
            : stock <= 3 * sold
              ? 'healthy'
              : stock <= 5 * sold
                ? 'moderate_excess'
                : 'heavy_excess';
        expect(band).toBe(expected);
      }),
    );
  });
});
