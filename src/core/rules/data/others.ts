// Rule sets of CA, MX, UK, DE, FR, IT, ES, JP (GEN-3). Each starts from the US non-fee parameters,
// flagged as assumed, and from no fee figures at all (null); the changes below hold only what
// RULEBOOK / AMAZON-REPORTS.md say for the marketplace itself. Money in the marketplace's minor units;
// dates are the marketplace's local days.
import type { WeightBandFee } from '../schema.js';
import type { OtherRuleData, RuleChange } from './types.js';
import { perRedemption } from './us.js';

const BASE_DAY = '2000-01-01';

/** PR-3 lists where Was Price freezing is allowed; PR-4 where the Lowest Recent Price drives display. */
function referenceFacts(freeze: boolean, lowestRecentDisplay: boolean): RuleChange {
  return {
    effectiveFrom: BASE_DAY,
    note:
      `PR-3: Was Price freezing ${freeze ? 'allowed' : 'not allowed'}; ` +
      `PR-4: Lowest Recent Price ${lowestRecentDisplay ? 'drives' : 'does not drive'} deal/PED display; ` +
      'OUT-13: the "Under $10" advice is US-only (null).',
    patch: {
      referencePrices: { wasPriceFreezeAllowed: freeze, lowestRecentPriceDrivesDealDisplay: lowestRecentDisplay },
      outlet: { outletUnderPriceAdviceMax: null },
    },
  };
}

function kgBand(
  tier: WeightBandFee['bandSizeTier'],
  above: number,
  upTo: number | null,
  fee: number | null,
  feeUpTo: number | null,
  perKgAbove: number | null,
): WeightBandFee {
  return {
    bandSizeTier: tier,
    bandMinWeightExclusive: above,
    bandMaxWeightInclusive: upTo,
    bandFeePerUnit: fee,
    bandFeePerUnitUpTo: feeUpTo,
    bandFeePerWeightUnitAbove: perKgAbove,
  };
}

/**
 * C.6 EU/UK liquidation processing fee per unit: standard 0–500 g €/£0.25; 501–1,000 g €0.45;
 * 1,001 g+ €0.50 + €0.40/kg (read as per kg above 1 kg); oversize from €0.50 to €3.00 + €0.40/kg
 * (the bands inside that range were not captured). Only the 0–500 g figure is given in GBP.
 */
const EU_LIQUIDATION: RuleChange = {
  effectiveFrom: BASE_DAY,
  note: 'C.6: EU liquidation processing fees per unit (EUR); the 15% referral on gross is a US figure (null here).',
  patch: {
    fees: {
      liquidation: {
        liquidationReferralPctOfGross: null,
        liquidationProcessingWeightUnit: 'kg',
        liquidationProcessingFees: [
          kgBand('standard', 0, 0.5, 25, null, 0),
          kgBand('standard', 0.5, 1, 45, null, 0),
          kgBand('standard', 1, null, 50, null, 40),
          kgBand('large_bulky', 0, null, 50, 300, 40),
        ],
      },
    },
  },
};

const UK_LIQUIDATION: RuleChange = {
  effectiveFrom: BASE_DAY,
  note: 'C.6: UK liquidation processing fee £0.25 for standard 0–500 g; the other bands are given only in EUR (null).',
  patch: {
    fees: {
      liquidation: {
        liquidationReferralPctOfGross: null,
        liquidationProcessingWeightUnit: 'kg',
        liquidationProcessingFees: [
          kgBand('standard', 0, 0.5, 25, null, 0),
          kgBand('standard', 0.5, 1, null, null, null),
          kgBand('standard', 1, null, null, null, null),
          kgBand('large_bulky', 0, null, null, null, null),
        ],
      },
    },
  },
};

/** C.4: until 2025-06-01 the coupon fee was per redemption (CA$0.60; €0.50 in FR); the later model is US-only. */
function couponPerRedemptionUntilJune2025(amount: number, label: string): RuleChange[] {
  return [
    {
      effectiveFrom: BASE_DAY,
      note: `C.4: coupon fee ${label} per redemption [confirmed, itemID=202189370].`,
      patch: { fees: { coupons: { couponFee: perRedemption(amount) } } },
    },
    {
      effectiveFrom: '2025-06-02',
      note: 'C.4: the coupon fee changed on 2025-06-02; the new figures are known for US only (no fee data).',
      patch: { fees: { coupons: { couponFee: null } } },
    },
  ];
}

export const OTHER_RULES: readonly OtherRuleData[] = [
  {
    marketplace: 'CA',
    changes: [referenceFacts(false, false), ...couponPerRedemptionUntilJune2025(60, 'CA$0.60')],
  },
  {
    marketplace: 'MX',
    changes: [
      referenceFacts(false, false),
      {
        effectiveFrom: BASE_DAY,
        note: 'C.4: coupon discount 5%–50% (Amazon MX announcement).',
        patch: {
          promotions: { couponMinDiscountPct: 5, couponMaxDiscountPct: 50, couponRequiresSalesHistory: false },
        },
      },
      {
        effectiveFrom: '2024-03-01',
        note: 'C.4, PM-1h: coupons need a sales history (Amazon MX announcement, Feb–Mar 2024; March 1 assumed).',
        patch: { promotions: { couponRequiresSalesHistory: true } },
      },
    ],
  },
  { marketplace: 'UK', changes: [referenceFacts(false, false), UK_LIQUIDATION] },
  { marketplace: 'DE', changes: [referenceFacts(true, false), EU_LIQUIDATION] },
  {
    marketplace: 'FR',
    changes: [referenceFacts(true, true), EU_LIQUIDATION, ...couponPerRedemptionUntilJune2025(50, '€0.50')],
  },
  { marketplace: 'IT', changes: [referenceFacts(true, true), EU_LIQUIDATION] },
  { marketplace: 'ES', changes: [referenceFacts(true, false), EU_LIQUIDATION] },
  { marketplace: 'JP', changes: [referenceFacts(true, false)] },
];
