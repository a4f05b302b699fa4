// DEC-1 on-hand by age from the planning report's age buckets: each bucket becomes a `lots` fact
// (units on hand at the snapshot that were received on a date) with a documented received date — the
// bucket's MIDPOINT age before the day the ages were counted (the report's "Inventory age snapshot
// date", else the snapshot's own day), at local midnight:
//   0–30 → 15 days, 31–60 → 45, 61–90 → 75 (or 0–90 → 45 when the finer buckets are absent or do not
//   add up to it), 91–180 → 135, 181–270 → 225, 271–365 → 318,
//   and for the open-ended oldest buckets their LOWER bound: 365+ (2022–2025 headers) → 366,
//   366–455 → 410 (midpoint), 456+ → 456.
// So an age computed back from a lot falls inside Amazon's bucket, and the oldest units are never
// made older than Amazon says. Lots are taken only from a header with a complete set of buckets (the
// EU subset has only 0–90): otherwise the file gives no lots, and says so in one warning. A SKU with
// no aged units gets one lot of 0 units, so the snapshot still says "nothing on hand". A SKU that
// already has a lots snapshot at the report's instant keeps it (planning.ts): exact received dates
// (a clearway lots.csv) are better than bucket midpoints.
import type { Instant, LotFact, PlanningRowFact } from '../../core/catalog/facts.js';
import { addDays, localDay, startOfLocalDay, timeZoneOf } from '../../core/calendar/calendar.js';

type AgeField = Exclude<keyof PlanningRowFact & `age${string}`, 'ageDay'>;

interface Bucket {
  readonly field: AgeField;
  /** Days before the age day that the bucket's units are taken to have been received. */
  readonly age: number;
}

const FINE: readonly Bucket[] = [
  { field: 'age0To30', age: 15 },
  { field: 'age31To60', age: 45 },
  { field: 'age61To90', age: 75 },
];
const YOUNG: Bucket = { field: 'age0To90', age: 45 };
const MIDDLE: readonly Bucket[] = [
  { field: 'age91To180', age: 135 },
  { field: 'age181To270', age: 225 },
  { field: 'age271To365', age: 318 },
];
const SPLIT_OLD: readonly Bucket[] = [
  { field: 'age366To455', age: 410 },
  { field: 'age456Plus', age: 456 },
];
const OLD: Bucket = { field: 'age365Plus', age: 366 };

/**
 * The buckets a header can give lots from, or null when its set is incomplete. `has` says whether
 * the header has a bucket's column.
 */
export function lotBuckets(has: (field: AgeField) => boolean): {
  readonly fine: boolean;
  readonly rest: readonly Bucket[];
} | null {
  const fine = FINE.every((b) => has(b.field));
  if (!fine && !has(YOUNG.field)) return null;
  if (!MIDDLE.every((b) => has(b.field))) return null;
  const old = SPLIT_OLD.every((b) => has(b.field)) ? SPLIT_OLD : has(OLD.field) ? [OLD] : null;
  return old ? { fine, rest: [...MIDDLE, ...old] } : null;
}

/** The lots of one planning row (see the file comment). */
export function ageLots(row: PlanningRowFact, buckets: NonNullable<ReturnType<typeof lotBuckets>>): LotFact[] {
  const fineSum = FINE.reduce((sum, b) => sum + (row[b.field] ?? 0), 0);
  const useFine = buckets.fine && (row.age0To90 === null || fineSum === row.age0To90);
  const all = [...(useFine ? FINE : [YOUNG]), ...buckets.rest];
  const zone = timeZoneOf(row.marketplace);
  const ageDay = row.ageDay ?? localDay(row.at, zone);
  const lot = (age: number, units: number): LotFact => {
    const received: Instant = Math.min(startOfLocalDay(addDays(ageDay, -age), zone), row.at);
    return { sku: row.sku, marketplace: row.marketplace, at: row.at, received, units };
  };
  const lots = all.filter((b) => (row[b.field] ?? 0) > 0).map((b) => lot(b.age, row[b.field] ?? 0));
  return lots.length > 0 ? lots : [lot(0, 0)];
}
