// maxAllowedPrice: the validators' price conditions solved for the price (PM-1..PM-6, OUT-4, OUT-5),
// checked against the validators themselves.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { OfferFact, PromotionFact, PromotionKind } from '../catalog/facts.js';
import { HOUR_MS } from '../calendar/civil.js';
import { minusLocalDays } from '../calendar/calendar.js';
import { ruleSetFor } from '../rules/rules.js';
import { VALIDATORS } from './check.js';
import { maxAllowedPrice, type MaxAllowedPrice } from './max-price.js';
import {
  asinFacts,
  at,
  codes,
  envFor,
  event,
  promo,
  refs,
  run,
  wasPriceOrders,
  type RefsInput,
} from './test-support.js';

const START = at('2026-04-01T00:00:00-07:00');
const RS = ruleSetFor('US', START);
const TZ = 'America/Los_Angeles';

/** A proposal of `kind` at START with a valid duration for its kind. */
function proposal(kind: PromotionKind, over: Partial<PromotionFact> = {}): PromotionFact {
  const end =
    kind === 'lightning_deal'
      ? START + 12 * HOUR_MS
      : kind === 'best_deal'
        ? minusLocalDays(START, -7, TZ)
        : minusLocalDays(START, -1, TZ);
  return promo({ id: 'P', kind, start: START, end, ...over });
}

const EVENT_FACTS = asinFacts({
  orders: wasPriceOrders(2000),
  events: [event('Prime Day', '2026-03-31T00:00:00-07:00', '2026-04-03T00:00:00-07:00')],
});

function errorsAt(
  kind: PromotionKind,
  input: RefsInput,
  over: Partial<PromotionFact>,
  opts: { event?: boolean; offers?: readonly OfferFact[] } = {},
): string[] {
  const p = proposal(kind, over);
  const env = envFor(p, {
    refs: input,
    ...(opts.event ? { facts: EVENT_FACTS } : {}),
    ...(opts.offers ? { offers: opts.offers } : {}),
  });
  return codes(run(VALIDATORS[kind], env).errors);
}

function max(kind: PromotionKind, input: RefsInput, opts: Parameters<typeof maxAllowedPrice>[3] = {}): MaxAllowedPrice {
  return maxAllowedPrice(kind, refs(input, START), RS, opts);
}

function offer(price: number): OfferFact {
  return {
    asin: 'B0TESTASIN',
    marketplace: 'US',
    at: START - HOUR_MS,
    seller: 'Rival',
    condition: 'new',
    price,
    buyBox: false,
  };
}

describe('maxAllowedPrice: examples', () => {
  it('PM-3: the LD maximum is the lowest of 15% below ref, 5% below the 30-day low, 5% below Was and < current', () => {
    // The seed chain: a 30% coupon on 32.99 left a 30-day low of 23.09.
    const m = max('lightning_deal', { current: 3299, was: 3299, low: 2309 });
    expect(m.ok).toBe(true);
    expect(m.maxPrice).toBe(2193); // floor(23.09 × 0.95) = 21.93
    expect(m.binding).toMatchObject({ against: 'low', pct: 5, base: 2309, code: 'LD_NOT_BELOW_LOWEST_NET' });
    expect(m.conditions.map((c) => [c.against, c.max])).toEqual([
      ['ref', 2804], // floor(32.99 × 0.85) = 28.0415 → 28.04
      ['low', 2193],
      ['was', 3134],
      ['current', 3298],
    ]);
    // Without the coupon in the window the reference binds.
    expect(max('lightning_deal', { current: 3299, was: 3299, low: 3299 }).binding?.against).toBe('ref');
  });

  it('PM-3: 20% below ref during a declared event', () => {
    const m = max('lightning_deal', { current: 3299, was: 3299, low: 3299 }, { event: true });
    expect(m).toMatchObject({ ok: true, event: true, maxPrice: 2639 }); // floor(26.392)
  });

  it('PM-4: the BD maximum is 10% below ref, ≤ the 30-day low, < Was, < current', () => {
    expect(max('best_deal', { current: 3299, was: 3299, low: 2309 })).toMatchObject({
      ok: true,
      maxPrice: 2309,
      binding: { against: 'low', pct: null, strict: false },
    });
    // Was Price strict "<": one cent off.
    expect(max('best_deal', { current: 4000, list: 5000, was: 3000, low: 4000 })).toMatchObject({
      maxPrice: 2999,
      binding: { against: 'was', strict: true, code: 'BD_NOT_UNDER_WAS_PRICE' },
    });
    expect(max('best_deal', { current: 3299, was: 3299, low: 3299 }, { event: true }).maxPrice).toBe(2804); // 15%
  });

  it('PM-2: PD and PED are ≥ 5% below ref, the 30-day low and current; the event PED has its own range', () => {
    expect(max('price_discount', { current: 2000, was: 2100, low: 1900 })).toMatchObject({
      maxPrice: 1805,
      binding: { against: 'low', code: 'PD_NOT_BELOW_LOWEST_NET' },
    });
    expect(max('ped', { current: 2000, was: 2100, low: 2500 }).binding?.code).toBe('PED_NOT_BELOW_CURRENT');
    const ev = max('ped', { current: 2000, was: 2100, low: 1500 }, { event: true });
    expect(ev).toMatchObject({ ok: true, event: true, maxPrice: 1499, minPrice: 400 }); // < low; 80% off → 4.00
    expect(ev.binding).toMatchObject({ against: 'low', strict: true, code: 'PED_EVENT_NOT_UNDER_LOWEST_NET' });
  });

  it('PM-2/3/4: without a reference price the kind cannot run (NO_REFERENCE_PRICE)', () => {
    for (const kind of ['price_discount', 'ped', 'lightning_deal', 'best_deal'] as const) {
      const m = max(kind, { current: 2000, low: 1800 });
      expect(m.ok).toBe(false);
      expect(m.maxPrice).toBeNull();
      expect(codes(m.reasons)).toEqual(['NO_REFERENCE_PRICE']);
    }
    expect(codes(max('lightning_deal', { current: null, was: 2000 }).reasons)).toEqual(['ASIN_NO_CURRENT_PRICE']);
  });

  it('PM-4: a zero Was Price leaves no price (< 0.00)', () => {
    const m = max('best_deal', { current: 2000, was: 0 });
    expect(m.ok).toBe(false);
    expect(codes(m.reasons)).toEqual(['MAX_PRICE_BELOW_ZERO']);
  });

  it('OUT-4: the Outlet maximum is the lower of the lowest new offer and current less 20%; OUT-5 deal ≥ 30% off', () => {
    expect(max('outlet_sale', { current: 10000 })).toMatchObject({
      ok: true,
      maxPrice: 8000,
      minPrice: 7001,
      binding: { against: 'current', pct: 20 },
    });
    expect(max('outlet_sale', { current: 10000 }, { offers: [offer(7500)] })).toMatchObject({
      maxPrice: 7500,
      binding: { against: 'offer', rule: 'OUT-4' },
    });
    expect(max('outlet_deal', { current: 10000 }, { offers: [offer(7500)] })).toMatchObject({
      maxPrice: 7000,
      binding: { against: 'current', pct: 30, rule: 'OUT-5' },
    });
    // An offer at 69.00 leaves no Outlet sale price (it would be a deal).
    const sale = max('outlet_sale', { current: 10000 }, { offers: [offer(6900)] });
    expect(sale.ok).toBe(false);
    expect(codes(sale.reasons)).toEqual(['MAX_PRICE_BELOW_MIN_PRICE']);
  });

  it('PM-1c: the minimum coupon discount the 95%-of-ref rule needs at the current price', () => {
    // ref 29.99 → net ≤ 28.49; at 32.99 the coupon must take ≥ 4.50 off = 13.63% (half up: 4.4965 → 4.50).
    const m = max('coupon', { current: 3299, was: 2999 });
    expect(m).toMatchObject({ ok: true, maxPrice: 2849, binding: { rule: 'PM-1c', against: 'ref' } });
    expect(m.discount).toEqual({ minPct: 13.63, maxPct: 50, minAmount: 450, maxAmount: 1649 });
    // Below the reference PM-1d's 5% binds.
    expect(max('coupon', { current: 2000, was: 2999 })).toMatchObject({
      maxPrice: 1900,
      binding: { rule: 'PM-1d', against: 'current' },
      discount: { minPct: 5, minAmount: 100 },
    });
  });

  it('PM-1a/PM-1b/PM-1h: a coupon needs a reference, a current price ≤ 130% of it, and a sales history', () => {
    expect(codes(max('coupon', { current: 2000 }).reasons)).toEqual(['NO_REFERENCE_PRICE']);
    expect(codes(max('coupon', { current: 4000, was: 3000 }).reasons)).toEqual(['COUPON_PRICE_ABOVE_130_PCT_OF_REF']);
    expect(codes(max('coupon', { current: 2000, was: 2000 }, { hasSalesHistory: false }).reasons)).toEqual([
      'COUPON_NO_SALES_HISTORY',
    ]);
  });

  it('PM-5 and PM-6: promotion codes 5–50% of current; a business price below current', () => {
    expect(max('promo_code', { current: 2000 })).toMatchObject({
      ok: true,
      maxPrice: 1900,
      discount: { minPct: 5, maxPct: 50, minAmount: 100, maxAmount: 1000 },
    });
    expect(max('business_price', { current: 2000 })).toMatchObject({ ok: true, maxPrice: 1999 });
  });
});

// ---- consistency with the validators (property tests) ------------------------------------------

const DIRECT: readonly PromotionKind[] = [
  'price_discount',
  'ped',
  'lightning_deal',
  'best_deal',
  'outlet_deal',
  'outlet_sale',
  'business_price',
];

const money = (lo: number, hi: number) => fc.integer({ min: lo, max: hi });
const refsArb = fc.record({
  current: money(1, 200_000),
  was: fc.option(money(0, 200_000), { nil: null }),
  list: fc.option(money(1, 200_000), { nil: null }),
  low: fc.option(money(0, 200_000), { nil: null }),
});

describe('maxAllowedPrice agrees with the validators', () => {
  it('PM-2, PM-3, PM-4, OUT-4, OUT-5, PM-6: priced at maxPrice passes the price conditions, one minor unit more fails', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...DIRECT),
        refsArb,
        fc.boolean(),
        fc.option(money(1, 200_000), { nil: null }),
        (kind, input, isEvent, offerPrice) => {
          const offers = offerPrice === null ? [] : [offer(offerPrice)];
          const m = max(kind, input, { event: isEvent, offers });
          const opts = { event: isEvent, offers };
          if (m.ok) {
            const price = m.maxPrice as number;
            expect(errorsAt(kind, input, { price }, opts)).toEqual([]);
            expect(errorsAt(kind, input, { price: price + 1 }, opts)).not.toEqual([]);
            if (m.minPrice !== null) {
              expect(errorsAt(kind, input, { price: m.minPrice }, opts)).toEqual([]);
              if (m.minPrice > 0) expect(errorsAt(kind, input, { price: m.minPrice - 1 }, opts)).not.toEqual([]);
            }
          } else {
            // No price passes: try the edges and a few in between.
            const current = input.current;
            for (const price of [0, 1, Math.floor(current / 2), current - 1, current]) {
              if (price < 0) continue;
              expect(errorsAt(kind, input, { price }, opts)).not.toEqual([]);
            }
          }
        },
      ),
      { numRuns: 400 },
    );
  });

  it('PM-1c, PM-1d: a coupon at the minimum discount passes and one step less fails; likewise at the maximum', () => {
    fc.assert(
      fc.property(refsArb, (input) => {
        const m = max('coupon', input);
        if (!m.ok) {
          for (const pct of [5, 10, 25, 50]) expect(errorsAt('coupon', input, { discountPct: pct })).not.toEqual([]);
          return;
        }
        const d = m.discount!;
        if (d.minAmount !== null) {
          expect(input.current - d.minAmount).toBe(m.maxPrice);
          expect(errorsAt('coupon', input, { discountAmount: d.minAmount })).toEqual([]);
          if (d.minAmount > 1) expect(errorsAt('coupon', input, { discountAmount: d.minAmount - 1 })).not.toEqual([]);
          expect(errorsAt('coupon', input, { discountAmount: d.maxAmount })).toEqual([]);
          expect(errorsAt('coupon', input, { discountAmount: d.maxAmount + 1 })).not.toEqual([]);
        }
        if (d.minPct !== null) {
          expect(errorsAt('coupon', input, { discountPct: d.minPct })).toEqual([]);
          const less = Math.round(d.minPct * 100 - 1) / 100;
          expect(errorsAt('coupon', input, { discountPct: less })).not.toEqual([]);
          expect(errorsAt('coupon', input, { discountPct: d.maxPct })).toEqual([]);
        }
      }),
      { numRuns: 400 },
    );
  });
});
