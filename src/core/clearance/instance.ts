// Building one candidate action as data (types.ts ActionInstance): its demand per planning period from
// the demand model's response curves, its cash per unit, its fees under the rule set's fee models
// (promotions/fees.ts feeModelFor: C.3 deals, C.4 coupons, PED during events; Outlet free), the
// promotions the seller would submit, the net prices it leaves in the 30-day lowest net price (PR-6,
// the successors' price chain) and the prices of its own that must stay under the chain its
// predecessors leave (PM-2/3/4).
import type { Instant, Minor, PromotionFact, PromotionKind } from '../catalog/facts.js';
import { formatDayNumber } from '../calendar/civil.js';
import { dailySplit, type DemandResponse } from '../demand/response.js';
import { overlappingEvent } from '../promotions/env.js';
import { feeDays, feeModelFor } from '../promotions/fees.js';
import { midnightAt, offsetOf, periodOfDay, type PlanContext } from './context.js';
import { unitCash } from './economics.js';
import type { RuleSet } from '../rules/schema.js';
import type { ActionInstance, ActionKind, ChainPrice, LowCheck } from './types.js';

/** A stretch of an action's days with one demand response and one price. */
export interface Segment {
  readonly days: number;
  /** null: buyers pay the regular price (a WOOT gap, the SKU's own listing). */
  readonly response: DemandResponse | null;
  /** What a buyer pays on the segment's terms. */
  readonly price: Minor;
  /** Units a day sold through another channel (EXC-6 transfer), at `absoluteCash` each. */
  readonly absolute?: number;
}

export interface InstanceSpec {
  readonly kind: ActionKind;
  readonly level: number;
  readonly startPeriod: number;
  readonly start: Instant;
  /** Real end of the action (an LD ends after its hours). */
  readonly end: Instant;
  readonly segments: readonly Segment[];
  readonly price: Minor | null;
  readonly discountPct: number | null;
  readonly promotions: readonly PromotionFact[];
  /** For each promotion: what a buyer pays per unit with it, and the discount it gives per unit (fees). */
  readonly unitFigures: readonly { readonly price: Minor; readonly discount: Minor }[];
  readonly chain: readonly ChainPrice[];
  readonly lowChecks: readonly Omit<LowCheck, 'windowFrom'>[];
  readonly promoDays: readonly [Instant, Instant][];
  readonly untilEnd?: boolean;
  readonly terminal?: boolean;
  readonly perUnitDisposal?: number | null;
  readonly markdownStage?: number | null;
  readonly absoluteCash?: number;
  readonly noFeeData?: readonly string[];
  readonly detail?: Readonly<Record<string, unknown>>;
}

/** A promotion fact the plan would submit (id: plan:SKU:kind:day:level, unique within a plan). */
export function plannedPromotion(
  ctx: PlanContext,
  kind: PromotionKind,
  start: Instant,
  end: Instant,
  level: number,
  fields: Partial<Pick<PromotionFact, 'price' | 'discountPct' | 'audience' | 'minQty'>>,
): PromotionFact {
  return {
    id: `plan:${ctx.sku}:${kind}:${formatDayNumber(ctx.day0Number + offsetOf(ctx, start))}:${level}`,
    kind,
    sku: ctx.sku,
    marketplace: ctx.marketplace,
    start,
    end,
    discountPct: fields.discountPct ?? null,
    discountAmount: null,
    price: fields.price ?? null,
    stackable: false,
    code: null,
    codeType: null,
    audience: fields.audience ?? 'all',
    minQty: fields.minQty ?? null,
    budget: null,
  };
}

/** Local day numbers [first, last] of an instant range (end exclusive). */
export function dayRange(ctx: PlanContext, from: Instant, to: Instant): [number, number] {
  const end = ctx.midnightOffset.get(to);
  const last = end === undefined ? offsetOf(ctx, to - 1) : end - 1;
  return [ctx.day0Number + offsetOf(ctx, from), ctx.day0Number + last];
}

function periodAt(ctx: PlanContext, day: number): number {
  return day >= 0 && day < ctx.dayPeriod.length ? (ctx.dayPeriod[day] as number) : periodOfDay(ctx.periods, day);
}

// The response of one depth repeats at every start period: computed once per planning context.
const splitCache = new WeakMap<PlanContext, Map<string, { regular: number; action: number }[]>>();

function splitsOf(ctx: PlanContext, r: DemandResponse, days: number): { regular: number; action: number }[] {
  let byKey = splitCache.get(ctx);
  if (byKey === undefined) {
    byKey = new Map();
    splitCache.set(ctx, byKey);
  }
  const key = `${r.program}|${r.depth}|${'withCoupon' in r ? r.withCoupon : ''}`;
  let list = byKey.get(key);
  if (list === undefined) {
    list = [];
    byKey.set(key, list);
  }
  for (let i = list.length; i < days; i++) list.push(dailySplit(ctx.params, r, i));
  return list;
}

// The fee model and fee days of a promotion depend on its kind and window only (the price levels of
// one tool and start share them): computed once per planning context.
const feeCache = new WeakMap<PlanContext, Map<string, { choice: ReturnType<typeof feeModelFor>; days: number }>>();

function feeTermsOf(ctx: PlanContext, q: PromotionFact): { choice: ReturnType<typeof feeModelFor>; days: number } {
  let byKey = feeCache.get(ctx);
  if (byKey === undefined) {
    byKey = new Map();
    feeCache.set(ctx, byKey);
  }
  const key = `${q.kind}|${q.start}|${q.end}|${q.audience}`;
  let t = byKey.get(key);
  if (t === undefined) {
    const rules = ctx.ruleSetAt(q.start);
    t = {
      choice: feeModelFor(q.kind, { rules, event: overlappingEvent(q, ctx.input.facts.events) }),
      days: feeDays({ proposal: q, timeZone: ctx.timeZone }),
    };
    byKey.set(key, t);
  }
  return t;
}

/** The instance of a spec (demand per period, cash, fees). */
export function buildInstance(ctx: PlanContext, spec: InstanceSpec, id: number): ActionInstance {
  const periods = ctx.periods;
  const startDay = (periods[spec.startPeriod] as { startDay: number }).startDay;
  const regular: number[] = [];
  const action: number[] = [];
  const absolute: number[] = [];
  const cashWeighted: number[] = [];
  const priceWeighted: number[] = [];
  const ensure = (p: number): void => {
    while (regular.length <= p) {
      regular.push(0);
      action.push(0);
      absolute.push(0);
      cashWeighted.push(0);
      priceWeighted.push(0);
    }
  };
  let day = startDay;
  let baselineDays = 0;
  for (const seg of spec.segments) {
    const cash = unitCash(seg.price, ctx.costs);
    const splits = seg.response === null ? null : splitsOf(ctx, seg.response, seg.days);
    for (let i = 0; i < seg.days && day < ctx.horizonDays; i++, day++) {
      const p = periodAt(ctx, day) - spec.startPeriod;
      ensure(p);
      if (seg.response === null || splits === null) regular[p] = (regular[p] as number) + 1;
      else {
        const s = splits[i] as { regular: number; action: number };
        regular[p] = (regular[p] as number) + s.regular;
        action[p] = (action[p] as number) + s.action;
        cashWeighted[p] = (cashWeighted[p] as number) + s.action * cash;
        priceWeighted[p] = (priceWeighted[p] as number) + s.action * seg.price;
        if (seg.response.program !== 'woot') baselineDays += 1 - s.regular;
      }
      absolute[p] = (absolute[p] as number) + (seg.absolute ?? 0);
    }
  }
  const touched = regular.length;
  // Days of the touched periods outside the action sell at the regular price.
  for (let p = 0; p < touched; p++) {
    const period = periods[spec.startPeriod + p] as { startDay: number; days: number };
    const inAction = Math.max(0, Math.min(period.startDay + period.days, day) - Math.max(period.startDay, startDay));
    regular[p] = (regular[p] as number) + (period.days - inAction);
  }
  const actionCash = action.map((a, p) => (a > 0 ? (cashWeighted[p] as number) / a : 0));
  const actionPrice = action.map((a, p) => (a > 0 ? (priceWeighted[p] as number) / a : 0));

  // Fees of the promotions submitted (C.3, C.4, PM-2).
  let fixed = 0;
  let perUnit = 0;
  const variable: { perUnit: number; cap: number | null }[] = [];
  const noFeeData: string[] = [...(spec.noFeeData ?? [])];
  spec.promotions.forEach((q, i) => {
    const figures = spec.unitFigures[i] ?? { price: 0, discount: 0 };
    const { choice, days } = feeTermsOf(ctx, q);
    if (choice.status === 'no_data') noFeeData.push(q.kind);
    if (choice.status !== 'model') return;
    const m = choice.model;
    fixed += m.promoFeeFixedPerPromotion + m.promoFeeFixedPerDay * days;
    perUnit += m.promoFeeFixedPerRedemption;
    if (m.promoFeeVariableBase !== 'none' && m.promoFeeVariablePct > 0) {
      const base = m.promoFeeVariableBase === 'sales' ? figures.price : figures.discount;
      variable.push({ perUnit: (base * m.promoFeeVariablePct) / 100, cap: m.promoFeeVariableCap });
    }
  });

  const lastDay = Math.max(startDay, day - 1);
  const endPeriod = spec.terminal ? spec.startPeriod : periodAt(ctx, lastDay) + 1;
  return {
    id,
    kind: spec.kind,
    level: spec.level,
    startPeriod: spec.startPeriod,
    endPeriod: spec.untilEnd ? periods.length : endPeriod,
    start: spec.start,
    end: spec.end,
    startDay,
    days: day - startDay,
    price: spec.price,
    discountPct: spec.discountPct,
    regular,
    action,
    absolute,
    actionCash,
    actionPrice,
    absoluteCash: spec.absoluteCash ?? 0,
    baselineDays,
    dip: spec.segments.some((s) => s.response !== null && s.response.program !== 'markdown'),
    fees: { fixed, perUnit, variable, noFeeData },
    perUnitDisposal: spec.perUnitDisposal ?? null,
    terminal: spec.terminal === true,
    untilEnd: spec.untilEnd === true,
    markdownStage: spec.markdownStage ?? null,
    promotions: spec.promotions,
    chain: spec.chain,
    lowChecks: spec.lowChecks.map((c) => ({
      ...c,
      windowFrom: midnightAt(
        ctx,
        (periods[c.period] as { startDay: number }).startDay -
          (ctx.periodRules[c.period] as RuleSet).referencePrices.lowestNetPriceWindowDays,
      ),
    })),
    promoDays: spec.promoDays.map(([from, to]) => dayRange(ctx, from, to)),
    lightningDeal: spec.kind === 'lightning_deal' ? { start: spec.start, end: spec.end } : null,
    outlet: spec.kind === 'outlet_deal' || spec.kind === 'outlet_sale' ? { start: spec.start, end: spec.end } : null,
    detail: spec.detail ?? {},
  };
}
