// EXC-3 baseline recommendation for an excess row: the tool the rulebook maps to the kind of excess,
// with a price, the units it is sized for and the cash it brings back net of Amazon fees. It is a
// BASELINE: the clearance planner (EXC-8) replaces it with its plan's first action when available
// (`source: 'plan'`, see ExcessRecommender in excess.ts).
//
// Mapping (EXC-3; thresholds from the rule set's clearance and outlet groups):
// - no excess units: `none` (healthy) or `replenish` (stockout risk);
// - moderate excess (ratio in (3, 5]) and Outlet-eligible: `outlet` at the maximum deal price (OUT-4),
//   else current − outletMinDiscountPct rounded down; units = daily sales × the EXC-9 Outlet lift
//   (35 ÷ 10) × the deal's 14 days, at most the excess;
// - otherwise by excess units: < clearanceLdBelowUnits → `lightning_deal` (ldMinBelowRefPct off the
//   current price, one deal day); ≤ clearanceWootAboveUnits → `best_deal_coupon` (bdMinBelowRefPct off,
//   then the EXC-9 liftBdCouponPct coupon, liftBdRunDays days); more → `woot` (offsiteDealMinDiscountPct
//   off, EXC-6); units = the excess units the tool is sized for.
// - netCash = units × (price − referral fee − fulfilment fee) − the promotion's fees (rule set fees at
//   the as-of instant), each per-unit fee rounded half up; null when a figure is missing (no fee data,
//   no current price, no fulfilment fee). WOOT is off Amazon: its fees are not known (not deducted).
import type { Minor } from '../catalog/facts.js';
import { percentOfHalfUp, reduceByPercentFloor, reduceByPercentHalfUp } from '../money/money.js';
import { ruleIssue, type RuleIssue } from '../messages/messages.js';
import type { PromoFeeModel, RuleSet } from '../rules/schema.js';
import { INVENTORY_HEALTH_MESSAGES as M } from './messages.js';
import type { Band } from './stock-to-sales.js';

export const RECOMMENDED_ACTIONS = [
  'none',
  'replenish',
  'outlet',
  'lightning_deal',
  'best_deal_coupon',
  'woot',
] as const;
export type RecommendedAction = (typeof RECOMMENDED_ACTIONS)[number] | (string & {});

export interface Recommendation {
  readonly action: RecommendedAction;
  readonly price: Minor | null;
  readonly expectedUnits: number;
  readonly netCash: Minor | null;
  /** 'baseline' = this EXC-3 mapping; 'plan' = the clearance planner's first action. */
  readonly source: 'baseline' | 'plan';
  readonly why: readonly RuleIssue[];
}

export interface RecommendationInput {
  readonly band: Band;
  readonly excessUnits: number;
  readonly dailySales: number;
  readonly currentPrice: Minor | null;
  readonly outletEligible: boolean | null;
  readonly outletMaxDealPrice: Minor | null;
  readonly referralPct: number | null;
  readonly fulfilmentFee: Minor | null;
}

/** A promotion fee model evaluated over `days` days and `units` sold at `price` (discount per unit given). */
export function promoFee(m: PromoFeeModel, days: number, units: number, price: Minor, discount: Minor): Minor {
  const fixed = m.promoFeeFixedPerPromotion + m.promoFeeFixedPerDay * days + m.promoFeeFixedPerRedemption * units;
  if (m.promoFeeVariableBase === 'none') return fixed;
  const base = (m.promoFeeVariableBase === 'sales' ? price : discount) * units;
  const variable = percentOfHalfUp(base, m.promoFeeVariablePct);
  return fixed + (m.promoFeeVariableCap === null ? variable : Math.min(variable, m.promoFeeVariableCap));
}

/** Referral fee on one unit at `price` (C.5): the product's % else the rule set default, at least the minimum. */
export function referralFee(price: Minor, productPct: number | null, rules: RuleSet): Minor | null {
  const referral = rules.fees.referral;
  const pct = productPct ?? referral?.referralDefaultPct ?? null;
  if (pct === null) return null;
  return Math.max(percentOfHalfUp(price, pct), referral?.referralMinFeePerItem ?? 0);
}

function unitNet(price: Minor, input: RecommendationInput, rules: RuleSet): Minor | null {
  const referral = referralFee(price, input.referralPct, rules);
  if (referral === null || input.fulfilmentFee === null) return null;
  return price - referral - input.fulfilmentFee;
}

/** EXC-3 baseline for one row, under the rule set in force at the as-of instant. */
export function baselineRecommendation(input: RecommendationInput, rules: RuleSet): Recommendation {
  const why: RuleIssue[] = [];
  const c = rules.clearance;
  const done = (action: RecommendedAction, price: Minor | null, units: number, fees: Minor | null | 'unknown') => {
    let netCash: Minor | null = null;
    if (price !== null && units > 0) {
      const net = unitNet(price, input, rules);
      if (net !== null && fees !== null && fees !== 'unknown') netCash = net * units - fees;
      if (fees === null) why.push(ruleIssue(M.EXC_REC_NO_FEE_DATA, 'GEN-3', { action }));
      if (net === null) why.push(ruleIssue(M.EXC_REC_NO_UNIT_FEES, 'EXC-5', {}));
    } else if (units === 0) netCash = 0;
    return { action, price, expectedUnits: units, netCash, source: 'baseline' as const, why };
  };

  if (input.excessUnits === 0) {
    const action = input.band === 'stockout_risk' ? 'replenish' : 'none';
    why.push(ruleIssue(action === 'replenish' ? M.EXC_REC_REPLENISH : M.EXC_REC_NONE, 'EXC-3', {}));
    return done(action, null, 0, 0);
  }
  const current = input.currentPrice;
  if (input.band === 'moderate_excess' && input.outletEligible === true) {
    const o = rules.outlet;
    const price =
      input.outletMaxDealPrice ?? (current === null ? null : reduceByPercentFloor(current, o.outletMinDiscountPct));
    const lifted = (input.dailySales * c.liftOutletDailyUnitsAfter) / c.liftOutletDailyUnitsBefore;
    const units = Math.min(input.excessUnits, Math.round(lifted * o.outletDealDurationDays));
    why.push(
      ruleIssue(M.EXC_REC_OUTLET, 'EXC-3', {
        days: o.outletDealDurationDays,
        before: c.liftOutletDailyUnitsBefore,
        after: c.liftOutletDailyUnitsAfter,
      }),
    );
    return done('outlet', price, units, rules.fees.outlet?.outletDealFee ?? null);
  }
  if (input.band === 'moderate_excess' && input.outletEligible !== true) {
    why.push(ruleIssue(M.EXC_REC_OUTLET_NOT_ELIGIBLE, 'EXC-3', {}));
  }
  const units = input.excessUnits;
  if (units < c.clearanceLdBelowUnits) {
    const pct = rules.promotions.ldMinBelowRefPct;
    const price = current === null ? null : reduceByPercentHalfUp(current, pct);
    why.push(ruleIssue(M.EXC_REC_LD, 'EXC-3', { units, below: c.clearanceLdBelowUnits, pct }));
    const model = rules.fees.deals.lightningDealFee;
    const fee = price === null || model === null ? null : promoFee(model, 1, units, price, (current ?? 0) - price);
    return done('lightning_deal', price, units, fee);
  }
  if (units <= c.clearanceWootAboveUnits) {
    const bdPct = rules.promotions.bdMinBelowRefPct;
    const deal = current === null ? null : reduceByPercentHalfUp(current, bdPct);
    const price = deal === null ? null : reduceByPercentHalfUp(deal, c.liftBdCouponPct);
    why.push(
      ruleIssue(M.EXC_REC_BD, 'EXC-3', {
        units,
        from: c.clearanceLdBelowUnits,
        to: c.clearanceWootAboveUnits,
        pct: bdPct,
        coupon: c.liftBdCouponPct,
        days: c.liftBdRunDays,
      }),
    );
    const bdModel = rules.fees.deals.bestDealFee;
    const couponModel = rules.fees.coupons.couponFee;
    let fee: Minor | null = null;
    if (price !== null && deal !== null && bdModel !== null && couponModel !== null) {
      fee =
        promoFee(bdModel, c.liftBdRunDays, units, deal, (current ?? 0) - deal) +
        promoFee(couponModel, c.liftBdRunDays, units, price, deal - price);
    }
    return done('best_deal_coupon', price, units, fee);
  }
  const pct = c.offsiteDealMinDiscountPct;
  const price = current === null ? null : reduceByPercentHalfUp(current, pct);
  const rounds = c.wootRounds.map((r) => `${r.wootRoundKind} ${r.wootRoundDays}`).join(' → ');
  why.push(
    ruleIssue(M.EXC_REC_WOOT, 'EXC-3', {
      units,
      above: c.clearanceWootAboveUnits,
      pct,
      rounds,
      max: c.wootMaxDiscountPct,
    }),
  );
  return done('woot', price, units, 0);
}
