// Searching the grid for the plan that brings back the most cash (EXC-8).
// - `beamSearch` (the planner): every single action is evaluated; the best partial plans of each
//   length (the `width` best by value, plus the best of every tool so each one gets a chance to be
//   followed) are extended by every action that may follow them, up to PLAN_GRID.maxActions. A
//   partial plan's simulation state is kept, so an extension only simulates from its own start.
// - `exhaustiveSearch` (the benchmark): every sequence of the grid, depth first, with the same rules
//   and the same evaluator.
// Both keep the `keep` best complete plans (doing nothing included), best first: the exact check of
// validate.ts walks down that list.
import type { Instant, Minor } from '../catalog/facts.js';
import { localDay } from '../calendar/calendar.js';
import { formatMoney } from '../money/money.js';
import { ruleIssue, type RuleIssue } from '../messages/messages.js';
import type { CandidateSet } from './candidates.js';
import { followsInOrder, lightningDealsSpaced, outletCooledDown } from './constraints.js';
import type { PlanContext } from './context.js';
import { PLAN_GRID } from './grid.js';
import { CLEARANCE } from './messages.js';
import { cloneState, copyState, finish, initialState, planValue, runAction, runRegular, type SimState } from './simulate.js';
import { familyOf, type ActionInstance } from './types.js';

export interface RankedPlan {
  readonly actions: readonly ActionInstance[];
  readonly value: number;
}

export interface SearchResult {
  /** Best first; the empty plan (doing nothing) is among them. */
  readonly plans: readonly RankedPlan[];
  readonly evaluated: number;
}

export interface SearchOptions {
  /** Partial plans kept per length (beam width). */
  readonly width?: number;
  /** Complete plans kept for the exact check and the runners-up. */
  readonly keep?: number;
  readonly maxActions?: number;
  /** How many of the best plans the local improvement starts from. */
  readonly improve?: number;
}

export const DEFAULT_SEARCH: Required<SearchOptions> = { width: 12, keep: 40, maxActions: PLAN_GRID.maxActions, improve: 2 };

/** Keeps the `keep` best plans. */
class TopPlans {
  readonly plans: RankedPlan[] = [];
  constructor(private readonly keep: number) {}
  worst(): number {
    return this.plans.length < this.keep ? -Infinity : (this.plans[this.plans.length - 1] as RankedPlan).value;
  }
  add(actions: readonly ActionInstance[], value: number): void {
    if (value <= this.worst()) return;
    let i = this.plans.length;
    while (i > 0 && (this.plans[i - 1] as RankedPlan).value < value) i--;
    this.plans.splice(i, 0, { actions, value });
    if (this.plans.length > this.keep) this.plans.pop();
  }
}

/**
 * Why `next` may not follow `prev` (null: it may): order, the price chain its predecessors leave
 * (PM-10 → PM-2/3/4), Lightning Deal spacing (PM-3), the Outlet cool-down (OUT-2h) and the
 * promotion-day budget (PM-9).
 */
export function followIssue(
  ctx: PlanContext,
  cands: CandidateSet,
  prev: readonly ActionInstance[],
  next: ActionInstance,
  explain = false,
): RuleIssue | null | false {
  if (!followsInOrder(prev, next)) return false;
  if (prev.length === 0) return null;
  for (const c of next.lowChecks) {
    const from = c.windowFrom;
    const history = cands.historyLow[c.period] ?? null;
    let low = history;
    let after: Instant | null = null;
    for (const a of prev) {
      for (const ch of a.chain) {
        if (ch.to > from && ch.from < c.at && (low === null || ch.net < low)) {
          low = ch.net;
          after = ch.from;
        }
      }
    }
    if (low === history) continue;
    const max = cands.maxWithLow(c, low);
    if (max === null || c.price > max) {
      if (!explain) return false;
      const money = (m: Minor | null) => (m === null ? '-' : formatMoney(m, ctx.currency));
      return ruleIssue(CLEARANCE.PLAN_CHAIN_ABOVE_MAX, c.kind === 'ped' ? 'PM-2' : c.kind === 'best_deal' ? 'PM-4' : 'PM-3', {
        after: after === null ? '-' : localDay(after, ctx.timeZone),
        low: money(low),
        kind: c.kind,
        max: money(max),
        price: money(c.price),
      });
    }
  }
  const rs = ctx.ruleSetAt(next.start);
  if (next.lightningDeal !== null) {
    for (const a of prev) {
      if (a.lightningDeal !== null && !lightningDealsSpaced(a.lightningDeal, next.lightningDeal, rs.promotions.ldMinGapDays, ctx.timeZone)) {
        return false;
      }
    }
  }
  if (next.outlet !== null) {
    for (const a of prev) {
      if (a.outlet !== null && !outletCooledDown(a.outlet.end, next.outlet.start, rs.outlet.outletCooldownAfterDealDays, ctx.timeZone)) {
        return false;
      }
    }
  }
  if (next.promoDays.length > 0) {
    const others: (readonly [number, number])[] = [];
    for (const a of prev) for (const r of a.promoDays) others.push(r);
    if (cands.budget.check(next.promoDays, others) !== null) return false;
  }
  return null;
}

function mayFollow(ctx: PlanContext, cands: CandidateSet, prev: readonly ActionInstance[], next: ActionInstance): boolean {
  return followIssue(ctx, cands, prev, next) === null;
}

interface Node {
  readonly actions: readonly ActionInstance[];
  readonly value: number;
  /** State before the last action (after the periods up to its start). */
  readonly before: SimState;
}

function arrivalsFrom(ctx: PlanContext, p: number): boolean {
  for (let i = p; i < ctx.arrivals.length; i++) if ((ctx.arrivals[i] as number) > 0) return true;
  return false;
}

/**
 * Evaluates `node + next`: the new node (its state before `next`, kept when it may be extended) and
 * its value; null when nothing is left for `next` to act on (it would change nothing).
 */
function extend(ctx: PlanContext, node: Node, next: ActionInstance, keep: boolean, scratch: SimState): Node | null {
  const s = copyState(scratch, node.before);
  const last = node.actions[node.actions.length - 1];
  if (last !== undefined) runAction(ctx, s, last, next.startPeriod);
  runRegular(ctx, s, next.startPeriod);
  if (s.units <= 1e-9 && !arrivalsFrom(ctx, next.startPeriod)) return null;
  const before = keep ? cloneState(s) : NO_STATE;
  const outcome = runAction(ctx, s, next, ctx.periods.length);
  // An action nobody buys on (a business price without business buyers …) changes nothing.
  if (outcome.units <= 1e-9) return null;
  const value = finish(ctx, s);
  return { actions: [...node.actions, next], value, before };
}

const NO_STATE: SimState = {
  period: 0,
  units: 0,
  cash: 0,
  holding: 0,
  regularUnits: 0,
  regularCash: 0,
  dips: [],
  disposedAt: null,
};

/** Index of the first instance (sorted by start period) that may follow `node` in time. */
function firstFollower(sorted: readonly ActionInstance[], node: Node): number {
  const last = node.actions[node.actions.length - 1];
  if (last === undefined) return 0;
  if (last.terminal) return sorted.length;
  const free = last.untilEnd ? last.startPeriod + 1 : last.endPeriod;
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as ActionInstance).startPeriod < free) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Evaluates `node + next` into the scratch states: its value, or null when `next` would change nothing. */
function evaluateChild(
  ctx: PlanContext,
  node: Node,
  next: ActionInstance,
  scratch: SimState,
  before: SimState,
): number | null {
  const s = copyState(scratch, node.before);
  const last = node.actions[node.actions.length - 1];
  if (last !== undefined) runAction(ctx, s, last, next.startPeriod);
  runRegular(ctx, s, next.startPeriod);
  if (s.units <= 1e-9 && !arrivalsFrom(ctx, next.startPeriod)) return null;
  copyState(before, s);
  if (runAction(ctx, s, next, ctx.periods.length).units <= 1e-9) return null;
  return finish(ctx, s);
}

/** The frontier of one depth, built as children are evaluated (see selectFrontier). */
class Frontier {
  private readonly best: Node[] = [];
  private readonly byKey = new Map<string, Node>();
  constructor(private readonly width: number) {}
  wants(key: string, value: number): boolean {
    const floor = this.best.length < this.width ? -Infinity : (this.best[this.best.length - 1] as Node).value;
    return value > floor || value > (this.byKey.get(key)?.value ?? -Infinity);
  }
  add(key: string, node: Node): void {
    const seen = this.byKey.get(key);
    if (seen === undefined || node.value > seen.value) this.byKey.set(key, node);
    let i = this.best.length;
    while (i > 0 && (this.best[i - 1] as Node).value < node.value) i--;
    if (i < this.width) {
      this.best.splice(i, 0, node);
      if (this.best.length > this.width) this.best.pop();
    }
  }
  nodes(): Node[] {
    return [...new Set<Node>([...this.best, ...this.byKey.values()])];
  }
}

/** The planner's beam search (see the header). */
export function beamSearch(ctx: PlanContext, cands: CandidateSet, options: SearchOptions = {}): SearchResult {
  const o = { ...DEFAULT_SEARCH, ...options };
  const top = new TopPlans(o.keep);
  const root: Node = { actions: [], value: 0, before: initialState(ctx) };
  top.add([], finish(ctx, initialState(ctx)));
  let evaluated = 1;
  let frontier: Node[] = [root];
  const instances = [...cands.instances].sort((a, b) => a.startPeriod - b.startPeriod);
  // A shallow deal that leaves a high 30-day low (PM-10) is worth keeping though a deeper one sells
  // more on its own: the frontier keeps the best plan ending with each tool at each price level too.
  const keys = new Map<ActionInstance, string>(instances.map((x) => [x, `${familyOf(x.kind)}|${x.level}`]));
  const scratch = initialState(ctx);
  const before = initialState(ctx);
  for (let depth = 1; depth <= o.maxActions && frontier.length > 0; depth++) {
    const next = new Frontier(o.width);
    for (const node of frontier) {
      for (let k = firstFollower(instances, node); k < instances.length; k++) {
        const x = instances[k] as ActionInstance;
        if (!mayFollow(ctx, cands, node.actions, x)) continue;
        const value = evaluateChild(ctx, node, x, scratch, before);
        evaluated++;
        if (value === null) continue;
        if (value > top.worst()) top.add([...node.actions, x], value);
        const key = keys.get(x) as string;
        if (!x.terminal && depth < o.maxActions && next.wants(key, value)) {
          next.add(key, { actions: [...node.actions, x], value, before: cloneState(before) });
        }
      }
    }
    frontier = next.nodes();
  }
  // Local improvement of the best few plans found.
  for (const seed of top.plans.slice(0, o.improve)) {
    improvePlan(ctx, cands, seed, o.maxActions, (plan, value) => {
      evaluated++;
      if (value > top.worst()) top.add(plan, value);
    });
  }
  return { plans: top.plans, evaluated };
}

/** Whether every action of `plan` may follow the ones before it. */
export function validSequence(ctx: PlanContext, cands: CandidateSet, plan: readonly ActionInstance[]): boolean {
  for (let i = 0; i < plan.length; i++) if (!mayFollow(ctx, cands, plan.slice(0, i), plan[i] as ActionInstance)) return false;
  return true;
}

/**
 * Local improvement of a plan (after the beam, which extends plans only at their end): the best of
 * replacing one action by another candidate, inserting one (below the maximum), or dropping one,
 * repeated while it improves the value.
 */
export function improvePlan(
  ctx: PlanContext,
  cands: CandidateSet,
  start: RankedPlan,
  maxActions: number,
  onEvaluate: (plan: readonly ActionInstance[], value: number) => void,
): RankedPlan {
  let best = start;
  const instances = cands.instances;
  for (let round = 0; round < 4; round++) {
    let improved: RankedPlan | null = null;
    const consider = (plan: ActionInstance[]): void => {
      if (!validSequence(ctx, cands, plan)) return;
      const value = planValue(ctx, plan);
      onEvaluate(plan, value);
      if (value > (improved?.value ?? best.value) + 1e-6) improved = { actions: plan, value };
    };
    const plan = best.actions;
    for (let i = 0; i < plan.length; i++) {
      const lo = i === 0 ? -1 : (plan[i - 1] as ActionInstance).startPeriod;
      const hi = i + 1 < plan.length ? (plan[i + 1] as ActionInstance).startPeriod : Infinity;
      for (const x of instances) {
        if (x === plan[i] || x.startPeriod <= lo || x.startPeriod >= hi) continue;
        consider([...plan.slice(0, i), x, ...plan.slice(i + 1)]);
      }
      consider([...plan.slice(0, i), ...plan.slice(i + 1)]);
    }
    if (plan.length < maxActions) {
      for (let i = 0; i <= plan.length; i++) {
        const lo = i === 0 ? -1 : (plan[i - 1] as ActionInstance).startPeriod;
        const hi = i < plan.length ? (plan[i] as ActionInstance).startPeriod : Infinity;
        for (const x of instances) {
          if (x.startPeriod <= lo || x.startPeriod >= hi) continue;
          consider([...plan.slice(0, i), x, ...plan.slice(i)]);
        }
      }
    }
    if (improved === null) break;
    best = improved;
  }
  return best;
}

/** Every plan of the grid (the benchmark's reference), depth first. */
export function exhaustiveSearch(ctx: PlanContext, cands: CandidateSet, options: SearchOptions = {}): SearchResult {
  const o = { ...DEFAULT_SEARCH, ...options };
  const top = new TopPlans(o.keep);
  top.add([], finish(ctx, initialState(ctx)));
  let evaluated = 1;
  const instances = [...cands.instances].sort((a, b) => a.startPeriod - b.startPeriod);
  const scratch = initialState(ctx);
  const visit = (node: Node, depth: number): void => {
    for (let k = firstFollower(instances, node); k < instances.length; k++) {
      const x = instances[k] as ActionInstance;
      if (!mayFollow(ctx, cands, node.actions, x)) continue;
      const more = !x.terminal && depth < o.maxActions;
      const child = extend(ctx, node, x, more, scratch);
      evaluated++;
      if (child === null) continue;
      top.add(child.actions, child.value);
      if (more) visit(child, depth + 1);
    }
  };
  visit({ actions: [], value: 0, before: initialState(ctx) }, 1);
  return { plans: top.plans, evaluated };
}
