import { describe, expect, it } from 'vitest';
import { minusLocalDays, timeZoneOf } from '../calendar/calendar.js';
import { checkCoupon } from './coupon.js';
import {
  asinFacts,
  at,
  codes,
  envFor,
  issue,
  order,
  product,
  promo,
  run,
  wasPriceOrders,
  type PromoInput,
} from './test-support.js';

const START = '2026-04-01T00:00:00-07:00';
const END = '2026-04-08T00:00:00-07:00';
const coupon = (over: Partial<PromoInput> = {}) =>
  promo({ id: 'C1', kind: 'coupon', start: START, end: END, discountPct: 10, ...over });

describe('PM-1 coupon', () => {
  it('PM-1a: a coupon needs a reference price (validated List Price or Was Price)', () => {
    const none = run(checkCoupon, envFor(coupon(), { refs: { current: 2000 } }));
    expect(codes(none.errors)).toContain('NO_REFERENCE_PRICE');
    expect(issue(none.errors, 'NO_REFERENCE_PRICE').rule).toBe('PM-1a');
    const was = run(checkCoupon, envFor(coupon(), { refs: { current: 2000, was: 2200 } }));
    expect(codes(was.errors)).not.toContain('NO_REFERENCE_PRICE');
    const list = run(checkCoupon, envFor(coupon(), { refs: { current: 2000, list: 2200 } }));
    expect(codes(list.errors)).not.toContain('NO_REFERENCE_PRICE');
  });

  it('PM-1b: current price ≤ 130% of ref — passes at exactly 130%, fails one cent above', () => {
    const atLimit = run(checkCoupon, envFor(coupon({ discountPct: 30 }), { refs: { current: 2600, was: 2000 } }));
    expect(codes(atLimit.errors)).not.toContain('COUPON_PRICE_ABOVE_130_PCT_OF_REF');
    const above = run(checkCoupon, envFor(coupon({ discountPct: 30 }), { refs: { current: 2601, was: 2000 } }));
    const e = issue(above.errors, 'COUPON_PRICE_ABOVE_130_PCT_OF_REF');
    expect(e.rule).toBe('PM-1b');
    expect(e.values).toMatchObject({ current: '26.01', ref: '20.00', pct: 130, max: '26.00' });
    expect(e.message).toBe('The current price 26.01 must be at most 130% of the reference price 20.00 (≤ 26.00)');
    expect(e.messageZh).toBe('当前售价 26.01 须不高于参考价 20.00 的 130%（≤ 26.00）');
  });

  it('PM-1c: net price after the coupon ≤ 95% of ref — 19.00 passes, 19.01 fails', () => {
    const ok = run(
      checkCoupon,
      envFor(coupon({ discountPct: null, discountAmount: 200 }), { refs: { current: 2100, was: 2000 } }),
    );
    expect(ok.errors).toEqual([]);
    const bad = run(
      checkCoupon,
      envFor(coupon({ discountPct: null, discountAmount: 199 }), { refs: { current: 2100, was: 2000 } }),
    );
    expect(codes(bad.errors)).toEqual(['COUPON_NET_ABOVE_95_PCT_OF_REF']);
    const e = issue(bad.errors, 'COUPON_NET_ABOVE_95_PCT_OF_REF');
    expect(e.rule).toBe('PM-1c');
    expect(e.message).toBe(
      'Net price after the coupon 19.01 must be at most 95% of the reference price 20.00 (≤ 19.00)',
    );
    expect(e.messageZh).toBe('券后净价 19.01 须不高于参考价 20.00 的 95%（≤ 19.00）');
  });

  it('PM-1c: a percentage coupon rounds its discount half up (DEC-5): 5% of 32.99 = 1.65 → net 31.34 ≤ 31.34', () => {
    const ok = run(checkCoupon, envFor(coupon({ discountPct: 5 }), { refs: { current: 3299, was: 3299 } }));
    expect(ok.errors).toEqual([]);
  });

  it('PM-1d: discount between 5% and 50% of the current price, percentage or amount, at the exact bounds', () => {
    const refs = { current: 2000, was: 4000 };
    const errs = (over: Partial<PromoInput>) =>
      codes(run(checkCoupon, envFor(coupon({ discountPct: null, ...over }), { refs })).errors).filter(
        (c) => c === 'COUPON_DISCOUNT_OUT_OF_RANGE',
      );
    expect(errs({ discountPct: 5 })).toEqual([]);
    expect(errs({ discountPct: 50 })).toEqual([]);
    expect(errs({ discountPct: 4.99 })).toEqual(['COUPON_DISCOUNT_OUT_OF_RANGE']);
    expect(errs({ discountPct: 50.01 })).toEqual(['COUPON_DISCOUNT_OUT_OF_RANGE']);
    expect(errs({ discountAmount: 100 })).toEqual([]);
    expect(errs({ discountAmount: 1000 })).toEqual([]);
    expect(errs({ discountAmount: 99 })).toEqual(['COUPON_DISCOUNT_OUT_OF_RANGE']);
    expect(errs({ discountAmount: 1001 })).toEqual(['COUPON_DISCOUNT_OUT_OF_RANGE']);
    const e = issue(
      run(checkCoupon, envFor(coupon({ discountPct: null, discountAmount: 99 }), { refs })).errors,
      'COUPON_DISCOUNT_OUT_OF_RANGE',
    );
    expect(e.values).toMatchObject({
      discount: '0.99',
      current: '20.00',
      min: 5,
      max: 50,
      minAmount: '1.00',
      maxAmount: '10.00',
    });
  });

  it('PM-1a..d: every failed condition is returned, not just the first', () => {
    const r = run(checkCoupon, envFor(coupon({ discountPct: 60 }), { refs: { current: 3000, was: 2000 } }));
    expect(codes(r.errors).sort()).toEqual(
      ['COUPON_DISCOUNT_OUT_OF_RANGE', 'COUPON_PRICE_ABOVE_130_PCT_OF_REF'].sort(),
    );
    const r2 = run(checkCoupon, envFor(coupon({ discountPct: 4 }), { refs: { current: 3000, was: 2000 } }));
    expect(codes(r2.errors).sort()).toEqual(
      ['COUPON_DISCOUNT_OUT_OF_RANGE', 'COUPON_NET_ABOVE_95_PCT_OF_REF', 'COUPON_PRICE_ABOVE_130_PCT_OF_REF'].sort(),
    );
  });

  describe('PM-1g exemptions', () => {
    const tz = timeZoneOf('US');
    const start = at(START);
    const exactly90 = minusLocalDays(start, 90, tz);

    it('PM-1g: an ASIN created within the past 90 days is exempt from (b) — the boundary instant is not within', () => {
      const refs = { current: 2700, was: 2000 };
      const newAsin = run(
        checkCoupon,
        envFor(coupon({ discountPct: 30 }), { refs, product: product({ created: exactly90 + 1 }) }),
      );
      expect(codes(newAsin.errors)).not.toContain('COUPON_PRICE_ABOVE_130_PCT_OF_REF');
      expect(issue(newAsin.warnings, 'COUPON_EXEMPT_NEW_ASIN')).toMatchObject({
        rule: 'PM-1g',
        values: { notApplied: 'PM-1b' },
      });
      const old = run(
        checkCoupon,
        envFor(coupon({ discountPct: 30 }), { refs, product: product({ created: exactly90 }) }),
      );
      expect(codes(old.errors)).toContain('COUPON_PRICE_ABOVE_130_PCT_OF_REF');
      expect(old.warnings).toEqual([]);
    });

    it('PM-1g: a new ASIN without any reference may run a coupon; (a) and (c) are not applied', () => {
      const r = run(
        checkCoupon,
        envFor(coupon(), { refs: { current: 2000 }, product: product({ created: start - 1000 }) }),
      );
      expect(r.errors).toEqual([]);
      expect(issue(r.warnings, 'COUPON_EXEMPT_NEW_ASIN').values).toMatchObject({ notApplied: 'PM-1a, PM-1b, PM-1c' });
    });

    it('PM-1g: rated ≥ 4.0 with ≥ 5 ratings and no Was/List Price is exempt; 3.99 or 4 ratings is not', () => {
      const rated = (rating: number, ratingsCount: number) =>
        run(checkCoupon, envFor(coupon(), { refs: { current: 2000 }, product: product({ rating, ratingsCount }) }));
      expect(rated(4, 5).errors).toEqual([]);
      expect(codes(rated(4, 5).warnings)).toEqual(['COUPON_EXEMPT_RATED']);
      expect(codes(rated(3.99, 5).errors)).toEqual(['NO_REFERENCE_PRICE']);
      expect(codes(rated(4, 4).errors)).toEqual(['NO_REFERENCE_PRICE']);
    });

    it('PM-1g: a well-rated ASIN that has a reference price is not exempt from (b)', () => {
      const r = run(
        checkCoupon,
        envFor(coupon({ discountPct: 30 }), {
          refs: { current: 2700, was: 2000 },
          product: product({ rating: 4.8, ratingsCount: 100 }),
        }),
      );
      expect(codes(r.errors)).toContain('COUPON_PRICE_ABOVE_130_PCT_OF_REF');
    });
  });

  describe('PM-1h sales history', () => {
    it('PM-1h: with the rule set flag on, an ASIN without sales before the start fails', () => {
      const refs = { current: 2000, was: 2200 };
      const none = run(checkCoupon, envFor(coupon(), { refs, facts: asinFacts() }));
      expect(issue(none.errors, 'COUPON_NO_SALES_HISTORY').rule).toBe('PM-1h');
      const cancelled = run(
        checkCoupon,
        envFor(coupon(), {
          refs,
          facts: asinFacts({ orders: [order('2026-03-01T10:00:00-08:00', 2000, { cancelled: true })] }),
        }),
      );
      expect(codes(cancelled.errors)).toContain('COUPON_NO_SALES_HISTORY');
      const atStart = run(checkCoupon, envFor(coupon(), { refs, facts: asinFacts({ orders: [order(START, 2000)] }) }));
      expect(codes(atStart.errors)).toContain('COUPON_NO_SALES_HISTORY');
      const sold = run(checkCoupon, envFor(coupon(), { refs, facts: asinFacts({ orders: wasPriceOrders(2000) }) }));
      expect(codes(sold.errors)).not.toContain('COUPON_NO_SALES_HISTORY');
    });

    it('PM-1h: before the flag took effect (US 2024-03-01) no sales history is needed', () => {
      const early = promo({
        id: 'C0',
        kind: 'coupon',
        start: '2024-02-01T00:00:00-08:00',
        end: '2024-02-08T00:00:00-08:00',
        discountPct: 10,
      });
      const r = run(checkCoupon, envFor(early, { refs: { current: 2000, was: 2200 }, facts: asinFacts() }));
      expect(codes(r.errors)).not.toContain('COUPON_NO_SALES_HISTORY');
    });
  });
});
