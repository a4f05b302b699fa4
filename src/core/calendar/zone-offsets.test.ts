import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { DAY_MS, formatDayNumber } from './civil.js';
import { CalendarError } from './errors.js';
import {
  assertInstant,
  localDayIn,
  MAX_INSTANT,
  MIN_INSTANT,
  offsetAt,
  wallToInstant,
  zoneFor,
} from './zone-offsets.js';

/** Epoch ms of a UTC date-time (month 1–12), via Temporal: core/ tests do not touch Date. */
function utc(year: number, month: number, day: number, hour = 0, minute = 0, second = 0, millisecond = 0): number {
  return Temporal.PlainDateTime.from({ year, month, day, hour, minute, second, millisecond }).toZonedDateTime('UTC')
    .epochMilliseconds;
}

// The marketplace zones, plus zones that stress the cache: half- and quarter-hour offsets (a UTC
// hour that straddles local midnight), a half-hour DST change that is not on a UTC hour (Lord Howe),
// and a DST change at local midnight (Santiago: the day starts at 01:00).
const ZONES = [
  'America/Los_Angeles',
  'America/Vancouver',
  'America/Mexico_City',
  'Europe/London',
  'Europe/Berlin',
  'Asia/Tokyo',
  'Asia/Kolkata',
  'Asia/Kathmandu',
  'Australia/Lord_Howe',
  'America/Santiago',
  'Pacific/Chatham',
  'UTC',
];

const at2020to2030 = fc.integer({ min: utc(2020, 1, 1), max: utc(2031, 1, 1) });
const at1900to2100 = fc.integer({ min: utc(1900, 1, 1), max: utc(2100, 1, 1) });

function temporalOffset(at: number, tz: string): number {
  return Temporal.Instant.fromEpochMilliseconds(at).toZonedDateTimeISO(tz).offsetNanoseconds / 1e6;
}

describe('offsetAt', () => {
  it('knows the 2026 DST changes of Los Angeles, Berlin and London to the millisecond', () => {
    const la = zoneFor('America/Los_Angeles');
    const springLA = utc(2026, 3, 8, 10); // 02:00 PST → 03:00 PDT
    expect(offsetAt(la, springLA - 1)).toBe(-8 * 3_600_000);
    expect(offsetAt(la, springLA)).toBe(-7 * 3_600_000);
    const fallLA = utc(2026, 11, 1, 9); // 02:00 PDT → 01:00 PST
    expect(offsetAt(la, fallLA - 1)).toBe(-7 * 3_600_000);
    expect(offsetAt(la, fallLA)).toBe(-8 * 3_600_000);
    const berlin = zoneFor('Europe/Berlin');
    expect(offsetAt(berlin, utc(2026, 3, 29, 1) - 1)).toBe(3_600_000);
    expect(offsetAt(berlin, utc(2026, 3, 29, 1))).toBe(2 * 3_600_000);
    expect(offsetAt(berlin, utc(2026, 10, 25, 1) - 1)).toBe(2 * 3_600_000);
    expect(offsetAt(berlin, utc(2026, 10, 25, 1))).toBe(3_600_000);
    const london = zoneFor('Europe/London');
    expect(offsetAt(london, utc(2026, 3, 29, 1) - 1)).toBe(0);
    expect(offsetAt(london, utc(2026, 3, 29, 1))).toBe(3_600_000);
    expect(offsetAt(london, utc(2026, 10, 25, 1))).toBe(0);
    expect(offsetAt(zoneFor('Asia/Tokyo'), utc(2026, 7, 1))).toBe(9 * 3_600_000);
  });

  it('finds a transition inside a UTC hour (Lord Howe: 02:00 +10:30 → 02:30 +11:00 at 15:30Z)', () => {
    const zone = zoneFor('Australia/Lord_Howe');
    const change = utc(2026, 10, 3, 15, 30); // first Sunday of October 2026, 02:00 local standard
    expect(offsetAt(zone, change - 1)).toBe(10.5 * 3_600_000);
    expect(offsetAt(zone, change)).toBe(11 * 3_600_000);
    expect(offsetAt(zone, change - 1)).toBe(10.5 * 3_600_000); // asked again, from the cache
  });

  it.each(ZONES)('property: agrees with Temporal for instants 1900–2100 in %s', (tz) => {
    const zone = zoneFor(tz);
    fc.assert(
      fc.property(at1900to2100, (at) => {
        expect(offsetAt(zone, at)).toBe(temporalOffset(at, tz));
      }),
      { numRuns: 300 },
    );
  });

  it.each(ZONES)('property: agrees with Temporal at each side of every 2020–2030 transition in %s', (tz) => {
    const zone = zoneFor(tz);
    let t = Temporal.Instant.fromEpochMilliseconds(utc(2020, 1, 1)).toZonedDateTimeISO(tz);
    for (;;) {
      const next = t.getTimeZoneTransition('next');
      if (next === null || next.epochMilliseconds > utc(2031, 1, 1)) break;
      const ms = next.epochMilliseconds;
      for (const at of [ms - 1, ms, ms + 1, ms - 3_600_000, ms + 3_600_000]) {
        expect(offsetAt(zone, at)).toBe(temporalOffset(at, tz));
      }
      t = next;
    }
  });
});

describe('localDayIn', () => {
  it.each(ZONES)('property: agrees with Temporal toPlainDate in %s', (tz) => {
    const zone = zoneFor(tz);
    fc.assert(
      fc.property(fc.oneof(at2020to2030, at1900to2100), (at) => {
        const expected = Temporal.Instant.fromEpochMilliseconds(at).toZonedDateTimeISO(tz).toPlainDate().toString();
        expect(localDayIn(zone, at)).toBe(expected);
        expect(localDayIn(zone, at)).toBe(formatDayNumber(Math.floor((at + offsetAt(zone, at)) / DAY_MS)));
      }),
      { numRuns: 300 },
    );
  });

  it('is right in a UTC hour that straddles local midnight (Kolkata, +05:30)', () => {
    const zone = zoneFor('Asia/Kolkata');
    const midnight = utc(2026, 3, 7, 18, 30); // 2026-03-08T00:00+05:30
    expect(localDayIn(zone, midnight - 1)).toBe('2026-03-07');
    expect(localDayIn(zone, midnight)).toBe('2026-03-08');
    expect(localDayIn(zone, midnight - 1)).toBe('2026-03-07');
  });
});

describe('wallToInstant', () => {
  const wall = (y: number, mo: number, d: number, h: number, mi = 0) => utc(y, mo, d, h, mi);

  it('resolves a normal wall time exactly', () => {
    const zone = zoneFor('America/Los_Angeles');
    expect(wallToInstant(zone, wall(2026, 7, 1, 12))).toBe(utc(2026, 7, 1, 19));
  });

  it('moves a skipped wall time forward (02:30 on 2026-03-08 in Los Angeles → 03:30 PDT)', () => {
    const zone = zoneFor('America/Los_Angeles');
    expect(wallToInstant(zone, wall(2026, 3, 8, 2, 30))).toBe(utc(2026, 3, 8, 10, 30));
  });

  it('takes the earlier of a repeated wall time (01:30 on 2026-11-01 in Los Angeles → PDT)', () => {
    const zone = zoneFor('America/Los_Angeles');
    expect(wallToInstant(zone, wall(2026, 11, 1, 1, 30))).toBe(utc(2026, 11, 1, 8, 30));
  });

  it.each(ZONES)("property: matches Temporal's 'compatible' disambiguation in %s", (tz) => {
    const zone = zoneFor(tz);
    fc.assert(
      fc.property(at2020to2030, (w) => {
        const expected = Temporal.Instant.fromEpochMilliseconds(w)
          .toZonedDateTimeISO('UTC')
          .toPlainDateTime()
          .toZonedDateTime(tz, { disambiguation: 'compatible' }).epochMilliseconds;
        expect(wallToInstant(zone, w)).toBe(expected);
      }),
      { numRuns: 300 },
    );
  });
});

describe('zones and range', () => {
  it('refuses an unknown or empty time zone with CALENDAR_BAD_TIME_ZONE', () => {
    for (const bad of ['Mars/Olympus_Mons', '', 'PST8PDT!']) {
      expect(() => zoneFor(bad)).toThrow(CalendarError);
    }
    expect(() => zoneFor('Mars/Olympus_Mons')).toThrow('"Mars/Olympus_Mons" is not a known IANA time zone');
  });

  it('refuses instants outside 0001–9999, NaN and infinities', () => {
    const zone = zoneFor('Europe/Berlin');
    for (const bad of [MIN_INSTANT - 1, MAX_INSTANT + 1, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => assertInstant(bad)).toThrow(CalendarError);
      expect(() => offsetAt(zone, bad)).toThrow(/outside the supported years/);
      expect(() => localDayIn(zone, bad)).toThrow(CalendarError);
    }
    expect(localDayIn(zone, MIN_INSTANT)).toBe('0001-01-02');
    expect(localDayIn(zone, MAX_INSTANT)).toBe('9999-12-31');
  });
});
