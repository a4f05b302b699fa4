// The rules that tie an action to its predecessors in a plan (and to the stored promotions), checked
// while the planner searches — the exact check of every submitted promotion with checkPromotion as of
// its start comes after (validate.ts):
// - PM-10 / PR-6 price chain: a Lightning Deal, Best Deal or PED must stay under the 30-day lowest net
//   price its predecessors leave (max-price.ts solved at the lower low);
// - PM-3: two Lightning Deals ≥ ldMinGapDays local days apart, end to start;
// - OUT-2h: no Outlet deal within outletCooldownAfterDealDays after the last one ended;
// - PM-9: promotional days ≤ promoDayBudgetMaxPct of any promoDayBudgetWindowDays days and ≤
//   promoDayBudgetShortMaxDays of any promoDayBudgetShortWindowDays days (a warning for a single
//   promotion in checkPromotion; the planner never proposes a plan that exceeds it);
// - order: nothing after a disposal; after a markdown only a deeper markdown stage or a disposal (a
//   cut standard price moves the references every later deal is measured against).
import type { Instant } from '../catalog/facts.js';
import { minusLocalDays } from '../calendar/calendar.js';
import { formatDayNumber } from '../calendar/civil.js';
import { mulDivFloor, percentToBasisPoints } from '../money/money.js';
import type { PromotionsRules } from '../rules/schema.js';
import type { ActionInstance } from './types.js';

/** PM-9 promotional-day flags over a range of local day numbers, with the stored promotions' days. */
export class PromoDayBudget {
  private readonly flags: Uint8Array;
  private readonly budgets: { windowDays: number; max: number }[];

  constructor(
    private readonly from: number,
    private readonly to: number,
    base: Iterable<number>,
    rules: PromotionsRules,
  ) {
    this.flags = new Uint8Array(to - from + 1);
    for (const d of base) if (d >= from && d <= to) this.flags[d - from] = 1;
    this.budgets = [
      {
        windowDays: rules.promoDayBudgetWindowDays,
        max: mulDivFloor(rules.promoDayBudgetWindowDays, percentToBasisPoints(rules.promoDayBudgetMaxPct), 10_000),
      },
      { windowDays: rules.promoDayBudgetShortWindowDays, max: rules.promoDayBudgetShortMaxDays },
    ];
  }

  /** Whether adding the day ranges (beside `others` already planned) keeps every window containing one
   *  of their days within budget; the first budget broken otherwise. */
  check(
    ranges: readonly (readonly [number, number])[],
    others: readonly (readonly [number, number])[] = [],
  ): { windowDays: number; max: number; days: number; from: string; to: string } | null {
    if (ranges.length === 0) return null;
    const extra = new Set<number>();
    let lo = Infinity;
    let hi = -Infinity;
    for (const [a, b] of ranges) {
      for (let d = a; d <= b; d++) extra.add(d);
      lo = Math.min(lo, a);
      hi = Math.max(hi, b);
    }
    for (const [a, b] of others) for (let d = a; d <= b; d++) extra.add(d);
    const flag = (d: number): number =>
      extra.has(d) ? 1 : d >= this.from && d <= this.to ? (this.flags[d - this.from] as number) : 0;
    for (const { windowDays, max } of this.budgets) {
      // Sliding window over [lo − w + 1, hi + w − 1].
      let count = 0;
      const first = lo - windowDays + 1;
      for (let d = first; d < first + windowDays; d++) count += flag(d);
      for (let s = first; s <= hi; s++) {
        if (s > first) count += flag(s + windowDays - 1) - flag(s - 1);
        if (count > max) {
          return { windowDays, max, days: count, from: formatDayNumber(s), to: formatDayNumber(s + windowDays - 1) };
        }
      }
    }
    return null;
  }
}

/** PM-3: whether two Lightning Deals are far enough apart (end of the first to start of the second). */
export function lightningDealsSpaced(
  a: { start: Instant; end: Instant },
  b: { start: Instant; end: Instant },
  minDays: number,
  timeZone: string,
): boolean {
  const [first, second] = a.start <= b.start ? [a, b] : [b, a];
  return second.start >= minusLocalDays(first.end, -minDays, timeZone);
}

/** OUT-2h: whether an Outlet run may start at `start` after one that ended at `end`. */
export function outletCooledDown(end: Instant, start: Instant, cooldownDays: number, timeZone: string): boolean {
  return start >= minusLocalDays(end, -cooldownDays, timeZone);
}

/** Whether `next` may follow the plan's actions so far in sequence (order and overlap only). */
export function followsInOrder(prev: readonly ActionInstance[], next: ActionInstance): boolean {
  const last = prev[prev.length - 1];
  if (last === undefined) return true;
  // A markdown or a transfer runs to the horizon's end unless a successor replaces it.
  const free = last.untilEnd ? last.startPeriod + 1 : last.endPeriod;
  if (last.terminal || next.startPeriod < free) return false;
  if (last.kind === 'transfer' && !next.terminal) return false;
  const markdown = prev.find((a) => a.kind === 'markdown');
  if (markdown !== undefined) {
    if (next.terminal) return true;
    if (next.kind !== 'markdown') return false;
    return (next.markdownStage ?? 0) > (last.markdownStage ?? 0) && (next.price ?? 0) < (last.price ?? 0);
  }
  return true;
}
