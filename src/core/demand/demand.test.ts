import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LotFact, OrderLineFact, PromotionFact } from '../catalog/facts.js';
import { localDay, startOfLocalDay } from '../calendar/calendar.js';
import { formatDayNumber, parseLocalDay } from '../calendar/civil.js';
import { order, price, promo, SKU } from '../promotions/test-support.js';
import { ruleSetFor } from '../rules/rules.js';
import { t } from '../messages/messages.js';
import { baselineDemand, promotionalDays } from './baseline.js';
import { impliedBadge, ownPromotionLifts, shrinkToHistory, type ObservedPromotion } from './history.js';
import { demandModel } from './model.js';
import { DEMAND_PRIORS, priorResponse, stackedDepth, type Program } from './priors.js';
import { actionMultipliers, dailyMultiplier } from './response.js';
import { dailyStock } from './stock-days.js';

const TZ = 'America/Los_Angeles';
const AS_OF = startOfLocalDay('2026-03-10', TZ) + 8 * 3_600_000;
const RS = ruleSetFor('US', AS_OF);
const TODAY = parseLocalDay(localDay(AS_OF, TZ));

function day(offset: number): string {
  return formatDayNumber(TODAY + offset);
}

/** `units` units sold at noon of each day offset in [from, to] (negative = before the as-of day). */
function dailyOrders(from: number, to: number, units: number, unitPrice = 2999, ids: string[] = []): OrderLineFact[] {
  const out: OrderLineFact[] = [];
  for (let d = from; d <= to; d++) {
    if (units > 0) out.push(order(`${day(d)}T12:00:00-08:00`, unitPrice, { units, promotionIds: ids }));
  }
  return out;
}

function lot(atDay: number, units: number, receivedDay = -300): LotFact {
  return {
    sku: SKU,
    marketplace: 'US',
    at: startOfLocalDay(day(atDay), TZ),
    received: startOfLocalDay(day(receivedDay), TZ),
    units,
  };
}

describe('demand baseline (RPL-1, stockout-adjusted)', () => {
  it('RPL-1: days with no stock do not count as zero demand', () => {
    // 10 a day for 20 days, then out of stock for the last 10 days (snapshot 0, nothing sold).
    const orders = dailyOrders(-30, -11, 10);
    const lots = [lot(-31, 200), lot(-10, 0)];
    const stock = dailyStock(SKU, lots, orders, [], day(-90), day(-1), TZ);
    expect(stock.filter((s) => !s.inStock && s.day >= day(-31)).map((s) => s.day)).toEqual(
      Array.from({ length: 10 }, (_, i) => day(-10 + i)),
    );
    // Before the first snapshot and the first sale the SKU was not selling yet: not days of demand.
    expect(stock.filter((s) => s.day < day(-31)).every((s) => !s.inStock && s.openUnits === null)).toBe(true);
    const b = baselineDemand({ sku: SKU, stock, promotions: [], asOf: AS_OF, timeZone: TZ, rules: RS.replenishment });
    // 3-, 7- and 10 of the 14 days are stockouts: the 3/7/14-day windows fall back to longer ones.
    expect(b.daily).toBeCloseTo(10, 9);
    expect(b.plainDaily).toBeLessThan(5);
    const t30 = b.terms.find((t) => t.windowDays === 30);
    expect(t30).toMatchObject({ countedDays: 20, stockoutDays: 10, units: 200, average: 10 });
    expect(b.terms.find((t) => t.windowDays === 3)?.fallbackWindowDays).toBe(14);
  });

  it('RPL-1: promotional days are left out of the baseline', () => {
    const orders = [...dailyOrders(-30, -8, 4), ...dailyOrders(-7, -1, 20)];
    const coupon = promo({
      id: 'C1',
      kind: 'coupon',
      discountPct: 30,
      start: startOfLocalDay(day(-7), TZ),
      end: startOfLocalDay(day(0), TZ),
    });
    const stock = dailyStock(SKU, [], orders, [], day(-90), day(-1), TZ);
    const b = baselineDemand({
      sku: SKU,
      stock,
      promotions: [coupon],
      asOf: AS_OF,
      timeZone: TZ,
      rules: RS.replenishment,
    });
    expect(b.daily).toBeCloseTo(4, 9);
    expect(b.terms.find((t) => t.windowDays === 30)?.promotionalDays).toBe(7);
  });

  it('DEC-1: the on-hand history follows snapshots, FBA sales and receipts', () => {
    const orders = dailyOrders(-5, -4, 3);
    const shipment = {
      shipmentId: 'S1',
      sku: SKU,
      marketplace: 'US' as const,
      units: 50,
      carrierProgram: 'other' as const,
      created: startOfLocalDay(day(-20), TZ),
      shipped: null,
      eta: null,
      received: startOfLocalDay(day(-2), TZ) + 3_600_000,
    };
    const stock = dailyStock(SKU, [lot(-6, 5)], orders, [shipment], day(-7), day(-1), TZ);
    expect(stock.map((s) => s.openUnits)).toEqual([null, 5, 5, 2, 0, 0, 50]);
    // Day −7: no snapshot yet and no sale yet (the first is on day −5): not counted as a day in stock.
    expect(stock.map((s) => s.inStock)).toEqual([false, true, true, true, false, false, true]);
  });
});

describe('EXC-9: the response prior is calibrated on the seed figures', () => {
  const fit = priorResponse(RS);
  const p = fit.params;

  it('EXC-9: Outlet at 20% off takes 10 units a day to 35, 490 units in 14 days', () => {
    const daily = actionMultipliers(p, { program: 'outlet', depth: 0.2 }, 14).map((m) => 10 * m);
    expect(daily[0]).toBeCloseTo(35, 9);
    expect(daily.reduce((s, u) => s + u, 0)).toBeCloseTo(490, 9);
  });

  it('EXC-9: a Best Deal with a 30% coupon sells 200 units on day 1 and 800 in 7 days', () => {
    const depth = stackedDepth(RS.clearance.liftBdDealDiscountPct, RS.clearance.liftBdCouponPct);
    expect(depth).toBeCloseTo(0.37, 12);
    const daily = actionMultipliers(p, { program: 'best_deal', depth, withCoupon: true }, 7).map((m) => 10 * m);
    expect(daily[0]).toBeCloseTo(200, 6);
    expect(daily.reduce((s, u) => s + u, 0)).toBeCloseTo(800, 6);
    // Interest decays day by day.
    for (let i = 1; i < 7; i++) expect(daily[i]).toBeLessThan(daily[i - 1] as number);
  });

  it('EXC-9: deeper discounts sell more, at the published elasticity', () => {
    const at = (depth: number) => dailyMultiplier(p, { program: 'outlet', depth }, 0);
    expect(at(0.4) / at(0.2)).toBeCloseTo((0.6 / 0.8) ** -DEMAND_PRIORS.elasticity, 9);
    expect(at(0.3)).toBeGreaterThan(at(0.2));
    // A markdown has no badge; a Lightning Deal only lifts its one day.
    expect(dailyMultiplier(p, { program: 'markdown', depth: 0 }, 0)).toBe(1);
    expect(dailyMultiplier(p, { program: 'lightning_deal', depth: 0.2 }, 1)).toBe(1);
    expect(dailyMultiplier(p, { program: 'lightning_deal', depth: 0.2 }, 0)).toBeGreaterThan(1);
  });
});

describe("EXC-9: shrinkage toward the seller's own promotions", () => {
  const prior = priorResponse(RS).params;
  const { commonSpread, programSpread, formMisfit } = DEMAND_PRIORS;
  const S = commonSpread ** 2 + programSpread ** 2;
  const obs = (id: string, implied: number, variance = 0.05, program: Program = 'outlet'): ObservedPromotion => ({
    id,
    program,
    withCoupon: false,
    inferred: false,
    firstDay: '2026-01-01',
    lastDay: '2026-01-14',
    days: 14,
    depth: 0.3,
    observedDaily: 0,
    baselineBefore: 0,
    multiplier: 0,
    impliedBadge: implied,
    countedDays: 14,
    leftOutDays: 0,
    units: 100,
    unitsBefore: 100,
    variance,
  });

  it('EXC-9: with no promotion of its own the prior is used as is', () => {
    const fit = shrinkToHistory(prior, []);
    expect(fit.params.badge).toEqual(prior.badge);
    expect(fit.explanation.map((e) => e.code)).toEqual(['DEMAND_NO_OWN_HISTORY']);
  });

  it('EXC-9: one promotion moves the badge part of the way; more promotions move it further', () => {
    const target = prior.badge.outlet * 3;
    const d = Math.log(3);
    const v = 0.05;
    const at = (k: number) =>
      shrinkToHistory(
        prior,
        Array.from({ length: k }, (_, i) => obs(`P${i}`, target, v)),
      );
    const one = at(1).params.badge.outlet;
    const four = at(4).params.badge.outlet;
    expect(one).toBeGreaterThan(prior.badge.outlet);
    expect(one).toBeLessThan(target);
    // Normal model: c + e(outlet) ~ N(0, S); k readings of variance v: posterior mean S·k·d ÷ (v + S·k).
    expect(one).toBeCloseTo(prior.badge.outlet * Math.exp((S * d) / (v + S)), 9);
    expect(four).toBeCloseTo(prior.badge.outlet * Math.exp((4 * S * d) / (v + 4 * S)), 9);
    expect(four).toBeGreaterThan(one);
  });

  it('EXC-9: programs the SKU never ran (WOOT, business prices) move by the SKU-wide responsiveness alone', () => {
    const d = Math.log(2);
    const v = 0.04;
    const fit = shrinkToHistory(prior, [obs('A', prior.badge.outlet * 2, v)]);
    const theta = (S * d) / (v + S);
    // E[c | data] = (commonSpread² ÷ S) × E[c + e(outlet) | data].
    const common = (commonSpread ** 2 / S) * theta;
    expect(fit.common).toBeCloseTo(common, 9);
    for (const p of ['woot', 'business', 'best_deal', 'ped'] as const) {
      expect(fit.params.badge[p]).toBeCloseTo(prior.badge[p] * Math.exp(common), 9);
      expect(fit.badges[p].count).toBe(0);
    }
    // The programs it ran are known better than those it did not.
    expect(fit.badges.outlet.sd).toBeLessThan(fit.badges.woot.sd);
    const codes = fit.explanation.map((e) => e.code);
    expect(codes).toEqual([
      'DEMAND_OBSERVED',
      'DEMAND_COMMON_FACTOR',
      'DEMAND_SHRUNK_TO_HISTORY',
      'DEMAND_COMMON_ONLY',
    ]);
    for (const e of fit.explanation) {
      for (const lang of ['en', 'zh-CN'] as const) expect(t(e.code, e.values, lang)).not.toMatch(/\{\w+\}/);
    }
  });

  it('EXC-9: a Best Deal + coupon reading informs both the deal and the coupon badge', () => {
    const bd = { ...obs('BDC', prior.badge.best_deal * 2, 0.03, 'best_deal'), withCoupon: true };
    const fit = shrinkToHistory(prior, [bd]);
    const common = fit.common;
    expect(fit.params.badge.best_deal / prior.badge.best_deal).toBeGreaterThan(Math.exp(common));
    expect(fit.params.badge.coupon / prior.badge.coupon).toBeGreaterThan(Math.exp(common));
    expect(fit.badges.coupon.count).toBe(1);
  });

  it('EXC-9: more consistent evidence moves the estimate monotonically toward the observed lift (property)', () => {
    const program = fc.constantFrom<Program>('outlet', 'best_deal', 'coupon', 'ped', 'lightning_deal');
    const other = fc.record({
      program,
      factor: fc.double({ min: 0.2, max: 5, noNaN: true }),
      variance: fc.double({ min: 0.01, max: 1, noNaN: true }),
    });
    fc.assert(
      fc.property(
        program,
        fc.double({ min: 0.1, max: 10, noNaN: true }),
        fc.double({ min: 0.01, max: 2, noNaN: true }),
        fc.array(other, { maxLength: 4 }),
        (p, factor, variance, others) => {
          const target = Math.min(Math.max(prior.badge[p] * factor, 0.1), 50);
          const base = others.map((o, i) => obs(`O${i}`, prior.badge[o.program] * o.factor, o.variance, o.program));
          const distance = (k: number, v: number): number => {
            const own = Array.from({ length: k }, (_, i) => obs(`R${i}`, target, v, p));
            return Math.abs(Math.log(shrinkToHistory(prior, [...base, ...own]).params.badge[p] / target));
          };
          // More readings of the same lift …
          let last = distance(0, variance);
          for (let k = 1; k <= 6; k++) {
            const now = distance(k, variance);
            expect(now).toBeLessThanOrEqual(last + 1e-9);
            last = now;
          }
          // … or the same readings resting on more units (less Poisson noise).
          let prev = distance(2, variance * 4);
          for (const v of [variance * 2, variance, variance / 2, variance / 4]) {
            const now = distance(2, v);
            expect(now).toBeLessThanOrEqual(prev + 1e-9);
            prev = now;
          }
        },
      ),
      { numRuns: 100 },
    );
  });

  it('EXC-9: the noise of a reading is Poisson: fewer units, a wider variance; a PED reads its lift through Prime members only', () => {
    const lifts = (units: number) => {
      const orders = [
        ...dailyOrders(-60, -33, units),
        ...dailyOrders(-32, -19, units * 3, 2999, ['OUT-1']),
        ...dailyOrders(-18, -1, units),
      ];
      const outlet = promo({
        id: 'OUT-1',
        kind: 'outlet_deal',
        price: 2099,
        start: startOfLocalDay(day(-32), TZ),
        end: startOfLocalDay(day(-18), TZ),
      });
      return ownPromotionLifts(
        {
          sku: SKU,
          orders,
          prices: [price('2025-01-01T00:00:00-08:00', 2999)],
          promotions: [outlet],
          stock: dailyStock(SKU, [], orders, [], day(-208), day(-1), TZ),
          promotionalDays: promotionalDays(SKU, [outlet], TZ, TODAY - 208, TODAY - 1),
          asOf: AS_OF,
          timeZone: TZ,
        },
        prior,
      )[0];
    };
    const few = lifts(2);
    const many = lifts(50);
    expect(few?.multiplier).toBeCloseTo(3, 9);
    expect(many?.multiplier).toBeCloseTo(3, 9);
    expect(few?.variance).toBeCloseTo(1 / (2 * 3 * 14) + 1 / (2 * 28) + formMisfit ** 2, 9);
    expect(many?.variance).toBeLessThan(few?.variance ?? 0);
    // PED: badge = (m − 1 + s) ÷ (s × price effect), so log m moves the badge by m ÷ (m − 1 + s).
    const ped = impliedBadge(prior, 'ped', false, 0.2, [0, 1, 2], 1.5);
    expect(ped?.sensitivity).toBeCloseTo(1.5 / (0.5 + prior.primeShare), 12);
    expect(ped?.badge).toBeCloseTo((0.5 + prior.primeShare) / (prior.primeShare * 0.8 ** -prior.elasticity), 9);
  });

  it('RPL-1: a promotion that sold out is read over the whole days it had stock; the deal shape over those days', () => {
    // 100/day; a 7-day Best Deal at 20% off from day −60 selling exactly the prior's response, until
    // it sold out on its day 3 (a snapshot at that midnight held the 40 units it sold), nothing until a
    // restock snapshot on day −50.
    const start = -60;
    const m = actionMultipliers(prior, { program: 'best_deal', depth: 0.2, withCoupon: false }, 7);
    const orders = [
      ...dailyOrders(-120, start - 1, 100),
      ...m.slice(0, 3).flatMap((x, i) => dailyOrders(start + i, start + i, Math.round(100 * x), 2399, ['BD-1'])),
      ...dailyOrders(start + 3, start + 3, 40, 2399, ['BD-1']),
      ...dailyOrders(-50, -1, 100),
    ];
    const deal = promo({
      id: 'BD-1',
      kind: 'best_deal',
      price: 2399,
      start: startOfLocalDay(day(start), TZ),
      end: startOfLocalDay(day(start + 7), TZ),
    });
    const lots = [lot(start + 3, 40), lot(-50, 9000)];
    const model = demandModel({
      sku: SKU,
      asOf: AS_OF,
      timeZone: TZ,
      ruleSet: RS,
      orders,
      prices: [price('2025-01-01T00:00:00-08:00', 2999)],
      promotions: [deal],
      lots,
      shipments: [],
    });
    const [seen] = model.history.observations;
    expect(seen).toMatchObject({ id: 'BD-1', program: 'best_deal', countedDays: 3, leftOutDays: 4 });
    // The deal's own badge is recovered (to the rounding of the daily units), not the sold-out day's.
    expect(seen?.impliedBadge ?? 0).toBeCloseTo(prior.badge.best_deal, 1);
    const codes = model.explanation.map((e) => e.code);
    expect(codes).toContain('DEMAND_OBSERVED');
    expect(model.explanation.find((e) => e.code === 'DEMAND_OBSERVED')?.rule).toBe('RPL-1');
  });

  it('EXC-9: the model measures the lift of a past Outlet run from the orders and shrinks toward it', () => {
    // 8/day at 29.99, then a 14-day Outlet run at 30% off that sold 40/day, then 8/day again.
    const runStart = -60;
    const outlet: PromotionFact = promo({
      id: 'OUT-1',
      kind: 'outlet_deal',
      price: 2099,
      start: startOfLocalDay(day(runStart), TZ),
      end: startOfLocalDay(day(runStart + 14), TZ),
    });
    const orders = [
      ...dailyOrders(-120, runStart - 1, 8),
      ...dailyOrders(runStart, runStart + 13, 40, 2099, ['OUT-1']),
      ...dailyOrders(runStart + 14, -1, 8),
    ];
    const model = demandModel({
      sku: SKU,
      asOf: AS_OF,
      timeZone: TZ,
      ruleSet: RS,
      orders,
      prices: [price('2025-01-01T00:00:00-08:00', 2999)],
      promotions: [outlet],
      lots: [],
      shipments: [],
    });
    expect(model.baseline.daily).toBeCloseTo(8, 9);
    const [seen] = model.history.observations;
    expect(seen).toMatchObject({ id: 'OUT-1', program: 'outlet', days: 14, multiplier: 5 });
    expect(seen?.depth).toBeCloseTo(0.3001, 3);
    const implied = 5 / (1 - (seen?.depth ?? 0)) ** -DEMAND_PRIORS.elasticity;
    expect(seen?.impliedBadge).toBeCloseTo(implied, 9);
    const posterior = model.params.badge.outlet;
    const d = Math.log(implied / prior.badge.outlet);
    // 560 units during the run, 224 in the 28 days before: Poisson variance + the form's misfit.
    const v = 1 / 560 + 1 / 224 + formMisfit ** 2;
    expect(seen?.variance).toBeCloseTo(v, 12);
    expect(posterior).toBeCloseTo(prior.badge.outlet * Math.exp((S * d) / (v + S)), 9);
    expect(model.explanation.map((e) => e.code)).toContain('DEMAND_SHRUNK_TO_HISTORY');
  });

  it('EXC-9: promotions seen only as promotion ids on order lines are measured as coupons', () => {
    const orders = [
      ...dailyOrders(-80, -41, 5),
      ...dailyOrders(-40, -34, 10, 2999, ['AMZ-PROMO']).map((o) => ({ ...o, promotionDiscount: 3 * 10 * 100 })),
      ...dailyOrders(-33, -1, 5),
    ];
    const model = demandModel({
      sku: SKU,
      asOf: AS_OF,
      timeZone: TZ,
      ruleSet: RS,
      orders,
      prices: [price('2025-01-01T00:00:00-08:00', 2999)],
      promotions: [],
      lots: [],
      shipments: [],
    });
    const [seen] = model.history.observations;
    expect(seen).toMatchObject({ id: 'AMZ-PROMO', program: 'coupon', inferred: true, days: 7, multiplier: 2 });
    expect(seen?.depth).toBeCloseTo(3000 / 29990, 9);
    expect(model.baseline.daily).toBeCloseTo(5, 9);
  });
});
