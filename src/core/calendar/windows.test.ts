import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { MARKETPLACES } from '../catalog/marketplace.js';
import {
  addDays,
  ageInDays,
  CalendarError,
  daysBetween,
  inWindow,
  last24hCutoff,
  localDay,
  minusLocalDays,
  nextWeeklyStart,
  parseInstant,
  pastDaysWindow,
  precedingDaysWindow,
  startOfLocalDay,
  timeZoneOf,
  weekdayOf,
} from './calendar.js';

const LA = 'America/Los_Angeles';
const BERLIN = 'Europe/Berlin';
const LONDON = 'Europe/London';
const TOKYO = 'Asia/Tokyo';
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const MARKETPLACE_ZONES = [...new Set(MARKETPLACES.map(timeZoneOf))];
const at = (iso: string) => parseInstant(iso);

function errorCode(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    if (e instanceof CalendarError) return e.code;
    throw e;
  }
  return 'no error';
}

/** Random instants 2020–2030 (via Temporal, so the bounds do not depend on the code under test). */
const instantArb = fc.integer({
  min: Temporal.Instant.from('2020-01-01T00:00:00Z').epochMilliseconds,
  max: Temporal.Instant.from('2031-01-01T00:00:00Z').epochMilliseconds,
});
const zoneArb = fc.constantFrom(...MARKETPLACE_ZONES);

describe('minusLocalDays', () => {
  it.each([
    // asOf, n, zone, expected, real hours between
    ['2026-03-10T12:00:00-07:00', 3, LA, '2026-03-07T12:00:00-08:00', 71],
    ['2026-11-03T12:00:00-08:00', 3, LA, '2026-10-31T12:00:00-07:00', 73],
    ['2026-04-01T10:00:00+02:00', 7, BERLIN, '2026-03-25T10:00:00+01:00', 167],
    ['2026-10-26T09:00:00+00:00', 1, LONDON, '2026-10-25T09:00:00+00:00', 24],
    ['2026-10-26T09:00:00+00:00', 2, LONDON, '2026-10-24T09:00:00+01:00', 49],
    ['2026-03-10T12:00:00+09:00', 3, TOKYO, '2026-03-07T12:00:00+09:00', 72],
    ['2026-03-07T12:00:00-08:00', -3, LA, '2026-03-10T12:00:00-07:00', -71],
  ])('%s minus %i local days in %s is %s (%i h, not n × 24 h)', (asOf, n, tz, expected, hours) => {
    expect(minusLocalDays(at(asOf), n, tz)).toBe(at(expected));
    expect(at(asOf) - at(expected)).toBe(hours * HOUR);
  });

  it('a wall time skipped on the target day moves forward; a repeated one takes the earlier instant', () => {
    expect(minusLocalDays(at('2026-03-09T02:30:00-07:00'), 1, LA)).toBe(at('2026-03-08T03:30:00-07:00'));
    expect(minusLocalDays(at('2026-11-02T01:30:00-08:00'), 1, LA)).toBe(at('2026-11-01T01:30:00-07:00'));
    expect(minusLocalDays(at('2026-11-01T01:30:00-08:00'), 0, LA)).toBe(at('2026-11-01T01:30:00-08:00'));
  });

  it('refuses a fractional count', () => {
    expect(errorCode(() => minusLocalDays(0, 0.5, LA))).toBe('CALENDAR_BAD_COUNT');
  });

  it('property: agrees with Temporal ZonedDateTime.subtract({ days }) in every marketplace zone', () => {
    fc.assert(
      fc.property(instantArb, fc.integer({ min: -400, max: 400 }), zoneArb, (t, n, tz) => {
        const expected = Temporal.Instant.fromEpochMilliseconds(t).toZonedDateTimeISO(tz).subtract({ days: n });
        expect(minusLocalDays(t, n, tz)).toBe(expected.epochMilliseconds);
      }),
      { numRuns: 500 },
    );
  });
});

describe('DEC-3 pastDaysWindow: (asOf − N local days, asOf]', () => {
  it('a 90-day window across the US spring change is 90 local days, one real hour short of 90 × 24 h', () => {
    const asOf = at('2026-04-15T12:00:00-07:00');
    const w = pastDaysWindow(asOf, 90, LA);
    expect(w).toEqual({ fromExclusive: at('2026-01-15T12:00:00-08:00'), toInclusive: asOf });
    expect(w.toInclusive - w.fromExclusive).toBe(90 * DAY - HOUR);
    // Inside a naive 90 × 24 h window, but before the local-day boundary:
    expect(asOf - at('2026-01-15T11:30:00-08:00')).toBeLessThan(90 * DAY);
    expect(inWindow(at('2026-01-15T11:30:00-08:00'), w)).toBe(false);
  });

  it('a 90-day window across the EU autumn change is one real hour longer than 90 × 24 h', () => {
    const asOf = at('2026-12-01T00:00:00+01:00');
    const w = pastDaysWindow(asOf, 90, BERLIN);
    expect(w.fromExclusive).toBe(at('2026-09-02T00:00:00+02:00'));
    expect(w.toInclusive - w.fromExclusive).toBe(90 * DAY + HOUR);
  });

  it('boundaries: exactly N days earlier is out, one ms later is in, asOf is in, after asOf is out', () => {
    const asOf = at('2026-03-20T09:15:00-07:00');
    const w = pastDaysWindow(asOf, 30, LA);
    const exactlyNDaysEarlier = at('2026-02-18T09:15:00-08:00');
    expect(w.fromExclusive).toBe(exactlyNDaysEarlier);
    expect(inWindow(exactlyNDaysEarlier, w)).toBe(false);
    expect(inWindow(exactlyNDaysEarlier + 1, w)).toBe(true);
    expect(inWindow(asOf, w)).toBe(true);
    expect(inWindow(asOf + 1, w)).toBe(false);
  });

  it('N = 0 is an empty window; a negative N is refused', () => {
    const w = pastDaysWindow(at('2026-03-20T09:15:00Z'), 0, LA);
    expect(inWindow(w.toInclusive, w)).toBe(false);
    expect(errorCode(() => pastDaysWindow(0, -1, LA))).toBe('CALENDAR_NEGATIVE_COUNT');
    expect(errorCode(() => pastDaysWindow(0, 2.5, LA))).toBe('CALENDAR_BAD_COUNT');
  });

  it('property: the window holds exactly the instants after asOf − N local days up to asOf', () => {
    fc.assert(
      fc.property(instantArb, fc.integer({ min: 1, max: 400 }), zoneArb, (asOf, n, tz) => {
        const w = pastDaysWindow(asOf, n, tz);
        expect(w.fromExclusive).toBe(minusLocalDays(asOf, n, tz));
        expect(inWindow(w.fromExclusive, w)).toBe(false);
        expect(inWindow(w.fromExclusive + 1, w)).toBe(true);
        expect(inWindow(asOf, w)).toBe(true);
        expect(inWindow(asOf + 1, w)).toBe(false);
        expect(daysBetween(localDay(w.fromExclusive, tz), localDay(asOf, tz))).toBe(n);
        expect(Math.abs(asOf - w.fromExclusive - n * DAY)).toBeLessThanOrEqual(HOUR);
      }),
      { numRuns: 500 },
    );
  });
});

describe('DEC-3 precedingDaysWindow: [start − N local days, start)', () => {
  it("holds its first instant, not the proposal's own start", () => {
    const start = at('2026-04-15T00:00:00-07:00');
    const w = precedingDaysWindow(start, 30, LA);
    expect(w).toEqual({ fromInclusive: at('2026-03-16T00:00:00-07:00'), toExclusive: start });
    expect(inWindow(w.fromInclusive, w)).toBe(true);
    expect(inWindow(w.fromInclusive - 1, w)).toBe(false);
    expect(inWindow(start - 1, w)).toBe(true);
    expect(inWindow(start, w)).toBe(false);
    expect(errorCode(() => precedingDaysWindow(start, -30, LA))).toBe('CALENDAR_NEGATIVE_COUNT');
  });
});

describe('PR-1/PR-2 "not in the past 24 hours": last24hCutoff', () => {
  it('is 24 real hours before asOf, even across the US spring change', () => {
    const asOf = at('2026-03-09T00:30:00-07:00');
    const cutoff = last24hCutoff(asOf);
    expect(cutoff).toBe(at('2026-03-07T23:30:00-08:00')); // not 2026-03-08T00:30 local
    // (asOf − 24 h, asOf] is "the past 24 hours": the cutoff itself is not in it.
    const notInPast24h = (t: number) => t <= cutoff;
    expect(notInPast24h(cutoff)).toBe(true);
    expect(notInPast24h(cutoff + 1)).toBe(false);
    expect(notInPast24h(asOf)).toBe(false);
  });

  it('property: cutoff = asOf − 86,400,000 ms', () => {
    fc.assert(
      fc.property(instantArb, (asOf) => {
        expect(last24hCutoff(asOf)).toBe(asOf - 86_400_000);
      }),
    );
  });

  it('refuses a non-instant', () => {
    expect(errorCode(() => last24hCutoff(Number.NaN))).toBe('CALENDAR_INSTANT_OUT_OF_RANGE');
  });
});

describe('DEC-1 ageInDays: whole local days, day of receipt = 0', () => {
  it.each([
    // received, at, zone, age
    ['2026-03-01T00:00:00-08:00', '2026-03-01T23:59:59.999-08:00', LA, 0],
    ['2026-03-01T00:00:00-08:00', '2026-03-02T00:00:00-08:00', LA, 1],
    ['2026-03-01T23:59:59-08:00', '2026-03-02T00:00:00-08:00', LA, 1],
    ['2026-03-01T23:59:59-08:00', '2026-03-01T23:59:59-08:00', LA, 0],
    ['2026-03-07T12:00:00-08:00', '2026-03-08T23:59:59-07:00', LA, 1],
    ['2026-03-07T12:00:00-08:00', '2026-03-09T00:00:00-07:00', LA, 2], // 35 real hours, 2 local days
    ['2026-10-24T23:30:00+02:00', '2026-10-25T23:59:00+01:00', BERLIN, 1],
    ['2026-03-28T23:59:00+00:00', '2026-03-29T00:00:00+00:00', LONDON, 1],
    ['2026-03-01T23:59:59+09:00', '2026-03-02T00:00:00+09:00', TOKYO, 1],
    ['2025-03-01T10:00:00-08:00', '2026-03-01T09:00:00-08:00', LA, 365],
    ['2026-03-02T00:00:00-08:00', '2026-03-01T23:00:00-08:00', LA, -1], // received after `at`
  ])('received %s, at %s in %s → %i', (received, when, tz, age) => {
    expect(ageInDays(at(received), at(when), tz)).toBe(age);
  });

  it('the same instants have different ages in different marketplaces', () => {
    const received = at('2026-03-01T12:00:00Z');
    const when = at('2026-03-01T16:00:00Z'); // LA: same day 04:00 → 08:00; Tokyo: 21:00 → 01:00 next day
    expect(ageInDays(received, when, LA)).toBe(0);
    expect(ageInDays(received, when, TOKYO)).toBe(1);
  });

  it('property: age = daysBetween(localDay(received), localDay(at))', () => {
    fc.assert(
      fc.property(instantArb, instantArb, zoneArb, (received, when, tz) => {
        expect(ageInDays(received, when, tz)).toBe(daysBetween(localDay(received, tz), localDay(when, tz)));
      }),
    );
  });
});

describe('OUT-6 nextWeeklyStart: next Monday 00:00 marketplace time', () => {
  it('from a Monday 00:00 exactly: the next Monday (exclusive) or itself (inclusive), across the US DST week', () => {
    const monday = at('2026-03-02T00:00:00-08:00');
    const next = nextWeeklyStart(monday, 1, LA);
    expect(next).toBe(at('2026-03-09T00:00:00-07:00'));
    expect(next - monday).toBe(7 * DAY - HOUR);
    expect(nextWeeklyStart(monday, 1, LA, true)).toBe(monday);
    expect(nextWeeklyStart(monday + 1, 1, LA, true)).toBe(next); // inclusive only at the exact start
  });

  it('from a Sunday 23:59 local: one minute later', () => {
    expect(nextWeeklyStart(at('2026-03-08T23:59:00-07:00'), 1, LA)).toBe(at('2026-03-09T00:00:00-07:00'));
    expect(nextWeeklyStart(at('2026-11-01T23:59:00-08:00'), 1, LA)).toBe(at('2026-11-02T00:00:00-08:00'));
    expect(nextWeeklyStart(at('2026-03-29T23:59:00+02:00'), 1, BERLIN)).toBe(at('2026-03-30T00:00:00+02:00'));
    expect(nextWeeklyStart(at('2026-10-25T23:59:00+00:00'), 1, LONDON)).toBe(at('2026-10-26T00:00:00+00:00'));
  });

  it('across the EU spring week and in Tokyo; other weekdays', () => {
    const monday = at('2026-03-23T00:00:00+01:00');
    expect(nextWeeklyStart(monday, 1, BERLIN) - monday).toBe(7 * DAY - HOUR);
    expect(nextWeeklyStart(at('2026-03-11T12:00:00+09:00'), 1, TOKYO)).toBe(at('2026-03-16T00:00:00+09:00'));
    expect(nextWeeklyStart(monday, 5, BERLIN)).toBe(at('2026-03-27T00:00:00+01:00'));
  });

  it('a weekday whose midnight is skipped starts at the first instant after the change (Santiago)', () => {
    // 2026-09-06 (Sunday): clocks go from Saturday 24:00 to Sunday 01:00.
    expect(nextWeeklyStart(at('2026-09-05T12:00:00-04:00'), 7, 'America/Santiago')).toBe(
      at('2026-09-06T01:00:00-03:00'),
    );
  });

  it('refuses a weekday outside 1–7', () => {
    for (const bad of [0, 8, 1.5, Number.NaN])
      expect(errorCode(() => nextWeeklyStart(0, bad, LA))).toBe('CALENDAR_BAD_WEEKDAY');
  });

  it('property: the first start of that weekday strictly after `after`', () => {
    fc.assert(
      fc.property(instantArb, fc.integer({ min: 1, max: 7 }), zoneArb, (after, weekday, tz) => {
        const next = nextWeeklyStart(after, weekday, tz);
        const day = localDay(next, tz);
        expect(next).toBeGreaterThan(after);
        expect(weekdayOf(day)).toBe(weekday);
        expect(next).toBe(startOfLocalDay(day, tz));
        expect(startOfLocalDay(addDays(day, -7), tz)).toBeLessThanOrEqual(after);
        expect(nextWeeklyStart(next, weekday, tz, true)).toBe(next);
        expect(nextWeeklyStart(next, weekday, tz)).toBe(startOfLocalDay(addDays(day, 7), tz));
      }),
      { numRuns: 500 },
    );
  });
});
