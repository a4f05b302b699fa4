import { describe, expect, it } from 'vitest';
import { localDay, parseInstant } from '../calendar/calendar.js';
import { ruleSetFor } from '../rules/rules.js';
import { daysBefore, day, LA, order } from '../inventory-health/test-support.js';
import { seasonalPlan, seasonalPlanFromDays, seasonFromHistory, type SeasonProfile } from './seasonal.js';

const rules = ruleSetFor('US', parseInstant('2026-03-01T00:00:00Z')).replenishment;
const noon = (d: string) => daysBefore(d, 0);

/** One order on the 15th of each month from `first` (YYYY-MM) for 12 months, units by calendar month. */
function yearOfSales(first: string, unitsByMonth: Readonly<Record<number, number>>, other = 50) {
  const [y0, m0] = first.split('-').map(Number) as [number, number];
  return Array.from({ length: 12 }, (_, i) => {
    const m = ((m0 - 1 + i) % 12) + 1;
    const y = y0 + Math.floor((m0 - 1 + i) / 12);
    const units = unitsByMonth[m] ?? other;
    return order({ at: noon(`${y}-${String(m).padStart(2, '0')}-15`), units });
  });
}

describe('RPL-4 season from the product’s own yearly sales', () => {
  const orders = yearOfSales('2025-09', { 11: 300, 12: 500, 1: 100 });

  it('RPL-4: the peak month sells most; the season is the run of months ≥ 50% of it', () => {
    const p = seasonFromHistory(orders, noon('2026-09-10'), LA, rules);
    expect(p).not.toBeNull();
    expect(p?.peakMonth).toBe(12);
    expect(p?.seasonMonths).toEqual([11, 12]);
    expect(p?.monthlyUnits[11]).toBe(500);
  });

  it('RPL-4: cut stocking from 1 month before the peak; clearance 2 weeks before the season ends', () => {
    const p = seasonFromHistory(orders, noon('2026-09-10'), LA, rules) as SeasonProfile;
    const before = seasonalPlan(p, noon('2026-09-10'), LA, rules);
    expect(before).toMatchObject({
      seasonStart: '2026-11-01',
      seasonEnd: '2026-12-31',
      peakStart: '2026-12-01',
      cutStockingFrom: '2026-11-01',
      clearanceFrom: '2026-12-18',
      phase: 'normal',
    });
    expect(seasonalPlan(p, noon('2026-10-31'), LA, rules).phase).toBe('normal');
    expect(seasonalPlan(p, day('2026-11-01'), LA, rules).phase).toBe('cut_stocking');
    expect(seasonalPlan(p, noon('2026-12-17'), LA, rules).phase).toBe('cut_stocking');
    expect(seasonalPlan(p, day('2026-12-18'), LA, rules).phase).toBe('clearance');
    expect(seasonalPlan(p, noon('2026-12-31'), LA, rules).phase).toBe('clearance');
    const after = seasonalPlan(p, day('2027-01-01'), LA, rules);
    expect(after).toMatchObject({ seasonEnd: '2027-12-31', phase: 'normal' });
  });

  it('RPL-4: a season across New Year (Dec–Jan, peak January)', () => {
    const wrap = yearOfSales('2025-11', { 12: 400, 1: 500, 2: 100 });
    const p = seasonFromHistory(wrap, noon('2026-11-15'), LA, rules) as SeasonProfile;
    expect(p.seasonMonths).toEqual([12, 1]);
    expect(seasonalPlan(p, noon('2026-11-15'), LA, rules)).toMatchObject({
      seasonStart: '2026-12-01',
      seasonEnd: '2027-01-31',
      peakStart: '2027-01-01',
      cutStockingFrom: '2026-12-01',
      clearanceFrom: '2027-01-18',
      phase: 'normal',
    });
  });

  it('RPL-4: less than a year of history, or no season (every month qualifies), gives no profile', () => {
    const short = orders.slice(6);
    expect(seasonFromHistory(short, noon('2026-09-10'), LA, rules)).toBeNull();
    expect(seasonFromHistory(yearOfSales('2025-09', {}, 80), noon('2026-09-10'), LA, rules)).toBeNull();
    expect(seasonFromHistory([], noon('2026-09-10'), LA, rules)).toBeNull();
  });

  it('RPL-4: a product known for a year that sells only in season has a season', () => {
    const onlyInSeason = orders.filter((o) => ['11', '12'].includes(localDay(o.at, LA).slice(5, 7)));
    expect(seasonFromHistory(onlyInSeason, noon('2026-09-10'), LA, rules)).toBeNull();
    const known = seasonFromHistory(onlyInSeason, noon('2026-09-10'), LA, rules, day('2024-06-01'));
    expect(known?.seasonMonths).toEqual([11, 12]);
  });

  it('RPL-4: cancelled lines do not count', () => {
    const withCancelled = [...orders, order({ at: noon('2026-06-15'), units: 10_000, cancelled: true })];
    expect(seasonFromHistory(withCancelled, noon('2026-09-10'), LA, rules)?.peakMonth).toBe(12);
  });

  it('RPL-4: Amazon’s planning season is used the same way (peak = season start)', () => {
    expect(seasonalPlanFromDays('2026-10-15', '2026-12-26', noon('2026-09-20'), LA, rules)).toMatchObject({
      source: 'amazon_planning',
      cutStockingFrom: '2026-09-01',
      clearanceFrom: '2026-12-13',
      phase: 'cut_stocking',
    });
  });
});
