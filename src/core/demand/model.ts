// The demand model of one SKU as of an instant: baseline (baseline.ts), response prior (priors.ts)
// shrunk toward the seller's own past promotions (history.ts: each program's lift read from its own
// promotions, stockout- and sold-out-corrected, weighed by its Poisson noise; the SKU-wide
// responsiveness they share carried to the programs it never ran), and the explanation of each part.
import type { Instant, LotFact, OrderLineFact, PriceFact, PromotionFact, ShipmentFact } from '../catalog/facts.js';
import { localDay, startOfLocalDay } from '../calendar/calendar.js';
import { formatDayNumber, parseLocalDay } from '../calendar/civil.js';
import { ruleIssue, type RuleIssue } from '../messages/messages.js';
import type { RuleSet } from '../rules/schema.js';
import { BASELINE_FALLBACK_DAYS, baselineDemand, promotionalDays, round2, type Baseline } from './baseline.js';
import {
  HISTORY_DAYS,
  inferredPromotions,
  ownPromotionLifts,
  PRE_PROMOTION_DAYS,
  shrinkToHistory,
  type HistoryFit,
} from './history.js';
import { DEMAND } from './messages.js';
import { DEMAND_PRIORS, priorResponse, type DemandPriors, type PriorFit, type ResponseParams } from './priors.js';
import { dailyStock } from './stock-days.js';

export interface DemandInput {
  readonly sku: string;
  readonly asOf: Instant;
  readonly timeZone: string;
  /** The rule set in force at the as-of instant (RPL-1 weights, EXC-9 calibration, PM-3 hours). */
  readonly ruleSet: RuleSet;
  /** Order lines (other SKUs are skipped). */
  readonly orders: readonly OrderLineFact[];
  /** The SKU's price changes sorted by `at`. */
  readonly prices: readonly PriceFact[];
  readonly promotions: readonly PromotionFact[];
  readonly lots: readonly LotFact[];
  readonly shipments: readonly ShipmentFact[];
  readonly priors?: DemandPriors;
}

export interface DemandModel {
  readonly sku: string;
  readonly asOf: Instant;
  readonly baseline: Baseline;
  /** The response parameters used (prior shrunk toward the seller's history). */
  readonly params: ResponseParams;
  readonly prior: PriorFit;
  readonly history: HistoryFit;
  readonly explanation: readonly RuleIssue[];
}

/** Minimum units in 90 days for the SKU's own business-buyer share to replace the prior. */
const MIN_UNITS_FOR_OWN_SHARE = 30;

function businessShare(sku: string, orders: readonly OrderLineFact[], asOf: Instant, tz: string): number | null {
  const from = startOfLocalDay(formatDayNumber(parseLocalDay(localDay(asOf, tz)) - 90), tz);
  let all = 0;
  let b2b = 0;
  for (const o of orders) {
    if (o.sku !== sku || o.cancelled || o.at < from || o.at > asOf) continue;
    all += o.units;
    if (o.b2b) b2b += o.units;
  }
  return all >= MIN_UNITS_FOR_OWN_SHARE ? b2b / all : null;
}

/** The demand model of `input.sku` as of `input.asOf` (pure). */
export function demandModel(input: DemandInput): DemandModel {
  const { sku, asOf, timeZone: tz, ruleSet } = input;
  const priors = input.priors ?? DEMAND_PRIORS;
  const today = parseLocalDay(localDay(asOf, tz));
  const own = input.promotions.filter((p) => p.sku === sku);
  const known = new Set(input.promotions.map((p) => p.id));
  const inferred = inferredPromotions(sku, input.orders, known, tz);
  const historyFrom = today - HISTORY_DAYS - PRE_PROMOTION_DAYS;
  const needsHistory =
    inferred.length > 0 ||
    own.some((p) => p.end <= asOf && p.start >= startOfLocalDay(formatDayNumber(historyFrom), tz));
  const from = needsHistory ? historyFrom : today - BASELINE_FALLBACK_DAYS;
  const stock = dailyStock(
    sku,
    input.lots,
    input.orders,
    input.shipments,
    formatDayNumber(from),
    formatDayNumber(today - 1),
    tz,
  );

  // Inferred promotions are promotional days too.
  const inferredFacts: PromotionFact[] = inferred.map((r) => ({
    id: r.id,
    kind: 'coupon',
    sku,
    marketplace: ruleSet.marketplace,
    start: startOfLocalDay(formatDayNumber(r.first), tz),
    end: startOfLocalDay(formatDayNumber(r.last + 1), tz),
    discountPct: null,
    discountAmount: null,
    price: null,
    stackable: false,
    code: null,
    codeType: null,
    audience: 'all',
    minQty: null,
    budget: null,
  }));
  const promotions = [...own, ...inferredFacts];
  const baseline = baselineDemand({ sku, stock, promotions, asOf, timeZone: tz, rules: ruleSet.replenishment });

  const share = businessShare(sku, input.orders, asOf, tz);
  const prior = priorResponse(ruleSet, priors, share);
  const observations = needsHistory
    ? ownPromotionLifts(
        {
          sku,
          orders: input.orders,
          prices: input.prices,
          promotions: input.promotions,
          stock,
          promotionalDays: promotionalDays(sku, promotions, tz, from, today - 1),
          asOf,
          timeZone: tz,
        },
        prior.params,
        priors.formMisfit,
      )
    : [];
  const history = shrinkToHistory(prior.params, observations, priors);
  const p = prior.params;
  const explanation: RuleIssue[] = [
    ...baseline.explanation,
    ruleIssue(DEMAND.DEMAND_PRIOR, 'EXC-9', {
      elasticity: p.elasticity,
      outletPct: ruleSet.clearance.liftOutletDiscountPct,
      outletMultiplier: round2(prior.outletMultiplier),
      outletBadge: round2(p.badge.outlet),
      couponPct: ruleSet.clearance.liftBdCouponPct,
      dealMean: round2(prior.dealCouponMeanMultiplier),
      dealDays: p.dealCalibrationDays,
      firstDay: round2(p.dealFirstDayFactor),
      decay: round2(p.dealDecay),
      dealBadge: round2(p.badge.best_deal),
      couponBadge: round2(p.badge.coupon),
    }),
    ruleIssue(DEMAND.DEMAND_DIP, 'EXC-9', { dipPct: priors.dipSharePct, dipDays: priors.dipDays }),
    ruleIssue(DEMAND.DEMAND_BUSINESS_SHARE, 'EXC-4', {
      pct: round2(p.businessShare * 100),
      basis: share === null ? `prior ${priors.businessSharePct}%` : 'own orders',
    }),
    ...history.explanation,
  ];
  return { sku, asOf, baseline, params: history.params, prior, history, explanation };
}
