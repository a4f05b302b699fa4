import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import {
  civilFromDays,
  DAY_MS,
  daysFromCivil,
  daysInMonth,
  digitsAt,
  formatDayNumber,
  formatOffset,
  formatWall,
  isLeapYear,
  isLocalDay,
  MAX_DAY_NUMBER,
  MIN_DAY_NUMBER,
  parseLocalDay,
  tryParseLocalDay,
  weekdayOfDayNumber,
} from './civil.js';
import { CalendarError } from './errors.js';

const dayNumberArb = fc.integer({ min: MIN_DAY_NUMBER, max: MAX_DAY_NUMBER });

describe('civil day numbers', () => {
  it('counts days from 1970-01-01', () => {
    expect(daysFromCivil(1970, 1, 1)).toBe(0);
    expect(daysFromCivil(1969, 12, 31)).toBe(-1);
    expect(daysFromCivil(2000, 3, 1)).toBe(11_017);
    expect(daysFromCivil(2026, 3, 8)).toBe(20_520);
    expect(civilFromDays(20_520)).toEqual([2026, 3, 8]);
    expect(civilFromDays(-1)).toEqual([1969, 12, 31]);
  });

  it('property: agrees with Temporal.PlainDate over 0001–9999 and round-trips', () => {
    fc.assert(
      fc.property(dayNumberArb, (n) => {
        const date = Temporal.PlainDate.from('1970-01-01').add({ days: n });
        expect(civilFromDays(n)).toEqual([date.year, date.month, date.day]);
        expect(daysFromCivil(date.year, date.month, date.day)).toBe(n);
        expect(formatDayNumber(n)).toBe(date.toString());
        expect(weekdayOfDayNumber(n)).toBe(date.dayOfWeek);
        expect(daysInMonth(date.year, date.month)).toBe(date.daysInMonth);
        expect(isLeapYear(date.year)).toBe(date.inLeapYear);
      }),
      { numRuns: 500 },
    );
  });

  it('leap years follow the Gregorian rule', () => {
    expect([1900, 2000, 2024, 2026, 2100].map(isLeapYear)).toEqual([false, true, true, false, false]);
    expect(daysInMonth(2028, 2)).toBe(29);
    expect(daysInMonth(2026, 2)).toBe(28);
    expect(daysInMonth(2026, 4)).toBe(30);
    expect(daysInMonth(2026, 12)).toBe(31);
  });
});

describe('LocalDay text', () => {
  it('parses and checks YYYY-MM-DD strictly', () => {
    expect(parseLocalDay('2026-03-08')).toBe(20_520);
    expect(parseLocalDay('0001-01-01')).toBe(MIN_DAY_NUMBER);
    expect(parseLocalDay('9999-12-31')).toBe(MAX_DAY_NUMBER);
    expect(isLocalDay('2028-02-29')).toBe(true);
    for (const bad of [
      '2026-02-29',
      '2026-13-01',
      '2026-00-10',
      '2026-04-31',
      '0000-01-01',
      '2026-3-08',
      '2026/03/08',
      '2026-03-08T00:00',
      ' 2026-03-08',
      '20260308',
      '',
      'abcd-ef-gh',
    ]) {
      expect(isLocalDay(bad)).toBe(false);
      expect(Number.isNaN(tryParseLocalDay(bad))).toBe(true);
      expect(() => parseLocalDay(bad)).toThrow(CalendarError);
    }
  });

  it('a bad day names the text in English and Chinese', () => {
    try {
      parseLocalDay('2026-02-30');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(CalendarError);
      const err = e as CalendarError;
      expect(err.code).toBe('CALENDAR_BAD_DAY');
      expect(err.message).toBe('"2026-02-30" is not a calendar day in the form YYYY-MM-DD');
      expect(err.messageZh).toContain('2026-02-30');
    }
  });

  it('formatDayNumber refuses days outside 0001–9999', () => {
    expect(() => formatDayNumber(MIN_DAY_NUMBER - 1)).toThrow(/outside the supported years/);
    expect(() => formatDayNumber(MAX_DAY_NUMBER + 1)).toThrow(CalendarError);
    expect(() => formatDayNumber(1.5)).toThrow(CalendarError);
    expect(formatDayNumber(MIN_DAY_NUMBER)).toBe('0001-01-01');
  });

  it('digitsAt reads fixed-width digits and says -1 otherwise', () => {
    expect(digitsAt('2026-03', 0, 4)).toBe(2026);
    expect(digitsAt('2026-03', 5, 2)).toBe(3);
    expect(digitsAt('20x6', 0, 4)).toBe(-1);
    expect(digitsAt('12', 1, 2)).toBe(-1); // past the end
  });
});

describe('wall and offset text', () => {
  it('formats a wall value with milliseconds only when not zero', () => {
    const wall = daysFromCivil(2026, 3, 8) * DAY_MS + (1 * 60 + 30) * 60_000;
    expect(formatWall(wall)).toBe('2026-03-08T01:30:00');
    expect(formatWall(wall + 250)).toBe('2026-03-08T01:30:00.250');
    expect(formatWall(wall + 7)).toBe('2026-03-08T01:30:00.007');
    expect(formatWall(-1)).toBe('1969-12-31T23:59:59.999');
  });

  it('formats offsets as ±HH:MM, with seconds only when there are any', () => {
    expect(formatOffset(0)).toBe('+00:00');
    expect(formatOffset(-8 * 3_600_000)).toBe('-08:00');
    expect(formatOffset(9 * 3_600_000)).toBe('+09:00');
    expect(formatOffset(5.75 * 3_600_000)).toBe('+05:45');
    expect(formatOffset(-(7 * 3_600_000 + 52 * 60_000 + 58_000))).toBe('-07:52:58');
  });
});
