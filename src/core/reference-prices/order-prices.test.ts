// PR-1, PR-2, PR-3, PR-4, PR-5: the reference prices computed from orders and price changes.
import { describe, expect, it } from 'vitest';
import { pastDaysWindow } from '../calendar/calendar.js';
import { ruleSetFor } from '../rules/rules.js';
import { currentPrice, currentPriceDetail } from './current-price.js';
import { validatedListPrice } from './list-price.js';
import { lowestRecentPrice } from './lowest-recent-price.js';
import { medianHalfUp } from './order-lines.js';
import { asinFacts, at, DAY, HOUR, order, price, product, promo, type FactParts } from './test-fixtures.js';
import { wasPrice } from './was-price.js';

const AS_OF = at('2026-04-15T12:00:00-07:00'); // PDT
const RS = ruleSetFor('US', AS_OF);
const CUTOFF = AS_OF - 24 * HOUR;
const FROM90 = pastDaysWindow(AS_OF, 90, 'America/Los_Angeles').fromExclusive;

describe('PR-5 current price', () => {
  it('PR-5 + DEC-2: the lowest new-condition SKU price at the instant; used SKUs and deal prices (OUT-9) do not count', () => {
    const facts = asinFacts({
      products: [product({ sku: 'A' }), product({ sku: 'B' }), product({ sku: 'U', condition: 'used' })],
      prices: [
        price(AS_OF - 10 * DAY, 2000, { sku: 'A' }),
        price(AS_OF - 10 * DAY, 1800, { sku: 'B' }),
        price(AS_OF - 10 * DAY, 1500, { sku: 'U' }),
        price(AS_OF - DAY, 1400, { sku: 'B', dealId: 'OUTLET-1' }),
      ],
    });
    expect(currentPriceDetail(facts, AS_OF)).toEqual({ price: 1800, sku: 'B' });
  });

  it('PR-5: a price change at the instant itself is in force; before the first change there is no price', () => {
    const facts = asinFacts({ prices: [price(AS_OF - DAY, 2000), price(AS_OF, 1900)] });
    expect(currentPrice(facts, AS_OF)).toBe(1900);
    expect(currentPrice(facts, AS_OF - 1)).toBe(2000);
    expect(currentPrice(facts, AS_OF - 2 * DAY)).toBeNull();
  });
});

describe('PR-1 List Price validation', () => {
  const lp = (orders: FactParts['orders'], p = product({ listPrice: 2500 })) =>
    validatedListPrice(asinFacts({ products: [p], orders, prices: [price(0, 2200)] }), AS_OF, RS);

  it('PR-1a: one order at the List Price (at or above) in the past 90 days validates it', () => {
    const r = lp([order({ at: AS_OF - 10 * DAY, unitPrice: 2500 })]);
    expect(r).toMatchObject({ value: 2500, validated: true, basis: 'orders', validatingOrders: 1 });
    expect(r.reason.code).toBe('LIST_PRICE_VALIDATED_BY_ORDERS');
    expect(lp([order({ at: AS_OF - 10 * DAY, unitPrice: 2499 })]).validated).toBe(false);
  });

  it('PR-1a: the sold unit price is line total ÷ units: a coupon below the List Price does not validate', () => {
    expect(
      lp([order({ at: AS_OF - 10 * DAY, unitPrice: 2600, units: 2, promotionDiscount: 202, promotionIds: ['C'] })])
        .validated,
    ).toBe(false); // 24.99
    expect(
      lp([order({ at: AS_OF - 10 * DAY, unitPrice: 2600, units: 2, promotionDiscount: 200, promotionIds: ['C'] })])
        .validated,
    ).toBe(true); // 25.00
    expect(lp([order({ at: AS_OF - 10 * DAY, unitPrice: 2600, units: 2, cancelled: true })]).validated).toBe(false);
  });

  it('PR-1a: the 24-hour exclusion: an order exactly 24 h old counts, one a millisecond younger does not', () => {
    expect(lp([order({ at: CUTOFF, unitPrice: 2500 })]).validated).toBe(true);
    const young = lp([order({ at: CUTOFF + 1, unitPrice: 2500 })]);
    expect(young.validated).toBe(false);
    expect(young.reason).toMatchObject({ code: 'LIST_PRICE_NOT_VALIDATED', rule: 'PR-1' });
  });

  it('PR-1a + DEC-3: the 90-day window is (asOf − 90 local days, asOf], across the DST change', () => {
    // 90 local days before 12:00 PDT is 12:00 PST: 90 × 24 h − 1 h earlier, not 90 × 24 h.
    expect(FROM90).toBe(AS_OF - 90 * DAY + HOUR);
    expect(lp([order({ at: FROM90, unitPrice: 2500 })]).validated).toBe(false);
    expect(lp([order({ at: FROM90 + 1, unitPrice: 2500 })]).validated).toBe(true);
    expect(lp([order({ at: AS_OF - 90 * DAY + 30 * 60_000, unitPrice: 2500 })]).validated).toBe(false); // inside a naive 90×24 h window
  });

  it('PR-1a: 180 days for a seasonal product, 90 otherwise', () => {
    const old = [order({ at: AS_OF - 120 * DAY, unitPrice: 2500 })];
    expect(lp(old).validated).toBe(false);
    const seasonal = lp(old, product({ listPrice: 2500, seasonal: true }));
    expect(seasonal).toMatchObject({ validated: true, windowDays: 180 });
    expect(
      lp([order({ at: AS_OF - 181 * DAY, unitPrice: 2500 })], product({ listPrice: 2500, seasonal: true })).validated,
    ).toBe(false);
  });

  it('PR-1b: external evidence at or above the List Price validates it; orders are preferred', () => {
    const facts = (evidencePrice: number) =>
      asinFacts({
        products: [product({ listPrice: 2500 })],
        prices: [price(0, 2200)],
        evidence: [
          {
            asin: 'B000TEST01',
            marketplace: 'US',
            at: AS_OF - DAY,
            price: evidencePrice,
            url: 'https://brand.example/p',
          },
        ],
      });
    const r = validatedListPrice(facts(2599), AS_OF, RS);
    expect(r).toMatchObject({ validated: true, basis: 'evidence' });
    expect(r.reason.message).toContain('https://brand.example/p');
    expect(validatedListPrice(facts(2400), AS_OF, RS).validated).toBe(false);
    const url = validatedListPrice(
      asinFacts({ products: [product({ listPrice: 2500, listPriceEvidenceUrl: 'https://x.example' })] }),
      AS_OF,
      RS,
    );
    expect(url.basis).toBe('evidence');
  });

  it('PR-1: no List Price set → not validated, with the reason', () => {
    const r = validatedListPrice(asinFacts(), AS_OF, RS);
    expect(r).toMatchObject({ value: null, validated: false, basis: null });
    expect(r.reason.code).toBe('LIST_PRICE_NOT_SET');
    expect(r.reason.messageZh).toContain('B000TEST01');
  });
});

describe('PR-2 Was Price', () => {
  const was = (orders: ReturnType<typeof order>[], extra: FactParts = {}) =>
    wasPrice(asinFacts({ orders: orders.sort((a, b) => a.at - b.at), ...extra }), AS_OF, RS);
  const ok = (daysAgo: number, unitPrice: number, o: Partial<ReturnType<typeof order>> = {}) =>
    order({ at: AS_OF - daysAgo * DAY, unitPrice, ...o });

  it('PR-2: the median of an odd count is the middle value', () => {
    expect(was([ok(5, 1000), ok(6, 2000), ok(7, 1500)])).toMatchObject({
      value: 1500,
      qualifyingOrders: 3,
      frozen: false,
    });
  });

  it('PR-2: median of an even count is the mean of the middle two, rounded half up', () => {
    expect(was([ok(5, 1000), ok(6, 1999), ok(7, 2000), ok(8, 3000)]).value).toBe(2000); // 1999.5 → 2000
    expect(medianHalfUp([3, 1, 2, 4])).toBe(3); // 2.5 → 3
    expect(medianHalfUp([2, 4])).toBe(3);
    expect(medianHalfUp([])).toBeNull();
  });

  it('PR-2: it exists only with ≥ 3 qualifying lines', () => {
    const r = was([ok(5, 1000), ok(6, 2000)]);
    expect(r).toMatchObject({ value: null, qualifyingOrders: 2 });
    expect(r.reason?.code).toBe('WAS_PRICE_TOO_FEW_ORDERS');
  });

  it('PR-2: one value per line (line total ÷ units), not weighted by units', () => {
    expect(was([ok(5, 1000, { units: 10 }), ok(6, 2000), ok(7, 3000)]).value).toBe(2000);
  });

  it('PR-2: non-qualifying lines are left out (cancelled, B2B, S&S, promotional, pending, past 24 h)', () => {
    const base = [ok(5, 2000), ok(6, 2000), ok(7, 2000)];
    const noise = [
      ok(4, 100, { cancelled: true }),
      ok(4, 100, { b2b: true }),
      ok(4, 100, { subscribeAndSave: true }),
      ok(4, 100, { promotionIds: ['C1'] }),
      ok(4, 100, { promotionDiscount: 5 }),
      ok(4, 100, { unitPrice: null }),
      order({ at: CUTOFF + 1, unitPrice: 100 }),
    ];
    expect(was([...base, ...noise])).toMatchObject({ value: 2000, qualifyingOrders: 3 });
    expect(was([...base.slice(0, 2), order({ at: CUTOFF, unitPrice: 2000 })]).qualifyingOrders).toBe(3); // exactly 24 h: in
  });

  it('PR-2: a line bought while a direct-price promotion of its SKU was live is promotional', () => {
    const pd = promo({
      id: 'PD',
      kind: 'price_discount',
      price: 1500,
      start: AS_OF - 5 * DAY - HOUR,
      end: AS_OF - 5 * DAY + HOUR,
    });
    const lines = [ok(5, 1500), ok(6, 2000), ok(7, 2000), ok(8, 2000)];
    expect(was(lines, { promotions: [pd] })).toMatchObject({ value: 2000, qualifyingOrders: 3 });
    expect(was(lines, { promotions: [{ ...pd, sku: 'OTHER' }] }).qualifyingOrders).toBe(4);
  });

  it('PR-2: ASIN level: the lines of all the seller SKUs of the ASIN count together', () => {
    const products = [product({ sku: 'A' }), product({ sku: 'B' })];
    const r = was([ok(5, 1000, { sku: 'A' }), ok(6, 2000, { sku: 'B' }), ok(7, 3000, { sku: 'B' })], { products });
    expect(r).toMatchObject({ value: 2000, qualifyingOrders: 3 });
  });

  it('PR-2 + DEC-3: lines on the window edge (exactly 90 local days ago) are out', () => {
    const lines = [ok(5, 2000), ok(6, 2000), order({ at: FROM90, unitPrice: 2000 })];
    expect(was(lines).qualifyingOrders).toBe(2);
    expect(was([ok(5, 2000), ok(6, 2000), order({ at: FROM90 + 1, unitPrice: 2000 })]).qualifyingOrders).toBe(3);
  });
});

describe('PR-3 frozen Was Price', () => {
  const event = { marketplace: 'US' as const, name: 'Prime Day', start: AS_OF + 10 * DAY, end: AS_OF + 12 * DAY };
  const lines = [0, 1, 2].map((i) => order({ at: AS_OF - (5 + i) * DAY, unitPrice: 2000 }));
  const frozen = (from: number, marketplace: 'US' | 'UK' = 'US') => ({
    asin: 'B000TEST01',
    marketplace,
    price: 1600,
    from,
    to: event.end,
  });

  it('PR-3: frozen at a chosen value from ≥ 30 days before the event until its end, on an allowed marketplace', () => {
    const facts = asinFacts({ orders: lines, frozenWasPrices: [frozen(event.start - 31 * DAY)], events: [event] });
    const r = wasPrice(facts, AS_OF, RS);
    expect(r).toMatchObject({ value: 1600, frozen: true, computed: 2000, qualifyingOrders: 3 });
    expect(r.frozenPrice?.event).toBe('Prime Day');
    expect(wasPrice(facts, event.end, ruleSetFor('US', event.end)).frozen).toBe(false); // after the event's end
  });

  it('PR-3: a freeze set less than 30 days before the event does not count', () => {
    const facts = asinFacts({ orders: lines, frozenWasPrices: [frozen(event.start - 20 * DAY)], events: [event] });
    expect(wasPrice(facts, AS_OF, RS)).toMatchObject({ value: 2000, frozen: false });
  });

  it('PR-3: frozen Was Price only on allowed marketplaces (US, DE, FR, ES, IT, JP — not UK)', () => {
    const uk = { ...event, marketplace: 'UK' as const };
    const ukLines = lines.map((l) => ({ ...l, marketplace: 'UK' as const, currency: 'GBP' as const }));
    const facts = asinFacts({
      marketplace: 'UK',
      orders: ukLines,
      frozenWasPrices: [frozen(event.start - 31 * DAY, 'UK')],
      events: [uk],
    });
    expect(ruleSetFor('UK', AS_OF).referencePrices.wasPriceFreezeAllowed).toBe(false);
    expect(wasPrice(facts, AS_OF, ruleSetFor('UK', AS_OF))).toMatchObject({ value: 2000, frozen: false });
    expect(ruleSetFor('DE', AS_OF).referencePrices.wasPriceFreezeAllowed).toBe(true);
  });
});

describe('PR-4 Lowest Recent Price', () => {
  it('PR-4: the lowest price paid over 30 days on B2C new-condition lines (not cancelled, B2B or S&S)', () => {
    const products = [product({ sku: 'SKU-1' }), product({ sku: 'USED', condition: 'used' })];
    const orders = [
      order({ at: AS_OF - 31 * DAY, unitPrice: 900 }),
      order({ at: AS_OF - 20 * DAY, unitPrice: 1000, b2b: true }),
      order({ at: AS_OF - 19 * DAY, unitPrice: 1000, cancelled: true }),
      order({ at: AS_OF - 18 * DAY, unitPrice: 1000, subscribeAndSave: true }),
      order({ at: AS_OF - 17 * DAY, unitPrice: 1000, sku: 'USED' }),
      order({ at: AS_OF - 16 * DAY, unitPrice: 2000, units: 2, promotionDiscount: 700, promotionIds: ['C'] }), // paid 16.50
      order({ at: AS_OF - HOUR, unitPrice: 1800 }),
    ];
    expect(lowestRecentPrice(asinFacts({ products, orders }), AS_OF, RS)).toBe(1650);
    expect(lowestRecentPrice(asinFacts({ products, orders: [] }), AS_OF, RS)).toBeNull();
  });
});
