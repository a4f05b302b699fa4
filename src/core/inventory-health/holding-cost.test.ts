import { describe, expect, it } from 'vitest';
import type { Instant } from '../catalog/facts.js';
import type { Marketplace } from '../catalog/marketplace.js';
import { addDays, startOfLocalDay } from '../calendar/calendar.js';
import { ruleSetFor } from '../rules/rules.js';
import { projectHoldingCost, type HoldingCostInput } from './holding-cost.js';

const LA = 'America/Los_Angeles';
const at = (day: string): Instant => startOfLocalDay(day, LA);
const rulesOf = (mp: Marketplace) => (instant: Instant) => ruleSetFor(mp, instant);
/** A lot that is `age` whole local days old on `day`. */
const lotAged = (day: string, age: number, units: number) => ({ received: at(addDays(day, -age)) + 3_600_000, units });

const fresh = (units: number, day: string, over: Partial<HoldingCostInput> = {}): HoldingCostInput => ({
  lots: [lotAged(day, 0, units)],
  dailySales: 0,
  unitCubicFeet: 1,
  sizeTier: 'standard',
  category: null,
  ...over,
});

describe('EXC-2 storage: monthly rate per cubic foot, Jan–Sep vs Oct–Dec', () => {
  it('EXC-2: a full January at $0.78/cu ft and a full October at the $2.40 peak rate (standard, 2026)', () => {
    const jan = projectHoldingCost(fresh(100, '2026-01-01'), at('2026-01-01'), 31, rulesOf('US'), LA);
    expect(jan.storage).toBe(7800);
    expect(jan.agedSurcharge).toBe(0);
    expect(jan.total).toBe(7800);
    expect(jan.byMonth).toEqual([
      expect.objectContaining({ month: '2026-01', storage: 7800, days: 31, avgUnits: 100, peak: false }),
    ]);
    const oct = projectHoldingCost(fresh(100, '2026-10-01'), at('2026-10-01'), 31, rulesOf('US'), LA);
    expect(oct.storage).toBe(24000);
    expect(oct.byMonth[0]?.peak).toBe(true);
    expect(oct.noFeeData).toBe(false);
  });

  it('EXC-2: large bulky pays $0.56 / $1.40; before 2024-04-01 standard paid $0.87', () => {
    const bulky = fresh(10, '2026-03-01', { sizeTier: 'large_bulky' });
    expect(projectHoldingCost(bulky, at('2026-03-01'), 31, rulesOf('US'), LA).storage).toBe(560);
    const bulkyDec = fresh(10, '2026-12-01', { sizeTier: 'large_bulky' });
    expect(projectHoldingCost(bulkyDec, at('2026-12-01'), 31, rulesOf('US'), LA).storage).toBe(1400);
    expect(projectHoldingCost(fresh(10, '2024-03-01'), at('2024-03-01'), 31, rulesOf('US'), LA).storage).toBe(870);
  });

  it('EXC-2: a horizon across two months pays each month pro rata by its days (rounded half up per month)', () => {
    const r = projectHoldingCost(fresh(100, '2026-01-17'), at('2026-01-17'), 30, rulesOf('US'), LA);
    // Jan 17–31: 15 of 31 days × 100 cu ft × 78 = 3774.19…; Feb 1–15: 15 of 28 days = 4178.57…
    expect(r.byMonth.map((m) => [m.month, m.days, m.storage])).toEqual([
      ['2026-01', 15, 3774],
      ['2026-02', 15, 4179],
    ]);
    expect(r.storage).toBe(3774 + 4179);
  });

  it('EXC-2: the rate change day splits a month (Mar 2024 at $0.87, Apr 2024 at $0.78)', () => {
    const r = projectHoldingCost(fresh(10, '2024-03-17'), at('2024-03-17'), 30, rulesOf('US'), LA);
    // Mar 17–31: 15/31 × 10 × 87 = 420.97 → 421; Apr 1–15: 15/30 × 10 × 78 = 390.
    expect(r.byMonth.map((m) => m.storage)).toEqual([421, 390]);
    expect(r.ruleSetVersions).toEqual(['US@2024-03-01', 'US@2024-04-01']);
  });

  it('EXC-2: units sold FIFO shrink the stock day by day (storage on the daily average)', () => {
    // 31 units selling 1 a day over January: 31 + 30 + … + 1 = 496 unit-days; 496/31 × 78 = 1248.
    const r = projectHoldingCost(fresh(31, '2026-01-01', { dailySales: 1 }), at('2026-01-01'), 31, rulesOf('US'), LA);
    expect(r.byMonth[0]?.avgUnits).toBe(16);
    expect(r.storage).toBe(1248);
  });

  it('rounds each monthly charge half up: 1 unit × 0.25 cu ft × 78 = 19.5 → 20', () => {
    const r = projectHoldingCost(
      fresh(1, '2026-01-01', { unitCubicFeet: 0.25 }),
      at('2026-01-01'),
      31,
      rulesOf('US'),
      LA,
    );
    expect(r.storage).toBe(20);
  });
});

describe('EXC-2 aged inventory surcharge on the 15th', () => {
  const day15 = '2026-02-15';
  // On Feb 15, 2026: 10 units aged 500 d, 20 aged 400 d, 30 aged 200 d, 40 aged 10 d; 0.5 cu ft each.
  const aged = (over: Partial<HoldingCostInput> = {}): HoldingCostInput => ({
    lots: [lotAged(day15, 500, 10), lotAged(day15, 400, 20), lotAged(day15, 200, 30), lotAged(day15, 10, 40)].map(
      (l) => ({ ...l }),
    ),
    dailySales: 0,
    unitCubicFeet: 0.5,
    sizeTier: 'standard',
    category: null,
    ...over,
  });
  // `from` = Feb 15 itself, so the ages above hold on the assessment day (day 0).
  const run = (input: HoldingCostInput, day = day15, days = 14) =>
    projectHoldingCost(input, at(day), days, rulesOf('US'), LA);

  it('EXC-2: 2026 split — 456+ pays max($7.90/cu ft, $0.35), 366–455 pays $0.30/unit, 181–210 $0.50/cu ft', () => {
    const r = run(aged());
    // 10 × max(790 × 0.5, 35) + 20 × 30 + 30 × (50 × 0.5) = 3950 + 600 + 750
    expect(r.agedSurcharge).toBe(5300);
    expect(r.byMonth[0]?.agedUnitsCharged).toBe(60);
  });

  it('EXC-2: before 2026-01-15 one 365+ tier charged max($6.90/cu ft, $0.15/unit)', () => {
    const day = '2025-12-15';
    const lots = [lotAged(day, 500, 10), lotAged(day, 400, 20), lotAged(day, 200, 30), lotAged(day, 10, 40)];
    const r = projectHoldingCost(aged({ lots }), at(day), 14, rulesOf('US'), LA);
    // (10 + 20) × max(690 × 0.5, 15) + 30 × 25 = 10350 + 750
    expect(r.agedSurcharge).toBe(11100);
  });

  it('EXC-2: units sold before the 15th come off the oldest lots first (FIFO aging)', () => {
    // From Feb 1 selling 1 a day: by the 15th (day 14) 14 units are gone — the 10 oldest and 4 of the 400-day lot,
    // whose ages on the 15th are still 500 and 400.
    const lots = aged().lots;
    const r = run({ ...aged(), lots, dailySales: 1 }, '2026-02-01', 28);
    expect(r.agedSurcharge).toBe(16 * 30 + 30 * 25);
    const none = run({ ...aged(), lots, dailySales: 0 }, '2026-02-01', 28);
    expect(none.agedSurcharge).toBe(5300);
  });

  it('EXC-2: lots age into a tier during the horizon (180 days on Feb 1 → 194 on the 15th)', () => {
    const r = run({ ...aged(), lots: [lotAged('2026-02-01', 180, 8)] }, '2026-02-01', 28);
    expect(r.agedSurcharge).toBe(8 * 25);
    const young = run({ ...aged(), lots: [lotAged('2026-02-01', 166, 8)] }, '2026-02-01', 28);
    expect(young.agedSurcharge).toBe(0); // 180 on the 15th: not > 180
  });

  it('EXC-2: the 181–270-day tiers exempt apparel, shoes, bags, jewelry and watches', () => {
    expect(run(aged({ category: 'Apparel' })).agedSurcharge).toBe(3950 + 600);
    expect(run(aged({ category: 'kitchen' })).agedSurcharge).toBe(5300);
  });

  it('EXC-2: a horizon with no 15th has no surcharge; two 15ths charge twice', () => {
    expect(run(aged(), '2026-02-16', 10).agedSurcharge).toBe(0);
    const twice = run(aged({ dailySales: 0 }), '2026-02-15', 45); // Feb 15 … Mar 31
    expect(twice.byMonth.map((m) => m.month)).toEqual(['2026-02', '2026-03']);
    expect(twice.byMonth[1]?.agedSurcharge).toBeGreaterThan(0);
    expect(twice.agedSurcharge).toBe((twice.byMonth[0]?.agedSurcharge ?? 0) + (twice.byMonth[1]?.agedSurcharge ?? 0));
  });
});

describe('GEN-3 no fee data', () => {
  it('GEN-3 EXC-2: a marketplace without fee tables answers "no fee data", never a number', () => {
    const r = projectHoldingCost(fresh(100, '2026-03-01'), at('2026-03-01'), 30, rulesOf('DE'), 'Europe/Berlin');
    expect(r.noFeeData).toBe(true);
    expect(r.total).toBeNull();
    expect(r.storage).toBeNull();
    expect(r.basis).toContain('no fee data');
  });

  it('an unknown unit volume leaves storage unknown but is not "no fee data"', () => {
    const r = projectHoldingCost(
      fresh(100, '2026-03-01', { unitCubicFeet: null }),
      at('2026-03-01'),
      30,
      rulesOf('US'),
      LA,
    );
    expect(r.storage).toBeNull();
    expect(r.total).toBeNull();
    expect(r.noFeeData).toBe(false);
    expect(r.agedSurcharge).toBe(0);
    expect(r.basis).toContain('unit volume unknown');
  });

  it('no stock costs nothing', () => {
    const r = projectHoldingCost(fresh(0, '2026-03-01'), at('2026-03-01'), 90, rulesOf('US'), LA);
    expect(r.total).toBe(0);
    expect(r.byMonth.map((m) => m.month)).toEqual(['2026-03', '2026-04', '2026-05']);
  });
});
