import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { MARKETPLACES } from '../catalog/marketplace.js';
import {
  addDays,
  CalendarError,
  daysBetween,
  eachLocalDay,
  formatInstant,
  localDay,
  parseDayOrInstant,
  parseInstant,
  startOfLocalDay,
  timeZoneOf,
  weekdayOf,
} from './calendar.js';

/** Epoch ms of a UTC date-time (month 1–12), via Temporal: core/ tests do not touch Date. */
function utc(year: number, month: number, day: number, hour = 0, minute = 0, second = 0, millisecond = 0): number {
  return Temporal.PlainDateTime.from({ year, month, day, hour, minute, second, millisecond }).toZonedDateTime('UTC')
    .epochMilliseconds;
}

const LA = 'America/Los_Angeles';
const BERLIN = 'Europe/Berlin';
const LONDON = 'Europe/London';
const TOKYO = 'Asia/Tokyo';
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const MARKETPLACE_ZONES = MARKETPLACES.map(timeZoneOf);

/** Shorthand: an ISO instant with offset → epoch ms. */
const at = (iso: string) => parseInstant(iso);

/** Calls fn and returns the CalendarError it throws. */
function calendarError(fn: () => unknown): CalendarError {
  try {
    fn();
  } catch (e) {
    if (e instanceof CalendarError) return e;
    throw e;
  }
  throw new Error('expected a CalendarError');
}

const dayArb = fc
  .integer({ min: utc(2020, 1, 1) / DAY, max: utc(2030, 12, 31) / DAY })
  .map((n) => Temporal.PlainDate.from('1970-01-01').add({ days: n }).toString());

describe('timeZoneOf', () => {
  it('gives the RULEBOOK zone of each marketplace', () => {
    expect(MARKETPLACE_ZONES).toEqual([
      LA,
      'America/Vancouver',
      'America/Mexico_City',
      LONDON,
      BERLIN,
      BERLIN,
      BERLIN,
      BERLIN,
      TOKYO,
    ]);
  });
});

describe('parseInstant', () => {
  it('reads ISO-8601 with an offset or Z', () => {
    expect(parseInstant('2026-03-08T01:30:00-08:00')).toBe(utc(2026, 3, 8, 9, 30));
    expect(parseInstant('2026-03-08T09:30:00Z')).toBe(utc(2026, 3, 8, 9, 30));
    expect(parseInstant('2026-03-08T09:30Z')).toBe(utc(2026, 3, 8, 9, 30));
    expect(parseInstant('2026-03-08 09:30:00z')).toBe(utc(2026, 3, 8, 9, 30));
    expect(parseInstant(' 2026-03-08T18:30:00+09:00 ')).toBe(utc(2026, 3, 8, 9, 30));
    expect(parseInstant('2026-03-08T09:30:00.25Z')).toBe(utc(2026, 3, 8, 9, 30, 0, 250));
    expect(parseInstant('2026-03-08T09:30:00.123999Z')).toBe(utc(2026, 3, 8, 9, 30, 0, 123)); // sub-ms dropped
    expect(parseInstant('2026-03-08T15:15:00+05:45')).toBe(utc(2026, 3, 8, 9, 30));
  });

  it('accepts the rest of ISO-8601 through Temporal (hour-only offset, basic format, zone annotation)', () => {
    const expected = utc(2026, 3, 8, 9, 30);
    expect(parseInstant('2026-03-08T01:30:00-08')).toBe(expected);
    expect(parseInstant('20260308T093000Z')).toBe(expected);
    expect(parseInstant('2026-03-08T01:30:00-08:00[America/Los_Angeles]')).toBe(expected);
  });

  it.each([
    ['2026-03-08', 'CALENDAR_INSTANT_IS_DAY', 'is a day, not an instant'],
    ['2026-03-08T01:30:00', 'CALENDAR_INSTANT_NO_OFFSET', 'has no UTC offset'],
    ['2026-03-08T01:30', 'CALENDAR_INSTANT_NO_OFFSET', 'has no UTC offset'],
    ['yesterday', 'CALENDAR_INSTANT_MALFORMED', 'is not an ISO-8601 instant'],
    ['', 'CALENDAR_INSTANT_MALFORMED', 'is not an ISO-8601 instant'],
    ['1772962200000', 'CALENDAR_INSTANT_MALFORMED', 'is not an ISO-8601 instant'],
    ['2026-02-30T00:00:00Z', 'CALENDAR_INSTANT_MALFORMED', 'is not an ISO-8601 instant'],
    ['2026-03-08T24:00:00Z', 'CALENDAR_INSTANT_MALFORMED', 'is not an ISO-8601 instant'],
    ['03/08/2026 01:30 PST', 'CALENDAR_INSTANT_MALFORMED', 'is not an ISO-8601 instant'],
    ['+010000-01-01T00:00:00Z', 'CALENDAR_INSTANT_OUT_OF_RANGE', 'outside the supported years'],
    ['0001-01-01T00:00:00Z', 'CALENDAR_INSTANT_OUT_OF_RANGE', 'outside the supported years'],
  ])('refuses %j with %s', (text, code, reason) => {
    const err = calendarError(() => parseInstant(text));
    expect(err.code).toBe(code);
    expect(err.message).toContain(reason);
    expect(err.messageZh.length).toBeGreaterThan(0);
    expect(err.messageZh).not.toBe(err.message);
  });

  it('property: formatInstant then parseInstant is the identity, in every marketplace zone and in UTC', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: utc(1900, 1, 1), max: utc(2100, 1, 1) }),
        fc.constantFrom(...MARKETPLACE_ZONES, undefined),
        (t, tz) => {
          expect(parseInstant(formatInstant(t, tz))).toBe(t);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('property: agrees with Temporal.Instant.from on the strings Temporal writes', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: utc(2020, 1, 1), max: utc(2031, 1, 1) }),
        fc.constantFrom(...MARKETPLACE_ZONES),
        (t, tz) => {
          const text = Temporal.Instant.fromEpochMilliseconds(t)
            .toZonedDateTimeISO(tz)
            .toString({ timeZoneName: 'never' });
          expect(parseInstant(text)).toBe(t);
        },
      ),
    );
  });
});

describe('formatInstant', () => {
  it('writes the zone offset in force, across the US changes', () => {
    expect(formatInstant(utc(2026, 3, 8, 9, 30), LA)).toBe('2026-03-08T01:30:00-08:00');
    expect(formatInstant(utc(2026, 3, 8, 10, 30), LA)).toBe('2026-03-08T03:30:00-07:00');
    expect(formatInstant(utc(2026, 11, 1, 8, 30), LA)).toBe('2026-11-01T01:30:00-07:00');
    expect(formatInstant(utc(2026, 11, 1, 9, 30), LA)).toBe('2026-11-01T01:30:00-08:00');
  });

  it('writes EU, UK and JP offsets', () => {
    expect(formatInstant(utc(2026, 3, 29, 0, 59), BERLIN)).toBe('2026-03-29T01:59:00+01:00');
    expect(formatInstant(utc(2026, 3, 29, 1), BERLIN)).toBe('2026-03-29T03:00:00+02:00');
    expect(formatInstant(utc(2026, 10, 25, 0, 30), BERLIN)).toBe('2026-10-25T02:30:00+02:00');
    expect(formatInstant(utc(2026, 10, 25, 1, 30), BERLIN)).toBe('2026-10-25T02:30:00+01:00');
    expect(formatInstant(utc(2026, 1, 15), LONDON)).toBe('2026-01-15T00:00:00+00:00');
    expect(formatInstant(utc(2026, 7, 15), LONDON)).toBe('2026-07-15T01:00:00+01:00');
    expect(formatInstant(utc(2026, 7, 15), TOKYO)).toBe('2026-07-15T09:00:00+09:00');
  });

  it("writes the UTC 'Z' form without a zone, milliseconds only when not zero", () => {
    expect(formatInstant(utc(2026, 3, 8, 9, 30))).toBe('2026-03-08T09:30:00Z');
    expect(formatInstant(utc(2026, 3, 8, 9, 30, 0, 250))).toBe('2026-03-08T09:30:00.250Z');
    expect(formatInstant(0)).toBe('1970-01-01T00:00:00Z');
  });

  it('refuses a fractional or out-of-range instant and an unknown zone', () => {
    expect(calendarError(() => formatInstant(1.5)).code).toBe('CALENDAR_BAD_COUNT');
    expect(calendarError(() => formatInstant(Number.NaN)).code).toBe('CALENDAR_INSTANT_OUT_OF_RANGE');
    expect(calendarError(() => formatInstant(0, 'Nowhere/Land')).code).toBe('CALENDAR_BAD_TIME_ZONE');
  });
});

describe('parseDayOrInstant', () => {
  it('reads a day as the start of that local day (DEC-3), DST-correct', () => {
    expect(parseDayOrInstant('2026-03-08', LA)).toBe(utc(2026, 3, 8, 8));
    expect(parseDayOrInstant('2026-03-09', LA)).toBe(utc(2026, 3, 9, 7));
    expect(parseDayOrInstant(' 2026-03-29 ', BERLIN)).toBe(utc(2026, 3, 28, 23));
    expect(parseDayOrInstant('2026-03-08', TOKYO)).toBe(utc(2026, 3, 7, 15));
  });

  it('reads anything else as an instant with an offset, whatever the zone', () => {
    expect(parseDayOrInstant('2026-03-08T01:30:00-08:00', TOKYO)).toBe(utc(2026, 3, 8, 9, 30));
    expect(calendarError(() => parseDayOrInstant('2026-03-08T01:30', LA)).code).toBe('CALENDAR_INSTANT_NO_OFFSET');
    expect(calendarError(() => parseDayOrInstant('2026-02-30', LA)).code).toBe('CALENDAR_BAD_DAY');
    expect(calendarError(() => parseDayOrInstant('2026-03-08', 'Bad/Zone')).code).toBe('CALENDAR_BAD_TIME_ZONE');
  });
});

describe('localDay / startOfLocalDay', () => {
  it.each([
    // zone, day, its first instant, the next day's first instant (23 h or 25 h later on DST days)
    [LA, '2026-03-08', '2026-03-08T08:00:00Z', '2026-03-09T07:00:00Z', 23],
    [LA, '2026-11-01', '2026-11-01T07:00:00Z', '2026-11-02T08:00:00Z', 25],
    [BERLIN, '2026-03-29', '2026-03-28T23:00:00Z', '2026-03-29T22:00:00Z', 23],
    [BERLIN, '2026-10-25', '2026-10-24T22:00:00Z', '2026-10-25T23:00:00Z', 25],
    [LONDON, '2026-03-29', '2026-03-29T00:00:00Z', '2026-03-29T23:00:00Z', 23],
    [LONDON, '2026-10-25', '2026-10-24T23:00:00Z', '2026-10-26T00:00:00Z', 25],
    [TOKYO, '2026-03-08', '2026-03-07T15:00:00Z', '2026-03-08T15:00:00Z', 24],
  ])('%s %s starts at %s and lasts %s+ hours', (tz, day, start, next, hours) => {
    expect(startOfLocalDay(day, tz)).toBe(at(start));
    expect(startOfLocalDay(addDays(day, 1), tz)).toBe(at(next));
    expect(at(next) - at(start)).toBe(hours * HOUR);
    expect(localDay(at(start), tz)).toBe(day);
    expect(localDay(at(start) - 1, tz)).toBe(addDays(day, -1));
    expect(localDay(at(next) - 1, tz)).toBe(day);
    expect(localDay(at(next), tz)).toBe(addDays(day, 1));
  });

  it('a day whose midnight is skipped starts at the first instant after the change (Santiago)', () => {
    expect(formatInstant(startOfLocalDay('2026-09-06', 'America/Santiago'), 'America/Santiago')).toBe(
      '2026-09-06T01:00:00-03:00',
    );
  });

  it('refuses a malformed day or zone', () => {
    expect(calendarError(() => startOfLocalDay('2026-3-8', LA)).code).toBe('CALENDAR_BAD_DAY');
    expect(calendarError(() => localDay(0, 'Europe/Atlantis')).code).toBe('CALENDAR_BAD_TIME_ZONE');
    expect(calendarError(() => localDay(Number.NaN, LA)).code).toBe('CALENDAR_INSTANT_OUT_OF_RANGE');
  });

  it('property: localDay(startOfLocalDay(d)) === d for the zones of all 9 marketplaces, days 2020–2030', () => {
    fc.assert(
      fc.property(dayArb, fc.constantFrom(...MARKETPLACE_ZONES), (d, tz) => {
        const start = startOfLocalDay(d, tz);
        expect(localDay(start, tz)).toBe(d);
        expect(localDay(start - 1, tz)).toBe(addDays(d, -1));
        expect(start).toBe(Temporal.PlainDate.from(d).toZonedDateTime(tz).epochMilliseconds);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('addDays / daysBetween / eachLocalDay / weekdayOf', () => {
  it('walks calendar days across month, leap-day and year ends', () => {
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(addDays('2026-03-08', 0)).toBe('2026-03-08');
    expect(addDays('2026-01-15', 90)).toBe('2026-04-15');
  });

  it('counts days between, negative backwards', () => {
    expect(daysBetween('2026-01-01', '2026-12-31')).toBe(364);
    expect(daysBetween('2028-01-01', '2028-12-31')).toBe(365);
    expect(daysBetween('2026-03-09', '2026-03-08')).toBe(-1);
    expect(daysBetween('2026-03-08', '2026-03-08')).toBe(0);
  });

  it('refuses a fractional count and malformed days', () => {
    expect(calendarError(() => addDays('2026-03-08', 1.5)).code).toBe('CALENDAR_BAD_COUNT');
    expect(calendarError(() => addDays('2026-02-29', 1)).code).toBe('CALENDAR_BAD_DAY');
    expect(calendarError(() => daysBetween('2026-03-08', '08.03.2026')).code).toBe('CALENDAR_BAD_DAY');
    expect(calendarError(() => addDays('9999-12-31', 1)).code).toBe('CALENDAR_DAY_OUT_OF_RANGE');
  });

  it('lists every day of a range, both ends included', () => {
    expect(eachLocalDay('2026-02-27', '2026-03-02')).toEqual(['2026-02-27', '2026-02-28', '2026-03-01', '2026-03-02']);
    expect(eachLocalDay('2026-03-08', '2026-03-08')).toEqual(['2026-03-08']);
    expect(eachLocalDay('2026-03-09', '2026-03-08')).toEqual([]);
    expect(eachLocalDay('2026-01-01', '2026-12-31')).toHaveLength(365);
  });

  it('gives ISO weekdays, 1 = Monday … 7 = Sunday', () => {
    expect(weekdayOf('2026-03-09')).toBe(1);
    expect(weekdayOf('2026-03-13')).toBe(5);
    expect(weekdayOf('2026-03-08')).toBe(7);
    expect(weekdayOf('1970-01-01')).toBe(4);
    expect(weekdayOf('2000-01-01')).toBe(6);
  });

  it('property: addDays and daysBetween are inverse', () => {
    fc.assert(
      fc.property(dayArb, dayArb, fc.integer({ min: -5000, max: 5000 }), (a, b, n) => {
        expect(daysBetween(a, addDays(a, n))).toBe(n);
        expect(addDays(a, daysBetween(a, b))).toBe(b);
        expect(daysBetween(a, b) + daysBetween(b, a)).toBe(0);
        expect(weekdayOf(addDays(a, 7 * n))).toBe(weekdayOf(a));
      }),
    );
  });
});
