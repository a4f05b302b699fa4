import { describe, expect, it } from 'vitest';
import type { OfferFact } from '../catalog/facts.js';
import { checkBusinessPrice } from './business-price.js';
import { checkOutlet } from './outlet.js';
import { checkPromoCode } from './promo-code.js';
import { checkShape } from './shape.js';
import {
  asinFacts,
  at,
  codes,
  envFor,
  issue,
  product,
  promo,
  run,
  wasPriceOrders,
  type PromoInput,
} from './test-support.js';

const START = '2026-04-01T00:00:00-07:00';
const END = '2026-04-08T00:00:00-07:00';
const p = (kind: PromoInput['kind'], over: Partial<PromoInput> = {}) =>
  promo({ id: `${kind}-1`, kind, start: START, end: END, ...over });

describe('PM-5 promotion codes', () => {
  const code = (over: Partial<PromoInput>) => p('promo_code', { code: 'SAVE', codeType: 'unrestricted', ...over });
  it('PM-5: discount between 5% and 50% at the exact bounds (percentage and amount)', () => {
    const refs = { current: 2000 };
    const errs = (over: Partial<PromoInput>) => codes(run(checkPromoCode, envFor(code(over), { refs })).errors);
    expect(errs({ discountPct: 5 })).toEqual([]);
    expect(errs({ discountPct: 50 })).toEqual([]);
    expect(errs({ discountPct: 4.99 })).toEqual(['PROMO_CODE_DISCOUNT_OUT_OF_RANGE']);
    expect(errs({ discountPct: 50.01 })).toEqual(['PROMO_CODE_DISCOUNT_OUT_OF_RANGE']);
    expect(errs({ discountAmount: 100 })).toEqual([]);
    expect(errs({ discountAmount: 1001 })).toEqual(['PROMO_CODE_DISCOUNT_OUT_OF_RANGE']);
  });

  it('PM-5: priority, social and BOGO (a priority code, 50% off with min_qty 2) are checked the same way', () => {
    for (const over of [
      { codeType: 'priority' as const },
      { codeType: 'social' as const },
      { codeType: 'priority' as const, minQty: 2 },
    ]) {
      expect(run(checkPromoCode, envFor(code({ ...over, discountPct: 50 }))).errors).toEqual([]);
      expect(codes(run(checkPromoCode, envFor(code({ ...over, discountPct: 60 }))).errors)).toEqual([
        'PROMO_CODE_DISCOUNT_OUT_OF_RANGE',
      ]);
    }
  });

  it('PM-5: a code without a type counts as unrestricted (warning); a code without the code is malformed', () => {
    const r = run(checkPromoCode, envFor(code({ codeType: null, discountPct: 10 })));
    expect(codes(r.warnings)).toEqual(['PROMO_CODE_TYPE_DEFAULTED']);
    const missing = run(checkShape, envFor(code({ code: null, discountPct: 10 })));
    expect(codes(missing.errors)).toEqual(['PROMO_CODE_MISSING_CODE']);
    const neither = run(checkShape, envFor(code({ code: null })));
    expect(codes(neither.errors)).toEqual(['PROMO_CODE_MISSING_CODE', 'PROMOTION_DISCOUNT_MISSING']);
  });

  it('PM-5: a stackable code overlapping a stackable coupon is flagged (both apply); not when either is not stackable', () => {
    const coupon = (stackable: boolean) =>
      promo({
        id: 'CPN',
        kind: 'coupon',
        start: '2026-04-05T00:00:00-07:00',
        end: '2026-04-20T00:00:00-07:00',
        discountPct: 10,
        stackable,
      });
    const facts = (stackable: boolean) => asinFacts({ orders: wasPriceOrders(2000), promotions: [coupon(stackable)] });
    const both = run(checkPromoCode, envFor(code({ discountPct: 10, stackable: true }), { facts: facts(true) }));
    expect(issue(both.warnings, 'PROMO_CODE_STACKS_WITH_COUPON').values).toMatchObject({
      otherId: 'CPN',
      from: '2026-04-05T00:00:00-07:00',
      to: '2026-04-08T00:00:00-07:00',
    });
    expect(
      run(checkPromoCode, envFor(code({ discountPct: 10, stackable: true }), { facts: facts(false) })).warnings,
    ).toEqual([]);
    expect(
      run(checkPromoCode, envFor(code({ discountPct: 10, stackable: false }), { facts: facts(true) })).warnings,
    ).toEqual([]);
  });
});

describe('PM-6 business price and quantity discount', () => {
  it('PM-6: a business price below the current price for business buyers passes', () => {
    expect(
      run(checkBusinessPrice, envFor(p('business_price', { price: 1400, audience: 'business', minQty: 10 }))).errors,
    ).toEqual([]);
    expect(run(checkBusinessPrice, envFor(p('business_price', { discountPct: 30, minQty: 10 }))).errors).toEqual([]);
  });

  it('PM-6: other audiences, a zero quantity tier and a price not below the current price fail, all together', () => {
    const r = run(
      checkBusinessPrice,
      envFor(p('business_price', { price: 2000, audience: 'prime', minQty: 0 }), { refs: { current: 2000 } }),
    );
    expect(codes(r.errors)).toEqual([
      'BUSINESS_PRICE_AUDIENCE',
      'BUSINESS_PRICE_BAD_MIN_QTY',
      'PROMOTION_PRICE_NOT_BELOW_CURRENT',
    ]);
    expect(r.errors.every((e) => e.rule === 'PM-6')).toBe(true);
  });
});

describe('OUT-4 / OUT-5 Outlet deal and sale as a price promotion', () => {
  const refs = { current: 1000 };
  const outlet = (kind: 'outlet_deal' | 'outlet_sale', priceCents: number, offers?: OfferFact[]) =>
    run(checkOutlet, envFor(p(kind, { price: priceCents }), { refs, ...(offers ? { offers } : {}) }));

  it('OUT-5: an Outlet sale is 20% to under 30% off — 8.00 passes; 8.01 is rejected (and above the maximum deal price)', () => {
    expect(outlet('outlet_sale', 800).errors).toEqual([]);
    const r = outlet('outlet_sale', 801);
    expect(codes(r.errors)).toEqual(['OUTLET_DISCOUNT_TOO_SMALL', 'OUTLET_PRICE_ABOVE_MAX']);
    expect(issue(r.errors, 'OUTLET_PRICE_ABOVE_MAX').message).toContain('Maximum deal price is 8.00');
    expect(issue(r.errors, 'OUTLET_PRICE_ABOVE_MAX').rule).toBe('OUT-4');
  });

  it('OUT-5: an Outlet deal is ≥ 30% off — 7.00 passes as a deal and is a mismatch as a sale; 7.01 the other way round', () => {
    expect(outlet('outlet_deal', 700).errors).toEqual([]);
    expect(issue(outlet('outlet_sale', 700).errors, 'OUTLET_KIND_MISMATCH').values).toMatchObject({
      actualKind: 'outlet_deal',
    });
    expect(issue(outlet('outlet_deal', 701).errors, 'OUTLET_KIND_MISMATCH').values).toMatchObject({
      actualKind: 'outlet_sale',
    });
    expect(outlet('outlet_sale', 701).errors).toEqual([]);
  });

  it('OUT-5: an Outlet sale under the recommended 25% is a warning (7.50 is fine, 7.51 warns)', () => {
    expect(outlet('outlet_sale', 750).warnings).toEqual([]);
    expect(codes(outlet('outlet_sale', 751).warnings)).toEqual(['OUTLET_SALE_BELOW_RECOMMENDED']);
  });

  it('OUT-4: the maximum deal price is the lower of the lowest new offer of the latest snapshot and 80% of the current price', () => {
    const offer = (when: string, priceCents: number, condition: OfferFact['condition'] = 'new'): OfferFact => ({
      asin: 'B0TESTASIN',
      marketplace: 'US',
      at: at(when),
      seller: 'other',
      condition,
      price: priceCents,
      buyBox: false,
    });
    const offers = [
      offer('2026-03-01T00:00:00-08:00', 500), // an older snapshot: ignored
      offer('2026-03-20T00:00:00-07:00', 780),
      offer('2026-03-20T00:00:00-07:00', 600, 'used'), // not new condition: ignored
      offer('2026-04-02T00:00:00-07:00', 100), // after the start: ignored
    ];
    expect(outlet('outlet_sale', 780, offers).errors).toEqual([]);
    const e = issue(outlet('outlet_sale', 781, offers).errors, 'OUTLET_PRICE_ABOVE_MAX');
    expect(e.values).toMatchObject({ max: '7.80', lowestOffer: '7.80', reduced: '8.00' });
  });
});

describe('GEN-4 malformed proposals', () => {
  it('GEN-4: end ≤ start, missing discount, ambiguous discount, missing price and no current price are errors with codes', () => {
    const bad = run(checkShape, envFor(p('coupon', { end: START }), { refs: { current: null } }));
    expect(codes(bad.errors)).toEqual([
      'PROMOTION_END_NOT_AFTER_START',
      'PROMOTION_DISCOUNT_MISSING',
      'NO_CURRENT_PRICE',
    ]);
    expect(bad.errors.every((e) => e.rule === 'PM-1')).toBe(true);
    expect(codes(run(checkShape, envFor(p('coupon', { discountPct: 10, discountAmount: 100 }))).errors)).toEqual([
      'PROMOTION_DISCOUNT_AMBIGUOUS',
    ]);
    expect(codes(run(checkShape, envFor(p('lightning_deal'))).errors)).toEqual(['PROMOTION_PRICE_MISSING']);
    expect(codes(run(checkShape, envFor(p('coupon', { discountPct: 0 }))).errors)).toEqual(['PROMOTION_INVALID_VALUE']);
  });

  it('GEN-4: a proposal for another SKU than the product given is an error', () => {
    const r = run(checkShape, envFor(p('coupon', { discountPct: 10 }), { product: product({ sku: 'OTHER' }) }));
    expect(codes(r.errors)).toEqual(['PROMOTION_PRODUCT_MISMATCH']);
  });
});
