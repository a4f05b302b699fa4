// Local improvement of a plan found by the beam (which only extends plans at their end): replacing
// one action by another candidate near it in time (or of the same tool), inserting one, or dropping
// one — the best such change, repeated while it improves the value (search.ts runs it).
import type { CandidateSet } from './candidates.js';
import { followsInOrder } from './constraints.js';
import type { PlanContext } from './context.js';
import { mayFollow } from './follow.js';
import type { RankedPlan } from './search.js';
import { planValue } from './simulate.js';
import { familyOf, type ActionInstance } from './types.js';

/** Whether every action of `plan` from index `from` on may follow the ones before it. */
export function validSequence(
  ctx: PlanContext,
  cands: CandidateSet,
  plan: readonly ActionInstance[],
  from = 0,
): boolean {
  for (let i = from; i < plan.length; i++)
    if (!mayFollow(ctx, cands, plan.slice(0, i), plan[i] as ActionInstance)) return false;
  return true;
}

/** Periods around an action within which the local improvement tries other tools in its place. */
const IMPROVE_REACH = 3;

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
    const consider = (plan: ActionInstance[], changed: number): void => {
      if (!validSequence(ctx, cands, plan, changed)) return;
      const value = planValue(ctx, plan);
      onEvaluate(plan, value);
      if (value > (improved?.value ?? best.value) + 1e-6) improved = { actions: plan, value };
    };
    const plan = best.actions;
    for (let i = 0; i < plan.length; i++) {
      const lo = i === 0 ? -1 : (plan[i - 1] as ActionInstance).startPeriod;
      const hi = i + 1 < plan.length ? (plan[i + 1] as ActionInstance).startPeriod : Infinity;
      const current = plan[i] as ActionInstance;
      for (const x of instances) {
        if (x === current || x.startPeriod <= lo || x.startPeriod >= hi) continue;
        // Replacements near in time, or of the same tool anywhere between its neighbours.
        if (
          Math.abs(x.startPeriod - current.startPeriod) > IMPROVE_REACH &&
          familyOf(x.kind) !== familyOf(current.kind)
        )
          continue;
        if (!followsInOrder(plan.slice(0, i), x)) continue;
        consider([...plan.slice(0, i), x, ...plan.slice(i + 1)], i);
      }
      consider([...plan.slice(0, i), ...plan.slice(i + 1)], i);
    }
    if (plan.length < maxActions) {
      for (let i = 0; i <= plan.length; i++) {
        const lo = i === 0 ? -1 : (plan[i - 1] as ActionInstance).startPeriod;
        const hi = i < plan.length ? (plan[i] as ActionInstance).startPeriod : Infinity;
        for (const x of instances) {
          if (x.startPeriod <= lo || x.startPeriod >= hi) continue;
          if (!followsInOrder(plan.slice(0, i), x)) continue;
          consider([...plan.slice(0, i), x, ...plan.slice(i)], i);
        }
      }
    }
    if (improved === null) break;
    best = improved;
  }
  return best;
}
