import { describe, expect, it } from 'vitest';
import type { LotFact, OrderLineFact, PromotionFact } from '../catalog/facts.js';
import { localDay, startOfLocalDay } from '../calendar/calendar.js';
import { formatDayNumber, parseLocalDay } from '../calendar/civil.js';
import { order, price, promo, SKU } from '../promotions/test-support.js';
import { ruleSetFor } from '../rules/rules.js';
import { baselineDemand } from './baseline.js';
import { shrinkToHistory, type ObservedPromotion } from './history.js';
import { demandModel } from './model.js';
import { DEMAND_PRIORS, priorResponse, stackedDepth } from './priors.js';
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
  const obs = (id: string, implied: number, weight = 1): ObservedPromotion => ({
    id,
    program: 'outlet',
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
    weight,
  });

  it('EXC-9: one promotion moves the badge part of the way; more promotions move it further', () => {
    const target = prior.badge.outlet * 3;
    const d = Math.log(3);
    const one = shrinkToHistory(prior, [obs('A', target)], 2).params.badge.outlet;
    const four = shrinkToHistory(
      prior,
      ['A', 'B', 'C', 'D'].map((id) => obs(id, target)),
      2,
    ).params.badge.outlet;
    expect(one).toBeGreaterThan(prior.badge.outlet);
    expect(one).toBeLessThan(target);
    // Common deviation g = d/3, then the program's own: (d − g)/3.
    expect(one).toBeCloseTo(prior.badge.outlet * Math.exp(d / 3 + (d - d / 3) / 3), 9);
    expect(four).toBeGreaterThan(one);
    const g4 = (4 * d) / 6;
    expect(four).toBeCloseTo(prior.badge.outlet * Math.exp(g4 + (4 * (d - g4)) / 6), 9);
    // Programs without history of their own move by the common deviation only; WOOT follows Outlet.
    const fit = shrinkToHistory(prior, [obs('A', target)], 2);
    expect(fit.params.badge.best_deal).toBeCloseTo(prior.badge.best_deal * Math.exp(d / 3), 9);
    expect(fit.params.badge.woot).toBe(fit.params.badge.outlet);
    expect(shrinkToHistory(prior, [], 2).params.badge).toEqual(prior.badge);
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
    expect(posterior).toBeCloseTo(prior.badge.outlet * Math.exp(d / 3 + (d - d / 3) / 3), 9);
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
