// The figures of a plan as shown (types.ts PlanOption, CONTRACT `plan`): each action's expected units,
// revenue, fees and net cash, and the plan's holding cost — projected with core/inventory-health
// projectHoldingCost over each stretch between the plan's action boundaries, on the units then on
// hand (youngest first, FIFO) selling at that stretch's expected daily rate — and its net cash.
import type { Minor } from '../catalog/facts.js';
import { formatInstant } from '../calendar/calendar.js';
import { round2 } from '../demand/baseline.js';
import { projectHoldingCost } from '../inventory-health/holding-cost.js';
import { ruleIssue, type RuleIssue } from '../messages/messages.js';
import { formatMoney } from '../money/money.js';
import type { PlanContext } from './context.js';
import { unitSizeOf } from './disposal.js';
import { CLEARANCE } from './messages.js';
import type { SimResult } from './simulate.js';
import type { ActionInstance, PlannedAction, PlanOption } from './types.js';

export interface HoldingFigure {
  readonly total: Minor | null;
  readonly noFeeData: boolean;
}

/** Holding cost of a simulated plan via projectHoldingCost, stretch by stretch (see the header). */
export function planHoldingCost(ctx: PlanContext, plan: readonly ActionInstance[], sim: SimResult): HoldingFigure {
  const cuts = new Set<number>([0, ctx.periods.length]);
  for (const a of plan) {
    cuts.add(a.startPeriod);
    cuts.add(Math.min(a.endPeriod, ctx.periods.length));
  }
  ctx.arrivals.forEach((n, p) => {
    if (n > 0) cuts.add(p);
  });
  const bounds = [...cuts].sort((a, b) => a - b);
  const tier = unitSizeOf(ctx.product, 'lb')?.tier ?? 'standard';
  let total = 0;
  let noFeeData = false;
  for (let i = 0; i + 1 < bounds.length; i++) {
    const from = bounds[i] as number;
    const to = bounds[i + 1] as number;
    let units = sim.unitsByPeriodStart[from] ?? 0;
    if (units <= 0) continue;
    let sold = 0;
    let days = 0;
    for (let p = from; p < to; p++) {
      sold += sim.soldByPeriod[p] ?? 0;
      days += (ctx.periods[p] as { days: number }).days;
    }
    const lots = [];
    for (const layer of ctx.layers) {
      if (layer.arrival > from || units <= 0) continue;
      const take = Math.min(layer.units, units);
      lots.push({ received: layer.received, units: take });
      units -= take;
    }
    const cost = projectHoldingCost(
      {
        lots,
        dailySales: sold / days,
        unitCubicFeet: ctx.product.unitCubicFeet,
        sizeTier: tier,
        category: ctx.product.category,
      },
      (ctx.periods[from] as { start: number }).start,
      days,
      ctx.ruleSetAt,
      ctx.timeZone,
    );
    if (cost.noFeeData || cost.total === null) noFeeData = true;
    total += cost.total ?? (cost.storage ?? 0) + (cost.agedSurcharge ?? 0);
  }
  return { total: noFeeData && total === 0 ? null : total, noFeeData };
}

function money(ctx: PlanContext, amount: number): string {
  return formatMoney(Math.round(amount), ctx.currency);
}

function actionExplanation(ctx: PlanContext, a: ActionInstance, units: number): RuleIssue[] {
  const tz = ctx.timeZone;
  const out: RuleIssue[] = [];
  const d = a.detail;
  if (a.terminal) {
    const basis =
      a.kind === 'liquidation'
        ? `C.6: ${(d.rangePct as number[] | undefined)?.join('–')}% of the average selling price, less the liquidation referral${
            (d.missing as string[] | undefined)?.length ? `; no fee data: ${(d.missing as string[]).join(', ')}` : ''
          }; seed 001: ${(d.seedRangePct as number[] | undefined)?.join('–')}% of value`
        : a.kind === 'wholesale'
          ? `EXC-6: ${ctx.ruleSet.clearance.wholesaleMinPctOfOriginal}–${ctx.ruleSet.clearance.wholesaleMaxPctOfOriginal}% of the price in ${(d.days as number[] | undefined)?.join('–')} days, less the C.7 removal fee`
          : `C.7 removal/disposal fee, ${String(d.tier)} size, ${round2(Number(d.weight))} lb dimensional weight`;
    out.push(
      ruleIssue(CLEARANCE.ACTION_DISPOSAL, 'EXC-7', {
        action: a.kind,
        units: Math.round(units),
        perUnit: money(ctx, a.perUnitDisposal ?? 0),
        basis,
      }),
    );
    return out;
  }
  const days = Math.max(1, a.days);
  out.push(
    ruleIssue(CLEARANCE.ACTION_DEMAND, a.kind === 'markdown' ? 'EXC-5' : a.kind === 'transfer' ? 'EXC-6' : 'EXC-3', {
      action: a.kind,
      price: a.price === null ? '-' : formatMoney(a.price, ctx.currency),
      pct: a.discountPct ?? 0,
      start: formatInstant(a.start, tz),
      days,
      units: Math.round(units),
      daily: round2(units / days),
      baseline: round2(ctx.baseline),
    }),
  );
  if (a.kind === 'markdown') {
    out.push(
      ruleIssue(CLEARANCE.ACTION_MARKDOWN_STAGE, 'EXC-5', {
        stage: d.stage,
        target: d.target,
        price: a.price === null ? '-' : formatMoney(a.price, ctx.currency),
        need: d.need === null || d.need === undefined ? '-' : formatMoney(d.need as number, ctx.currency),
        profit:
          d.unitProfit === null || d.unitProfit === undefined ? '-' : formatMoney(d.unitProfit as number, ctx.currency),
      }),
    );
  } else if (a.kind === 'transfer') {
    out.push(
      ruleIssue(CLEARANCE.ACTION_TRANSFER, 'EXC-6', {
        marketplace: d.marketplace,
        daily: d.targetDaily,
        fromDay: d.fromDay,
        price: a.price === null ? '-' : formatMoney(a.price, ctx.currency),
        cost: formatMoney(d.transferCost as number, ctx.currency),
      }),
    );
  } else if (a.kind === 'woot_rounds') {
    out.push(
      ruleIssue(CLEARANCE.ACTION_WOOT, 'EXC-3', {
        rounds: d.rounds,
        days: d.days,
        max: ctx.ruleSet.clearance.wootMaxDiscountPct,
      }),
    );
  }
  return out;
}

/** One action's figures. */
export function plannedAction(
  ctx: PlanContext,
  a: ActionInstance,
  sim: SimResult,
  i: number,
  warnings: readonly RuleIssue[],
): PlannedAction {
  const o = sim.actions[i];
  const units = o?.units ?? 0;
  const revenue = o?.revenue ?? 0;
  const salesCash = o?.salesCash ?? 0;
  const promotionFees = o?.fees ?? 0;
  let fulfilment = 0;
  let referral = 0;
  let disposal = 0;
  let promotion = promotionFees;
  if (a.terminal) disposal = revenue - salesCash;
  else {
    fulfilment = units * (ctx.costs.fulfilmentFee ?? 0);
    const transfer = a.kind === 'transfer' ? units * Number(a.detail.transferCost ?? 0) : 0;
    promotion += transfer;
    referral = revenue - salesCash - fulfilment - transfer;
  }
  const r = (x: number): Minor => Math.round(x);
  const fees = {
    referral: r(referral),
    fulfilment: r(fulfilment),
    promotion: r(promotion),
    disposal: r(disposal),
    total: 0,
  };
  fees.total = fees.referral + fees.fulfilment + fees.promotion + fees.disposal;
  return {
    action: a.kind,
    start: a.start,
    end: a.terminal ? a.end : Math.min(a.end, ctx.horizonEnd),
    price: a.price,
    discountPct: a.discountPct,
    expectedUnits: Math.round(units),
    revenue: r(revenue),
    fees,
    netCash: r(salesCash - promotionFees),
    promotions: a.promotions,
    warnings,
    explanation: actionExplanation(ctx, a, units),
  };
}

/** A plan's figures and its explanation. */
export function planOption(
  ctx: PlanContext,
  label: PlanOption['label'],
  plan: readonly ActionInstance[],
  sim: SimResult,
  warnings: readonly (readonly RuleIssue[])[] = [],
): PlanOption & { readonly holdingNoFeeData: boolean } {
  const holding = planHoldingCost(ctx, plan, sim);
  const holdingUsed = holding.total ?? sim.holding;
  const netCash = Math.round(sim.cash - holdingUsed + sim.residual);
  const unitsSold = sim.regularUnits + sim.actions.reduce((s, o, i) => s + (plan[i]?.terminal ? 0 : o.units), 0);
  const explanation = [
    ruleIssue(CLEARANCE.PLAN_FIGURES, 'EXC-8', {
      units: Math.round(unitsSold),
      regularUnits: Math.round(sim.regularUnits),
      holding: holding.total === null ? 'no fee data' : money(ctx, holding.total),
      left: Math.round(sim.unitsLeft),
      residual: money(ctx, ctx.residualPerUnit),
    }),
  ];
  return {
    label,
    actions: plan.map((a, i) => plannedAction(ctx, a, sim, i, warnings[i] ?? [])),
    netCash,
    unitsSold: Math.round(unitsSold),
    regularUnits: Math.round(sim.regularUnits),
    regularCash: Math.round(sim.regularCash),
    holdingCost: holding.total === null ? null : Math.round(holding.total),
    unitsLeft: Math.round(sim.unitsLeft),
    residualValue: Math.round(sim.residual),
    explanation,
    holdingNoFeeData: holding.noFeeData,
  };
}
