// The rules that tie a candidate action to the plan's actions before it, asked while the planner
// searches (constraints.ts holds the rules themselves): order, the price chain its predecessors leave
// (PM-10 → PM-2/3/4), Lightning Deal spacing (PM-3), the Outlet cool-down (OUT-2h) and the
// promotion-day budget (PM-9).
//
// Speed (issue 6): the search asks this for every (partial plan, candidate) pair, ~3,500 times per SKU.
// The rule set of an action is the one of its start period (ctx.periodRules, no rules lookup), the
// "n local days after" instants of PM-3 / OUT-2h are memoised per context (no calendar call in the
// loop), and the predecessors are the first `n` actions of a plan (no slices). Measured with improve.ts's
// incremental evaluation (same plans, 100 synthetic SKUs, best of 8 runs at load ~7 on 2 cores):
// beamSearch 13.6 → 11.2 ms per SKU in excess.
import type { Instant, Minor } from '../catalog/facts.js';
import { localDay, minusLocalDays } from '../calendar/calendar.js';
import { ruleIssue, type RuleIssue } from '../messages/messages.js';
import { formatMoney } from '../money/money.js';
import type { RuleSet } from '../rules/schema.js';
import type { CandidateSet } from './candidates.js';
import type { PlanContext } from './context.js';
import { CLEARANCE } from './messages.js';
import type { ActionInstance } from './types.js';

/** The rule set as of an action's start (its start period's when it starts there, as the grid's do). */
export function rulesOf(ctx: PlanContext, a: ActionInstance): RuleSet {
  const p = ctx.periods[a.startPeriod];
  if (p !== undefined && p.start === a.start) {
    const rs = ctx.periodRules[a.startPeriod];
    if (rs !== undefined) return rs;
  }
  return ctx.ruleSetAt(a.start);
}

// minusLocalDays(at, -n, tz) memoised per context: few distinct deal ends repeat across the search.
const shiftCache = new WeakMap<PlanContext, Map<number, Instant>>();

function localDaysAfter(ctx: PlanContext, at: Instant, n: number): Instant {
  if (!(n >= 0 && n < 1024 && Number.isInteger(n))) return minusLocalDays(at, -n, ctx.timeZone);
  let m = shiftCache.get(ctx);
  if (m === undefined) {
    m = new Map();
    shiftCache.set(ctx, m);
  }
  const key = at * 1024 + n;
  let v = m.get(key);
  if (v === undefined) {
    v = minusLocalDays(at, -n, ctx.timeZone);
    m.set(key, v);
  }
  return v;
}

/** PM-3 as constraints.ts lightningDealsSpaced, with the memoised day arithmetic. */
function ldSpaced(
  ctx: PlanContext,
  a: { start: Instant; end: Instant },
  b: { start: Instant; end: Instant },
  minDays: number,
): boolean {
  return a.start <= b.start
    ? b.start >= localDaysAfter(ctx, a.end, minDays)
    : a.start >= localDaysAfter(ctx, b.end, minDays);
}

/** constraints.ts followsInOrder over the first `n` actions of `plan`. */
export function followsFirst(plan: readonly ActionInstance[], n: number, next: ActionInstance): boolean {
  if (n === 0) return true;
  const last = plan[n - 1] as ActionInstance;
  // A markdown or a transfer runs to the horizon's end unless a successor replaces it.
  const free = last.untilEnd ? last.startPeriod + 1 : last.endPeriod;
  if (last.terminal || next.startPeriod < free) return false;
  if (last.kind === 'transfer' && !next.terminal) return false;
  let markdown = false;
  for (let i = 0; i < n; i++) {
    if ((plan[i] as ActionInstance).kind === 'markdown') {
      markdown = true;
      break;
    }
  }
  if (markdown) {
    if (next.terminal) return true;
    if (next.kind !== 'markdown') return false;
    return (next.markdownStage ?? 0) > (last.markdownStage ?? 0) && (next.price ?? 0) < (last.price ?? 0);
  }
  return true;
}

/**
 * Why `next` may not follow the first `n` actions of `plan` (null: it may; false: it may not, without
 * the why unless `explain`): order, the price chain its predecessors leave (PM-10 → PM-2/3/4),
 * Lightning Deal spacing (PM-3), the Outlet cool-down (OUT-2h) and the promotion-day budget (PM-9).
 */
export function followIssueAt(
  ctx: PlanContext,
  cands: CandidateSet,
  plan: readonly ActionInstance[],
  n: number,
  next: ActionInstance,
  explain = false,
): RuleIssue | null | false {
  if (!followsFirst(plan, n, next)) return false;
  if (n === 0) return null;
  const checks = next.lowChecks;
  for (let k = 0; k < checks.length; k++) {
    const c = checks[k] as (typeof checks)[number];
    const from = c.windowFrom;
    const history = cands.historyLow[c.period] ?? null;
    let low = history;
    let after: Instant | null = null;
    for (let i = 0; i < n; i++) {
      const chain = (plan[i] as ActionInstance).chain;
      for (let j = 0; j < chain.length; j++) {
        const ch = chain[j] as (typeof chain)[number];
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
  if (next.lightningDeal !== null || next.outlet !== null) {
    const rs = rulesOf(ctx, next);
    if (next.lightningDeal !== null) {
      const gap = rs.promotions.ldMinGapDays;
      for (let i = 0; i < n; i++) {
        const ld = (plan[i] as ActionInstance).lightningDeal;
        if (ld !== null && !ldSpaced(ctx, ld, next.lightningDeal, gap)) return false;
      }
    }
    if (next.outlet !== null) {
      // OUT-2h (constraints.ts outletCooledDown).
      const cool = rs.outlet.outletCooldownAfterDealDays;
      for (let i = 0; i < n; i++) {
        const o = (plan[i] as ActionInstance).outlet;
        if (o !== null && !(next.outlet.start >= localDaysAfter(ctx, o.end, cool))) return false;
      }
    }
  }
  if (next.promoDays.length > 0 && !cands.budget.fitsAfter(next.promoDays, plan, n)) return false;
  return null;
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
  return followIssueAt(ctx, cands, prev, prev.length, next, explain);
}

export function mayFollow(
  ctx: PlanContext,
  cands: CandidateSet,
  prev: readonly ActionInstance[],
  next: ActionInstance,
): boolean {
  return followIssueAt(ctx, cands, prev, prev.length, next) === null;
}

/** Whether `next` may follow the first `n` actions of `plan`. */
export function mayFollowAt(
  ctx: PlanContext,
  cands: CandidateSet,
  plan: readonly ActionInstance[],
  n: number,
  next: ActionInstance,
): boolean {
  return followIssueAt(ctx, cands, plan, n, next) === null;
}
