// The shape of a marketplace rule set (GEN-3): every number of RULEBOOK.md and the fee facts of
// AMAZON-REPORTS.md section C, grouped by the core folder that reads them. Validated with zod when the
// rule sets are first loaded (rules.ts).
//
// Conventions:
// - Percentages are numbers with at most two decimals (30 = 30%, 2.5 = 2.5%), as money.ts expects.
// - Money is integer minor units of the marketplace currency (`minor`).
// - Durations are named fields in days/hours/weeks/months (`…Days`, `…Hours`).
// - `null` = not known for this marketplace: answers say "no fee data" (GEN-3), never a guess.
// - Leaf key names are distinctive on purpose (coverage.test.ts greps src/core for each of them to
//   prove that some rule reads it). Keys of the shared fee models (`promoFee…`, `band…`) repeat by
//   design: one generic evaluator reads them for every table that uses the model.
import { z } from 'zod';
import { CARRIER_PROGRAMS, CODE_TYPES, PROMOTION_KINDS, SELLING_PLANS } from '../catalog/facts.js';
import { MARKETPLACES } from '../catalog/marketplace.js';
import { CURRENCIES } from '../money/money.js';

// ---- building blocks -------------------------------------------------------------------------

const hasAtMostTwoDecimals = (n: number): boolean => Math.abs(Math.round(n * 100) - n * 100) < 1e-6;

/** A percentage ≥ 0 with at most two decimals (130 is allowed: "≤ 130% of ref"). */
export const pct = z
  .number()
  .nonnegative()
  .max(1000)
  .refine(hasAtMostTwoDecimals, { message: 'a percentage has at most two decimals' });
/** A percentage in [0, 100]. */
export const pct100 = pct.max(100);
/** Integer minor units ≥ 0. */
export const minor = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);
/** A whole count of days, hours, units … ≥ 0. */
export const count = z.number().int().nonnegative();
export const positiveCount = z.number().int().positive();
/** A star rating 0–5. */
export const rating = z.number().min(0).max(5);
/** Month numbers 1–12 (1 = January). */
export const months = z.array(z.number().int().min(1).max(12)).min(1);
/** ISO weekday 1–7 (1 = Monday). */
export const isoWeekday = z.number().int().min(1).max(7);

export const SIZE_TIERS = ['standard', 'large_bulky'] as const;
export type SizeTier = (typeof SIZE_TIERS)[number];
export const sizeTier = z.enum(SIZE_TIERS);

export const WEIGHT_UNITS = ['lb', 'kg'] as const;
export type WeightUnit = (typeof WEIGHT_UNITS)[number];

export const PROMO_FEE_BASES = ['none', 'sales', 'discount'] as const;
export type PromoFeeBase = (typeof PROMO_FEE_BASES)[number];

/**
 * Fee model for deals, coupons and PED (C.3, C.4, C.8; PM-1f, PM-3, PM-4). All parts add up:
 *   fee = promoFeeFixedPerPromotion + promoFeeFixedPerDay × days + promoFeeFixedPerRedemption × redemptions
 *       + min(promoFeeVariablePct% of (sales | discount), promoFeeVariableCap ?? ∞)
 * e.g. LD before 2025-06-02: 150.00 per deal; from 2025-06-02: 70.00 per day + 1% of sales capped at
 * 2,000.00; coupon (seed): 0.60 per redemption + 2.5% of the discount; coupon (public): 5.00 per coupon +
 * 2.5% of sales. Unused parts are 0.
 */
export const promoFeeModel = z
  .strictObject({
    promoFeeFixedPerPromotion: minor,
    promoFeeFixedPerDay: minor,
    promoFeeFixedPerRedemption: minor,
    promoFeeVariablePct: pct100,
    promoFeeVariableBase: z.enum(PROMO_FEE_BASES),
    /** Cap on the variable part per promotion; null = uncapped. */
    promoFeeVariableCap: minor.nullable(),
  })
  .refine((m) => (m.promoFeeVariablePct === 0) === (m.promoFeeVariableBase === 'none'), {
    message: 'promoFeeVariableBase must be "none" exactly when promoFeeVariablePct is 0',
  });
export type PromoFeeModel = z.infer<typeof promoFeeModel>;

/**
 * Per-unit fee by size tier and shipping weight (C.6 liquidation processing, C.7 removal/disposal):
 * a unit of `bandSizeTier` weighing w with bandMinWeightExclusive < w ≤ bandMaxWeightInclusive (null =
 * no upper bound) pays bandFeePerUnit + bandFeePerWeightUnitAbove × (w − bandMinWeightExclusive).
 * When only a range is known ("from €0.50 to €3.00"), bandFeePerUnit is its low end and
 * bandFeePerUnitUpTo its high end; otherwise bandFeePerUnitUpTo is null. A null bandFeePerUnit means
 * the band exists but its figure is not known for this currency (likewise a null per-weight part).
 */
export const weightBandFee = z.strictObject({
  bandSizeTier: sizeTier,
  bandMinWeightExclusive: z.number().nonnegative(),
  bandMaxWeightInclusive: z.number().positive().nullable(),
  bandFeePerUnit: minor.nullable(),
  bandFeePerUnitUpTo: minor.nullable(),
  bandFeePerWeightUnitAbove: minor.nullable(),
});
export type WeightBandFee = z.infer<typeof weightBandFee>;

// ---- capability groups --------------------------------------------------------------------------

/** PR-1..PR-7 (reference-prices). */
export const referencePricesSchema = z.strictObject({
  listPriceValidationWindowDays: positiveCount, // PR-1a: 90
  listPriceValidationWindowDaysSeasonal: positiveCount, // PR-1a: 180 for a seasonal product
  listPriceMinValidatingOrders: positiveCount, // PR-1a: at least 1 order at or above the List Price
  referenceRecentExclusionHours: count, // PR-1a, PR-2, PR-7: not in the past 24 hours
  wasPriceWindowDays: positiveCount, // PR-2: 90
  wasPriceMinQualifyingOrders: positiveCount, // PR-2: ≥ 3 qualifying lines
  wasPriceFreezeAllowed: z.boolean(), // PR-3: US, DE, FR, ES, IT, JP
  wasPriceFreezeMinLeadDays: count, // PR-3: frozen from ≥ 30 days before the event
  lowestRecentPriceWindowDays: positiveCount, // PR-4: 30
  lowestRecentPriceDrivesDealDisplay: z.boolean(), // PR-4: FR and IT
  lowestNetPriceWindowDays: positiveCount, // PR-6: 30
  refreshWasPriceMinOrders: positiveCount, // PR-7: ≥ 3 orders
  refreshWasPriceWindowDays: positiveCount, // PR-7: within 90 days
});

/** PM-1..PM-10 (promotions). "Event" = a declared major event (Prime Day, BFCM …). */
export const promotionsSchema = z.strictObject({
  couponMaxCurrentPriceOfRefPct: pct, // PM-1b: current price ≤ 130% of ref
  couponMaxNetPriceOfRefPct: pct100, // PM-1c: net ≤ 95% of ref
  couponMinDiscountPct: pct100, // PM-1d: 5
  couponMaxDiscountPct: pct100, // PM-1d: 50
  couponExemptNewAsinDays: count, // PM-1g: ASIN created within the past 90 days
  couponExemptMinRating: rating, // PM-1g: rated ≥ 4.0 …
  couponExemptMinRatingCount: count, // PM-1g: … with ≥ 5 ratings
  couponRequiresSalesHistory: z.boolean(), // PM-1h (since March 2024)
  pdMinBelowRefPct: pct100, // PM-2: PD and PED ≥ 5% below ref
  pdMinBelowLowestNetPct: pct100, // PM-2: ≥ 5% below the 30-day lowest net price
  pdMinBelowCurrentPct: pct100, // PM-2: ≥ 5% below the current price
  pedEventMinDiscountPct: pct100, // PM-2 (event PED): 20–80% off the non-promotional price
  pedEventMaxDiscountPct: pct100,
  pedEventMinBelowRefPct: pct100, // PM-2 (event PED): ≥ 15% below ref
  pedEventMinBelowWasPricePct: pct100, // PM-2 (event PED): ≥ 5% below the Was Price
  ldMinBelowRefPct: pct100, // PM-3: 15
  ldEventMinBelowRefPct: pct100, // PM-3: 20 during a declared event
  ldMinBelowLowestNetPct: pct100, // PM-3: 5
  ldMinBelowWasPricePct: pct100, // PM-3: 5
  ldMaxHours: positiveCount, // PM-3: 12
  ldMinGapDays: count, // PM-3: two LDs ≥ 7 days apart (end to start)
  bdMinBelowRefPct: pct100, // PM-4: 10
  bdEventMinBelowRefPct: pct100, // PM-4: 15
  bdMinDays: positiveCount, // PM-4: 1
  bdMaxDays: positiveCount, // PM-4: 14
  promoCodeMinDiscountPct: pct100, // PM-5: 5
  promoCodeMaxDiscountPct: pct100, // PM-5: 50
  promoCodeDealKinds: z.array(z.enum(PROMOTION_KINDS)), // PM-5: the "deals" a code meets (LD, BD; Outlet stacks, OUT-11)
  promoCodeTypesStackingWithDeals: z.array(z.enum(CODE_TYPES)), // PM-5: social-media codes stack with deals
  promoDayBudgetWindowDays: positiveCount, // PM-9: in any 90 days …
  promoDayBudgetMaxPct: pct100, // PM-9: … ≤ 70% promotional days
  promoDayBudgetShortWindowDays: positiveCount, // PM-9: in any 30 days …
  promoDayBudgetShortMaxDays: count, // PM-9: … ≤ 21 promotional days
});

/** PQ-1..PQ-4 (quote). The RULEBOOK gives no figures: the values are clearway defaults. */
export const quoteSchema = z.strictObject({
  lossGuardMaxCodes: z.number().int().min(0).max(16), // PQ-4: code subsets checked exhaustively up to this many codes
});

/** OUT-1..OUT-13 (outlet). */
export const outletSchema = z.strictObject({
  outletRequiredSellingPlan: z.enum(SELLING_PLANS), // OUT-1: professional
  outletMinSellerRating: rating, // OUT-1: ≥ 3.5
  outletMinAgedDays: count, // OUT-2a: some units in FCs ≥ 90 days
  outletOnHandMustExceed: count, // OUT-2b: on-hand > 10 units
  outletMinProductRating: rating, // OUT-2e, OUT-8: ≥ 3.0 (or no reviews)
  outletRecentDealLookbackDays: count, // OUT-2h: not on an Outlet deal in the past 60 days
  outletCooldownAfterDealDays: count, // OUT-2h: not within 90 days after its last Outlet deal ended
  outletMinDiscountPct: pct100, // OUT-4, OUT-5: 20
  outletDealMinDiscountPct: pct100, // OUT-5: Outlet deal ≥ 30 (sale: [20, 30))
  outletSaleRecommendedMinPct: pct100, // OUT-5: recommended 25–30
  outletSaleRecommendedMaxPct: pct100,
  outletSaleMaxFeaturedWeeks: positiveCount, // OUT-5: featured at most two consecutive weeks
  outletCycleStartWeekday: isoWeekday, // OUT-6: Monday 00:00 marketplace time
  outletReviewResultWeekday: isoWeekday, // OUT-6: results by the Friday after submission
  outletDealDurationDays: positiveCount, // OUT-6: ends 14 days after start
  outletRecommendStockToSalesAbove: z.number().nonnegative(), // OUT-3: ratio > 3 …
  outletRecommendAgedDaysAbove: count, // OUT-3: … or units aged > 90 days
  outletUnderPriceAdviceMax: minor.nullable(), // OUT-13: "Under $10" page (US only; else null)
});

/** EXC-1, EXC-2 (inventory-health). Bands compare as DEC-4. */
export const inventoryHealthSchema = z.strictObject({
  stockToSalesSalesWindowDays: positiveCount, // EXC-1: units sold in the past 30 days
  stockToSalesStockoutBelow: z.number().nonnegative(), // DEC-4: < 2 stockout risk
  stockToSalesHealthyMax: z.number().nonnegative(), // DEC-4: [2, 3] healthy
  stockToSalesModerateMax: z.number().nonnegative(), // DEC-4: (3, 5] moderate; > 5 heavy
  excessAgeDaysAbove: count, // EXC-2: units aged > 90 days are excess
  agedStorageDaysAbove: count, // EXC-2: > 180 days attract aged storage charges
  peakSeasonMonths: months, // EXC-2: Oct–Dec storage costs about 3× Jan–Sep
  holdingCostHorizonsDays: z.array(positiveCount).min(1), // EXC-2: project the next 30/90 days
  excessHealthyCoverDays: positiveCount, // EXC-1/EXC-2: units above this many days of sales are excess (clearway default 90 = ratio 3)
});

export const WOOT_ROUND_KINDS = ['woot', 'best_deal', 'gap'] as const;
export const MARKDOWN_TARGETS = ['break_even', 'purchase_cost', 'part_of_purchase_cost'] as const;

/** EXC-3..EXC-9 (clearance). */
export const clearanceSchema = z.strictObject({
  clearanceLdBelowUnits: positiveCount, // EXC-3: LD for light excess under 500 units
  clearanceWootAboveUnits: positiveCount, // EXC-3: BD + coupon for 500–1,000; WOOT above 1,000
  wootRounds: z.array(z.strictObject({ wootRoundKind: z.enum(WOOT_ROUND_KINDS), wootRoundDays: positiveCount })).min(1), // EXC-3: 14 WOOT → 7 BD → 7 gap → 14 WOOT
  wootMaxDiscountPct: pct100, // EXC-3: never above 70%
  offsiteDealMinDiscountPct: pct100, // EXC-6: off-site deal sites ≥ 30% off
  wholesaleMinPctOfOriginal: pct100, // EXC-6: wholesale at 10–20% of the original price
  wholesaleMaxPctOfOriginal: pct100,
  wholesaleMinDays: positiveCount, // EXC-6: 3–7 days
  wholesaleMaxDays: positiveCount,
  liquidationGrossRecoveryMinPctOfAsp: pct100, // EXC-7, C.6: gross 5–10% of the average selling price
  liquidationGrossRecoveryMaxPctOfAsp: pct100,
  liquidationSeedRecoveryMinPct: pct100, // EXC-7 (seed 001): liquidation recovers 5–20% of value
  liquidationSeedRecoveryMaxPct: pct100,
  markdownStages: z
    .array(
      z.strictObject({
        markdownStageNumber: positiveCount,
        markdownStageTarget: z.enum(MARKDOWN_TARGETS),
        /** Only for stock aged more than this many days; null = any age. */
        markdownStageMinAgeDaysAbove: count.nullable(),
        /** 'part_of_purchase_cost': the share of the purchase cost the price recovers (seed: about half); else null. */
        markdownStagePurchaseCostRecoveredPct: pct100.nullable(),
      }),
    )
    .min(1), // EXC-5
  liftOutletDiscountPct: pct100, // EXC-9: Outlet at 20% off …
  liftOutletDailyUnitsBefore: z.number().nonnegative(), // … took daily sales 10 …
  liftOutletDailyUnitsAfter: z.number().nonnegative(), // … → 35 …
  liftOutletRunDays: positiveCount, // … over 14 days …
  liftOutletRunUnits: count, // … 490 units
  liftBdCouponPct: pct100, // EXC-9: BD + 30% coupon …
  liftBdFirstDayUnits: count, // … 200 units on day 1 …
  liftBdRunDays: positiveCount, // … in 7 days …
  liftBdRunUnits: count, // … 800 units
  liftBdDailyUnitsBefore: z.number().nonnegative(), // EXC-9 (clearway default): daily sales before the BD, not given; taken as the Outlet example's 10
  liftBdDealDiscountPct: pct100, // EXC-9 (clearway default): the BD's own discount under the coupon, not given; taken as PM-4's 10%
  crossMarketplaceTransferCostPct: pct100, // EXC-6 (clearway default): remote fulfilment / EFN cost per unit, % of the target price
});

/** RPL-1..RPL-4 (replenishment). */
export const replenishmentSchema = z.strictObject({
  salesVelocityWeights: z
    .array(z.strictObject({ velocityWindowDays: positiveCount, velocityWeight: z.number().min(0).max(1) }))
    .min(1), // RPL-1: 0.1·3d + 0.4·7d + 0.3·14d + 0.2·30d
  reorderCoverMinDays: positiveCount, // RPL-2: 60–90
  reorderCoverMaxDays: positiveCount,
  reorderCoverDefaultDays: positiveCount, // RPL-2: the cover used when none is asked (clearway default, within 60–90)
  firstShipmentMinUnits: positiveCount, // RPL-2: 150–300
  firstShipmentMaxUnits: positiveCount,
  stockDataStaleAfterDays: positiveCount, // RPL-3: 7
  seasonalCutStockingMonthsBeforePeak: count, // RPL-4: 1 month
  seasonalClearanceWeeksBeforeEnd: count, // RPL-4: 2 weeks
  seasonalHistoryDays: positiveCount, // RPL-4: the product's own yearly sales history (clearway default 365)
  seasonalPeakShareOfMaxPct: pct100, // RPL-4: season = months selling ≥ this % of the best month (clearway default 50)
});

/** ISHS-1..ISHS-6 (ishs). */
export const ishsSchema = z.strictObject({
  ishsQualifyingCarrierPrograms: z.array(z.enum(CARRIER_PROGRAMS)).min(1), // ISHS-1
  ishsOptOutGraceHours: count, // ISHS-4: shipments created > 72 h after opt-out no longer qualify
  // The figures below are clearway defaults (seed 003 gives none; listed in `clearwayDefaults`).
  ishsReceivingDays: count, // ISHS-2: estimated in-stock day = local day of the carrier ETA + these days
  ishsPrimeDeliveryDays: positiveCount, // ISHS-2: promised delivery = in-stock day + delivery days (Prime)
  ishsStandardDeliveryDays: positiveCount, // ISHS-2: … (other buyers)
  ishsCapPctOfInTransit: pct100, // ISHS-3: orders against a shipment ≤ this % of its units in transit
  ishsConfidenceMaxEtaSlips: count, // ISHS-3: withheld once the ETA has slipped more times than this
  ishsConfidenceRequiresShipped: z.boolean(), // ISHS-3: withheld while the shipment has not shipped
  ishsConfidenceMaxDaysAhead: positiveCount, // ISHS-3: withheld when in stock further ahead than this
});

/** PRE-1..PRE-3 (presale). Seed 004 gives no figures: the values are clearway defaults (see `clearwayDefaults`). */
export const presaleSchema = z.strictObject({
  presaleMinCampaignDays: positiveCount,
  presaleMaxCampaignDays: positiveCount,
  presaleMinMarginPct: pct, // PRE-2: the pre-sale price must exceed the cost floor (PQ-3) by this %
});

// ---- fees (AMAZON-REPORTS.md section C) ------------------------------------------------------------

export const feesSchema = z.strictObject({
  /** C.1 monthly storage per cubic foot of daily average volume, by size tier and calendar months. */
  storage: z
    .strictObject({
      storageFeeRates: z
        .array(z.strictObject({ storageSizeTier: sizeTier, storageMonths: months, storageFeePerCuFt: minor }))
        .min(1),
    })
    .nullable(),
  /** C.2 aged inventory surcharge on the snapshot of `aisSnapshotDayOfMonth`; charge per unit =
   *  max(aisPerCuFt × unit volume, aisPerUnit) ("whichever is greater"; a null part is absent). */
  agedInventorySurcharge: z
    .strictObject({
      aisSnapshotDayOfMonth: z.number().int().min(1).max(28),
      aisTiers: z
        .array(
          z.strictObject({
            aisMinAgeDays: positiveCount,
            aisMaxAgeDays: positiveCount.nullable(),
            aisPerCuFt: minor.nullable(),
            aisPerUnit: minor.nullable(),
            /** Product categories not charged in this tier (lower-case category names). */
            aisExemptCategories: z.array(z.string().min(1)),
          }),
        )
        .min(1),
    })
    .nullable(),
  /** C.3 deal fees; "event" = declared peak events (Prime Day, Prime Big Deal Days, BFCM). */
  deals: z.strictObject({
    lightningDealFee: promoFeeModel.nullable(),
    lightningDealEventFee: promoFeeModel.nullable(),
    bestDealFee: promoFeeModel.nullable(),
    bestDealEventFee: promoFeeModel.nullable(),
  }),
  /** C.4 / PM-1f coupon fees. `couponFee` is the model the rule set uses; `couponFeeSeedModel` the
   *  seed 002 figures, kept to show beside it. Resolve by the coupon's creation instant (the cap
   *  applies to coupons created from 2025-11-05). */
  coupons: z.strictObject({
    couponFee: promoFeeModel.nullable(),
    couponFeeSeedModel: promoFeeModel.nullable(),
  }),
  /** C.8 / PM-2: PED during a declared event; free on ordinary days. */
  ped: z
    .strictObject({
      pedEventFee: promoFeeModel,
      pedEventFeeOnlyIfUnitsSold: z.boolean(),
    })
    .nullable(),
  /** C.5 referral fee defaults (a product's own referralPct wins). */
  referral: z
    .strictObject({
      referralDefaultPct: pct100,
      referralMinFeePerItem: minor.nullable(),
    })
    .nullable(),
  /** C.6 liquidation: referral % of the gross recovery and per-unit processing fee bands. */
  liquidation: z
    .strictObject({
      liquidationReferralPctOfGross: pct100.nullable(),
      liquidationProcessingWeightUnit: z.enum(WEIGHT_UNITS),
      liquidationProcessingFees: z.array(weightBandFee).min(1).nullable(),
    })
    .nullable(),
  /** C.7 removal and disposal per unit (fees in force at the removal order's creation). */
  removal: z
    .strictObject({
      removalWeightUnit: z.enum(WEIGHT_UNITS),
      removalFeeBands: z.array(weightBandFee).min(1),
    })
    .nullable(),
  /** C.8 low-inventory-level fee facts (the fee amounts are not known). */
  lowInventoryLevel: z
    .strictObject({
      lowInventoryMinHistoricalDaysOfSupply: positiveCount, // charged when under 28 days …
      lowInventorySupplyWindowsDays: z.array(positiveCount).min(1), // … on both the 30- and 90-day windows
      lowInventoryExemptBelowUnitsShipped: count, // exempt when fewer than 20 units …
      lowInventoryExemptWindowDays: positiveCount, // … shipped in the past 7 days
      lowInventoryFeePerUnit: minor.nullable(),
    })
    .nullable(),
  /** C.8 / EXC-3: Outlet is free. */
  outlet: z.strictObject({ outletDealFee: minor }).nullable(),
});
export type Fees = z.infer<typeof feesSchema>;

// ---- the whole rule set --------------------------------------------------------------------------

const ascending = (a: number, b: number): boolean => a <= b;

export const ruleSetParamsSchema = z
  .strictObject({
    referencePrices: referencePricesSchema,
    promotions: promotionsSchema,
    quote: quoteSchema,
    outlet: outletSchema,
    inventoryHealth: inventoryHealthSchema,
    clearance: clearanceSchema,
    replenishment: replenishmentSchema,
    ishs: ishsSchema,
    presale: presaleSchema,
    fees: feesSchema,
  })
  .superRefine((p, ctx) => {
    const order = (path: string, a: number, b: number): void => {
      if (!ascending(a, b)) ctx.addIssue({ code: 'custom', path: path.split('.'), message: `must be ≥ ${a}` });
    };
    order('promotions.couponMaxDiscountPct', p.promotions.couponMinDiscountPct, p.promotions.couponMaxDiscountPct);
    order(
      'promotions.pedEventMaxDiscountPct',
      p.promotions.pedEventMinDiscountPct,
      p.promotions.pedEventMaxDiscountPct,
    );
    order('promotions.bdMaxDays', p.promotions.bdMinDays, p.promotions.bdMaxDays);
    order(
      'promotions.promoCodeMaxDiscountPct',
      p.promotions.promoCodeMinDiscountPct,
      p.promotions.promoCodeMaxDiscountPct,
    );
    order('outlet.outletDealMinDiscountPct', p.outlet.outletMinDiscountPct, p.outlet.outletDealMinDiscountPct);
    order(
      'outlet.outletSaleRecommendedMaxPct',
      p.outlet.outletSaleRecommendedMinPct,
      p.outlet.outletSaleRecommendedMaxPct,
    );
    const ih = p.inventoryHealth;
    order('inventoryHealth.stockToSalesHealthyMax', ih.stockToSalesStockoutBelow, ih.stockToSalesHealthyMax);
    order('inventoryHealth.stockToSalesModerateMax', ih.stockToSalesHealthyMax, ih.stockToSalesModerateMax);
    order('inventoryHealth.agedStorageDaysAbove', ih.excessAgeDaysAbove, ih.agedStorageDaysAbove);
    const c = p.clearance;
    order('clearance.clearanceWootAboveUnits', c.clearanceLdBelowUnits, c.clearanceWootAboveUnits);
    order('clearance.wholesaleMaxPctOfOriginal', c.wholesaleMinPctOfOriginal, c.wholesaleMaxPctOfOriginal);
    order('clearance.wholesaleMaxDays', c.wholesaleMinDays, c.wholesaleMaxDays);
    order(
      'clearance.liquidationGrossRecoveryMaxPctOfAsp',
      c.liquidationGrossRecoveryMinPctOfAsp,
      c.liquidationGrossRecoveryMaxPctOfAsp,
    );
    order('clearance.liquidationSeedRecoveryMaxPct', c.liquidationSeedRecoveryMinPct, c.liquidationSeedRecoveryMaxPct);
    const r = p.replenishment;
    order('replenishment.reorderCoverMaxDays', r.reorderCoverMinDays, r.reorderCoverMaxDays);
    order('replenishment.reorderCoverDefaultDays', r.reorderCoverMinDays, r.reorderCoverDefaultDays);
    order('replenishment.reorderCoverMaxDays', r.reorderCoverDefaultDays, r.reorderCoverMaxDays);
    order('replenishment.firstShipmentMaxUnits', r.firstShipmentMinUnits, r.firstShipmentMaxUnits);
    order('presale.presaleMaxCampaignDays', p.presale.presaleMinCampaignDays, p.presale.presaleMaxCampaignDays);
    const weightSum = r.salesVelocityWeights.reduce((s, w) => s + w.velocityWeight, 0);
    if (Math.abs(weightSum - 1) > 1e-9) {
      ctx.addIssue({
        code: 'custom',
        path: ['replenishment', 'salesVelocityWeights'],
        message: `weights must sum to 1, got ${weightSum}`,
      });
    }
    const tiers = p.fees.agedInventorySurcharge?.aisTiers ?? [];
    tiers.forEach((t, i) => {
      if (t.aisMaxAgeDays !== null && t.aisMaxAgeDays < t.aisMinAgeDays) {
        ctx.addIssue({
          code: 'custom',
          path: ['fees', 'agedInventorySurcharge', 'aisTiers', i, 'aisMaxAgeDays'],
          message: 'must be ≥ aisMinAgeDays',
        });
      }
      const prev = tiers[i - 1];
      if (prev && (prev.aisMaxAgeDays === null || prev.aisMaxAgeDays + 1 !== t.aisMinAgeDays)) {
        ctx.addIssue({
          code: 'custom',
          path: ['fees', 'agedInventorySurcharge', 'aisTiers', i, 'aisMinAgeDays'],
          message: 'tiers must be contiguous and ascending',
        });
      }
    });
  });

/** The parameters of a rule set: one object per capability group. */
export type RuleSetParams = z.infer<typeof ruleSetParamsSchema>;
export type ReferencePricesRules = RuleSetParams['referencePrices'];
export type PromotionsRules = RuleSetParams['promotions'];
export type QuoteRules = RuleSetParams['quote'];
export type OutletRules = RuleSetParams['outlet'];
export type InventoryHealthRules = RuleSetParams['inventoryHealth'];
export type ClearanceRules = RuleSetParams['clearance'];
export type ReplenishmentRules = RuleSetParams['replenishment'];
export type IshsRules = RuleSetParams['ishs'];
export type PresaleRules = RuleSetParams['presale'];

export const RULE_GROUPS = [
  'referencePrices',
  'promotions',
  'quote',
  'outlet',
  'inventoryHealth',
  'clearance',
  'replenishment',
  'ishs',
  'presale',
  'fees',
] as const satisfies readonly (keyof RuleSetParams)[];
export type RuleGroup = (typeof RULE_GROUPS)[number];

/** The identity of a resolved rule set (GEN-3). */
export const ruleSetMetaSchema = z.strictObject({
  marketplace: z.enum(MARKETPLACES),
  currency: z.enum(CURRENCIES),
  timeZone: z.string().min(1),
  /** e.g. 'US@2026-01-15': the marketplace and the local day the version takes effect. */
  version: z.string().regex(/^[A-Z]{2}@\d{4}-\d{2}-\d{2}$/),
  /** Local midnight (marketplace time zone) of the version's first day, epoch ms. */
  effectiveFrom: z.number().int(),
  /** What this version changed, each with its AMAZON-REPORTS.md / RULEBOOK source. */
  notes: z.array(z.string()),
  /** Dotted parameter paths inherited from US because the figure is not known here (GEN-3). */
  assumed: z.array(z.string()),
  /** Dotted parameter paths whose values are clearway's own defaults, not Amazon figures. */
  clearwayDefaults: z.array(z.string()),
});
export type RuleSetMeta = z.infer<typeof ruleSetMetaSchema>;

/** A resolved rule set: identity fields plus the parameter groups at top level (`rs.promotions.…`). */
export type RuleSet = RuleSetMeta & RuleSetParams;
