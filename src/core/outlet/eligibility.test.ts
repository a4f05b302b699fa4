import { describe, expect, it } from 'vitest';
import { maxDealPrice, outletEligibility } from './eligibility.js';
import { outletEvent } from './events.js';
import { dealsAt } from './lifecycle.js';
import {
  at,
  DAY,
  februaryOrders,
  lot,
  offer,
  order,
  outletFacts,
  price,
  product,
  seller,
  SKU,
  WED,
  type Parts,
} from './test-support.js';
import { foldContextOf } from './tick.js';
import type { OutletFacts } from './types.js';

function check(parts: Parts = {}, when = WED, f: OutletFacts = outletFacts(parts)) {
  return outletEligibility(f, SKU, when, { deals: dealsAt(f.events, when, foldContextOf(f)) });
}

function criterion(e: ReturnType<typeof check>, code: string) {
  const c = e.criteria.find((x) => x.code === code);
  if (!c) throw new Error(`no criterion ${code}`);
  return c;
}

describe('OUT-1 seller eligibility', () => {
  it('OUT-1: the eligible seller passes every criterion', () => {
    const e = check();
    expect(e.failed).toEqual([]);
    expect(e.eligible).toBe(true);
    expect(e.criteria).toHaveLength(12);
  });

  it('OUT-1: a Professional selling plan is needed', () => {
    const e = check({ seller: [seller({ sellingPlan: 'individual' })] });
    expect(e.failed).toEqual(['OUTLET_NOT_PROFESSIONAL']);
    expect(criterion(e, 'OUTLET_NOT_PROFESSIONAL')).toMatchObject({ rule: 'OUT-1', value: 'individual', ok: false });
  });

  it('OUT-1: an overall seller rating of at least 3.5 is needed (3.5 passes, 3.4 and unknown fail)', () => {
    expect(check({ seller: [seller({ sellerRating: 3.5 })] }).eligible).toBe(true);
    const low = check({ seller: [seller({ sellerRating: 3.4 })] });
    expect(criterion(low, 'OUTLET_SELLER_RATING_TOO_LOW')).toMatchObject({ value: 3.4, ok: false });
    expect(check({ seller: [] }).failed).toEqual(['OUTLET_NOT_PROFESSIONAL', 'OUTLET_SELLER_RATING_TOO_LOW']);
  });

  it('OUT-1: the seller version in force at the instant counts (DEC-6)', () => {
    const versions = [seller(), seller({ sellerRating: 3.0, validFrom: at('2026-03-02T00:00:00-08:00') })];
    expect(check({ seller: versions }, at('2026-03-01T00:00:00-08:00')).eligible).toBe(true);
    expect(check({ seller: versions }).failed).toEqual(['OUTLET_SELLER_RATING_TOO_LOW']);
  });
});

describe('OUT-2 ASIN eligibility: every criterion with its value', () => {
  it('OUT-2a: some units must be at least 90 days in fulfilment centres (day of receipt = 0, DEC-1)', () => {
    // Received 2025-12-04: 89 days old on 2026-03-03, 90 on 2026-03-04.
    const lots = [lot({ received: at('2025-12-04T09:00:00-08:00') })];
    expect(criterion(check({ lots }, at('2026-03-03T23:00:00-08:00')), 'OUTLET_NOT_AGED')).toMatchObject({
      rule: 'OUT-2a',
      value: 0,
      ok: false,
    });
    expect(criterion(check({ lots }, at('2026-03-04T00:00:00-08:00')), 'OUTLET_NOT_AGED')).toMatchObject({
      value: 200,
      ok: true,
    });
  });

  it('OUT-2b: more than 10 units on hand over all the SKUs of the ASIN (DEC-1 orders after the snapshot, DEC-2)', () => {
    const products = [product({ validFrom: 0 }), product({ sku: 'SKU-2', validFrom: 0 })];
    const lots = [lot({ units: 6 }), lot({ sku: 'SKU-2', units: 5 })];
    expect(criterion(check({ products, lots }), 'OUTLET_ON_HAND_TOO_LOW')).toMatchObject({ value: 11, ok: true });
    // One unit sold after the snapshot leaves 10: not more than 10.
    const orders = [...februaryOrders(), order({ sku: 'SKU-2', at: at('2026-03-02T12:00:00-08:00') })];
    const e = check({ products, lots, orders });
    expect(criterion(e, 'OUTLET_ON_HAND_TOO_LOW')).toMatchObject({ rule: 'OUT-2b', value: 10, ok: false });
    expect(e.onHand).toBe(10);
  });

  it('OUT-2c: a sales history is needed (cancelled orders do not count)', () => {
    const cancelled = [order({ at: at('2026-02-10T12:00:00-08:00'), cancelled: true })];
    expect(criterion(check({ orders: cancelled }), 'OUTLET_NO_SALES_HISTORY')).toMatchObject({ value: 0, ok: false });
    expect(criterion(check(), 'OUTLET_NO_SALES_HISTORY')).toMatchObject({ rule: 'OUT-2c', value: 10, ok: true });
  });

  it('OUT-2d: new condition only', () => {
    const e = check({ products: [product({ condition: 'used' })] });
    expect(criterion(e, 'OUTLET_NOT_NEW')).toMatchObject({ rule: 'OUT-2d', value: 'used', ok: false });
  });

  it('OUT-2e: a product rating of at least 3.0, or no reviews', () => {
    expect(check({ products: [product({ rating: 3.0 })] }).eligible).toBe(true);
    expect(check({ products: [product({ rating: null, ratingsCount: 0 })] }).eligible).toBe(true);
    const low = check({ products: [product({ rating: 2.9, ratingsCount: 4 })] });
    expect(criterion(low, 'OUTLET_PRODUCT_RATING_TOO_LOW')).toMatchObject({ rule: 'OUT-2e', value: 2.9, ok: false });
  });

  it('OUT-2f: not enrolled in Subscribe & Save', () => {
    const e = check({ products: [product({ subscribeAndSave: true })] });
    expect(criterion(e, 'OUTLET_SUBSCRIBE_AND_SAVE')).toMatchObject({ rule: 'OUT-2f', value: true, ok: false });
  });

  it('OUT-2g: not in another deal now — a live Lightning Deal, or an Outlet deal still open', () => {
    const ld = {
      id: 'LD-1',
      kind: 'lightning_deal' as const,
      sku: SKU,
      marketplace: 'US' as const,
      start: WED - 2 * 3_600_000,
      end: WED + 4 * 3_600_000,
      discountPct: null,
      discountAmount: null,
      price: 3000,
      stackable: true,
      code: null,
      codeType: null,
      audience: 'all' as const,
      minQty: null,
      budget: null,
    };
    expect(criterion(check({ promotions: [ld] }), 'OUTLET_IN_OTHER_DEAL')).toMatchObject({
      rule: 'OUT-2g',
      value: ['LD-1'],
      ok: false,
    });
    // A coupon is not a deal.
    expect(check({ promotions: [{ ...ld, id: 'C-1', kind: 'coupon', price: null, discountPct: 5 }] }).eligible).toBe(
      true,
    );
    const submitted = outletEvent({
      dealId: 'OD-1',
      sku: SKU,
      marketplace: 'US',
      at: WED - DAY,
      type: 'submitted',
      actor: 'seller',
      kind: 'outlet_deal',
      price: 2700,
    });
    expect(check({ events: [submitted] }).failed).toEqual(['OUTLET_IN_OTHER_DEAL']);
  });

  it('OUT-2h: not on an Outlet deal in the past 60 days, nor within 90 days after its actual end', () => {
    // An Outlet deal known as a promotion fact ran 2025-12-01 .. 2025-12-15.
    const ran = {
      id: 'OUTLET-OLD',
      kind: 'outlet_deal' as const,
      sku: SKU,
      marketplace: 'US' as const,
      start: at('2025-12-01T00:00:00-08:00'),
      end: at('2025-12-15T00:00:00-08:00'),
      discountPct: null,
      discountAmount: null,
      price: 2700,
      stackable: true,
      code: null,
      codeType: null,
      audience: 'all' as const,
      minQty: null,
      budget: null,
    };
    const during = check({ promotions: [ran] }, at('2026-02-01T00:00:00-08:00'));
    expect(criterion(during, 'OUTLET_RECENT_DEAL')).toMatchObject({ rule: 'OUT-2h', value: 'OUTLET-OLD', ok: false });
    expect(criterion(during, 'OUTLET_COOLDOWN')).toMatchObject({ rule: 'OUT-2h', value: '2026-03-15', ok: false });
    // 2026-03-04: more than 60 days after the end, still within 90.
    const later = check({ promotions: [ran] });
    expect(later.failed).toEqual(['OUTLET_COOLDOWN']);
    expect(check({ promotions: [ran] }, at('2026-03-15T00:00:00-07:00')).eligible).toBe(true);
  });

  it('OUT-2h: only deals that reached RUNNING count (a cancelled submission does not)', () => {
    const base = { dealId: 'OD-1', sku: SKU, marketplace: 'US' as const };
    const events = [
      outletEvent({
        ...base,
        at: WED - 10 * DAY,
        type: 'submitted',
        actor: 'seller',
        kind: 'outlet_deal',
        price: 2700,
      }),
      outletEvent({
        ...base,
        at: WED - 9 * DAY,
        type: 'cancelled',
        actor: 'seller',
        reasons: ['OUTLET_CANCELLED_BY_SELLER'],
      }),
    ];
    expect(check({ events }).eligible).toBe(true);
  });

  it('OUT-2i: images and policies compliant (flag)', () => {
    const e = check({ products: [product({ imagesOk: false })] });
    expect(criterion(e, 'OUTLET_IMAGES_NOT_COMPLIANT')).toMatchObject({ rule: 'OUT-2i', value: false, ok: false });
  });

  it('OUT-2: a check reports every failed criterion, not just the first', () => {
    const e = check({
      products: [product({ condition: 'used', rating: 2, ratingsCount: 9, subscribeAndSave: true, imagesOk: false })],
      lots: [lot({ units: 3, received: WED - 5 * DAY })],
      orders: [],
      seller: [seller({ sellingPlan: 'individual', sellerRating: 2 })],
    });
    expect(e.failed).toEqual([
      'OUTLET_NOT_PROFESSIONAL',
      'OUTLET_SELLER_RATING_TOO_LOW',
      'OUTLET_NOT_AGED',
      'OUTLET_ON_HAND_TOO_LOW',
      'OUTLET_NO_SALES_HISTORY',
      'OUTLET_NOT_NEW',
      'OUTLET_PRODUCT_RATING_TOO_LOW',
      'OUTLET_SUBSCRIBE_AND_SAVE',
      'OUTLET_IMAGES_NOT_COMPLIANT',
    ]);
    expect(e.criteria.every((c) => typeof c.rule === 'string' && 'value' in c)).toBe(true);
  });
});

describe('OUT-4 maximum deal price', () => {
  it('OUT-4: the lower of the lowest new offer and the current price less 20%', () => {
    expect(maxDealPrice(outletFacts(), WED)).toEqual({
      max: 3200,
      currentPrice: 4000,
      lowestOffer: 3800,
      reduced: 3200,
    });
    const cheap = outletFacts({ offers: [offer({ price: 2999 })] });
    expect(maxDealPrice(cheap, WED)?.max).toBe(2999);
  });

  it('OUT-4: a used offer does not count; only the latest snapshot does', () => {
    const offers = [
      offer({ price: 1000, at: at('2026-02-01T00:00:00-08:00') }),
      offer({ price: 1500, condition: 'used' }),
      offer({ seller: 'Other', price: 3900 }),
    ];
    expect(maxDealPrice(outletFacts({ offers }), WED)?.lowestOffer).toBe(3900);
  });

  it('OUT-4: rounded down (a ceiling the seller must stay under)', () => {
    const f = outletFacts({ prices: [price(at('2026-01-01T00:00:00-08:00'), 3999)], offers: [] });
    // 39.99 × 0.8 = 31.992 → 31.99.
    expect(maxDealPrice(f, WED)?.max).toBe(3199);
  });

  it('OUT-4: no current price, no maximum', () => {
    expect(maxDealPrice(outletFacts({ prices: [] }), WED)).toBeNull();
  });
});
