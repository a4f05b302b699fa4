// The seller's and the operator's actions on Outlet deals (OUT-4..OUT-9), as pure functions: each
// takes the ASIN's facts, the instant and the request, and returns either what to record (with any
// warnings) or a refusal with its issues (GEN-4) — expected business failures are values, not throws.
// Every action first brings the deals up to date (tick.ts `project`): what was due by the instant is
// recorded with it, so an action never sees a deal whose review or start is already past.
import type { Instant, Minor, OutletEventFact } from '../catalog/facts.js';
import { timeZoneOf } from '../calendar/calendar.js';
import { marketplaceInfo } from '../catalog/marketplace.js';
import { ruleIssue, tBoth, type RuleIssue } from '../messages/messages.js';
import {
  discountPercentForDisplay,
  formatMoney,
  formatMoneyForLocale,
  isAtLeastPercentBelow,
  type Currency,
} from '../money/money.js';
import { outletEligibility, maxDealPrice } from './eligibility.js';
import { newDealId, outletEvent } from './events.js';
import { dealAt, isTerminal } from './lifecycle.js';
import './messages.js';
import { activeRulesOn } from './pricing-rules.js';
import { rulesFor } from './schedule.js';
import { dealPromotion, foldContextOf, project } from './tick.js';
import { standardPriceAt } from '../quote/timeline.js';
import { asinIndex } from '../reference-prices/asin-facts.js';
import type { ActionResult, Deal, OutletFacts, Recorded } from './types.js';

/** Money for people in messages ("$32.00"): OUT-4's "Maximum deal price is $x". */
export function shownMoney(amount: Minor, currency: Currency): string {
  return formatMoneyForLocale(amount, currency, 'en-US');
}

/**
 * An issue whose money values are decimal strings ("32.00", as JSON carries money) while its messages
 * show them for people ("$32.00"): `money` holds the amounts in minor units.
 */
export function moneyIssue(
  code: string,
  rule: string,
  currency: Currency,
  money: Readonly<Record<string, Minor>>,
  other: Readonly<Record<string, unknown>> = {},
): RuleIssue {
  const plain: Record<string, unknown> = { ...other };
  const shown: Record<string, unknown> = { ...other };
  for (const [k, v] of Object.entries(money)) {
    plain[k] = formatMoney(v, currency);
    shown[k] = shownMoney(v, currency);
  }
  const { en, zh } = tBoth(code, shown);
  return { code, rule, message: en, messageZh: zh, values: { ...plain, currency } };
}

interface PriceCheck {
  readonly errors: RuleIssue[];
  readonly warnings: RuleIssue[];
  readonly kind: 'outlet_deal' | 'outlet_sale';
}

/** OUT-4 / OUT-5 (and the OUT-9 warning) for a deal price of `sku` at `at`. */
function checkPrice(f: OutletFacts, sku: string, price: Minor, at: Instant): PriceCheck {
  const { marketplace } = f.facts;
  const currency = marketplaceInfo(marketplace).currency;
  const r = rulesFor(marketplace, f.rulesAt)(at).outlet;
  const errors: RuleIssue[] = [];
  const warnings: RuleIssue[] = [];
  const max = maxDealPrice(f, at);
  if (max === null) {
    errors.push(ruleIssue('OUTLET_NO_CURRENT_PRICE', 'OUT-4', { marketplace }));
    return { errors, warnings, kind: 'outlet_deal' };
  }
  const current = max.currentPrice;
  const discountPct = discountPercentForDisplay(price, current);
  const prices = { price, current };
  // OUT-4: at most the maximum deal price.
  if (price > max.max) {
    const money = { ...prices, max: max.max, lowestOffer: max.lowestOffer, reduced: max.reduced };
    errors.push(
      moneyIssue('OUTLET_PRICE_ABOVE_MAX', 'OUT-4', currency, money, { discountPct, pct: r.outletMinDiscountPct }),
    );
  }
  // OUT-5: at least 20% off the current price (a price under the maximum always is); ≥ 30% is an
  // Outlet deal, below that an Outlet sale.
  if (!isAtLeastPercentBelow(price, current, r.outletMinDiscountPct)) {
    const money = { ...prices, max: max.reduced };
    errors.push(
      moneyIssue('OUTLET_DISCOUNT_TOO_SMALL', 'OUT-5', currency, money, { discountPct, min: r.outletMinDiscountPct }),
    );
  }
  const isDeal = isAtLeastPercentBelow(price, current, r.outletDealMinDiscountPct);
  if (errors.length === 0 && !isDeal && !isAtLeastPercentBelow(price, current, r.outletSaleRecommendedMinPct)) {
    const other = { discountPct, min: r.outletSaleRecommendedMinPct, max: r.outletSaleRecommendedMaxPct };
    warnings.push(moneyIssue('OUTLET_SALE_BELOW_RECOMMENDED', 'OUT-5', currency, prices, other));
  }
  // OUT-9: an active automated pricing rule may keep the price from dropping at the start.
  for (const rule of activeRulesOn(f.pricingRules, sku, marketplace, at)) {
    const blocks = rule.minPrice !== null && rule.minPrice > price;
    const money: Record<string, Minor> = rule.minPrice === null ? { price } : { price, minPrice: rule.minPrice };
    const code = blocks ? 'OUTLET_PRICING_RULE_WARNING' : 'OUTLET_PRICING_RULE_ACTIVE';
    warnings.push(moneyIssue(code, 'OUT-9', currency, money, { ruleId: rule.ruleId, sku }));
  }
  return { errors, warnings, kind: isDeal ? 'outlet_deal' : 'outlet_sale' };
}

function withEvent(due: Recorded, event: OutletEventFact, extra: Partial<Recorded> = {}): Recorded {
  return {
    events: [...due.events, event],
    prices: [...due.prices, ...(extra.prices ?? [])],
    promotions: [...due.promotions, ...(extra.promotions ?? [])],
  };
}

function accepted(
  f: OutletFacts,
  dealId: string,
  at: Instant,
  recorded: Recorded,
  warnings: RuleIssue[],
): ActionResult {
  const deal = dealAt([...f.events, ...recorded.events], dealId, at, foldContextOf(f)) as Deal;
  return { ok: true, deal, recorded, warnings };
}

/** OUT-1/2/4/5/9: the seller submits an Outlet deal for `sku` at `price`. */
export function submitDeal(f: OutletFacts, sku: string, price: Minor, at: Instant): ActionResult {
  const { deals, due } = project(f, at);
  const eligibility = outletEligibility(f, sku, at, { deals });
  const errors: RuleIssue[] = eligibility.criteria.filter((c) => !c.ok).map((c) => ruleIssue(c.code, c.rule, c.values));
  const check = checkPrice(f, sku, price, at);
  errors.push(...check.errors);
  if (errors.length > 0) return { ok: false, deal: null, errors, warnings: check.warnings };
  const marketplace = f.facts.marketplace;
  const dealId = newDealId(sku, at, timeZoneOf(marketplace), [...f.events, ...due.events]);
  const event = outletEvent({
    dealId,
    sku,
    marketplace,
    at,
    type: 'submitted',
    actor: 'seller',
    kind: check.kind,
    price,
  });
  return accepted(f, dealId, at, withEvent(due, event), check.warnings);
}

function current(f: OutletFacts, dealId: string, at: Instant): { deal: Deal | null; due: Recorded } {
  const { deals, due } = project(f, at);
  return { deal: deals.find((d) => d.id === dealId) ?? null, due };
}

function notFound(): ActionResult {
  return { ok: false, deal: null, errors: [], warnings: [] };
}

/** OUT-7: the seller changes the price of a SUBMITTED deal (same price checks as a submission). */
export function updateDealPrice(f: OutletFacts, dealId: string, price: Minor, at: Instant): ActionResult {
  const { deal, due } = current(f, dealId, at);
  if (deal === null) return notFound();
  if (deal.status !== 'SUBMITTED') {
    return {
      ok: false,
      deal,
      errors: [ruleIssue('OUTLET_NOT_SUBMITTED', 'OUT-7', { id: deal.id, status: deal.status })],
      warnings: [],
    };
  }
  const check = checkPrice(f, deal.sku, price, at);
  if (check.errors.length > 0) return { ok: false, deal, errors: check.errors, warnings: check.warnings };
  const event = outletEvent({
    dealId,
    sku: deal.sku,
    marketplace: deal.marketplace,
    at,
    type: 'price_updated',
    actor: 'seller',
    kind: check.kind,
    price,
  });
  return accepted(f, dealId, at, withEvent(due, event), check.warnings);
}

/**
 * OUT-7: the seller cancels a SUBMITTED deal; Selling Partner Support (`operator`) may cancel any deal
 * that is not final — a running one returns to its standard price at once (OUT-9).
 */
export function cancelDeal(f: OutletFacts, dealId: string, actor: 'seller' | 'operator', at: Instant): ActionResult {
  const { deal, due } = current(f, dealId, at);
  if (deal === null) return notFound();
  if (actor === 'seller' && deal.status !== 'SUBMITTED') {
    return {
      ok: false,
      deal,
      errors: [ruleIssue('OUTLET_NOT_SUBMITTED', 'OUT-7', { id: deal.id, status: deal.status })],
      warnings: [],
    };
  }
  if (isTerminal(deal.status)) {
    return {
      ok: false,
      deal,
      errors: [ruleIssue('OUTLET_ALREADY_FINAL', 'OUT-7', { id: deal.id, status: deal.status })],
      warnings: [],
    };
  }
  const reason = actor === 'seller' ? 'OUTLET_CANCELLED_BY_SELLER' : 'OUTLET_CANCELLED_BY_OPERATOR';
  const base = { dealId, sku: deal.sku, marketplace: deal.marketplace, at, actor };
  let extra: Partial<Recorded> = {};
  let restored: Minor | null = null;
  if (deal.status === 'RUNNING' && deal.startedAt !== null) {
    restored = standardPriceAt(asinIndex(f.facts).bySku.get(deal.sku)?.prices ?? [], at);
    const collides = (asinIndex(f.facts).bySku.get(deal.sku)?.prices ?? []).some((p) => p.at === at);
    extra = {
      prices:
        restored === null || collides
          ? []
          : [{ sku: deal.sku, marketplace: deal.marketplace, at, price: restored, dealId }],
      promotions: [dealPromotion(deal, deal.startedAt, at)],
    };
  }
  const event = outletEvent({ ...base, type: 'cancelled', reasons: [reason], price: restored });
  return accepted(f, dealId, at, withEvent(due, event, extra), []);
}

export type ReviewDecision = { readonly approve: true } | { readonly approve: false; readonly reason: string };

/** OUT-7/OUT-8: the operator approves or rejects a SUBMITTED deal before its review deadline. */
export function reviewDeal(f: OutletFacts, dealId: string, decision: ReviewDecision, at: Instant): ActionResult {
  const { deal, due } = current(f, dealId, at);
  if (deal === null) return notFound();
  if (deal.status !== 'SUBMITTED') {
    return {
      ok: false,
      deal,
      errors: [ruleIssue('OUTLET_NOT_UNDER_REVIEW', 'OUT-7', { id: deal.id, status: deal.status })],
      warnings: [],
    };
  }
  const base = { dealId, sku: deal.sku, marketplace: deal.marketplace, at, actor: 'operator' as const };
  const event = decision.approve
    ? outletEvent({ ...base, type: 'approved' })
    : outletEvent({ ...base, type: 'not_approved', reasons: [decision.reason] });
  return accepted(f, dealId, at, withEvent(due, event), []);
}
