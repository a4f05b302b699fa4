// PR-6 the 30-day lowest net price, from the price and promotion timeline.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PROMOTION_KINDS, type PriceFact, type PromotionFact } from '../catalog/facts.js';
import { pastDaysWindow } from '../calendar/calendar.js';
import { quote } from '../quote/quote.js';
import { liveAt, standardPriceAt } from '../quote/timeline.js';
import { ruleSetFor } from '../rules/rules.js';
import { lowest30DayNetPrice } from './lowest-net-price.js';
import { asinFacts, at, DAY, HOUR, price, product, promo } from './test-fixtures.js';

const AS_OF = at('2026-03-20T12:00:00-07:00'); // PDT; 30 local days earlier is 2026-02-18T12:00 PST
const RS = ruleSetFor('US', AS_OF);
const FROM = pastDaysWindow(AS_OF, 30, 'America/Los_Angeles').fromExclusive;

describe('PR-6 30-day lowest net price', () => {
  it('PR-6 seed case 1: a 30% coupon on $32.99 leaves a 30-day lowest net price of $23.09', () => {
    const facts = asinFacts({
      prices: [price(AS_OF - 100 * DAY, 3299)],
      promotions: [
        promo({ id: 'C30', kind: 'coupon', discountPct: 30, start: AS_OF - 10 * DAY, end: AS_OF - 5 * DAY }),
      ],
    });
    const r = lowest30DayNetPrice(facts, AS_OF, RS);
    expect(r).toMatchObject({ value: 2309, at: AS_OF - 10 * DAY, until: AS_OF - 5 * DAY, sku: 'SKU-1' });
    expect(r.cause).toEqual({ promotionIds: ['C30'], kinds: ['coupon'], price: 2309, context: 'all' });
  });

  it('PR-6 seed case 2: an LD at $20.99 with a 10% coupon makes $18.89 the new 30-day low', () => {
    const ldStart = AS_OF - 3 * DAY;
    const facts = asinFacts({
      prices: [price(AS_OF - 100 * DAY, 2999)],
      promotions: [
        promo({ id: 'C30', kind: 'coupon', discountPct: 30, start: AS_OF - 20 * DAY, end: AS_OF - 15 * DAY }), // 29.99 → 20.99
        promo({ id: 'LD', kind: 'lightning_deal', price: 2099, start: ldStart, end: ldStart + 12 * HOUR }),
        promo({ id: 'C10', kind: 'coupon', discountPct: 10, start: ldStart - DAY, end: ldStart + DAY }),
      ],
    });
    const before = lowest30DayNetPrice(facts, ldStart - DAY - 1, RS);
    expect(before.value).toBe(2099);
    const r = lowest30DayNetPrice(facts, AS_OF, RS);
    expect(r).toMatchObject({ value: 1889, at: ldStart, until: ldStart + 12 * HOUR });
    expect(r.cause).toEqual({
      promotionIds: ['LD', 'C10'],
      kinds: ['lightning_deal', 'coupon'],
      price: 1889,
      context: 'all',
    });
  });

  it('PR-6: with no promotion the low is the lowest standard price, with no cause', () => {
    const facts = asinFacts({
      prices: [price(AS_OF - 100 * DAY, 2000), price(AS_OF - 10 * DAY, 1800), price(AS_OF - 5 * DAY, 2100)],
    });
    expect(lowest30DayNetPrice(facts, AS_OF, RS)).toMatchObject({ value: 1800, at: AS_OF - 10 * DAY, cause: null });
    expect(lowest30DayNetPrice(asinFacts(), AS_OF, RS).value).toBeNull();
  });

  it('PR-6 + PQ-2: PED counts for Prime members; an Outlet deal stacks additively with a coupon (deal price facts, OUT-9, are not the standard price)', () => {
    const facts = asinFacts({
      prices: [
        price(AS_OF - 100 * DAY, 10000),
        price(AS_OF - 9 * DAY, 5000, { dealId: 'O' }),
        price(AS_OF - 2 * DAY, 10000, { dealId: 'O' }),
      ],
      promotions: [
        promo({ id: 'PED', kind: 'ped', discountPct: 20, start: AS_OF - 20 * DAY, end: AS_OF - 19 * DAY }),
        promo({ id: 'O', kind: 'outlet_deal', price: 5000, start: AS_OF - 9 * DAY, end: AS_OF - 2 * DAY }),
        promo({ id: 'C5', kind: 'coupon', discountPct: 5, start: AS_OF - 4 * DAY, end: AS_OF - 3 * DAY }),
      ],
    });
    const r = lowest30DayNetPrice(facts, AS_OF, RS);
    expect(r).toMatchObject({ value: 4500, at: AS_OF - 4 * DAY });
    expect(r.cause?.kinds).toEqual(['outlet_deal', 'coupon']);
    const ped = lowest30DayNetPrice(facts, AS_OF - 15 * DAY, RS);
    expect(ped.cause).toEqual({ promotionIds: ['PED'], kinds: ['ped'], price: 8000, context: 'prime' });
  });

  it('PR-6: promotion codes and business prices do not count', () => {
    const live = { start: AS_OF - 5 * DAY, end: AS_OF - 4 * DAY };
    const facts = asinFacts({
      prices: [price(AS_OF - 100 * DAY, 2000)],
      promotions: [
        promo({ id: 'K', kind: 'promo_code', discountPct: 50, code: 'HALF', codeType: 'unrestricted', ...live }),
        promo({ id: 'B', kind: 'business_price', discountPct: 40, ...live }),
      ],
    });
    expect(lowest30DayNetPrice(facts, AS_OF, RS)).toMatchObject({ value: 2000, cause: null });
  });

  it('PR-6 + PM-8: a time when the offer was inactive (a net price below the minimum price) does not count', () => {
    const coupon = promo({ id: 'C', kind: 'coupon', discountPct: 40, start: AS_OF - 5 * DAY, end: AS_OF - 4 * DAY });
    const mild = promo({ id: 'M', kind: 'coupon', discountPct: 10, start: AS_OF - 8 * DAY, end: AS_OF - 7 * DAY });
    const facts = (minPrice: number | null) =>
      asinFacts({
        products: [product({ minPrice })],
        prices: [price(AS_OF - 100 * DAY, 2000)],
        promotions: [coupon, mild],
      });
    expect(lowest30DayNetPrice(facts(null), AS_OF, RS).value).toBe(1200);
    expect(lowest30DayNetPrice(facts(1500), AS_OF, RS)).toMatchObject({ value: 1800, cause: { promotionIds: ['M'] } });
  });

  it('PR-6 + DEC-3: window edges — (asOf − 30 d, asOf] as of an instant, [start − 30 d, start) before a proposal', () => {
    const c = (start: number, end: number, id = 'C') => promo({ id, kind: 'coupon', discountPct: 10, start, end });
    const facts = (p: PromotionFact) => asinFacts({ prices: [price(AS_OF - 100 * DAY, 2000)], promotions: [p] });
    expect(lowest30DayNetPrice(facts(c(FROM - DAY, FROM)), AS_OF, RS).value).toBe(2000); // ended at the window start
    expect(lowest30DayNetPrice(facts(c(FROM - DAY, FROM + 1)), AS_OF, RS).value).toBe(1800);
    expect(lowest30DayNetPrice(facts(c(AS_OF, AS_OF + DAY)), AS_OF, RS).value).toBe(1800); // live at asOf itself
    expect(lowest30DayNetPrice(facts(c(AS_OF, AS_OF + DAY)), AS_OF, RS, { windowEnd: 'beforeStart' }).value).toBe(2000);
    // a proposal's window includes its first instant [start − 30 d, …)
    expect(lowest30DayNetPrice(facts(c(FROM - DAY, FROM + 1)), AS_OF, RS, { windowEnd: 'beforeStart' }).value).toBe(
      1800,
    );
  });

  it('PR-6 + DEC-3: a DST-crossing window is 30 local days (29 × 24 h + 23 h), not 30 × 24 h', () => {
    expect(FROM).toBe(AS_OF - 30 * DAY + HOUR);
    // ended 30 min after the naive start (asOf − 720 h) but 30 min before the local-day start
    const ended = promo({
      id: 'C',
      kind: 'coupon',
      discountPct: 10,
      start: AS_OF - 31 * DAY,
      end: AS_OF - 30 * DAY + 30 * 60_000,
    });
    const facts = asinFacts({ prices: [price(AS_OF - 100 * DAY, 2000)], promotions: [ended] });
    expect(lowest30DayNetPrice(facts, AS_OF, RS).value).toBe(2000);
  });

  it('PR-6: the lowest over the new-condition SKUs of the ASIN, each with its own promotions', () => {
    const facts = asinFacts({
      products: [product({ sku: 'A' }), product({ sku: 'B' }), product({ sku: 'U', condition: 'used' })],
      prices: [
        price(AS_OF - 100 * DAY, 2000, { sku: 'A' }),
        price(AS_OF - 100 * DAY, 2200, { sku: 'B' }),
        price(AS_OF - 100 * DAY, 900, { sku: 'U' }),
      ],
      promotions: [
        promo({ id: 'CB', sku: 'B', kind: 'coupon', discountPct: 20, start: AS_OF - 3 * DAY, end: AS_OF - 2 * DAY }),
      ],
    });
    expect(lowest30DayNetPrice(facts, AS_OF, RS)).toMatchObject({ value: 1760, sku: 'B' });
  });
});

describe('PR-6 property', () => {
  const KINDS = PROMOTION_KINDS.filter((k) => k !== 'promo_code' && k !== 'business_price');
  const timelineArb = fc.record({
    prices: fc.array(
      fc.record({ day: fc.integer({ min: -60, max: 0 }), value: fc.integer({ min: 100, max: 10_000 }) }),
      { minLength: 1, maxLength: 6 },
    ),
    promotions: fc.array(
      fc.record({
        kind: fc.constantFrom(...KINDS),
        startHour: fc.integer({ min: -60 * 24, max: 10 }),
        hours: fc.integer({ min: 1, max: 20 * 24 }),
        pct: fc.integer({ min: 1, max: 90 }),
        byPrice: fc.boolean(),
        audience: fc.constantFrom('all' as const, 'prime' as const, 'new_buyer' as const),
      }),
      { maxLength: 8 },
    ),
    samples: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 5, maxLength: 20 }),
  });

  it('PR-6: the 30-day lowest net price is never above any net price that was live in its window', () => {
    fc.assert(
      fc.property(timelineArb, (t) => {
        const prices: PriceFact[] = t.prices
          .map((p) => price(AS_OF + p.day * DAY, p.value))
          .sort((a, b) => a.at - b.at);
        const promotions = t.promotions.map((p, i) =>
          promo({
            id: `P${i}`,
            kind: p.kind,
            start: AS_OF + p.startHour * HOUR,
            end: AS_OF + (p.startHour + p.hours) * HOUR,
            audience: p.audience,
            ...(p.byPrice ? { price: 50 + p.pct * 10 } : { discountPct: p.pct }),
          }),
        );
        const facts = asinFacts({ prices, promotions });
        const low = lowest30DayNetPrice(facts, AS_OF, RS);
        const instants = [
          ...t.samples.map((s) => Math.floor(FROM + 1 + s * (AS_OF - FROM - 1))),
          AS_OF,
          ...promotions.map((p) => p.start),
        ].filter((x) => x > FROM && x <= AS_OF);
        for (const x of instants) {
          const base = standardPriceAt(prices, x);
          if (base === null) continue;
          for (const prime of [false, true]) {
            for (const firstTime of [false, true]) {
              const q = quote(
                {
                  at: x,
                  currency: 'USD',
                  basePrice: base,
                  promotions: liveAt(promotions, x),
                  buyer: { prime, firstTime, business: false, quantity: 1, codes: [] },
                },
                RS,
              );
              expect(low.value).not.toBeNull();
              expect(low.value as number).toBeLessThanOrEqual(q.netUnitPrice);
            }
          }
        }
        // the low itself is a net price that was live: quoting at its moment gives it back (the state
        // at the window start is the state just after it)
        if (low.value !== null && low.at !== null) {
          const when = low.at;
          const base = standardPriceAt(prices, when) as number;
          const nets = [false, true].flatMap((prime) =>
            [false, true].map(
              (firstTime) =>
                quote(
                  {
                    at: when,
                    currency: 'USD',
                    basePrice: base,
                    promotions,
                    buyer: { prime, firstTime, business: false, quantity: 1, codes: [] },
                  },
                  RS,
                ).netUnitPrice,
            ),
          );
          expect(Math.min(...nets)).toBe(low.value);
        }
      }),
      { numRuns: 300 },
    );
  });
});
