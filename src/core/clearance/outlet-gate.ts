// When the plan may run an Outlet deal or sale (OUT-1, OUT-2, OUT-6), from core/outlet's eligibility
// as of the plan's start: a criterion that time cures moves the earliest submission instead of
// ruling Outlet out — the cool-down after the last Outlet deal (OUT-2h, until its date), a deal live
// now (OUT-2g, until it ends; the plan's own sequence never overlaps one) and the age of the stock
// (OUT-2a, until the oldest units reach the minimum age). The earliest start is then the first cycle
// start after the review of a submission made that day (OUT-6). Any other failed criterion (seller
// plan or rating, stock, sales history, condition, rating, Subscribe & Save, images) rules Outlet
// out for the plan, with the criteria as the reasons.
import type { Instant } from '../catalog/facts.js';
import { minusLocalDays, startOfLocalDay } from '../calendar/calendar.js';
import { ruleIssue, type RuleIssue } from '../messages/messages.js';
import { outletEligibility } from '../outlet/eligibility.js';
import { dealsAt } from '../outlet/lifecycle.js';
import '../outlet/messages.js';
import { cycleStartAfter, reviewDeadline } from '../outlet/schedule.js';
import { foldContextOf } from '../outlet/tick.js';
import type { OutletFacts } from '../outlet/types.js';
import type { PlanContext } from './context.js';

const CURED_BY_TIME = new Set(['OUTLET_COOLDOWN', 'OUTLET_RECENT_DEAL', 'OUTLET_IN_OTHER_DEAL', 'OUTLET_NOT_AGED']);

export interface OutletGate {
  /** The earliest Outlet start; null when Outlet is ruled out for the plan. */
  readonly from: Instant | null;
  /** Why it is ruled out or delayed (the failed criteria). */
  readonly issues: readonly RuleIssue[];
}

export function outletFactsOf(ctx: PlanContext): OutletFacts {
  return {
    facts: ctx.input.facts,
    account: ctx.input.account,
    offers: ctx.input.offers,
    lots: ctx.input.lots,
    shipments: ctx.input.shipments,
    seller: ctx.input.seller,
    pricingRules: ctx.input.pricingRules,
    events: ctx.input.outletEvents,
    rulesAt: ctx.ruleSetAt,
  };
}

export function outletGate(ctx: PlanContext): OutletGate {
  const f = outletFactsOf(ctx);
  const deals = dealsAt(f.events, ctx.asOf, foldContextOf(f));
  const e = outletEligibility(f, ctx.sku, ctx.asOf, { deals });
  const failed = e.criteria.filter((c) => !c.ok);
  const issues = failed.map((c) => ruleIssue(c.code, c.rule, c.values));
  if (failed.some((c) => !CURED_BY_TIME.has(c.code))) return { from: null, issues };
  const tz = ctx.timeZone;
  let submit = ctx.asOf;
  for (const c of failed) {
    if (c.code === 'OUTLET_COOLDOWN' && typeof c.value === 'string') {
      submit = Math.max(submit, startOfLocalDay(c.value, tz));
    } else if (c.code === 'OUTLET_IN_OTHER_DEAL') {
      for (const p of ctx.input.facts.promotions)
        if (p.start <= ctx.asOf && ctx.asOf < p.end) submit = Math.max(submit, p.end);
    } else if (c.code === 'OUTLET_NOT_AGED') {
      const minDays = ctx.ruleSetAt(ctx.asOf).outlet.outletMinAgedDays;
      const oldest = Math.min(...ctx.layers.map((l) => l.received));
      if (!Number.isFinite(oldest)) return { from: null, issues };
      submit = Math.max(submit, minusLocalDays(oldest, -minDays, tz));
    }
  }
  const from = cycleStartAfter(reviewDeadline(submit, ctx.marketplace, ctx.ruleSetAt), ctx.marketplace, ctx.ruleSetAt);
  return { from, issues };
}
