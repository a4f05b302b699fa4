// Windows and ages in marketplace-local calendar days (RULEBOOK conventions, DEC-1, DEC-3, OUT-6).
// Re-exported by calendar.ts, the calendar's one public entry point.
import type { Instant } from '../catalog/facts.js';
import { DAY_MS, formatDayNumber, HOUR_MS, weekdayOfDayNumber } from './civil.js';
import { assertCount, assertWhole, CalendarError } from './errors.js';
import { assertInstant, dayNumberIn, offsetAt, startOfDayIn, wallToInstant, zoneFor } from './zone-offsets.js';

/** "Past N days" (DEC-3): the half-open interval (fromExclusive, toInclusive]. */
export interface PastDaysWindow {
  readonly fromExclusive: Instant;
  readonly toInclusive: Instant;
}

/** The N days before a proposal's start (DEC-3): the half-open interval [fromInclusive, toExclusive). */
export interface PrecedingDaysWindow {
  readonly fromInclusive: Instant;
  readonly toExclusive: Instant;
}

export type TimeWindow = PastDaysWindow | PrecedingDaysWindow;

/**
 * The same local wall-clock time `n` calendar days earlier (n < 0: later). Across a DST change
 * this is 23 or 25 real hours a day, not n × 24 h. A wall time that does not exist on the target
 * day moves forward past the gap; one that occurs twice takes the earlier instant (as Temporal).
 */
export function minusLocalDays(at: Instant, n: number, timeZone: string): Instant {
  assertWhole(n, 'days');
  const zone = zoneFor(timeZone);
  assertInstant(at);
  if (n === 0) return at;
  return wallToInstant(zone, at + offsetAt(zone, at) - n * DAY_MS);
}

/** DEC-3 "past N days": (asOf − N local days, asOf]. An instant exactly N days earlier is out. */
export function pastDaysWindow(asOf: Instant, n: number, timeZone: string): PastDaysWindow {
  assertCount(n, 'days');
  return { fromExclusive: minusLocalDays(asOf, n, timeZone), toInclusive: asOf };
}

/** DEC-3 a proposal's N-day window before its start: [start − N local days, start). */
export function precedingDaysWindow(start: Instant, n: number, timeZone: string): PrecedingDaysWindow {
  assertCount(n, 'days');
  return { fromInclusive: minusLocalDays(start, n, timeZone), toExclusive: start };
}

/** Whether `at` lies in the window, honouring which end is open. */
export function inWindow(at: Instant, w: TimeWindow): boolean {
  if ('fromExclusive' in w) return at > w.fromExclusive && at <= w.toInclusive;
  return at >= w.fromInclusive && at < w.toExclusive;
}

/**
 * RULEBOOK conventions: "not in the past 24 hours" excludes (asOf − 24 h, asOf], 24 real hours
 * whatever the clocks do. Instants ≤ the cutoff are not in the past 24 hours.
 */
export function last24hCutoff(asOf: Instant): Instant {
  assertInstant(asOf);
  return asOf - 24 * HOUR_MS;
}

/**
 * DEC-1 age in whole local days: the local day of `at` minus the local day of receipt, so the day
 * of receipt is 0 and the age grows by one at each local midnight. Negative if received after `at`.
 */
export function ageInDays(received: Instant, at: Instant, timeZone: string): number {
  const zone = zoneFor(timeZone);
  return dayNumberIn(zone, at) - dayNumberIn(zone, received);
}

/**
 * OUT-6 deal cycles: the next local 00:00 (start of day) of ISO `weekday` (1 = Monday) strictly after
 * `after`, or at `after` itself when `inclusive` and `after` is exactly such a start.
 */
export function nextWeeklyStart(after: Instant, weekday: number, timeZone: string, inclusive = false): Instant {
  if (!(Number.isInteger(weekday) && weekday >= 1 && weekday <= 7)) {
    throw new CalendarError('CALENDAR_BAD_WEEKDAY', { value: String(weekday) });
  }
  const zone = zoneFor(timeZone);
  const today = dayNumberIn(zone, after);
  let ahead = (weekday - weekdayOfDayNumber(today) + 7) % 7;
  if (ahead === 0 && !(inclusive && startOfDayIn(zone, formatDayNumber(today)) === after)) ahead = 7;
  return startOfDayIn(zone, formatDayNumber(today + ahead));
}
