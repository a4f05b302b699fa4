// Core pricing results → CONTRACT JSON: money as decimal strings in the marketplace currency (JPY
// without decimals), instants with the marketplace's offset (summer and winter time), statuses by
// instant, and the price after each add-on of a quote (PQ-2, also with Outlet stacking).
import { describe, expect, it } from 'vitest';
import { quote } from '../core/quote/index.js';
import { referencePrices } from '../core/reference-prices/index.js';
import { asinFacts, at, buyer, DAY, order, price, product, promo } from '../core/reference-prices/test-fixtures.js';
import { ruleSetFor } from '../core/rules/rules.js';
import { PricesDoc, QuoteDoc } from './pricing-documents.js';
import { isoIn, pricesJson, promotionJson, promotionStatus, quoteJson } from './pricing-json.js';

describe('pricesJson', () => {
  it('PR-2, PR-6: JPY amounts have no decimals, instants carry +09:00, and the why lines cite their rules', () => {
    const asOf = at('2026-04-01T00:00:00+09:00');
    const jp = (o: Parameters<typeof order>[0]) => order({ marketplace: 'JP', currency: 'JPY', unitPrice: 3000, ...o });
    const facts = asinFacts({
      marketplace: 'JP',
      products: [product({ marketplace: 'JP', listPrice: 3500 })],
      prices: [price(asOf - 100 * DAY, 3000, { marketplace: 'JP' })],
      orders: [jp({ at: asOf - 20 * DAY }), jp({ at: asOf - 19 * DAY }), jp({ at: asOf - 18 * DAY })],
      promotions: [
        promo({
          id: 'C10',
          kind: 'coupon',
          marketplace: 'JP',
          start: asOf - 10 * DAY,
          end: asOf - 5 * DAY,
          discountPct: 10,
        }),
      ],
    });
    const ruleSet = ruleSetFor('JP', asOf);
    const doc = pricesJson(referencePrices(facts, asOf, ruleSet), ruleSet, 'SKU-1');
    expect(PricesDoc.parse(doc)).toEqual(doc);
    expect(doc).toMatchObject({
      marketplace: 'JP',
      currency: 'JPY',
      at: '2026-04-01T00:00:00+09:00',
      currentPrice: '3000',
      listPrice: { value: '3500', validated: false },
      wasPrice: { value: '3000', qualifyingOrders: 3 },
      lowest30DayNetPrice: {
        value: '2700',
        at: '2026-03-22T00:00:00+09:00',
        cause: { promotionIds: ['C10'], price: '2700' },
      },
      reference: { value: '3000', kind: 'was_price' },
    });
    expect(doc.why.map((w) => `${w.rule} ${w.code}`)).toEqual([
      'PR-5 PRICES_WHY_CURRENT',
      'PR-1 LIST_PRICE_NOT_VALIDATED',
      'PR-2 PRICES_WHY_WAS',
      'PR-6 PRICES_WHY_LOWEST_NET_PROMO',
      'PR-6 LOWEST_NET_PRICE_NOT_REFRESHABLE',
      'PR-2 PRICES_WHY_REFERENCE_WAS',
    ]);
    expect(doc.why[3]!.messageZh).toContain('2700 JPY');
  });

  it('no price at all: every price is null and the why lines say so', () => {
    const asOf = at('2026-04-01T00:00:00-07:00');
    const ruleSet = ruleSetFor('US', asOf);
    const doc = pricesJson(referencePrices(asinFacts(), asOf, ruleSet), ruleSet, null);
    expect(doc).toMatchObject({
      currentPrice: null,
      currentPriceSku: null,
      lowestRecentPrice: null,
      reference: { value: null, kind: null },
    });
    expect(doc.lowest30DayNetPrice).toEqual({ value: null, at: null, until: null, sku: null, cause: null });
    expect(doc.why.map((w) => w.code)).toContain('PRICES_WHY_NO_LOWEST_NET');
    expect(doc.why.map((w) => w.code)).toContain('PRICES_WHY_REFERENCE_NONE');
  });
});

describe('isoIn and promotion statuses', () => {
  it('uses the offset in force at the instant (US summer −07:00, winter −08:00; DE +01:00/+02:00)', () => {
    expect(isoIn(at('2026-01-15T12:00:00Z'), 'US')).toBe('2026-01-15T04:00:00-08:00');
    expect(isoIn(at('2026-07-15T12:00:00Z'), 'US')).toBe('2026-07-15T05:00:00-07:00');
    expect(isoIn(at('2026-07-15T12:00:00Z'), 'DE')).toBe('2026-07-15T14:00:00+02:00');
  });

  it('planned before the start, live from the start until before the end, ended from the end', () => {
    const p = promo({ id: 'P', kind: 'coupon', start: 1000, end: 2000, discountPct: 10, budget: 12345 });
    expect([999, 1000, 1999, 2000].map((t) => promotionStatus(p, t))).toEqual(['planned', 'live', 'live', 'ended']);
    expect(promotionJson(p, 'B000TEST01', 1500)).toMatchObject({
      status: 'live',
      budget: '123.45',
      currency: 'USD',
      discountPct: 10,
    });
  });
});

describe('quoteJson', () => {
  const when = at('2026-04-01T00:00:00-07:00');
  const ruleSet = ruleSetFor('US', when);
  const subject = { asin: 'B000TEST01', sku: 'SKU-1', marketplace: 'US' as const, costFloor: null, minPrice: null };

  it('PQ-2: the price after each add-on, computed on the running price', () => {
    const b = buyer({ codes: ['SAVE'] });
    const q = quote(
      {
        at: when,
        currency: 'USD',
        basePrice: 3299,
        buyer: b,
        promotions: [
          promo({ id: 'C30', kind: 'coupon', start: when - DAY, end: when + DAY, discountPct: 30 }),
          promo({
            id: 'CODE',
            kind: 'promo_code',
            start: when - DAY,
            end: when + DAY,
            discountAmount: 100,
            code: 'SAVE',
            codeType: 'unrestricted',
          }),
        ],
      },
      ruleSet,
    );
    const doc = quoteJson(q, { ...subject, buyer: b });
    expect(QuoteDoc.parse(doc)).toEqual(doc);
    expect(doc).toMatchObject({
      basePrice: '32.99',
      direct: null,
      addOns: [
        { id: 'C30', base: '32.99', discount: '9.90', priceAfter: '23.09' },
        { id: 'CODE', base: '23.09', discount: '1.00', priceAfter: '22.09' },
      ],
      netUnitPrice: '22.09',
      totalDiscount: '10.90',
      at: '2026-04-01T00:00:00-07:00',
    });
  });

  it('PQ-2 Outlet: $100, Outlet 50%, coupon 5% → add-on on the standard price, price after = the net 45.00', () => {
    const b = buyer();
    const q = quote(
      {
        at: when,
        currency: 'USD',
        basePrice: 10000,
        buyer: b,
        promotions: [
          promo({ id: 'OUT', kind: 'outlet_deal', start: when - DAY, end: when + DAY, discountPct: 50 }),
          promo({ id: 'C5', kind: 'coupon', start: when - DAY, end: when + DAY, discountPct: 5 }),
        ],
      },
      ruleSet,
    );
    const doc = quoteJson(q, { ...subject, buyer: b });
    expect(doc).toMatchObject({
      direct: { id: 'OUT', price: '50.00', discount: '50.00' },
      addOns: [{ id: 'C5', base: '100.00', discount: '5.00', priceAfter: '45.00' }],
      netUnitPrice: '45.00',
      totalDiscount: '55.00',
      outletStacking: true,
    });
  });
});
