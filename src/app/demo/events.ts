// Declared major events per marketplace (RULEBOOK PR-3, PM-2/3/4 event thresholds and fees): Prime Day
// (second Tuesday of July, 2 days), Prime Big Deal Days (second Tuesday of October, 2 days), Black Friday
// (the day after the fourth Thursday of November) and Cyber Monday, for the demo year and the next.
import { Temporal } from 'temporal-polyfill';
import type { Instant } from '../../core/catalog/facts.js';
import type { MarketClock } from './time.js';

export type EventKind = 'prime_day' | 'prime_big_deal_days' | 'black_friday' | 'cyber_monday';

export interface DemoEvent {
  readonly kind: EventKind;
  readonly name: string;
  /** Day offset of the first local day. */
  readonly startDay: number;
  readonly days: number;
  readonly start: Instant;
  readonly end: Instant;
}

/** Day of month of the n-th `weekday` (1 = Monday) of a month. */
function nthWeekday(year: number, month: number, weekday: number, n: number): number {
  const first = Temporal.PlainDate.from({ year, month, day: 1 }).dayOfWeek;
  return 1 + ((weekday - first + 7) % 7) + 7 * (n - 1);
}

/** Events overlapping [fromDay, toDay] (day offsets), in time order. */
export function buildEvents(clock: MarketClock, fromDay: number, toDay: number): DemoEvent[] {
  const events: DemoEvent[] = [];
  for (let year = clock.anchorYear - 2; year <= clock.anchorYear + 2; year++) {
    const blackFriday = nthWeekday(year, 11, 4, 4) + 1;
    const defs: [EventKind, string, number, number, number][] = [
      ['prime_day', `Prime Day ${year}`, 7, nthWeekday(year, 7, 2, 2), 2],
      ['prime_big_deal_days', `Prime Big Deal Days ${year}`, 10, nthWeekday(year, 10, 2, 2), 2],
      ['black_friday', `Black Friday ${year}`, 11, blackFriday, 1],
    ];
    for (const [kind, name, month, dayOfMonth, days] of defs) {
      const startDay = clock.offsetOfDate(year, month, dayOfMonth);
      events.push({
        kind,
        name,
        startDay,
        days,
        start: clock.day(startDay).start,
        end: clock.day(startDay + days).start,
      });
    }
    // Cyber Monday: the Monday after Black Friday (may fall in December).
    const cyber = clock.offsetOfDate(year, 11, blackFriday) + 3;
    events.push({
      kind: 'cyber_monday',
      name: `Cyber Monday ${year}`,
      startDay: cyber,
      days: 1,
      start: clock.day(cyber).start,
      end: clock.day(cyber + 1).start,
    });
  }
  return events
    .filter((e) => e.startDay + e.days - 1 >= fromDay && e.startDay <= toDay)
    .sort((a, b) => a.start - b.start);
}

/** The event live on a day offset, if any. */
export function eventOn(events: readonly DemoEvent[], day: number): DemoEvent | null {
  return events.find((e) => day >= e.startDay && day < e.startDay + e.days) ?? null;
}
