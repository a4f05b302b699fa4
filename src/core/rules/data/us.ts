// US rule set: every RULEBOOK figure plus the dated US fee tables of AMAZON-REPORTS.md section C.
// Money in US cents. Dates are America/Los_Angeles local days.
import type { PromoFeeModel, WeightBandFee } from '../schema.js';
import type { UsRuleData } from './types.js';

const NO_FEE: PromoFeeModel = {
  promoFeeFixedPerPromotion: 0,
  promoFeeFixedPerDay: 0,
  promoFeeFixedPerRedemption: 0,
  promoFeeVariablePct: 0,
  promoFeeVariableBase: 'none',
  promoFeeVariableCap: null,
};

export function flatPerPromotion(amount: number): PromoFeeModel {
  return { ...NO_FEE, promoFeeFixedPerPromotion: amount };
}

export function perRedemption(amount: number): PromoFeeModel {
  return { ...NO_FEE, promoFeeFixedPerRedemption: amount };
}

/** C.3 from 2025-06-02: 70.00 per deal day + 1% of deal sales, the variable part capped at 2,000.00. */
const DEAL_PER_DAY: PromoFeeModel = {
  ...NO_FEE,
  promoFeeFixedPerDay: 7000,
  promoFeeVariablePct: 1,
  promoFeeVariableBase: 'sales',
  promoFeeVariableCap: 200_000,
};

/** PM-1f seed 002: 0.60 per redemption + 2.5% of the discount amount. */
const COUPON_SEED: PromoFeeModel = {
  ...NO_FEE,
  promoFeeFixedPerRedemption: 60,
  promoFeeVariablePct: 2.5,
  promoFeeVariableBase: 'discount',
};

/** C.4 public notices from 2025-06-02: 5.00 per coupon + 2.5% of coupon-attributed sales. */
const COUPON_PUBLIC: PromoFeeModel = {
  ...NO_FEE,
  promoFeeFixedPerPromotion: 500,
  promoFeeVariablePct: 2.5,
  promoFeeVariableBase: 'sales',
};

function band(
  tier: WeightBandFee['bandSizeTier'],
  above: number,
  upTo: number | null,
  fee: number,
  perUnitAbove = 0,
): WeightBandFee {
  return {
    bandSizeTier: tier,
    bandMinWeightExclusive: above,
    bandMaxWeightInclusive: upTo,
    bandFeePerUnit: fee,
    bandFeePerUnitUpTo: null,
    bandFeePerWeightUnitAbove: perUnitAbove,
  };
}

/** C.7 removal/disposal per unit (lb): [std ≤0.5, ≤1, ≤2, >2 (+/lb)], [LB ≤1, ≤2, ≤4, ≤10, >10 (+/lb)]. */
function removalBands(std: readonly number[], lb: readonly number[], perLb: number): WeightBandFee[] {
  const [s1 = 0, s2 = 0, s3 = 0, s4 = 0] = std;
  const [l1 = 0, l2 = 0, l3 = 0, l4 = 0, l5 = 0] = lb;
  return [
    band('standard', 0, 0.5, s1),
    band('standard', 0.5, 1, s2),
    band('standard', 1, 2, s3),
    band('standard', 2, null, s4, perLb),
    band('large_bulky', 0, 1, l1),
    band('large_bulky', 1, 2, l2),
    band('large_bulky', 2, 4, l3),
    band('large_bulky', 4, 10, l4),
    band('large_bulky', 10, null, l5, perLb),
  ];
}

const JAN_SEP = [1, 2, 3, 4, 5, 6, 7, 8, 9];
const OCT_DEC = [10, 11, 12];
/** C.2: the 181–270-day tiers exclude these categories (2023 rule). */
const AIS_EXEMPT = ['apparel', 'shoes', 'bags', 'jewelry', 'watches'];

/** C.2 AIS tiers from 2023-04-15 (2024–2025 "same [unconfirmed]"). */
const AIS_2023 = [
  { aisMinAgeDays: 181, aisMaxAgeDays: 210, aisPerCuFt: 50, aisPerUnit: null, aisExemptCategories: AIS_EXEMPT },
  { aisMinAgeDays: 211, aisMaxAgeDays: 240, aisPerCuFt: 100, aisPerUnit: null, aisExemptCategories: AIS_EXEMPT },
  { aisMinAgeDays: 241, aisMaxAgeDays: 270, aisPerCuFt: 150, aisPerUnit: null, aisExemptCategories: AIS_EXEMPT },
  { aisMinAgeDays: 271, aisMaxAgeDays: 300, aisPerCuFt: 380, aisPerUnit: null, aisExemptCategories: [] },
  { aisMinAgeDays: 301, aisMaxAgeDays: 330, aisPerCuFt: 400, aisPerUnit: null, aisExemptCategories: [] },
  { aisMinAgeDays: 331, aisMaxAgeDays: 365, aisPerCuFt: 420, aisPerUnit: null, aisExemptCategories: [] },
  // "365+": $6.90/cu ft or $0.15/unit, whichever is greater (DEC-1: "365+" = more than 365 days).
  { aisMinAgeDays: 366, aisMaxAgeDays: null, aisPerCuFt: 690, aisPerUnit: 15, aisExemptCategories: [] },
];

export const US_RULES: UsRuleData = {
  clearwayDefaults: [
    'quote',
    'presale',
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
  ],
  base: {
    effectiveFrom: '2000-01-01',
    note: 'Base: RULEBOOK figures; fees in force before the first dated change known (AMAZON-REPORTS C.1–C.8).',
    patch: {
      referencePrices: {
        listPriceValidationWindowDays: 90, // PR-1a
        listPriceValidationWindowDaysSeasonal: 180, // PR-1a
        listPriceMinValidatingOrders: 1, // PR-1a
        referenceRecentExclusionHours: 24, // PR-1a, PR-2, PR-7
        wasPriceWindowDays: 90, // PR-2
        wasPriceMinQualifyingOrders: 3, // PR-2
        wasPriceFreezeAllowed: true, // PR-3
        wasPriceFreezeMinLeadDays: 30, // PR-3
        lowestRecentPriceWindowDays: 30, // PR-4
        lowestRecentPriceDrivesDealDisplay: false, // PR-4: FR and IT only
        lowestNetPriceWindowDays: 30, // PR-6
        refreshWasPriceMinOrders: 3, // PR-7
        refreshWasPriceWindowDays: 90, // PR-7
      },
      promotions: {
        couponMaxCurrentPriceOfRefPct: 130, // PM-1b
        couponMaxNetPriceOfRefPct: 95, // PM-1c
        couponMinDiscountPct: 5, // PM-1d
        couponMaxDiscountPct: 50, // PM-1d
        couponExemptNewAsinDays: 90, // PM-1g
        couponExemptMinRating: 4, // PM-1g
        couponExemptMinRatingCount: 5, // PM-1g
        couponRequiresSalesHistory: false, // PM-1h: required from 2024-03-01 (change below)
        pdMinBelowRefPct: 5, // PM-2
        pdMinBelowLowestNetPct: 5, // PM-2
        pdMinBelowCurrentPct: 5, // PM-2
        pedEventMinDiscountPct: 20, // PM-2 (public notices)
        pedEventMaxDiscountPct: 80,
        pedEventMinBelowRefPct: 15,
        pedEventMinBelowWasPricePct: 5,
        ldMinBelowRefPct: 15, // PM-3
        ldEventMinBelowRefPct: 20, // PM-3, C.3
        ldMinBelowLowestNetPct: 5, // PM-3
        ldMinBelowWasPricePct: 5, // PM-3
        ldMaxHours: 12, // PM-3
        ldMinGapDays: 7, // PM-3
        bdMinBelowRefPct: 10, // PM-4
        bdEventMinBelowRefPct: 15, // PM-4, C.3
        bdMinDays: 1, // PM-4
        bdMaxDays: 14, // PM-4
        promoCodeMinDiscountPct: 5, // PM-5
        promoCodeMaxDiscountPct: 50, // PM-5
        promoCodeDealKinds: ['lightning_deal', 'best_deal'], // PM-5; Outlet stacks with codes (OUT-11)
        promoCodeTypesStackingWithDeals: ['social'], // PM-5
        promoDayBudgetWindowDays: 90, // PM-9
        promoDayBudgetMaxPct: 70, // PM-9
        promoDayBudgetShortWindowDays: 30, // PM-9
        promoDayBudgetShortMaxDays: 21, // PM-9
      },
      quote: {
        // PQ-4: every subset of up to 8 live promotion codes is checked (2^8 = 256 per buyer context);
        // beyond that the quote module checks a bounded set and warns. clearway default.
        lossGuardMaxCodes: 8,
      },
      outlet: {
        outletRequiredSellingPlan: 'professional', // OUT-1
        outletMinSellerRating: 3.5, // OUT-1
        outletMinAgedDays: 90, // OUT-2a
        outletOnHandMustExceed: 10, // OUT-2b
        outletMinProductRating: 3, // OUT-2e, OUT-8
        outletRecentDealLookbackDays: 60, // OUT-2h
        outletCooldownAfterDealDays: 90, // OUT-2h
        outletMinDiscountPct: 20, // OUT-4, OUT-5
        outletDealMinDiscountPct: 30, // OUT-5
        outletSaleRecommendedMinPct: 25, // OUT-5
        outletSaleRecommendedMaxPct: 30, // OUT-5
        outletSaleMaxFeaturedWeeks: 2, // OUT-5
        outletCycleStartWeekday: 1, // OUT-6: Monday
        outletReviewResultWeekday: 5, // OUT-6: Friday
        outletDealDurationDays: 14, // OUT-6
        outletRecommendStockToSalesAbove: 3, // OUT-3
        outletRecommendAgedDaysAbove: 90, // OUT-3
        outletUnderPriceAdviceMax: 1000, // OUT-13: $10
      },
      inventoryHealth: {
        stockToSalesSalesWindowDays: 30, // EXC-1
        stockToSalesStockoutBelow: 2, // EXC-1, DEC-4
        stockToSalesHealthyMax: 3,
        stockToSalesModerateMax: 5,
        excessAgeDaysAbove: 90, // EXC-2
        agedStorageDaysAbove: 180, // EXC-2
        peakSeasonMonths: OCT_DEC, // EXC-2
        holdingCostHorizonsDays: [30, 90], // EXC-2
        excessHealthyCoverDays: 90, // clearway default: 90 days of cover = the top of the healthy band (ratio 3)
      },
      clearance: {
        clearanceLdBelowUnits: 500, // EXC-3
        clearanceWootAboveUnits: 1000, // EXC-3
        wootRounds: [
          { wootRoundKind: 'woot', wootRoundDays: 14 },
          { wootRoundKind: 'best_deal', wootRoundDays: 7 },
          { wootRoundKind: 'gap', wootRoundDays: 7 },
          { wootRoundKind: 'woot', wootRoundDays: 14 },
        ], // EXC-3: 42 days in all
        wootMaxDiscountPct: 70, // EXC-3
        offsiteDealMinDiscountPct: 30, // EXC-6
        wholesaleMinPctOfOriginal: 10, // EXC-6
        wholesaleMaxPctOfOriginal: 20,
        wholesaleMinDays: 3,
        wholesaleMaxDays: 7,
        liquidationGrossRecoveryMinPctOfAsp: 5, // EXC-7, C.6
        liquidationGrossRecoveryMaxPctOfAsp: 10,
        liquidationSeedRecoveryMinPct: 5, // EXC-7 (seed 001)
        liquidationSeedRecoveryMaxPct: 20,
        markdownStages: [
          {
            markdownStageNumber: 1,
            markdownStageTarget: 'break_even',
            markdownStageMinAgeDaysAbove: null,
            markdownStagePurchaseCostRecoveredPct: null,
          },
          {
            markdownStageNumber: 2,
            markdownStageTarget: 'purchase_cost',
            markdownStageMinAgeDaysAbove: null,
            markdownStagePurchaseCostRecoveredPct: null,
          },
          {
            markdownStageNumber: 3,
            markdownStageTarget: 'part_of_purchase_cost',
            markdownStageMinAgeDaysAbove: 180,
            // Seed: stage 3 loses ¥40.02 of ¥42.67 + ¥18.88, i.e. recovers about half the purchase cost.
            markdownStagePurchaseCostRecoveredPct: 50,
          },
        ], // EXC-5
        liftOutletDiscountPct: 20, // EXC-9
        liftOutletDailyUnitsBefore: 10,
        liftOutletDailyUnitsAfter: 35,
        liftOutletRunDays: 14,
        liftOutletRunUnits: 490,
        liftBdCouponPct: 30, // EXC-9
        liftBdFirstDayUnits: 200,
        liftBdRunDays: 7,
        liftBdRunUnits: 800,
        // EXC-9: the seed gives neither the BD example's daily sales before the deal nor the BD's own
        // discount under the 30% coupon: clearway defaults (listed in clearwayDefaults).
        liftBdDailyUnitsBefore: 10,
        liftBdDealDiscountPct: 10,
        // EXC-6: remote fulfilment (NARF) / EFN cost per unit sold into another marketplace, as % of the
        // target price (no figure in the sources: clearway default).
        crossMarketplaceTransferCostPct: 10,
      },
      replenishment: {
        salesVelocityWeights: [
          { velocityWindowDays: 3, velocityWeight: 0.1 },
          { velocityWindowDays: 7, velocityWeight: 0.4 },
          { velocityWindowDays: 14, velocityWeight: 0.3 },
          { velocityWindowDays: 30, velocityWeight: 0.2 },
        ], // RPL-1
        reorderCoverMinDays: 60, // RPL-2
        reorderCoverMaxDays: 90,
        reorderCoverDefaultDays: 75, // clearway default: the middle of RPL-2's 60–90
        firstShipmentMinUnits: 150, // RPL-2
        firstShipmentMaxUnits: 300,
        stockDataStaleAfterDays: 7, // RPL-3
        seasonalCutStockingMonthsBeforePeak: 1, // RPL-4
        seasonalClearanceWeeksBeforeEnd: 2, // RPL-4
        seasonalHistoryDays: 365, // clearway default: one year of the product's own sales
        seasonalPeakShareOfMaxPct: 50, // clearway default: season months sell ≥ 50% of the best month
      },
      ishs: {
        ishsQualifyingCarrierPrograms: ['amazon_freight', 'partnered_carrier', 'amazon_global_logistics'], // ISHS-1
        ishsOptOutGraceHours: 72, // ISHS-4
        // ISHS-2/ISHS-3: seed 003 gives no figures; clearway defaults (listed in clearwayDefaults).
        ishsReceivingDays: 2,
        ishsPrimeDeliveryDays: 2,
        ishsStandardDeliveryDays: 5,
        ishsCapPctOfInTransit: 100,
        ishsConfidenceMaxEtaSlips: 1,
        ishsConfidenceRequiresShipped: true,
        ishsConfidenceMaxDaysAhead: 30,
      },
      presale: {
        // PRE-2: seed 004 names min/max campaign length as a review check but gives no figures.
        // clearway defaults (listed in clearwayDefaults), not Amazon figures.
        presaleMinCampaignDays: 3,
        presaleMaxCampaignDays: 60,
        presaleMinMarginPct: 5,
      },
      fees: {
        // C.1 "Before Apr 1, 2024" [confirmed]. (An older page, ≈2019–2022, gave $0.75/$2.40 and
        // $0.48/$1.20 without dates; not used.)
        storage: {
          storageFeeRates: [
            { storageSizeTier: 'standard', storageMonths: JAN_SEP, storageFeePerCuFt: 87 },
            { storageSizeTier: 'standard', storageMonths: OCT_DEC, storageFeePerCuFt: 240 },
            { storageSizeTier: 'large_bulky', storageMonths: JAN_SEP, storageFeePerCuFt: 56 },
            { storageSizeTier: 'large_bulky', storageMonths: OCT_DEC, storageFeePerCuFt: 140 },
          ],
        },
        agedInventorySurcharge: null, // C.2: AIS tiers known from 2023-04-15
        deals: {
          lightningDealFee: flatPerPromotion(15_000), // C.3 until 2025-06-01: $150
          lightningDealEventFee: flatPerPromotion(50_000), // C.3 peak events: $500
          bestDealFee: flatPerPromotion(30_000), // C.3: $300
          bestDealEventFee: flatPerPromotion(100_000), // C.3 peak events: $1,000
        },
        coupons: {
          couponFee: perRedemption(60), // C.4 until 2025-06-01: $0.60 per redemption [confirmed]
          couponFeeSeedModel: COUPON_SEED, // PM-1f seed figures (no start date given)
        },
        ped: { pedEventFee: flatPerPromotion(5000), pedEventFeeOnlyIfUnitsSold: true }, // C.8: $50
        referral: { referralDefaultPct: 15, referralMinFeePerItem: 30 }, // C.5
        liquidation: {
          liquidationReferralPctOfGross: 15, // C.6
          liquidationProcessingWeightUnit: 'lb',
          liquidationProcessingFees: null, // C.6: the US table was not captured
        },
        // C.7 "≤ Jan 17, 2022" column.
        removal: {
          removalWeightUnit: 'lb',
          removalFeeBands: removalBands([32, 35, 48, 67], [60, 72, 126, 232, 350], 35),
        },
        lowInventoryLevel: null, // C.8: facts known from 2024-05-15
        outlet: { outletDealFee: 0 }, // C.8, EXC-3: Outlet is free
      },
    },
  },
  changes: [
    {
      effectiveFrom: '2022-01-18',
      note: 'C.7: removal/disposal fees of Jan 18, 2022 [confirmed, itemID=Z5Q2VW5WF4JWRGC].',
      patch: {
        fees: {
          removal: { removalFeeBands: removalBands([52, 75, 114, 151], [150, 196, 289, 505, 725], 63) },
        },
      },
    },
    {
      effectiveFrom: '2023-04-15',
      note: 'C.2: aged inventory surcharge tiers from Apr 15, 2023.',
      patch: { fees: { agedInventorySurcharge: { aisSnapshotDayOfMonth: 15, aisTiers: AIS_2023 } } },
    },
    {
      effectiveFrom: '2024-01-01',
      note:
        'C.7: removal/disposal fees of the "2024–2025" column [3rd-party]; the exact start day is not ' +
        'known, the start of 2024 is assumed.',
      patch: {
        fees: {
          removal: { removalFeeBands: removalBands([104, 153, 227, 289], [312, 430, 636, 1004, 1432], 106) },
        },
      },
    },
    {
      effectiveFrom: '2024-03-01',
      note: 'PM-1h, C.4: coupons need a sales history (public notices, Feb–Mar 2024; March 1 assumed).',
      patch: { promotions: { couponRequiresSalesHistory: true } },
    },
    {
      effectiveFrom: '2024-04-01',
      note: 'C.1: standard-size storage Jan–Sep $0.87 → $0.78 per cu ft [confirmed].',
      patch: {
        fees: {
          storage: {
            storageFeeRates: [
              { storageSizeTier: 'standard', storageMonths: JAN_SEP, storageFeePerCuFt: 78 },
              { storageSizeTier: 'standard', storageMonths: OCT_DEC, storageFeePerCuFt: 240 },
              { storageSizeTier: 'large_bulky', storageMonths: JAN_SEP, storageFeePerCuFt: 56 },
              { storageSizeTier: 'large_bulky', storageMonths: OCT_DEC, storageFeePerCuFt: 140 },
            ],
          },
        },
      },
    },
    {
      effectiveFrom: '2024-05-15',
      note: 'C.8: low-inventory-level fee facts (28 days of supply on 30/90-day windows; < 20 units in 7 days exempt).',
      patch: {
        fees: {
          lowInventoryLevel: {
            lowInventoryMinHistoricalDaysOfSupply: 28,
            lowInventorySupplyWindowsDays: [30, 90],
            lowInventoryExemptBelowUnitsShipped: 20,
            lowInventoryExemptWindowDays: 7,
            lowInventoryFeePerUnit: null, // amounts not captured
          },
        },
      },
    },
    {
      effectiveFrom: '2025-06-02',
      note:
        'C.3, PM-3, PM-4: deal fees $70 per deal day + 1% of sales (variable part capped at $2,000); ' +
        'C.4: coupon fee $5 per coupon + 2.5% of coupon sales (public notices; the seed model is kept beside it).',
      patch: {
        fees: {
          deals: { lightningDealFee: DEAL_PER_DAY, bestDealFee: DEAL_PER_DAY },
          coupons: { couponFee: COUPON_PUBLIC },
        },
      },
    },
    {
      effectiveFrom: '2025-11-05',
      note: 'C.4, PM-1f: the coupon fee variable part is capped at $2,000 per coupon (newly created coupons).',
      patch: {
        fees: {
          coupons: {
            couponFee: { ...COUPON_PUBLIC, promoFeeVariableCap: 200_000 },
            couponFeeSeedModel: { ...COUPON_SEED, promoFeeVariableCap: 200_000 },
          },
        },
      },
    },
    {
      effectiveFrom: '2026-01-15',
      note:
        'C.2: AIS 365+ split into 366–455 ($0.30/unit) and 456+ (greater of $0.35/unit or $7.90/cu ft); ' +
        'C.7: standard 0–0.5 lb removal $1.04 → $0.84.',
      patch: {
        fees: {
          agedInventorySurcharge: {
            aisTiers: [
              ...AIS_2023.slice(0, 6),
              // Per-cu-ft floor "presumably still $6.90 [unconfirmed]": not known, so null.
              { aisMinAgeDays: 366, aisMaxAgeDays: 455, aisPerCuFt: null, aisPerUnit: 30, aisExemptCategories: [] },
              { aisMinAgeDays: 456, aisMaxAgeDays: null, aisPerCuFt: 790, aisPerUnit: 35, aisExemptCategories: [] },
            ],
          },
          removal: { removalFeeBands: removalBands([84, 153, 227, 289], [312, 430, 636, 1004, 1432], 106) },
        },
      },
    },
  ],
};
