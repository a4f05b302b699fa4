// The default response of demand to a discount and to each program, before the seller's own history
// is looked at (history.ts shrinks it toward the seller's own past promotions).
//
// The form (response.ts): units on day i of an action = baseline × badge(program) × (1 − depth)^−ε ×
// shape(program, i), where depth is the buyer's discount off the regular price (coupon stacked on the
// deal price), ε the promotional price elasticity and badge the program's own visibility effect.
//
// Calibration (EXC-9, the rule set's `lift…` figures, so a new rule-set version recalibrates):
// - Outlet at 20% off took daily sales 10 → 35 over 14 days (490 units): a flat response with
//   badge(outlet) = (490 ÷ 14 ÷ 10) × 0.8^ε.
// - Best Deal + 30% coupon sold 200 units on day 1 and 800 in 7 days. The seed gives neither the daily
//   sales before the deal nor the deal's own discount: the rule set's clearway defaults say 10/day and
//   10% (PM-4's minimum), so the stacked depth is 1 − 0.9 × 0.7 = 37% and the 7-day mean multiplier
//   800 ÷ 7 ÷ 10. The deal's interest decays geometrically day by day, shape(i) = c·r^i with mean 1
//   over the 7 days: Σ r^i (i < 7) = 800 ÷ 200 fixes r, and c = 7 ÷ Σ r^i (= 200 ÷ (800 ÷ 7)).
//   badge(BD + coupon) = mean multiplier × 0.63^ε, split into badge(coupon) × badge(BD) with the
//   coupon badge below.
// Published figures and clearway assumptions (DEMAND_PRIORS, each with its source):
// - ε = 2.62: the mean price elasticity of the meta-analysis of Bijmolt, van Heerde & Pieters (2005,
//   "New empirical generalizations on the determinants of price elasticity", JMR 42(2), 1,851
//   elasticities); promotional (temporary) cuts sit at or above it in absolute value.
// - PED: seed 001 §2.2 says a Prime-exclusive price converts 25% better than an ordinary discount; it
//   reaches Prime members only: a share of 60% of buyers is assumed (clearway default).
// - Coupon badge: the same 25% premium over a plain discount is assumed for the clipped-coupon badge
//   (seed 001 §2.2 lists the coupon badge among "targeted discounts"; no figure of its own).
// - Lightning Deal: the deal badge of a Best Deal (both are Amazon deals) at the intensity of a deal's
//   first day, for the deal's hours (PM-3: ≤ 12 h).
// - WOOT: an off-site deal audience; no figure: the Outlet badge is assumed (both are clearance
//   channels with their own traffic). WOOT sales add to the Amazon listing's own baseline sales.
// - Business price: only business buyers respond: their share of the SKU's units over the past 90
//   days, else 5% (clearway default).
// - Post-promotion dip: 15% of a promotion's extra units are pulled forward from the 14 days after it
//   (van Heerde, Leeflang & Wittink 2004, "Decomposing the sales promotion bump…", JMR 41(3): the
//   post-promotion dip is a modest share of the bump for most categories; clearway default).
// - Shrinkage toward the seller's own promotions (history.ts, a hierarchical normal model on the log
//   scale; clearway defaults, set from the reasoning below, never fitted to the planning benchmark):
//   a SKU's responsiveness to promotions in general spreads ×/÷ e^0.5 (≈ 1.65) around the EXC-9 prior
//   (one seller's figures stand for every SKU); a program's own deviation from the SKU's ×/÷ e^0.3
//   (≈ 1.35: programs differ less than SKUs do); one promotion's reading misfits the response form by
//   ×/÷ e^0.15 beyond its Poisson noise (ε uncertain by ±0.4 at a typical 25–30% off moves a reading
//   by ≈ 0.12 on the log scale, plus day-to-day shocks).
import type { ClearanceRules, RuleSet } from '../rules/schema.js';

/** Programs whose badge the model knows. A plain markdown has no badge (1). */
export const PROGRAMS = ['outlet', 'lightning_deal', 'best_deal', 'coupon', 'ped', 'business', 'woot'] as const;
export type Program = (typeof PROGRAMS)[number];

/** Published figures and clearway assumptions of the demand model (see the header for sources). */
export const DEMAND_PRIORS = {
  /** |promotional price elasticity| (Bijmolt, van Heerde & Pieters 2005: mean −2.62). */
  elasticity: 2.62,
  /** Seed 001 §2.2: PED converts 25% better than an ordinary discount. */
  pedPremiumPct: 25,
  /** Share of buyers who are Prime members (clearway default). */
  primeSharePct: 60,
  /** Coupon badge premium over a plain discount (assumed equal to the PED premium). */
  couponBadgePremiumPct: 25,
  /** Business buyers' share of units when the SKU's own orders show none (clearway default). */
  businessSharePct: 5,
  /** Share of a promotion's extra units pulled forward from the days after it (clearway default). */
  dipSharePct: 15,
  /** Days after a promotion over which the dip is spread. */
  dipDays: 14,
  /** SD (log scale) of a SKU's responsiveness around the prior (all programs alike). */
  commonSpread: 0.5,
  /** SD (log scale) of one program's deviation from the SKU's responsiveness. */
  programSpread: 0.3,
  /** SD (log scale) of one promotion's reading beyond its Poisson noise (the response form's misfit). */
  formMisfit: 0.15,
} as const;
export type DemandPriors = typeof DEMAND_PRIORS;

/** The response parameters of one SKU (prior or shrunk toward its history). */
export interface ResponseParams {
  /** ε: multiplier (1 − depth)^−ε of a discount. */
  readonly elasticity: number;
  /** Badge of each program (multiplies the price effect). */
  readonly badge: Readonly<Record<Program, number>>;
  /** A deal's day-to-day decay r and its first-day factor c (shape(i) = c·r^i). */
  readonly dealDecay: number;
  readonly dealFirstDayFactor: number;
  /** Days of the calibration run of the deal shape (c is the mean-1 factor over them). */
  readonly dealCalibrationDays: number;
  /** Share of buyers a PED reaches (Prime members); its badge is the premium over a plain discount. */
  readonly primeShare: number;
  readonly businessShare: number;
  readonly dipShare: number;
  readonly dipDays: number;
  /** PM-3: hours a Lightning Deal runs. */
  readonly lightningDealHours: number;
}

/** Σ r^i for i < n. */
export function geometricSum(r: number, n: number): number {
  if (Math.abs(r - 1) < 1e-12) return n;
  return (1 - r ** n) / (1 - r);
}

/** The r in (0, 4) with Σ r^i (i < n) = target (bisection; Σ is increasing in r). */
export function solveDecay(target: number, n: number): number {
  if (n <= 1 || !(target > 0)) return 1;
  let lo = 1e-9;
  let hi = 4;
  if (target <= geometricSum(lo, n)) return lo;
  if (target >= geometricSum(hi, n)) return hi;
  for (let k = 0; k < 100; k++) {
    const mid = (lo + hi) / 2;
    if (geometricSum(mid, n) < target) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

export interface PriorFit {
  readonly params: ResponseParams;
  /** The figures the fit used (for explanations and tests). */
  readonly outletMultiplier: number;
  readonly dealCouponMeanMultiplier: number;
  readonly dealCouponDepth: number;
}

/** Depth of a coupon of `couponPct` on a deal of `dealPct` off (stacked multiplicatively, PQ-2). */
export function stackedDepth(dealPct: number, couponPct: number): number {
  return 1 - (1 - dealPct / 100) * (1 - couponPct / 100);
}

/** EXC-9 calibration of the prior (see the header). `businessShare` = the SKU's own, when known. */
export function priorResponse(
  rules: Pick<RuleSet, 'clearance' | 'promotions'>,
  priors: DemandPriors = DEMAND_PRIORS,
  businessShare: number | null = null,
): PriorFit {
  const c: ClearanceRules = rules.clearance;
  const e = priors.elasticity;
  const price = (depth: number): number => (1 - depth) ** -e;

  // Outlet: 490 units ÷ 14 days against 10/day before (the after-rate 35/day says the same).
  const outletDaily =
    c.liftOutletRunDays > 0 ? c.liftOutletRunUnits / c.liftOutletRunDays : c.liftOutletDailyUnitsAfter;
  const outletMultiplier = c.liftOutletDailyUnitsBefore > 0 ? outletDaily / c.liftOutletDailyUnitsBefore : 1;
  const outletBadge = outletMultiplier / price(c.liftOutletDiscountPct / 100);

  // Best Deal + coupon.
  const days = c.liftBdRunDays;
  const meanDaily = c.liftBdRunUnits / days;
  const dealCouponMeanMultiplier = c.liftBdDailyUnitsBefore > 0 ? meanDaily / c.liftBdDailyUnitsBefore : 1;
  const dealCouponDepth = stackedDepth(c.liftBdDealDiscountPct, c.liftBdCouponPct);
  const dealCouponBadge = dealCouponMeanMultiplier / price(dealCouponDepth);
  const couponBadge = 1 + priors.couponBadgePremiumPct / 100;
  const ratio = c.liftBdFirstDayUnits > 0 ? c.liftBdRunUnits / c.liftBdFirstDayUnits : days;
  const decay = solveDecay(ratio, days);
  const firstDay = days / geometricSum(decay, days);

  const badge: Record<Program, number> = {
    outlet: outletBadge,
    lightning_deal: dealCouponBadge / couponBadge,
    best_deal: dealCouponBadge / couponBadge,
    coupon: couponBadge,
    ped: 1 + priors.pedPremiumPct / 100,
    business: 1,
    woot: outletBadge,
  };
  return {
    params: {
      elasticity: e,
      badge,
      dealDecay: decay,
      dealFirstDayFactor: firstDay,
      dealCalibrationDays: days,
      primeShare: priors.primeSharePct / 100,
      businessShare: businessShare ?? priors.businessSharePct / 100,
      dipShare: priors.dipSharePct / 100,
      dipDays: priors.dipDays,
      lightningDealHours: rules.promotions.ldMaxHours,
    },
    outletMultiplier,
    dealCouponMeanMultiplier,
    dealCouponDepth,
  };
}
