import { describe, expect, it } from 'vitest';
import type { PromotionFact } from '../catalog/facts.js';
import { checkCalendar } from './calendar.js';
import {
  asinFacts,
  codes,
  envFor,
  issue,
  product,
  promo,
  run,
  wasPriceOrders,
  type PromoInput,
} from './test-support.js';

function calendar(proposal: PromotionFact, others: PromotionFact[]) {
  const facts = asinFacts({ orders: wasPriceOrders(2000), promotions: others });
  return run(checkCalendar, envFor(proposal, { facts }));
}
const p = (id: string, kind: PromoInput['kind'], start: string, end: string, over: Partial<PromoInput> = {}) =>
  promo({
    id,
    kind,
    start,
    end,
    price: kind === 'coupon' || kind === 'promo_code' ? null : 1500,
    discountPct: kind === 'coupon' ? 10 : null,
    ...over,
  });

describe('PM-7 direct-price overlap', () => {
  const ped = p('PED-1', 'ped', '2026-04-01T00:00:00-07:00', '2026-04-10T00:00:00-07:00');

  it('PM-7: a PD over an existing PED is a DIRECT_PRICE_OVERLAP warning, naming the other and the overlap', () => {
    const r = calendar(p('PD-1', 'price_discount', '2026-04-05T00:00:00-07:00', '2026-04-15T00:00:00-07:00'), [ped]);
    expect(r.errors).toEqual([]);
    expect(issue(r.warnings, 'DIRECT_PRICE_OVERLAP').values).toMatchObject({
      otherKind: 'ped',
      otherId: 'PED-1',
      from: '2026-04-05T00:00:00-07:00',
      to: '2026-04-10T00:00:00-07:00',
    });
  });

  it('PM-7: a deal over a direct-price promotion is an error (either way round)', () => {
    const ld = p('LD-1', 'lightning_deal', '2026-04-09T08:00:00-07:00', '2026-04-09T20:00:00-07:00');
    expect(codes(calendar(ld, [ped]).errors)).toEqual(['DEAL_OVERLAP']);
    expect(
      codes(
        calendar(p('PD-1', 'price_discount', '2026-04-09T00:00:00-07:00', '2026-04-10T00:00:00-07:00'), [ld]).errors,
      ),
    ).toEqual(['DEAL_OVERLAP']);
  });

  it('PM-7: touching is not overlapping (end is exclusive); a business price over a deal is only a warning', () => {
    const after = p('LD-2', 'lightning_deal', '2026-04-10T00:00:00-07:00', '2026-04-10T12:00:00-07:00');
    expect(calendar(after, [ped])).toEqual({ errors: [], warnings: [] });
    const b2b = p('B2B', 'business_price', '2026-01-01T00:00:00-08:00', '2026-12-31T00:00:00-08:00', {
      audience: 'business',
    });
    const r = calendar(after, [b2b]);
    expect(r.errors).toEqual([]);
    expect(codes(r.warnings)).toEqual(['DIRECT_PRICE_OVERLAP']);
  });

  it('PM-7: add-ons do not conflict with direct prices', () => {
    const coupon = p('C-1', 'coupon', '2026-04-01T00:00:00-07:00', '2026-04-10T00:00:00-07:00');
    expect(
      calendar(p('PD-1', 'price_discount', '2026-04-05T00:00:00-07:00', '2026-04-06T00:00:00-07:00'), [coupon]),
    ).toEqual({
      errors: [],
      warnings: [],
    });
  });

  it('PM-7: promotions of another SKU of the same ASIN conflict too; another ASIN does not', () => {
    const sibling = p('PED-2', 'ped', '2026-04-01T00:00:00-07:00', '2026-04-10T00:00:00-07:00', { sku: 'SKU-2' });
    const stranger = p('PED-3', 'ped', '2026-04-01T00:00:00-07:00', '2026-04-10T00:00:00-07:00', { sku: 'SKU-X' });
    const facts = asinFacts({
      products: [product(), product({ sku: 'SKU-2' })],
      orders: wasPriceOrders(2000),
      promotions: [sibling, stranger],
    });
    const r = run(
      checkCalendar,
      envFor(p('PD-1', 'price_discount', '2026-04-05T00:00:00-07:00', '2026-04-06T00:00:00-07:00'), { facts }),
    );
    expect(r.warnings.map((w) => w.values['otherId'])).toEqual(['PED-2']);
  });
});

describe('PM-1e overlapping coupons', () => {
  it('PM-1e: two coupons live at once both apply — a double-discount warning; touching coupons do not', () => {
    const first = p('C-1', 'coupon', '2026-04-01T00:00:00-07:00', '2026-04-10T00:00:00-07:00', { discountPct: 20 });
    const r = calendar(p('C-2', 'coupon', '2026-04-09T00:00:00-07:00', '2026-04-20T00:00:00-07:00'), [first]);
    const w = issue(r.warnings, 'COUPON_DOUBLE_DISCOUNT');
    expect(w.rule).toBe('PM-1e');
    expect(w.values).toMatchObject({
      otherId: 'C-1',
      otherDiscount: '20%',
      from: '2026-04-09T00:00:00-07:00',
      to: '2026-04-10T00:00:00-07:00',
    });
    expect(
      calendar(p('C-2', 'coupon', '2026-04-10T00:00:00-07:00', '2026-04-20T00:00:00-07:00'), [first]).warnings,
    ).toEqual([]);
  });
});

describe('PM-3 Lightning Deal spacing', () => {
  const prev = p('LD-0', 'lightning_deal', '2026-04-01T08:00:00-07:00', '2026-04-01T20:00:00-07:00');
  it('PM-3: two LDs ≥ 7 days apart end to start — exactly 7 days passes, 1 ms less fails', () => {
    expect(
      calendar(p('LD-1', 'lightning_deal', '2026-04-08T20:00:00-07:00', '2026-04-09T08:00:00-07:00'), [prev]).errors,
    ).toEqual([]);
    const r = calendar(p('LD-1', 'lightning_deal', '2026-04-08T19:59:59.999-07:00', '2026-04-09T07:00:00-07:00'), [
      prev,
    ]);
    expect(codes(r.errors)).toEqual(['LD_SPACING_TOO_SHORT']);
    expect(issue(r.errors, 'LD_SPACING_TOO_SHORT').values).toMatchObject({ otherId: 'LD-0', minDays: 7, gapDays: 7 });
  });

  it('PM-3: the spacing holds before an LD planned later too', () => {
    const later = p('LD-2', 'lightning_deal', '2026-04-10T08:00:00-07:00', '2026-04-10T20:00:00-07:00');
    expect(
      codes(
        calendar(p('LD-1', 'lightning_deal', '2026-04-05T08:00:00-07:00', '2026-04-05T20:00:00-07:00'), [later]).errors,
      ),
    ).toEqual(['LD_SPACING_TOO_SHORT']);
  });

  it('PM-3: 7 days are local calendar days across the DST change (7 × 24 h − 1 h is enough)', () => {
    const before = p('LD-0', 'lightning_deal', '2026-03-02T08:00:00-08:00', '2026-03-02T20:00:00-08:00');
    expect(
      calendar(p('LD-1', 'lightning_deal', '2026-03-09T20:00:00-07:00', '2026-03-10T08:00:00-07:00'), [before]).errors,
    ).toEqual([]);
  });
});

describe('PM-9 promotion-day budget', () => {
  // Coupons in 2026 (a 90-day window around the proposal) on whole local days.
  const coupon = (id: string, from: string, to: string) =>
    p(id, 'coupon', `${from}T00:00:00-07:00`, `${to}T00:00:00-07:00`);

  it('PM-9: ≤ 70% of any 90 days (63 days) — 63 promotional days pass, 64 warn', () => {
    // 60 days promotional: 2026-04-01 .. 2026-05-30 (in 3 pieces with gaps of 0 days between them)
    const others = [
      coupon('A', '2026-04-01', '2026-04-21'),
      coupon('B', '2026-04-21', '2026-05-11'),
      coupon('C', '2026-05-11', '2026-05-31'),
    ];
    // 20 + 20 + 20 = 60 days; the proposal adds 3 days after a gap (short window: 21 max, so keep gaps)
    const three = coupon('P', '2026-06-20', '2026-06-23');
    expect(calendar(three, others).warnings.filter((w) => w.code === 'PROMO_DAY_BUDGET_EXCEEDED')).toEqual([]);
    const four = coupon('P', '2026-06-20', '2026-06-24');
    const w = issue(calendar(four, others).warnings, 'PROMO_DAY_BUDGET_EXCEEDED');
    expect(w.rule).toBe('PM-9');
    expect(w.values).toMatchObject({ days: 64, windowDays: 90, max: 63 });
  });

  it('PM-9: ≤ 21 promotional days in any 30 — 21 pass, 22 warn', () => {
    const others = [coupon('A', '2026-04-01', '2026-04-19')]; // 18 days
    expect(calendar(coupon('P', '2026-04-25', '2026-04-28'), others).warnings).toEqual([]); // + 3 = 21 in 30
    const w = issue(calendar(coupon('P', '2026-04-25', '2026-04-29'), others).warnings, 'PROMO_DAY_BUDGET_EXCEEDED');
    expect(w.values).toMatchObject({ days: 22, windowDays: 30, max: 21 });
  });

  it('PM-9: business prices do not count as promotional days', () => {
    const b2b = p('B2B', 'business_price', '2026-01-01T00:00:00-08:00', '2026-12-31T00:00:00-08:00', {
      audience: 'business',
    });
    expect(calendar(coupon('P', '2026-04-01', '2026-04-11'), [b2b]).warnings).toEqual([]);
  });
});
