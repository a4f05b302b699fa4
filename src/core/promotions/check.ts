// `checkPromotion`: a proposed promotion checked as of its start (DEC-3) against the rules of its kind
// (PM-1..PM-6, OUT-4/OUT-5), the calendar (PM-1e, PM-3 spacing, PM-7, PM-9), the minimum price guard
// (PM-8) and the price chain (PM-10), with its fee (PM-1f, PM-2, PM-3, PM-4). Every condition is
// evaluated and every failure returned with its code, rule ID, the values compared and the message in
// English and Chinese (GEN-4). Thresholds a marketplace inherits from US are flagged (GEN-3).
import type { Instant, ProductFact, PromotionFact, PromotionKind } from '../catalog/facts.js';
import type { RuleIssue } from '../messages/messages.js';
import type { AsinFacts } from '../reference-prices/asin-facts.js';
import { referencePrices, type ReferencePrices } from '../reference-prices/reference-prices.js';
import { ruleSetFor } from '../rules/rules.js';
import type { RuleSet } from '../rules/schema.js';
import { checkBestDeal } from './best-deal.js';
import { checkBusinessPrice } from './business-price.js';
import { checkCalendar } from './calendar.js';
import { blockedPromotions, factsWithout, lowest30DayNetPriceAfter } from './chain.js';
import { checkCoupon } from './coupon.js';
import { buildEnv, warn, type CheckEnv } from './env.js';
import { estimateFee } from './fees.js';
import { checkLightningDeal } from './lightning-deal.js';
import { checkMinPrice } from './min-price.js';
import { checkOutlet } from './outlet.js';
import { checkPriceDiscount } from './price-discount.js';
import { checkPromoCode } from './promo-code.js';
import { checkShape } from './shape.js';
import { newFindings, type CheckContext, type Findings, type PromotionCheck } from './types.js';
import './messages.js';

type Validator = (env: CheckEnv, out: Findings) => void;

/** One validator per kind. */
export const VALIDATORS: Record<PromotionKind, Validator> = {
  coupon: checkCoupon,
  price_discount: checkPriceDiscount,
  ped: checkPriceDiscount,
  lightning_deal: checkLightningDeal,
  best_deal: checkBestDeal,
  promo_code: checkPromoCode,
  business_price: checkBusinessPrice,
  outlet_deal: checkOutlet,
  outlet_sale: checkOutlet,
};

/** Rule-set parameters each kind's conditions read (GEN-3: flagged when inherited from US). */
const PARAMS_OF_KIND: Record<PromotionKind, readonly string[]> = {
  coupon: ['promotions.coupon', 'promotions.promoDayBudget'],
  price_discount: ['promotions.pd', 'promotions.promoDayBudget'],
  ped: ['promotions.pd', 'promotions.ped', 'promotions.promoDayBudget'],
  lightning_deal: ['promotions.ld', 'promotions.promoDayBudget'],
  best_deal: ['promotions.bd', 'promotions.promoDayBudget'],
  promo_code: ['promotions.promoCode', 'promotions.promoDayBudget'],
  business_price: [],
  outlet_deal: ['outlet.outletMinDiscountPct', 'outlet.outletDealMinDiscountPct', 'promotions.promoDayBudget'],
  outlet_sale: [
    'outlet.outletMinDiscountPct',
    'outlet.outletDealMinDiscountPct',
    'outlet.outletSaleRecommended',
    'promotions.promoDayBudget',
  ],
};

function checkAssumedThresholds(env: CheckEnv, out: Findings): void {
  const prefixes = PARAMS_OF_KIND[env.proposal.kind];
  const params = env.rules.assumed.filter((path) =>
    prefixes.some((x) => path.startsWith(x) || x.startsWith(`${path}.`)),
  );
  if (params.length > 0)
    warn(out, 'THRESHOLD_ASSUMED', 'GEN-3', { params: params.join(', '), marketplace: env.rules.marketplace });
}

/** The reference prices a proposal is checked against: as of its start, without it, the 30-day
 *  window [start − 30 d, start) (DEC-3). */
export function referencesAtStart(p: PromotionFact, facts: AsinFacts, ruleSet: RuleSet): ReferencePrices {
  return referencePrices(facts, p.start, ruleSet, { excludePromotionIds: [p.id], windowEnd: 'beforeStart' });
}

/** All conditions of a proposal; `full` adds the warnings-only checks (thresholds assumed, PM-8). */
function evaluate(env: CheckEnv, full: boolean): Findings {
  const out = newFindings();
  checkShape(env, out);
  VALIDATORS[env.proposal.kind](env, out);
  checkCalendar(env, out);
  if (full) {
    checkMinPrice(env, out);
    checkAssumedThresholds(env, out);
  }
  return out;
}

function defaultRuleSetAt(p: PromotionFact): (at: Instant) => RuleSet {
  return (at) => ruleSetFor(p.marketplace, at);
}

/** The errors of a planned promotion as of its start (PM-10 blocks). */
function plannedErrors(ctx: CheckContext) {
  return (q: PromotionFact, facts: AsinFacts, product: ProductFact, ruleSet: RuleSet): readonly RuleIssue[] => {
    const qctx: CheckContext = { ...ctx, facts, product, ruleSet };
    return evaluate(buildEnv(q, qctx, referencesAtStart(q, facts, ruleSet)), false).errors;
  };
}

/** Checks a proposed promotion as of its start (DEC-3). Pure and deterministic. */
export function checkPromotion(proposal: PromotionFact, ctx: CheckContext): PromotionCheck {
  const facts = factsWithout(ctx.facts, proposal);
  const refs = referencesAtStart(proposal, facts, ctx.ruleSet);
  const env = buildEnv(proposal, { ...ctx, facts }, refs);
  const out = evaluate(env, true);
  const ruleSetAt = ctx.ruleSetAt ?? defaultRuleSetAt(proposal);
  return {
    ok: out.errors.length === 0,
    kind: proposal.kind,
    errors: out.errors,
    warnings: out.warnings,
    fee: estimateFee(env),
    lowest30DayNetPriceAfter: lowest30DayNetPriceAfter(proposal, facts, ctx.ruleSet),
    blocks: blockedPromotions(proposal, facts, ruleSetAt, plannedErrors(ctx)),
    references: refs,
  };
}
