// What every promotion validator reads: the proposal, the instant it is checked as of (its start,
// DEC-3), the rule set, the reference prices without the proposal, the declared event it overlaps,
// and small helpers to show money and instants in messages. Also the promotion's effect on the
// current price (the deal price of a direct-price kind, the discount of an add-on), computed with the
// quote's own effect rules so a check and a quote never disagree (DEC-5 rounding).
import {
  DIRECT_PRICE_KINDS,
  type EventFact,
  type Instant,
  type Minor,
  type ProductFact,
  type PromotionFact,
  type PromotionKind,
} from '../catalog/facts.js';
import { formatInstant, timeZoneOf } from '../calendar/calendar.js';
import { ruleIssue } from '../messages/messages.js';
import { formatMoney, type Currency } from '../money/money.js';
import { addOnDiscount, directPrice, effectOf } from '../quote/effect.js';
import type { RuleSet } from '../rules/schema.js';
import type { AsinFacts, CheckContext, Findings, ReferencePrices } from './types.js';

export interface CheckEnv {
  readonly proposal: PromotionFact;
  /** The instant the proposal is checked as of: its start (DEC-3). */
  readonly asOf: Instant;
  readonly rules: RuleSet;
  readonly refs: ReferencePrices;
  readonly product: ProductFact;
  readonly facts: AsinFacts;
  readonly ctx: CheckContext;
  /** The declared event overlapping the proposal (PM-2/3/4 event thresholds and fees), if any. */
  readonly event: EventFact | null;
  readonly currency: Currency;
  readonly timeZone: string;
}

/** The RULEBOOK rule each kind is governed by (used for shape errors of that kind). */
export const RULE_OF_KIND: Record<PromotionKind, string> = {
  coupon: 'PM-1',
  price_discount: 'PM-2',
  ped: 'PM-2',
  lightning_deal: 'PM-3',
  best_deal: 'PM-4',
  promo_code: 'PM-5',
  business_price: 'PM-6',
  outlet_deal: 'OUT-5',
  outlet_sale: 'OUT-5',
};

const DIRECT = new Set<PromotionKind>(DIRECT_PRICE_KINDS);

export function isDirectPrice(kind: PromotionKind): boolean {
  return DIRECT.has(kind);
}

/** Deals (PM-7: an overlap involving one is an error): LD, BD and Outlet deals/sales. */
export function isDeal(kind: PromotionKind): boolean {
  return kind === 'lightning_deal' || kind === 'best_deal' || kind === 'outlet_deal' || kind === 'outlet_sale';
}

export function money(env: Pick<CheckEnv, 'currency'>, amount: Minor): string {
  return formatMoney(amount, env.currency);
}

export function instant(env: Pick<CheckEnv, 'timeZone'>, at: Instant): string {
  return formatInstant(at, env.timeZone);
}

export function fail(out: Findings, code: string, rule: string, values: Readonly<Record<string, unknown>>): void {
  out.errors.push(ruleIssue(code, rule, values));
}

export function warn(out: Findings, code: string, rule: string, values: Readonly<Record<string, unknown>>): void {
  out.warnings.push(ruleIssue(code, rule, values));
}

/** The first declared event of the marketplace overlapping [start, end), earliest first. */
export function overlappingEvent(p: PromotionFact, events: readonly EventFact[]): EventFact | null {
  let found: EventFact | null = null;
  for (const e of events) {
    if (e.marketplace !== p.marketplace || !(e.start < p.end && p.start < e.end)) continue;
    if (found === null || e.start < found.start || (e.start === found.start && e.name < found.name)) found = e;
  }
  return found;
}

export function buildEnv(proposal: PromotionFact, ctx: CheckContext, refs: ReferencePrices): CheckEnv {
  return {
    proposal,
    asOf: proposal.start,
    rules: ctx.ruleSet,
    refs,
    product: ctx.product,
    facts: ctx.facts,
    ctx,
    event: overlappingEvent(proposal, ctx.facts.events),
    currency: ctx.ruleSet.currency,
    timeZone: timeZoneOf(proposal.marketplace),
  };
}

/**
 * The price a direct-price proposal sets at its start (its `price`, or the current price less its
 * discount rounded half up); null when it has no usable effect or there is no current price.
 */
export function dealPriceOf(env: CheckEnv): Minor | null {
  const current = env.refs.currentPrice;
  const e = effectOf(env.proposal);
  if (current === null || e.error !== null || !e.direct) return null;
  return directPrice(e, current);
}

/** An add-on's discount on the current price (DEC-5: half up, cut at the price) and the net price. */
export function addOnOf(
  env: CheckEnv,
): { readonly discount: Minor; readonly net: Minor; readonly current: Minor } | null {
  const current = env.refs.currentPrice;
  const e = effectOf(env.proposal);
  if (current === null || e.error !== null || e.direct) return null;
  const discount = Math.min(addOnDiscount(e, current), current);
  return { discount, net: current - discount, current };
}
