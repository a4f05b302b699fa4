// The what-if timeline: the price chain of PM-10 made visible day by day (PR-6, PM-2, PM-3, PM-4, DEC-3).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PROMOTION_KINDS, type Instant, type PromotionFact } from '../catalog/facts.js';
import { addDays, formatInstant, startOfLocalDay } from '../calendar/calendar.js';
import { maxAllowedPrice } from '../promotions/max-price.js';
import { asinFacts, DAY, HOUR, order, price, product, promo } from '../reference-prices/test-fixtures.js';
import { referencePrices } from '../reference-prices/reference-prices.js';
import { ruleSetFor } from '../rules/rules.js';
import type { RuleSet } from '../rules/schema.js';
import { timeline, type TimelineDay } from './timeline.js';

const TZ = 'America/Los_Angeles';
const rules = (at: Instant): RuleSet => ruleSetFor('US', at);
const midnight = (day: string): Instant => startOfLocalDay(day, TZ);

/** The seed chain: $32.99 for months, a Was Price of $32.99, a 30% coupon C1 from `couponStart` for 5 days. */
function seedChain(couponStart: string) {
  const x = midnight(couponStart);
  return asinFacts({
    prices: [price(x - 120 * DAY, 3299)],
    orders: [1, 2, 3].map((n) => order({ at: x - (10 + n) * DAY, unitPrice: 3299 })),
    promotions: [
      promo({ id: 'C1', kind: 'coupon', discountPct: 30, start: x, end: midnight(addDays(couponStart, 5)) }),
    ],
  });
}

function dayOf(days: readonly TimelineDay[], day: string): TimelineDay {
  const found = days.find((d) => d.day === day);
  if (found === undefined) throw new Error(`no ${day}`);
  return found;
}

describe('timeline: the price chain (PM-10, PR-6)', () => {
  it('PR-6/PM-3/PM-4 seed chain: a 30% coupon on $32.99 shows a 30-day low of $23.09 from its first day, lowering the LD and BD maximum prices, until 30 days after it ends', () => {
    const t = timeline(seedChain('2026-12-03'), '2026-12-01', '2027-01-10', rules);
    expect(t.days).toHaveLength(41);
    const before = dayOf(t.days, '2026-12-02');
    expect(before.lowest30DayNetPrice.value).toBe(3299);
    expect(before.canRun.lightning_deal).toMatchObject({ ok: true, maxPrice: 2804, binding: { against: 'ref' } });
    expect(before.canRun.best_deal).toMatchObject({ ok: true, maxPrice: 2969 });

    const x = dayOf(t.days, '2026-12-03');
    expect(x.lowest30DayNetPrice).toMatchObject({ value: 2309, at: midnight('2026-12-03') });
    expect(x.lowest30DayNetPrice.cause).toMatchObject({ promotionIds: ['C1'], kinds: ['coupon'] });
    expect(x.lowChange).toMatchObject({ direction: 'falls', from: 3299, to: 2309 });
    expect(x.lowChange?.cause?.promotionIds).toEqual(['C1']);
    expect(x.canRun.lightning_deal).toMatchObject({ ok: true, maxPrice: 2193, binding: { against: 'low', pct: 5 } });
    expect(x.canRun.best_deal).toMatchObject({ ok: true, maxPrice: 2309, binding: { against: 'low' } });
    expect(x.canRun.price_discount.maxPrice).toBe(2193);
    expect(x.live).toEqual([expect.objectContaining({ id: 'C1', kind: 'coupon', netPrice: 2309, stack: ['C1'] })]);

    // The coupon ends at 2026-12-08 00:00; 30 local days later it leaves the window.
    expect(dayOf(t.days, '2027-01-06').lowest30DayNetPrice.value).toBe(2309);
    expect(dayOf(t.days, '2027-01-06').canRun.lightning_deal.maxPrice).toBe(2193);
    const back = dayOf(t.days, '2027-01-07');
    expect(back.lowest30DayNetPrice.value).toBe(3299);
    expect(back.lowChange).toMatchObject({ direction: 'rises', from: 2309, to: 3299 });
    expect(back.lowChange?.previousCause?.promotionIds).toEqual(['C1']);
    expect(back.canRun.lightning_deal.maxPrice).toBe(2804);
    expect(t.days.filter((d) => d.lowChange !== null).map((d) => d.day)).toEqual(['2026-12-03', '2027-01-07']);
  });

  it('PR-6 seed case 2: an LD at $20.99 with a 10% coupon makes $18.89 the 30-day low, caused by both', () => {
    const x = midnight('2026-06-10');
    const facts = asinFacts({
      prices: [price(x - 100 * DAY, 2999)],
      orders: [1, 2, 3].map((n) => order({ at: x - (20 + n) * DAY, unitPrice: 2999 })),
      promotions: [
        promo({ id: 'LD', kind: 'lightning_deal', price: 2099, start: x + 8 * HOUR, end: x + 20 * HOUR }),
        promo({ id: 'C10', kind: 'coupon', discountPct: 10, start: x - DAY, end: x + 2 * DAY }),
      ],
    });
    const t = timeline(facts, '2026-06-09', '2026-06-12', rules);
    const ldDay = dayOf(t.days, '2026-06-10');
    expect(ldDay.lowest30DayNetPrice.value).toBe(2699); // at midnight only the coupon has been live
    expect(ldDay.live.map((l) => [l.id, l.netPrice, l.stack])).toEqual([
      ['C10', 1889, ['LD', 'C10']],
      ['LD', 1889, ['LD', 'C10']],
    ]);
    const next = dayOf(t.days, '2026-06-11');
    expect(next.lowest30DayNetPrice).toMatchObject({ value: 1889, at: x + 8 * HOUR, until: x + 20 * HOUR });
    expect(next.lowest30DayNetPrice.cause).toMatchObject({ promotionIds: ['LD', 'C10'] });
    expect(next.lowChange).toMatchObject({ direction: 'falls', from: 2699, to: 1889 });
    // PM-3 spacing: the next LD must wait 7 days after this one's end.
    expect(next.canRun.lightning_deal.ok).toBe(false);
    expect(next.canRun.lightning_deal.calendar.map((i) => i.code)).toEqual(['LD_SPACING_TOO_SHORT']);
    expect(next.canRun.lightning_deal.maxPrice).toBe(1794); // floor(18.89 × 0.95): still shown
    // PM-7: on the LD's own day a Best Deal would overlap it.
    expect(ldDay.canRun.best_deal.calendar.map((i) => i.code)).toEqual(['DEAL_OVERLAP']);
  });

  it('DEC-3 across DST: days start at local midnight and the 30-day window is 30 local days, not 720 hours', () => {
    // The coupon ends 2026-02-18 00:00 PST; 30 local days later is 2026-03-20 00:00 PDT (719 real hours).
    const couponEnd = midnight('2026-02-18');
    const facts = asinFacts({
      prices: [price(couponEnd - 100 * DAY, 2000)],
      orders: [1, 2, 3].map((n) => order({ at: couponEnd - (20 + n) * DAY, unitPrice: 2000 })),
      promotions: [promo({ id: 'C20', kind: 'coupon', discountPct: 20, start: couponEnd - 2 * DAY, end: couponEnd })],
    });
    const t = timeline(facts, '2026-03-07', '2026-03-21', rules);
    const ats = t.days.map((d) => formatInstant(d.at, TZ));
    expect(ats[0]).toBe('2026-03-07T00:00:00-08:00');
    expect(dayOf(t.days, '2026-03-08').at - dayOf(t.days, '2026-03-07').at).toBe(24 * HOUR);
    expect(dayOf(t.days, '2026-03-09').at - dayOf(t.days, '2026-03-08').at).toBe(23 * HOUR); // spring forward
    expect(formatInstant(dayOf(t.days, '2026-03-09').at, TZ)).toBe('2026-03-09T00:00:00-07:00');
    expect(dayOf(t.days, '2026-03-19').lowest30DayNetPrice.value).toBe(1600);
    expect(dayOf(t.days, '2026-03-20').lowest30DayNetPrice.value).toBe(2000);
    expect(dayOf(t.days, '2026-03-20').lowChange).toMatchObject({ direction: 'rises', from: 1600, to: 2000 });
    // Fall back: the day of 2026-11-01 has 25 hours.
    const fall = timeline(facts, '2026-10-31', '2026-11-02', rules).days;
    expect(fall.map((d) => formatInstant(d.at, TZ))).toEqual([
      '2026-10-31T00:00:00-07:00',
      '2026-11-01T00:00:00-07:00',
      '2026-11-02T00:00:00-08:00',
    ]);
    expect((fall[2]?.at ?? 0) - (fall[1]?.at ?? 0)).toBe(25 * HOUR);
  });

  it('PM-3/PM-4: during a declared event the event thresholds set the maximum prices', () => {
    const x = midnight('2026-07-14');
    const facts = asinFacts({
      prices: [price(x - 100 * DAY, 3299)],
      orders: [1, 2, 3].map((n) => order({ at: x - (10 + n) * DAY, unitPrice: 3299 })),
      events: [{ marketplace: 'US', name: 'Prime Day', start: x, end: x + 2 * DAY }],
    });
    const t = timeline(facts, '2026-07-13', '2026-07-14', rules);
    expect(t.days[0]).toMatchObject({ event: null, canRun: { lightning_deal: { event: false, maxPrice: 2804 } } });
    expect(t.days[1]).toMatchObject({
      event: 'Prime Day',
      canRun: { lightning_deal: { event: true, maxPrice: 2639 } },
    });
    expect(t.days[1]?.canRun.best_deal).toMatchObject({ event: true, maxPrice: 2804 });
  });

  it('PM-2/PM-3: without a reference price no direct-price kind can run; an empty range gives no days', () => {
    const facts = asinFacts({ prices: [price(midnight('2026-01-01'), 2000)] });
    const t = timeline(facts, '2026-02-01', '2026-02-02', rules);
    for (const kind of ['price_discount', 'lightning_deal', 'best_deal'] as const) {
      expect(t.days[0]?.canRun[kind].ok).toBe(false);
      expect(t.days[0]?.canRun[kind].reasons.map((r) => r.code)).toContain('NO_REFERENCE_PRICE');
    }
    expect(t.days[0]?.canRun.outlet_sale).toMatchObject({ ok: true, maxPrice: 1600 });
    expect(timeline(facts, '2026-02-02', '2026-02-01', rules).days).toEqual([]);
  });

  it('PM-1e what-if options: an extra coupon overlapping C1 stacks with it (both apply); excluding C1 restores $32.99', () => {
    const facts = seedChain('2026-12-03');
    const extra = promo({
      id: 'C2',
      kind: 'coupon',
      discountPct: 40,
      start: midnight('2026-12-04'),
      end: midnight('2026-12-05'),
    });
    const t = timeline(facts, '2026-12-05', '2026-12-05', rules, { extraPromotions: [extra] });
    // 32.99 − 30% = 23.09, − 40% (9.24) = 13.85.
    expect(t.days[0]?.lowest30DayNetPrice).toMatchObject({ value: 1385, cause: { promotionIds: ['C1', 'C2'] } });
    const without = timeline(facts, '2026-12-05', '2026-12-05', rules, { excludePromotionIds: ['C1'] });
    expect(without.days[0]?.lowest30DayNetPrice.value).toBe(3299);
  });
});

// ---- consistency with referencePrices and maxAllowedPrice ---------------------------------------

const BASE = midnight('2026-03-01');
const KINDS = ['coupon', 'price_discount', 'ped', 'lightning_deal', 'best_deal', 'outlet_deal', 'promo_code'] as const;

const promoArb = fc.record({
  kind: fc.constantFrom(...KINDS),
  sku: fc.constantFrom('SKU-1', 'SKU-2'),
  startHours: fc.integer({ min: -40 * 24, max: 40 * 24 }),
  hours: fc.integer({ min: 1, max: 10 * 24 }),
  pct: fc.integer({ min: 5, max: 60 }),
  prime: fc.boolean(),
});

describe('timeline agrees with referencePrices and maxAllowedPrice', () => {
  it('PR-1..PR-6 and PM-2/3/4: every day equals referencePrices as of its midnight (incl. the 30-day low, its at, until and cause)', () => {
    fc.assert(
      fc.property(
        fc.array(promoArb, { maxLength: 8 }),
        fc.array(
          fc.record({ hours: fc.integer({ min: -60 * 24, max: 30 * 24 }), price: fc.integer({ min: 500, max: 5000 }) }),
          {
            maxLength: 6,
          },
        ),
        fc.integer({ min: 0, max: 3000 }),
        (promos, changes, minPrice) => {
          const promotions: PromotionFact[] = promos.map((p, i) => {
            const start = BASE + p.startHours * HOUR;
            const direct = p.kind !== 'coupon' && p.kind !== 'promo_code';
            return promo({
              id: `P${i}`,
              kind: p.kind,
              sku: p.sku,
              start,
              end: start + p.hours * HOUR,
              ...(direct ? { price: 3000 - p.pct * 20 } : { discountPct: p.pct }),
              ...(p.kind === 'promo_code' ? { code: `CODE${i}` } : {}),
              audience: p.prime ? 'prime' : 'all',
            });
          });
          const facts = asinFacts({
            products: [
              product({ sku: 'SKU-1', minPrice: minPrice > 600 ? minPrice : null }),
              product({ sku: 'SKU-2' }),
            ],
            prices: [
              price(BASE - 90 * DAY, 3000),
              price(BASE - 90 * DAY, 3100, { sku: 'SKU-2' }),
              ...changes.map((c, i) => price(BASE + c.hours * HOUR, c.price, { sku: i % 2 === 0 ? 'SKU-1' : 'SKU-2' })),
            ],
            orders: [1, 2, 3, 4].map((n) => order({ at: BASE - n * 7 * DAY, unitPrice: 2900 + n * 50 })),
            promotions,
          });
          const t = timeline(facts, '2026-02-20', '2026-04-10', rules);
          for (const day of t.days) {
            const rs = rules(day.at);
            const refs = referencePrices(facts, day.at, rs);
            const { asin: _a, marketplace: _m, currency: _c, ...expected } = refs;
            const { day: _d, ruleSetVersion: _v, event: _e, live: _l, canRun, lowChange: _lc, ...got } = day;
            expect(got).toEqual(expected);
            for (const kind of PROMOTION_KINDS) {
              if (kind === 'coupon') continue; // exemption and sales history need the product, as the timeline has
              const m = maxAllowedPrice(kind, refs, rs, { offers: [] });
              expect(canRun[kind].maxPrice, `${day.day} ${kind}`).toBe(m.maxPrice);
            }
          }
        },
      ),
      { numRuns: 40 },
    );
  });
});
