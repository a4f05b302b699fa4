import { describe, expect, it } from 'vitest';
import { checkBestDeal } from './best-deal.js';
import { checkLightningDeal } from './lightning-deal.js';
import { checkPriceDiscount } from './price-discount.js';
import {
  asinFacts,
  codes,
  envFor,
  event,
  issue,
  promo,
  run,
  wasPriceOrders,
  type PromoInput,
  type RefsInput,
} from './test-support.js';

const DAY = '2026-04-01';
const prime = event('Prime Day', '2026-04-01T00:00:00-07:00', '2026-04-03T00:00:00-07:00');
const withEvent = asinFacts({ orders: wasPriceOrders(2000), events: [prime] });

function deal(kind: PromoInput['kind'], priceCents: number, over: Partial<PromoInput> = {}) {
  const hours = kind === 'lightning_deal' ? 'T20:00:00-07:00' : 'T00:00:00-07:00';
  const endDay = kind === 'lightning_deal' ? DAY : kind === 'best_deal' ? '2026-04-08' : '2026-04-05';
  return promo({
    id: `${kind}-1`,
    kind,
    start: `${DAY}T08:00:00-07:00`,
    end: `${endDay}${hours}`,
    price: priceCents,
    ...over,
  });
}

function errorsOf(
  validator: Parameters<typeof run>[0],
  kind: PromoInput['kind'],
  priceCents: number,
  refs: RefsInput,
  opts: { event?: boolean; over?: Partial<PromoInput> } = {},
) {
  const env = envFor(deal(kind, priceCents, opts.over), { refs, ...(opts.event ? { facts: withEvent } : {}) });
  return run(validator, env).errors;
}

describe('PM-2 Price Discount and PED', () => {
  for (const [kind, prefix] of [
    ['price_discount', 'PD'],
    ['ped', 'PED'],
  ] as const) {
    it(`PM-2: ${prefix} ≥ 5% below ref — 19.00 passes, 19.01 fails (ref 20.00)`, () => {
      const refs = { current: 3000, was: 2000 };
      expect(errorsOf(checkPriceDiscount, kind, 1900, refs)).toEqual([]);
      const e = issue(errorsOf(checkPriceDiscount, kind, 1901, refs), `${prefix}_NOT_BELOW_REF`);
      expect(e.rule).toBe('PM-2');
      expect(e.values).toMatchObject({ price: '19.01', ref: '20.00', pct: 5, max: '19.00' });
    });

    it(`PM-2: ${prefix} ≥ 5% below the 30-day lowest net price — 19.00 passes, 19.01 fails (low 20.00)`, () => {
      const refs = { current: 3000, was: 3000, low: 2000 };
      expect(errorsOf(checkPriceDiscount, kind, 1900, refs)).toEqual([]);
      expect(codes(errorsOf(checkPriceDiscount, kind, 1901, refs))).toEqual([`${prefix}_NOT_BELOW_LOWEST_NET`]);
    });

    it(`PM-2: ${prefix} ≥ 5% below the current price — 19.00 passes, 19.01 fails (current 20.00)`, () => {
      const refs = { current: 2000, was: 3000 };
      expect(errorsOf(checkPriceDiscount, kind, 1900, refs)).toEqual([]);
      expect(codes(errorsOf(checkPriceDiscount, kind, 1901, refs))).toEqual([`${prefix}_NOT_BELOW_CURRENT`]);
    });
  }

  it('PM-2: all three conditions fail together and all are returned', () => {
    const errs = errorsOf(checkPriceDiscount, 'price_discount', 1990, { current: 2000, was: 2000, low: 2000 });
    expect(codes(errs)).toEqual(['PD_NOT_BELOW_REF', 'PD_NOT_BELOW_LOWEST_NET', 'PD_NOT_BELOW_CURRENT']);
  });

  it('PM-2: a PD or PED without a reference price fails with NO_REFERENCE_PRICE', () => {
    expect(codes(errorsOf(checkPriceDiscount, 'ped', 1000, { current: 2000 }))).toEqual(['NO_REFERENCE_PRICE']);
  });

  describe('PM-2 PED during a declared event', () => {
    const refs = { current: 1000, was: 1100, list: 1200, low: 900 };
    it('PM-2: event PED 20%–80% off the non-promotional price — 8.00 and 2.00 pass, 8.01 and 1.99 fail', () => {
      expect(errorsOf(checkPriceDiscount, 'ped', 800, refs, { event: true })).toEqual([]);
      expect(errorsOf(checkPriceDiscount, 'ped', 200, refs, { event: true })).toEqual([]);
      const high = issue(
        errorsOf(checkPriceDiscount, 'ped', 801, refs, { event: true }),
        'PED_EVENT_DISCOUNT_OUT_OF_RANGE',
      );
      expect(high.values).toMatchObject({ event: 'Prime Day', maxPrice: '8.00', minPrice: '2.00' });
      expect(codes(errorsOf(checkPriceDiscount, 'ped', 199, refs, { event: true }))).toEqual([
        'PED_EVENT_DISCOUNT_OUT_OF_RANGE',
      ]);
    });

    it('PM-2: event PED ≥ 15% below ref (10.20 passes, 10.21 fails) instead of 5%', () => {
      const r = { current: 2000, list: 1200, was: 1100 };
      expect(codes(errorsOf(checkPriceDiscount, 'ped', 1020, r, { event: true }))).not.toContain('PED_NOT_BELOW_REF');
      const e = issue(errorsOf(checkPriceDiscount, 'ped', 1021, r, { event: true }), 'PED_NOT_BELOW_REF');
      expect(e.values).toMatchObject({ pct: 15, max: '10.20', event: 'Prime Day' });
      // the same price outside the event only needs 5% below ref
      expect(codes(errorsOf(checkPriceDiscount, 'ped', 1021, r))).not.toContain('PED_NOT_BELOW_REF');
    });

    it('PM-2: event PED ≥ 5% below the Was Price (10.45 passes, 10.46 fails)', () => {
      const r = { current: 2000, list: 2000, was: 1100 };
      expect(codes(errorsOf(checkPriceDiscount, 'ped', 1045, r, { event: true }))).not.toContain(
        'PED_NOT_BELOW_WAS_PRICE',
      );
      expect(codes(errorsOf(checkPriceDiscount, 'ped', 1046, r, { event: true }))).toContain('PED_NOT_BELOW_WAS_PRICE');
    });

    it('PM-2: event PED below the 30-day lowest net price (strictly): 8.00 passes under 8.01, fails at 8.00', () => {
      expect(errorsOf(checkPriceDiscount, 'ped', 800, { ...refs, low: 801 }, { event: true })).toEqual([]);
      const e = issue(
        errorsOf(checkPriceDiscount, 'ped', 800, { ...refs, low: 800 }, { event: true }),
        'PED_EVENT_NOT_UNDER_LOWEST_NET',
      );
      expect(e.values).toMatchObject({ price: '8.00', low: '8.00', max: '7.99' });
    });

    it('PM-2: a Price Discount keeps the ordinary rules during an event', () => {
      expect(
        codes(errorsOf(checkPriceDiscount, 'price_discount', 1021, { current: 2000, list: 1200 }, { event: true })),
      ).toEqual([]);
    });
  });
});

describe('PM-3 Lightning Deal', () => {
  it('PM-3: ≥ 15% below ref — 17.00 passes, 17.01 fails (ref 20.00)', () => {
    const refs = { current: 3000, list: 2000 };
    expect(errorsOf(checkLightningDeal, 'lightning_deal', 1700, refs)).toEqual([]);
    expect(codes(errorsOf(checkLightningDeal, 'lightning_deal', 1701, refs))).toEqual(['LD_NOT_BELOW_REF']);
  });

  it('PM-3: ≥ 20% below ref during a declared event — 16.00 passes, 16.01 fails', () => {
    const refs = { current: 3000, list: 2000 };
    expect(errorsOf(checkLightningDeal, 'lightning_deal', 1600, refs, { event: true })).toEqual([]);
    const e = issue(errorsOf(checkLightningDeal, 'lightning_deal', 1601, refs, { event: true }), 'LD_NOT_BELOW_REF');
    expect(e.values).toMatchObject({ pct: 20, max: '16.00', event: 'Prime Day' });
  });

  it('PM-3: ≥ 5% below the 30-day lowest net price — after a 30% coupon on 32.99 (low 23.09) the LD must be ≤ 21.93', () => {
    const refs = { current: 3299, was: 3299, low: 2309 };
    expect(errorsOf(checkLightningDeal, 'lightning_deal', 2193, refs)).toEqual([]);
    const e = issue(errorsOf(checkLightningDeal, 'lightning_deal', 2194, refs), 'LD_NOT_BELOW_LOWEST_NET');
    expect(e.values).toMatchObject({ price: '21.94', low: '23.09', pct: 5, max: '21.93' });
  });

  it('PM-3: ≥ 5% below the Was Price — 19.00 passes, 19.01 fails (Was 20.00, List 30.00)', () => {
    const refs = { current: 3000, list: 3000, was: 2000 };
    expect(errorsOf(checkLightningDeal, 'lightning_deal', 1900, refs)).toEqual([]);
    expect(codes(errorsOf(checkLightningDeal, 'lightning_deal', 1901, refs))).toEqual(['LD_NOT_BELOW_WAS_PRICE']);
  });

  it('PM-3: runs at most 12 hours — exactly 12 h passes, 12 h + 1 ms fails', () => {
    const refs = { current: 3000, list: 2000 };
    const over = { start: '2026-04-01T08:00:00-07:00', end: '2026-04-01T20:00:00-07:00' };
    expect(errorsOf(checkLightningDeal, 'lightning_deal', 1500, refs, { over })).toEqual([]);
    const long = { start: '2026-04-01T08:00:00-07:00', end: '2026-04-01T20:00:00.001-07:00' };
    const e = issue(errorsOf(checkLightningDeal, 'lightning_deal', 1500, refs, { over: long }), 'LD_TOO_LONG');
    expect(e.values).toMatchObject({ maxHours: 12, hours: 12 });
  });

  it('PM-3: an LD at or above the current price is rejected', () => {
    expect(codes(errorsOf(checkLightningDeal, 'lightning_deal', 1500, { current: 1500, list: 3000 }))).toContain(
      'PROMOTION_PRICE_NOT_BELOW_CURRENT',
    );
  });
});

describe('PM-4 Best Deal', () => {
  it('PM-4: ≥ 10% below ref on ordinary days — 18.00 passes, 18.01 fails (ref 20.00)', () => {
    const refs = { current: 3000, list: 2000 };
    expect(errorsOf(checkBestDeal, 'best_deal', 1800, refs)).toEqual([]);
    expect(codes(errorsOf(checkBestDeal, 'best_deal', 1801, refs))).toEqual(['BD_NOT_BELOW_REF']);
  });

  it('PM-4: ≥ 15% below ref during a declared event — 17.00 passes, 17.01 fails', () => {
    const refs = { current: 3000, list: 2000 };
    expect(errorsOf(checkBestDeal, 'best_deal', 1700, refs, { event: true })).toEqual([]);
    expect(codes(errorsOf(checkBestDeal, 'best_deal', 1701, refs, { event: true }))).toEqual(['BD_NOT_BELOW_REF']);
  });

  it('PM-4: ≤ the 30-day lowest net price — equal passes, one cent above fails', () => {
    const refs = { current: 3000, list: 3000, low: 1500 };
    expect(errorsOf(checkBestDeal, 'best_deal', 1500, refs)).toEqual([]);
    expect(codes(errorsOf(checkBestDeal, 'best_deal', 1501, refs))).toEqual(['BD_ABOVE_LOWEST_NET']);
  });

  it('PM-4: below the Was Price (strictly) — 19.99 passes, 20.00 fails (Was 20.00)', () => {
    const refs = { current: 3000, list: 3000, was: 2000 };
    expect(errorsOf(checkBestDeal, 'best_deal', 1999, refs)).toEqual([]);
    expect(codes(errorsOf(checkBestDeal, 'best_deal', 2000, refs))).toEqual(['BD_NOT_UNDER_WAS_PRICE']);
  });

  it('PM-4: runs 1 to 14 days — 1 and 14 days pass; shorter or longer fail', () => {
    const refs = { current: 3000, list: 2000 };
    const run1 = (start: string, end: string) =>
      codes(errorsOf(checkBestDeal, 'best_deal', 1500, refs, { over: { start, end } }));
    expect(run1('2026-04-01T00:00:00-07:00', '2026-04-02T00:00:00-07:00')).toEqual([]);
    expect(run1('2026-04-01T00:00:00-07:00', '2026-04-15T00:00:00-07:00')).toEqual([]);
    expect(run1('2026-04-01T00:00:00-07:00', '2026-04-01T23:59:59-07:00')).toEqual(['BD_DURATION_OUT_OF_RANGE']);
    expect(run1('2026-04-01T00:00:00-07:00', '2026-04-15T00:00:01-07:00')).toEqual(['BD_DURATION_OUT_OF_RANGE']);
    // across the DST change 14 local days are 335 real hours, still 14 days
    expect(run1('2026-03-01T00:00:00-08:00', '2026-03-15T00:00:00-07:00')).toEqual([]);
  });
});
