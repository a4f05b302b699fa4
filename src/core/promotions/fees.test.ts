import { describe, expect, it } from 'vitest';
import { addDays } from '../calendar/calendar.js';
import { ruleSetFor } from '../rules/rules.js';
import { estimateFee } from './fees.js';
import { asinFacts, at, envFor, event, order, promo, wasPriceOrders, type PromoInput } from './test-support.js';

const coupon = (start: string, end: string, over: Partial<PromoInput> = {}) =>
  promo({ id: 'C1', kind: 'coupon', start, end, discountPct: 30, ...over });
const ld = (day: string, priceCents: number, over: Partial<PromoInput> = {}) =>
  promo({
    id: 'LD1',
    kind: 'lightning_deal',
    start: `${day}T08:00:00-07:00`,
    end: `${day}T20:00:00-07:00`,
    price: priceCents,
    ...over,
  });
const REFS = { current: 3299, was: 3299 };

describe('PM-1f coupon fees from the rule set', () => {
  it('PM-1f: from 2025-11-05, 5.00 per coupon + 2.5% of coupon sales (public notices): 30% off 32.99, 10 a day × 7 days', () => {
    const fee = estimateFee(
      envFor(coupon('2026-04-01T00:00:00-07:00', '2026-04-08T00:00:00-07:00'), { refs: REFS, expectedDailyUnits: 10 }),
    );
    // 70 units × 23.09 = 1,616.30 sales → 2.5% = 40.4075 → 40.41; + 5.00
    expect(fee).toMatchObject({
      fixed: 500,
      perRedemption: 0,
      variableRate: 2.5,
      variableBase: 'sales',
      variableCap: 200_000,
      expectedUnits: 70,
      days: 7,
      estimated: 4541,
      currency: 'USD',
    });
    expect(fee.basis).toContain('5.00 per promotion');
    expect(fee.basis).toContain('2.5% of sales 1616.30 (70 units × 23.09) = 40.41');
    expect(fee.basis).toContain('expected 70 units = 10 a day (given) × 7 days');
    expect(fee.basisZh).toContain('每次促销 5.00');
    // the seed 002 model beside it: 0.60 per redemption + 2.5% of the discount (70 × 9.90 = 693.00 → 17.33)
    expect(fee.seedModel?.estimated).toBe(70 * 60 + 1733);
  });

  it('PM-1f: the variable part is capped at 2,000.00 per coupon from 2025-11-05, uncapped before', () => {
    const big = (start: string, end: string) =>
      estimateFee(envFor(coupon(start, end), { refs: REFS, expectedDailyUnits: 100_000 }));
    expect(big('2026-04-01T00:00:00-07:00', '2026-04-08T00:00:00-07:00').estimated).toBe(500 + 200_000);
    // 2025-08: 700,000 units × 23.09 × 2.5% = 404,075.00, uncapped
    expect(big('2025-08-01T00:00:00-07:00', '2025-08-08T00:00:00-07:00').estimated).toBe(500 + 40_407_500);
  });

  it('PM-1f: until 2025-06-01 the rule set charges 0.60 per redemption', () => {
    const fee = estimateFee(
      envFor(coupon('2025-03-01T00:00:00-08:00', '2025-03-08T00:00:00-08:00'), { refs: REFS, expectedDailyUnits: 10 }),
    );
    expect(fee).toMatchObject({ fixed: 0, perRedemption: 60, variableRate: 0, estimated: 70 * 60 });
    expect(fee.basis).toContain('0.60 per redemption × 70 units = 42.00');
  });

  it('PM-1f: expected units default to RPL-1 weighted daily sales of the SKU × days', () => {
    // 2 units a day on each of the 30 days before the start → weighted daily sales 2 → 14 units in 7 days
    const orders = Array.from({ length: 30 }, (_, i) => {
      const day = addDays('2026-03-31', -i);
      return order(`${day}T12:00:00-07:00`, 3299, { units: 2 });
    });
    const env = envFor(coupon('2026-04-01T00:00:00-07:00', '2026-04-08T00:00:00-07:00'), {
      refs: REFS,
      facts: asinFacts({ orders }),
    });
    const fee = estimateFee(env);
    expect(fee.expectedUnits).toBe(14);
    expect(fee.basis).toContain('weighted daily sales 2 (RPL-1');
  });
});

describe('PM-3 / PM-4 deal fees', () => {
  it('PM-3: from 2025-06-02 an LD costs 70.00 for its one deal day + 1% of deal sales', () => {
    const fee = estimateFee(envFor(ld('2026-04-01', 2099), { refs: REFS, expectedDailyUnits: 50 }));
    // 50 × 20.99 = 1,049.50 → 1% = 10.495 → 10.50
    expect(fee).toMatchObject({ fixed: 7000, variableRate: 1, days: 1, expectedUnits: 50, estimated: 7000 + 1050 });
  });

  it('PM-3: the variable part is capped at 2,000.00', () => {
    expect(estimateFee(envFor(ld('2026-04-01', 2099), { refs: REFS, expectedDailyUnits: 1_000_000 })).estimated).toBe(
      7000 + 200_000,
    );
  });

  it('PM-3: before 2025-06-02 an LD was 150.00 flat; during a declared event 500.00 flat', () => {
    expect(estimateFee(envFor(ld('2025-04-01', 2099), { refs: REFS, expectedDailyUnits: 50 })).estimated).toBe(15_000);
    const facts = asinFacts({
      orders: wasPriceOrders(3299),
      events: [event('Prime Day', '2026-04-01T00:00:00-07:00', '2026-04-03T00:00:00-07:00')],
    });
    const fee = estimateFee(envFor(ld('2026-04-01', 2099), { refs: REFS, facts, expectedDailyUnits: 50 }));
    expect(fee.estimated).toBe(50_000);
    expect(fee.basis).toContain('fee during Prime Day');
  });

  it('PM-4: a 7-day Best Deal pays 70.00 per deal day × 7 + 1% of sales', () => {
    const bd = promo({
      id: 'BD1',
      kind: 'best_deal',
      start: '2026-04-01T00:00:00-07:00',
      end: '2026-04-08T00:00:00-07:00',
      price: 2500,
    });
    const fee = estimateFee(envFor(bd, { refs: REFS, expectedDailyUnits: 10 }));
    // 70 × 25.00 = 1,750.00 → 17.50
    expect(fee).toMatchObject({ fixed: 49_000, days: 7, estimated: 49_000 + 1750 });
  });
});

describe('PM-2 PED, free kinds and missing fee data', () => {
  const ped = (start: string, end: string) => promo({ id: 'PED1', kind: 'ped', start, end, price: 2500 });
  const prime = event('Prime Day', '2026-07-08T00:00:00-07:00', '2026-07-10T00:00:00-07:00');

  it('PM-2: a PED is free on ordinary days and 50.00 during a declared event, charged only if a unit sells', () => {
    expect(
      estimateFee(
        envFor(ped('2026-04-01T00:00:00-07:00', '2026-04-05T00:00:00-07:00'), { refs: REFS, expectedDailyUnits: 5 }),
      ),
    ).toMatchObject({
      estimated: 0,
      fixed: 0,
    });
    const facts = asinFacts({ orders: wasPriceOrders(3299), events: [prime] });
    const during = ped('2026-07-08T00:00:00-07:00', '2026-07-10T00:00:00-07:00');
    expect(estimateFee(envFor(during, { refs: REFS, facts, expectedDailyUnits: 5 })).estimated).toBe(5000);
    const none = estimateFee(envFor(during, { refs: REFS, facts, expectedDailyUnits: 0 }));
    expect(none.estimated).toBe(0);
    expect(none.basis).toContain('charged only if a unit sells');
  });

  it('PM-5 / PM-6 / OUT: promotion codes, business prices, price discounts and Outlet are free', () => {
    for (const kind of ['promo_code', 'business_price', 'price_discount', 'outlet_sale'] as const) {
      const p = promo({
        id: 'X',
        kind,
        start: '2026-04-01T00:00:00-07:00',
        end: '2026-04-08T00:00:00-07:00',
        discountPct: 25,
        code: 'X',
      });
      const fee = estimateFee(envFor(p, { refs: REFS, expectedDailyUnits: 5 }));
      expect(fee.estimated, kind).toBe(0);
      expect(fee.basis, kind).toMatch(/^free/);
    }
  });

  it('GEN-3: a marketplace without deal fee figures answers "no fee data", never a number', () => {
    const uk = promo({
      id: 'LDUK',
      kind: 'lightning_deal',
      marketplace: 'UK',
      start: at('2026-04-01T08:00:00+01:00'),
      end: at('2026-04-01T20:00:00+01:00'),
      price: 2000,
    });
    const fee = estimateFee(envFor(uk, { refs: REFS, ruleSet: ruleSetFor('UK', uk.start), expectedDailyUnits: 5 }));
    expect(fee).toMatchObject({ fixed: null, variableRate: null, estimated: null, currency: 'GBP' });
    expect(fee.basis).toMatch(/^no fee data/);
  });
});
