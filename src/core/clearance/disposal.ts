// The last resorts and the off-Amazon exits, per unit (EXC-6, EXC-7; AMAZON-REPORTS C.6, C.7):
// - Liquidation (C.6): gross = ASP × r with r in the rule set's 5–10% of the average selling price
//   (the expected value is the middle of the range), less the liquidation referral fee (15% of the
//   gross) and the per-unit processing fee by size tier and weight. Where the rule set has no
//   processing table (US: not captured) the fee is "no fee data": left out and flagged. The seed's
//   own 5–20% "of value" range is shown beside it.
// - Removal / disposal (C.7): the per-unit fee by size tier and shipping weight of the rule set in
//   force (automatic removal donates, then disposes; nothing is recovered).
// - Wholesale through a third-party warehouse (EXC-6): 10–20% of the original price (the middle is
//   expected), in 3–7 days, after a removal from FBA at the removal fee.
// Size and weight: products carry a unit volume (unit_cubic_feet) but no weight. The size tier is
// standard up to the standard-size box (18 × 14 × 8 in = 1.1667 cu ft), large/bulky above; the
// shipping weight is the dimensional weight of that volume (volume in³ ÷ 139 lb, or cm³ ÷ 5,000 kg —
// Amazon's divisors), which is what Amazon bills when it exceeds the unit weight. Without a volume
// there is no size: the fee is "no size data".
import type { Minor, ProductFact } from '../catalog/facts.js';
import { mulDivHalfUp, percentToBasisPoints } from '../money/money.js';
import type { RuleSet, SizeTier, WeightBandFee, WeightUnit } from '../rules/schema.js';

export const STANDARD_MAX_CUBIC_FEET = (18 * 14 * 8) / 1728;
const CUBIC_INCHES_PER_CUBIC_FOOT = 1728;
const CUBIC_CM_PER_CUBIC_FOOT = 28_316.846592;
const DIM_DIVISOR_LB = 139;
const DIM_DIVISOR_KG = 5000;

export interface UnitSize {
  readonly tier: SizeTier;
  /** Shipping weight estimated as dimensional weight, in `unit`. */
  readonly weight: number;
  readonly unit: WeightUnit;
}

/** The size tier and estimated shipping weight of a product (null without a unit volume). */
export function unitSizeOf(p: Pick<ProductFact, 'unitCubicFeet'>, unit: WeightUnit): UnitSize | null {
  const cuft = p.unitCubicFeet;
  if (cuft === null || !(cuft > 0)) return null;
  const tier: SizeTier = cuft <= STANDARD_MAX_CUBIC_FEET ? 'standard' : 'large_bulky';
  const weight =
    unit === 'lb'
      ? (cuft * CUBIC_INCHES_PER_CUBIC_FOOT) / DIM_DIVISOR_LB
      : (cuft * CUBIC_CM_PER_CUBIC_FOOT) / DIM_DIVISOR_KG;
  return { tier, weight, unit };
}

/** The high end of a band known only as a range ("from €0.50 to €3.00"), else null. */
export function bandFeeUpTo(bands: readonly WeightBandFee[], size: UnitSize): Minor | null {
  return findBand(bands, size)?.bandFeePerUnitUpTo ?? null;
}

function findBand(bands: readonly WeightBandFee[], size: UnitSize): WeightBandFee | undefined {
  return bands.find(
    (b) =>
      b.bandSizeTier === size.tier &&
      size.weight > b.bandMinWeightExclusive - 1e-12 &&
      (b.bandMaxWeightInclusive === null || size.weight <= b.bandMaxWeightInclusive + 1e-12),
  );
}

/** The fee of a weight band table for a size (null: no band or no figure); a band known only as a
 *  range counts at its low end (bandFeeUpTo gives the high end). */
export function bandFee(bands: readonly WeightBandFee[], size: UnitSize): Minor | null {
  const band = findBand(bands, size);
  if (band === undefined || band.bandFeePerUnit === null) return null;
  const above = Math.max(0, size.weight - band.bandMinWeightExclusive);
  if (band.bandFeePerWeightUnitAbove === null)
    return above > 0 && band.bandMaxWeightInclusive === null ? null : band.bandFeePerUnit;
  return band.bandFeePerUnit + Math.round(band.bandFeePerWeightUnitAbove * above);
}

export interface RemovalFee {
  /** Per unit; null: no fee data or no size data. */
  readonly perUnit: Minor | null;
  readonly size: UnitSize | null;
  readonly reason: 'ok' | 'no_fee_data' | 'no_size_data';
}

/** C.7 removal / disposal fee per unit under the rule set. */
export function removalFee(rs: RuleSet, p: Pick<ProductFact, 'unitCubicFeet'>): RemovalFee {
  const table = rs.fees.removal;
  if (table === null) return { perUnit: null, size: null, reason: 'no_fee_data' };
  const size = unitSizeOf(p, table.removalWeightUnit);
  if (size === null) return { perUnit: null, size: null, reason: 'no_size_data' };
  const perUnit = bandFee(table.removalFeeBands, size);
  return { perUnit, size, reason: perUnit === null ? 'no_fee_data' : 'ok' };
}

export interface LiquidationRecovery {
  /** Gross recovery per unit at the low, middle and high end of the rule set's range. */
  readonly grossLow: Minor;
  readonly gross: Minor;
  readonly grossHigh: Minor;
  /** Liquidation referral fee on the expected gross (null: no fee data, not charged). */
  readonly referral: Minor | null;
  /** Processing fee per unit (null: no fee data or no size data, not charged). */
  readonly processing: Minor | null;
  /** The high end when the processing band is known only as a range (null otherwise). */
  readonly processingUpTo: Minor | null;
  /** Expected net per unit = gross − referral − processing (what is known). */
  readonly net: Minor;
  /** The seed's own range of the value recovered (EXC-7: 5–20%), for comparison. */
  readonly seedRangePct: readonly [number, number];
  readonly rangePct: readonly [number, number];
  readonly missing: readonly ('referral' | 'processing')[];
}

function pctOf(amount: Minor, pct: number): Minor {
  return mulDivHalfUp(amount, percentToBasisPoints(pct), 10_000);
}

/** C.6 / EXC-7 liquidation per unit of average selling price `asp`. */
export function liquidationRecovery(
  rs: RuleSet,
  asp: Minor,
  p: Pick<ProductFact, 'unitCubicFeet'>,
): LiquidationRecovery {
  const c = rs.clearance;
  const lowPct = c.liquidationGrossRecoveryMinPctOfAsp;
  const highPct = c.liquidationGrossRecoveryMaxPctOfAsp;
  const grossLow = pctOf(asp, lowPct);
  const grossHigh = pctOf(asp, highPct);
  const gross = Math.round((grossLow + grossHigh) / 2);
  const table = rs.fees.liquidation;
  const referralPct = table?.liquidationReferralPctOfGross ?? null;
  const referral = referralPct === null ? null : pctOf(gross, referralPct);
  let processing: Minor | null = null;
  let processingUpTo: Minor | null = null;
  if (table !== null && table.liquidationProcessingFees !== null) {
    const size = unitSizeOf(p, table.liquidationProcessingWeightUnit);
    processing = size === null ? null : bandFee(table.liquidationProcessingFees, size);
    processingUpTo = size === null ? null : bandFeeUpTo(table.liquidationProcessingFees, size);
  }
  const missing: ('referral' | 'processing')[] = [];
  if (referral === null) missing.push('referral');
  if (processing === null) missing.push('processing');
  return {
    grossLow,
    gross,
    grossHigh,
    referral,
    processing,
    processingUpTo,
    net: gross - (referral ?? 0) - (processing ?? 0),
    seedRangePct: [c.liquidationSeedRecoveryMinPct, c.liquidationSeedRecoveryMaxPct],
    rangePct: [lowPct, highPct],
    missing,
  };
}

export interface WholesaleRecovery {
  readonly low: Minor;
  readonly expected: Minor;
  readonly high: Minor;
  readonly days: readonly [number, number];
}

/** EXC-6: wholesale at 10–20% of the original price, per unit. */
export function wholesaleRecovery(rs: RuleSet, originalPrice: Minor): WholesaleRecovery {
  const c = rs.clearance;
  const low = pctOf(originalPrice, c.wholesaleMinPctOfOriginal);
  const high = pctOf(originalPrice, c.wholesaleMaxPctOfOriginal);
  return { low, expected: Math.round((low + high) / 2), high, days: [c.wholesaleMinDays, c.wholesaleMaxDays] };
}
