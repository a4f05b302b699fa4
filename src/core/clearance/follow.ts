// The rules that tie a candidate action to the plan's actions before it, asked while the planner
// searches (constraints.ts holds the rules themselves): order, the price chain its predecessors leave
// (PM-10 → PM-2/3/4), Lightning Deal spacing (PM-3), the Outlet cool-down (OUT-2h) and the
// promotion-day budget (PM-9).
import type { Instant, Minor } from '../catalog/facts.js';
import { localDay } from '../calendar/calendar.js';
import { ruleIssue, type RuleIssue } from '../messages/messages.js';
import { formatMoney } from '../money/money.js';
import type { CandidateSet } from './candidates.js';
import { followsInOrder, lightningDealsSpaced, outletCooledDown } from './constraints.js';
import type { PlanContext } from './context.js';
import { CLEARANCE } from './messages.js';
import type { ActionInstance } from './types.js';

// The promotional days of a partial plan, flattened once per plan (the search asks it for every
// candidate follower of the same plan).
const rangesCache = new WeakMap<readonly ActionInstance[], (readonly [number, number])[]>();

function promoRangesOf(prev: readonly ActionInstance[]): (readonly [number, number])[] {
  let list = rangesCache.get(prev);
  if (list === undefined) {
    list = [];
    for (const a of prev) for (const r of a.promoDays) list.push(r);
    rangesCache.set(prev, list);
  }
  return list;
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
      return ruleIssue(
        CLEARANCE.PLAN_CHAIN_ABOVE_MAX,
        c.kind === 'ped' ? 'PM-2' : c.kind === 'best_deal' ? 'PM-4' : 'PM-3',
        {
          after: after === null ? '-' : localDay(after, ctx.timeZone),
          low: money(low),
          kind: c.kind,
          max: money(max),
          price: money(c.price),
        },
      );
    }
  }
  const rs = ctx.ruleSetAt(next.start);
  if (next.lightningDeal !== null) {
    for (const a of prev) {
      if (
        a.lightningDeal !== null &&
        !lightningDealsSpaced(a.lightningDeal, next.lightningDeal, rs.promotions.ldMinGapDays, ctx.timeZone)
      ) {
        return false;
      }
    }
  }
  if (next.outlet !== null) {
    for (const a of prev) {
      if (
        a.outlet !== null &&
        !outletCooledDown(a.outlet.end, next.outlet.start, rs.outlet.outletCooldownAfterDealDays, ctx.timeZone)
      ) {
        return false;
      }
    }
  }
  if (next.promoDays.length > 0 && cands.budget.check(next.promoDays, promoRangesOf(prev)) !== null) return false;
  return null;
}

export function mayFollow(
  ctx: PlanContext,
  cands: CandidateSet,
  prev: readonly ActionInstance[],
  next: ActionInstance,
): boolean {
  return followIssue(ctx, cands, prev, next) === null;
}
