// The reference prices of an ASIN as of an instant (PR-1..PR-6): the document of `clearway prices
// --json` (CONTRACT.md), with money as integer minor units (the app formats it).
// ref = the validated List Price if there is one, else the Was Price (RULEBOOK conventions).
import type { Instant, Minor, PromotionFact } from '../catalog/facts.js';
import type { Marketplace } from '../catalog/marketplace.js';
import { marketplaceInfo } from '../catalog/marketplace.js';
import type { RuleIssue } from '../messages/messages.js';
import type { Currency } from '../money/money.js';
import type { RuleSet } from '../rules/schema.js';
import type { AsinFacts } from './asin-facts.js';
import { currentPrice } from './current-price.js';
import { validatedListPrice } from './list-price.js';
import { lowest30DayNetPrice, type Lowest30DayNetPrice, type LowestNetCause } from './lowest-net-price.js';
import { lowestRecentPrice } from './lowest-recent-price.js';
import { wasPrice, type FrozenWasPrice } from './was-price.js';

export interface ReferencePricesOptions {
  /** Promotions left out (DEC-3: a proposal already stored is excluded from its own check). */
  readonly excludePromotionIds?: readonly string[];
  /** Planned promotions added (a what-if). */
  readonly extraPromotions?: readonly PromotionFact[];
  /** DEC-3 window of the 30-day lowest net price: 'asOf' (default) or 'beforeStart' (a proposal's start). */
  readonly windowEnd?: 'asOf' | 'beforeStart';
}

export interface ReferencePrices {
  readonly asin: string;
  readonly marketplace: Marketplace;
  readonly at: Instant;
  readonly currency: Currency;
  readonly currentPrice: Minor | null;
  readonly listPrice: {
    readonly value: Minor | null;
    readonly validated: boolean;
    readonly basis: 'orders' | 'evidence' | null;
    readonly reason: RuleIssue;
  };
  readonly wasPrice: {
    readonly value: Minor | null;
    readonly qualifyingOrders: number;
    readonly frozen: boolean;
    readonly computed: Minor | null;
    readonly frozenPrice: FrozenWasPrice | null;
    readonly reason: RuleIssue | null;
  };
  readonly lowestRecentPrice: Minor | null;
  /** PR-4: whether the Lowest Recent Price drives deal and PED price display here (FR, IT). */
  readonly lowestRecentPriceDrivesDealDisplay: boolean;
  readonly lowest30DayNetPrice: {
    readonly value: Minor | null;
    readonly at: Instant | null;
    readonly until: Instant | null;
    readonly cause: LowestNetCause | null;
  };
  readonly reference: { readonly value: Minor | null; readonly kind: 'list_price' | 'was_price' | null };
}

/** The facts with the promotion set of the options (the same object when there is nothing to change). */
export function withPromotionOptions(facts: AsinFacts, options: ReferencePricesOptions = {}): AsinFacts {
  const exclude = options.excludePromotionIds ?? [];
  const extra = options.extraPromotions ?? [];
  if (exclude.length === 0 && extra.length === 0) return facts;
  const excluded = new Set(exclude);
  const promotions = facts.promotions
    .filter((p) => !excluded.has(p.id))
    .concat(extra.filter((p) => !excluded.has(p.id)));
  return { ...facts, promotions };
}

/** PR-1..PR-6 as of `at`. */
export function referencePrices(
  facts: AsinFacts,
  at: Instant,
  ruleSet: RuleSet,
  options: ReferencePricesOptions = {},
): ReferencePrices {
  const f = withPromotionOptions(facts, options);
  const low = lowest30DayNetPrice(f, at, ruleSet, { windowEnd: options.windowEnd ?? 'asOf' });
  return referencePricesWithLow(f, at, ruleSet, low);
}

/**
 * PR-1..PR-5 as of `at`, with the PR-6 30-day lowest net price given (computed by the caller over
 * the same facts, e.g. the what-if timeline's sliding window, core/simulate).
 */
export function referencePricesWithLow(
  f: AsinFacts,
  at: Instant,
  ruleSet: RuleSet,
  low: Pick<Lowest30DayNetPrice, 'value' | 'at' | 'until' | 'cause'>,
): ReferencePrices {
  const list = validatedListPrice(f, at, ruleSet);
  const was = wasPrice(f, at, ruleSet);
  const reference =
    list.validated && list.value !== null
      ? { value: list.value, kind: 'list_price' as const }
      : was.value !== null
        ? { value: was.value, kind: 'was_price' as const }
        : { value: null, kind: null };
  return {
    asin: f.asin,
    marketplace: f.marketplace,
    at,
    currency: marketplaceInfo(f.marketplace).currency,
    currentPrice: currentPrice(f, at),
    listPrice: { value: list.value, validated: list.validated, basis: list.basis, reason: list.reason },
    wasPrice: {
      value: was.value,
      qualifyingOrders: was.qualifyingOrders,
      frozen: was.frozen,
      computed: was.computed,
      frozenPrice: was.frozenPrice,
      reason: was.reason,
    },
    lowestRecentPrice: lowestRecentPrice(f, at, ruleSet),
    lowestRecentPriceDrivesDealDisplay: ruleSet.referencePrices.lowestRecentPriceDrivesDealDisplay,
    lowest30DayNetPrice: { value: low.value, at: low.at, until: low.until, cause: low.cause },
    reference,
  };
}
