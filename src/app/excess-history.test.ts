// The points of the stock-to-sales history (EXC-1 over time): `step` local days apart back from `to`,
// the same local time of day across a DST change, never a local day before `from`'s.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { formatInstant, localDay, parseDayOrInstant } from '../core/calendar/calendar.js';
import { historyPoints } from './excess-history.js';

const LA = 'America/Los_Angeles';
const DAY = 86_400_000;

describe('historyPoints', () => {
  test('EXC-1: weekly over 84 days is 13 points, oldest first, across the November DST change', () => {
    const to = parseDayOrInstant('2026-11-22T00:30:00-08:00', LA);
    const points = historyPoints(to - 84 * DAY, to, 7, LA);
    expect(points).toHaveLength(13);
    expect(points.at(-1)).toBe(to);
    expect(points.map((p) => localDay(p, LA))[0]).toBe('2026-08-30');
    // the same wall time on each day, whatever the offset (PDT then PST)
    expect(points.map((p) => formatInstant(p, LA).slice(11, 16))).toEqual(Array(13).fill('00:30'));
  });

  test('EXC-1: step and range properties — strictly increasing, step local days apart, within the range', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2027, 0, 1) }),
        fc.integer({ min: 0, max: 200 }),
        fc.integer({ min: 1, max: 30 }),
        (to, spanDays, step) => {
          const from = to - spanDays * DAY;
          const points = historyPoints(from, to, step, LA);
          expect(points.at(-1)).toBe(to);
          for (let i = 1; i < points.length; i++) expect(points[i]!).toBeGreaterThan(points[i - 1]!);
          for (const p of points) expect(localDay(p, LA) >= localDay(from, LA)).toBe(true);
          const days = points.map((p) => Date.parse(`${localDay(p, LA)}T00:00:00Z`));
          for (let i = 1; i < days.length; i++) expect(days[i]! - days[i - 1]!).toBe(step * DAY);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
