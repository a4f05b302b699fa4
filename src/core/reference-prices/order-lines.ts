// Shared helpers of the order-based reference prices (PR-1, PR-2, PR-4, PR-7): window bounds computed
// once per call with the calendar (DEC-3 "past N days" = (asOf − N local days, asOf]), then plain
// epoch-ms comparisons over the sorted order lines — no Temporal per order.
import type { Instant, Minor, OrderLineFact } from '../catalog/facts.js';
import { pastDaysWindow, timeZoneOf } from '../calendar/calendar.js';
import type { Marketplace } from '../catalog/marketplace.js';
import type { RuleSet } from '../rules/schema.js';

const HOUR_MS = 3_600_000;

/** DEC-3: the exclusive start of "the past `days` days" before `at`, in the marketplace's local days. */
export function pastDaysFrom(at: Instant, days: number, marketplace: Marketplace): Instant {
  return pastDaysWindow(at, days, timeZoneOf(marketplace)).fromExclusive;
}

/** RULEBOOK conventions: "not in the past 24 hours" — an instant counts only when ≤ this cutoff. */
export function recentCutoff(at: Instant, ruleSet: RuleSet): Instant {
  return at - ruleSet.referencePrices.referenceRecentExclusionHours * HOUR_MS;
}

/** Index of the first line with `at` > t in lines sorted by `at`. */
export function firstAfter(lines: readonly OrderLineFact[], t: Instant): number {
  let lo = 0;
  let hi = lines.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((lines[mid] as OrderLineFact).at <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The unit price a line was sold at: line total ÷ units, where line total = unit price × units − the
 * line's promotion discount, rounded half up (PR-2 "line total ÷ units"). Null for a pending line
 * (no price) or a line without units.
 */
export function paidUnitPrice(o: OrderLineFact): Minor | null {
  if (o.unitPrice === null || !(o.units > 0)) return null;
  if (o.promotionDiscount === 0) return o.unitPrice;
  const total = o.unitPrice * o.units - o.promotionDiscount;
  if (total <= 0) return 0;
  const q = Math.floor(total / o.units);
  const r = total - q * o.units;
  return r * 2 >= o.units ? q + 1 : q;
}

/** Exact "sold at or above `price` per unit": unit price × units − discount ≥ price × units. */
export function soldAtOrAbove(o: OrderLineFact, price: Minor): boolean {
  if (o.unitPrice === null || !(o.units > 0)) return false;
  return o.unitPrice * o.units - o.promotionDiscount >= price * o.units;
}

/** A reference to an order line that supports a reference price (PR-7). */
export interface OrderRef {
  readonly orderId: string;
  readonly line: number;
  readonly sku: string;
  readonly at: Instant;
  readonly units: number;
  /** paidUnitPrice of the line. */
  readonly unitPrice: Minor;
}

export function orderRef(o: OrderLineFact): OrderRef {
  return { orderId: o.orderId, line: o.line, sku: o.sku, at: o.at, units: o.units, unitPrice: paidUnitPrice(o) ?? 0 };
}

/**
 * The k-th smallest (0-based) of `a`, rearranging `a` so that a[0..k) ≤ a[k] ≤ a(k..]: Hoare's
 * selection with a median-of-three pivot, O(n) expected — the median of a 90-day window is asked for
 * every ASIN and every timeline day, where a full sort dominated the time.
 */
function selectKth(a: Float64Array, k: number): number {
  let lo = 0;
  let hi = a.length - 1;
  while (hi > lo) {
    const mid = (lo + hi) >>> 1;
    // Order a[lo] ≤ a[mid] ≤ a[hi] so the pivot is their median.
    if ((a[mid] as number) < (a[lo] as number)) swap(a, mid, lo);
    if ((a[hi] as number) < (a[lo] as number)) swap(a, hi, lo);
    if ((a[hi] as number) < (a[mid] as number)) swap(a, hi, mid);
    const pivot = a[mid] as number;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while ((a[i] as number) < pivot) i++;
      while ((a[j] as number) > pivot) j--;
      if (i <= j) {
        swap(a, i, j);
        i++;
        j--;
      }
    }
    // a[lo..j] ≤ pivot ≤ a[i..hi]; between them (j < x < i) every value equals the pivot.
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return a[k] as number;
  }
  return a[k] as number;
}

function swap(a: Float64Array, i: number, j: number): void {
  const t = a[i] as number;
  a[i] = a[j] as number;
  a[j] = t;
}

/** Median of values (left unchanged); an even count gives the mean of the middle two, half up (PR-2). */
export function medianHalfUp(values: readonly number[]): number | null {
  const n = values.length;
  if (n === 0) return null;
  const a = Float64Array.from(values); // minor units are safe integers: exact as doubles
  const mid = n >>> 1;
  const upper = selectKth(a, mid);
  if (n % 2 === 1) return upper;
  let lower = a[0] as number; // the largest of a[0..mid), all ≤ upper after the selection
  for (let i = 1; i < mid; i++) if ((a[i] as number) > lower) lower = a[i] as number;
  const sum = lower + upper;
  return Math.floor(sum / 2) + (sum % 2 === 0 ? 0 : 1); // values ≥ 0: x.5 rounds up
}
