// The `clearway prices` document (PR-1..PR-6 together), PR-7 refresh requests, and the fact grouping.
import { describe, expect, it } from 'vitest';
import { ruleSetFor } from '../rules/rules.js';
import { asinKey, groupAsinFacts } from './asin-facts.js';
import { referencePrices } from './reference-prices.js';
import { referenceRefreshRequest } from './refresh.js';
import { asinFacts, at, DAY, HOUR, order, price, product, promo } from './test-fixtures.js';

const AS_OF = at('2026-04-15T12:00:00-07:00');
const RS = ruleSetFor('US', AS_OF);

describe('reference prices document', () => {
  const facts = asinFacts({
    products: [product({ listPrice: 3000 })],
    prices: [price(AS_OF - 100 * DAY, 2500)],
    orders: [5, 6, 7, 8, 9].map((d) => order({ at: AS_OF - d * DAY, unitPrice: 2500 })),
    promotions: [promo({ id: 'C20', kind: 'coupon', discountPct: 20, start: AS_OF - 3 * DAY, end: AS_OF - 2 * DAY })],
  });

  it('PR-1..PR-6: an unvalidated List Price is ignored and the Was Price is the reference', () => {
    const r = referencePrices(facts, AS_OF, RS);
    expect(r).toMatchObject({
      asin: 'B000TEST01',
      marketplace: 'US',
      at: AS_OF,
      currency: 'USD',
      currentPrice: 2500,
      listPrice: { value: 3000, validated: false, basis: null },
      wasPrice: { value: 2500, qualifyingOrders: 5, frozen: false },
      lowestRecentPrice: 2500,
      lowest30DayNetPrice: { value: 2000, at: AS_OF - 3 * DAY, cause: { promotionIds: ['C20'] } },
      reference: { value: 2500, kind: 'was_price' },
    });
    expect(r.listPrice.reason.code).toBe('LIST_PRICE_NOT_VALIDATED');
  });

  it('PR-1: a validated List Price is the reference', () => {
    const withSale = asinFacts({
      products: [product({ listPrice: 3000 })],
      prices: [price(AS_OF - 100 * DAY, 2500)],
      orders: [order({ at: AS_OF - 40 * DAY, unitPrice: 3000 })],
    });
    expect(referencePrices(withSale, AS_OF, RS).reference).toEqual({ value: 3000, kind: 'list_price' });
    expect(referencePrices(asinFacts(), AS_OF, RS).reference).toEqual({ value: null, kind: null });
  });

  it('DEC-3: options exclude a stored proposal, add planned promotions and end the window before a start', () => {
    expect(referencePrices(facts, AS_OF, RS, { excludePromotionIds: ['C20'] }).lowest30DayNetPrice.value).toBe(2500);
    const planned = promo({ id: 'PD', kind: 'price_discount', price: 1900, start: AS_OF, end: AS_OF + DAY });
    expect(referencePrices(facts, AS_OF, RS, { extraPromotions: [planned] }).lowest30DayNetPrice.value).toBe(1900);
    expect(
      referencePrices(facts, AS_OF, RS, { extraPromotions: [planned], windowEnd: 'beforeStart' }).lowest30DayNetPrice
        .value,
    ).toBe(2000);
    expect(facts.promotions.map((p) => p.id)).toEqual(['C20']); // the facts themselves are untouched
  });
});

describe('PR-7 reference refresh request', () => {
  it('PR-7: a Was Price refresh needs ≥ 3 non-B2B, non-promotional orders within 90 days, none in the past 24 h', () => {
    const orders = [
      order({ at: AS_OF - 10 * DAY, unitPrice: 2400 }),
      order({ at: AS_OF - 11 * DAY, unitPrice: 2600 }),
      order({ at: AS_OF - 12 * DAY, unitPrice: 2500, b2b: true }),
      order({ at: AS_OF - 12 * DAY, unitPrice: 2000, promotionIds: ['C'] }),
      order({ at: AS_OF - 2 * HOUR, unitPrice: 2500 }),
    ].sort((a, b) => a.at - b.at);
    const r = referenceRefreshRequest(asinFacts({ orders }), AS_OF, RS);
    expect(r.wasPrice).toMatchObject({ wouldSucceed: false, needed: 3, value: null });
    expect(r.wasPrice.orders.map((o) => o.unitPrice).sort()).toEqual([2400, 2600]);
    expect(r.wasPrice.reason.code).toBe('WAS_PRICE_REFRESH_UNSUPPORTED');
    const more = [...orders, order({ at: AS_OF - 20 * DAY, unitPrice: 2550 })].sort((a, b) => a.at - b.at);
    const ok = referenceRefreshRequest(asinFacts({ orders: more }), AS_OF, RS);
    expect(ok.wasPrice).toMatchObject({ wouldSucceed: true, value: 2550 });
    expect(ok.wasPrice.orders).toHaveLength(3);
    expect(ok.lowest30DayNetPrice.refreshable).toBe(false);
    expect(ok.lowest30DayNetPrice.reason.rule).toBe('PR-6');
  });

  it('PR-7: a List Price refresh lists the supporting orders and evidence (PR-1)', () => {
    const facts = asinFacts({
      products: [product({ listPrice: 2800 })],
      prices: [price(0, 2500)],
      orders: [
        order({ orderId: 'HIGH', at: AS_OF - 30 * DAY, unitPrice: 2900 }),
        order({ at: AS_OF - 29 * DAY, unitPrice: 2500 }),
      ],
      evidence: [{ asin: 'B000TEST01', marketplace: 'US', at: AS_OF - DAY, price: 2999, url: 'https://brand.example' }],
    });
    const r = referenceRefreshRequest(facts, AS_OF, RS);
    expect(r.listPrice).toMatchObject({ value: 2800, wouldSucceed: true, basis: 'orders' });
    expect(r.listPrice.orders.map((o) => o.orderId)).toEqual(['HIGH']);
    expect(r.listPrice.evidence.map((e) => e.url)).toEqual(['https://brand.example']);
  });
});

describe('grouping facts by ASIN', () => {
  it('groups loose facts per marketplace and ASIN through the SKU, sorted by instant', () => {
    const p1 = product({ sku: 'A', asin: 'X1' });
    const p2 = product({ sku: 'B', asin: 'X2' });
    const p3 = product({ sku: 'A', asin: 'X1', marketplace: 'CA' });
    const groups = groupAsinFacts({
      products: [p1, p2, p3],
      orders: [
        order({ sku: 'A', at: 20 }),
        order({ sku: 'A', at: 10 }),
        order({ sku: 'B', at: 5 }),
        order({ sku: 'A', at: 1, marketplace: 'CA' }),
      ],
      prices: [price(3, 100, { sku: 'B' })],
      promotions: [promo({ id: 'P', sku: 'A', kind: 'coupon', start: 0, end: 1 })],
      events: [{ marketplace: 'US', name: 'PD', start: 0, end: 1 }],
    });
    expect(groups.size).toBe(3);
    const x1 = groups.get(asinKey('US', 'X1'));
    expect(x1?.orders.map((o) => o.at)).toEqual([10, 20]);
    expect(x1?.promotions.map((p) => p.id)).toEqual(['P']);
    expect(x1?.events).toHaveLength(1);
    expect(groups.get(asinKey('US', 'X2'))?.prices).toHaveLength(1);
    expect(groups.get(asinKey('CA', 'X1'))?.orders).toHaveLength(1);
  });
});
