// The exact check of a plan: every promotion it would submit, in order, through checkPromotion as of
// its start (DEC-3) — on the facts plus the plan's earlier promotions as planned promotions, and plus
// the orders the plan expects before that start as planned order lines (one line a day: at the
// regular price on plain days, tagged with the promotion on its days), so that the Was Price and List
// Price validation as of a later start see the sales the plan itself expects. A plan passes when no
// promotion has an error and none would make a stored planned promotion fail (PM-10 blocks).
import type { Instant, OrderLineFact, PromotionFact } from '../catalog/facts.js';
import { formatDayNumber } from '../calendar/civil.js';
import { startOfLocalDay } from '../calendar/calendar.js';
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

/** The plan's expected order lines before `until` (see the header). */
export function expectedOrders(ctx: PlanContext, plan: readonly ActionInstance[], sim: SimResult, until: Instant): OrderLineFact[] {
  const out: OrderLineFact[] = [];
  const regular = ctx.regularPrice;
  if (regular === null) return out;
  let carry = 0;
  for (const period of ctx.periods) {
    const perDay = (sim.soldByPeriod[period.index] ?? 0) / period.days;
    for (let d = 0; d < period.days; d++) {
      const day = period.startDay + d;
      const at = startOfLocalDay(formatDayNumber(ctx.day0Number + day), ctx.timeZone) + 12 * 3_600_000;
      if (at >= until) return out;
      carry += perDay;
      const units = Math.floor(carry);
      if (units < 1) continue;
      carry -= units;
      const live = plan.find((a) => !a.terminal && a.start <= at && at < a.end);
      const promotions = live?.promotions.filter((q) => q.start <= at && at < q.end) ?? [];
      const price = live?.kind === 'markdown' && live.price !== null ? live.price : regular;
      out.push({
        orderId: `plan-order:${ctx.sku}:${day}`,
        line: 1,
        sku: ctx.sku,
        marketplace: ctx.marketplace,
        at,
        units,
        unitPrice: price,
        currency: ctx.currency,
        promotionIds: promotions.map((q) => q.id),
        promotionDiscount: 0,
        b2b: false,
        subscribeAndSave: false,
        cancelled: false,
        channel: 'fba',
      });
    }
  }
  return out;
}

/** Checks every promotion of the plan as of its start (see the header). */
export function checkPlanExactly(ctx: PlanContext, plan: readonly ActionInstance[], sim: SimResult): PlanVerdict {
  const base = ctx.input.facts;
  const verdicts: PromotionVerdict[] = [];
  const all = plan.flatMap((a, i) => a.promotions.map((q) => ({ q, i })));
  if (all.length === 0) return { ok: true, failedAction: null, errors: [], verdicts };
  const lastStart = Math.max(...all.map((x) => x.q.start));
  const expected = expectedOrders(ctx, plan, sim, lastStart);
  const planned: PromotionFact[] = [];
  for (const { q, i } of all) {
    const orders = [...base.orders, ...expected.filter((o) => o.at < q.start)].sort((a, b) => a.at - b.at);
    const facts: AsinFacts = { ...base, orders, promotions: [...base.promotions, ...planned] };
    const action = plan[i] as ActionInstance;
    const days = Math.max(1, action.days);
    const units = sim.actions[i]?.units ?? 0;
    const check = checkPromotion(q, {
      facts,
      ruleSet: ctx.ruleSetAt(q.start),
      product: ctx.product,
      expectedDailyUnits: units / days,
      offers: ctx.input.offers,
      ruleSetAt: ctx.ruleSetAt,
    });
    verdicts.push({ action: i, promotion: q, check });
    const errors = [...check.errors, ...check.blocks.flatMap((b) => b.errors)];
    if (errors.length > 0) return { ok: false, failedAction: i, errors, verdicts };
    planned.push(q);
  }
  return { ok: true, failedAction: null, errors: [], verdicts };
}
