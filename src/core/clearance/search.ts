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
import { localDay, minusLocalDays } from '../calendar/calendar.js';
import { formatMoney } from '../money/money.js';
import { ruleIssue, type RuleIssue } from '../messages/messages.js';
import type { CandidateSet } from './candidates.js';
import { followsInOrder, lightningDealsSpaced, outletCooledDown } from './constraints.js';
import type { PlanContext } from './context.js';
import { PLAN_GRID } from './grid.js';
import { CLEARANCE } from './messages.js';
import { cloneState, finish, initialState, runAction, runRegular, type SimState } from './simulate.js';
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
}

export const DEFAULT_SEARCH: Required<SearchOptions> = { width: 12, keep: 40, maxActions: PLAN_GRID.maxActions };

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
    const rs = ctx.ruleSetAt(c.at);
    const from = minusLocalDays(c.at, rs.referencePrices.lowestNetPriceWindowDays, ctx.timeZone);
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
    const others = prev.flatMap((a) => a.promoDays);
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

/** Evaluates `node + next`; returns the new node (its state before `next`) and the value. */
function extend(ctx: PlanContext, node: Node, next: ActionInstance): Node {
  const s = cloneState(node.before);
  const last = node.actions[node.actions.length - 1];
  if (last !== undefined) runAction(ctx, s, last, next.startPeriod);
  runRegular(ctx, s, next.startPeriod);
  const before = cloneState(s);
  runAction(ctx, s, next, ctx.periods.length);
  const value = finish(ctx, s);
  return { actions: [...node.actions, next], value, before };
}

/** The planner's beam search (see the header). */
export function beamSearch(ctx: PlanContext, cands: CandidateSet, options: SearchOptions = {}): SearchResult {
  const o = { ...DEFAULT_SEARCH, ...options };
  const top = new TopPlans(o.keep);
  const root: Node = { actions: [], value: 0, before: initialState(ctx) };
  const nothing = finish(ctx, initialState(ctx));
  top.add([], nothing);
  let evaluated = 1;
  let frontier: Node[] = [root];
  const instances = [...cands.instances].sort((a, b) => a.startPeriod - b.startPeriod);
  for (let depth = 1; depth <= o.maxActions && frontier.length > 0; depth++) {
    const next: Node[] = [];
    for (const node of frontier) {
      for (const x of instances) {
        if (!mayFollow(ctx, cands, node.actions, x)) continue;
        const child = extend(ctx, node, x);
        evaluated++;
        top.add(child.actions, child.value);
        if (!x.terminal && depth < o.maxActions) next.push(child);
      }
    }
    frontier = selectFrontier(next, o.width);
  }
  return { plans: top.plans, evaluated };
}

/** The `width` best partial plans plus the best one ending with each tool. */
function selectFrontier(nodes: Node[], width: number): Node[] {
  nodes.sort((a, b) => b.value - a.value);
  const chosen = new Set<Node>(nodes.slice(0, width));
  const seen = new Set<string>();
  for (const n of nodes) {
    const last = n.actions[n.actions.length - 1] as ActionInstance;
    const f = familyOf(last.kind);
    if (seen.has(f)) continue;
    seen.add(f);
    chosen.add(n);
  }
  return [...chosen];
}

/** Every plan of the grid (the benchmark's reference), depth first. */
export function exhaustiveSearch(ctx: PlanContext, cands: CandidateSet, options: SearchOptions = {}): SearchResult {
  const o = { ...DEFAULT_SEARCH, ...options };
  const top = new TopPlans(o.keep);
  top.add([], finish(ctx, initialState(ctx)));
  let evaluated = 1;
  const instances = [...cands.instances].sort((a, b) => a.startPeriod - b.startPeriod);
  const visit = (node: Node, depth: number): void => {
    for (const x of instances) {
      if (!mayFollow(ctx, cands, node.actions, x)) continue;
      const child = extend(ctx, node, x);
      evaluated++;
      top.add(child.actions, child.value);
      if (!x.terminal && depth < o.maxActions) visit(child, depth + 1);
    }
  };
  visit({ actions: [], value: 0, before: initialState(ctx) }, 1);
  return { plans: top.plans, evaluated };
}
