// The Amazon promotion tools of the grid (EXC-3, EXC-4) as candidate specs at every start period:
// Outlet sale/deal, Lightning Deal, Best Deal, Best Deal + coupon, coupon, PED, business price tiers
// and WOOT rounds (whose Best Deal round is an Amazon promotion). Prices come from max-price.ts at the
// period's references; a tool that cannot run there is rejected with the validators' reasons.
import type { Instant, Minor, PromotionKind } from '../catalog/facts.js';
import { localDay, weekdayOf } from '../calendar/calendar.js';
import { HOUR_MS } from '../calendar/civil.js';
import type { DemandResponse } from '../demand/response.js';
import { ruleIssue, type RuleIssue } from '../messages/messages.js';
import { formatMoney, percentOfHalfUp, reduceByPercentHalfUp } from '../money/money.js';
import { overlappingEvent } from '../promotions/env.js';
import type { MaxAllowedPrice } from '../promotions/max-price.js';
import { runDays } from '../outlet/schedule.js';
import { daysAfter, pct, priceLevels, type SpecEnv } from './candidates.js';
import { PLAN_GRID } from './grid.js';
import { CLEARANCE } from './messages.js';
import { plannedPromotion, type InstanceSpec, type Segment } from './instance.js';
import type { ActionKind, ChainPrice, LowCheck } from './types.js';

interface Window {
  readonly period: number;
  readonly start: Instant;
  readonly end: Instant;
  readonly event: boolean;
}

function windowOf(env: SpecEnv, period: number, days: number | null, hours = 0): Window {
  const ctx = env.ctx;
  const start = (ctx.periods[period] as { start: Instant }).start;
  const end = days === null ? start + hours * HOUR_MS : daysAfter(ctx, start, days);
  const probe = { ...plannedPromotion(ctx, 'best_deal', start, end, 0, {}) };
  return { period, start, end, event: overlappingEvent(probe, ctx.input.facts.events) !== null };
}

function rejectAll(env: SpecEnv, kind: ActionKind, w: Window, m: MaxAllowedPrice): void {
  env.reject({ action: kind, start: w.start, price: null, discountPct: null, issues: m.reasons });
}

interface Simple {
  readonly kind: ActionKind;
  readonly promo: PromotionKind;
  readonly level: number;
  readonly w: Window;
  readonly price: Minor;
  readonly days: number;
  readonly response: DemandResponse;
  readonly audience?: 'all' | 'prime' | 'business';
  readonly minQty?: number;
  readonly chain: boolean;
  readonly low: LowCheck['kind'] | null;
  readonly budget: boolean;
}

/** A one-promotion spec at a direct price. */
function simple(env: SpecEnv, s: Simple): InstanceSpec {
  const ctx = env.ctx;
  const regular = ctx.regularPrice as Minor;
  const current = ctx.refs.currentPrice ?? regular;
  const q = plannedPromotion(ctx, s.promo, s.w.start, s.w.end, s.level, {
    price: s.price,
    ...(s.audience ? { audience: s.audience } : {}),
    ...(s.minQty ? { minQty: s.minQty } : {}),
  });
  return {
    kind: s.kind,
    level: s.level,
    startPeriod: s.w.period,
    start: s.w.start,
    end: s.w.end,
    segments: [{ days: s.days, response: s.response, price: s.price }],
    price: s.price,
    discountPct: pct(s.price, regular),
    promotions: [q],
    unitFigures: [{ price: s.price, discount: Math.max(current - s.price, 0) }],
    chain: s.chain ? [{ net: s.price, from: s.w.start, to: s.w.end }] : [],
    lowChecks:
      s.low === null ? [] : [{ at: s.w.start, period: s.w.period, kind: s.low, price: s.price, event: s.w.event }],
    promoDays: s.budget ? [[s.w.start, s.w.end]] : [],
  };
}

function depthOf(price: Minor, regular: Minor): number {
  return regular > 0 ? 1 - price / regular : 0;
}

function outletSpecs(env: SpecEnv, period: number, out: InstanceSpec[]): void {
  const ctx = env.ctx;
  const regular = ctx.regularPrice as Minor;
  const p = ctx.periods[period] as { start: Instant; startDay: number };
  const rs = ctx.ruleSetAt(p.start);
  // OUT-6: an Outlet run starts at a cycle start, once eligible and reviewed (outlet-gate.ts).
  const isCycleStart = weekdayOf(localDay(p.start, ctx.timeZone)) === rs.outlet.outletCycleStartWeekday;
  if (env.outletFrom === null || p.start < env.outletFrom || !isCycleStart) return;
  let level = 0;
  for (const kind of ['outlet_sale', 'outlet_deal'] as const) {
    const days = runDays(kind, rs);
    const w = windowOf(env, period, days);
    const m = env.maxAt(kind, period, false);
    if (!m.ok || m.maxPrice === null) {
      rejectAll(env, kind, w, m);
      continue;
    }
    for (const price of priceLevels(m.maxPrice, regular, PLAN_GRID.depths[kind], m.minPrice)) {
      out.push(
        simple(env, {
          kind,
          promo: kind,
          level: level++,
          w,
          price,
          days,
          response: { program: 'outlet', depth: depthOf(price, regular) },
          chain: true,
          low: null,
          budget: true,
        }),
      );
    }
  }
}

function couponPcts(m: MaxAllowedPrice, grid: readonly number[]): number[] {
  const range = m.discount;
  if (!m.ok || range === null || range.minPct === null) return [];
  const out = [range.minPct];
  for (const d of grid) if (d > range.minPct && d <= range.maxPct) out.push(d);
  return out.slice(0, PLAN_GRID.maxLevels);
}

function dealSpecs(env: SpecEnv, period: number, out: InstanceSpec[]): void {
  const ctx = env.ctx;
  const regular = ctx.regularPrice as Minor;
  const current = ctx.refs.currentPrice ?? regular;
  const rs = ctx.ruleSetAt((ctx.periods[period] as { start: Instant }).start);
  const g = PLAN_GRID;

  // Lightning Deal (PM-3: runs its maximum hours).
  const ldW = windowOf(env, period, null, rs.promotions.ldMaxHours);
  const ld = env.maxAt('lightning_deal', period, ldW.event);
  if (!ld.ok || ld.maxPrice === null) rejectAll(env, 'lightning_deal', ldW, ld);
  else
    priceLevels(ld.maxPrice, regular, g.depths.lightning_deal).forEach((price, level) =>
      out.push(
        simple(env, {
          kind: 'lightning_deal',
          promo: 'lightning_deal',
          level,
          w: ldW,
          price,
          days: 1,
          response: { program: 'lightning_deal', depth: depthOf(price, regular) },
          chain: true,
          low: 'lightning_deal',
          budget: true,
        }),
      ),
    );

  // Best Deal, and Best Deal + coupon (EXC-3).
  const bdW = windowOf(env, period, g.days.best_deal);
  const bd = env.maxAt('best_deal', period, bdW.event);
  const coupon = env.maxAt('coupon', period, false);
  if (!bd.ok || bd.maxPrice === null) {
    rejectAll(env, 'best_deal', bdW, bd);
    rejectAll(env, 'best_deal_coupon', bdW, bd);
  } else {
    priceLevels(bd.maxPrice, regular, g.depths.best_deal).forEach((price, level) =>
      out.push(
        simple(env, {
          kind: 'best_deal',
          promo: 'best_deal',
          level,
          w: bdW,
          price,
          days: g.days.best_deal,
          response: { program: 'best_deal', depth: depthOf(price, regular), withCoupon: false },
          chain: true,
          low: 'best_deal',
          budget: true,
        }),
      ),
    );
    const dealPrice = bd.maxPrice;
    const pcts = couponPcts(coupon, g.depths.best_deal_coupon);
    if (pcts.length === 0) rejectAll(env, 'best_deal_coupon', bdW, coupon);
    pcts.forEach((c, level) => {
      const net = dealPrice - percentOfHalfUp(dealPrice, c);
      const bdQ = plannedPromotion(ctx, 'best_deal', bdW.start, bdW.end, level, { price: dealPrice });
      const cQ = plannedPromotion(ctx, 'coupon', bdW.start, bdW.end, level, { discountPct: c });
      out.push({
        kind: 'best_deal_coupon',
        level,
        startPeriod: period,
        start: bdW.start,
        end: bdW.end,
        segments: [
          {
            days: g.days.best_deal,
            response: { program: 'best_deal', depth: depthOf(net, regular), withCoupon: true },
            price: net,
          },
        ],
        price: net,
        discountPct: pct(net, regular),
        promotions: [bdQ, cQ],
        unitFigures: [
          { price: dealPrice, discount: Math.max(current - dealPrice, 0) },
          { price: net, discount: dealPrice - net },
        ],
        chain: [{ net, from: bdW.start, to: bdW.end }],
        lowChecks: [{ at: bdW.start, period, kind: 'best_deal', price: dealPrice, event: bdW.event }],
        promoDays: [[bdW.start, bdW.end]],
        detail: { dealPrice, couponPct: c },
      });
    });
  }

  // Coupon alone (EXC-4).
  const cW = windowOf(env, period, g.days.coupon);
  const cPcts = couponPcts(coupon, g.depths.coupon);
  if (cPcts.length === 0) rejectAll(env, 'coupon', cW, coupon);
  cPcts.forEach((c, level) => {
    const net = regular - percentOfHalfUp(regular, c);
    const q = plannedPromotion(ctx, 'coupon', cW.start, cW.end, level, { discountPct: c });
    out.push({
      kind: 'coupon',
      level,
      startPeriod: period,
      start: cW.start,
      end: cW.end,
      segments: [{ days: g.days.coupon, response: { program: 'coupon', depth: depthOf(net, regular) }, price: net }],
      price: net,
      discountPct: c,
      promotions: [q],
      unitFigures: [{ price: net, discount: regular - net }],
      chain: [{ net, from: cW.start, to: cW.end }],
      lowChecks: [],
      promoDays: [[cW.start, cW.end]],
    });
  });

  // PED (Prime members) and business price tiers (EXC-4).
  const pedW = windowOf(env, period, g.days.ped);
  const ped = env.maxAt('ped', period, pedW.event);
  if (!ped.ok || ped.maxPrice === null) rejectAll(env, 'ped', pedW, ped);
  else
    priceLevels(ped.maxPrice, regular, g.depths.ped).forEach((price, level) =>
      out.push(
        simple(env, {
          kind: 'ped',
          promo: 'ped',
          level,
          w: pedW,
          price,
          days: g.days.ped,
          response: { program: 'ped', depth: depthOf(price, regular) },
          audience: 'prime',
          chain: true,
          low: 'ped',
          budget: true,
        }),
      ),
    );
  const bizW = windowOf(env, period, g.days.business_price);
  const biz = env.maxAt('business_price', period, false);
  // A business price reaches business buyers only: without any, it changes nothing (not a candidate).
  if (ctx.params.businessShare <= 0) return;
  if (!biz.ok || biz.maxPrice === null) rejectAll(env, 'business_price', bizW, biz);
  else
    g.depths.business_price
      .map((d) => reduceByPercentHalfUp(regular, d))
      .filter((price) => price <= (biz.maxPrice as Minor))
      .forEach((price, level) =>
        out.push(
          simple(env, {
            kind: 'business_price',
            promo: 'business_price',
            level,
            w: bizW,
            price,
            days: g.days.business_price,
            response: { program: 'business', depth: depthOf(price, regular) },
            audience: 'business',
            minQty: g.businessMinQty,
            chain: false,
            low: null,
            budget: false,
          }),
        ),
      );
}

/** EXC-3 WOOT rounds: off-site WOOT rounds with an Amazon Best Deal round, discount rising ≤ max. */
function wootSpecs(env: SpecEnv, period: number, out: InstanceSpec[]): void {
  const ctx = env.ctx;
  const regular = ctx.regularPrice as Minor;
  const current = ctx.refs.currentPrice ?? regular;
  const start = (ctx.periods[period] as { start: Instant }).start;
  const c = ctx.ruleSetAt(start).clearance;
  const total = c.wootRounds.reduce((s, r) => s + r.wootRoundDays, 0);
  const end = daysAfter(ctx, start, total);
  if (end > ctx.horizonEnd) return;
  // Every round must start at a period start (the grid's slots): not from a short lead-in.
  const startDay = (ctx.periods[period] as { startDay: number }).startDay;
  let offset = 0;
  for (const r of c.wootRounds) {
    const day = startDay + offset;
    if (day < ctx.horizonDays && !ctx.periods.some((p) => p.startDay === day)) return;
    offset += r.wootRoundDays;
  }
  let level = 0;
  for (const first of PLAN_GRID.depths.woot_rounds) {
    if (first < c.offsiteDealMinDiscountPct || first > c.wootMaxDiscountPct) continue;
    const segments: Segment[] = [];
    const promotions = [];
    const unitFigures = [];
    const chain: ChainPrice[] = [];
    const lowChecks: Omit<LowCheck, 'windowFrom'>[] = [];
    const promoDays: [Instant, Instant][] = [];
    const rounds: number[] = [];
    let day = 0;
    let step = 0;
    const issues: RuleIssue[] = [];
    for (const r of c.wootRounds) {
      const roundStart = daysAfter(ctx, start, day);
      const roundEnd = daysAfter(ctx, start, day + r.wootRoundDays);
      if (r.wootRoundKind === 'gap') segments.push({ days: r.wootRoundDays, response: null, price: regular });
      else {
        const d = Math.min(first + PLAN_GRID.wootStepPct * step++, c.wootMaxDiscountPct);
        rounds.push(d);
        const price = reduceByPercentHalfUp(regular, d);
        if (r.wootRoundKind === 'woot')
          segments.push({ days: r.wootRoundDays, response: { program: 'woot', depth: d / 100 }, price });
        else {
          segments.push({
            days: r.wootRoundDays,
            response: { program: 'best_deal', depth: d / 100, withCoupon: false },
            price,
          });
          const q = plannedPromotion(ctx, 'best_deal', roundStart, roundEnd, level, { price });
          const event = overlappingEvent(q, ctx.input.facts.events) !== null;
          const roundPeriod = ctx.periods.findIndex((p) => p.start === roundStart);
          const max = roundPeriod < 0 ? null : env.maxAt('best_deal', roundPeriod, event);
          if (max !== null && !max.ok) issues.push(...max.reasons);
          else if (max === null || max.maxPrice === null || price > max.maxPrice) {
            const shown = (m: Minor | null) => (m === null ? '-' : formatMoney(m, ctx.currency));
            issues.push(
              ruleIssue(CLEARANCE.WOOT_DEAL_ROUND_ABOVE_MAX, 'PM-4', {
                price: shown(price),
                max: shown(max?.maxPrice ?? null),
              }),
            );
          }
          promotions.push(q);
          unitFigures.push({ price, discount: Math.max(current - price, 0) });
          chain.push({ net: price, from: roundStart, to: roundEnd });
          lowChecks.push({ at: roundStart, period: Math.max(roundPeriod, 0), kind: 'best_deal', price, event });
          promoDays.push([roundStart, roundEnd]);
        }
      }
      day += r.wootRoundDays;
    }
    const spec: InstanceSpec = {
      kind: 'woot_rounds',
      level: level++,
      startPeriod: period,
      start,
      end,
      segments,
      price: reduceByPercentHalfUp(regular, rounds[0] ?? first),
      discountPct: rounds[0] ?? first,
      promotions,
      unitFigures,
      chain,
      lowChecks,
      promoDays,
      noFeeData: ['woot'],
      detail: { rounds: rounds.join(' → '), days: total },
    };
    if (issues.length > 0) {
      env.reject({ action: 'woot_rounds', start, price: spec.price, discountPct: spec.discountPct, issues });
      continue;
    }
    out.push(spec);
  }
}

/** Every promotion candidate of the grid (the SKU has a regular price). */
export function promotionSpecs(env: SpecEnv): InstanceSpec[] {
  const out: InstanceSpec[] = [];
  for (let period = 0; period < env.ctx.periods.length; period++) {
    outletSpecs(env, period, out);
    dealSpecs(env, period, out);
    wootSpecs(env, period, out);
  }
  return out;
}
