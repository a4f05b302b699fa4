// PQ-4 loss guard, the "zero-dollar order" check of seed 002: for one SKU over a time range, every
// buyer context and code combination whose net price falls under the cost floor or the minimum price
// (PM-8), or to zero, at every segment of the price/promotion timeline.
//
// Buyer contexts: Prime or not × first-time or not × business or not × each quantity that changes an
// eligibility (1 and every `min_qty` of a live promotion) × every subset of the codes of the live
// promo_code promotions. Subsets are bounded by the rule set (quote.lossGuardMaxCodes): with more
// codes, the subsets of the first codes (sorted) plus the set of all codes are checked and a
// LOSS_GUARD_CODES_TRUNCATED warning says so. (Entering one more code never raises the net price, so
// the set of all codes is always the worst case of a context.)
import type { Instant, Minor, PriceFact, PromotionFact } from '../catalog/facts.js';
import { marketplaceInfo } from '../catalog/marketplace.js';
import { ruleIssue, type RuleIssue } from '../messages/messages.js';
import type { Currency } from '../money/money.js';
import type { RuleSet } from '../rules/schema.js';
import { asinIndex, versionAt, type AsinFacts } from '../reference-prices/asin-facts.js';
import { costFloor } from './cost-floor.js';
import { effectOf } from './effect.js';
import './messages.js';
import { quote } from './quote.js';
import { liveAt, pushChangeInstants, splitAt, standardPriceAt } from './timeline.js';
import type { BuyerContext, Quote } from './types.js';

export interface LossGuardInput {
  readonly currency: Currency;
  /** The SKU's price changes sorted by `at` (automatic deal prices, OUT-9, are skipped). */
  readonly prices: readonly PriceFact[];
  /** The SKU's promotions, live and planned. */
  readonly promotions: readonly PromotionFact[];
  readonly costFloor: Minor | null;
  readonly minPrice: Minor | null;
}

export type LossGuardBreach = 'zero' | 'cost_floor' | 'min_price';

export interface LossGuardFinding {
  /** The segment [start, end) of the timeline in which this stack is live. */
  readonly start: Instant;
  readonly end: Instant;
  readonly buyer: BuyerContext;
  /** What was breached: zero price (PQ-3), the cost floor (PQ-3), the minimum price (PM-8). */
  readonly breaches: readonly LossGuardBreach[];
  readonly netUnitPrice: Minor;
  /** Ids of the direct-price promotion and the add-ons that made the net price. */
  readonly stack: readonly string[];
  readonly quote: Quote;
}

export interface LossGuardResult {
  readonly findings: readonly LossGuardFinding[];
  readonly segmentsChecked: number;
  readonly quotesChecked: number;
  readonly warnings: readonly RuleIssue[];
}

/** Distinct upper-case codes of live promo_code promotions, sorted. */
function liveCodes(live: readonly PromotionFact[]): string[] {
  const codes = new Set<string>();
  for (const p of live) {
    const code = effectOf(p).code;
    if (code !== null) codes.add(code);
  }
  return [...codes].sort();
}

/** Every code combination to check: all subsets of the first `max` codes, plus all the codes. */
function codeCombinations(codes: readonly string[], max: number): { combos: string[][]; truncated: boolean } {
  const head = codes.slice(0, Math.min(codes.length, max));
  const combos: string[][] = [];
  for (let mask = 0; mask < 1 << head.length; mask++) {
    combos.push(head.filter((_, i) => (mask & (1 << i)) !== 0));
  }
  const truncated = codes.length > head.length;
  if (truncated) combos.push(codes.slice());
  return { combos, truncated };
}

/** The buyer contexts of PQ-4 for a set of live promotions. */
export function buyerContextsFor(
  live: readonly PromotionFact[],
  maxCodes: number,
): { buyers: BuyerContext[]; truncated: boolean; codes: number; combinations: number } {
  const quantities = new Set<number>([1]);
  for (const p of live) if (p.minQty !== null && p.minQty > 1) quantities.add(p.minQty);
  const codes = liveCodes(live);
  const { combos, truncated } = codeCombinations(codes, maxCodes);
  const buyers: BuyerContext[] = [];
  for (const prime of [false, true]) {
    for (const firstTime of [false, true]) {
      for (const business of [false, true]) {
        for (const quantity of [...quantities].sort((a, b) => a - b)) {
          for (const combo of combos) buyers.push({ prime, firstTime, business, quantity, codes: combo });
        }
      }
    }
  }
  return { buyers, truncated, codes: codes.length, combinations: combos.length };
}

/**
 * PM-8: true when some buyer (any context of PQ-4) would pay less than `minPrice` for a unit at `at`
 * with this standard price and these promotions — the offer is then inactive.
 */
export function offerInactiveAt(
  at: Instant,
  currency: Currency,
  basePrice: Minor,
  promotions: readonly PromotionFact[],
  minPrice: Minor | null,
  ruleSet: RuleSet,
): boolean {
  if (minPrice === null) return false;
  if (basePrice < minPrice) return true;
  const live = liveAt(promotions, at);
  if (live.length === 0) return false;
  for (const buyer of buyerContextsFor(live, ruleSet.quote.lossGuardMaxCodes).buyers) {
    if (quote({ at, currency, basePrice, promotions: live, buyer }, ruleSet).netUnitPrice < minPrice) return true;
  }
  return false;
}

/** PQ-4 over [from, to]: every context and code combination under the cost floor, the minimum price or zero. */
export function lossGuard(input: LossGuardInput, from: Instant, to: Instant, ruleSet: RuleSet): LossGuardResult {
  const instants: number[] = [];
  pushChangeInstants(instants, input.prices, input.promotions, from, to, true);
  const segments = splitAt(from, to, instants, true);
  const findings: LossGuardFinding[] = [];
  const warnings: RuleIssue[] = [];
  let quotesChecked = 0;
  let truncatedCodes = 0;
  let checkedCombos = 0;
  for (const seg of segments) {
    const basePrice = standardPriceAt(input.prices, seg.start);
    if (basePrice === null) continue;
    const live = liveAt(input.promotions, seg.start);
    const { buyers, truncated, codes, combinations } = buyerContextsFor(live, ruleSet.quote.lossGuardMaxCodes);
    if (truncated && codes > truncatedCodes) {
      truncatedCodes = codes;
      checkedCombos = combinations;
    }
    for (const buyer of buyers) {
      const q = quote(
        {
          at: seg.start,
          currency: input.currency,
          basePrice,
          promotions: live,
          buyer,
          costFloor: input.costFloor,
          minPrice: input.minPrice,
        },
        ruleSet,
      );
      quotesChecked++;
      const breaches: LossGuardBreach[] = [];
      if (q.netUnitPrice <= 0) breaches.push('zero');
      if (input.costFloor !== null && q.netUnitPrice <= input.costFloor) breaches.push('cost_floor');
      if (input.minPrice !== null && q.netUnitPrice < input.minPrice) breaches.push('min_price');
      if (breaches.length === 0) continue;
      const stack = q.direct === null ? q.addOns.map((a) => a.id) : [q.direct.id, ...q.addOns.map((a) => a.id)];
      findings.push({ start: seg.start, end: seg.end, buyer, breaches, netUnitPrice: q.netUnitPrice, stack, quote: q });
    }
  }
  if (truncatedCodes > 0) {
    warnings.push(ruleIssue('LOSS_GUARD_CODES_TRUNCATED', 'PQ-4', { codes: truncatedCodes, checked: checkedCombos }));
  }
  return { findings, segmentsChecked: segments.length, quotesChecked, warnings };
}

/**
 * The PQ-4 inputs of every new-condition SKU of an ASIN, with the cost floor (PQ-3) and the minimum
 * price (PM-8) of the product version in force at `at`.
 */
export function lossGuardInputsForAsin(
  facts: AsinFacts,
  at: Instant,
  ruleSet: RuleSet,
): { sku: string; input: LossGuardInput }[] {
  const currency = marketplaceInfo(facts.marketplace).currency;
  const out: { sku: string; input: LossGuardInput }[] = [];
  for (const s of asinIndex(facts).skus) {
    const v = versionAt(s.versions, at);
    if (v === null || v.condition !== 'new') continue;
    out.push({
      sku: s.sku,
      input: {
        currency,
        prices: s.prices,
        promotions: s.promotions,
        costFloor: costFloor(v, ruleSet),
        minPrice: v.minPrice,
      },
    });
  }
  return out;
}
