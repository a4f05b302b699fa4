// The expected outcome of a plan, period by period over the horizon (the one evaluator the planner,
// the figures shown and the benchmark all use):
// - demand of a period = (baseline − post-promotion dip) × the action's multipliers of its days
//   (regular-price buyers and action-terms buyers) + another channel's units (EXC-6); without an
//   action, the baseline at the regular price;
// - sold = min(on hand, demand), shared pro rata between the buyers; inbound units join at their
//   arrival; cash = units × cash per unit on their terms (price − referral − fulfilment), less the
//   action's fees (fixed at its start, per unit as sold, the capped variable parts at its end);
// - holding cost of the period on the average units on hand (the youngest units: FIFO), at the
//   per-unit rates projected by core/inventory-health (context.ts);
// - when a promotion ends, DEMAND dip share of its extra units is taken from the following days;
// - a disposal (liquidation, removal, wholesale) takes every unit left, and later arrivals, at its
//   per-unit terms; what is left at the horizon's end counts at the residual value per unit.
import { holdingCost, type PlanContext } from './context.js';
import type { ActionInstance } from './types.js';

interface Dip {
  readonly from: number;
  readonly to: number;
  readonly perDay: number;
}

export interface SimState {
  period: number;
  units: number;
  cash: number;
  holding: number;
  regularUnits: number;
  regularCash: number;
  dips: Dip[];
  /** Per-unit terms of a disposal done (later arrivals go the same way); null before one. */
  disposedAt: number | null;
}

export interface ActionOutcome {
  /** Units sold on the action's terms (a disposal: units disposed of). */
  units: number;
  /** Units sold at the regular price while it ran (PED's non-Prime buyers, WOOT's Amazon listing …). */
  regularUnits: number;
  /** What the action's buyers paid (a disposal: its gross proceeds). */
  revenue: number;
  /** Cash from the action's buyers before its fees (a disposal: its proceeds, fees included). */
  salesCash: number;
  fees: number;
  /** Per period of the horizon: units sold while it ran. */
  firstPeriod: number;
  lastPeriod: number;
}

export interface SimResult {
  readonly value: number;
  readonly cash: number;
  readonly holding: number;
  readonly residual: number;
  readonly unitsLeft: number;
  readonly regularUnits: number;
  readonly regularCash: number;
  readonly actions: readonly ActionOutcome[];
  /** Units sold in each period and the holding cost of each (for expected orders and figures). */
  readonly soldByPeriod: readonly number[];
  readonly unitsByPeriodStart: readonly number[];
}

export function initialState(ctx: PlanContext): SimState {
  return {
    period: 0,
    units: ctx.onHand,
    cash: 0,
    holding: 0,
    regularUnits: 0,
    regularCash: 0,
    dips: [],
    disposedAt: null,
  };
}

export function cloneState(s: SimState): SimState {
  return { ...s, dips: s.dips.slice() };
}

/** Copies `src` into `dst` (a scratch state reused by the search). */
export function copyState(dst: SimState, src: SimState): SimState {
  dst.period = src.period;
  dst.units = src.units;
  dst.cash = src.cash;
  dst.holding = src.holding;
  dst.regularUnits = src.regularUnits;
  dst.regularCash = src.regularCash;
  dst.dips.length = 0;
  for (const d of src.dips) dst.dips.push(d);
  dst.disposedAt = src.disposedAt;
  return dst;
}

function dipOf(ctx: PlanContext, s: SimState, p: number): number {
  if (s.dips.length === 0) return 0;
  const period = ctx.periods[p] as { startDay: number; days: number };
  const a = period.startDay;
  const b = a + period.days;
  let total = 0;
  for (const d of s.dips) {
    const overlap = Math.min(b, d.to) - Math.max(a, d.from);
    if (overlap > 0) total += d.perDay * overlap;
  }
  return total / period.days;
}

export function newOutcome(): ActionOutcome {
  return { units: 0, regularUnits: 0, revenue: 0, salesCash: 0, fees: 0, firstPeriod: 0, lastPeriod: 0 };
}

/** Recording hooks of a full evaluation (null while searching). */
interface Trace {
  sold: number[];
  start: number[];
}

function arrive(ctx: PlanContext, s: SimState, p: number): void {
  const a = ctx.arrivals[p] ?? 0;
  if (a === 0) return;
  if (s.disposedAt === null) s.units += a;
  else s.cash += a * s.disposedAt;
}

/** Periods [s.period, to) without an action. */
export function runRegular(ctx: PlanContext, s: SimState, to: number, trace: Trace | null = null): void {
  // Nothing on hand and nothing to come: nothing happens.
  if (s.units <= 0 && trace === null && ctx.lastArrival < s.period) {
    s.period = Math.max(s.period, to);
    return;
  }
  for (let p = s.period; p < to; p++) {
    arrive(ctx, s, p);
    const days = (ctx.periods[p] as { days: number }).days;
    const demand = Math.max(0, ctx.baseline - dipOf(ctx, s, p)) * days;
    const sold = Math.min(s.units, demand);
    s.cash += sold * ctx.regularCash;
    s.regularUnits += sold;
    s.regularCash += sold * ctx.regularCash;
    s.holding += holdingCost(ctx, p, s.units - sold / 2);
    if (trace) {
      trace.start[p] = s.units;
      trace.sold[p] = sold;
    }
    s.units -= sold;
  }
  s.period = Math.max(s.period, to);
}

/** The action from its start period up to `until` (the successor's start or the horizon's end). */
export function runAction(
  ctx: PlanContext,
  s: SimState,
  a: ActionInstance,
  until: number,
  trace: Trace | null = null,
  reuse: ActionOutcome | null = null,
): ActionOutcome {
  const out: ActionOutcome = reuse ?? newOutcome();
  out.units = 0;
  out.regularUnits = 0;
  out.revenue = 0;
  out.salesCash = 0;
  out.fees = 0;
  out.firstPeriod = a.startPeriod;
  out.lastPeriod = a.startPeriod;
  if (a.terminal) {
    arrive(ctx, s, a.startPeriod);
    const per = a.perUnitDisposal ?? 0;
    out.units = s.units;
    out.revenue = s.units * Math.max(a.price ?? 0, 0);
    out.salesCash = s.units * per;
    s.cash += out.salesCash;
    if (trace) {
      trace.start[a.startPeriod] = s.units;
      trace.sold[a.startPeriod] = 0;
    }
    s.units = 0;
    s.disposedAt = per;
    s.period = a.startPeriod + 1;
    // The period of the disposal holds nothing; later ones neither (runRegular sells nothing).
    return out;
  }
  const end = Math.min(until, a.endPeriod, ctx.periods.length);
  s.cash -= a.fees.fixed;
  out.fees += a.fees.fixed;
  for (let p = a.startPeriod; p < end; p++) {
    arrive(ctx, s, p);
    const r = p - a.startPeriod;
    const base = Math.max(0, ctx.baseline - dipOf(ctx, s, p));
    const dReg = base * (a.regular[r] ?? 0);
    const dAct = base * (a.action[r] ?? 0);
    const dAbs = a.absolute[r] ?? 0;
    const total = dReg + dAct + dAbs;
    const sold = Math.min(s.units, total);
    const f = total > 0 ? sold / total : 0;
    const regU = dReg * f;
    const actU = dAct * f;
    const absU = dAbs * f;
    const actCash = actU * (a.actionCash[r] ?? 0) + absU * a.absoluteCash;
    s.cash += regU * ctx.regularCash + actCash - actU * a.fees.perUnit;
    s.regularUnits += regU;
    s.regularCash += regU * ctx.regularCash;
    out.units += actU + absU;
    out.regularUnits += regU;
    out.salesCash += actCash;
    out.revenue += actU * (a.actionPrice[r] ?? 0) + absU * (a.price ?? 0);
    out.fees += actU * a.fees.perUnit;
    s.holding += holdingCost(ctx, p, s.units - sold / 2);
    if (trace) {
      trace.start[p] = s.units;
      trace.sold[p] = sold;
    }
    s.units -= sold;
    out.lastPeriod = p;
  }
  for (const v of a.fees.variable) {
    const fee = v.cap === null ? v.perUnit * out.units : Math.min(v.perUnit * out.units, v.cap);
    s.cash -= fee;
    out.fees += fee;
  }
  if (a.dip) {
    const endDay = end < a.endPeriod ? (ctx.periods[end] as { startDay: number }).startDay : a.startDay + a.days;
    const extra = Math.max(0, out.units - ctx.baseline * a.baselineDays);
    const days = ctx.params.dipDays;
    if (extra > 0 && days > 0)
      s.dips.push({ from: endDay, to: endDay + days, perDay: (ctx.params.dipShare * extra) / days });
  }
  s.period = end;
  return out;
}

/** Value of a state once run to the horizon's end. */
export function finish(ctx: PlanContext, s: SimState, trace: Trace | null = null): number {
  runRegular(ctx, s, ctx.periods.length, trace);
  return s.cash - s.holding + s.units * ctx.residualPerUnit;
}

/** The whole plan, with what each action did. */
export function simulate(ctx: PlanContext, plan: readonly ActionInstance[]): SimResult {
  const s = initialState(ctx);
  const trace: Trace = { sold: ctx.periods.map(() => 0), start: ctx.periods.map(() => 0) };
  const actions: ActionOutcome[] = [];
  plan.forEach((a, i) => {
    runRegular(ctx, s, a.startPeriod, trace);
    const next = plan[i + 1];
    actions.push(runAction(ctx, s, a, next === undefined ? ctx.periods.length : next.startPeriod, trace));
  });
  const value = finish(ctx, s, trace);
  return {
    value,
    cash: s.cash,
    holding: s.holding,
    residual: s.units * ctx.residualPerUnit,
    unitsLeft: s.units,
    regularUnits: s.regularUnits,
    regularCash: s.regularCash,
    actions,
    soldByPeriod: trace.sold,
    unitsByPeriodStart: trace.start,
  };
}

/** Value of a plan (the search's objective: simulate without the trace). */
export function planValue(ctx: PlanContext, plan: readonly ActionInstance[]): number {
  const s = initialState(ctx);
  plan.forEach((a, i) => {
    runRegular(ctx, s, a.startPeriod);
    const next = plan[i + 1];
    runAction(ctx, s, a, next === undefined ? ctx.periods.length : next.startPeriod);
  });
  return finish(ctx, s);
}
