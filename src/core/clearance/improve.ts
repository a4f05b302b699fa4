// Local improvement of a plan found by the beam (which only extends plans at their end): replacing
// one action by another candidate near it in time (or of the same tool), inserting one, or dropping
// one — the best such change, repeated while it improves the value (search.ts runs it).
//
// Speed (issue 6): a changed plan shares its first actions with the plan being improved, so it is
// checked only from the changed index (followIssueAt over the plan itself, no slices) and simulated
// from the saved state before the action preceding the change (the same arithmetic, in the same order,
// as planValue from scratch: the values are identical). With follow.ts's precomputed checks: beamSearch
// 13.6 → 11.2 ms per SKU in excess (100 synthetic SKUs, best of 8 runs at load ~7; the same plans).
import type { CandidateSet } from './candidates.js';
import type { PlanContext } from './context.js';
import { followsFirst, mayFollowAt } from './follow.js';
import type { RankedPlan } from './search.js';
import { cloneState, copyState, finish, initialState, runAction, runRegular, type SimState } from './simulate.js';
import { familyOf, type ActionInstance } from './types.js';

/** Whether every action of `plan` from index `from` on may follow the ones before it. */
export function validSequence(
  ctx: PlanContext,
  cands: CandidateSet,
  plan: readonly ActionInstance[],
  from = 0,
): boolean {
  for (let i = from; i < plan.length; i++)
    if (!mayFollowAt(ctx, cands, plan, i, plan[i] as ActionInstance)) return false;
  return true;
}

/** Periods around an action within which the local improvement tries other tools in its place. */
const IMPROVE_REACH = 3;

/** before[i]: the state of planValue(plan) just before action i runs (after the periods up to its start). */
function statesBefore(ctx: PlanContext, plan: readonly ActionInstance[]): SimState[] {
  const s = initialState(ctx);
  const out: SimState[] = [];
  plan.forEach((a, i) => {
    runRegular(ctx, s, a.startPeriod);
    out.push(cloneState(s));
    const next = plan[i + 1];
    runAction(ctx, s, a, next === undefined ? ctx.periods.length : next.startPeriod);
  });
  return out;
}

/** planValue(plan) for a plan equal to the one of `before` up to index `changed` (exclusive). */
function valueFrom(
  ctx: PlanContext,
  plan: readonly ActionInstance[],
  changed: number,
  before: readonly SimState[],
  scratch: SimState,
): number {
  let i = changed - 1;
  let s: SimState;
  if (i < 0) {
    s = copyState(scratch, initialState(ctx));
    i = 0;
  } else s = copyState(scratch, before[i] as SimState);
  for (; i < plan.length; i++) {
    const a = plan[i] as ActionInstance;
    if (i >= changed) runRegular(ctx, s, a.startPeriod);
    const next = plan[i + 1];
    runAction(ctx, s, a, next === undefined ? ctx.periods.length : next.startPeriod);
  }
  return finish(ctx, s);
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
  /** Called with every valid changed plan: a reused array, to be copied if kept. */
  onEvaluate: (plan: readonly ActionInstance[], value: number) => void,
): RankedPlan {
  let best = start;
  const instances = cands.instances;
  const scratch = initialState(ctx);
  for (let round = 0; round < 4; round++) {
    let improved: RankedPlan | null = null;
    const plan = best.actions;
    const before = statesBefore(ctx, plan);
    // The changed plan is built in a reused array (no garbage per candidate): onEvaluate copies it if
    // it keeps it.
    const work: ActionInstance[] = [];
    const consider = (changed: number): void => {
      if (!validSequence(ctx, cands, work, changed)) return;
      const value = valueFrom(ctx, work, changed, before, scratch);
      onEvaluate(work, value);
      if (value > (improved?.value ?? best.value) + 1e-6) improved = { actions: work.slice(), value };
    };
    /** work = plan with `x` at i (replacing plan[i] when `replace`), or without plan[i] when x is null. */
    const build = (i: number, x: ActionInstance | null, replace: boolean): void => {
      work.length = 0;
      for (let k = 0; k < i; k++) work.push(plan[k] as ActionInstance);
      if (x !== null) work.push(x);
      for (let k = replace || x === null ? i + 1 : i; k < plan.length; k++) work.push(plan[k] as ActionInstance);
    };
    for (let i = 0; i < plan.length; i++) {
      const lo = i === 0 ? -1 : (plan[i - 1] as ActionInstance).startPeriod;
      const hi = i + 1 < plan.length ? (plan[i + 1] as ActionInstance).startPeriod : Infinity;
      const current = plan[i] as ActionInstance;
      const family = familyOf(current.kind);
      for (const x of instances) {
        if (x === current || x.startPeriod <= lo || x.startPeriod >= hi) continue;
        // Replacements near in time, or of the same tool anywhere between its neighbours.
        if (Math.abs(x.startPeriod - current.startPeriod) > IMPROVE_REACH && familyOf(x.kind) !== family) continue;
        if (!followsFirst(plan, i, x)) continue;
        build(i, x, true);
        consider(i);
      }
      build(i, null, false);
      consider(i);
    }
    if (plan.length < maxActions) {
      for (let i = 0; i <= plan.length; i++) {
        const lo = i === 0 ? -1 : (plan[i - 1] as ActionInstance).startPeriod;
        const hi = i < plan.length ? (plan[i] as ActionInstance).startPeriod : Infinity;
        for (const x of instances) {
          if (x.startPeriod <= lo || x.startPeriod >= hi) continue;
          if (!followsFirst(plan, i, x)) continue;
          build(i, x, false);
          consider(i);
        }
      }
    }
    if (improved === null) break;
    best = improved;
  }
  return best;
}
