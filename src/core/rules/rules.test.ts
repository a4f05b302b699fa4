import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { MARKETPLACES, marketplaceInfo } from '../catalog/marketplace.js';
import { buildRuleSets, parseRuleSetParams, RuleSetError } from './build.js';
import { US_RULES } from './data/us.js';
import { isAssumed, isClearwayDefault } from './paths.js';
import { listRuleSetVersions, RULE_DATA, ruleSetFor, ruleSetVersions } from './rules.js';

const iso = (text: string): number => Temporal.Instant.from(text).epochMilliseconds;
// Local midnights, written out in UTC so the test does not reuse the code's own conversion.
const US_2024_04_01 = iso('2024-04-01T07:00:00Z'); // PDT
const US_2025_06_02 = iso('2025-06-02T07:00:00Z'); // PDT
const US_2025_11_05 = iso('2025-11-05T08:00:00Z'); // PST (DST ended 2025-11-02)
const US_2026_01_15 = iso('2026-01-15T08:00:00Z'); // PST
const DE_2024_03_01 = iso('2024-02-29T23:00:00Z'); // CET
const CA_2025_06_02 = iso('2025-06-02T07:00:00Z'); // Vancouver PDT
const FR_2025_06_02 = iso('2025-06-01T22:00:00Z'); // CEST

const INSTANTS = [
  '2001-03-04T00:00:00Z',
  '2023-12-31T12:00:00Z',
  '2025-06-02T07:00:00Z',
  '2026-07-01T00:00:00Z',
  '2030-01-01T00:00:00Z',
];

describe('ruleSetFor / listRuleSetVersions', () => {
  it('GEN-3: every marketplace resolves at several instants with its currency and time zone', () => {
    for (const mp of MARKETPLACES) {
      for (const text of INSTANTS) {
        const at = iso(text);
        const rs = ruleSetFor(mp, at);
        expect(rs.marketplace).toBe(mp);
        expect(rs.currency).toBe(marketplaceInfo(mp).currency);
        expect(rs.timeZone).toBe(marketplaceInfo(mp).timeZone);
        expect(rs.version.startsWith(`${mp}@`)).toBe(true);
        expect(rs.effectiveFrom).toBeLessThanOrEqual(at);
      }
    }
  });

  it('GEN-3: the version in force is the last one starting at or before the instant (any instant)', () => {
    for (const mp of MARKETPLACES) {
      const versions = ruleSetVersions(mp);
      fc.assert(
        fc.property(fc.integer({ min: versions[0]!.effectiveFrom, max: iso('2032-01-01T00:00:00Z') }), (at) => {
          const rs = ruleSetFor(mp, at);
          const i = versions.indexOf(rs);
          expect(i).toBeGreaterThanOrEqual(0);
          expect(rs.effectiveFrom).toBeLessThanOrEqual(at);
          const next = versions[i + 1];
          if (next) expect(at).toBeLessThan(next.effectiveFrom);
        }),
        { numRuns: 200 },
      );
    }
  });

  it('GEN-3: versions are listed oldest first, start at local midnight and have unique ids', () => {
    const us = listRuleSetVersions('US');
    expect(us.map((v) => v.version)).toEqual([
      'US@2000-01-01',
      'US@2022-01-18',
      'US@2023-04-15',
      'US@2024-01-01',
      'US@2024-03-01',
      'US@2024-04-01',
      'US@2024-05-15',
      'US@2025-06-02',
      'US@2025-11-05',
      'US@2026-01-15',
    ]);
    expect(us.find((v) => v.version === 'US@2025-06-02')?.effectiveFrom).toBe(US_2025_06_02);
    expect(us.find((v) => v.version === 'US@2026-01-15')?.effectiveFromDay).toBe('2026-01-15');
    for (const mp of MARKETPLACES) {
      const list = listRuleSetVersions(mp);
      expect(new Set(list.map((v) => v.version)).size).toBe(list.length);
      for (let i = 1; i < list.length; i++) expect(list[i]!.effectiveFrom).toBeGreaterThan(list[i - 1]!.effectiveFrom);
      for (const v of list) expect(v.notes.length).toBeGreaterThan(0);
    }
  });

  it('refuses an instant before the first version and a non-integer instant', () => {
    expect(() => ruleSetFor('US', iso('1999-12-31T00:00:00Z'))).toThrow(RuleSetError);
    expect(() => ruleSetFor('US', 1.5)).toThrow(/integer epoch ms/);
  });

  it('resolved rule sets are frozen (the cache cannot be changed by a caller)', () => {
    const rs = ruleSetFor('US', US_2025_06_02);
    expect(() => {
      (rs.promotions as { couponMinDiscountPct: number }).couponMinDiscountPct = 1;
    }).toThrow(TypeError);
    expect(ruleSetFor('US', US_2025_06_02).promotions.couponMinDiscountPct).toBe(5);
  });
});

describe('US versions switch exactly at local midnight of their effective day', () => {
  it('GEN-3, PM-3, PM-4 (C.3): deal fees $150/$300 flat until 2025-06-01, then $70 per day + 1% capped at $2,000', () => {
    const before = ruleSetFor('US', US_2025_06_02 - 1).fees.deals;
    const from = ruleSetFor('US', US_2025_06_02).fees.deals;
    expect(before.lightningDealFee).toMatchObject({
      promoFeeFixedPerPromotion: 15_000,
      promoFeeFixedPerDay: 0,
      promoFeeVariablePct: 0,
    });
    expect(before.bestDealFee).toMatchObject({ promoFeeFixedPerPromotion: 30_000 });
    for (const fee of [from.lightningDealFee, from.bestDealFee]) {
      expect(fee).toEqual({
        promoFeeFixedPerPromotion: 0,
        promoFeeFixedPerDay: 7000,
        promoFeeFixedPerRedemption: 0,
        promoFeeVariablePct: 1,
        promoFeeVariableBase: 'sales',
        promoFeeVariableCap: 200_000,
      });
    }
    // Peak events stay flat: LD $500, BD $1,000.
    expect(from.lightningDealEventFee?.promoFeeFixedPerPromotion).toBe(50_000);
    expect(from.bestDealEventFee?.promoFeeFixedPerPromotion).toBe(100_000);
  });

  it('PM-1f (C.4): coupon fee $0.60 per redemption, then $5 + 2.5% of sales, capped at $2,000 from 2025-11-05', () => {
    expect(ruleSetFor('US', US_2025_06_02 - 1).fees.coupons.couponFee).toMatchObject({
      promoFeeFixedPerRedemption: 60,
      promoFeeVariablePct: 0,
    });
    const june = ruleSetFor('US', US_2025_06_02).fees.coupons;
    expect(june.couponFee).toMatchObject({
      promoFeeFixedPerPromotion: 500,
      promoFeeFixedPerRedemption: 0,
      promoFeeVariablePct: 2.5,
      promoFeeVariableBase: 'sales',
      promoFeeVariableCap: null,
    });
    expect(ruleSetFor('US', US_2025_11_05 - 1).fees.coupons.couponFee?.promoFeeVariableCap).toBeNull();
    const nov = ruleSetFor('US', US_2025_11_05).fees.coupons;
    expect(nov.couponFee?.promoFeeVariableCap).toBe(200_000);
    // The seed's model ($0.60 + 2.5% of the discount) is kept beside it, with the same cap date.
    expect(june.couponFeeSeedModel).toMatchObject({
      promoFeeFixedPerRedemption: 60,
      promoFeeVariablePct: 2.5,
      promoFeeVariableBase: 'discount',
      promoFeeVariableCap: null,
    });
    expect(nov.couponFeeSeedModel?.promoFeeVariableCap).toBe(200_000);
  });

  it('EXC-2 (C.2): the AIS 365+ tier splits into 366–455 and 456+ from 2026-01-15', () => {
    const before = ruleSetFor('US', US_2026_01_15 - 1).fees.agedInventorySurcharge!.aisTiers;
    const after = ruleSetFor('US', US_2026_01_15).fees.agedInventorySurcharge!.aisTiers;
    expect(before.at(-1)).toEqual({
      aisMinAgeDays: 366,
      aisMaxAgeDays: null,
      aisPerCuFt: 690,
      aisPerUnit: 15,
      aisExemptCategories: [],
    });
    expect(after.slice(-2)).toEqual([
      { aisMinAgeDays: 366, aisMaxAgeDays: 455, aisPerCuFt: null, aisPerUnit: 30, aisExemptCategories: [] },
      { aisMinAgeDays: 456, aisMaxAgeDays: null, aisPerCuFt: 790, aisPerUnit: 35, aisExemptCategories: [] },
    ]);
    expect(after[0]).toMatchObject({ aisMinAgeDays: 181, aisMaxAgeDays: 210, aisPerCuFt: 50 });
    // Category exemption on the 181–270-day tiers only.
    expect(after.filter((t) => t.aisExemptCategories.includes('apparel')).map((t) => t.aisMinAgeDays)).toEqual([
      181, 211, 241,
    ]);
    // No AIS figures before 2023-04-15.
    expect(ruleSetFor('US', iso('2023-04-15T06:59:59Z')).fees.agedInventorySurcharge).toBeNull();
    expect(ruleSetFor('US', iso('2023-04-15T07:00:00Z')).fees.agedInventorySurcharge?.aisSnapshotDayOfMonth).toBe(15);
  });

  it('EXC-7 (C.7): standard 0–0.5 lb removal fee $1.04 → $0.84 from 2026-01-15; heavier bands unchanged', () => {
    const first = (at: number) => ruleSetFor('US', at).fees.removal!.removalFeeBands[0]!;
    expect(first(US_2026_01_15 - 1)).toMatchObject({
      bandSizeTier: 'standard',
      bandMaxWeightInclusive: 0.5,
      bandFeePerUnit: 104,
    });
    expect(first(US_2026_01_15).bandFeePerUnit).toBe(84);
    expect(first(iso('2021-06-01T00:00:00Z')).bandFeePerUnit).toBe(32);
    expect(first(iso('2023-01-01T00:00:00Z')).bandFeePerUnit).toBe(52);
    const last = ruleSetFor('US', US_2026_01_15).fees.removal!.removalFeeBands.at(-1);
    expect(last).toMatchObject({
      bandSizeTier: 'large_bulky',
      bandMinWeightExclusive: 10,
      bandFeePerUnit: 1432,
      bandFeePerWeightUnitAbove: 106,
    });
  });

  it('EXC-2 (C.1): standard storage Jan–Sep $0.87 → $0.78 per cu ft from 2024-04-01; Oct–Dec stays $2.40', () => {
    const rate = (at: number, months: number) =>
      ruleSetFor('US', at).fees.storage!.storageFeeRates.find(
        (r) => r.storageSizeTier === 'standard' && r.storageMonths.includes(months),
      )!.storageFeePerCuFt;
    expect(rate(US_2024_04_01 - 1, 3)).toBe(87);
    expect(rate(US_2024_04_01, 3)).toBe(78);
    expect(rate(US_2024_04_01, 11)).toBe(240);
  });

  it('PM-1h: coupons need a sales history from 2024-03-01', () => {
    expect(ruleSetFor('US', iso('2024-03-01T07:59:59Z')).promotions.couponRequiresSalesHistory).toBe(false);
    expect(ruleSetFor('US', iso('2024-03-01T08:00:00Z')).promotions.couponRequiresSalesHistory).toBe(true);
  });

  it('the US rule set holds the RULEBOOK figures and flags nothing as assumed', () => {
    const us = ruleSetFor('US', iso('2026-03-01T00:00:00Z'));
    expect(us.assumed).toEqual([]);
    expect(us.promotions).toMatchObject({
      couponMaxCurrentPriceOfRefPct: 130,
      couponMaxNetPriceOfRefPct: 95,
      ldMaxHours: 12,
    });
    expect(us.replenishment.salesVelocityWeights.map((w) => [w.velocityWindowDays, w.velocityWeight])).toEqual([
      [3, 0.1],
      [7, 0.4],
      [14, 0.3],
      [30, 0.2],
    ]);
    expect(us.clearance.wootRounds.reduce((s, r) => s + r.wootRoundDays, 0)).toBe(42); // EXC-3
    expect(us.fees.referral).toEqual({ referralDefaultPct: 15, referralMinFeePerItem: 30 });
    expect(us.fees.liquidation).toEqual({
      liquidationReferralPctOfGross: 15,
      liquidationProcessingWeightUnit: 'lb',
      liquidationProcessingFees: null, // US table not captured
    });
  });

  it('PRE-2, PQ-4: presale limits and the loss-guard code bound are clearway defaults, not assumed Amazon figures', () => {
    for (const mp of MARKETPLACES) {
      const rs = ruleSetFor(mp, iso('2026-03-01T00:00:00Z'));
      expect(rs.clearwayDefaults).toEqual([
        'quote.lossGuardMaxCodes',
        'inventoryHealth.excessHealthyCoverDays',
        'clearance.liftBdDailyUnitsBefore',
        'clearance.liftBdDealDiscountPct',
        'clearance.crossMarketplaceTransferCostPct',
        'replenishment.reorderCoverDefaultDays',
        'replenishment.seasonalHistoryDays',
        'replenishment.seasonalPeakShareOfMaxPct',
        'ishs.ishsReceivingDays',
        'ishs.ishsPrimeDeliveryDays',
        'ishs.ishsStandardDeliveryDays',
        'ishs.ishsCapPctOfInTransit',
        'ishs.ishsConfidenceMaxEtaSlips',
        'ishs.ishsConfidenceRequiresShipped',
        'ishs.ishsConfidenceMaxDaysAhead',
        'presale.presaleMinCampaignDays',
        'presale.presaleMaxCampaignDays',
        'presale.presaleMinMarginPct',
      ]);
      expect(isClearwayDefault(rs, 'presale.presaleMaxCampaignDays')).toBe(true);
      expect(isAssumed(rs, 'presale.presaleMaxCampaignDays')).toBe(false);
      expect(isAssumed(rs, 'quote.lossGuardMaxCodes')).toBe(false);
      expect(isClearwayDefault(rs, 'promotions.couponMinDiscountPct')).toBe(false);
    }
  });
});

describe('GEN-3: other marketplaces inherit US thresholds as assumed and hold no invented fees', () => {
  const at = iso('2026-03-01T00:00:00Z');

  it('GEN-3: DE inherits the US coupon thresholds flagged assumed and has null US-only fees', () => {
    const de = ruleSetFor('DE', at);
    const us = ruleSetFor('US', at);
    expect(de.currency).toBe('EUR');
    expect(de.promotions.couponMaxCurrentPriceOfRefPct).toBe(us.promotions.couponMaxCurrentPriceOfRefPct);
    expect(de.promotions.couponMaxNetPriceOfRefPct).toBe(95);
    for (const path of [
      'promotions.couponMaxCurrentPriceOfRefPct',
      'promotions.couponMaxNetPriceOfRefPct',
      'promotions.couponMinDiscountPct',
    ]) {
      expect(de.assumed).toContain(path);
      expect(isAssumed(de, path)).toBe(true);
    }
    expect(isAssumed(de, 'clearance.wootRounds')).toBe(true);
    expect(de.fees.deals).toEqual({
      lightningDealFee: null,
      lightningDealEventFee: null,
      bestDealFee: null,
      bestDealEventFee: null,
    });
    expect(de.fees.coupons).toEqual({ couponFee: null, couponFeeSeedModel: null });
    for (const table of [
      'storage',
      'agedInventorySurcharge',
      'ped',
      'referral',
      'removal',
      'lowInventoryLevel',
      'outlet',
    ] as const) {
      expect(de.fees[table]).toBeNull();
    }
    expect(de.outlet.outletUnderPriceAdviceMax).toBeNull(); // "Under $10" is a US page
    expect(isAssumed(de, 'outlet.outletUnderPriceAdviceMax')).toBe(false);
  });

  it('GEN-3 (C.6): EU/UK liquidation processing fees are filled in in EUR/GBP; the US 15% referral is not', () => {
    const de = ruleSetFor('DE', at).fees.liquidation!;
    expect(de.liquidationReferralPctOfGross).toBeNull();
    expect(de.liquidationProcessingWeightUnit).toBe('kg');
    expect(de.liquidationProcessingFees?.map((b) => b.bandFeePerUnit)).toEqual([25, 45, 50, 50]);
    expect(de.liquidationProcessingFees?.at(-1)).toMatchObject({
      bandSizeTier: 'large_bulky',
      bandFeePerUnitUpTo: 300,
    });
    const uk = ruleSetFor('UK', at).fees.liquidation!;
    expect(uk.liquidationProcessingFees?.map((b) => b.bandFeePerUnit)).toEqual([25, null, null, null]);
    for (const mp of ['CA', 'MX', 'JP'] as const) expect(ruleSetFor(mp, at).fees.liquidation).toBeNull();
  });

  it('GEN-3 (C.4): CA$0.60 and FR €0.50 per coupon redemption before 2025-06-02, no fee data from it', () => {
    expect(ruleSetFor('CA', CA_2025_06_02 - 1).fees.coupons.couponFee?.promoFeeFixedPerRedemption).toBe(60);
    expect(ruleSetFor('CA', CA_2025_06_02).fees.coupons.couponFee).toBeNull();
    expect(ruleSetFor('FR', FR_2025_06_02 - 1).fees.coupons.couponFee?.promoFeeFixedPerRedemption).toBe(50);
    expect(ruleSetFor('FR', FR_2025_06_02).fees.coupons.couponFee).toBeNull();
    expect(ruleSetFor('DE', FR_2025_06_02 - 1).fees.coupons.couponFee).toBeNull();
  });

  it('GEN-3 (C.4): MX knows its own coupon discount bounds and sales-history rule; other coupon limits are assumed', () => {
    const mx = ruleSetFor('MX', at);
    expect(isAssumed(mx, 'promotions.couponMinDiscountPct')).toBe(false);
    expect(isAssumed(mx, 'promotions.couponMaxDiscountPct')).toBe(false);
    expect(isAssumed(mx, 'promotions.couponRequiresSalesHistory')).toBe(false);
    expect(isAssumed(mx, 'promotions.couponMaxNetPriceOfRefPct')).toBe(true);
  });

  it('GEN-3: an inherited US threshold change reaches DE at DE local midnight of the same day', () => {
    expect(ruleSetFor('DE', DE_2024_03_01 - 1).promotions.couponRequiresSalesHistory).toBe(false);
    const de = ruleSetFor('DE', DE_2024_03_01);
    expect(de.version).toBe('DE@2024-03-01');
    expect(de.promotions.couponRequiresSalesHistory).toBe(true);
    expect(isAssumed(de, 'promotions.couponRequiresSalesHistory')).toBe(true);
    // A US fee-only change makes no new DE version.
    expect(listRuleSetVersions('DE').map((v) => v.version)).not.toContain('DE@2025-06-02');
  });

  it('PR-3, PR-4: Was Price freezing is allowed on US, DE, FR, ES, IT, JP; the Lowest Recent Price drives display on FR, IT', () => {
    const freeze = MARKETPLACES.filter((mp) => ruleSetFor(mp, at).referencePrices.wasPriceFreezeAllowed);
    expect(freeze).toEqual(['US', 'DE', 'FR', 'IT', 'ES', 'JP']);
    const display = MARKETPLACES.filter((mp) => ruleSetFor(mp, at).referencePrices.lowestRecentPriceDrivesDealDisplay);
    expect(display).toEqual(['FR', 'IT']);
    for (const mp of MARKETPLACES) {
      expect(isAssumed(ruleSetFor(mp, at), 'referencePrices.wasPriceFreezeAllowed')).toBe(false);
    }
  });
});

describe('validation at load (zod)', () => {
  type Mutable = Record<string, Record<string, unknown>>;
  const base = (): Mutable => structuredClone(US_RULES.base.patch) as unknown as Mutable;

  it('the shipped data validates', () => {
    expect(() => buildRuleSets(RULE_DATA)).not.toThrow();
    expect(parseRuleSetParams(US_RULES.base.patch, 'US@base').promotions.couponMaxDiscountPct).toBe(50);
  });

  it('rejects a negative percentage and a missing field, naming the version and each path', () => {
    const bad = base();
    bad.promotions!.couponMinDiscountPct = -5;
    delete bad.outlet!.outletMinSellerRating;
    let message = '';
    try {
      parseRuleSetParams(bad, 'US@2099-01-01');
    } catch (e) {
      expect(e).toBeInstanceOf(RuleSetError);
      message = (e as Error).message;
    }
    expect(message).toContain('Invalid rule set US@2099-01-01');
    expect(message).toMatch(/Too small: expected number to be >=0\s+→ at promotions\.couponMinDiscountPct/);
    expect(message).toMatch(/expected number, received undefined\s+→ at outlet\.outletMinSellerRating/);
  });

  it('rejects a percentage with more than two decimals, money that is not whole minor units, an unknown key', () => {
    const bad = base();
    bad.promotions!.ldMinBelowRefPct = 15.125;
    (bad.fees!.referral as Record<string, unknown>).referralMinFeePerItem = 0.3;
    bad.ishs!.ishsOptOutHours = 72;
    const run = () => parseRuleSetParams(bad, 'x');
    expect(run).toThrow(/a percentage has at most two decimals\s+→ at promotions\.ldMinBelowRefPct/);
    expect(run).toThrow(/expected int, received number\s+→ at fees\.referral\.referralMinFeePerItem/);
    expect(run).toThrow(/Unrecognized key: "ishsOptOutHours"\s+→ at ishs/);
  });

  it('rejects inconsistent figures: min above max, RPL-1 weights not summing to 1, overlapping AIS tiers', () => {
    const bad = base();
    bad.promotions!.couponMinDiscountPct = 60;
    (bad.replenishment!.salesVelocityWeights as { velocityWeight: number }[])[0]!.velocityWeight = 0.2;
    expect(() => parseRuleSetParams(bad, 'x')).toThrow(/couponMaxDiscountPct[\s\S]*weights must sum to 1/);
    const tiers = base();
    (tiers.fees as Record<string, unknown>).agedInventorySurcharge = {
      aisSnapshotDayOfMonth: 15,
      aisTiers: [
        { aisMinAgeDays: 181, aisMaxAgeDays: 240, aisPerCuFt: 50, aisPerUnit: null, aisExemptCategories: [] },
        { aisMinAgeDays: 211, aisMaxAgeDays: null, aisPerCuFt: 100, aisPerUnit: null, aisExemptCategories: [] },
      ],
    };
    expect(() => parseRuleSetParams(tiers, 'x')).toThrow(/contiguous and ascending/);
  });

  it('a bad dated change fails the whole load, naming the version', () => {
    const data = {
      ...RULE_DATA,
      us: {
        ...RULE_DATA.us,
        changes: [
          ...RULE_DATA.us.changes,
          { effectiveFrom: '2027-01-01', note: 'bad', patch: { promotions: { ldMaxHours: -1 } } },
        ],
      },
    };
    expect(() => buildRuleSets(data)).toThrow(/Invalid rule set US@2027-01-01[\s\S]*promotions\.ldMaxHours/);
  });
});
