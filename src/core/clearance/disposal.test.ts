import { describe, expect, it } from 'vitest';
import { startOfLocalDay } from '../calendar/calendar.js';
import { ruleSetFor } from '../rules/rules.js';
import {
  bandFee,
  liquidationRecovery,
  removalFee,
  STANDARD_MAX_CUBIC_FEET,
  unitSizeOf,
  wholesaleRecovery,
} from './disposal.js';

const US = ruleSetFor('US', startOfLocalDay('2026-03-10', 'America/Los_Angeles'));
const US_2025 = ruleSetFor('US', startOfLocalDay('2025-06-10', 'America/Los_Angeles'));
const DE = ruleSetFor('DE', startOfLocalDay('2026-03-10', 'Europe/Berlin'));

describe('EXC-7: liquidation and removal', () => {
  it('EXC-7: liquidation grosses 5–10% of the ASP, less the 15% liquidation referral; the US processing fee is no fee data', () => {
    const r = liquidationRecovery(US, 3000, { unitCubicFeet: 0.2 });
    expect(r.grossLow).toBe(150);
    expect(r.grossHigh).toBe(300);
    expect(r.gross).toBe(225);
    expect(r.referral).toBe(34); // 15% of 2.25 = 0.3375
    expect(r.processing).toBeNull();
    expect(r.missing).toEqual(['processing']);
    expect(r.net).toBe(225 - 34);
    expect(r.seedRangePct).toEqual([5, 20]);
  });

  it('EXC-7: in the EU the C.6 processing fee by weight band is charged (no referral figure there)', () => {
    // 0.2 cu ft → 5,663 cm³ ÷ 5,000 = 1.13 kg dimensional: the 1,001 g+ band, €0.50 + €0.40/kg above 1 kg.
    const r = liquidationRecovery(DE, 3000, { unitCubicFeet: 0.2 });
    const kg = (0.2 * 28_316.846592) / 5000;
    expect(r.processing).toBe(50 + Math.round(40 * (kg - 1)));
    expect(r.referral).toBeNull();
    expect(r.missing).toEqual(['referral']);
    expect(r.net).toBe(225 - (r.processing ?? 0));
  });

  it('EXC-7: removal/disposal fee per unit by size tier and shipping weight (C.7 bands of the rule set in force)', () => {
    // 0.05 cu ft → 0.62 lb dimensional: standard 0.5–1 lb.
    expect(removalFee(US, { unitCubicFeet: 0.05 })).toMatchObject({ perUnit: 153, reason: 'ok' });
    // 0.02 cu ft → 0.25 lb: standard 0–0.5 lb, $0.84 from 2026-01-15, $1.04 before.
    expect(removalFee(US, { unitCubicFeet: 0.02 }).perUnit).toBe(84);
    expect(removalFee(US_2025, { unitCubicFeet: 0.02 }).perUnit).toBe(104);
    // 0.4 cu ft → 4.97 lb: standard > 2 lb, $2.89 + $1.06 per lb above 2.
    const lb = (0.4 * 1728) / 139;
    expect(removalFee(US, { unitCubicFeet: 0.4 }).perUnit).toBe(289 + Math.round(106 * (lb - 2)));
    // Above the standard box: large/bulky.
    expect(unitSizeOf({ unitCubicFeet: STANDARD_MAX_CUBIC_FEET + 0.01 }, 'lb')?.tier).toBe('large_bulky');
    expect(removalFee(US, { unitCubicFeet: null })).toMatchObject({ perUnit: null, reason: 'no_size_data' });
    expect(removalFee(DE, { unitCubicFeet: 0.2 })).toMatchObject({ perUnit: null, reason: 'no_fee_data' });
  });

  it('EXC-7: a band without a figure is no fee data, never a guess', () => {
    expect(
      bandFee(
        [
          {
            bandSizeTier: 'standard',
            bandMinWeightExclusive: 0,
            bandMaxWeightInclusive: null,
            bandFeePerUnit: null,
            bandFeePerUnitUpTo: null,
            bandFeePerWeightUnitAbove: null,
          },
        ],
        { tier: 'standard', weight: 1, unit: 'kg' },
      ),
    ).toBeNull();
  });

  it('EXC-6: wholesale brings 10–20% of the original price in 3–7 days', () => {
    expect(wholesaleRecovery(US, 2999)).toEqual({ low: 300, expected: 450, high: 600, days: [3, 7] });
  });
});
