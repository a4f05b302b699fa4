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
  /** prefix[i] = stored promotional days in [from, from + i). */
  private readonly prefix: Int32Array;
  /** The stored promotional days as runs [first, last]. */
  private readonly baseRuns: [number, number][] = [];
  private readonly budgets: { windowDays: number; max: number }[];

  constructor(
    private readonly from: number,
    private readonly to: number,
    base: Iterable<number>,
    rules: PromotionsRules,
  ) {
    const flags = new Uint8Array(to - from + 1);
    for (const d of base) if (d >= from && d <= to) flags[d - from] = 1;
    this.prefix = new Int32Array(flags.length + 1);
    for (let i = 0; i < flags.length; i++) this.prefix[i + 1] = (this.prefix[i] as number) + (flags[i] as number);
    for (let i = 0; i < flags.length; i++) {
      if (flags[i] === 1 && (i === 0 || flags[i - 1] === 0)) this.baseRuns.push([from + i, from + i]);
      if (flags[i] === 1) (this.baseRuns[this.baseRuns.length - 1] as [number, number])[1] = from + i;
    }
    this.budgets = [
      {
        windowDays: rules.promoDayBudgetWindowDays,
        max: mulDivFloor(rules.promoDayBudgetWindowDays, percentToBasisPoints(rules.promoDayBudgetMaxPct), 10_000),
      },
      { windowDays: rules.promoDayBudgetShortWindowDays, max: rules.promoDayBudgetShortMaxDays },
    ];
  }

  /** Stored promotional days in [a, b]. */
  private base(a: number, b: number): number {
    const lo = Math.max(a, this.from);
    const hi = Math.min(b, this.to);
    if (hi < lo) return 0;
    return (this.prefix[hi - this.from + 1] as number) - (this.prefix[lo - this.from] as number);
  }

  /** Stored plus planned days near [lo, hi] within `w` − 1 days (check's quick bound), without allocating. */
  private nearCount(
    lo: number,
    hi: number,
    w: number,
    ranges: readonly (readonly [number, number])[],
    plan: readonly { readonly promoDays: readonly (readonly [number, number])[] }[],
    n: number,
  ): number {
    const from = lo - w + 1;
    const to = hi + w - 1;
    let count = this.base(from, to);
    for (let k = 0; k < ranges.length; k++) {
      const r = ranges[k] as readonly [number, number];
      const p = r[0] > from ? r[0] : from;
      const q = r[1] < to ? r[1] : to;
      if (q >= p) count += q - p + 1;
    }
    for (let i = 0; i < n; i++) {
      const days = (plan[i] as { readonly promoDays: readonly (readonly [number, number])[] }).promoDays;
      for (let k = 0; k < days.length; k++) {
        const r = days[k] as readonly [number, number];
        const p = r[0] > from ? r[0] : from;
        const q = r[1] < to ? r[1] : to;
        if (q >= p) count += q - p + 1;
      }
    }
    return count;
  }

  /** check(ranges, the promotional days of the first `n` actions of `plan`) === null, with the quick
   *  bound computed in place (the search asks it per (partial plan, candidate) pair). */
  fitsAfter(
    ranges: readonly (readonly [number, number])[],
    plan: readonly { readonly promoDays: readonly (readonly [number, number])[] }[],
    n: number,
  ): boolean {
    if (ranges.length === 0) return true;
    let lo = Infinity;
    let hi = -Infinity;
    for (let k = 0; k < ranges.length; k++) {
      const r = ranges[k] as readonly [number, number];
      if (r[0] < lo) lo = r[0];
      if (r[1] > hi) hi = r[1];
    }
    let quick = true;
    for (let b = 0; b < this.budgets.length && quick; b++) {
      const w = this.budgets[b] as { windowDays: number; max: number };
      if (this.nearCount(lo, hi, w.windowDays, ranges, plan, n) > w.max) quick = false;
    }
    if (quick) return true;
    const others: (readonly [number, number])[] = [];
    for (let i = 0; i < n; i++)
      for (const r of (plan[i] as { promoDays: readonly (readonly [number, number])[] }).promoDays) others.push(r);
    return this.check(ranges, others) === null;
  }

  /** Whether adding the day ranges (beside `others` already planned) keeps every window containing one
   *  of their days within budget; the first budget broken otherwise. Planned ranges do not overlap
   *  each other (a plan's actions follow one another); overlaps are merged anyway. */
  check(
    ranges: readonly (readonly [number, number])[],
    others: readonly (readonly [number, number])[] = [],
  ): { windowDays: number; max: number; days: number; from: string; to: string } | null {
    if (ranges.length === 0) return null;
    let lo = Infinity;
    let hi = -Infinity;
    for (const [a, b] of ranges) {
      lo = Math.min(lo, a);
      hi = Math.max(hi, b);
    }
    // Quick bound: the stored days near the new ones plus every planned day near them fit every budget.
    const near = (w: number): number => {
      let n = this.base(lo - w + 1, hi + w - 1);
      for (const list of [ranges, others]) {
        for (const [a, b] of list) {
          const p = Math.max(a, lo - w + 1);
          const q = Math.min(b, hi + w - 1);
          if (q >= p) n += q - p + 1;
        }
      }
      return n;
    };
    if (this.budgets.every((w) => near(w.windowDays) <= w.max)) return null;
    const merged = mergeRanges([...ranges, ...others]);
    const count = (a: number, b: number): number => {
      let n = this.base(a, b);
      for (const [x, y] of merged) {
        const p = Math.max(a, x);
        const q = Math.min(b, y);
        if (q >= p) n += q - p + 1 - this.base(p, q);
      }
      return n;
    };
    for (const { windowDays, max } of this.budgets) {
      // Quick bound: every day that any window through the new days could hold.
      const first = lo - windowDays + 1;
      if (count(first, hi + windowDays - 1) <= max) continue;
      // The count of a sliding window changes slope only where it meets a run's edge: the fullest
      // window starts at a run's first day or ends at a run's last day.
      const starts: number[] = [];
      for (const [a, b] of [...merged, ...this.baseRuns]) {
        if (b < first || a > hi + windowDays - 1) continue;
        starts.push(a, b - windowDays + 1);
      }
      for (const raw of starts) {
        const start = Math.min(Math.max(raw, first), hi);
        const days = count(start, start + windowDays - 1);
        if (days > max) {
          return { windowDays, max, days, from: formatDayNumber(start), to: formatDayNumber(start + windowDays - 1) };
        }
      }
    }
    return null;
  }
}

function mergeRanges(ranges: readonly (readonly [number, number])[]): [number, number][] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const [a, b] of sorted) {
    const last = out[out.length - 1];
    if (last !== undefined && a <= last[1] + 1) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
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
