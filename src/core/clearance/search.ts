// Searching the grid for the plan that brings back the most cash (EXC-8).
// - `beamSearch` (the planner): every single action is evaluated; the best partial plans of each
//   length (the `width` best by value, plus — after the first action, which sets the price chain —
//   the best one ending with each tool) are extended by every action that may follow them (follow.ts),
//   up to PLAN_GRID.maxActions; then the best plan is improved locally (improve.ts). A partial plan's
//   simulation state is kept, so an extension only simulates from its own start.
// - `exhaustiveSearch` (the benchmark): every sequence of the grid, depth first, with the same rules
//   and the same evaluator.
// Both keep the `keep` best complete plans (doing nothing included), best first: the exact check of
// validate.ts walks down that list.
import type { CandidateSet } from './candidates.js';
import type { PlanContext } from './context.js';
import { mayFollow } from './follow.js';
import { PLAN_GRID } from './grid.js';
import { improvePlan } from './improve.js';
import {
  cloneState,
  copyState,
  finish,
  initialState,
  newOutcome,
  runAction,
  runRegular,
  type ActionOutcome,
  type SimState,
} from './simulate.js';
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
  /** Up to which depth the frontier keeps the best plan of each tool (and level) besides the best. */
  readonly diverseDepth?: number;
  /** Diversity kept: per tool and level, per level only for the price-chain deals, or per tool. */
  readonly diversity?: 'level' | 'chain' | 'family';
}

export const DEFAULT_SEARCH: Required<SearchOptions> = {
  width: 12,
  keep: 40,
  maxActions: PLAN_GRID.maxActions,
  improve: 1,
  diverseDepth: 1,
  diversity: 'family',
};

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

interface Node {
  readonly actions: readonly ActionInstance[];
  readonly value: number;
  /** State before the last action (after the periods up to its start). */
  readonly before: SimState;
  /** State after the last action ran its course (not for one that runs until replaced); lazily. */
  after?: SimState;
  /** `after` (the root: `before`) run on at the regular price up to the last follower's start: the
   *  followers come by start period, so each one only runs the periods since the previous one. */
  reg?: SimState;
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
  outcome: ActionOutcome,
): number | null {
  const last = node.actions[node.actions.length - 1];
  let s: SimState;
  if (last !== undefined && last.untilEnd) {
    s = copyState(scratch, node.before);
    runAction(ctx, s, last, next.startPeriod, null, outcome);
    runRegular(ctx, s, next.startPeriod);
  } else {
    if (last !== undefined && node.after === undefined) {
      node.after = cloneState(node.before);
      runAction(ctx, node.after, last, ctx.periods.length, null, outcome);
    }
    // Running the regular periods in two calls or one gives the same state (runRegular's shortcut
    // applies only when nothing is on hand or to come, where a period changes nothing).
    if (node.reg === undefined || node.reg.period > next.startPeriod) {
      node.reg = cloneState(last === undefined ? node.before : (node.after as SimState));
    }
    runRegular(ctx, node.reg, next.startPeriod);
    s = copyState(scratch, node.reg);
  }
  if (s.units <= 1e-9 && !arrivalsFrom(ctx, next.startPeriod)) return null;
  copyState(before, s);
  if (runAction(ctx, s, next, ctx.periods.length, null, outcome).units <= 1e-9) return null;
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
  const chainKinds = new Set(['lightning_deal', 'best_deal', 'best_deal_coupon', 'ped', 'coupon']);
  const keyOf = (x: ActionInstance): string =>
    o.diversity === 'level' || (o.diversity === 'chain' && chainKinds.has(x.kind))
      ? `${familyOf(x.kind)}|${x.level}`
      : familyOf(x.kind);
  const keys = new Map<ActionInstance, string>(instances.map((x) => [x, keyOf(x)]));
  const scratch = initialState(ctx);
  const before = initialState(ctx);
  const outcome = newOutcome();
  for (let depth = 1; depth <= o.maxActions && frontier.length > 0; depth++) {
    const next = new Frontier(o.width);
    for (const node of frontier) {
      for (let k = firstFollower(instances, node); k < instances.length; k++) {
        const x = instances[k] as ActionInstance;
        if (!mayFollow(ctx, cands, node.actions, x)) continue;
        const value = evaluateChild(ctx, node, x, scratch, before, outcome);
        evaluated++;
        if (value === null) continue;
        if (value > top.worst()) top.add([...node.actions, x], value);
        // Diversity (tool × level) where it matters most: the first action sets the price chain.
        const key = depth <= o.diverseDepth ? (keys.get(x) as string) : '';
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
      if (value > top.worst()) top.add(plan.slice(), value);
    });
  }
  return { plans: top.plans, evaluated };
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
