// The exact check of a plan: every promotion it would submit, in order, through checkPromotion as of
// its start (DEC-3) — on the facts known at the as-of instant plus the plan's earlier promotions as
// planned promotions (what `clearway promo check` would say of each once the earlier ones are
// stored). A plan passes when no promotion has an error and none would make a stored planned
// promotion fail (PM-10 blocks). The reference prices as of a later start see only the orders known
// now: a SKU whose Was Price rests on few recent orders may lose it by then, and the plan says so.
import type { PromotionFact } from '../catalog/facts.js';
import type { RuleIssue } from '../messages/messages.js';
import { checkPromotion } from '../promotions/check.js';
import type { PromotionCheck } from '../promotions/types.js';
import type { AsinFacts } from '../reference-prices/asin-facts.js';
import type { PlanContext } from './context.js';
import type { SimResult } from './simulate.js';
import type { ActionInstance } from './types.js';

export interface PromotionVerdict {
  readonly action: number;
  readonly promotion: PromotionFact;
  readonly check: PromotionCheck;
}

export interface PlanVerdict {
  readonly ok: boolean;
  /** The first action with an error, and the errors (PM-10 blocks included). */
  readonly failedAction: number | null;
  readonly errors: readonly RuleIssue[];
  readonly verdicts: readonly PromotionVerdict[];
}

/** Checks already made for one SKU, by promotion and the planned promotions before it. */
export type CheckCache = Map<string, PromotionCheck>;

/** Checks every promotion of the plan as of its start (see the header). Plans that share their first
 *  actions share those checks through `cache` (the fee estimate, which depends on the units, aside:
 *  a cached check is reused only for the same expected daily units). */
export function checkPlanExactly(
  ctx: PlanContext,
  plan: readonly ActionInstance[],
  sim: SimResult,
  cache: CheckCache = new Map(),
): PlanVerdict {
  const base = ctx.input.facts;
  const verdicts: PromotionVerdict[] = [];
  const all = plan.flatMap((a, i) => a.promotions.map((q) => ({ q, i })));
  if (all.length === 0) return { ok: true, failedAction: null, errors: [], verdicts };
  const planned: PromotionFact[] = [];
  for (const { q, i } of all) {
    const action = plan[i] as ActionInstance;
    const days = Math.max(1, action.days);
    const units = sim.actions[i]?.units ?? 0;
    const key = `${q.id}|${units / days}|${planned.map((x) => x.id).join(',')}`;
    let check = cache.get(key);
    if (check === undefined) {
      const facts: AsinFacts = { ...base, promotions: [...base.promotions, ...planned] };
      check = checkPromotion(q, {
        facts,
        ruleSet: ctx.ruleSetAt(q.start),
        product: ctx.product,
        expectedDailyUnits: units / days,
        offers: ctx.input.offers,
        ruleSetAt: ctx.ruleSetAt,
      });
      cache.set(key, check);
    }
    verdicts.push({ action: i, promotion: q, check });
    const errors = [...check.errors, ...check.blocks.flatMap((b) => b.errors)];
    if (errors.length > 0) return { ok: false, failedAction: i, errors, verdicts };
    planned.push(q);
  }
  return { ok: true, failedAction: null, errors: [], verdicts };
}
