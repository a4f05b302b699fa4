// OUT-6 deal cycles: weekly, starting at local 00:00 of the rule set's cycle weekday (Monday); a
// submission is reviewed by the review weekday after it (Friday); an approved deal starts at the first
// cycle start after approval and lasts the rule set's duration (14 days). OUT-5: an Outlet sale is
// featured for at most `outletSaleMaxFeaturedWeeks` consecutive weeks.
import type { Instant, OutletKind } from '../catalog/facts.js';
import type { Marketplace } from '../catalog/marketplace.js';
import { addDays, localDay, nextWeeklyStart, startOfLocalDay, timeZoneOf } from '../calendar/calendar.js';
import { ruleSetFor } from '../rules/rules.js';
import type { RuleSet } from '../rules/schema.js';

export type RulesAt = (at: Instant) => RuleSet;

/** The rule set lookup of a marketplace (rules.ts), unless one is given. */
export function rulesFor(marketplace: Marketplace, given?: RulesAt): RulesAt {
  return given ?? ((at) => ruleSetFor(marketplace, at));
}

/** OUT-6: the automatic review happens at the start of the review weekday after submission. */
export function reviewDeadline(submittedAt: Instant, marketplace: Marketplace, rulesAt: RulesAt): Instant {
  const r = rulesAt(submittedAt).outlet;
  return nextWeeklyStart(submittedAt, r.outletReviewResultWeekday, timeZoneOf(marketplace));
}

/** OUT-6: the first cycle start strictly after `approvedAt`. */
export function cycleStartAfter(approvedAt: Instant, marketplace: Marketplace, rulesAt: RulesAt): Instant {
  const r = rulesAt(approvedAt).outlet;
  return nextWeeklyStart(approvedAt, r.outletCycleStartWeekday, timeZoneOf(marketplace));
}

/** OUT-6 / OUT-5: how many local days a deal of `kind` runs. */
export function runDays(kind: OutletKind, rules: RuleSet): number {
  const r = rules.outlet;
  if (kind === 'outlet_sale') return Math.min(r.outletDealDurationDays, r.outletSaleMaxFeaturedWeeks * 7);
  return r.outletDealDurationDays;
}

/** OUT-6: the end of a deal starting at `start` (local midnight `runDays` days later). */
export function scheduledEnd(start: Instant, kind: OutletKind, marketplace: Marketplace, rulesAt: RulesAt): Instant {
  const tz = timeZoneOf(marketplace);
  return startOfLocalDay(addDays(localDay(start, tz), runDays(kind, rulesAt(start))), tz);
}
