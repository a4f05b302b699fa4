// The candidate actions of one SKU (EXC-3..EXC-7) on the grid of grid.ts, each screened against the
// rules as of its start that do not depend on the plan's other actions: the price conditions of its
// kind solved for the price (max-price.ts, the validators' own conditions) at the reference prices
// and 30-day lowest net price of the facts, Outlet eligibility (core/outlet, OUT-1/OUT-2, with the
// cool-down's end and the ageing of the stock taken into account) and cycle (OUT-6), the stored
// promotions (PM-7 overlap, PM-3 spacing), the promotion-day budget (PM-9), the minimum price guard
// (PM-8), the EXC-5 stage conditions and EXC-6 targets. What fails is kept with its rule IDs.
import type { Instant, Minor, PromotionFact, PromotionKind } from '../catalog/facts.js';
import { formatInstant, minusLocalDays } from '../calendar/calendar.js';
import { DAY_MS } from '../calendar/civil.js';
import { ruleIssue, type RuleIssue } from '../messages/messages.js';
import { formatMoney, reduceByPercentHalfUp } from '../money/money.js';
import { overlapOf } from '../promotions/calendar.js';
import { isDeal, isDirectPrice } from '../promotions/env.js';
import { maxAllowedPrice, type MaxAllowedPrice } from '../promotions/max-price.js';
import { lowest30DayNetPrice } from '../reference-prices/lowest-net-price.js';
import { referencePricesWithLow, type ReferencePrices } from '../reference-prices/reference-prices.js';
import { lightningDealsSpaced, PromoDayBudget } from './constraints.js';
import { midnightAt, offsetOf, type PlanContext } from './context.js';
import { terminalSpecs, markdownSpecs, transferSpecs } from './exits.js';
import { PLAN_GRID } from './grid.js';
import { buildInstance, dayRange, type InstanceSpec } from './instance.js';
import { CLEARANCE } from './messages.js';
import { outletGate } from './outlet-gate.js';
import { promotionSpecs } from './promotion-specs.js';
import type { ActionInstance, LowCheck, RejectedCandidate } from './types.js';

export interface CandidateSet {
  readonly instances: readonly ActionInstance[];
  readonly rejected: readonly RejectedCandidate[];
  /** The price chain's maximum for a kind at a period under a given 30-day lowest net price. */
  readonly maxWithLow: (check: LowCheck, low: Minor | null) => Minor | null;
  /** PR-6 low of the facts alone at each period start ([start − 30 d, start), DEC-3). */
  readonly historyLow: readonly (Minor | null)[];
  readonly budget: PromoDayBudget;
  readonly storedLightningDeals: readonly { start: Instant; end: Instant }[];
  readonly outletFrom: Instant | null;
}

/** What every spec builder receives. */
export interface SpecEnv {
  readonly ctx: PlanContext;
  /** Reference prices as of a period start, with the facts' 30-day low there. */
  readonly refsAt: (period: number) => ReferencePrices;
  /** max-price.ts for a kind at a period (facts' low, event thresholds when the window overlaps one). */
  readonly maxAt: (kind: PromotionKind, period: number, event: boolean, low?: Minor | null) => MaxAllowedPrice;
  readonly reject: (r: RejectedCandidate) => void;
  readonly outletFrom: Instant | null;
}

export function pct(price: Minor, regular: Minor): number {
  return regular > 0 ? Math.round(((regular - price) * 10_000) / regular) / 100 : 0;
}

/** Price levels: the highest legal price, then the grid's deeper discounts under it (≤ maxLevels). */
export function priceLevels(max: Minor, regular: Minor, depths: readonly number[], min: Minor | null = null): Minor[] {
  const out: Minor[] = [];
  if (max > 0 && (min === null || max >= min)) out.push(max);
  for (const d of depths) {
    const p = reduceByPercentHalfUp(regular, d);
    const last = out[out.length - 1];
    if (p > 0 && (last === undefined || p < last) && p <= max && (min === null || p >= min)) out.push(p);
    if (out.length >= PLAN_GRID.maxLevels) break;
  }
  return out;
}

/** The screened candidate set of a SKU. */
export function candidateSet(ctx: PlanContext): CandidateSet {
  const facts = ctx.input.facts;
  const periods = ctx.periods;
  const rsAt = ctx.ruleSetAt;
  const rejected: RejectedCandidate[] = [];
  const stored = facts.promotions;

  // PR-6 from the facts at each period start: exact while the window reaches into the past or a
  // stored promotion; the current price beyond (nothing else is live then).
  const current = ctx.refs.currentPrice;
  const historyLow = periods.map((p) => {
    const rs = rsAt(p.start);
    const from = minusLocalDays(p.start, rs.referencePrices.lowestNetPriceWindowDays, ctx.timeZone);
    const touched = from < ctx.asOf || stored.some((q) => q.end > from && q.start < p.start);
    return touched ? lowest30DayNetPrice(facts, p.start, rs, { windowEnd: 'beforeStart' }).value : current;
  });
  // PR-1..PR-5 as of each period start from the facts known now (DEC-3: what checkPromotion will see):
  // a Was Price resting on recent orders may be gone by a late start.
  const refsAtPeriod = periods.map((p, k) =>
    referencePricesWithLow(facts, p.start, rsAt(p.start), {
      value: historyLow[k] ?? null,
      at: null,
      until: null,
      cause: null,
    }),
  );
  const refsCache = new Map<string, ReferencePrices>();
  const refsWith = (period: number, low: Minor | null): ReferencePrices => {
    const key = `${period}|${low}`;
    let r = refsCache.get(key);
    if (r === undefined) {
      const base = refsAtPeriod[period] as ReferencePrices;
      r = { ...base, lowest30DayNetPrice: { ...base.lowest30DayNetPrice, value: low } };
      refsCache.set(key, r);
    }
    return r;
  };
  const maxCache = new Map<string, MaxAllowedPrice>();
  const hasSalesHistory = facts.orders.some((o) => !o.cancelled && o.at <= ctx.asOf);
  const maxAt = (kind: PromotionKind, period: number, event: boolean, low?: Minor | null): MaxAllowedPrice => {
    const l = low === undefined ? (historyLow[period] ?? null) : low;
    const key = `${kind}|${period}|${event}|${l}`;
    let m = maxCache.get(key);
    if (m === undefined) {
      const start = (periods[period] as { start: Instant }).start;
      m = maxAllowedPrice(kind, refsWith(period, l), rsAt(start), {
        event,
        offers: ctx.input.offers,
        product: ctx.product,
        hasSalesHistory,
      });
      maxCache.set(key, m);
    }
    return m;
  };
  const gate = outletGate(ctx);
  const env: SpecEnv = {
    ctx,
    refsAt: (period) => refsWith(period, historyLow[period] ?? null),
    maxAt,
    reject: (r) => rejected.push(r),
    outletFrom: gate.from,
  };
  if (gate.from === null) {
    rejected.push({ action: 'outlet_sale', start: null, price: null, discountPct: null, issues: gate.issues });
  }

  // PM-9 base: the stored promotions' days; PM-3: stored Lightning Deals.
  const rs = ctx.ruleSet;
  const budgetFrom = ctx.day0Number - rs.promotions.promoDayBudgetWindowDays;
  const budgetTo = ctx.day0Number + ctx.horizonDays + rs.promotions.promoDayBudgetWindowDays;
  const baseDays: number[] = [];
  for (const q of stored) {
    if (q.kind === 'business_price' || q.audience === 'business' || !(q.end > q.start)) continue;
    const [a, b] = dayRange(ctx, q.start, q.end);
    for (let d = Math.max(a, budgetFrom); d <= Math.min(b, budgetTo); d++) baseDays.push(d);
  }
  const budget = new PromoDayBudget(budgetFrom, budgetTo, baseDays, rs.promotions);
  const storedLightningDeals = stored
    .filter((q) => q.kind === 'lightning_deal')
    .map((q) => ({ start: q.start, end: q.end }));

  const specs: InstanceSpec[] = [
    ...(ctx.regularPrice === null ? [] : promotionSpecs(env)),
    ...markdownSpecs(env),
    ...transferSpecs(env),
    ...terminalSpecs(env),
  ];
  const instances: ActionInstance[] = [];
  for (const spec of specs) {
    // The grid stops at the horizon: an action that would run past it is not a candidate.
    if (!spec.untilEnd && !spec.terminal && spec.end > ctx.horizonEnd) continue;
    const issues = staticIssues(ctx, spec, stored, budget, storedLightningDeals);
    if (issues.length > 0) {
      rejected.push({ action: spec.kind, start: spec.start, price: spec.price, discountPct: spec.discountPct, issues });
      continue;
    }
    instances.push(buildInstance(ctx, spec, instances.length));
  }
  // The search asks the same check under the same few lows many times.
  const byCheck = new WeakMap<LowCheck, Map<Minor | null, Minor | null>>();
  const maxWithLow = (check: LowCheck, low: Minor | null): Minor | null => {
    let m = byCheck.get(check);
    if (m === undefined) {
      m = new Map();
      byCheck.set(check, m);
    }
    let max = m.get(low);
    if (max === undefined) {
      max = maxAt(check.kind, check.period, check.event, low).maxPrice;
      m.set(low, max);
    }
    return max;
  };
  return { instances, rejected, maxWithLow, historyLow, budget, storedLightningDeals, outletFrom: gate.from };
}

/** The rules a candidate breaks by itself (see the header). */
function staticIssues(
  ctx: PlanContext,
  spec: InstanceSpec,
  stored: readonly PromotionFact[],
  budget: PromoDayBudget,
  storedLds: readonly { start: Instant; end: Instant }[],
): RuleIssue[] {
  const issues: RuleIssue[] = [];
  // PM-8: the lowest net price any buyer pays must not fall under the minimum price.
  const min = ctx.product.minPrice;
  const nets = [
    ...spec.chain.map((c) => c.net),
    ...(spec.kind === 'markdown' && spec.price !== null ? [spec.price] : []),
  ];
  const lowest = nets.length === 0 ? null : Math.min(...nets);
  if (min !== null && lowest !== null && lowest < min) {
    issues.push(
      ruleIssue(CLEARANCE.PLAN_UNDER_MIN_PRICE, 'PM-8', {
        net: formatMoney(lowest, ctx.currency),
        min: formatMoney(min, ctx.currency),
      }),
    );
  }
  const shown = (at: Instant) => formatInstant(at, ctx.timeZone);
  for (const q of spec.promotions) {
    for (const o of stored) {
      const both =
        isDirectPrice(q.kind) && isDirectPrice(o.kind) && q.kind !== 'business_price' && o.kind !== 'business_price';
      const span = overlapOf(q, o);
      if (span === null || !both || !(isDeal(q.kind) || isDeal(o.kind))) continue;
      issues.push(
        ruleIssue('DEAL_OVERLAP', 'PM-7', {
          otherKind: o.kind,
          otherId: o.id,
          from: shown(span.from),
          to: shown(span.to),
        }),
      );
    }
    if (q.kind === 'lightning_deal') {
      const minDays = ctx.ruleSetAt(q.start).promotions.ldMinGapDays;
      for (const ld of storedLds) {
        if (lightningDealsSpaced(ld, q, minDays, ctx.timeZone)) continue;
        const gap = ld.start <= q.start ? q.start - ld.end : ld.start - q.end;
        issues.push(
          ruleIssue('LD_SPACING_TOO_SHORT', 'PM-3', {
            otherId: '-',
            otherStart: shown(ld.start),
            otherEnd: shown(ld.end),
            gapDays: Math.round((gap / DAY_MS) * 100) / 100,
            minDays,
          }),
        );
      }
    }
  }
  const over = budget.check(spec.promoDays.map(([a, b]) => dayRange(ctx, a, b)));
  if (over !== null) issues.push(ruleIssue('PROMO_DAY_BUDGET_EXCEEDED', 'PM-9', over));
  return issues;
}

/** Local midnight `n` days after an instant's local day. */
export function daysAfter(ctx: PlanContext, at: Instant, n: number): Instant {
  return midnightAt(ctx, offsetOf(ctx, at) + n);
}
