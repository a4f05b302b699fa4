import { describe, expect, it } from 'vitest';
import { localDay, weekdayOf } from '../calendar/calendar.js';
import { candidateSet } from './candidates.js';
import { planContext } from './context.js';
import { orderLine, planInput, TZ } from './test-support.js';

describe('EXC-4: targeted discounts as candidates', () => {
  const ctx = planContext(planInput());
  const cands = candidateSet(ctx);
  const of = (kind: string) => cands.instances.filter((a) => a.kind === kind);

  it("EXC-4: coupons from the smallest legal discount up, within PM-1d's 5–50%", () => {
    const coupons = of('coupon');
    expect(coupons.length).toBeGreaterThan(0);
    for (const c of coupons) {
      const pct = c.promotions[0]?.discountPct ?? 0;
      expect(pct).toBeGreaterThanOrEqual(5);
      expect(pct).toBeLessThanOrEqual(50);
      expect(c.days).toBe(14);
    }
    expect(coupons.filter((c) => c.startPeriod === 0).map((c) => c.promotions[0]?.discountPct)).toEqual([
      5, 10, 20, 30, 40,
    ]);
  });

  it('EXC-4: a PED reaches Prime members only: the others keep buying at the regular price', () => {
    // A PED filling one weekly period: its 7 days sell (1 − Prime share) × baseline at the regular price.
    const ped = of('ped').find((p) => ctx.periods[p.startPeriod]!.days === 7);
    expect(ped?.promotions[0]?.audience).toBe('prime');
    expect(ped!.regular).toHaveLength(1);
    expect(ped!.regular[0]).toBeCloseTo(7 * (1 - ctx.params.primeShare), 9);
    expect(ped!.action[0]).toBeGreaterThan(0);
  });

  it('EXC-4: business tiers (≥ 10 units) only where business buyers buy', () => {
    expect(of('business_price')).toHaveLength(0); // this SKU has no business buyers
    const b2b = Array.from({ length: 60 }, (_, i) => orderLine(-60 + i, 3, 2999, 10_000 + i, { b2b: true }));
    const withB2b = planContext(planInput({ extraOrders: b2b }));
    const tiers = candidateSet(withB2b).instances.filter((a) => a.kind === 'business_price');
    expect(withB2b.params.businessShare).toBeCloseTo(180 / (180 + 900), 9); // 90 days: 180 B2B of 1,080 units
    expect(tiers.length).toBeGreaterThan(0);
    for (const t of tiers) {
      expect(t.promotions[0]).toMatchObject({ kind: 'business_price', audience: 'business', minQty: 10 });
      // 20% and 30% off $29.99, each price rounded half up to the cent.
      expect([2399, 2099]).toContain(t.price);
    }
  });
});

describe('EXC-3: Outlet in the plan', () => {
  it('EXC-3, OUT-6: Outlet runs 14 days from a Monday cycle start after the review, at ≥ 20% off', () => {
    const ctx = planContext(planInput());
    const outlet = candidateSet(ctx).instances.filter((a) => a.kind === 'outlet_sale' || a.kind === 'outlet_deal');
    expect(outlet.length).toBeGreaterThan(0);
    for (const o of outlet) {
      expect(weekdayOf(localDay(o.start, TZ))).toBe(1);
      expect(o.days).toBe(14);
      expect(o.discountPct).toBeGreaterThanOrEqual(20);
      expect(o.kind).toBe(o.discountPct! >= 30 ? 'outlet_deal' : 'outlet_sale');
      expect(o.fees.fixed).toBe(0); // C.8: Outlet is free
    }
  });

  it('OUT-2: an ineligible ASIN gets no Outlet candidate, with the failed criteria as reasons', () => {
    const ctx = planContext(planInput({ lots: [{ units: 3000, ageDays: 30 }], seller: { sellerRating: 3 } }));
    const cands = candidateSet(ctx);
    expect(cands.instances.some((a) => a.kind === 'outlet_sale' || a.kind === 'outlet_deal')).toBe(false);
    const reasons = cands.rejected
      .filter((r) => r.action === 'outlet_sale')
      .flatMap((r) => r.issues.map((i) => i.code));
    expect(reasons).toContain('OUTLET_SELLER_RATING_TOO_LOW');
  });
});
