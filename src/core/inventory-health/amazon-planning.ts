// What Amazon's FBA Inventory planning report (AMAZON-REPORTS.md B.2) adds to the excess view when
// clearway has no lots of a SKU: its age buckets (and lots rebuilt from them for the holding cost), and
// Amazon's own recommendation, shown beside clearway's.
import type { Instant, Minor, PlanningRowFact } from '../catalog/facts.js';
import { localDay, startOfLocalDay } from '../calendar/calendar.js';
import { formatDayNumber, parseLocalDay } from '../calendar/civil.js';
import type { AgeBuckets, Lot } from './stock-position.js';

/** Amazon's recommendation columns of the latest planning row (recommended-action, …). */
export interface AmazonRecommendation {
  readonly action: string | null;
  readonly salesPrice: Minor | null;
  readonly excessQuantity: number | null;
  readonly saleDurationDays: number | null;
  readonly removalQuantity: number | null;
  readonly estimatedCostSavings: Minor | null;
  /** The report's snapshot instant. */
  readonly at: Instant;
}

export function amazonRecommendationOf(row: PlanningRowFact | null): AmazonRecommendation | null {
  if (row === null) return null;
  return {
    action: row.recommendedAction,
    salesPrice: row.recommendedSalesPrice,
    excessQuantity: row.estimatedExcessQuantity,
    saleDurationDays: row.recommendedSaleDurationDays,
    removalQuantity: row.recommendedRemovalQuantity,
    estimatedCostSavings: row.estimatedCostSavings,
    at: row.at,
  };
}

/** The youngest age of each of Amazon's buckets and its units (2026 rows split 365+ into 366–455 / 456+). */
function bucketsWithAges(row: PlanningRowFact): { minAge: number; units: number }[] | null {
  const head = [row.age0To90, row.age91To180, row.age181To270, row.age271To365];
  if (head.every((v) => v === null)) return null;
  const split = row.age366To455 !== null || row.age456Plus !== null;
  const tail = split
    ? [
        { minAge: 366, units: row.age366To455 ?? 0 },
        { minAge: 456, units: row.age456Plus ?? 0 },
      ]
    : [{ minAge: 366, units: row.age365Plus ?? 0 }];
  return [
    { minAge: 0, units: head[0] ?? 0 },
    { minAge: 91, units: head[1] ?? 0 },
    { minAge: 181, units: head[2] ?? 0 },
    { minAge: 271, units: head[3] ?? 0 },
    ...tail,
  ];
}

/** Amazon's age buckets of the row, in clearway's bucket names; null when the row has none. */
export function planningAgeBuckets(row: PlanningRowFact | null): AgeBuckets | null {
  if (row === null) return null;
  const b = bucketsWithAges(row);
  if (b === null) return null;
  const over365 = b.slice(4).reduce((n, x) => n + x.units, 0);
  return {
    '0-90': b[0]?.units ?? 0,
    '91-180': b[1]?.units ?? 0,
    '181-270': b[2]?.units ?? 0,
    '271-365': b[3]?.units ?? 0,
    '365+': over365,
  };
}

/**
 * Lots rebuilt from the row's buckets, each bucket's units taken at its YOUNGEST age on the row's age
 * day (a lower bound of their age, so of the aged surcharge), matched to `onHand`: units beyond it come
 * off the oldest (FIFO), missing units are added as received on the as-of day. Null without buckets.
 */
export function planningLots(row: PlanningRowFact, onHand: number, at: Instant, timeZone: string): Lot[] | null {
  const b = bucketsWithAges(row);
  if (b === null) return null;
  const ageDay = parseLocalDay(row.ageDay ?? localDay(row.at, timeZone));
  const lots = b
    .filter((x) => x.units > 0)
    .map((x) => ({ received: startOfLocalDay(formatDayNumber(ageDay - x.minAge), timeZone), units: x.units }))
    .sort((x, y) => x.received - y.received);
  let surplus = lots.reduce((n, l) => n + l.units, 0) - onHand;
  for (const lot of lots) {
    if (surplus <= 0) break;
    const taken = Math.min(lot.units, surplus);
    lot.units -= taken;
    surplus -= taken;
  }
  const out = lots.filter((l) => l.units > 0);
  if (surplus < 0) out.push({ received: at, units: -surplus });
  return out;
}
